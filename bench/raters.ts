import { performance } from 'node:perf_hooks';
import { findLevelModel } from '../src/core/model/registry';
import { levelSheetGeometry } from '../src/core/plan/levels';
import { registerHrFunctions, setFunctionLocale } from '../src/workbench/hr-plugin';
import { createWorkbenchAssessment } from '../src/workbench/workbench-assessment';
import { createWorkbenchRound } from '../src/workbench/workbench-round';
import { WorkbenchWorkbook } from '../src/workbench/workbook';
import { readXlsx, writeXlsx } from '../src/workbench/xlsx';
import { fmt, table, type Section } from './timing';

/**
 * Collecting a round: 50 assessor workbooks, each rating 30 people on 18 competencies (27,000
 * ratings), read, checked and merged into the master's Ratings table in the workbench, with the
 * Assessment sheet's combined levels and agreement recomputed. One run (a second collection of the
 * same files is refused as already collected), after preparing and filling the files untimed.
 */
const RATERS = 50;
const PEOPLE = 30;
const LEVELS = ['初级', '中级', '高级', '资深'];

export async function benchRaters(): Promise<Section> {
  registerHrFunctions();
  setFunctionLocale('zh-CN');
  const model = findLevelModel('ct-am');
  const workbook = new WorkbenchWorkbook();
  const people = Array.from({ length: PEOPLE }, (_, i) => { const id = `E${String(i + 1).padStart(3, '0')}`; return { name: id, role: '', key: id }; });
  await createWorkbenchAssessment(workbook).buildAssessment({ model, people, locale: 'zh-CN' });
  const role = (r: number) => (r === 0 ? '上级' : r % 2 ? '同事' : '下属');
  workbook.appendTableRows('RaterAssignments', people.flatMap((p) => Array.from({ length: RATERS }, (_, r) => [p.name, `R${r + 1}`, role(r)])));
  const files: { name: string; data: Uint8Array }[] = [];
  const round = createWorkbenchRound(workbook, (name, data) => void files.push({ name, data }));

  let start = performance.now();
  await round.prepareAssessorWorkbooks(model, 'zh-CN');
  const prepareMs = performance.now() - start;
  const filled = await Promise.all(
    files.map(async (file, f) => {
      const book = await readXlsx(file.data);
      const t = book.table('Ratings')!;
      const rows = book.tableRowCount('Ratings');
      book.setValues(t.sheet, t.range.startRow + 1, t.range.startCol + 4, Array.from({ length: rows }, (_, i) => [LEVELS[(i + f) % 4]]));
      return { name: file.name, data: await writeXlsx(book) };
    }),
  );

  start = performance.now();
  const report = await round.collectReturnedWorkbooks(filled, model, 'zh-CN');
  const g = levelSheetGeometry(model, PEOPLE);
  const combined = workbook.value('评估', g.rows.firstData, g.combinedColumn + 1);
  const collectMs = performance.now() - start;
  const ratings = report.taken.reduce((s, f) => s + f.ratings, 0);
  return {
    title: 'Collecting assessor workbooks',
    body: [
      `${RATERS} returned assessor workbooks × ${PEOPLE} people × ${model.competencies.length} competencies (${ratings} ratings taken, ${report.refused.length} files refused) collected in the workbench (Node): read with the lazily loaded .xlsx reader, checked by core, appended in one write with an audit line per file, the Assessment sheet recomputed (first combined level ${typeof combined === 'number' ? fmt(combined, 3) : String(combined)}). Preparing the ${files.length} files is shown for scale. Excel: not measured — the Office.js host of prepare/collect is not built yet.`,
      '',
      table(['step', 'ms'], [
        ['prepare 50 assessor workbooks', fmt(prepareMs, 0)],
        ['collect 50 returned workbooks', fmt(collectMs, 0)],
      ]),
    ].join('\n'),
    targets: [{ target: 'collecting 50 assessor workbooks × 30 people × 18 competencies in under 10 s (workbench)', measured: `${fmt(collectMs / 1000, 2)} s (Node)`, holds: collectMs < 10_000 }],
  };
}
