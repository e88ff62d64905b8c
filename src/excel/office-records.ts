import { EVIDENCE_DATE_COLUMN, EVIDENCE_TABLE, evidenceRecord, findEvidenceRow, type EvidenceRecord, type RecordCell } from '../core/rating/records';
import type { AuditWrite, RatingWrite, RecordPlacement } from '../core/rating/judge';
import { sealAuditLines } from '../core/rating/audit-chain';
import { sha256Hex } from '../host/sha256';
import { RECORD_TIME_FORMAT } from '../core/rating/record-time';
import { AUDIT_HEAD_SETTING, chainHeadText, type ChainTip } from '../core/rating/audit-chain';
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
/** Person through Date: the columns a reader needs (the rating cell's address is not shown). */
const EVIDENCE_READ_COLUMNS = 7;
/** The rating cell's reference ("Sheet!B4", cellReference) the row was written for. */
const EVIDENCE_CELL = 7;

// ----- reading for the selection

/** Evidence columns queued for loading, from Person on: all a reader needs, or only the keys when the table is big. */
export interface EvidenceColumnsLoad {
  body: Excel.Range;
  /** Loaded unless only the row count was asked for. */
  columns: Excel.Range;
}

/** `true`: Person through Date; `false`: Person and Competency; 'count': only the number of rows. */
export function loadEvidenceColumns(table: Excel.Table, withRecords: boolean | 'count'): EvidenceColumnsLoad {
  const body = table.getDataBodyRange().load('rowCount');
  const count = withRecords === true ? EVIDENCE_READ_COLUMNS : COMPETENCY + 1;
  const columns = body.getColumn(PERSON).getResizedRange(0, count - 1);
  return { body, columns: withRecords === 'count' ? columns : columns.load('values') };
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
export function evidenceOfRow(row: Excel.Range | null, model: LevelModel, person: string, competencyId: string): EvidenceRecord | null {
  if (row === null || findEvidenceRow(row.values, model, person, competencyId) !== 0) return null;
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
  keys: Excel.Range;
}

export function loadEvidenceTable(context: Excel.RequestContext): EvidenceTableLoad {
  const load = loadRecordTable(context, EVIDENCE_TABLE);
  // Person and Competency of every row: two short columns, whatever the size of the evidence texts.
  const keys = load.body.getColumn(PERSON).getResizedRange(0, COMPETENCY - PERSON).load('values');
  return { ...load, keys };
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
  const sheet = context.workbook.worksheets.add(sheetName);
  const padded = rows.map((row) => [...row, ...Array<string>(Math.max(0, header.length - row.length)).fill('')]);
  const range = sheet.getRange('A1').getResizedRange(rows.length, header.length - 1);
  range.values = [header, ...padded];
  formatTimes(range.getOffsetRange(1, 0).getResizedRange(-1, 0), rows.length, timeColumn);
  sheet.tables.add(range, true).name = name;
}

/** Adds rows at the end of a record table (its one blank row filled first), in one command. */
function addRecordRows(load: RecordTableLoad, rows: RecordCell[][], columnCount: number, timeColumn: number): void {
  const padded = rows.map((row) => [...row, ...Array<string>(Math.max(0, columnCount - row.length)).fill('')]);
  const fillsBlank = load.body.rowCount === 1 && isBlankRow(load.firstRow.values[0]);
  if (fillsBlank) load.firstRow.values = padded.slice(0, 1);
  if (padded.length > (fillsBlank ? 1 : 0)) load.table.rows.add(undefined, padded.slice(fillsBlank ? 1 : 0));
  // The body as it is after the add (a range read before it would not cover the new rows).
  const start = fillsBlank ? 0 : load.body.rowCount;
  formatTimes(load.table.getDataBodyRange().getRow(start).getResizedRange(rows.length - 1, 0), rows.length, timeColumn);
}

/** Writes a record row where the rating decision placed it (load: the table's, when it exists); `timeColumn` holds a date. */
export function writeRecord(context: Excel.RequestContext, load: RecordTableLoad | null, cells: RecordCell[], placement: RecordPlacement, timeColumn: number): void {
  if (placement.into === 'new-table') createRecordTable(context, placement.sheet, placement.table, placement.headers, [cells], timeColumn);
  else if (!load) throw new Error('A record row was placed in a table that was not read.');
  else if (placement.into === 'replace') {
    const row = load.body.getCell(placement.index, 0).getResizedRange(0, cells.length - 1);
    row.values = [cells];
    formatTimes(row, 1, timeColumn);
  } else addRecordRows(load, [cells], load.body.columnCount, timeColumn);
}

/** Appends sealed audit lines (after adding the columns an older table lacks) and keeps the chain's tip in the document's settings. */
export function writeAuditLines(context: Excel.RequestContext, load: RecordTableLoad | null, write: Omit<AuditWrite, 'cells' | 'tip'>, rows: RecordCell[][], tip: ChainTip): void {
  if (rows.length === 0) return;
  const { placement } = write;
  if (placement.into === 'new-table') createRecordTable(context, placement.sheet, placement.table, placement.headers, rows, 0);
  else if (!load) throw new Error('Audit lines were placed in a table that was not read.');
  else {
    for (const header of write.addColumns) load.table.columns.add(undefined, undefined, header);
    addRecordRows(load, rows, load.body.columnCount + write.addColumns.length, 0);
  }
  context.workbook.settings.add(AUDIT_HEAD_SETTING, chainHeadText(tip));
}

/** Queues a rating's evidence row and its sealed audit line (the hash needs the digest first, so this waits for it). */
export async function queueRecordWrites(context: Excel.RequestContext, evidence: RecordTableLoad | null, audit: RecordTableLoad | null, write: Pick<RatingWrite, 'evidence' | 'audit'>): Promise<void> {
  const sealed = await sealAuditLines(write.audit.tip, [write.audit.cells], sha256Hex);
  writeRecord(context, evidence, write.evidence.cells, write.evidence.placement, EVIDENCE_DATE_COLUMN);
  writeAuditLines(context, audit, write.audit, sealed.rows, sealed.tip);
}
