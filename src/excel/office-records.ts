import {
  AUDIT_COLUMNS,
  AUDIT_PERSON_COLUMN,
  AUDIT_TABLE,
  auditCells,
  EVIDENCE_CELL_COLUMN,
  EVIDENCE_DATE_COLUMN,
  EVIDENCE_COLUMNS,
  EVIDENCE_TABLE,
  evidenceKeyRows,
  evidenceRecord,
  findEvidenceRow,
  hasRecordColumns,
  recordKeyColumn,
  recordRowCells,
  recordSegments,
  type EvidenceKeyRow,
  type EvidenceRecord,
  type RatedPerson,
  type RecordCell,
  type RecordRow,
} from '../core/rating/records';
import type { ApplyRatingResult, AuditWrite, RatingWrite, RecordPlacement } from '../core/rating/judge';
import { failureMessage, reconcileRating } from '../core/rating/reconcile';
import { RECORD_TIME_FORMAT } from '../core/rating/record-time';
import { AUDIT_HEAD_SETTING, CHAIN_START, chainHeadText, chainTipAfter, sealAuditLines, type ChainTip } from '../core/rating/audit-chain';
import { sha256Hex } from '../host/sha256';
import type { KeyColumnMigration } from '../core/rating/record-migration';
import type { TableDirectory } from './office-directory';
import type { LevelModel } from '../core/model/types';
import { cellText } from '../core/cell-text';
import { findText } from './office-cells';

/**
 * The Evidence and Audit tables (layout in core/records.ts) over Office.js: what a batch loads to
 * find a person's evidence row, and what it writes. Columns are addressed by position, so a table
 * whose headers are no longer the add-in's (in either language) is read as having no evidence and
 * is never written to.
 */

const PERSON = 0;
const COMPETENCY = 1;
/** Person through the rating cell's reference ("Sheet!B4", cellReference) the row was written for. */
const EVIDENCE_READ_COLUMNS = EVIDENCE_CELL_COLUMN + 1;
const EVIDENCE_CELL = EVIDENCE_CELL_COLUMN;

// ----- reading for the selection

/** Evidence columns queued for loading, from Person on: all a reader needs, or only the keys when the table is big. */
export interface EvidenceColumnsLoad {
  body: Excel.Range;
  /** Loaded unless only the row count was asked for. */
  columns: Excel.Range;
  /** The rating cell's reference of each row, loaded with the key column when there is one (else null). */
  cells: Excel.Range | null;
  /** The Person key column and its position in the table (as the headers known before the batch place it), or null. */
  keys: { column: number; range: Excel.Range } | null;
}

/**
 * `true`: Person through the Cell column; `false`: Person and Competency (and Cell); 'count': only
 * the number of rows. `headers`: the table's headers as known before the batch, to find the Person key column.
 */
export function loadEvidenceColumns(table: Excel.Table, withRecords: boolean | 'count', headers: readonly string[]): EvidenceColumnsLoad {
  const body = table.getDataBodyRange().load('rowCount');
  const count = withRecords === true ? EVIDENCE_READ_COLUMNS : COMPETENCY + 1;
  const columns = body.getColumn(PERSON).getResizedRange(0, count - 1);
  if (withRecords === 'count') return { body, columns, cells: null, keys: null };
  const keyColumn = recordKeyColumn(headers, EVIDENCE_COLUMNS);
  const cells = withRecords === true || headers.length <= EVIDENCE_CELL ? null : body.getColumn(EVIDENCE_CELL).load('values');
  return { body, columns: columns.load('values'), cells, keys: keyColumn === null ? null : { column: keyColumn, range: body.getColumn(keyColumn).load('values') } };
}

