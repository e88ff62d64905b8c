import { AUDIT_HEAD_SETTING, chainHeadText, sealAuditLines, type ChainTip } from '../core/rating/audit-chain';
import type { AuditWrite, RatingRead, RatingWrite, RecordPlacement } from '../core/rating/judge';
import { AUDIT_TABLE, EVIDENCE_DATE_COLUMN, EVIDENCE_TABLE, recordRowCells, recordSegments, type RecordCell, type RecordRow } from '../core/rating/records';
import { RECORD_TIME_FORMAT } from '../core/rating/record-time';
import { sha256Hex } from '../host/sha256';
import type { CellValue } from 'hyperformula';
import { valueText } from './format';
import type { WorkbenchWorkbook } from './workbook';

/**
 * The Evidence and Audit tables of the workbench workbook (layout in core/records.ts): writing a
 * record row where core placed it, the sealed audit lines with the chain's tip in the document
 * settings, and the times shown as local date-times.
 */

const turns = new WeakMap<WorkbenchWorkbook, Promise<unknown>>();

/** Runs `work` after the audit writing under way on this workbook: each line's hash needs the line before it. */
export function auditTurn<T>(workbook: WorkbenchWorkbook, work: () => Promise<T>): Promise<T> {
  const run = (turns.get(workbook) ?? Promise.resolve()).then(work, work);
  turns.set(workbook, run.catch(() => undefined));
  return run;
}

/** A record row's values as the pane reads them (Office: range.values): numbers (the times' date values) stay numbers. */
export function recordValues(row: readonly CellValue[]): (string | number)[] {
  return row.map((value) => (typeof value === 'number' ? value : valueText(value)));
}

/** The Audit table's last row, where the hash chain goes on from (null: no table). */
export function lastAuditRow(workbook: WorkbenchWorkbook): string[] | null {
  if (!workbook.table(AUDIT_TABLE)) return null;
  return workbook.tableRows(AUDIT_TABLE).at(-1)?.map(valueText) ?? null;
}

/** The Audit table as the follower of typed ratings reads it: headers and last row, or null. */
export function auditRead(workbook: WorkbenchWorkbook): RatingRead['audit'] {
  if (!workbook.table(AUDIT_TABLE)) return null;
  return { headers: workbook.tableHeaders(AUDIT_TABLE), last: lastAuditRow(workbook) };
}

/** The table's time column shows dates as local date-times, its rows to come included (the style grows with the table). */
function formatTimeColumn(workbook: WorkbenchWorkbook, name: string, column: number): void {
  const table = workbook.table(name);
  if (!table) return;
  const col = table.range.startCol + column;
  const top = table.range.startRow + 1;
  if (workbook.style(table.sheet, top, col).numberFormat === RECORD_TIME_FORMAT && workbook.style(table.sheet, table.range.endRow, col).numberFormat === RECORD_TIME_FORMAT) return;
  workbook.setStyle(table.sheet, { startRow: top, startCol: col, endRow: table.range.endRow, endCol: col }, { numberFormat: RECORD_TIME_FORMAT });
}

function writeRows(workbook: WorkbenchWorkbook, name: string, rows: RecordCell[][], placement: RecordPlacement, timeColumn: number): void {
  if (placement.into === 'new-table') {
    const sheet = workbook.addSheet(placement.sheet);
    workbook.setText(sheet, 0, 0, [placement.headers]);
    workbook.setValues(sheet, 1, 0, rows);
    workbook.addTable({ name: placement.table, sheet, range: { startRow: 0, startCol: 0, endRow: rows.length, endCol: placement.headers.length - 1 } });
  } else {
    const table = workbook.table(name);
    if (!table) throw new Error(`A record row was placed in table ${name}, which is not in the workbook.`);
    if (placement.into === 'replace') workbook.setValues(table.sheet, table.range.startRow + 1 + placement.index, table.range.startCol, rows);
    else workbook.appendTableRows(name, rows);
  }
  formatTimeColumn(workbook, name, timeColumn);
}

/** Writes an Evidence row where the rating decision placed it (the Person key in its column). */
function writeEvidence(workbook: WorkbenchWorkbook, row: RecordRow, placement: RecordPlacement): void {
  const table = workbook.table(EVIDENCE_TABLE);
  if (placement.into === 'replace' && table) {
    for (const segment of recordSegments(row)) workbook.setValues(table.sheet, table.range.startRow + 1 + placement.index, table.range.startCol + segment.column, [segment.values]);
    formatTimeColumn(workbook, EVIDENCE_TABLE, EVIDENCE_DATE_COLUMN);
    return;
  }
  const width = placement.into === 'new-table' ? placement.headers.length : table ? table.range.endCol - table.range.startCol + 1 : 0;
  writeRows(workbook, EVIDENCE_TABLE, [recordRowCells(row, width)], placement, EVIDENCE_DATE_COLUMN);
}

/** Appends sealed audit lines (after the columns an older table lacks) and keeps the chain's tip in the settings. */
export function writeAuditLines(workbook: WorkbenchWorkbook, write: Omit<AuditWrite, 'row' | 'tip'>, rows: RecordCell[][], tip: ChainTip): void {
  if (rows.length === 0) return;
  for (const header of write.addColumns) workbook.appendTableColumn(AUDIT_TABLE, header, []);
  writeRows(workbook, AUDIT_TABLE, rows, write.placement, 0);
  workbook.settings.set(AUDIT_HEAD_SETTING, chainHeadText(tip));
}

/** Writes a rating's key columns, evidence row, sealed audit line, then the rating, as one change. */
export async function writeRating(workbook: WorkbenchWorkbook, write: RatingWrite): Promise<void> {
  const sealed = await sealAuditLines(write.audit.tip, [write.audit.row.cells], sha256Hex);
  workbook.batch(() => {
    for (const migration of write.migrations) workbook.appendTableColumn(migration.table, migration.header, migration.values);
    writeEvidence(workbook, write.evidence.row, write.evidence.placement);
    writeAuditLines(workbook, write.audit, sealed.rows, sealed.tip);
    workbook.setValues(write.sheet, write.row, write.column, [[write.input]]);
  });
}
