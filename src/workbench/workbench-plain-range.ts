import type { CellValue } from 'hyperformula';
import { parseRange } from '../core/a1';
import type { ColumnMapping } from '../core/rating/assessment';
import type { RatingRead } from '../core/rating/judge';
import { planTableConversion } from '../core/rating/plain-range';
import { freeTableName, plainRangeName, plainRangeRatingTarget, plainRangeSheet, sheetPlainRange, type PlainRangeRead, type SheetTable } from '../core/rating/plain-range-selection';
import type { LevelModel } from '../core/model/types';
import type { ApplyRatingRequest, ConvertRangeResult } from '../host/workbook-operations';
import { valueText } from './format';
import type { WorkbenchWorkbook } from './workbook';

/**
 * The workbench's side of hand-made assessments in plain ranges: it reads a sheet's used cells
 * and tables, core recognizes the range and decides; this writes what core decided.
 */

function gridValue(value: CellValue): string | number | boolean | null {
  if (value === null || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return valueText(value);
}

/** The sheet's used cells from A1 and its tables, as core reads a plain range. */
export function plainRangeRead(workbook: WorkbenchWorkbook, sheet: string): Omit<PlainRangeRead, 'row' | 'column'> {
  const { rows, columns } = workbook.usedSize(sheet);
  const values = workbook.values(sheet, { startRow: 0, startCol: 0, endRow: rows - 1, endCol: columns - 1 }).map((row) => row.map(gridValue));
  const tables: SheetTable[] = workbook
    .tables()
    .filter((t) => t.sheet === sheet)
    .map((t) => ({
      name: t.name,
      headers: workbook.tableHeaders(t.name),
      area: { top: t.range.startRow, left: t.range.startCol, rows: t.range.endRow - t.range.startRow + 1, columns: t.range.endCol - t.range.startCol + 1 },
    }));
  const merges = workbook
    .merges()
    .filter((m) => m.sheet === sheet)
    .map(({ range }) => ({ top: range.startRow, left: range.startCol, rows: range.endRow - range.startRow + 1, columns: range.endCol - range.startCol + 1 }));
  return { sheet, grid: { top: 0, left: 0, values, merges }, tables };
}

/** The plain range's sheet when `name` names one that exists. */
function rangeSheet(workbook: WorkbenchWorkbook, name: string): string | null {
  const sheet = plainRangeSheet(name);
  return sheet !== null && workbook.hasSheet(sheet) ? sheet : null;
}

/** The target part of a rating read when the request names a plain range, or null when it names a table. */
export function plainRangeTarget(workbook: WorkbenchWorkbook, request: ApplyRatingRequest, model: LevelModel, mappings: Record<string, ColumnMapping>): Pick<RatingRead, 'table' | 'cell' | 'rowTexts' | 'current'> | null {
  if (plainRangeSheet(request.table) === null) return null;
  const sheet = rangeSheet(workbook, request.table);
  if (sheet === null) return { table: null, cell: { sheet: '', row: 0, column: 0 }, rowTexts: [], current: '' };
  return plainRangeRatingTarget(plainRangeRead(workbook, sheet), request.rowIndex, request.columnIndex, model, mappings);
}

/** Selects a data cell of a plain range; false when the name is not a plain range's. */
export function selectPlainRangeCell(workbook: WorkbenchWorkbook, name: string, rowIndex: number, columnIndex: number, model: LevelModel, mappings: Record<string, ColumnMapping>): boolean {
  const sheet = plainRangeSheet(name);
  if (sheet === null) return false;
  const read = workbook.hasSheet(sheet) ? plainRangeRead(workbook, sheet) : null;
  const layout = read ? sheetPlainRange(read.grid, read.tables, model, mappings, sheet) : null;
  if (!layout || rowIndex < 0 || rowIndex >= layout.rowCount || columnIndex < 0 || columnIndex >= layout.columnCount) {
    throw new Error(`Could not select data row ${rowIndex + 1}, column ${columnIndex + 1} of the assessment on sheet "${sheet}".`);
  }
  workbook.select(sheet, layout.firstDataRow + rowIndex, layout.left + columnIndex);
  return true;
}

/** Turns the recognized plain range into a table over its header row and people; the cells stay as they are. */
export function convertPlainRange(workbook: WorkbenchWorkbook, name: string, model: LevelModel, mappings: Record<string, ColumnMapping>): ConvertRangeResult {
  const sheet = rangeSheet(workbook, name);
  const read = sheet === null ? null : plainRangeRead(workbook, sheet);
  const layout = read && sheet !== null ? sheetPlainRange(read.grid, read.tables, model, mappings, sheet) : null;
  if (!layout || sheet === null) return { status: 'refused', problems: ['no-range'] };
  const plan = planTableConversion(layout);
  if (plan.problems.length > 0) return { status: 'refused', problems: plan.problems };
  const table = freeTableName(workbook.tables().map((t) => t.name));
  const { top, left, rows, columns } = plan.area;
  workbook.addTable({ name: table, sheet, range: { startRow: top, startCol: left, endRow: top + rows - 1, endCol: left + columns - 1 } });
  // The weights row stays outside the table; it takes numbers of 0 or more, as a built workbook's does.
  for (const rule of plan.weightRules) {
    const range = parseRange(rule.address);
    if (range) workbook.addValidation({ kind: 'number', sheet, range, min: 0, max: Number.POSITIVE_INFINITY, errorMessage: rule.errorMessage, prompt: rule.prompt });
  }
  return { status: 'converted', table, from: plainRangeName(sheet) };
}
