/** Every Office.js member src/excel uses runs on the hosts manifest.xml admits, and merged undo never meets a member without undo. */
import * as fs from 'fs';
import * as path from 'path';
import { createProgram, declaredSets, guardsOf, undoUnsafeUses, unguardedUses, type SetUse, type UndoUse } from './requirement-sets';

const root = path.resolve(__dirname, '..', '..');
const excelDir = path.join(root, 'src', 'excel');
const excelFiles = fs
  .readdirSync(excelDir)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => path.join(excelDir, name));
const declared = declaredSets(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8'));

/** The diagnostics view renames a scratch sheet inside mergeUndoGroup on purpose: it probes UndoNotSupported. */
const UNDO_PROBES = new Set(['src/excel/office-diagnostics.ts']);

const describeSet = (u: SetUse) => `${u.file}:${u.line} ${u.member} needs ${u.set} ${u.version}`;
const describeUndo = (u: UndoUse) => `${u.file}:${u.line} ${u.member} has no undo support but runs inside mergeUndoGroup`;

describe('requirement sets of src/excel', () => {
  // One program for the real sources and the synthetic ones: type-checking src/excel takes seconds.
  const synthetic = path.join(root, 'src', 'excel', '__synthetic__.ts');
  const syntheticUndo = path.join(root, 'src', 'excel', '__synthetic_undo__.ts');
  const guarded = path.join(root, 'src', 'excel', '__synthetic_guarded__.ts');
  const program = createProgram(root, excelFiles, {
    [synthetic]: `export function merged(range: Excel.Range) { return range.getMergedAreasOrNullObject(); }\n`,
    [guarded]:
      `export function merged(range: Excel.Range) {\n` +
      `  return Office.context.requirements.isSetSupported('ExcelApi', '1.13') ? range.getMergedAreasOrNullObject() : null;\n}\n`,
    [syntheticUndo]:
      `export function rebuild() {\n  return Excel.run({ mergeUndoGroup: true }, async (context) => {\n` +
      `    const sheet = context.workbook.worksheets.getItem('a');\n    sheet.name = 'b';\n    sheet.visibility = Excel.SheetVisibility.hidden;\n` +
      `    sheet.delete();\n    await context.sync();\n  });\n}\n`,
  });

  it('reads the sets manifest.xml requires', () => {
    expect(declared.get('ExcelApi')).toBe('1.9');
  });

  it('finds an unguarded member newer than the manifest, and accepts it once the module guards it', () => {
    expect(unguardedUses(program, [synthetic], declared, root)).toEqual([
      { file: 'src/excel/__synthetic__.ts', line: 1, member: 'Range.getMergedAreasOrNullObject', set: 'ExcelApi', version: '1.13' },
    ]);
    expect(guardsOf(program.getSourceFile(guarded)!).get('ExcelApi')).toBe('1.13');
    expect(unguardedUses(program, [guarded], declared, root)).toEqual([]);
  });

  it('finds a sheet deleted, renamed or hidden inside a mergeUndoGroup batch', () => {
    expect(undoUnsafeUses(program, [syntheticUndo], root).map((u) => u.member)).toEqual(['Worksheet.name =', 'Worksheet.visibility =', 'Worksheet.delete']);
  });

  it('uses no Office.js member newer than the manifest declares without an isSetSupported guard in the same module', () => {
    // Against a bare ExcelApi 1.1 manifest the same code has uses to report: the walk reaches real calls.
    expect(unguardedUses(program, excelFiles, new Map([['ExcelApi', '1.1']]), root).length).toBeGreaterThan(0);
    const found = unguardedUses(program, excelFiles, declared, root).map(describeSet);
    if (found.length) throw new Error(`Unguarded Office.js uses (manifest: ${[...declared].map(([s, v]) => `${s} ${v}`).join(', ')}):\n${found.join('\n')}`);
  });

  it('uses no member without undo support inside a mergeUndoGroup batch', () => {
    const all = undoUnsafeUses(program, excelFiles, root);
    // The probe's rename is seen, so the check reaches real batches and the exemption is not stale.
    expect(all.filter((u) => UNDO_PROBES.has(u.file)).map((u) => u.member)).toContain('Worksheet.name =');
    const found = all.filter((u) => !UNDO_PROBES.has(u.file)).map(describeUndo);
    if (found.length) throw new Error(`Members without undo in merged batches:\n${found.join('\n')}`);
  });
});
