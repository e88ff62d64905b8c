import {
  AUDIT_COLUMNS,
  AUDIT_TABLE,
  EVIDENCE_COLUMNS,
  EVIDENCE_TABLE,
  auditCells,
  evidenceCells,
  evidenceRecord,
  findEvidenceRow,
  hasRecordColumns,
  headers,
  type EvidenceRecord,
  type RatingChange,
} from '../core/rating/records';
import type { LevelModel, LocalText, Locale } from '../core/model/types';
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
}

/** Queues what a rating write needs to know about a record table that exists. */
export function loadRecordTable(context: Excel.RequestContext, name: string): RecordTableLoad {
  const table = context.workbook.tables.getItemOrNullObject(name);
  const body = table.getDataBodyRange().load('rowCount, columnCount');
  return { table, header: table.getHeaderRowRange().load('values'), body, firstRow: body.getRow(0).load('values') };
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

/** Why a record table cannot take rows, or null when it can. */
export function recordTableProblem(load: RecordTableLoad, name: string, columns: LocalText[]): string | null {
  if (load.table.isNullObject || hasRecordColumns(load.header.values[0], columns)) return null;
  return `The columns of table ${name} are not the ones the add-in keeps (${headers(columns, 'en-US').join(', ')}), so nothing was written. Restore its headers, or rename the table so that the add-in starts a new one.`;
}

function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((cell) => cellText(cell) === '');
}



/** Creates a record table with its first row on a new sheet. */
function createRecordTable(context: Excel.RequestContext, sheetName: string, name: string, header: string[], row: string[]): void {
  const sheet = context.workbook.worksheets.add(sheetName);
  const range = sheet.getRange('A1').getResizedRange(1, header.length - 1);
  range.values = [header, row];
  sheet.tables.add(range, true).name = name;
}

/** Adds a row at the end of a record table, or fills its one blank row. */
function addRecordRow(load: RecordTableLoad, row: string[]): void {
  const padded = [...row, ...Array<string>(Math.max(0, load.body.columnCount - row.length)).fill('')];
  if (load.body.rowCount === 1 && isBlankRow(load.firstRow.values[0])) load.firstRow.values = [padded];
  else load.table.rows.add(undefined, [padded]);
}

/** Where a record goes: into the table loaded, or a new table on the sheet named. */
export type RecordTarget<L extends RecordTableLoad> = { load: L } | { newSheet: string };

/** Replaces the person's evidence row for the competency, or adds one. Returns the headers of a table it created. */
export function writeEvidence(context: Excel.RequestContext, target: RecordTarget<EvidenceTableLoad>, model: LevelModel, competencyId: string, change: RatingChange, locale: Locale): string[] | null {
  const row = evidenceCells(change);
  if ('newSheet' in target) {
    const header = headers(EVIDENCE_COLUMNS, locale);
    createRecordTable(context, target.newSheet, EVIDENCE_TABLE, header, row);
    return header;
  }
  const { load } = target;
  const index = findEvidenceRow(load.keys.values, model, change.person, competencyId, change.competency);
  if (index >= 0) load.body.getCell(index, 0).getResizedRange(0, row.length - 1).values = [row];
  else addRecordRow(load, row);
  return null;
}

/** Appends the change to the audit log. Returns the headers of a table it created. */
export function appendAudit(context: Excel.RequestContext, target: RecordTarget<RecordTableLoad>, change: RatingChange, locale: Locale): string[] | null {
  const row = auditCells(change);
  if ('load' in target) {
    addRecordRow(target.load, row);
    return null;
  }
  const header = headers(AUDIT_COLUMNS, locale);
  createRecordTable(context, target.newSheet, AUDIT_TABLE, header, row);
  return header;
}
