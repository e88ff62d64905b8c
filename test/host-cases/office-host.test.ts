import { createOfficeAssessmentOperations } from '../../src/excel/office-assessment';
import { createOfficeOperations } from '../../src/excel/office-operations';
import { ExcelWorkbookMock } from '../office/counting-mock';
import { NOW, runFailureCases, runHostCases, type HostUnderTest, type WorkbookSetup } from './rating-cases';

/** The host cases against the Office.js operations over the Excel mock. */

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

function openOffice(setup: WorkbookSetup): HostUnderTest {
  const workbook = new ExcelWorkbookMock({ sheets: Object.fromEntries(setup.sheets.map((name) => [name, []])), tables: setup.tables });
  uninstall = workbook.install();
  return {
    ops: createOfficeOperations({ now: () => NOW }),
    select: (sheet, address) => workbook.select(sheet, address),
    type: (sheet, address, value) => workbook.type(sheet, address, value),
    cell: (sheet, address) => String(workbook.cell(sheet, address)),
    refuseWrites: (sheet, message) => workbook.refuseWrites(sheet, message),
    verify: () => createOfficeAssessmentOperations().verifyAuditLog(),
    tables: () =>
      Object.fromEntries(
        workbook.tableNames().map((name) => {
          const table = workbook.table(name)!;
          return [name, { headers: table.headers, rows: table.rows.map((row) => row.map(String)) }];
        }),
      ),
  };
}

runHostCases(openOffice);
runFailureCases(openOffice);
