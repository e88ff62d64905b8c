import { ExcelWorkbookMock } from '../test/office/counting-mock';
import { NOW, grownModel, largeWorkbook, ratingRequest, wideModel } from '../test/office/rating-workbooks';
import { createOfficeAssessmentOperations } from '../src/excel/office-assessment';
import { createOfficeOperations } from '../src/excel/office-operations';
import type { PersonRow } from '../src/host/assessment-operations';
import { table, type Section } from './timing';
import { REQUEST_LIMIT_BYTES } from '../src/core/request-size';
import { createOfficeRaters } from '../src/excel/office-raters';
import { SETUP as RATER_SETUP, model as raterModel } from '../test/host-cases/rater-cases';

/**
 * Round trips (context.sync calls) and the largest request per user action, counted through the
 * Excel mocks the tests use (test/office). They must not grow with people or competencies.
 */
const LIMIT = REQUEST_LIMIT_BYTES;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function people(n: number): PersonRow[] {
  return Array.from({ length: n }, (_, i) => ({ name: `员工${i + 1}`, role: ['客户经理', '高级客户经理'][i % 2] }));
}

async function ratingActions(peopleCount: number, competencies: number): Promise<{ read: number; apply: number; payload: number }> {
  const workbook = largeWorkbook(peopleCount, competencies);
  const uninstall = workbook.install();
  try {
    const model = wideModel(competencies);
    const ops = createOfficeOperations({ now: () => NOW });
    await ops.loadSettings();
    workbook.resetCounters();
    await ops.readSelection(model, {});
    const read = workbook.syncCount;
    const payloadRead = Math.max(workbook.largestLoadPayload, workbook.largestWritePayload);
    workbook.resetCounters();
    const last = { rowIndex: peopleCount - 1, person: `员工${peopleCount}`, competency: `能力${competencies}`, columnIndex: competencies + 1, level: '中级' };
    const result = await ops.applyRating(ratingRequest(last), model, {});
    if (result.status !== 'written') throw new Error(`apply did not write: ${JSON.stringify(result)}`);
    return { read, apply: workbook.syncCount, payload: Math.max(payloadRead, workbook.largestLoadPayload, workbook.largestWritePayload) };
  } finally {
    uninstall();
  }
}

async function assessmentActions(peopleCount: number, competencies: number) {
  const workbook = new ExcelWorkbookMock();
  const uninstall = workbook.install();
  try {
    const ops = createOfficeAssessmentOperations();
    const model = grownModel(competencies);
    await ops.buildAssessment({ model, people: people(peopleCount), locale: 'zh-CN' });
    const build = { syncs: workbook.syncCount, largest: workbook.largestRequestBytes };
    workbook.resetCounters();
    await ops.drawProfileCharts('员工1', 'zh-CN');
    const charts = { syncs: workbook.syncCount, largest: workbook.largestRequestBytes };
    workbook.resetCounters();
    await ops.readAssessment(model, 'zh-CN');
    const exportRead = { syncs: workbook.syncCount, largest: workbook.largestRequestBytes };
    return { build, charts, exportRead };
  } finally {
    uninstall();
  }
}

/** A rater's read of the Ratings table (the selected cell's spread) with every person rated on 18 competencies by 7 raters, each with evidence text. */
async function raterRead(peopleCount: number): Promise<{ syncs: number; largest: number; ratings: number }> {
  const competencies = raterModel.competencies.map((c) => c.name.zh ?? c.id);
  const evidence = '面对挫折,能迅速恢复正常且能继续维持自动自发的态度。'.repeat(6);
  const rows: (string | number)[][] = [];
  for (let p = 1; p <= peopleCount; p++)
    for (const competency of competencies) for (let r = 1; r <= 7; r++) rows.push([`P${p}`, competency, `R${r}`, r === 1 ? '上级' : '同事', '中级', evidence, '2026-11-20T00:00:00.000Z', `rater-${r}.xlsx`]);
  const tables = [{ ...RATER_SETUP.tables[0], rows }, ...RATER_SETUP.tables.slice(1)];
  const workbook = new ExcelWorkbookMock({ sheets: Object.fromEntries(RATER_SETUP.sheets.map((name) => [name, []])), tables });
  const uninstall = workbook.install();
  try {
    workbook.resetCounters();
    const read = await createOfficeRaters({ store: null, documentUrl: () => '' }).readRatings();
    if (read?.rows.length !== rows.length) throw new Error('the Ratings table was not read whole');
    return { syncs: workbook.syncCount, largest: Math.max(workbook.largestLoadPayload, workbook.largestRequestBytes), ratings: rows.length };
  } finally {
    uninstall();
  }
}

export async function benchRoundTrips(): Promise<Section> {
  const rows: (string | number)[][] = [];
  const counts: Record<string, Set<number>> = {};
  let largest = 0;
  const note = (action: string, size: string, syncs: number, bytes: number) => {
    (counts[action] ??= new Set()).add(syncs);
    largest = Math.max(largest, bytes);
    rows.push([action, size, syncs, kib(bytes)]);
  };
  for (const competencies of [18, 30]) {
    for (const n of [10, 100, 1000]) {
      const size = `${n} × ${competencies}`;
      const rating = await ratingActions(n, competencies);
      note('read the selected cell', size, rating.read, rating.payload);
      note('apply a rating (evidence + audit)', size, rating.apply, rating.payload);
      const assessment = await assessmentActions(n, competencies);
      note('build the assessment workbook', size, assessment.build.syncs, assessment.build.largest);
      note('draw the profile charts', size, assessment.charts.syncs, assessment.charts.largest);
    }
  }
  for (const n of [10, 200]) {
    const assessment = await assessmentActions(n, 18);
    note('read the assessment for the deck export', `${n} × 18`, assessment.exportRead.syncs, assessment.exportRead.largest);
  }
  for (const n of [10, 50, 150]) {
    const read = await raterRead(n);
    note("read a rater's spread (Ratings table, 7 raters)", `${n} × 18 (${read.ratings} ratings)`, read.syncs, read.largest);
  }
  const constant = Object.entries(counts).every(([, set]) => set.size === 1);
  return {
    title: 'Round trips per user action',
    body: [
      'Counted through the Excel mock of the tests (`test/office/counting-mock.ts`, the production request-size measure): `context.sync()` calls and the largest request (the JSON of the cells loaded or written by one sync for the rating actions; of the commands sent by one sync for the workbook actions). The reference is the size of the workbook: the counts must stay the same from 10 to 1,000 people and from 18 to 30 competencies. The deck itself is built in the pane (no round trips); delivering it costs none either. Not in the table: with an Evidence table of more than 500 rows (measured up to 30,000), reading a rating cell takes 1 sync and loads one Evidence row, found in the Cell column for the cell the selection event (or the add-in’s own selection or rating) named; only a read that no such event preceded, or whose active cell moved after it, takes 2 syncs (`src/excel/office-roundtrips.test.ts`); the first read of a session that skipped loadSettings also takes one more. A rater\'s read loads the Ratings cells the pane decides with (not the evidence texts, times or sources) in slices of 20,000 rows: one more sync past 20,000 ratings, up to the table\'s reach of 39,000.',
      '',
      table(['action', 'people × competencies', 'syncs', 'largest request'], rows),
    ].join('\n'),
    targets: [
      { target: 'round trips constant in the number of people and competencies', measured: Object.entries(counts).map(([a, s]) => `${a}: ${[...s].join('/')}`).join('; '), holds: constant },
      { target: 'every request under Excel on the web’s 5 MB', measured: `largest ${kib(largest)}`, holds: largest < LIMIT },
    ],
  };
}
