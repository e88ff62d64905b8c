import type { ColumnMapping } from '../core/rating/assessment';
import { EVIDENCE_TABLE, evidenceRecord, findEvidenceRow, hasEvidenceColumns, isNonRatingTable, ratedPerson, type EvidenceRecord } from '../core/rating/records';
import { classifySelection, withEvidenceRecord, type RatingCellContext, type SelectionContext, type SelectionRead } from '../core/rating/selection';
import type { LevelModel } from '../core/model/types';
import { cellText } from '../core/cell-text';
import { cellReference, parseAddress, parseCellAddress, sameCell, type SheetCell } from './office-cells';
import { TableDirectory, loadSheetNames, loadTableSummaries, syncDirectoryRead, type TableSummary } from './office-directory';
import { readPlainRangeSelection } from './office-plain-range';
import { mayHoldPlainRange } from '../core/rating/plain-range-selection';
import { evidenceColumnRows, evidenceOfRow, findEvidenceCell, loadEvidenceColumns, loadFoundEvidenceRow, type EvidenceCellFind, type EvidenceColumnsLoad } from './office-records';

/**
 * readSelection over Office.js. One batch loads the active cell, the name of the table holding it,
 * every table's headers and every sheet's id and name, the position and the active row of each
 * table known from the previous round trip, and the Evidence table's columns (or, for a big
 * Evidence table, the one row written for the expected cell). When the selected cell's table was
 * not known yet (the first read, or a table made since), a second batch, now knowing every table,
 * completes it.
 */

/**
 * Above this many Evidence rows a read does not load the rows' texts: they run to a few KB a row,
 * every selection change would carry them all, and Excel on the web refuses responses over 5 MB.
 * It looks for the selected cell's row instead, in the same batch: Range.find in the Cell column
 * for the reference the add-in writes ("Sheet!B4"). Find needs that text when the batch is
 * queued, and the active cell's address is known only after the sync, so the batch uses the cell
 * the add-in expects (TableDirectory.expectedSelection: the last selection event, or the cell it
 * selected or rated since) and the answer counts only when the active cell is that cell. The row
 * found is the evidence when its Person and Competency are the selected cell's; when they are not
 * (the assessment table was sorted since the row was written) the answer is "no evidence", never
 * another person's record, and no second read is made.
 *
 * Two syncs remain only when no cell is expected (a read not preceded by a selection event,
 * selectTableCell or applyRating): that batch loads the Person and Competency columns (about 40
 * bytes a row) and a second one fetches the matching row. Likewise when the active cell is not the
 * one expected (the selection moved after the event, or a range was selected from its bottom
 * right): the second batch then finds the active cell's row.
 */
export const EVIDENCE_INLINE_ROWS = 500;

interface KnownTableLoad {
  body: Excel.Range;
  /** The data body's part of the active row (null object when the row is outside the body). */
  row: Excel.Range;
}

/** A big Evidence table's find of the row written for the expected cell. */
interface EvidenceProbe {
  at: SheetCell;
  find: EvidenceCellFind;
}

interface SelectionLoad {
  activeCell: Excel.Range;
  containing: Excel.TableScopedCollection;
  /** The names of the active sheet's tables: a sheet with an assessment table has no plain range to read. */
  sheetTables: Excel.TableCollection;
  tables: Excel.TableCollection;
  sheets: Excel.WorksheetCollection;
  known: Map<string, KnownTableLoad>;
  /** The Evidence table: its columns (all a reader needs when small, the keys when big and no cell is expected), or the probe. */
  evidence: { columns: EvidenceColumnsLoad; inline: boolean; probe: EvidenceProbe | null; queuedFor: readonly string[] } | null;
}

/** The cell the directory expects to be selected, on a sheet whose name it knows. */
function expectedCell(directory: TableDirectory): SheetCell | null {
  const expected = directory.expectedSelection;
  const sheet = expected && directory.sheetName(expected.worksheetId);
  if (!expected || sheet === undefined || sheet === null) return null;
  try {
    return parseCellAddress(expected.address, sheet);
  } catch {
    return null;
  }
}

