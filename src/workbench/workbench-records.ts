import { AUDIT_HEAD_SETTING, CHAIN_START, chainHeadText, chainTipAfter, sealAuditLines, type ChainTip } from '../core/rating/audit-chain';
import type { ApplyRatingResult, AuditWrite, RatingRead, RatingWrite, RecordPlacement } from '../core/rating/judge';
import { failureMessage, reconcileRating } from '../core/rating/reconcile';
import { AUDIT_TABLE, EVIDENCE_CELL_COLUMN, EVIDENCE_DATE_COLUMN, EVIDENCE_TABLE, auditCells, recordRowCells, recordSegments, type RecordCell, type RecordRow } from '../core/rating/records';
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

/**
 * Writes a rating's key columns, sealed audit line, the rating and its evidence row as one change,
 * in the order reconcile.ts relies on: a write that fails part-way leaves what came before it.
 */
export async function writeRating(workbook: WorkbenchWorkbook, write: RatingWrite): Promise<void> {
  const sealed = await sealAuditLines(write.audit.tip, [write.audit.row.cells], sha256Hex);
  workbook.batch(() => {
    for (const migration of write.migrations) workbook.appendTableColumn(migration.table, migration.header, migration.values);
    writeAuditLines(workbook, write.audit, sealed.rows, sealed.tip);
    workbook.setValues(write.sheet, write.row, write.column, [[write.input]]);
    writeEvidence(workbook, write.evidence.row, write.evidence.placement);
  });
}

/** After a failed write: what is there now, core's repair (a correction line sealed onto the chain), and what the assessor is told. */
export async function recoverRatingWrite(workbook: WorkbenchWorkbook, write: RatingWrite, error: unknown): Promise<ApplyRatingResult> {
  const reason = error instanceof Error ? error.message : String(error);
  const rowOf = (name: string, index?: number) => {
    const rows = workbook.table(name) ? workbook.tableRows(name) : [];
    const row = rows[index ?? rows.length - 1];
    return row ? recordValues(row) : undefined;
  };
  const text = (row: RecordCell[], i: number) => String(row[i] ?? '');
  const placement = write.evidence.placement;
  const audit = rowOf(AUDIT_TABLE);
  const evidence = rowOf(EVIDENCE_TABLE, placement.into === 'replace' ? placement.index : undefined);
  const reconciliation = reconcileRating(write.change, {
    current: workbook.text(write.sheet, write.row, write.column),
    lastAudit: audit ? { time: audit[0], cell: text(audit, 2), newValue: text(audit, 6) } : null,
    evidence: evidence ? { level: text(evidence, 2), comment: text(evidence, 4), date: evidence[EVIDENCE_DATE_COLUMN], cell: text(evidence, EVIDENCE_CELL_COLUMN) } : null,
  }, write.locale);
  let repaired = true;
  try {
    if (reconciliation.state === 'cell-not-written' || reconciliation.state === 'audit-missing') {
      const change = reconciliation.state === 'cell-not-written' ? reconciliation.correction : reconciliation.audit;
      const sealed = await sealAuditLines(audit ? chainTipAfter(audit) : CHAIN_START, [auditCells(change, write.locale)], sha256Hex);
      writeAuditLines(workbook, { placement: workbook.table(AUDIT_TABLE) ? { into: 'append' } : write.audit.placement, addColumns: [] }, sealed.rows, sealed.tip);
    }
    if (reconciliation.state === 'evidence-behind' || reconciliation.state === 'audit-missing') {
      writeEvidence(workbook, write.evidence.row, placement.into === 'replace' ? placement : { into: 'append' });
    }
  } catch {
    repaired = false;
  }
  if (reconciliation.state === 'consistent') return { status: 'written', change: write.change };
  return { status: 'failed', reason: failureMessage(write.change, reconciliation, repaired, reason, write.locale) };
}
