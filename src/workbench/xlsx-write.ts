import { DetailedCellError, type CellValue } from 'hyperformula';
import { rangeAddress, type CellRange } from '../core/a1';
import type { WorkbenchWorkbook } from './workbook';
import { CHARTS_SETTING, newXlsxWorkbook, toFileFormula } from '../xlsx/xlsx-file';
import { addConditionalFormat, addSettingsSheet, addTable, addValidation, fileBytes, formulaBounds, setLayout, styleRange } from '../xlsx/xlsx-sheet-write';

/** Saving a workbench workbook as an .xlsx file. */

function fileResult(value: CellValue): unknown {
  if (value instanceof DetailedCellError) return { error: value.value };
  return value ?? '';
}

function fileValue(workbook: WorkbenchWorkbook, sheet: string, row: number, col: number): unknown {
  const value = workbook.value(sheet, row, col);
  if (workbook.isFormula(sheet, row, col)) {
    const formula = toFileFormula(String(workbook.input(sheet, row, col)));
    const spill = spillRange(workbook, sheet, row, col);
    return spill ? { formula, result: fileResult(value), shareType: 'array', ref: rangeAddress(spill) } : { formula, result: fileResult(value) };
  }
  if (value instanceof DetailedCellError) return { error: value.value };
  return value;
}

/** The range a formula's result spills over, when more than its own cell. */
function spillRange(workbook: WorkbenchWorkbook, sheet: string, row: number, col: number): CellRange | undefined {
  const isSpilledFromHere = (r: number, c: number) => workbook.spillSource(sheet, r, c)?.row === row && workbook.spillSource(sheet, r, c)?.col === col;
  let endRow = row;
  let endCol = col;
  while (isSpilledFromHere(endRow + 1, col)) endRow++;
  while (isSpilledFromHere(row, endCol + 1)) endCol++;
  return endRow === row && endCol === col ? undefined : { startRow: row, startCol: col, endRow, endCol };
}

/** Saves the workbench workbook as an .xlsx file. */
export async function writeXlsx(workbook: WorkbenchWorkbook): Promise<Uint8Array> {
  const file = await newXlsxWorkbook();
  for (const name of workbook.sheetNames()) {
    const sheet = file.addWorksheet(name);
    const { rows, columns } = workbook.usedSize(name);
    const tables = workbook.tables().filter((t) => t.sheet === name);
    for (let row = 0; row < rows; row++) {
      for (let col = 0; col < columns; col++) {
        const value = fileValue(workbook, name, row, col);
        if (value !== null && value !== undefined && value !== '') sheet.getCell(row + 1, col + 1).value = value;
      }
    }
    for (const styled of workbook.styledRanges().filter((s) => s.sheet === name)) styleRange(sheet, styled.range, styled.style);
    for (const table of tables) {
      const { startRow, startCol, endRow, endCol } = table.range;
      const tableRows = Array.from({ length: endRow - startRow }, (_, r) => Array.from({ length: endCol - startCol + 1 }, (_, c) => fileValue(workbook, name, startRow + 1 + r, startCol + c)));
      addTable(sheet, { name: table.name, row: startRow, col: startCol, headers: workbook.tableHeaders(table.name), rows: tableRows });
    }
    for (const merged of workbook.merges().filter((m) => m.sheet === name)) sheet.mergeCells(rangeAddress(merged.range));
    for (const validation of workbook.validations().filter((v) => v.sheet === name)) addValidation(sheet, validation);
    workbook.conditionalFormats().forEach((format, i) => {
      if (format.sheet === name) addConditionalFormat(sheet, format, i + 1);
    });
    setLayout(sheet, workbook.layout(name));
  }

  const settings = new Map(workbook.settings);
  if (workbook.charts().length > 0) settings.set(CHARTS_SETTING, JSON.stringify(workbook.charts()));
  addSettingsSheet(file, settings, workbook.sheetNames(), formulaBounds(workbook.validations()));
  return fileBytes(file);
}
