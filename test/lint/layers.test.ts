import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Linter } from 'eslint';

const root = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the project's ESLint config, loaded as ESLint loads it
const config: Linter.Config[] = require('../../eslint.config.cjs');
const linter = new Linter({ configType: 'flat', cwd: root });

/** The rules a piece of code breaks if it sat at `file`. */
function broken(file: string, code: string): string[] {
  return linter.verify(code, config, { filename: path.join(root, file) }).map((m) => m.ruleId ?? m.message);
}

describe('which globals each layer may use (ESLint)', () => {
  it('keeps Office.js, its values and its types, in src/excel', () => {
    expect(broken('src/workbench/x.ts', 'export const language = Office.context.displayLanguage;')).toEqual(['no-restricted-globals']);
    expect(broken('src/taskpane/X.tsx', 'export function f(r: Excel.Range): string { return r.address; }')).toEqual(['layers/no-host-types']);
    expect(broken('src/host/x.ts', 'export type Result = Office.AsyncResult<string>;')).toEqual(['layers/no-host-types']);
    expect(broken('src/excel/x.ts', 'export const language = Office.context.displayLanguage;')).toEqual([]);
  });

  it('lets the functions adapter use CustomFunctions and nothing else of Office.js', () => {
    expect(broken('src/functions/functions.ts', 'export const e = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);')).toEqual([]);
    expect(broken('src/functions/functions.ts', 'export const language = Office.context.displayLanguage;')).toEqual(['no-restricted-globals']);
    expect(broken('src/functions/impl.ts', 'export const e = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);')).toEqual(['no-restricted-globals', 'no-restricted-globals']);
  });

  it('keeps src/core free of the DOM and of the host it runs in', () => {
    expect(broken('src/core/x.ts', 'export const title = document.title;')).toEqual(['no-restricted-globals']);
    expect(broken('src/core/x.ts', 'export const language = navigator.language;')).toEqual(['no-restricted-globals']);
    expect(broken('src/core/x.ts', 'export const f = (e: HTMLElement): string => e.id;')).toEqual(['layers/no-host-types']);
    expect(broken('src/core/x.ts', 'type Text = string; export const most = (t: Text[]): number => Math.max(...t.map((s) => s.length), new Map().size);')).toEqual([]);
    expect(broken('src/workbench/x.ts', 'export const title = document.title;')).toEqual([]);
  });

  it("applies Microsoft's Office.js rules in src/excel", () => {
    const code = `export async function read(context: Excel.RequestContext): Promise<unknown> {
      const range = context.workbook.worksheets.getItem('A').getRange('A1');
      for (let i = 0; i < 2; i++) await context.sync();
      const table = context.workbook.tables.getItemOrNullObject('T');
      if (table === null) return null;
      return range.values;
    }`;
    expect(broken('src/excel/x.ts', code).sort()).toEqual(['office-addins/load-object-before-read', 'office-addins/no-context-sync-in-loop', 'office-addins/test-for-null-using-isNullObject']);
  });
});

describe('which folder may import which (dependency-cruiser)', () => {
  const files: Record<string, string> = {
    'tsconfig.json': '{ "compilerOptions": { "module": "ESNext", "moduleResolution": "Bundler", "jsx": "react-jsx" } }',
    'src/excel/office.ts': 'export const office = 1;',
    'src/core/pure.ts': "import { office } from '../excel/office';\nexport const pure = office;",
    'src/core/model.ts': "import { pure } from './pure';\nexport const model = pure;",
    'src/host/contract.ts': "import { pane } from '../taskpane/Pane';\nimport { model } from '../core/model';\nexport const contract = pane + model;",
    'src/taskpane/Pane.tsx': "import { office } from '../excel/office';\nexport const pane = office;",
    'src/taskpane/index.tsx': "import { office } from '../excel/office';\nexport const root = office;",
    'src/taskpane/Pane.test.tsx': "import { office } from '../excel/office';\nimport { fake } from '../../test/helpers/fake';\nexport const t = office + fake;",
    'src/export/deck.ts': "import { office } from '../excel/office';\nexport const deck = office;",
    'src/workbench/ops.ts': "import { fake } from '../../test/helpers/fake';\nexport const ops = fake;",
    'test/helpers/fake.ts': "import { office } from '../../src/excel/office';\nexport const fake = office;",
  };
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports each forbidden import under its rule, and only those', () => {
    const cli = path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
    let output: string;
    try {
      output = execFileSync(process.execPath, [cli, 'src', 'test', '--config', path.join(root, '.dependency-cruiser.cjs'), '--output-type', 'json'], { cwd: dir, encoding: 'utf8' });
    } catch (error) {
      output = (error as { stdout: string }).stdout; // exits non-zero when it finds violations
    }
    const violations = (JSON.parse(output) as { summary: { violations: { from: string; to: string; rule: { name: string } }[] } }).summary.violations;
    expect(violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort()).toEqual([
      'core-is-pure: src/core/pure.ts -> src/excel/office.ts',
      'excel-only-through-the-composition-root: src/core/pure.ts -> src/excel/office.ts',
      'excel-only-through-the-composition-root: src/export/deck.ts -> src/excel/office.ts',
      'excel-only-through-the-composition-root: src/taskpane/Pane.tsx -> src/excel/office.ts',
      'host-contracts-need-only-core: src/host/contract.ts -> src/taskpane/Pane.tsx',
      'production-never-imports-tests: src/workbench/ops.ts -> test/helpers/fake.ts',
    ]);
  }, 60_000); // one run of the CLI
});