function queueEvidenceRead(context: Excel.RequestContext, directory: TableDirectory, headers: readonly string[]): NonNullable<SelectionLoad['evidence']> {
  const table = context.workbook.tables.getItemOrNullObject(EVIDENCE_TABLE);
  const inline = directory.evidenceRows <= EVIDENCE_INLINE_ROWS;
  const at = inline ? null : expectedCell(directory);
  if (at === null) return { columns: loadEvidenceColumns(table, inline, headers), inline, probe: null, queuedFor: headers };
  return { columns: loadEvidenceColumns(table, 'count', headers), inline, probe: { at, find: findEvidenceCell(table, cellReference(at)) }, queuedFor: headers };
}

/**
 * `activeSheetId`: the sheet the selection is taken to be on (the selection event's, or the one the
 * previous attempt found). Only its tables are intersected with the active row: what intersecting
 * ranges of two sheets does is not documented.
 */
function queueSelectionRead(context: Excel.RequestContext, directory: TableDirectory, activeSheetId: string | null): SelectionLoad {
  const activeCell = context.workbook.getActiveCell().load('address, values');
  const activeRow = activeCell.getEntireRow();
  const known = new Map<string, KnownTableLoad>();
  for (const table of directory.known) {
    if (isNonRatingTable(table.name) || table.worksheetId !== activeSheetId) continue;
    const body = context.workbook.tables.getItemOrNullObject(table.name).getDataBodyRange().load('rowIndex, columnIndex, rowCount, columnCount');
    known.set(table.name, { body, row: body.getIntersectionOrNullObject(activeRow).load('values') });
  }
  const evidenceTable = directory.known.find((t) => t.name === EVIDENCE_TABLE);
  return {
    activeCell,
    containing: activeCell.getTables(false).load('items/name'),
    sheetTables: activeCell.worksheet.tables.load('items/name'),
    tables: loadTableSummaries(context),
    sheets: loadSheetNames(context),
    known,
    evidence: evidenceTable && hasEvidenceColumns(evidenceTable.headers) ? queueEvidenceRead(context, directory, evidenceTable.headers) : null,
  };
}

/** The resolution needs a table or the Evidence table that this batch did not load. */
const INCOMPLETE = Symbol('incomplete');

/**
 * A rating whose evidence in a big Evidence table is still to be fetched: row `evidenceRow`, the
 * row the probe found, or the row written for the cell `reference` (the active cell was not the one expected).
 */
type PendingEvidence =
  | { context: RatingCellContext; evidenceRow: number }
  | { context: RatingCellContext; found: EvidenceCellFind }
  | { context: RatingCellContext; reference: string };

type Resolution = SelectionContext | PendingEvidence | typeof INCOMPLETE;

interface ResolveInput {
  load: SelectionLoad;
  tables: TableSummary[];
  model: LevelModel;
  mappings: Record<string, ColumnMapping>;
  /** The last attempt: answer with what there is. */
  final: boolean;
}

/** What the batch returned, as core's classifySelection takes it. */
function selectionRead(load: SelectionLoad, tables: TableSummary[]): SelectionRead {
  const at = parseAddress(load.activeCell.address);
  const containing = load.containing.items[0]?.name ?? null;
  const known = containing === null ? undefined : load.known.get(containing);
  const loaded = known && !known.body.isNullObject ? known : null;
  return {
    sheet: at.sheet,
    row: at.row,
    column: at.column,
    current: cellText(load.activeCell.values[0][0]),
    tables,
    containing,
    body: loaded && { top: loaded.body.rowIndex, left: loaded.body.columnIndex, rowCount: loaded.body.rowCount },
    rowTexts: loaded && !loaded.row.isNullObject ? loaded.row.values[0].map(cellText) : [],
  };
}

function resolveSelection(input: ResolveInput): Resolution {
  const { load, tables, model, mappings, final } = input;
  const selection = classifySelection(selectionRead(load, tables), model, mappings);
  if (selection.kind === 'position-needed') return final ? selection.fallback : INCOMPLETE;
  return selection.kind === 'rating' ? withEvidence(selection, input) : selection;
}

