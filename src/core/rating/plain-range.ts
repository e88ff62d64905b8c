import { analyseHeaders, type ColumnMapping, type TableLayout } from './assessment';
import { headerKey } from '../text';
import type { LevelModel, Locale } from '../model/types';
import { rangeA1 } from '../a1';
import { text as label } from '../plan/labels';

/**
 * An assessment HR laid out by hand in a plain range, not an Excel table: title rows (often one
 * merged cell over the whole width) above, a header row somewhere in the first rows naming the
 * person and the competencies, perhaps a weights row just above or below the headers, one row per
 * person, perhaps a totals row and notes at the bottom. Recognized from the sheet's used range
 * with the same header rules as a table (analyseHeaders), so both hosts rate it alike.
 */

export type GridValue = string | number | boolean | null;

/** A rectangle of a sheet, 0-based sheet rows and columns. */
export interface SheetArea {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** What a host read of a sheet: its used range's values and where they sit, and its merged areas. */
export interface SheetGrid {
  /** Sheet row and column of values[0][0]. */
  top: number;
  left: number;
  values: readonly (readonly GridValue[])[];
  /** Merged areas on the sheet (the hosts that cannot tell pass none). */
  merges: readonly SheetArea[];
}

/** Why a weight under a competency header cannot be used. */
export interface WeightProblem {
  competencyId: string;
  header: string;
  /** The cell's text as found. */
  value: string;
  /** Sheet row and column of the cell. */
  row: number;
  column: number;
}

export interface PlainRangeLayout extends TableLayout {
  /** Sheet rows above the headers that are titles (not the weights row). */
  titleRows: number[];
  headerRow: number;
  /** The header texts from `left` on (a blank header inside a merge reads as the merge's text). */
  headers: string[];
  /** The weights row, or null: just above or just below the header row. */
  weightsRow: number | null;
  /** Weight by competency id, from the weights row (only the valid ones). */
  weights: Record<string, number>;
  weightProblems: WeightProblem[];
  /** Sheet columns of the block: from the first to the last header. Column indexes of the layout count from `left`. */
  left: number;
  columnCount: number;
  /** Sheet row of the first data row and the number of data rows (blank rows between people count). */
  firstDataRow: number;
  rowCount: number;
  /** Sheet rows inside the data rows that total or average the others: never rated. */
  totalsRows: number[];
  /** Merged areas that touch the header row or the data rows. */
  mergesInBlock: SheetArea[];
}

const HEADER_SEARCH_ROWS = 10;
const WEIGHT_LABELS = new Set(['权重', '权重系数', '权重(%)', '权重%', '比重', '占比', 'weight', 'weights', 'weighting', 'weight (%)'].map(headerKey));
const TOTAL_LABELS = new Set(['合计', '总计', '小计', '平均', '平均分', '平均值', '均值', '汇总', 'total', 'totals', 'sum', 'subtotal', 'average', 'mean', 'avg'].map(headerKey));

function text(value: GridValue | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/** Reads cells of a grid by sheet row and column; a blank cell inside a merge reads as the merge's value. */
class Cells {
  constructor(private readonly grid: SheetGrid) {}
  get lastRow(): number {
    return this.grid.top + this.grid.values.length - 1;
  }
  raw(row: number, column: number): GridValue {
    return this.grid.values[row - this.grid.top]?.[column - this.grid.left] ?? null;
  }
  text(row: number, column: number): string {
    return text(this.raw(row, column));
  }
  merged(row: number, column: number): string {
    const own = this.text(row, column);
    if (own !== '') return own;
    const merge = this.grid.merges.find((m) => row >= m.top && row < m.top + m.rows && column >= m.left && column < m.left + m.columns);
    return merge ? this.text(merge.top, merge.left) : '';
  }
  /** Sheet columns of the non-blank cells of a row: a blank cell inside a merge counts as the merge's (a header merged down over two rows names its column in both). */
  filled(row: number): number[] {
    const values = this.grid.values[row - this.grid.top] ?? [];
    return values.flatMap((value, i) => (text(value) !== '' || (this.grid.merges.length > 0 && this.merged(row, this.grid.left + i) !== '') ? [this.grid.left + i] : []));
  }
}

/** A weight as written: 20, 0.2, "20%", "0.2". Null when the text is not a number. */
function weightOf(value: GridValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const match = /^\s*([-+]?\d+(?:\.\d+)?)\s*(%?)\s*$/u.exec(value.normalize('NFKC'));
  if (!match) return null;
  return match[2] === '%' ? Number(match[1]) / 100 : Number(match[1]);
}

interface HeaderCandidate {
  row: number;
  left: number;
  headers: string[];
  layout: TableLayout;
}

function headerCandidate(cells: Cells, row: number, model: LevelModel, mapping: ColumnMapping): HeaderCandidate | null {
  const filled = cells.filled(row);
  if (filled.length < 2) return null;
  const left = filled[0];
  const right = filled[filled.length - 1];
  const headers: string[] = [];
  for (let column = left; column <= right; column++) headers.push(cells.merged(row, column));
  const layout = analyseHeaders(headers, model, mapping);
  if (layout.personColumn === null) return null;
  return { row, left, headers, layout };
}

/** The header row: the one naming a person column and the most competencies, the earliest on a tie. */
function findHeader(cells: Cells, top: number, model: LevelModel, mapping: ColumnMapping): HeaderCandidate | null {
  let best: HeaderCandidate | null = null;
  for (let row = top; row < top + HEADER_SEARCH_ROWS && row <= cells.lastRow; row++) {
    const candidate = headerCandidate(cells, row, model, mapping);
    if (candidate && (best === null || candidate.layout.ratingColumns.length > best.layout.ratingColumns.length)) best = candidate;
  }
  return best;
}

function labelColumns(header: HeaderCandidate): number[] {
  const rating = new Set(header.layout.ratingColumns.map((c) => c.index));
  return header.headers.map((_, i) => i).filter((i) => !rating.has(i));
}

/** A row just above or below the headers is the weights row when it says so, or when it holds numbers under competencies only. */
function isWeightsRow(cells: Cells, row: number, header: HeaderCandidate): boolean {
  if (row < 0 || row > cells.lastRow) return false;
  const labels = labelColumns(header).map((i) => cells.text(row, header.left + i)).filter((t) => t !== '');
  if (labels.some((label) => WEIGHT_LABELS.has(headerKey(label)))) return true;
  if (labels.length > 0 || header.layout.ratingColumns.length === 0) return false;
  return header.layout.ratingColumns.some((c) => weightOf(cells.raw(row, header.left + c.index)) !== null);
}

function isTotalsRow(cells: Cells, row: number, header: HeaderCandidate): boolean {
  return labelColumns(header).some((i) => TOTAL_LABELS.has(headerKey(cells.text(row, header.left + i))));
}

/** A note under the people ("制表人：王芳", "Notes: levels per the 2024 model") is not a name. */
function isPersonName(value: string): boolean {
  return value !== '' && value.length <= 30 && !/[:：]/u.test(value);
}

function overlaps(a: SheetArea, b: SheetArea): boolean {
  return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.columns && b.left < a.left + a.columns;
}

/**
 * Recognizes an assessment in a sheet's used range, or null when there is none: no row among the
 * first ten names a person column beside at least one other header. A range whose headers rate
 * nothing yet is still recognized, so the pane can offer the mapping.
 */
export function recognizePlainRange(grid: SheetGrid, model: LevelModel, mapping: ColumnMapping = {}): PlainRangeLayout | null {
  const cells = new Cells(grid);
  const header = findHeader(cells, grid.top, model, mapping);
  if (!header) return null;
  const { layout } = header;
  const weightsRow = isWeightsRow(cells, header.row + 1, header) ? header.row + 1 : isWeightsRow(cells, header.row - 1, header) ? header.row - 1 : null;
  const titleRows: number[] = [];
  for (let row = grid.top; row < header.row; row++) if (row !== weightsRow && cells.filled(row).length > 0) titleRows.push(row);

  const weights: Record<string, number> = {};
  const weightProblems: WeightProblem[] = [];
  if (weightsRow !== null) {
    for (const rating of layout.ratingColumns) {
      const column = header.left + rating.index;
      const raw = cells.raw(weightsRow, column);
      if (text(raw) === '') continue;
      const weight = weightOf(raw);
      if (weight === null || weight < 0) weightProblems.push({ competencyId: rating.competencyId, header: rating.header, value: text(raw), row: weightsRow, column });
      else weights[rating.competencyId] = weight;
    }
  }

  // The people end at the last row naming one; totals, notes and signatures below are not rated.
  const firstDataRow = Math.max(header.row, weightsRow ?? -1) + 1;
  const personColumn = header.left + (layout.personColumn as number);
  const totalsRows: number[] = [];
  let lastDataRow = firstDataRow - 1;
  for (let row = firstDataRow; row <= cells.lastRow; row++) {
    if (isTotalsRow(cells, row, header)) totalsRows.push(row);
    else if (isPersonName(cells.text(row, personColumn))) lastDataRow = row;
  }
  const rowCount = lastDataRow - firstDataRow + 1;
  const block: SheetArea = { top: header.row, left: header.left, rows: lastDataRow - header.row + 1, columns: header.headers.length };
  return {
    ...layout,
    titleRows,
    headerRow: header.row,
    headers: header.headers,
    weightsRow,
    weights,
    weightProblems,
    left: header.left,
    columnCount: header.headers.length,
    firstDataRow,
    rowCount,
    totalsRows: totalsRows.filter((row) => row <= lastDataRow),
    mergesInBlock: grid.merges.filter((m) => overlaps(m, block)),
  };
}

/** Where a sheet cell falls in a recognized range. */
export type PlainRangeCell =
  /** A rating cell: its data row and its column within the block. */
  | { kind: 'rating'; rowIndex: number; columnIndex: number; competencyId: string; header: string }
  /** Elsewhere in the block (headers, weights, titles, person columns, a totals row). */
  | { kind: 'range' }
  | { kind: 'outside' };

/** Classifies a sheet cell against a recognized range. */
export function plainRangeCell(layout: PlainRangeLayout, row: number, column: number): PlainRangeCell {
  const columnIndex = column - layout.left;
  const lastRow = layout.firstDataRow + layout.rowCount - 1;
  const top = layout.titleRows[0] ?? Math.min(layout.headerRow, layout.weightsRow ?? layout.headerRow);
  if (columnIndex < 0 || columnIndex >= layout.columnCount || row < top || row > Math.max(lastRow, layout.headerRow, layout.weightsRow ?? 0)) return { kind: 'outside' };
  const rating = layout.ratingColumns.find((c) => c.index === columnIndex);
  if (!rating || row < layout.firstDataRow || row > lastRow || layout.totalsRows.includes(row)) return { kind: 'range' };
  return { kind: 'rating', rowIndex: row - layout.firstDataRow, columnIndex, competencyId: rating.competencyId, header: rating.header };
}

/** The sheet row of a data row. */
export function plainRangeRow(layout: PlainRangeLayout, rowIndex: number): number {
  return layout.firstDataRow + rowIndex;
}

/** Why a recognized range cannot become an Excel table where it stands without changing anything else. */
export type TableConversionProblem =
  /** Weights sit between the headers and the people: a table would take them for a person. */
  | 'weights-below-headers'
  /** Excel cannot make a table over merged cells. */
  | 'merged-cells'
  /** A blank or repeated header: Excel would rename it ("Column1", "Name2"). */
  | 'blank-or-repeated-header'
  /** A totals row sits among the people. */
  | 'totals-inside'
  | 'no-people';

/** A validation the conversion puts on the weights row: a number of 0 or more, with what the cell takes. */
export interface WeightsRule {
  /** A1 on the sheet: the weights over a run of competency columns. */
  address: string;
  title: string;
  prompt: string;
  errorMessage: string;
}

/** What turning a recognized range into a table does, or why it cannot. */
export interface TableConversion {
  /** The header row and the data rows: what becomes the table. */
  area: SheetArea;
  /** Rows left as they are, outside the table: titles, the weights row, totals and notes below. */
  keptRows: number[];
  /** The weights row's cells over the competencies, validated as the built workbook's are. */
  weightRules: WeightsRule[];
  problems: TableConversionProblem[];
}

/** The sheet's own language: Chinese when its headers are (HR's sheet, whatever the pane shows). */
function sheetLocale(layout: PlainRangeLayout): Locale {
  return layout.headers.some((h) => /[\u4e00-\u9fff]/u.test(h)) ? 'zh-CN' : 'en-US';
}

function weightRules(layout: PlainRangeLayout): WeightsRule[] {
  if (layout.weightsRow === null) return [];
  const locale = sheetLocale(layout);
  const columns = layout.ratingColumns.map((c) => layout.left + c.index).sort((a, b) => a - b);
  const runs: { left: number; columns: number }[] = [];
  for (const column of columns) {
    const last = runs[runs.length - 1];
    if (last && last.left + last.columns === column) last.columns++;
    else runs.push({ left: column, columns: 1 });
  }
  return runs.map((run) => ({
    address: rangeA1(layout.weightsRow as number, run.left, 1, run.columns),
    title: label('weights', locale),
    prompt: label('weightPrompt', locale),
    errorMessage: label('weightMessage', locale),
  }));
}

/** Plans the conversion of a recognized range into a table in place. */
export function planTableConversion(layout: PlainRangeLayout): TableConversion {
  const area: SheetArea = { top: layout.headerRow, left: layout.left, rows: layout.rowCount + 1 + (layout.weightsRow === layout.headerRow + 1 ? 1 : 0), columns: layout.columnCount };
  const problems: TableConversionProblem[] = [];
  if (layout.weightsRow === layout.headerRow + 1) problems.push('weights-below-headers');
  if (layout.mergesInBlock.length > 0) problems.push('merged-cells');
  const keys = layout.headers.map((h) => h.trim().toLowerCase());
  if (keys.some((k, i) => k === '' || keys.indexOf(k) !== i)) problems.push('blank-or-repeated-header');
  if (layout.totalsRows.length > 0) problems.push('totals-inside');
  if (layout.rowCount <= 0) problems.push('no-people');
  const keptRows = [...layout.titleRows, ...(layout.weightsRow !== null && layout.weightsRow < layout.headerRow ? [layout.weightsRow] : [])];
  return { area, keptRows, weightRules: weightRules(layout), problems };
}
