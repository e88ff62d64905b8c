import { cellA1, parseRange, rangeA1 } from '../core/a1';
import type { ColumnMapping } from '../core/rating/assessment';
import { judgeRating, ratingRequestProblem, type ApplyRatingRequest, type ApplyRatingResult, type RatingRead } from '../core/rating/judge';
import { planTableConversion, type GridValue, type SheetArea } from '../core/rating/plain-range';
import {
  classifyPlainRangeSelection,
  freeTableName,
  plainRangeName,
  plainRangeRatingTarget,
  plainRangeSheet,
  sheetPlainRange,
  type PlainRangeRead,
  type SheetTable,
} from '../core/rating/plain-range-selection';
import { AUDIT_TABLE, EVIDENCE_TABLE } from '../core/rating/records';
import type { SelectionContext } from '../core/rating/selection';
import type { LevelModel } from '../core/model/types';
import type { ConvertRangeResult } from '../host/workbook-operations';
import { cellText } from '../core/cell-text';
import { SaidError, type Said } from '../core/message';
import { hostMessages } from '../host/messages';
import { TableDirectory, loadSheetNames, loadTableSummaries, syncDirectoryRead, type TableSummary } from './office-directory';
import { loadAuditTable, loadEvidenceTable, loadedAsQueued, queueRatingWrites, recordReads, recoverRatingWrite, sealRatingAudit, rememberWrittenTables, type AuditTableLoad, type EvidenceTableLoad } from './office-records';

/**
 * Hand-made assessments in plain ranges over Office.js: a batch loads the sheet's used range (values
 * only) and where its tables are; core recognizes the range and decides; a batch writes. Used
 * only for a cell outside every table, so reading a table's cells costs nothing more.
 *
 * Merged cells are read with the values where the host has them (ExcelApi 1.13), so a header
 * merged over two rows names its column in both, as in the workbench; without 1.13 a merged title
 * still reads as one filled cell and blanks, and Excel's refusal of a table over merges is reported.
 */

interface SheetGridLoad {
  used: Excel.Range;
  /** The merged areas whose top-left cell holds a value; null when the host cannot tell. */
  merged: Excel.RangeAreas | null;
  tables: { summary: TableSummary; range: Excel.Range; sheet: Excel.Worksheet }[];
}

function canReadMerges(): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', '1.13') === true;
}

/** Queues the load of a sheet's used values, its merged areas, and the position of every table the directory knows. */
function queueSheetGrid(context: Excel.RequestContext, sheet: string, tables: readonly TableSummary[], withMerges = canReadMerges()): SheetGridLoad {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  return {
    used: worksheet.getUsedRangeOrNullObject(true).load('values, rowIndex, columnIndex'),
    // getUsedRange (not OrNullObject) gives A1 on an empty sheet, so the method is never called on a null object.
    merged: withMerges ? worksheet.getUsedRange(true).getMergedAreasOrNullObject().load('address, areaCount') : null,
    tables: tables.map((summary) => {
      const table = context.workbook.tables.getItem(summary.name);
      return { summary, range: table.getRange().load('rowIndex, columnIndex, rowCount, columnCount'), sheet: table.worksheet.load('name') };
    }),
  };
}

/** "Sheet1!A1:H1, 'My sheet'!B2:B3" as areas; none when the text does not read as `count` areas. */
export function mergedAreasOf(address: string, count: number): SheetArea[] {
  const areas: SheetArea[] = [];
  for (const match of address.matchAll(/!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)\s*(?:,|$)/g)) {
    const range = parseRange(match[1].replace(/\$/g, ''));
    if (range) areas.push({ top: range.startRow, left: range.startCol, rows: range.endRow - range.startRow + 1, columns: range.endCol - range.startCol + 1 });
  }
  return areas.length === count ? areas : [];
}

function mergesOf(load: SheetGridLoad): SheetArea[] {
  if (!load.merged || load.merged.isNullObject) return [];
  return mergedAreasOf(load.merged.address, load.merged.areaCount);
}

function gridValue(value: unknown): GridValue {
  return typeof value === 'number' || typeof value === 'boolean' ? value : cellText(value);
}

function plainRangeReadOf(load: SheetGridLoad, sheet: string): Omit<PlainRangeRead, 'row' | 'column'> {
  const tables: SheetTable[] = load.tables
    .filter((t) => t.sheet.name === sheet)
    .map((t) => ({ name: t.summary.name, headers: t.summary.headers, area: { top: t.range.rowIndex, left: t.range.columnIndex, rows: t.range.rowCount, columns: t.range.columnCount } }));
  if (load.used.isNullObject) return { sheet, grid: { top: 0, left: 0, values: [], merges: [] }, tables };
  return { sheet, grid: { top: load.used.rowIndex, left: load.used.columnIndex, values: load.used.values.map((row) => row.map(gridValue)), merges: mergesOf(load) }, tables };
}