function withEvidence(context: RatingCellContext, { load, tables, model, final }: ResolveInput): Resolution {
  const evidenceTable = tables.find((t) => t.name === EVIDENCE_TABLE);
  if (!evidenceTable || !hasEvidenceColumns(evidenceTable.headers)) return context;
  if (!load.evidence || load.evidence.columns.body.isNullObject) return final ? context : INCOMPLETE;
  // Its columns were read where the headers known before the batch placed them: they must still be there.
  if (evidenceTable.headers.join('\u0000') !== load.evidence.queuedFor.join('\u0000')) return final ? context : INCOMPLETE;
  const { columns, inline, probe } = load.evidence;
  if (probe) {
    const at = parseAddress(load.activeCell.address);
    if (!sameCell(probe.at, at)) return { context, reference: cellReference(at) };
    return probe.find.found.isNullObject ? context : { context, found: probe.find };
  }
  const { keys, rows } = evidenceColumnRows(columns);
  const index = findEvidenceRow(keys, model, ratedPerson(context), context.competencyId);
  if (index < 0) return context;
  return inline ? withEvidenceRecord(context, evidenceRecord(rows[index])) : { context, evidenceRow: index };
}

/** The second round trip of the exceptions described at the top of this file. */
async function fetchEvidence(context: Excel.RequestContext, model: LevelModel, pending: PendingEvidence, headers: readonly string[]): Promise<EvidenceRecord | null> {
  const table = context.workbook.tables.getItem(EVIDENCE_TABLE);
  if ('reference' in pending || 'found' in pending) {
    let find: EvidenceCellFind;
    if ('found' in pending) find = pending.found;
    else {
      find = findEvidenceCell(table, pending.reference);
      await context.sync();
    }
    const row = loadFoundEvidenceRow(find);
    if (row === null) return null;
    await context.sync();
    return evidenceOfRow(row, headers, model, ratedPerson(pending.context), pending.context.competencyId);
  }
  const row = table.getDataBodyRange().getRow(pending.evidenceRow).load('values');
  await context.sync();
  return evidenceRecord(row.values[0]);
}

function isPending(resolution: SelectionContext | PendingEvidence): resolution is PendingEvidence {
  return 'evidenceRow' in resolution || 'reference' in resolution || 'found' in resolution;
}

/** Reads the selection's context; see the comment at the top of this file for the round trips. */
export async function readSelection(directory: TableDirectory, model: LevelModel, mappings: Record<string, ColumnMapping>): Promise<SelectionContext> {
  return Excel.run(async (context) => {
    let activeSheetId = directory.expectedSelection?.worksheetId ?? directory.activeSheetId;
    for (let attempt = 1; ; attempt++) {
      const read = await syncDirectoryRead(context, directory, queueSelectionRead(context, directory, activeSheetId), attempt);
      if (!read) continue;
      const { load, tables } = read;
      activeSheetId = directory.sheetId(parseAddress(load.activeCell.address).sheet) ?? null;
      directory.activeSheetId = activeSheetId;
      if (load.evidence && !load.evidence.columns.body.isNullObject) directory.evidenceRows = load.evidence.columns.body.rowCount;
      let resolution = resolveSelection({ load, tables, model, mappings, final: attempt >= 3 });
      if (resolution === INCOMPLETE) continue;
      // Outside every table: a hand-made assessment in a plain range may hold the cell (one more round trip).
      const sheetTables = tables.filter((t) => load.sheetTables.items.some((s) => s.name === t.name));
      if (!isPending(resolution) && resolution.kind === 'outside' && mayHoldPlainRange(sheetTables, model, mappings)) {
        const plain = await readPlainRangeSelection(context, parseAddress(load.activeCell.address), tables, model, mappings);
        if (plain?.kind === 'rating') resolution = withEvidence(plain, { load, tables, model, mappings, final: true }) as SelectionContext | PendingEvidence;
        else if (plain) resolution = plain;
      }
      if (!isPending(resolution)) return resolution;
      const evidenceHeaders = tables.find((t) => t.name === EVIDENCE_TABLE)?.headers ?? [];
      return withEvidenceRecord(resolution.context, await fetchEvidence(context, model, resolution, evidenceHeaders));
    }
  });
}
