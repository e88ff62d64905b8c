import { memo, type ReactNode } from 'react';
import { cellAddress } from '../../core/a1';
import type { WorkbenchTable, WorkbenchWorkbook } from '../workbook';
import type { GridGeometry } from './geometry';
import { ROW_HEIGHT } from './geometry';

/** What every row needs to draw its cells; the same object until the contents, the sheet or the view change. */
export interface RowContext {
  workbook: WorkbenchWorkbook;
  sheet: string;
  geometry: GridGeometry;
  tables: readonly WorkbenchTable[];
  frozenColumns: number;
  /** Columns of the scrolling part to draw (the rest are out of view). */
  visible: { first: number; last: number };
  /** The workbook's contents version: a new one redraws every row. */
  version: number;
  onCellMouseDown(row: number, col: number, event: React.MouseEvent): void;
}

function tableAt(tables: readonly WorkbenchTable[], row: number, col: number): WorkbenchTable | undefined {
  return tables.find((t) => row >= t.range.startRow && row <= t.range.endRow && col >= t.range.startCol && col <= t.range.endCol);
}

/** One cell: its value as Excel shows it, table and conditional formatting, an error's message as a tooltip. */
interface RowSelection {
  /** The selected column when the selection is in this row, else -1. */
  selectedCol: number;
  /** Drawn inside the selected cell: the editor (or the keyboard's input), and a list's dropdown. */
  selectedContent: ReactNode;
  editing: boolean;
}

function Cell({ context, row, col, left, selection }: { context: RowContext; row: number; col: number; left: number; selection: RowSelection }) {
  const { workbook, sheet, geometry, tables } = context;
  const merged = workbook.mergeAt(sheet, row, col);
  // A merged range is drawn by its first cell, over the whole range.
  if (merged && (merged.range.startRow !== row || merged.range.startCol !== col)) return null;
  const lastCol = Math.min(merged ? merged.range.endCol : col, geometry.columns - 1);
  const width = geometry.lefts[lastCol + 1] - geometry.lefts[col];
  const display = workbook.display(sheet, row, col);
  const style = workbook.style(sheet, row, col);
  const format = workbook.conditionalFormatAt(sheet, row, col);
  const table = tableAt(tables, row, col);
  const selected = col === selection.selectedCol;
  const classes = ['wb-cell', `wb-${display.kind}`];
  if (table) classes.push(row === table.range.startRow ? 'wb-table-header' : (row - table.range.startRow) % 2 === 0 ? 'wb-table-band' : 'wb-table-row');
  if (style.bold) classes.push('wb-bold');
  if (merged) classes.push('wb-merged');
  if (style.wrap) classes.push('wb-wrap');
  if (selected) classes.push(selection.editing ? 'wb-selected wb-editing' : 'wb-selected');
  // Text runs on over empty cells to its right, as in Excel (not out of the frozen columns).
  let span = width;
  if (display.kind === 'text' && !table && !format?.fill && !merged && !style.wrap && style.align !== 'center' && style.align !== 'right') {
    const end = col < context.frozenColumns ? context.frozenColumns : Math.min(geometry.columns, col + 12);
    for (let next = col + 1; next < end; next++) {
      if (workbook.display(sheet, row, next).kind !== 'empty' || tableAt(tables, row, next)) break;
      span = geometry.lefts[next + 1] - geometry.lefts[col];
    }
    if (span > width) classes.push('wb-overflow');
  }
  return (
    <div
      role="gridcell"
      aria-colindex={col + 2}
      aria-selected={selected}
      data-address={cellAddress(row, col)}
      className={classes.join(' ')}
      title={display.message ? `${display.text}: ${display.message}` : undefined}
      style={{
        left,
        width: span,
        background: format?.fill,
        color: format?.fontColor,
        textAlign: style.align,
        ...(merged ? { height: (merged.range.endRow - merged.range.startRow + 1) * ROW_HEIGHT } : {}),
      }}
      onMouseDown={(event) => context.onCellMouseDown(row, col, event)}
    >
      {display.kind === 'error' && display.message ? <span className="wb-error-mark" aria-hidden="true" /> : null}
      <span className="wb-cell-text">{display.text}</span>
      {/* The selection's border is the cell's own, also when its text runs on over the next cells. */}
      {selected && span > width ? <span className="wb-selection-box" style={{ width }} aria-hidden="true" /> : null}
      {selected ? selection.selectedContent : null}
    </div>
  );
}

/** A row: its number, its frozen cells (sticky), then the visible cells of the scrolling part. */
export const GridRow = memo(function GridRow({ context, row, top, ...selection }: { context: RowContext; row: number; top: number } & RowSelection) {
  const { geometry, frozenColumns, visible } = context;
  const frozenLeft = geometry.lefts[frozenColumns];
  const frozen: ReactNode[] = [];
  for (let col = 0; col < frozenColumns; col++) frozen.push(<Cell key={col} context={context} row={row} col={col} left={geometry.lefts[col] - geometry.lefts[0]} selection={selection} />);
  const cells: ReactNode[] = [];
  for (let col = Math.max(frozenColumns, visible.first); col <= visible.last; col++) {
    cells.push(<Cell key={col} context={context} row={row} col={col} left={geometry.lefts[col] - frozenLeft} selection={selection} />);
  }
  return (
    <div role="row" aria-rowindex={row + 2} className="wb-row" style={{ top, width: geometry.width, height: ROW_HEIGHT }}>
      <div role="rowheader" className={`wb-row-header${selection.selectedCol >= 0 ? ' wb-active-header' : ''}`}>
        {row + 1}
      </div>
      {frozenColumns > 0 ? (
        <div className="wb-frozen-cells" style={{ left: geometry.lefts[0], width: frozenLeft - geometry.lefts[0] }}>
          {frozen}
        </div>
      ) : null}
      <div className="wb-row-cells" style={{ width: geometry.width - frozenLeft }}>
        {cells}
      </div>
    </div>
  );
});