/** The loaded rows as findEvidenceRow reads them, with the rows' records when Person through Date were loaded. */
export function evidenceColumnRows(load: EvidenceColumnsLoad): { keys: EvidenceKeyRow[]; rows: unknown[][] } {
  const rows = load.columns.values.map((row, r) => {
    const full = [...row];
    if (load.cells) full[EVIDENCE_CELL] = load.cells.values[r][0];
    return full;
  });
  const keyColumn = load.keys ? load.keys.column : null;
  const keys = evidenceKeyRows(rows, null).map((row, r) => ({ ...row, key: load.keys && keyColumn !== null ? String(load.keys.range.values[r][0] ?? '').trim() : null }));
  return { keys, rows };
}

/**
 * Queues a find of the first Evidence row written for the rating cell `reference` ("Sheet!B4") in
 * the Cell column, so a batch carries one cell whatever the size of the table.
 */
export interface EvidenceCellFind {
  body: Excel.Range;
  /** A null object when no row was written for the cell (known after the sync). */
  found: Excel.Range;
}

export function findEvidenceCell(table: Excel.Table, reference: string): EvidenceCellFind {
  const body = table.getDataBodyRange();
  return { body, found: body.getColumn(EVIDENCE_CELL).findOrNullObject(findText(reference), { completeMatch: true, matchCase: true }) };
}

/** After the find's sync: queues the load of the row it found, or null when it found none (nothing is called on the null object). */
export function loadFoundEvidenceRow(find: EvidenceCellFind): Excel.Range | null {
  return find.found.isNullObject ? null : find.found.getEntireRow().getIntersection(find.body).load('values');
}

/** The record of a row loaded by loadFoundEvidenceRow, when it is the person's for the competency. */
export function evidenceOfRow(row: Excel.Range | null, headers: readonly unknown[], model: LevelModel, person: RatedPerson, competencyId: string): EvidenceRecord | null {
  if (row === null || findEvidenceRow(evidenceKeyRows(row.values, recordKeyColumn(headers, EVIDENCE_COLUMNS)), model, person, competencyId) !== 0) return null;
  return evidenceRecord(row.values[0]);
}

// ----- writing with a rating

export interface RecordTableLoad {
  table: Excel.Table;
  header: Excel.Range;
  body: Excel.Range;
  /** First data row: a table with one blank data row (as Excel makes them) gets it filled, not a row added below. */
  firstRow: Excel.Range;
  /** Last data row (the Audit table's: the hash chain goes on from it). */
  lastRow: Excel.Range;
}

/** Queues what a rating write needs to know about a record table that exists. */
export function loadRecordTable(context: Excel.RequestContext, name: string): RecordTableLoad {
  const table = context.workbook.tables.getItemOrNullObject(name);
  const body = table.getDataBodyRange().load('rowCount, columnCount');
  return { table, header: table.getHeaderRowRange().load('values'), body, firstRow: body.getRow(0).load('values'), lastRow: body.getLastRow().load('values') };
}

export interface EvidenceTableLoad extends RecordTableLoad {
  /** Who each row is about (null when the known headers are not the add-in's: nothing is read or written then). */
  columns: EvidenceColumnsLoad | null;
  /** The headers the load was queued for. */
  queuedFor: readonly string[];
}

/** `headers`: the Evidence table's headers as known before the batch. */
export function loadEvidenceTable(context: Excel.RequestContext, headers: readonly string[]): EvidenceTableLoad {
  const load = loadRecordTable(context, EVIDENCE_TABLE);
  // Person, Competency, Cell and Person key of every row: short columns, whatever the size of the evidence texts.
  const columns = hasRecordColumns(headers, EVIDENCE_COLUMNS) ? loadEvidenceColumns(load.table, false, headers) : null;
  return { ...load, columns, queuedFor: headers };
}

export interface AuditTableLoad extends RecordTableLoad {
  /** The Person column, loaded when the table has no Person key column yet (its rows get keys by name). */
  persons: Excel.Range | null;
  queuedFor: readonly string[];
}

