import { createOfficeRaters } from '../../src/excel/office-raters';
import { ExcelWorkbookMock } from '../office/counting-mock';
import type { UserStore } from '../../src/host/rater-operations';
import { NOW, runRaterCases, type RaterSetup } from './rater-cases';
import { cellSpread } from '../../src/core/raters/pane-rating';

/** The rater cases against the Office.js operations over the Excel mock. */

const installed: (() => void)[] = [];
afterEach(() => installed.splice(0).forEach((uninstall) => uninstall()));

function openOffice(setup: RaterSetup, options: { store: UserStore; documentUrl: string }) {
  const workbook = new ExcelWorkbookMock({ sheets: Object.fromEntries(setup.sheets.map((name) => [name, []])), tables: setup.tables });
  installed.push(workbook.install());
  return {
    raters: createOfficeRaters({ store: options.store, documentUrl: () => options.documentUrl, partitionKey: () => 'partition:', now: () => NOW }),
    table: (name: string) => {
      const table = workbook.table(name)!;
      return [table.headers, ...table.rows.map((row) => row.map(String))];
    },
    settings: () => Object.fromEntries(workbook.settingKeys().map((key) => [key, workbook.setting(key)])),
  };
}

runRaterCases((setup, options) => openOffice(setup, options));

it('Excel reads the Ratings table and the round in three round trips, and a rating writes in one more', async () => {
  const { SETUP, request, model } = await import('./rater-cases');
  const workbook = new ExcelWorkbookMock({ sheets: Object.fromEntries(SETUP.sheets.map((name) => [name, []])), tables: SETUP.tables });
  installed.push(workbook.install());
  const raters = createOfficeRaters({ store: null, documentUrl: () => '', now: () => NOW });
  workbook.resetCounters();
  await raters.readRatings();
  expect(workbook.syncCount).toBe(3);
  workbook.resetCounters();
  await raters.rateInRatings(request(), model);
  expect(workbook.syncCount).toBe(4);
});

it("a round of thousands of ratings with long evidence: Excel reads what the pane needs within the 5 MB response limit, in the same round trips", async () => {
  const { SETUP, request, model } = await import('./rater-cases');
  // 40 people × 18 competencies × 9 raters, each rating with 300 characters of evidence: about 11 MB as a whole table.
  const evidence = '面对挫折,能迅速恢复正常且能继续维持自动自发的态度。'.repeat(12);
  const competencies = model.competencies.map((c) => c.name.zh ?? c.id);
  const rows: (string | number)[][] = [];
  for (let p = 1; p <= 40; p++)
    for (const competency of competencies)
      for (let r = 1; r <= 9; r++) rows.push([`P${p}`, competency, `R${r}`, r === 1 ? '上级' : '同事', '中级', evidence, '2026-11-20T00:00:00.000Z', `rater-${r}.xlsx`]);
  const tables = [{ ...SETUP.tables[0], rows }, SETUP.tables[1], SETUP.tables[2]];
  const workbook = new ExcelWorkbookMock({ sheets: Object.fromEntries(SETUP.sheets.map((name) => [name, []])), tables });
  installed.push(workbook.install());
  const raters = createOfficeRaters({ store: null, documentUrl: () => '', now: () => NOW });
  workbook.resetCounters();
  const read = await raters.readRatings();
  expect(workbook.syncCount).toBe(3);
  expect(read?.rows).toHaveLength(rows.length);
  const spread = cellSpread(read!, 'P7', competencies[3], 'R2', model, 'zh-CN');
  expect(spread).toMatchObject({ status: 'spread', own: '中级' });
  // A rater replacing their rating there: the row is rewritten whole (the evidence too), in one more round trip.
  workbook.resetCounters();
  const written = await raters.rateInRatings(request({ personKey: 'P7', competency: competencies[3], rater: { raterKey: 'R2', name: '王五', role: 'peer' }, expected: '中级', confirmReplace: true }), model);
  expect(written.status).toBe('written');
  expect(workbook.syncCount).toBe(4);
  const table = workbook.table('Ratings')!;
  const at = table.rows.findIndex((row) => row[0] === 'P7' && row[1] === competencies[3] && row[2] === 'R2');
  expect(table.rows[at].slice(0, 6)).toEqual(['P7', competencies[3], 'R2', '同事', '高级', '[中级] ▶ 设定挑战目标']);
  expect(table.rows).toHaveLength(rows.length);
});
