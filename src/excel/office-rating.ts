import { cellA1 } from '../core/a1';
import type { ColumnMapping } from '../core/rating/assessment';
import { judgeRating, ratingRequestProblem, type ApplyRatingRequest, type ApplyRatingResult, type RatingRead, type RatingWrite } from '../core/rating/judge';
import { AUDIT_COLUMNS, AUDIT_TABLE, EVIDENCE_COLUMNS, EVIDENCE_TABLE, hasRecordColumns, recordKeyColumn } from '../core/rating/records';
import { tableLayout } from '../core/rating/selection';
import type { LevelModel } from '../core/model/types';
import { cellText } from '../core/cell-text';
import { hostMessages } from '../host/messages';
import { findText, parseAddress } from './office-cells';
import { TableDirectory, loadSheetNames, loadTableSummaries, syncDirectoryRead, type TableSummary } from './office-directory';
import { loadAuditTable, loadEvidenceTable, loadedAsQueued, queueRatingWrites, recordReads, recoverRatingWrite, sealRatingAudit, rememberWrittenTables, type AuditTableLoad, type EvidenceTableLoad } from './office-records';

/**
 * applyRating over Office.js: one batch reads the target cell, its row, the table's headers and
 * the record tables; core's judgeRating decides on what it returned; one batch writes the level,
 * the evidence row and the audit line. Nothing is written unless every check passed. (The tables are
 * addressed by the names read before; when one was made or deleted since, one more read comes
 * first: see TableDirectory.)
 */

interface RatingLoad {
  tables: Excel.TableCollection;
  sheets: Excel.WorksheetCollection;
  target: {
    body: Excel.Range;
    cell: Excel.Range;
    sheet: Excel.Worksheet;
    row: Excel.Range;
    /**
     * The first and last rows holding the person's name and key (Range.find both ways), to tell
     * people apart in one cell's worth of payload; every row's name and key only when a record
     * table is to get its Person key column (once per workbook).
     */
    sharing: { name: FoundBothWays | null; key: FoundBothWays | null };
    people: { name: Excel.Range | null; key: Excel.Range | null } | null;
    queuedFor: readonly string[];
  } | null;
  evidence: EvidenceTableLoad | null;
  audit: AuditTableLoad | null;
}

interface FoundBothWays {
  first: Excel.Range;
  last: Excel.Range;
}

function findBothWays(column: Excel.Range, text: string): FoundBothWays {
  // The enum's string values: the runtime's Excel object need not be the one Office.js defines.
  const find = (searchDirection: 'Forward' | 'Backwards') => column.findOrNullObject(findText(text), { completeMatch: true, matchCase: true, searchDirection }).load('rowIndex');
  return { first: find('Forward'), last: find('Backwards') };
}

/** 0 (not found), 1 (one row), or 2 (two or more). */
function foundCount(found: FoundBothWays | null): number {
  if (!found || found.first.isNullObject) return 0;
  return found.first.rowIndex === found.last.rowIndex ? 1 : 2;
}

/** A record table the directory knows and that has no Person key column yet. */
function needsKeyColumn(directory: TableDirectory): boolean {
  const lacks = (name: string, columns: typeof EVIDENCE_COLUMNS) => directory.knows(name) && hasRecordColumns(knownHeaders(directory, name), columns) && recordKeyColumn(knownHeaders(directory, name), columns) === null;
  return lacks(EVIDENCE_TABLE, EVIDENCE_COLUMNS) || lacks(AUDIT_TABLE, AUDIT_COLUMNS);
}

function knownHeaders(directory: TableDirectory, name: string): readonly string[] {
  return directory.known.find((t) => t.name === name)?.headers ?? [];
}

function queueRatingRead(context: Excel.RequestContext, directory: TableDirectory, request: ApplyRatingRequest, model: LevelModel, mappings: Record<string, ColumnMapping>): RatingLoad {
  const target = () => {
    const headers = knownHeaders(directory, request.table);
    const layout = tableLayout({ name: request.table, headers }, model, mappings);
    const body = context.workbook.tables.getItemOrNullObject(request.table).getDataBodyRange().load('rowCount, columnCount');
    const cell = body.getCell(request.rowIndex, request.columnIndex).load('address, values');
    const column = (index: number | null) => (index === null ? null : body.getColumn(index).load('values'));
    const found = (index: number | null, text: string | undefined) => (index === null || !text?.trim() ? null : findBothWays(body.getColumn(index), text.trim()));
    return {
      body,
      cell,
      sheet: cell.worksheet.load('id'),
      row: cell.getEntireRow().getIntersectionOrNullObject(body).load('values'),
      sharing: { name: found(layout.personColumn, request.person), key: found(layout.keyColumn, request.personKey) },
      people: needsKeyColumn(directory) ? { name: column(layout.personColumn), key: column(layout.keyColumn) } : null,
      queuedFor: headers,
    };
  };
  return {
    tables: loadTableSummaries(context),
    sheets: loadSheetNames(context),
    target: directory.knows(request.table) ? target() : null,
    evidence: directory.knows(EVIDENCE_TABLE) ? loadEvidenceTable(context, knownHeaders(directory, EVIDENCE_TABLE)) : null,
    audit: directory.knows(AUDIT_TABLE) ? loadAuditTable(context, knownHeaders(directory, AUDIT_TABLE)) : null,
  };
}