export function loadAuditTable(context: Excel.RequestContext, headers: readonly string[]): AuditTableLoad {
  const load = loadRecordTable(context, AUDIT_TABLE);
  const migrating = hasRecordColumns(headers, AUDIT_COLUMNS) && recordKeyColumn(headers, AUDIT_COLUMNS) === null;
  return { ...load, persons: migrating ? load.body.getColumn(AUDIT_PERSON_COLUMN).load('values') : null, queuedFor: headers };
}

/** The record table's headers now are the ones its load was queued for (else its columns were read at the wrong places). */
export function loadedAsQueued(load: { header: Excel.Range; queuedFor: readonly string[] }): boolean {
  const now = load.header.values[0].map((v) => String(v ?? ''));
  return now.length === load.queuedFor.length && now.every((h, i) => h === load.queuedFor[i]);
}

/** Adds the Person key columns a write decided on, before the write's rows. */
export function addKeyColumns(loads: Record<string, RecordTableLoad | null>, migrations: readonly KeyColumnMigration[]): void {
  for (const migration of migrations) {
    const load = loads[migration.table];
    if (!load) throw new Error(`A Person key column was planned for table ${migration.table}, which was not read.`);
    // A table with one blank row (as Excel makes them) still has that row: it gets a blank key.
    const values = migration.values.length === load.body.rowCount ? migration.values : Array<string>(load.body.rowCount).fill('');
    load.table.columns.add(undefined, [[migration.header], ...values.map((v) => [v])]);
  }
}

function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((cell) => cellText(cell) === '');
}

/** Shows a column of date values as local date-times, in the rows written. */
function formatTimes(range: Excel.Range, rows: number, timeColumn: number): void {
  range.getColumn(timeColumn).numberFormat = Array.from({ length: rows }, () => [RECORD_TIME_FORMAT]);
}

/** Creates a record table with its first rows on a new sheet. */
function createRecordTable(context: Excel.RequestContext, sheetName: string, name: string, header: string[], rows: RecordCell[][], timeColumn: number): void {
  // A table needs a header for each column it holds.
  const sheet = context.workbook.worksheets.add(sheetName);
  const padded = rows.map((row) => [...row, ...Array<string>(Math.max(0, header.length - row.length)).fill('')]);
  const range = sheet.getRange('A1').getResizedRange(rows.length, header.length - 1);
  range.values = [header, ...padded];
  formatTimes(range.getOffsetRange(1, 0).getResizedRange(-1, 0), rows.length, timeColumn);
  sheet.tables.add(range, true).name = name;
}

/** Adds rows at the end of a record table (its one blank row filled first), in one command. `width`: its columns after the writes queued before. */
function addRecordRows(load: RecordTableLoad, rows: RecordCell[][], width: number, timeColumn: number): void {
  const padded = rows.map((row) => [...row, ...Array<string>(Math.max(0, width - row.length)).fill('')]);
  const fillsBlank = load.body.rowCount === 1 && isBlankRow(load.firstRow.values[0]);
  if (fillsBlank) load.table.getDataBodyRange().getRow(0).values = padded.slice(0, 1);
  if (padded.length > (fillsBlank ? 1 : 0)) load.table.rows.add(undefined, padded.slice(fillsBlank ? 1 : 0));
  // The body as it is after the add (a range read before it would not cover the new rows).
  const start = fillsBlank ? 0 : load.body.rowCount;
  formatTimes(load.table.getDataBodyRange().getRow(start).getResizedRange(rows.length - 1, 0), rows.length, timeColumn);
}

/** Writes a record row where the rating decision placed it (load: the table's, when it exists; `added`: key columns added to it in this batch). */
export function writeRecord(context: Excel.RequestContext, load: RecordTableLoad | null, row: RecordRow, placement: RecordPlacement, added = 0): void {
  if (placement.into === 'new-table') createRecordTable(context, placement.sheet, placement.table, placement.headers, [recordRowCells(row, placement.headers.length)], EVIDENCE_DATE_COLUMN);
  else if (!load) throw new Error('A record row was placed in a table that was not read.');
  else if (placement.into === 'replace') {
    for (const segment of recordSegments(row)) load.table.getDataBodyRange().getCell(placement.index, segment.column).getResizedRange(0, segment.values.length - 1).values = [segment.values];
    formatTimes(load.table.getDataBodyRange().getRow(placement.index), 1, EVIDENCE_DATE_COLUMN);
  } else addRecordRows(load, [recordRowCells(row, load.body.columnCount + added)], load.body.columnCount + added, EVIDENCE_DATE_COLUMN);
}

