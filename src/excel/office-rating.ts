import { cellA1 } from '../core/a1';
import type { ColumnMapping } from '../core/rating/assessment';
import { judgeRating, ratingRequestProblem, type ApplyRatingRequest, type ApplyRatingResult, type RatingRead, type RatingWrite } from '../core/rating/judge';
import { AUDIT_TABLE, EVIDENCE_TABLE } from '../core/rating/records';
import type { LevelModel } from '../core/model/types';
import { cellText } from '../core/cell-text';
import { parseAddress } from './office-cells';
import { TableDirectory, loadSheetNames, loadTableSummaries, syncDirectoryRead, type TableSummary } from './office-directory';
import { loadEvidenceTable, loadRecordTable, queueRecordWrites, type EvidenceTableLoad, type RecordTableLoad } from './office-records';

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
  target: { body: Excel.Range; cell: Excel.Range; sheet: Excel.Worksheet; row: Excel.Range } | null;
  evidence: EvidenceTableLoad | null;
  audit: RecordTableLoad | null;
}

function queueRatingRead(context: Excel.RequestContext, directory: TableDirectory, request: ApplyRatingRequest): RatingLoad {
  const target = () => {
    const body = context.workbook.tables.getItemOrNullObject(request.table).getDataBodyRange().load('rowCount, columnCount');
    const cell = body.getCell(request.rowIndex, request.columnIndex).load('address, values');
    return { body, cell, sheet: cell.worksheet.load('id'), row: cell.getEntireRow().getIntersectionOrNullObject(body).load('values') };
  };
  return {
    tables: loadTableSummaries(context),
    sheets: loadSheetNames(context),
    target: directory.knows(request.table) ? target() : null,
    evidence: directory.knows(EVIDENCE_TABLE) ? loadEvidenceTable(context) : null,
    audit: directory.knows(AUDIT_TABLE) ? loadRecordTable(context, AUDIT_TABLE) : null,
  };
}

/** True when every table that exists now was loaded by this batch. */
function complete(load: RatingLoad, tables: TableSummary[], request: ApplyRatingRequest): boolean {
  const exists = (name: string) => tables.some((t) => t.name === name);
  const loaded = (part: { body: Excel.Range } | null) => part !== null && !part.body.isNullObject;
  return (!exists(request.table) || loaded(load.target)) && (!exists(EVIDENCE_TABLE) || loaded(load.evidence)) && (!exists(AUDIT_TABLE) || loaded(load.audit));
}

function refused(reason: string): ApplyRatingResult {
  return { status: 'refused', reason };
}

/** What the batch returned, as the core decision takes it. */
function ratingRead(load: RatingLoad, tables: TableSummary[], request: ApplyRatingRequest): RatingRead {
  const summary = tables.find((t) => t.name === request.table);
  const target = load.target && !load.target.body.isNullObject ? load.target : null;
  const existing = <L extends RecordTableLoad>(part: L | null) => (part && !part.table.isNullObject ? part : null);
  const evidence = existing(load.evidence);
  const audit = existing(load.audit);
  return {
    table: summary && target ? { name: summary.name, headers: summary.headers, rowCount: target.body.rowCount, columnCount: target.body.columnCount } : null,
    rowTexts: target && !target.row.isNullObject ? target.row.values[0].map(cellText) : [],
    current: target ? cellText(target.cell.values[0][0]) : '',
    cell: target ? parseAddress(target.cell.address) : { sheet: '', row: 0, column: 0 },
    evidence: evidence && { headers: evidence.header.values[0], keys: evidence.keys.values },
    audit: audit && { headers: audit.header.values[0], last: audit.lastRow.values[0] },
    sheetNames: load.sheets.items.map((s) => s.name),
  };
}

/** Writes the evidence row, the audit line and the level in one batch, as decided. */
async function queueWrites(context: Excel.RequestContext, load: RatingLoad, directory: TableDirectory, write: RatingWrite): Promise<void> {
  await queueRecordWrites(context, load.evidence, load.audit, write);
  // The rating goes last: should the batch fail part-way, no rating is left without its audit line.
  if (load.target) load.target.cell.values = [[write.input]];
  // The next read then finds the new tables in its one round trip.
  for (const { placement } of [write.evidence, write.audit]) if (placement.into === 'new-table') directory.add({ name: placement.table, headers: placement.headers });
}

/** Reads until every table that exists was loaded: once when the directory is current, twice when not (three times when a table it named was deleted). */
async function readForRating(context: Excel.RequestContext, directory: TableDirectory, request: ApplyRatingRequest): Promise<{ load: RatingLoad; tables: TableSummary[] }> {
  for (let attempt = 1; ; attempt++) {
    const read = await syncDirectoryRead(context, directory, queueRatingRead(context, directory, request), attempt);
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
  const { load, tables } = await readForRating(context, directory, request);
  if (!complete(load, tables, request)) return refused('The workbook changed while the rating was being applied. Apply it again.');
  const decision = judgeRating(request, model, mappings, ratingRead(load, tables, request), now());
  if ('answer' in decision) return decision.answer;
  const { write } = decision;
  await queueWrites(context, load, directory, write);
  await context.sync();
  // The pane rates the selected cell, and writing a value does not move the selection: the next read expects it.
  if (load.target) directory.expectedSelection = { worksheetId: load.target.sheet.id, address: cellA1(write.row, write.column) };
  return { status: 'written', change: write.change };
}
