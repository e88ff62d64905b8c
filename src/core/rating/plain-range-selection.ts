import { cellA1, rangeA1 } from '../a1';
import type { LevelModel } from '../model/types';
import type { ColumnMapping, TableLayout } from './assessment';
import type { RatingRead } from './judge';
import { planTableConversion, plainRangeCell, recognizePlainRange, type GridValue, type PlainRangeLayout, type SheetArea, type SheetGrid, type TableConversionProblem } from './plain-range';
import { isNonRatingTable } from './records';
import { isRatingTable, type CellRef, type SelectionContext, type TableHeaders } from './selection';

/**
 * A recognized plain range as the pane and the hosts address it. Where the pane names a table
 * (contexts, rating requests, saved mappings, navigation) a plain range goes by its sheet's name in
 * single quotes: no Excel table name can hold a quote, so the two never clash, and the name stays
 * the same when HR adds people or rows above.
 */

/** The name of the plain range on a sheet. */
export function plainRangeName(sheet: string): string {
  return `'${sheet}'`;
}

/** The sheet a plain-range name stands for, or null when the name is a table's. */
export function plainRangeSheet(name: string): string | null {
  return name.length > 2 && name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1) : null;
}

/** What the pane is shown of a plain range: where it is, what making it a table would do, the weights that are not numbers ≥ 0. */
export interface PlainRangeSummary {
  sheet: string;
  /** Titles to the last person, A1 without the sheet ("A1:H7"). */
  address: string;
  /** 1-based sheet rows. */
  headerRow: number;
  weightsRow: number | null;
  rowCount: number;
  conversion: {
    /** What would become the table: the header row and the people ("A2:H7"). */
    address: string;
    /** 1-based rows kept as they are, outside the table. */
    keptRows: number[];
    /** Empty when the range can become a table in place. */
    problems: TableConversionProblem[];
  };
  weightProblems: { header: string; value: string; address: string }[];
}

/** A table on the sheet being read: its name, headers and where it sits. */
export interface SheetTable extends TableHeaders {
  area: SheetArea;
}

function inside(area: SheetArea, row: number, column: number): boolean {
  return row >= area.top && row < area.top + area.rows && column >= area.left && column < area.left + area.columns;
}

/** False for a sheet holding an assessment table or one of the add-in's own tables: it has no plain range to look for. */
export function mayHoldPlainRange(sheetTables: readonly TableHeaders[], model: LevelModel, mappings: Record<string, ColumnMapping>): boolean {
  return !sheetTables.some((t) => isNonRatingTable(t.name) || isRatingTable(t, model, mappings));
}

/**
 * Recognizes the plain range on a sheet, leaving out what its tables hold. A sheet holding an
 * assessment table or one of the add-in's own tables has none: its titles and helper cells around
 * the table are the add-in's, not a hand-made assessment.
 */
export function sheetPlainRange(grid: SheetGrid, tables: readonly SheetTable[], model: LevelModel, mappings: Record<string, ColumnMapping>, sheet: string): PlainRangeLayout | null {
  if (!mayHoldPlainRange(tables, model, mappings)) return null;
  const values: GridValue[][] = grid.values.map((row, r) =>
    row.map((value, c) => (tables.some((t) => inside(t.area, grid.top + r, grid.left + c)) ? null : value)),
  );
  return recognizePlainRange({ ...grid, values }, model, mappings[plainRangeName(sheet)] ?? {});
}

/** The summary the pane shows beside a plain range's cells. */
export function plainRangeSummary(layout: PlainRangeLayout, sheet: string): PlainRangeSummary {
  const top = Math.min(layout.titleRows[0] ?? layout.headerRow, layout.weightsRow ?? layout.headerRow, layout.headerRow);
  const last = Math.max(layout.firstDataRow + layout.rowCount - 1, layout.headerRow, layout.weightsRow ?? 0);
  const conversion = planTableConversion(layout);
  return {
    sheet,
    address: rangeA1(top, layout.left, last - top + 1, layout.columnCount),
    headerRow: layout.headerRow + 1,
    weightsRow: layout.weightsRow === null ? null : layout.weightsRow + 1,
    rowCount: layout.rowCount,
    conversion: {
      address: rangeA1(conversion.area.top, conversion.area.left, conversion.area.rows, conversion.area.columns),
      keptRows: conversion.keptRows.map((row) => row + 1),
      problems: conversion.problems,
    },
    weightProblems: layout.weightProblems.map((p) => ({ header: p.header, value: p.value, address: cellA1(p.row, p.column) })),
  };
}

