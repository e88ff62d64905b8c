import type { CellValue } from 'hyperformula';
import type { ColumnMapping } from '../core/rating/assessment';
import { judgeRating, ratingRequestProblem, type RatingRead, type RecordPlacement } from '../core/rating/judge';
import { planTableConversion } from '../core/rating/plain-range';
import { plainRangeName, plainRangeRatingTarget, plainRangeSheet, sheetPlainRange, type PlainRangeRead, type SheetTable } from '../core/rating/plain-range-selection';
import { AUDIT_TABLE, EVIDENCE_TABLE, hasEvidenceColumns } from '../core/rating/records';
import type { LevelModel } from '../core/model/types';
import type { ApplyRatingRequest, ApplyRatingResult, ConvertRangeResult } from '../host/workbook-operations';
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
  return { sheet, grid: { top: 0, left: 0, values, merges: [] }, tables };
}

/** The plain range's sheet when `name` names one that exists. */
function rangeSheet(workbook: WorkbenchWorkbook, name: string): string | null {
  const sheet = plainRangeSheet(name);
  return sheet !== null && workbook.hasSheet(sheet) ? sheet : null;
}

function writeRecord(workbook: WorkbenchWorkbook, name: string, cells: string[], placement: RecordPlacement): void {
  if (placement.into === 'append') {
    workbook.appendTableRows(name, [cells]);
  } else if (placement.into === 'replace') {
    const table = workbook.table(name);
    if (!table) throw new Error(`Table ${name} disappeared while a rating was written.`);
    workbook.setValues(table.sheet, table.range.startRow + 1 + placement.index, table.range.startCol, [cells]);
  } else {
    const sheet = workbook.addSheet(placement.sheet);
    workbook.setText(sheet, 0, 0, [placement.headers]);
    workbook.setValues(sheet, 1, 0, [cells]);
    workbook.addTable({ name: placement.table, sheet, range: { startRow: 0, startCol: 0, endRow: 1, endCol: placement.headers.length - 1 } });
  }
}

/** True when the request names a plain range, not a table: the caller hands it here. */
export function isPlainRangeRequest(table: string): boolean {
  return plainRangeSheet(table) !== null;
}

/** Rates a cell of a plain range as a table's cell is rated: the same checks, the same evidence and audit rows. */
export function applyPlainRangeRating(workbook: WorkbenchWorkbook, request: ApplyRatingRequest, model: LevelModel, mappings: Record<string, ColumnMapping>, now: Date): ApplyRatingResult {
  const problem = ratingRequestProblem(request, model);
  if (problem) return { status: 'refused', reason: problem };
  const sheet = rangeSheet(workbook, request.table);
  const target = sheet === null ? { table: null, cell: { sheet: '', row: 0, column: 0 }, rowTexts: [], current: '' } : plainRangeRatingTarget(plainRangeRead(workbook, sheet), request.rowIndex, request.columnIndex, model, mappings);
  const evidence = workbook.table(EVIDENCE_TABLE);
  const audit = workbook.table(AUDIT_TABLE);
  const evidenceHeaders = evidence ? workbook.tableHeaders(evidence.name) : [];
  const read: RatingRead = {
    ...target,
    evidence: evidence ? { headers: evidenceHeaders, keys: hasEvidenceColumns(evidenceHeaders) ? workbook.tableRows(evidence.name).map((row) => row.slice(0, 2).map(valueText)) : [] } : null,
    audit: audit ? { headers: workbook.tableHeaders(audit.name) } : null,
    sheetNames: workbook.sheetNames(),
  };
  const decision = judgeRating(request, model, mappings, read, now);
  if ('answer' in decision) return decision.answer;
  const { write } = decision;
  workbook.batch(() => {
    writeRecord(workbook, EVIDENCE_TABLE, write.evidence.cells, write.evidence.placement);
    writeRecord(workbook, AUDIT_TABLE, write.audit.cells, write.audit.placement);
    workbook.setValues(write.sheet, write.row, write.column, [[write.input]]);
  });
  return { status: 'written', change: write.change };
}

/** Selects a data cell of a plain range; false when the name is not a plain range's. */
export function selectPlainRangeCell(workbook: WorkbenchWorkbook, name: string, rowIndex: number, columnIndex: number, model: LevelModel, mappings: Record<string, ColumnMapping>): boolean {
  const sheet = plainRangeSheet(name);
  if (sheet === null) return false;
  const layout = workbook.hasSheet(sheet) ? sheetPlainRange(plainRangeRead(workbook, sheet).grid, plainRangeRead(workbook, sheet).tables, model, mappings, sheet) : null;
  if (!layout || rowIndex < 0 || rowIndex >= layout.rowCount || columnIndex < 0 || columnIndex >= layout.columnCount) {
    throw new Error(`Could not select data row ${rowIndex + 1}, column ${columnIndex + 1} of the assessment on sheet "${sheet}".`);
  }
  workbook.select(sheet, layout.firstDataRow + rowIndex, layout.left + columnIndex);
  return true;
}

/** A table name no table of the workbook has yet. */
export function freeTableName(taken: readonly string[], base = 'HandMadeAssessment'): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}${n}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
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
  return { status: 'converted', table, from: plainRangeName(sheet) };
}
