import { isAssessmentLayout, type ColumnMapping } from '../core/assessment';
import { EVIDENCE_TABLE, isNonRatingTable } from '../core/records';
import type { LevelModel } from '../core/types';
import { cellRef, cellText, parseAddress } from './office-cells';
import { TableDirectory, assessmentTableNames, loadTableSummaries, tableLayout, tableSummaries, type TableSummary } from './office-directory';
import { evidenceRecord, findEvidenceRow, hasEvidenceColumns, loadEvidenceColumns, type EvidenceColumnsLoad } from './office-records';
import type { EvidenceRecord, RatingCellContext, SelectionContext } from './operations';

/**
 * readSelection over Office.js. One batch loads the active cell, the name of the table holding it,
 * every table's headers, the position and the active row of each table known from the previous
 * round trip, and the Evidence table's columns. When the selected cell's table was not known yet
 * (the first read, or a table made since), a second batch, now knowing every table, completes it.
 */

/**
 * Above this many Evidence rows a read loads only their Person and Competency columns (about 40
 * bytes a row) and fetches the one matching row in a second round trip: the evidence texts run
 * to a few KB a row, every selection change would carry them all, and Excel on the web refuses
 * responses over 5 MB.
 */
export const EVIDENCE_INLINE_ROWS = 500;

interface KnownTableLoad {
  body: Excel.Range;
  /** The data body's part of the active row (null object when the row is outside the body). */
  row: Excel.Range;
}

interface SelectionLoad {
  activeCell: Excel.Range;
  containing: Excel.TableScopedCollection;
  tables: Excel.TableCollection;
  known: Map<string, KnownTableLoad>;
  evidence: { columns: EvidenceColumnsLoad; inline: boolean } | null;
}

function queueSelectionRead(context: Excel.RequestContext, directory: TableDirectory): SelectionLoad {
  const activeCell = context.workbook.getActiveCell().load('address, values');
  const activeRow = activeCell.getEntireRow();
  const known = new Map<string, KnownTableLoad>();
  for (const table of directory.known) {
    if (isNonRatingTable(table.name)) continue;
    const body = context.workbook.tables.getItemOrNullObject(table.name).getDataBodyRange().load('rowIndex, columnIndex, rowCount, columnCount');
    known.set(table.name, { body, row: body.getIntersectionOrNullObject(activeRow).load('values') });
  }
  const evidenceTable = directory.known.find((t) => t.name === EVIDENCE_TABLE);
  const inline = directory.evidenceRows <= EVIDENCE_INLINE_ROWS;
  return {
    activeCell,
    containing: activeCell.getTables(false).load('items/name'),
    tables: loadTableSummaries(context),
    known,
    evidence:
      evidenceTable && hasEvidenceColumns(evidenceTable.headers)
        ? { columns: loadEvidenceColumns(context.workbook.tables.getItemOrNullObject(EVIDENCE_TABLE), inline), inline }
        : null,
  };
}

/** The resolution needs a table or the Evidence table that this batch did not load. */
const INCOMPLETE = Symbol('incomplete');

/** A rating whose evidence is in row `evidenceRow` of a big Evidence table, still to be fetched. */
interface PendingEvidence {
  context: RatingCellContext;
  evidenceRow: number;
}

type Resolution = SelectionContext | PendingEvidence | typeof INCOMPLETE;

interface ResolveInput {
  load: SelectionLoad;
  tables: TableSummary[];
  model: LevelModel;
  mappings: Record<string, ColumnMapping>;
  /** The last attempt: answer with what there is. */
  final: boolean;
}

function resolveSelection(input: ResolveInput): Resolution {
  const { load, tables, model, mappings, final } = input;
  const at = parseAddress(load.activeCell.address);
  const cell = cellRef(at);
  const name = load.containing.items[0]?.name;
  const table = tables.find((t) => t.name === name);
  if (name === undefined || table === undefined) return { kind: 'outside', cell, assessmentTables: assessmentTableNames(tables, model, mappings) };
  const layout = tableLayout(table, model, mappings);
  const tableContext: SelectionContext = { kind: 'table', cell, table: table.name, layout };
  if (isNonRatingTable(table.name) || !isAssessmentLayout(layout)) return tableContext;

  const known = load.known.get(table.name);
  if (!known || known.body.isNullObject) return final ? tableContext : INCOMPLETE;
  const { body, row } = known;
  const rowIndex = at.row - body.rowIndex;
  const columnIndex = at.column - body.columnIndex;
  const rating = layout.ratingColumns.find((c) => c.index === columnIndex);
  if (!rating || rowIndex < 0 || rowIndex >= body.rowCount) return tableContext;

  const rowValues = row.isNullObject ? [] : row.values[0];
  const valueAt = (index: number | null) => (index === null ? '' : cellText(rowValues[index]).trim());
  const context: RatingCellContext = {
    kind: 'rating',
    cell,
    table: table.name,
    rowIndex,
    rowCount: body.rowCount,
    columnIndex,
    person: valueAt(layout.personColumn),
    role: valueAt(layout.roleColumn),
    competencyId: rating.competencyId,
    header: rating.header,
    current: cellText(load.activeCell.values[0][0]),
    evidence: null,
    layout,
  };
  return withEvidence(context, input);
}

function withEvidence(context: RatingCellContext, { load, tables, model, final }: ResolveInput): Resolution {
  const evidenceTable = tables.find((t) => t.name === EVIDENCE_TABLE);
  if (!evidenceTable || !hasEvidenceColumns(evidenceTable.headers)) return context;
  if (!load.evidence || load.evidence.columns.body.isNullObject) return final ? context : INCOMPLETE;
  const rows = load.evidence.columns.columns.values;
  const index = findEvidenceRow(rows, model, context.person, context.competencyId);
  if (index < 0) return context;
  return load.evidence.inline ? { ...context, evidence: evidenceRecord(rows[index]) } : { context, evidenceRow: index };
}

async function fetchEvidenceRow(context: Excel.RequestContext, index: number): Promise<EvidenceRecord> {
  const body = context.workbook.tables.getItem(EVIDENCE_TABLE).getDataBodyRange();
  const row = body.getRow(index).load('values');
  await context.sync();
  return evidenceRecord(row.values[0]);
}

function isPending(resolution: SelectionContext | PendingEvidence): resolution is PendingEvidence {
  return 'evidenceRow' in resolution;
}

/** Reads the selection's context; see the comment at the top of this file for the round trips. */
export async function readSelection(directory: TableDirectory, model: LevelModel, mappings: Record<string, ColumnMapping>): Promise<SelectionContext> {
  return Excel.run(async (context) => {
    for (let attempt = 1; ; attempt++) {
      const load = queueSelectionRead(context, directory);
      try {
        await context.sync();
      } catch (error) {
        // A table the directory named was deleted since: drop the names and read afresh.
        if (attempt > 1 || directory.known.length === 0) throw error;
        directory.forget();
        continue;
      }
      const tables = tableSummaries(load.tables);
      directory.remember(tables);
      if (load.evidence && !load.evidence.columns.body.isNullObject) directory.evidenceRows = load.evidence.columns.body.rowCount;
      const resolution = resolveSelection({ load, tables, model, mappings, final: attempt >= 3 });
      if (resolution === INCOMPLETE) continue;
      if (!isPending(resolution)) return resolution;
      return { ...resolution.context, evidence: await fetchEvidenceRow(context, resolution.evidenceRow) };
    }
  });
}
