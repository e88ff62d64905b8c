import { createOfficeAssessmentOperations } from '../../src/excel/office-assessment';
import { ExcelWorkbookMock } from '../office/counting-mock';
import { UPDATE_NOW, runModelUpdateCases } from './model-update-cases';

/** The model-update cases against the Office.js operations over the Excel mock. */

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

runModelUpdateCases(() => {
  const workbook = new ExcelWorkbookMock({ sheets: { Sheet1: [] } });
  uninstall = workbook.install();
  return {
    assessment: createOfficeAssessmentOperations({ now: () => UPDATE_NOW }),
    type: (sheet, address, value) => workbook.type(sheet, address, value),
    cell: (sheet, address) => String(workbook.cell(sheet, address) ?? ''),
    table: (name) => {
      const table = workbook.table(name);
      return table ? { sheet: table.sheet, headers: table.headers, rows: table.rows.map((row) => row.map((v) => String(v ?? ''))) } : null;
    },
  };
});