/**
 * Reads a sheet's grid in one round trip; should the merged areas fail it (Excel refuses more than
 * 512), once more without them. Null when even that fails (a table or the sheet has gone).
 */
async function syncSheetGrid<E>(context: Excel.RequestContext, sheet: string, tables: readonly TableSummary[], also: () => E): Promise<{ load: SheetGridLoad; also: E } | null> {
  const attempt = async (withMerges: boolean) => {
    const load = queueSheetGrid(context, sheet, tables, withMerges);
    const extra = also();
    await context.sync();
    return { load, also: extra };
  };
  const withMerges = canReadMerges();
  try {
    return await attempt(withMerges);
  } catch {
    // Tried again without the merges, or given up.
  }
  if (!withMerges) return null;
  try {
    return await attempt(false);
  } catch {
    return null;
  }
}

/**
 * The context of a cell outside every table when it lies in a recognized plain range (one more
 * round trip), or null. `tables` are the tables the read just before found, so the directory is current.
 */
export async function readPlainRangeSelection(
  context: Excel.RequestContext,
  at: { sheet: string; row: number; column: number },
  tables: readonly TableSummary[],
  model: LevelModel,
  mappings: Record<string, ColumnMapping>,
): Promise<SelectionContext | null> {
  const read = await syncSheetGrid(context, at.sheet, tables, () => null);
  // A table deleted since the read before: the cell reads as outside, as it did a moment ago.
  if (!read) return null;
  return classifyPlainRangeSelection({ ...plainRangeReadOf(read.load, at.sheet), row: at.row, column: at.column }, model, mappings);
}

interface PlainRatingLoad {
  tables: Excel.TableCollection;
  sheets: Excel.WorksheetCollection;
  grid: SheetGridLoad;
  evidence: EvidenceTableLoad | null;
  audit: AuditTableLoad | null;
}

function knownHeaders(directory: TableDirectory, name: string): readonly string[] {
  return directory.known.find((t) => t.name === name)?.headers ?? [];
}

function queuePlainRatingRead(context: Excel.RequestContext, directory: TableDirectory, sheet: string, withMerges: boolean): PlainRatingLoad {
  return {
    tables: loadTableSummaries(context),
    sheets: loadSheetNames(context),
    grid: queueSheetGrid(context, sheet, directory.known, withMerges),
    evidence: directory.knows(EVIDENCE_TABLE) ? loadEvidenceTable(context, knownHeaders(directory, EVIDENCE_TABLE)) : null,
    audit: directory.knows(AUDIT_TABLE) ? loadAuditTable(context, knownHeaders(directory, AUDIT_TABLE)) : null,
  };
}

/** Every table that exists now was loaded: the record tables' rows and every table's position. */
function complete(load: PlainRatingLoad, tables: TableSummary[]): boolean {
  const loadedNames = new Set(load.grid.tables.map((t) => t.summary.name));
  const record = (name: string, part: EvidenceTableLoad | AuditTableLoad | null) => !tables.some((t) => t.name === name) || (part !== null && !part.table.isNullObject && loadedAsQueued(part));
  return tables.every((t) => loadedNames.has(t.name)) && record(EVIDENCE_TABLE, load.evidence) && record(AUDIT_TABLE, load.audit);
}

/** Rates a cell of a plain range: one batch reads the sheet and the record tables, core decides, one batch writes. */
export async function applyPlainRangeRating(
  context: Excel.RequestContext,
  directory: TableDirectory,
  request: ApplyRatingRequest,
  model: LevelModel,
  mappings: Record<string, ColumnMapping>,
  now: () => Date,
): Promise<ApplyRatingResult> {
  const problem = ratingRequestProblem(request, model);
  if (problem) return { status: 'refused', reason: problem };
  const sheet = plainRangeSheet(request.table) ?? '';
  let read: { load: PlainRatingLoad; tables: TableSummary[] } | null = null;
  let withMerges = canReadMerges();
  for (let attempt = 1; attempt <= 3 && !(read && complete(read.load, read.tables)); attempt++) {
    try {
      read = await syncDirectoryRead(context, directory, queuePlainRatingRead(context, directory, sheet, withMerges), attempt);
    } catch {
      // Excel refuses more than 512 merged areas: read once more without them.
      if (withMerges) {
        withMerges = false;
        continue;
      }
      // Only reads were queued: the sheet (or a table the read named) has gone, nothing is written.
      return { status: 'refused', reason: hostMessages.noSheetAnyMore(sheet).in(request.locale) };
    }
  }
  if (!read || !complete(read.load, read.tables)) return { status: 'refused', reason: hostMessages.workbookChanged().in(request.locale) };
  const { load } = read;
  const ratingRead: RatingRead = {
    ...plainRangeRatingTarget(plainRangeReadOf(load.grid, sheet), request.rowIndex, request.columnIndex, model, mappings),
    ...recordReads(load),
    sheetNames: load.sheets.items.map((s) => s.name),
  };
  const decision = judgeRating(request, model, mappings, ratingRead, now());
  if ('answer' in decision) return decision.answer;
  const { write } = decision;
  const target = context.workbook.worksheets.getItem(write.sheet).getRange(cellA1(write.row, write.column));
  queueRatingWrites(context, load, write, target, await sealRatingAudit(write));
  rememberWrittenTables(directory, write);
  const sheetId = context.workbook.worksheets.getItem(write.sheet).load('id');
  try {
    await context.sync();
  } catch (error) {
    directory.forget();
    return recoverRatingWrite(context, write, context.workbook.worksheets.getItem(write.sheet).getRange(cellA1(write.row, write.column)), error);
  }
  directory.expectedSelection = { worksheetId: sheetId.id, address: cellA1(write.row, write.column) };
  return { status: 'written', change: write.change, ...(write.notices.length > 0 ? { notices: write.notices } : {}) };
}

