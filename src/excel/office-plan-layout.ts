import type { PlanCellRule, PlanSheet, WorkbookPlan } from '../core/plan/plan';
import { LIST_SHEET, placeListSources } from '../core/plan/list-sources';
import { placePlanTables, planTableColumn, type PlacedTable as PlacedPlanTable } from '../core/plan/tables';
import { blockA1, parseCell, parseRange, sheetRef, withEquals } from '../core/a1';
import { toFormulaRows } from '../core/cell-text';
import { estimateJsonBytes } from '../core/request-size';

/** A cell, 0-based. */
export interface CellPosition {
  row: number;
  column: number;
}

/** The address of a block of `rows` x `columns` cells whose top-left cell is `origin`. */
export function blockAddress(origin: CellPosition, rows: number, columns: number): string {
  return blockA1(origin.row, origin.column, rows, columns);
}

/**
 * A WorkbookPlan resolved into what the Office.js applier writes: every address computed, every
 * cell converted, the list sources placed and the writes cut into slices. Pure, so a bad plan
 * fails here, before anything in the workbook changes.
 *
 * Payload budget. Excel on the web refuses a request (or response) over 5 MB. The cell writes of a
 * build (blocks, table headers and rows, number formats) are cut into `slices` row slices, one
 * request each; every other operation of a build is small (sheets, widths, validations,
 * conditional formats, charts: a few kB whatever the number of people). The estimate counts every
 * non-ASCII character as a 6-byte JSON escape (UTF-8 needs 3), so it is an upper bound however the
 * host encodes Chinese text. slices = max(MIN_SLICES, ceil(estimate / SLICE_BUDGET_BYTES)):
 * - up to the design size the count is MIN_SLICES, so a build's writes take MIN_SLICES + 1 = 4 round
 *   trips for 10, 100 or 1,000 people x 18 or 30 competencies: the core plan of 1,000 x 30 is
 *   estimated at under 4.5 MiB (under 3 MiB as sent), and MIN_SLICES x SLICE_BUDGET_BYTES = 7.5 MiB
 *   leaves room for the plan to grow before the count changes;
 * - beyond it (some 1,700 people x 30 competencies) the count grows with the bytes written, never
 *   with a count of people or competencies as such;
 * - no request carries more than about SLICE_BUDGET_BYTES of cells, half the limit, leaving the rest
 *   for Office.js's envelope and the small operations.
 * The tests print the measured sizes (npx jest src/excel/office-assessment).
 */
export const SLICE_BUDGET_BYTES = 2.5 * 1024 * 1024;
export const MIN_SLICES = 3;

// Which lists are inline and which go to the hidden list sheet is core's decision (list-sources.ts).
export { LIST_SHEET };

export type FormulaEntry = string | number | boolean;

/** Cells written as one 2-D array per slice. */
export interface Grid {
  sheet: string;
  origin: CellPosition;
  width: number;
  rows: FormulaEntry[][];
}

/** A number format over a run of cells of one column, written per slice like the grids. */
export interface ColumnFormat {
  sheet: string;
  origin: CellPosition;
  rows: number;
  format: string;
}

export interface PlacedTable {
  sheet: string;
  name: string;
  /** Header row and data rows (one blank data row when the plan has none: Excel tables need one). */
  address: string;
}

export interface PlacedRule {
  sheet: string;
  /** The data cells of the column. */
  address: string;
  header: string;
  errorMessage: string;
}

export interface PlacedList extends PlacedRule {
  /** "a,b,c", or "=CompetencyLists!$A$1:$A$5". */
  source: string;
}

export interface PlacedNumberRule extends PlacedRule {
  min: number;
  /** A number or a formula with its "=". */
  max: number | string;
  /** Whole numbers only. */
  integer: boolean;
}

/** A validation of cells outside tables (PlanCellRule), with its address resolved. */
export interface PlacedCellRule {
  sheet: string;
  address: string;
  rule: PlanCellRule['rule'];
  title: string;
  prompt: string;
  errorMessage: string;
}

export interface PlacedFormat {
  sheet: string;
  address: string;
  formula: string;
  fill: string;
  fontColor?: string;
}

export interface PlanLayout {
  /** Plan sheets in creation order. */
  sheets: PlanSheet[];
  /** Columns of the hidden list sheet; null when every list fits a literal. */
  listColumns: string[][] | null;
  grids: Grid[];
  columnFormats: ColumnFormat[];
  bold: { sheet: string; address: string }[];
  /** Ranges whose text wraps, their rows fitted once the cells are written. */
  wrap: { sheet: string; address: string }[];
  tables: PlacedTable[];
  lists: PlacedList[];
  numberRules: PlacedNumberRule[];
  cellRules: PlacedCellRule[];
  conditionalFormats: PlacedFormat[];
  /** Estimated bytes of all grids and column formats. */
  cellBytes: number;
  slices: number;
  /** The sheet holding the assessment table, activated at the end. */
  assessmentSheet: string;
}

/** The data cells of one table column, as the address validations and formats apply to. */
function columnCells(index: Map<string, PlacedPlanTable>, tableName: string, header: string): { sheet: string; address: string } {
  const { sheet, row, column, rows } = planTableColumn(index, tableName, header);
  return { sheet, address: blockAddress({ row, column }, rows, 1) };
}

export function sliceCount(cellBytes: number): number {
  return Math.max(MIN_SLICES, Math.ceil(cellBytes / SLICE_BUDGET_BYTES));
}

