import type { WorkbenchWorkbook } from '../workbook';

/** Sizes of the grid in pixels. */
export const ROW_HEIGHT = 24;
export const HEADER_HEIGHT = 24;
export const ROW_HEADER_WIDTH = 52;
export const DEFAULT_COLUMN_WIDTH = 96;
/** Rows and columns shown beyond the used range, as room to type in. */
const EXTRA_ROWS = 40;
const EXTRA_COLUMNS = 6;

export interface GridGeometry {
  rows: number;
  columns: number;
  /** Left edge of each column (and one past the last), from the row headers' right edge. */
  lefts: number[];
  width: number;
  height: number;
}

/** How many rows and columns the grid shows: the used range, room to type, and the selection. */
export function gridExtent(workbook: WorkbenchWorkbook, sheet: string, selection: { row: number; col: number }): { rows: number; columns: number } {
  const used = workbook.usedSize(sheet);
  return { rows: Math.max(used.rows + EXTRA_ROWS, selection.row + 10, 100), columns: Math.max(used.columns + EXTRA_COLUMNS, selection.col + 3, 26) };
}

export function gridGeometry(workbook: WorkbenchWorkbook, sheet: string, { rows, columns }: { rows: number; columns: number }): GridGeometry {
  const widths = workbook.layout(sheet).columnWidths;
  const lefts = [ROW_HEADER_WIDTH];
  for (let col = 0; col < columns; col++) {
    const points = widths[col];
    lefts.push(lefts[col] + (points ? Math.round((points * 4) / 3) : DEFAULT_COLUMN_WIDTH));
  }
  return { rows, columns, lefts, width: lefts[columns], height: HEADER_HEIGHT + rows * ROW_HEIGHT };
}
