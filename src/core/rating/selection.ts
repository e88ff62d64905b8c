import { analyseHeaders, isAssessmentLayout, type ColumnMapping, type TableLayout } from './assessment';
import { isNonRatingTable, type EvidenceRecord } from './records';
import { cellA1 } from '../a1';
import { evidenceNote } from './reconcile';
import type { Said } from '../message';
import type { PlainRangeSummary } from './plain-range-selection';
import type { LevelModel } from '../model/types';

/**
 * What the selected cell is: outside every table, in a table (or a column of one) that rates
 * nothing of the model, or a rating cell of an assessment table. Each host gathers what it read of
 * the workbook (the cell, the tables' headers, the holding table's position and the row's texts)
 * and this decides; the evidence shown beside a rating is the host's to fetch afterwards.
 */

export interface CellRef {
  sheet: string;
  /** A1 address without the sheet, e.g. "D7". */
  address: string;
}

/** The selected cell is a rating cell of an assessment table. */
export interface RatingCellContext {
  kind: 'rating';
  cell: CellRef;
  table: string;
  /** 0-based row within the table's data rows, and the table's data row count. */
  rowIndex: number;
  rowCount: number;
  /** 0-based column within the table. */
  columnIndex: number;
  person: string;
  /** The person's key (person-key.ts); '' when the table has no key column and names people. */
  personKey: string;
  role: string;
  competencyId: string;
  header: string;
  /** The cell's current value as text; '' when blank. */
  current: string;
  evidence: EvidenceRecord | null;
  /** Set when the evidence names another level than the cell holds (reconcile.ts evidenceNote). */
  evidenceNote?: Said;
  layout: TableLayout;
  /** Set when `table` names a plain range (not an Excel table): see plain-range-selection.ts. */
  range?: PlainRangeSummary;
}

/** The selection is in a table (or a column of one) that does not rate a competency of the model. */
export interface UnmappedTableContext {
  kind: 'table';
  cell: CellRef;
  table: string;
  layout: TableLayout;
  /** Set when `table` names a plain range (not an Excel table). */
  range?: PlainRangeSummary;
}

/** The selection is outside every table. */
export interface OutsideContext {
  kind: 'outside';
  cell: CellRef | null;
  /** Names of the workbook's tables whose headers rate at least one competency of the model. */
  assessmentTables: string[];
}

export type SelectionContext = RatingCellContext | UnmappedTableContext | OutsideContext;

/** A table as a host lists it: its name and header texts. */
export interface TableHeaders {
  name: string;
  headers: readonly string[];
}

/** How a table's columns read against the model and the user's saved mapping for that table. */
export function tableLayout(table: TableHeaders, model: LevelModel, mappings: Record<string, ColumnMapping>): TableLayout {
  return analyseHeaders(table.headers, model, mappings[table.name] ?? {});
}

/** A table whose cells may hold ratings: not one of the add-in's own tables, and rating at least one competency. */
export function isRatingTable(table: TableHeaders, model: LevelModel, mappings: Record<string, ColumnMapping>): boolean {
  return !isNonRatingTable(table.name) && isAssessmentLayout(tableLayout(table, model, mappings));
}

/** Names of the tables that rate at least one competency of the model. */
export function assessmentTableNames(tables: readonly TableHeaders[], model: LevelModel, mappings: Record<string, ColumnMapping>): string[] {
  return tables.filter((t) => isRatingTable(t, model, mappings)).map((t) => t.name);
}

/** Where a table's data rows sit on its sheet (0-based), as the host read it. */
export interface DataBodyPosition {
  /** Sheet row of the first data row and sheet column of the first column. */
  top: number;
  left: number;
  rowCount: number;
}

/** What a host read of the selection. */
export interface SelectionRead {
  /** The active cell: its sheet, 0-based row and column, and its value as text. */
  sheet: string;
  row: number;
  column: number;
  current: string;
  /** Every table of the workbook. */
  tables: readonly TableHeaders[];
  /** The name of the table holding the cell, or null. */
  containing: string | null;
  /** That table's data body, when the host read it (null: not read in this round trip). */
  body: DataBodyPosition | null;
  /** The texts of the active row's cells in that table, by table column ([] when not read). */
  rowTexts: readonly string[];
}

/** A rating table's cell was selected but its position was not read: read again, or answer `fallback`. */
export interface PositionNeeded {
  kind: 'position-needed';
  fallback: UnmappedTableContext;
}

/** Classifies the selection; a rating context comes with `evidence: null`, for the host to fill. */
export function classifySelection(read: SelectionRead, model: LevelModel, mappings: Record<string, ColumnMapping>): SelectionContext | PositionNeeded {
  const cell: CellRef = { sheet: read.sheet, address: cellA1(read.row, read.column) };
  const table = read.containing === null ? undefined : read.tables.find((t) => t.name === read.containing);
  if (table === undefined) return { kind: 'outside', cell, assessmentTables: assessmentTableNames(read.tables, model, mappings) };
  const layout = tableLayout(table, model, mappings);
  const tableContext: UnmappedTableContext = { kind: 'table', cell, table: table.name, layout };
  if (!isRatingTable(table, model, mappings)) return tableContext;
  if (read.body === null) return { kind: 'position-needed', fallback: tableContext };

  const rowIndex = read.row - read.body.top;
  const columnIndex = read.column - read.body.left;
  const rating = layout.ratingColumns.find((c) => c.index === columnIndex);
  if (!rating || rowIndex < 0 || rowIndex >= read.body.rowCount) return tableContext;
  const textAt = (index: number | null) => (index === null ? '' : (read.rowTexts[index] ?? '').trim());
  return {
    kind: 'rating',
    cell,
    table: table.name,
    rowIndex,
    rowCount: read.body.rowCount,
    columnIndex,
    person: textAt(layout.personColumn),
    personKey: textAt(layout.keyColumn),
    role: textAt(layout.roleColumn),
    competencyId: rating.competencyId,
    header: rating.header,
    current: read.current,
    evidence: null,
    layout,
  };
}

/** The rating context with its evidence, and the note when the evidence names another level than the cell holds. */
export function withEvidenceRecord(context: RatingCellContext, evidence: EvidenceRecord | null): RatingCellContext {
  const note = evidenceNote(context.current, evidence);
  return { ...context, evidence, ...(note ? { evidenceNote: note } : {}) };
}