/** Appends sealed audit lines (after the columns an older table lacks) and keeps the chain's tip in the document's settings. `added`: key columns added in this batch. */
export function writeAuditLines(context: Excel.RequestContext, load: RecordTableLoad | null, write: Omit<AuditWrite, 'row' | 'tip'>, rows: RecordCell[][], tip: ChainTip, added = 0): void {
  if (rows.length === 0) return;
  const { placement } = write;
  if (placement.into === 'new-table') createRecordTable(context, placement.sheet, placement.table, placement.headers, rows, 0);
  else if (!load) throw new Error('Audit lines were placed in a table that was not read.');
  else {
    for (const header of write.addColumns) load.table.columns.add(undefined, undefined, header);
    addRecordRows(load, rows, load.body.columnCount + added + write.addColumns.length, 0);
  }
  context.workbook.settings.add(AUDIT_HEAD_SETTING, chainHeadText(tip));
}

/** Numbers and hashes a rating's audit line after the chain's tip (before its batch is queued: the digest is asynchronous). */
export function sealRatingAudit(write: RatingWrite): Promise<{ rows: RecordCell[][]; tip: ChainTip }> {
  return sealAuditLines(write.audit.tip, [write.audit.row.cells], sha256Hex);
}

/** The record tables a rating write goes to, as loaded (null: not in the workbook). */
export interface RecordLoads {
  evidence: RecordTableLoad | null;
  audit: RecordTableLoad | null;
}

/** What the decision's rows read as, for core: the Evidence keys and the Audit persons. */
export function recordReads(loads: { evidence: EvidenceTableLoad | null; audit: AuditTableLoad | null }) {
  const evidence = loads.evidence && !loads.evidence.table.isNullObject ? loads.evidence : null;
  const audit = loads.audit && !loads.audit.table.isNullObject ? loads.audit : null;
  return {
    evidence: evidence && { headers: evidence.header.values[0], keys: evidence.columns ? evidenceColumnRows(evidence.columns).keys : [] },
    audit: audit && { headers: audit.header.values[0], last: audit.lastRow.values[0], ...(audit.persons ? { persons: audit.persons.values.map((r) => String(r[0] ?? '')) } : {}) },
  };
}

/**
 * Queues a decided rating's writes in one batch: the Person key columns first, then the audit line,
 * the rating cell and the evidence row, in the order reconcile.ts relies on (a batch runs its
 * commands in order and stops at the first that fails). Table names made here are added to the
 * directory by the caller.
 */
export function queueRatingWrites(context: Excel.RequestContext, loads: RecordLoads, write: RatingWrite, target: Excel.Range, sealed: { rows: RecordCell[][]; tip: ChainTip }): void {
  const existing = (load: RecordTableLoad | null) => (load && !load.table.isNullObject ? load : null);
  const evidence = existing(loads.evidence);
  const audit = existing(loads.audit);
  addKeyColumns({ [EVIDENCE_TABLE]: evidence, [AUDIT_TABLE]: audit }, write.migrations);
  const added = (table: string) => write.migrations.filter((m) => m.table === table).length;
  writeAuditLines(context, audit, write.audit, sealed.rows, sealed.tip, added(AUDIT_TABLE));
  target.values = [[write.input]];
  writeRecord(context, evidence, write.evidence.row, write.evidence.placement, added(EVIDENCE_TABLE));
}

/**
 * After a failed write batch: reads what is there (the cell, the audit table's last line, the
 * evidence row where the write placed it), lets core decide the repair, writes it, and says what
 * the workbook holds now. Runs only on failure: a rating that succeeds costs no round trip more.
 */
