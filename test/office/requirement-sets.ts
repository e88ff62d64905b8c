/**
 * Static requirement-set analysis: every Office.js member src/excel uses, the `[Api set: …]` its
 * declaration in @types/office-js names, and members without undo support inside mergeUndoGroup batches.
 */
import * as path from 'path';
import * as ts from 'typescript';

export interface SetUse {
  file: string;
  line: number;
  member: string;
  set: string;
  version: string;
}

export interface UndoUse {
  file: string;
  line: number;
  member: string;
}

const OFFICE_TYPES = `${path.sep}@types${path.sep}office-js${path.sep}index.d.ts`;
const API_SET = /\[Api set: ([A-Za-z]+) (\d+\.\d+)/g;

/** Microsoft's "Undo capabilities of Excel add-ins": these fail with UndoNotSupported inside mergeUndoGroup. */
const WITHOUT_UNDO: { owner: string; member: string; write: boolean }[] = [
  { owner: 'Worksheet', member: 'delete', write: false },
  { owner: 'Worksheet', member: 'name', write: true },
  { owner: 'Worksheet', member: 'visibility', write: true },
];

export function compareVersions(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am - bm || an - bn;
}

function isOfficeDeclaration(declaration: ts.Declaration): boolean {
  return path.normalize(declaration.getSourceFile().fileName).endsWith(OFFICE_TYPES);
}

function apiSets(declaration: ts.Declaration): { set: string; version: string }[] {
  const text = declaration.getSourceFile().text;
  const comments = ts.getLeadingCommentRanges(text, declaration.getFullStart()) ?? [];
  const sets: { set: string; version: string }[] = [];
  for (const comment of comments) {
    for (const match of text.slice(comment.pos, comment.end).matchAll(API_SET)) sets.push({ set: match[1], version: match[2] });
  }
  return sets;
}

function ownerName(declaration: ts.Declaration): string {
  const parent = declaration.parent;
  return parent && (ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent)) && parent.name ? parent.name.text : '';
}

function declarationOf(checker: ts.TypeChecker, node: ts.PropertyAccessExpression): ts.Declaration | undefined {
  if (ts.isCallExpression(node.parent) && node.parent.expression === node) {
    const signature = checker.getResolvedSignature(node.parent)?.declaration;
    if (signature && !ts.isJSDocSignature(signature) && isOfficeDeclaration(signature)) return signature;
  }
  let symbol = checker.getSymbolAtLocation(node.name);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol?.declarations?.find(isOfficeDeclaration);
}

function isWrite(node: ts.PropertyAccessExpression): boolean {
  const parent = node.parent;
  return ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
}

/** Sets a module guards: literal (set, version) pairs handed to isSetSupported or a local wrapper of it. */
export function guardsOf(source: ts.SourceFile): Map<string, string> {
  const guards = new Map<string, string>();
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : ts.isIdentifier(node.expression) ? node.expression.text : '';
      if (/supported?$/i.test(callee)) {
        const args = node.arguments;
        for (let i = 0; i + 1 < args.length; i++) {
          const [set, version] = [args[i], args[i + 1]];
          if (ts.isStringLiteralLike(set) && ts.isStringLiteralLike(version) && /^\d+\.\d+$/.test(version.text)) {
            const known = guards.get(set.text);
            if (!known || compareVersions(version.text, known) > 0) guards.set(set.text, version.text);
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return guards;
}

function where(source: ts.SourceFile, node: ts.Node, root: string) {
  return { file: path.relative(root, source.fileName), line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 };
}

/** Office.js uses newer than `declared` (set → min version) that the module does not guard. */
export function unguardedUses(program: ts.Program, files: readonly string[], declared: Map<string, string>, root: string): SetUse[] {
  const checker = program.getTypeChecker();
  const uses: SetUse[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`not in the program: ${file}`);
    const guards = guardsOf(source);
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const declaration = declarationOf(checker, node);
        if (declaration) {
          for (const { set, version } of apiSets(declaration)) {
            const allowed = [declared.get(set), guards.get(set)].filter((v): v is string => v !== undefined);
            if (!allowed.some((v) => compareVersions(version, v) <= 0)) {
              uses.push({ ...where(source, node, root), member: `${ownerName(declaration) || '?'}.${node.name.text}`, set, version });
            }
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

function passesMergeUndo(call: ts.CallExpression): boolean {
  return call.arguments.some(
    (arg) => ts.isObjectLiteralExpression(arg) && arg.properties.some((p) => p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === 'mergeUndoGroup'),
  );
}

/** Members without undo support used in a batch that Excel.run runs with mergeUndoGroup. */
export function undoUnsafeUses(program: ts.Program, files: readonly string[], root: string): UndoUse[] {
  const checker = program.getTypeChecker();
  const uses: UndoUse[] = [];
  const scan = (source: ts.SourceFile, scope: ts.Node) => {
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const declaration = declarationOf(checker, node);
        const owner = declaration ? ownerName(declaration) : '';
        const unsafe = WITHOUT_UNDO.find((m) => m.owner === owner && m.member === node.name.text && (m.write ? isWrite(node) : true));
        if (unsafe) uses.push({ ...where(source, node, root), member: `${owner}.${node.name.text}${unsafe.write ? ' =' : ''}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(scope);
  };
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`not in the program: ${file}`);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && node.expression.getText(source) === 'Excel.run' && passesMergeUndo(node)) {
        const batch = node.arguments[node.arguments.length - 1];
        // A batch handed in from elsewhere in the module could be any of its functions: check them all.
        scan(source, ts.isFunctionLike(batch) ? batch : source);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** The `<Requirements><Sets>` a manifest declares, set → min version. */
export function declaredSets(manifestXml: string): Map<string, string> {
  const sets = manifestXml.match(/<Requirements>[\s\S]*?<\/Requirements>/)?.[0] ?? '';
  const defaultVersion = sets.match(/<Sets[^>]*DefaultMinVersion="([^"]+)"/)?.[1] ?? '1.1';
  const declared = new Map<string, string>();
  for (const match of sets.matchAll(/<Set\s+([^>]*)\/?>/g)) {
    const name = match[1].match(/Name="([^"]+)"/)?.[1];
    if (name) declared.set(name, match[1].match(/MinVersion="([^"]+)"/)?.[1] ?? defaultVersion);
  }
  return declared;
}

/** A program over `files` (and optional in-memory sources) with the repository's compiler options. */
export function createProgram(root: string, files: string[], inMemory: Record<string, string> = {}): ts.Program {
  const configPath = path.join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const options = ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name in inMemory ? ts.createSourceFile(name, inMemory[name], language, true) : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name in inMemory || fileExists(name);
  return ts.createProgram([...files, ...Object.keys(inMemory)], options, host);
}