function text(value: GridValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

function rowTexts(grid: SheetGrid, layout: PlainRangeLayout, row: number): string[] {
  const values = grid.values[row - grid.top] ?? [];
  return Array.from({ length: layout.columnCount }, (_, i) => text(values[layout.left + i - grid.left]));
}

/** What a host read around a cell outside every table: the cell's sheet and its used range. */
export interface PlainRangeRead {
  sheet: string;
  row: number;
  column: number;
  grid: SheetGrid;
  /** The tables on that sheet. */
  tables: readonly SheetTable[];
}

/**
 * The selection context of a cell outside every table that lies in a recognized plain range: a
 * rating cell, or the range itself (headers, titles, person columns), which offers the mapping and
 * the conversion. Null when the cell is in no such range.
 */
export function classifyPlainRangeSelection(read: PlainRangeRead, model: LevelModel, mappings: Record<string, ColumnMapping>): SelectionContext | null {
  const layout = sheetPlainRange(read.grid, read.tables, model, mappings, read.sheet);
  if (!layout) return null;
  const where = plainRangeCell(layout, read.row, read.column);
  if (where.kind === 'outside') return null;
  const cell: CellRef = { sheet: read.sheet, address: cellA1(read.row, read.column) };
  const table = plainRangeName(read.sheet);
  const range = plainRangeSummary(layout, read.sheet);
  const { rowCount } = layout;
  // The contexts carry the layout as a table's: the range's own parts go in `range`.
  const tableLayout: TableLayout = {
    personColumn: layout.personColumn,
    roleColumn: layout.roleColumn,
    personDetailColumns: layout.personDetailColumns,
    keyColumn: layout.keyColumn,
    ratingColumns: layout.ratingColumns,
    unmatched: layout.unmatched,
    unrated: layout.unrated,
  };
  if (where.kind === 'range' || layout.ratingColumns.length === 0) return { kind: 'table', cell, table, layout: tableLayout, range };
  const texts = rowTexts(read.grid, layout, read.row);
  const at = (index: number | null) => (index === null ? '' : (texts[index] ?? '').trim());
  return {
    kind: 'rating',
    cell,
    table,
    rowIndex: where.rowIndex,
    rowCount,
    columnIndex: where.columnIndex,
    person: at(layout.personColumn),
    personKey: at(layout.keyColumn),
    role: at(layout.roleColumn),
    competencyId: where.competencyId,
    header: where.header,
    current: texts[where.columnIndex] ?? '',
    evidence: null,
    layout: tableLayout,
    range,
  };
}

/** What judgeRating needs of a plain range's target cell, from the sheet as read now; `table: null` when the range is gone. */
export function plainRangeRatingTarget(
  read: Omit<PlainRangeRead, 'row' | 'column'>,
  rowIndex: number,
  columnIndex: number,
  model: LevelModel,
  mappings: Record<string, ColumnMapping>,
): Pick<RatingRead, 'table' | 'cell' | 'rowTexts' | 'current' | 'people'> {
  const layout = sheetPlainRange(read.grid, read.tables, model, mappings, read.sheet);
  const row = layout ? layout.firstDataRow + rowIndex : 0;
  const column = layout ? layout.left + columnIndex : 0;
  if (!layout || layout.totalsRows.includes(row)) return { table: null, cell: { sheet: read.sheet, row, column }, rowTexts: [], current: '', people: null };
  const inBody = rowIndex >= 0 && rowIndex < layout.rowCount;
  const texts = inBody ? rowTexts(read.grid, layout, row) : [];
  // Everyone of the range, so a rating is written only for someone no other row could be taken for.
  const people = Array.from({ length: layout.rowCount }, (_, i) => layout.firstDataRow + i)
    .filter((r) => !layout.totalsRows.includes(r))
    .map((r) => rowTexts(read.grid, layout, r))
    .map((cells) => ({ key: layout.keyColumn === null ? '' : (cells[layout.keyColumn] ?? '').trim(), name: layout.personColumn === null ? '' : (cells[layout.personColumn] ?? '').trim() }))
    .filter((p) => p.key !== '' || p.name !== '');
  return {
    table: { name: plainRangeName(read.sheet), headers: layout.headers, rowCount: layout.rowCount, columnCount: layout.columnCount },
    cell: { sheet: read.sheet, row, column },
    rowTexts: texts,
    current: texts[columnIndex] ?? '',
    people,
  };
}

/** The name of the table a converted plain range becomes: one no table of the workbook has yet. */
export function freeTableName(taken: readonly string[], base = 'HandMadeAssessment'): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}${n}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
