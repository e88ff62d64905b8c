import type { ColumnMapping } from '../core/rating/assessment';
import { AUDIT_COLUMNS, AUDIT_SHEET, AUDIT_TABLE, EVIDENCE_COLUMNS, EVIDENCE_SHEET, EVIDENCE_TABLE, freeSheetName, type RatingChange } from '../core/rating/records';
import { localize, textMatches } from '../core/text';
import type { LevelModel } from '../core/model/types';
import { cellText } from '../core/cell-text';
import { storedText } from '../core/rating/records';
import { cellRef, cellReference, parseAddress } from './office-cells';
import { TableDirectory, loadSheetNames, loadTableSummaries, syncDirectoryRead, tableLayout, type TableSummary } from './office-directory';
import {
  appendAudit,
  loadEvidenceTable,
  loadRecordTable,
  recordTableProblem,
  writeEvidence,
  type EvidenceTableLoad,
  type RecordTableLoad,
} from './office-records';
import type { ApplyRatingRequest, ApplyRatingResult } from '../host/workbook-operations';

/**
 * applyRating over Office.js: one batch reads the target cell, its row, the table's headers and
 * the record tables; the decision is made on what it returned; one batch writes the level, the
 * evidence row and the audit line. Nothing is written unless every check passed. (The tables are
 * addressed by the names read before; when one was made or deleted since, one more read comes
 * first: see TableDirectory.)
 */

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

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

function isLevelOf(model: LevelModel, level: string): boolean {
  return model.scale.levels.some((l) => l.id === level || textMatches(l.label, level));
}

/** Refusals that need no round trip. */
function requestProblem(request: ApplyRatingRequest, model: LevelModel): string | null {
  const { rowIndex, columnIndex } = request;
  if (!Number.isInteger(rowIndex) || rowIndex < 0 || rowIndex >= MAX_ROWS || !Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex >= MAX_COLUMNS) {
    return `Row ${rowIndex + 1}, column ${columnIndex + 1} is not a cell of table "${request.table}".`;
  }
  if (!isLevelOf(model, request.level)) {
    return `"${request.level}" is not a level of model ${model.id} (${model.scale.levels.map((l) => localize(l.label, request.locale)).join(', ')}).`;
  }
  return null;
}

interface Write {
  cell: Excel.Range;
  competencyId: string;
  person: string;
  current: string;
}

/** Either the answer to give without writing, or what to write. */
type Verdict = { stop: ApplyRatingResult } | { write: Write };

/** Checks the target against the workbook as it is now. */
function judge(load: RatingLoad, tables: TableSummary[], request: ApplyRatingRequest, model: LevelModel, mappings: Record<string, ColumnMapping>): Verdict {
  const table = tables.find((t) => t.name === request.table);
  if (!table || !load.target || load.target.body.isNullObject) return { stop: refused(`There is no table "${request.table}" in the workbook any more.`) };
  const layout = tableLayout(table, model, mappings);
  const rating = layout.ratingColumns.find((c) => c.index === request.columnIndex);
  const { body, cell, row } = load.target;
  if (!rating || request.columnIndex >= body.columnCount) {
    return { stop: refused(`Column ${request.columnIndex + 1} of table "${table.name}" does not rate a competency of model ${model.id}.`) };
  }
  if (request.rowIndex >= body.rowCount) {
    return { stop: refused(`Row ${request.rowIndex + 1} is outside the ${body.rowCount} data rows of table "${table.name}".`) };
  }
  const rowPerson = layout.personColumn === null || row.isNullObject ? '' : cellText(row.values[0][layout.personColumn]).trim();
  const person = request.person.trim();
  if (rowPerson !== '' && person !== '' && rowPerson !== person) {
    return { stop: refused(`Row ${request.rowIndex + 1} of table "${table.name}" now holds ${rowPerson}, not ${person}: the table changed since the cell was read. Select the cell again.`) };
  }
  const problem = (load.evidence && recordTableProblem(load.evidence, EVIDENCE_TABLE, EVIDENCE_COLUMNS)) || (load.audit && recordTableProblem(load.audit, AUDIT_TABLE, AUDIT_COLUMNS));
  if (problem) return { stop: refused(problem) };
  const current = cellText(cell.values[0][0]);
  if (current !== request.expected || (current !== '' && !request.confirmOverwrite)) return { stop: { status: 'needs-confirmation', current } };
  return { write: { cell, competencyId: rating.competencyId, person: rowPerson || person, current } };
}

function ratingChange(request: ApplyRatingRequest, cellAddress: string, person: string, oldValue: string, now: Date): RatingChange {
  return {
    time: now.toISOString(),
    assessor: request.assessor,
    cell: cellReference(parseAddress(cellAddress)),
    person,
    competency: request.competency,
    oldValue,
    newValue: request.level,
    evidence: request.evidence,
    comment: request.comment,
    model: request.model,
  };
}

/** Writes the level, the evidence row and the audit line in one batch; creates missing record tables. */
function queueWrites(context: Excel.RequestContext, load: RatingLoad, directory: TableDirectory, request: ApplyRatingRequest, model: LevelModel, write: Write, change: RatingChange): void {
  const sheetNames = load.sheets.items.map((s) => s.name);
  const evidenceSheet = freeSheetName(localize(EVIDENCE_SHEET, request.locale), sheetNames);
  const evidenceHeaders = writeEvidence(context, load.evidence && !load.evidence.table.isNullObject ? { load: load.evidence } : { newSheet: evidenceSheet }, model, write.competencyId, change, request.locale);
  const auditSheet = freeSheetName(localize(AUDIT_SHEET, request.locale), evidenceHeaders ? [...sheetNames, evidenceSheet] : sheetNames);
  const auditHeaders = appendAudit(context, load.audit && !load.audit.table.isNullObject ? { load: load.audit } : { newSheet: auditSheet }, change, request.locale);
  // The rating goes last: should the batch fail part-way, no rating is left without its audit line.
  write.cell.values = [[storedText(request.level)]];
  // The next read then finds the new tables in its one round trip.
  if (evidenceHeaders) directory.add({ name: EVIDENCE_TABLE, headers: evidenceHeaders });
  if (auditHeaders) directory.add({ name: AUDIT_TABLE, headers: auditHeaders });
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
  const problem = requestProblem(request, model);
  if (problem) return refused(problem);
  const { load, tables } = await readForRating(context, directory, request);
  if (!complete(load, tables, request)) return refused('The workbook changed while the rating was being applied. Apply it again.');
  const verdict = judge(load, tables, request, model, mappings);
  if ('stop' in verdict) return verdict.stop;
  const { write } = verdict;
  const change = ratingChange(request, write.cell.address, write.person, write.current, now());
  queueWrites(context, load, directory, request, model, write, change);
  await context.sync();
  // The pane rates the selected cell, and writing a value does not move the selection: the next read expects it.
  if (load.target) directory.expectedSelection = { worksheetId: load.target.sheet.id, address: cellRef(parseAddress(write.cell.address)).address };
  return { status: 'written', change };
}