export async function recoverRatingWrite(context: Excel.RequestContext, write: RatingWrite, target: Excel.Range, error: unknown): Promise<ApplyRatingResult> {
  const reason = error instanceof Error ? error.message : String(error);
  const cell = target.load('values');
  const auditTable = context.workbook.tables.getItemOrNullObject(AUDIT_TABLE).load('name');
  const evidenceTable = context.workbook.tables.getItemOrNullObject(EVIDENCE_TABLE).load('name');
  await context.sync();
  const auditBody = auditTable.isNullObject ? null : auditTable.getDataBodyRange().load('rowCount');
  const evidenceBody = evidenceTable.isNullObject ? null : evidenceTable.getDataBodyRange().load('rowCount');
  await context.sync();
  const placement = write.evidence.placement;
  const evidenceIndex = evidenceBody === null ? -1 : placement.into === 'replace' ? placement.index : evidenceBody.rowCount - 1;
  const evidenceRow = evidenceBody !== null && evidenceIndex >= 0 ? evidenceBody.getRow(evidenceIndex).load('values') : null;
  const lastAudit = auditBody !== null && auditBody.rowCount > 0 ? auditBody.getRow(auditBody.rowCount - 1).load('values') : null;
  if (evidenceRow || lastAudit) await context.sync();
  const text = (row: unknown[] | undefined, i: number) => cellText(row?.[i]);
  const auditValues = lastAudit?.values[0];
  const evidenceValues = evidenceRow?.values[0];
  const reconciliation = reconcileRating(write.change, {
    current: cellText(cell.values[0][0]),
    lastAudit: auditValues ? { time: auditValues[0], cell: text(auditValues, 2), newValue: text(auditValues, 6) } : null,
    evidence: evidenceValues ? { level: text(evidenceValues, 2), comment: text(evidenceValues, 4), date: evidenceValues[EVIDENCE_DATE_COLUMN], cell: text(evidenceValues, EVIDENCE_CELL) } : null,
  }, write.locale);
  let repaired = false;
  try {
    if (reconciliation.state === 'cell-not-written' || reconciliation.state === 'audit-missing') {
      const audit = loadRecordTable(context, AUDIT_TABLE);
      await context.sync();
      const change = reconciliation.state === 'cell-not-written' ? reconciliation.correction : reconciliation.audit;
      // The line goes on from the chain's last line as it stands (the failed batch's own line, when it was written).
      const sealed = await sealAuditLines(auditValues ? chainTipAfter(auditValues) : CHAIN_START, [auditCells(change, write.locale)], sha256Hex);
      const table = audit.table.isNullObject ? null : audit;
      writeAuditLines(context, table, { placement: table ? { into: 'append' } : write.audit.placement, addColumns: [] }, sealed.rows, sealed.tip);
    }
    if (reconciliation.state === 'evidence-behind' || reconciliation.state === 'audit-missing') {
      const evidence = loadRecordTable(context, EVIDENCE_TABLE);
      await context.sync();
      const into = placement.into === 'replace' ? placement : ({ into: 'append' } as const);
      writeRecord(context, evidence, write.evidence.row, into);
    }
    await context.sync();
    repaired = true;
  } catch {
    repaired = false;
  }
  if (reconciliation.state === 'consistent') return { status: 'written', change: write.change };
  return { status: 'failed', reason: failureMessage(write.change, reconciliation, repaired, reason, write.locale) };
}

/** The next read then finds the new tables (and the new key columns) in its one round trip. */
export function rememberWrittenTables(directory: TableDirectory, write: RatingWrite): void {
  for (const { placement } of [write.evidence, write.audit]) if (placement.into === 'new-table') directory.add({ name: placement.table, headers: placement.headers });
  for (const migration of write.migrations) {
    const known = directory.known.find((t) => t.name === migration.table);
    if (known) directory.add({ ...known, headers: [...known.headers, migration.header] });
  }
}
