import { createOfficeRaters } from '../../src/excel/office-raters';
import { ExcelWorkbookMock } from '../office/counting-mock';
import type { UserStore } from '../../src/host/rater-operations';
import { NOW, runRaterCases, type RaterSetup } from './rater-cases';

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

it('Excel reads the Ratings table and the round in two round trips, and a rating writes in one more', async () => {
  const { SETUP, request, model } = await import('./rater-cases');
  const workbook = new ExcelWorkbookMock({ sheets: Object.fromEntries(SETUP.sheets.map((name) => [name, []])), tables: SETUP.tables });
  installed.push(workbook.install());
  const raters = createOfficeRaters({ store: null, documentUrl: () => '', now: () => NOW });
  workbook.resetCounters();
  await raters.readRatings();
  expect(workbook.syncCount).toBe(2);
  workbook.resetCounters();
  await raters.rateInRatings(request(), model);
  expect(workbook.syncCount).toBe(3);
});
