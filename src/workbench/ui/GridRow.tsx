import type { ReactNode } from 'react';
import { cellAddress } from '../../core/a1';
import type { WorkbenchTable, WorkbenchWorkbook } from '../workbook';
import type { GridGeometry } from './geometry';
import { ROW_HEIGHT } from './geometry';

/** What a row needs to draw its cells. */
export interface RowContext {
  workbook: WorkbenchWorkbook;
  sheet: string;
  geometry: GridGeometry;
  tables: readonly WorkbenchTable[];
  frozenColumns: number;
  /** Columns of the scrolling part to draw (the rest are out of view). */
  visible: { first: number; last: number };
  selected: { row: number; col: number };
  /** Drawn inside the selected cell: the editor, or the list dropdown. */
  selectedContent: ReactNode;
  editing: boolean;
  onCellMouseDown(row: number, col: number, event: React.MouseEvent): void;
}

function tableAt(tables: readonly WorkbenchTable[], row: number, col: number): WorkbenchTable | undefined {
  return tables.find((t) => row >= t.range.startRow && row <= t.range.endRow && col >= t.range.startCol && col <= t.range.endCol);
}

/** One cell: its value as Excel shows it, table and conditional formatting, an error's message as a tooltip. */
function Cell({ context, row, col, left }: { context: RowContext; row: number; col: number; left: number }) {
  const { workbook, sheet, geometry, tables } = context;
  const width = geometry.lefts[col + 1] - geometry.lefts[col];
  const display = workbook.display(sheet, row, col);
  const style = workbook.style(sheet, row, col);
  const format = workbook.conditionalFormatAt(sheet, row, col);
  const table = tableAt(tables, row, col);
  const selected = row === context.selected.row && col === context.selected.col;
  const classes = ['wb-cell', `wb-${display.kind}`];
  if (table) classes.push(row === table.range.startRow ? 'wb-table-header' : (row - table.range.startRow) % 2 === 0 ? 'wb-table-band' : 'wb-table-row');
  if (style.bold) classes.push('wb-bold');
  if (selected) classes.push(context.editing ? 'wb-selected wb-editing' : 'wb-selected');
  // Text runs on over empty cells to its right, as in Excel (not out of the frozen columns).
  let span = width;
  if (display.kind === 'text' && !table && !format?.fill) {
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
      style={{ left, width: span, background: format?.fill, color: format?.fontColor }}
      onMouseDown={(event) => context.onCellMouseDown(row, col, event)}
    >
      {display.kind === 'error' && display.message ? <span className="wb-error-mark" aria-hidden="true" /> : null}
      <span className="wb-cell-text">{display.text}</span>
      {selected ? context.selectedContent : null}
    </div>
  );
}

/** A row: its number, its frozen cells (sticky), then the visible cells of the scrolling part. */
export function GridRow({ context, row, top }: { context: RowContext; row: number; top: number }) {
  const { geometry, frozenColumns, visible } = context;
  const frozenLeft = geometry.lefts[frozenColumns];
  const frozen: ReactNode[] = [];
  for (let col = 0; col < frozenColumns; col++) frozen.push(<Cell key={col} context={context} row={row} col={col} left={geometry.lefts[col] - geometry.lefts[0]} />);
  const cells: ReactNode[] = [];
  for (let col = Math.max(frozenColumns, visible.first); col <= visible.last; col++) {
    cells.push(<Cell key={col} context={context} row={row} col={col} left={geometry.lefts[col] - frozenLeft} />);
  }
  return (
    <div role="row" aria-rowindex={row + 2} className="wb-row" style={{ top, width: geometry.width, height: ROW_HEIGHT }}>
      <div role="rowheader" className={`wb-row-header${row === context.selected.row ? ' wb-active-header' : ''}`}>
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
}
