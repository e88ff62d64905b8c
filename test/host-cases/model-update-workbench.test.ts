import { columnNumber } from '../../src/core/a1';
import { createWorkbenchAssessment } from '../../src/workbench/workbench-assessment';
import { valueText } from '../../src/workbench/format';
import { WorkbenchWorkbook } from '../../src/workbench/workbook';
import { UPDATE_NOW, runModelUpdateCases } from './model-update-cases';

/** The model-update cases against the workbench operations over its HyperFormula workbook. */

function at(address: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`not a cell address: ${address}`);
  return { row: Number(match[2]) - 1, col: columnNumber(match[1]) };
}

runModelUpdateCases(() => {
  const workbook = new WorkbenchWorkbook();
  return {
    assessment: createWorkbenchAssessment(workbook, { now: () => UPDATE_NOW }),
    type: (sheet, address, value) => {
      const result = workbook.editCell(sheet, at(address).row, at(address).col, value);
      if (!result.ok) throw new Error(result.message);
    },
    cell: (sheet, address) => workbook.text(sheet, at(address).row, at(address).col),
    table: (name) => {
      const table = workbook.table(name);
      return table ? { sheet: table.sheet, headers: workbook.tableHeaders(name), rows: workbook.tableRows(name).map((row) => row.map(valueText)) } : null;
    },
  };
});
