import { columnNumber } from '../../src/core/a1';
import { valueText } from '../../src/workbench/format';
import { createWorkbenchRaters } from '../../src/workbench/workbench-raters';
import { WorkbenchWorkbook } from '../../src/workbench/workbook';
import type { UserStore } from '../../src/host/rater-operations';
import { NOW, runRaterCases, type RaterSetup } from './rater-cases';

/** The rater cases against the workbench operations over its HyperFormula workbook. */

function at(address: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { row: Number(match[2]) - 1, col: columnNumber(match[1]) };
}

function openWorkbench(setup: RaterSetup, options: { store: UserStore; documentUrl: string }) {
  const workbook = new WorkbenchWorkbook({ empty: true });
  for (const sheet of setup.sheets) workbook.addSheet(sheet);
  for (const table of setup.tables) {
    const { row, col } = at(table.at);
    // No data rows: the one blank row Excel gives a new table.
    const rows = table.rows.length > 0 ? table.rows : [table.headers.map(() => '')];
    workbook.setValues(table.sheet, row, col, [table.headers, ...rows.map((r) => r.map((v) => (typeof v === 'number' ? v : v === '' ? null : `'${v}`)))]);
    workbook.addTable({ name: table.name, sheet: table.sheet, range: { startRow: row, startCol: col, endRow: row + rows.length, endCol: col + table.headers.length - 1 } });
  }
  return {
    raters: createWorkbenchRaters(workbook, { store: options.store, workbookIdentity: () => options.documentUrl, now: () => NOW }),
    table: (name: string) => [workbook.tableHeaders(name), ...workbook.tableRows(name).map((row) => row.map(valueText))],
    settings: () => Object.fromEntries(workbook.settings),
  };
}

runRaterCases(openWorkbench);
