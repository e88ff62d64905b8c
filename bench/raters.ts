import { performance } from 'node:perf_hooks';
import { findLevelModel } from '../src/core/model/registry';
import { levelSheetGeometry } from '../src/core/plan/levels';
import { registerHrFunctions, setFunctionLocale } from '../src/workbench/hr-plugin';
import { createWorkbenchAssessment } from '../src/workbench/workbench-assessment';
import { createWorkbenchRound } from '../src/workbench/workbench-round';
import { WorkbenchWorkbook } from '../src/workbench/workbook';
import { readXlsx, writeXlsx } from '../src/workbench/xlsx';
import { fmt, table, type Section } from './timing';
import { createOfficeRound } from '../src/excel/office-round';
import { filledAssessorFiles, officeRoundMaster, personKeys } from '../test/office/round-workbooks';
import { REQUEST_LIMIT_BYTES } from '../src/core/request-size';

/**
 * Collecting a round: 50 assessor workbooks, each rating 30 people on 18 competencies (27,000
 * ratings), read, checked and merged into the master's Ratings table in the workbench, with the
 * Assessment sheet's combined levels and agreement recomputed. One run (a second collection of the
 * same files is refused as already collected), after preparing and filling the files untimed.
 */
const RATERS = 50;
const PEOPLE = 30;
const LEVELS = ['初级', '中级', '高级', '资深'];

/** The Excel host's round trips (context.sync calls, counted by the strict mock) and its largest request for collecting `files` files of `people` people each. */
async function excelCollect(files: number, people: number): Promise<{ syncs: number; largest: number }> {
  const model = findLevelModel('ct-am');
  const raters = Array.from({ length: files }, (_, r) => `R${r + 1}`);
  const { workbook, assignments, uninstall } = await officeRoundMaster(model, personKeys(people), raters);
  try {
    const returned = await filledAssessorFiles(model, assignments, (i) => LEVELS[i % 4]);
    workbook.resetCounters();
    const report = await createOfficeRound().collectReturnedWorkbooks(returned, model, 'zh-CN');
    if (report.taken.length !== files) throw new Error(`the Excel host took ${report.taken.length} of ${files} files`);
    return { syncs: workbook.syncCount, largest: workbook.largestRequestBytes };
  } finally {
    uninstall();
  }
}

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
  const excel = { few: await excelCollect(1, 2), one: await excelCollect(1, PEOPLE), all: await excelCollect(RATERS, PEOPLE) };
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
  return {
    title: 'Collecting assessor workbooks',
    body: [
      `${RATERS} returned assessor workbooks × ${PEOPLE} people × ${model.competencies.length} competencies (${ratings} ratings taken, ${report.refused.length} files refused) collected in the workbench (Node): read with the lazily loaded .xlsx reader, checked by core, appended in one write with an audit line per file, the Assessment sheet recomputed (first combined level ${typeof combined === 'number' ? fmt(combined, 3) : String(combined)}). Preparing the ${files.length} files is shown for scale. Excel (the Office.js host over the strict mock): round trips of one collection, in one Excel.run (3 reads, then one append per slice of at most 2.5 MiB of rows).`,
      '',
      table(['step', 'ms'], [
        ['prepare 50 assessor workbooks', fmt(prepareMs, 0)],
        ['collect 50 returned workbooks', fmt(collectMs, 0)],
      ]),
      '',
      table(['Excel: collect', 'round trips', 'largest request'], [
        [`1 file × 2 people`, String(excel.few.syncs), mib(excel.few.largest)],
        [`1 file × ${PEOPLE} people`, String(excel.one.syncs), mib(excel.one.largest)],
        [`${RATERS} files × ${PEOPLE} people`, `${excel.all.syncs} (${fmt(excel.all.syncs / RATERS, 2)} per file)`, mib(excel.all.largest)],
      ]),
    ].join('\n'),
    targets: [
      { target: 'collecting 50 assessor workbooks × 30 people × 18 competencies in under 10 s (workbench)', measured: `${fmt(collectMs / 1000, 2)} s (Node)`, holds: collectMs < 10_000 },
      {
        target: 'round trips per file constant in Excel, every request under 5 MB',
        measured: `${excel.few.syncs} for a file of 2 people, ${excel.one.syncs} of ${PEOPLE}; ${excel.all.syncs} for ${RATERS} files`,
        holds: excel.few.syncs === excel.one.syncs && Math.max(excel.few.largest, excel.one.largest, excel.all.largest) < REQUEST_LIMIT_BYTES,
      },
    ],
  };
}