/** Selects a data cell of a plain range, found again on its sheet as it is now. */
export async function selectPlainRangeCell(
  context: Excel.RequestContext,
  directory: TableDirectory,
  name: string,
  rowIndex: number,
  columnIndex: number,
  model: LevelModel,
  mappings: Record<string, ColumnMapping>,
): Promise<void> {
  const sheet = plainRangeSheet(name) ?? '';
  const fail = (why: Said) => new SaidError(hostMessages.cannotSelectSheetCell(rowIndex + 1, columnIndex + 1, sheet, why));
  const synced = await syncSheetGrid(context, sheet, directory.known, () => context.workbook.worksheets.getItem(sheet).load('id'));
  if (!synced) throw fail(hostMessages.sheetGone());
  const worksheet = synced.also;
  const read = plainRangeReadOf(synced.load, sheet);
  const layout = sheetPlainRange(read.grid, read.tables, model, mappings, sheet);
  if (!layout || rowIndex < 0 || rowIndex >= layout.rowCount || columnIndex < 0 || columnIndex >= layout.columnCount) throw fail(hostMessages.cellGone());
  const row = layout.firstDataRow + rowIndex;
  const column = layout.left + columnIndex;
  worksheet.activate();
  worksheet.getRange(cellA1(row, column)).select();
  await context.sync();
  directory.expectedSelection = { worksheetId: worksheet.id, address: cellA1(row, column) };
}

/** Makes the recognized plain range a table over its header row and people; Excel's refusal (merged cells) is reported, nothing changed. */
export async function convertPlainRange(
  context: Excel.RequestContext,
  directory: TableDirectory,
  name: string,
  model: LevelModel,
  mappings: Record<string, ColumnMapping>,
): Promise<ConvertRangeResult> {
  const sheet = plainRangeSheet(name);
  if (sheet === null) return { status: 'refused', problems: ['no-range'] };
  const tables = loadTableSummaries(context);
  const sheets = loadSheetNames(context);
  await context.sync();
  directory.remember(tables.items.map((t) => ({ name: t.name, headers: t.columns.items.map((c) => c.name) })));
  directory.rememberSheets(sheets);
  if (!sheets.items.some((s) => s.name === sheet)) return { status: 'refused', problems: ['no-range'] };
  const synced = await syncSheetGrid(context, sheet, directory.known, () => null);
  if (!synced) return { status: 'refused', problems: ['no-range'] };
  const read = plainRangeReadOf(synced.load, sheet);
  const layout = sheetPlainRange(read.grid, read.tables, model, mappings, sheet);
  if (!layout) return { status: 'refused', problems: ['no-range'] };
  const plan = planTableConversion(layout);
  if (plan.problems.length > 0) return { status: 'refused', problems: plan.problems };
  const table = freeTableName(directory.known.map((t) => t.name));
  const { top, left, rows, columns } = plan.area;
  const added = context.workbook.worksheets.getItem(sheet).tables.add(rangeA1(top, left, rows, columns), true);
  added.name = table;
  // The weights row stays outside the table; it takes numbers of 0 or more, as a built workbook's does.
  for (const rule of plan.weightRules) {
    const weights = context.workbook.worksheets.getItem(sheet).getRange(rule.address);
    weights.dataValidation.rule = { decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' } };
    weights.dataValidation.prompt = { showPrompt: true, title: rule.title, message: rule.prompt };
    weights.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: rule.title, message: rule.errorMessage };
  }
  const headers = added.columns.load('items/name');
  try {
    await context.sync();
  } catch (error) {
    // Excel makes no table over merged cells (and says so); the range is still rated in place.
    return { status: 'refused', problems: ['host-refused'], detail: error instanceof Error ? error.message : String(error) };
  }
  directory.add({ name: table, headers: headers.items.map((c) => c.name) });
  return { status: 'converted', table, from: plainRangeName(sheet) };
}