/** True when every table that exists now was loaded by this batch, with the headers it was queued for. */
function complete(load: RatingLoad, tables: TableSummary[], request: ApplyRatingRequest): boolean {
  const headersNow = (name: string) => tables.find((t) => t.name === name)?.headers;
  const asQueued = (name: string, part: { body: Excel.Range; queuedFor: readonly string[] } | null) => {
    const now = headersNow(name);
    if (now === undefined) return true;
    return part !== null && !part.body.isNullObject && now.length === part.queuedFor.length && now.every((h, i) => h === part.queuedFor[i]);
  };
  return asQueued(request.table, load.target) && asQueued(EVIDENCE_TABLE, load.evidence) && asQueued(AUDIT_TABLE, load.audit) && [load.evidence, load.audit].every((l) => !l || l.table.isNullObject || loadedAsQueued(l));
}

function refused(reason: string): ApplyRatingResult {
  return { status: 'refused', reason };
}

/** What the batch returned, as the core decision takes it. */
function ratingRead(load: RatingLoad, tables: TableSummary[], request: ApplyRatingRequest): RatingRead {
  const summary = tables.find((t) => t.name === request.table);
  const target = load.target && !load.target.body.isNullObject ? load.target : null;
  const column = (range: Excel.Range | null, r: number) => (range ? cellText(range.values[r]?.[0]).trim() : '');
  const people = target?.people;
  const sharing = target && { name: foundCount(target.sharing.name), key: foundCount(target.sharing.key) };
  return {
    table: summary && target ? { name: summary.name, headers: summary.headers, rowCount: target.body.rowCount, columnCount: target.body.columnCount } : null,
    rowTexts: target && !target.row.isNullObject ? target.row.values[0].map(cellText) : [],
    current: target ? cellText(target.cell.values[0][0]) : '',
    cell: target ? parseAddress(target.cell.address) : { sheet: '', row: 0, column: 0 },
    people: target && people ? Array.from({ length: target.body.rowCount }, (_, r) => ({ name: column(people.name, r), key: column(people.key, r) })) : null,
    // Counted by the finds; a name the pane did not send (or one changed since) is checked against the target row only.
    sharing: sharing && request.person.trim() !== '' ? { name: sharing.name, key: request.personKey?.trim() ? sharing.key : 1 } : null,
    ...recordReads(load),
    sheetNames: load.sheets.items.map((s) => s.name),
  };
}

/** Writes the key columns, the sealed audit line, the level and the evidence row in one batch, as decided. */
async function queueWrites(context: Excel.RequestContext, load: RatingLoad, directory: TableDirectory, write: RatingWrite): Promise<void> {
  if (!load.target) return;
  queueRatingWrites(context, load, write, load.target.cell, await sealRatingAudit(write));
  rememberWrittenTables(directory, write);
}

/** Reads until every table that exists was loaded: once when the directory is current, twice when not (three times when a table it named was deleted). */
async function readForRating(context: Excel.RequestContext, directory: TableDirectory, request: ApplyRatingRequest, model: LevelModel, mappings: Record<string, ColumnMapping>): Promise<{ load: RatingLoad; tables: TableSummary[] }> {
  for (let attempt = 1; ; attempt++) {
    const read = await syncDirectoryRead(context, directory, queueRatingRead(context, directory, request, model, mappings), attempt);
    if (read && (attempt >= 3 || complete(read.load, read.tables, request))) return read;
  }
}

export async function applyRating(
  context: Excel.RequestContext,
  directory: TableDirectory,
  request: ApplyRatingRequest,
  model: LevelModel,
  mappings: Record<string, ColumnMapping>,
  now: () => Date,
): Promise<ApplyRatingResult> {
  const problem = ratingRequestProblem(request, model);
  if (problem) return refused(problem);
  const { load, tables } = await readForRating(context, directory, request, model, mappings);
  if (!complete(load, tables, request)) return refused(hostMessages.workbookChanged().in(request.locale));
  const decision = judgeRating(request, model, mappings, ratingRead(load, tables, request), now());
  if ('answer' in decision) return decision.answer;
  const { write } = decision;
  await queueWrites(context, load, directory, write);
  try {
    await context.sync();
  } catch (error) {
    // The tables may have changed shape part-way: the next read learns them again.
    directory.forget();
    return load.target ? recoverRatingWrite(context, write, load.target.cell, error) : { status: 'failed', reason: String(error) };
  }
  // The pane rates the selected cell, and writing a value does not move the selection: the next read expects it.
  if (load.target) directory.expectedSelection = { worksheetId: load.target.sheet.id, address: cellA1(write.row, write.column) };
  return { status: 'written', change: write.change, ...(write.notices.length > 0 ? { notices: write.notices } : {}) };
}