/** Resolves a plan; throws (before any write) when it refers to tables or columns it does not create. */
export function layoutPlan(plan: WorkbookPlan): PlanLayout {
  const index = placePlanTables(plan);
  const grids: Grid[] = [];
  const columnFormats: ColumnFormat[] = [];
  const bold: PlanLayout['bold'] = [];
  const wrap: PlanLayout['wrap'] = [];
  const cellRules: PlacedCellRule[] = [];
  const tables: PlacedTable[] = [];
  const listSources = placeListSources(plan);
  const lists: PlacedList[] = [];
  const numberRules: PlacedNumberRule[] = [];
  const conditionalFormats: PlacedFormat[] = [];

  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) {
      const cell = parseCell(block.origin);
      if (!cell) throw new Error(`a block of sheet "${sheet.name}" starts at "${block.origin}", which is not a cell address such as "A3"`);
      const origin = { row: cell.row, column: cell.col };
      const width = Math.max(0, ...block.cells.map((r) => r.length));
      if (width === 0) continue;
      grids.push({ sheet: sheet.name, origin, width, rows: toFormulaRows(block.cells, width) });
      if (block.bold) bold.push({ sheet: sheet.name, address: blockAddress(origin, block.cells.length, width) });
      const numberFormat = block.numberFormat;
      if (numberFormat) for (let c = 0; c < width; c++) columnFormats.push({ sheet: sheet.name, origin: { row: origin.row, column: origin.column + c }, rows: block.cells.length, format: numberFormat });
    }
    for (const address of sheet.wrap ?? []) wrap.push({ sheet: sheet.name, address: checkedRange(sheet.name, address) });
    for (const rule of sheet.cellRules ?? []) cellRules.push({ sheet: sheet.name, address: checkedRange(sheet.name, rule.range), rule: rule.rule, title: rule.title, prompt: rule.prompt, errorMessage: rule.errorMessage });
    for (const table of sheet.tables) {
      const { row, column, dataRows } = index.get(table.name.toLowerCase())!;
      const origin = { row, column };
      const width = table.headers.length;
      const long = table.rows.findIndex((row) => row.length > width);
      if (long >= 0) throw new Error(`row ${long + 1} of table "${table.name}" has ${table.rows[long].length} cells for ${width} columns`);
      const headerRow = table.headers.map((h) => ({ text: h }));
      grids.push({ sheet: sheet.name, origin, width, rows: toFormulaRows([headerRow, ...table.rows], width) });
      tables.push({ sheet: sheet.name, name: table.name, address: blockAddress(origin, 1 + dataRows, width) });
      for (const [header, format] of Object.entries(table.numberFormats ?? {})) {
        const column = table.headers.indexOf(header);
        if (column < 0) throw new Error(`table "${table.name}" has a number format for a column "${header}" it does not have`);
        columnFormats.push({ sheet: sheet.name, origin: { row: origin.row + 1, column: origin.column + column }, rows: dataRows, format });
      }
    }
    for (const v of sheet.listValidations) {
      const target = columnCells(index, v.table, v.header);
      const placed = listSources.sourceOf(v);
      const source = placed.kind === 'inline' ? placed.list : `=${sheetRef(LIST_SHEET)}${blockA1(0, placed.column, placed.rows, 1, { row: true, column: true })}`;
      lists.push({ ...target, header: v.header, errorMessage: v.errorMessage, source });
    }
    for (const v of sheet.numberValidations) {
      const target = columnCells(index, v.table, v.header);
      numberRules.push({ ...target, header: v.header, errorMessage: v.errorMessage, min: v.min, max: typeof v.max === 'number' ? v.max : withEquals(v.max.formula), integer: v.integer === true });
    }
    for (const f of sheet.cellFormats ?? []) conditionalFormats.push({ sheet: sheet.name, address: checkedRange(sheet.name, f.range), formula: withEquals(f.formula), fill: f.fill, fontColor: f.fontColor });
    for (const f of sheet.conditionalFormats) {
      const target = columnCells(index, f.table, f.header);
      conditionalFormats.push({ ...target, formula: withEquals(f.formula), fill: f.fill, fontColor: f.fontColor });
    }
  }

  const assessment = index.get(plan.assessmentTable.toLowerCase());
  if (!assessment) throw new Error(`the plan's assessment table "${plan.assessmentTable}" is not among its tables`);
  const cellBytes =
    grids.reduce((sum, g) => sum + estimateJsonBytes(g.rows), 0) +
    columnFormats.reduce((sum, f) => sum + f.rows * estimateJsonBytes([[f.format]]), 0);
  return {
    sheets: plan.sheets,
    listColumns: listSources.columns.length > 0 ? listSources.columns : null,
    grids,
    columnFormats,
    bold,
    wrap,
    tables,
    lists,
    numberRules,
    cellRules,
    conditionalFormats,
    cellBytes,
    slices: sliceCount(cellBytes),
    assessmentSheet: assessment.sheet,
  };
}

/** An A1 range of the plan, refused before anything is written when it is not one. */
function checkedRange(sheet: string, address: string): string {
  if (!parseRange(address)) throw new Error(`sheet "${sheet}" of the plan names "${address}", which is not a range such as "C8:T8"`);
  return address;
}

/** Rows [start, end) of slice `k` of `n` for something `total` rows long (empty slices where it is short). */
export function sliceRows(total: number, k: number, n: number): { start: number; end: number } {
  const size = Math.ceil(total / n);
  return { start: Math.min(total, k * size), end: Math.min(total, (k + 1) * size) };
}
