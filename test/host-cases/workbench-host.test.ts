import { columnNumber } from '../../src/core/a1';
import { createWorkbenchAssessment } from '../../src/workbench/workbench-assessment';
import { createWorkbenchOperations } from '../../src/workbench/workbench-operations';
import { valueText } from '../../src/workbench/format';
import { WorkbenchWorkbook } from '../../src/workbench/workbook';
import { NOW, runFailureCases, runHostCases, type HostUnderTest, type WorkbookSetup } from './rating-cases';

/** The host cases against the workbench operations over its HyperFormula workbook. */

function at(address: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`not a cell address: ${address}`);
  return { row: Number(match[2]) - 1, col: columnNumber(match[1]) };
}

function openWorkbench(setup: WorkbookSetup): HostUnderTest {
  const workbook = new WorkbenchWorkbook({ empty: true });
  for (const sheet of setup.sheets) workbook.addSheet(sheet);
  for (const table of setup.tables) {
    const { row, col } = at(table.at);
    workbook.setText(table.sheet, row, col, [table.headers, ...table.rows]);
    workbook.addTable({ name: table.name, sheet: table.sheet, range: { startRow: row, startCol: col, endRow: row + table.rows.length, endCol: col + table.headers.length - 1 } });
  }
  // A sheet that refuses writes, as a full or locked table would: the workbook's writes to it throw.
  const refusing = new Map<string, string>();
  for (const method of ['setValues', 'setText', 'appendTableRows', 'appendTableColumn'] as const) {
    const original = workbook[method].bind(workbook) as (...args: unknown[]) => unknown;
    const sheetOf = (args: unknown[]) => (method === 'appendTableRows' || method === 'appendTableColumn' ? workbook.table(String(args[0]))?.sheet : String(args[0]));
    (workbook as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      const message = refusing.get(sheetOf(args) ?? '');
      if (message) throw new Error(message);
      return original(...args);
    };
  }
  return {
    refuseWrites: (sheet, message) => (message === null ? refusing.delete(sheet) : refusing.set(sheet, message)),
    ops: createWorkbenchOperations(workbook, { now: () => NOW }),
    verify: () => createWorkbenchAssessment(workbook).verifyAuditLog(),
    select: (sheet, address) => workbook.select(sheet, at(address).row, at(address).col),
    type: (sheet, address, value) => {
      const result = workbook.editCell(sheet, at(address).row, at(address).col, value);
      if (!result.ok) throw new Error(result.message);
    },
    cell: (sheet, address) => workbook.text(sheet, at(address).row, at(address).col),
    tables: () =>
      Object.fromEntries(
        workbook.tables().map((table) => [table.name, { headers: workbook.tableHeaders(table.name), rows: workbook.tableRows(table.name).map((row) => row.map(valueText)) }]),
      ),
  };
}

runHostCases(openWorkbench);
runFailureCases(openWorkbench);
