import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CompositionEvent, type KeyboardEvent, type ReactNode } from 'react';
import { cellAddress, columnName as columnLetters, parseCell } from '../../core/a1';
import { toDisplayFormula } from '../function-names';
import { RADAR_HEIGHT, RADAR_WIDTH } from '../radar';
import type { WorkbenchWorkbook } from '../workbook';
import { ChartLayer } from './ChartLayer';
import type { EditState, Move } from './edit-state';
import { gridExtent, gridGeometry, HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT } from './geometry';
import { GridRow, type RowContext } from './GridRow';
import { useWorkbookVersion } from './use-workbook';
import { ValidationDropdown } from './ValidationDropdown';

interface GridProps {
  workbook: WorkbenchWorkbook;
  /** Bumped on every change of the workbook's contents (not on selection moves, which the grid follows itself). */
  version: number;
  edit: EditState | null;
  onEdit(edit: EditState | null): void;
  /** Commits the edit and moves; false when the workbook refused the value. */
  onCommit(move: Move): boolean;
  onMove(move: Move | { row: number; col: number }): void;
  /** A value picked from a validation list. */
  onPick(value: string): void;
  onClear(): void;
  /** Text pasted while no cell is being edited: rows of cells (tab-separated, as spreadsheets copy them) from the selected cell. */
  onPaste?(rows: string[][]): void;
  locale: 'zh-CN' | 'en-US';
  labels: { pickFromList: string };
}

const OVERSCAN_ROWS = 6;
const OVERSCAN_PX = 300;

/**
 * The sheet as a grid: column letters, row numbers, frozen panes, the cells of the visible rows
 * only (a thousand people scroll smoothly), the selection, the in-cell editor, a validation
 * list's dropdown, and the charts anchored to their cells. Keyboard: arrows, Enter, Tab, F2,
 * Esc, Delete, Alt+↓ for a list, PageUp/PageDown, Home, Ctrl+Home; typing starts editing, also
 * through an input method: the keyboard goes to an invisible input over the selected cell (one
 * element for every cell, so a move keeps the focus where it is), and a key or a finished
 * composition opens the editor in the cell; what is being composed is shown in the cell meanwhile.
 * A move re-renders only the rows of the old and the new selection (rows are memoized).
 */
/** Clipboard text as rows of cells: lines, then tabs; the line break a spreadsheet ends a copy with is not a row. */
export function clipboardRows(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

export function Grid({ workbook, version, edit, onEdit, onCommit, onMove, onPick, onClear, onPaste, locale, labels }: GridProps) {
  useWorkbookVersion(workbook, ['selection']);
  const { sheet, row: selRow, col: selCol } = workbook.selection;
  const scroller = useRef<HTMLDivElement>(null);
  const editor = useRef<HTMLInputElement>(null);
  const keySink = useRef<HTMLInputElement>(null);
  const [view, setView] = useState({ top: 0, left: 0, height: 600, width: 800 });
  // The view as last measured, for the effects: reading the scroller's size again would force a layout on every move.
  const measured = useRef(view);
  const [listOpen, setListOpen] = useState(false);
  // What an input method is composing before the edit starts (shown in the cell as it is typed).
  const [composing, setComposing] = useState<string | null>(null);
  const extent = gridExtent(workbook, sheet, { row: selRow, col: selCol });
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version counts the workbook's changes; the workbook object itself stays the same
  const geometry = useMemo(() => gridGeometry(workbook, sheet, extent), [workbook, sheet, version, extent.rows, extent.columns]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- as above
  const tables = useMemo(() => workbook.tables().filter((t) => t.sheet === sheet), [workbook, sheet, version]);
  const validation = workbook.validationAt(sheet, selRow, selCol);

  // Frozen panes as the sheet sets them, when they leave room to scroll.
  const freeze = workbook.layout(sheet).freeze;
  const frozenRows = freeze && freeze.rows * ROW_HEIGHT < view.height * 0.6 ? freeze.rows : 0;
  const frozenColumns = freeze && geometry.lefts[Math.min(freeze.columns, geometry.columns)] < view.width * 0.6 ? freeze.columns : 0;
  const frozenTop = HEADER_HEIGHT + frozenRows * ROW_HEIGHT;
  const frozenLeft = geometry.lefts[frozenColumns];

  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const next = { top: el.scrollTop, left: el.scrollLeft, height: el.clientHeight, width: el.clientWidth };
    measured.current = next;
    // Unchanged: no new state, no second render of every row.
    setView((current) => (current.top === next.top && current.left === next.left && current.height === next.height && current.width === next.width ? current : next));
  }, []);
  useLayoutEffect(() => {
    measure();
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  // The cells charts are anchored at, parsed once per chart list rather than on every move.
  const charts = workbook.charts();
  const chartCells = useMemo(
    () =>
      new Set(
        charts.flatMap((c) => {
          const anchor = c.sheet === sheet ? parseCell(c.anchor) : null;
          return anchor ? [cellAddress(anchor.row, anchor.col)] : [];
        }),
      ),
    [charts, sheet],
  );
  // Keep the selected cell in view (also when the pane moves the selection), and a chart anchored there.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const chart = chartCells.has(cellAddress(selRow, selCol));
    const top = HEADER_HEIGHT + selRow * ROW_HEIGHT - frozenTop;
    const left = geometry.lefts[selCol] - frozenLeft;
    const below = HEADER_HEIGHT + (chart ? selRow * ROW_HEIGHT + RADAR_HEIGHT : (selRow + 1) * ROW_HEIGHT);
    const right = chart ? geometry.lefts[selCol] + RADAR_WIDTH : geometry.lefts[selCol + 1];
    // Well inside the view as last measured (a row or a column of margin, for a scroll not yet reported): nothing to scroll.
    const seen = measured.current;
    const rowsInView = selRow < frozenRows || (seen.top <= top - ROW_HEIGHT && seen.top + seen.height >= below + ROW_HEIGHT);
    const columnsInView = selCol < frozenColumns || (seen.left <= left - 100 && seen.left + seen.width >= right + 100);
    if (rowsInView && columnsInView) return;
    if (selRow >= frozenRows) {
      const bottom = below - el.clientHeight;
      if (el.scrollTop > top) el.scrollTop = top;
      else if (el.scrollTop < bottom) el.scrollTop = Math.min(top, bottom);
    }
    if (selCol >= frozenColumns) {
      const end = right - el.clientWidth;
      if (el.scrollLeft > left) el.scrollLeft = left;
      else if (el.scrollLeft < end) el.scrollLeft = Math.min(left, end);
    }
    measure();
  }, [chartCells, selRow, selCol, geometry, frozenRows, frozenColumns, frozenTop, frozenLeft, measure]);

  useEffect(() => setListOpen(false), [selRow, selCol, sheet]);

  // The keyboard goes to the key input, unless something outside the grid has it. A move leaves the
  // focus where it is: focusing again on every key forces a layout and wakes the pane's focus tracking.
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (!edit && (active === document.body || active === null || (active !== keySink.current && scroller.current?.contains(active)))) keySink.current?.focus({ preventScroll: true });
  }, [selRow, selCol, sheet, edit]);

  useEffect(() => {
    if (edit?.where === 'cell') {
      const input = editor.current;
      if (input && document.activeElement !== input) {
        input.focus();
        input.setSelectionRange(input.value.length, input.value.length);
      }
    } else if (!edit && !listOpen && document.activeElement?.closest('[data-formula-bar]')) {
      // After an edit from the formula bar, the grid takes the keyboard back.
      scroller.current?.focus();
    }
  }, [edit, listOpen]);

  const firstRow = Math.max(frozenRows, Math.floor(view.top / ROW_HEIGHT) + frozenRows - OVERSCAN_ROWS);
  const lastRow = Math.min(geometry.rows - 1, Math.ceil((view.top + view.height - HEADER_HEIGHT) / ROW_HEIGHT) + OVERSCAN_ROWS);
  const pageRows = Math.max(1, Math.floor((view.height - frozenTop) / ROW_HEIGHT) - 1);
  const visibleColumns = useMemo(() => {
    const from = view.left + frozenLeft - OVERSCAN_PX;
    const to = view.left + view.width + OVERSCAN_PX;
    let first = frozenColumns;
    while (first < geometry.columns - 1 && geometry.lefts[first + 1] < from) first++;
    let last = first;
    while (last < geometry.columns - 1 && geometry.lefts[last + 1] < to) last++;
    return { first, last };
  }, [view.left, view.width, frozenLeft, frozenColumns, geometry]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== scroller.current && event.target !== keySink.current) return;
    if (edit?.where === 'cell' || composing !== null || event.nativeEvent.isComposing || event.key === 'Process') return;
    const key = event.key;
    const moves: Record<string, Move> = { ArrowDown: 'down', ArrowUp: 'up', ArrowRight: 'right', ArrowLeft: 'left' };
    if (key === 'ArrowDown' && event.altKey && validation?.kind === 'list') setListOpen(true);
    else if (moves[key]) onMove(moves[key]);
    else if (key === 'Enter') onMove(event.shiftKey ? 'up' : 'down');
    else if (key === 'Tab') onMove(event.shiftKey ? 'left' : 'right');
    else if (key === 'PageDown') onMove({ row: selRow + pageRows, col: selCol });
    else if (key === 'PageUp') onMove({ row: Math.max(0, selRow - pageRows), col: selCol });
    else if (key === 'Home') onMove({ row: event.ctrlKey ? 0 : selRow, col: 0 });
    else if (key === 'F2') onEdit({ text: inputText(workbook, workbook.selection, locale), mode: 'edit', where: 'cell' });
    else if (key === 'Delete' || key === 'Backspace') onClear();
    else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) onEdit({ text: key, mode: 'enter', where: 'cell' });
    else return;
    event.preventDefault();
  }

  function onEditorKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const arrows: Record<string, Move> = { ArrowDown: 'down', ArrowUp: 'up', ArrowRight: 'right', ArrowLeft: 'left' };
    if (event.nativeEvent.isComposing) return;
    let done = false;
    if (event.key === 'Enter') done = onCommit(event.shiftKey ? 'up' : 'down');
    else if (event.key === 'Tab') done = onCommit(event.shiftKey ? 'left' : 'right');
    else if (event.key === 'Escape') {
      onEdit(null);
      done = true;
    } else if (edit?.mode === 'enter' && arrows[event.key]) done = onCommit(arrows[event.key]);
    else return;
    event.preventDefault();
    event.stopPropagation();
    if (done) scroller.current?.focus();
  }

  const mouseDown = useRef<(row: number, col: number, event: React.MouseEvent) => void>(() => undefined);
  mouseDown.current = (row, col, event) => {
    if ((event.target as Element).closest('.wb-editor')) return;
    if (edit && !onCommit('none')) return;
    onMove({ row, col });
    if (event.detail >= 2) onEdit({ text: inputText(workbook, { sheet, row, col }, locale), mode: 'edit', where: 'cell' });
    scroller.current?.focus();
    event.preventDefault();
  };
  // Stable, so that rows stay memoized across moves.
  const onCellMouseDown = useCallback((row: number, col: number, event: React.MouseEvent) => mouseDown.current(row, col, event), []);

  function onCompositionStart() {
    if (edit?.where !== 'cell') setComposing('');
  }

  function onCompositionEnd(event: CompositionEvent<HTMLInputElement>) {
    if (composing === null) return;
    setComposing(null);
    const text = event.currentTarget.value;
    if (text !== '') onEdit({ text, mode: 'enter', where: 'cell' });
  }

  const selWidth = geometry.lefts[selCol + 1] - geometry.lefts[selCol];
  const cellEditing = edit?.where === 'cell';
  const shownText = cellEditing ? edit.text : (composing ?? '');
  const editorStyle = { width: Math.max(selWidth, Math.min(640, shownText.length * 9 + 24)), height: ROW_HEIGHT };
  const address = `${sheet}!${cellAddress(selRow, selCol)}`;
  // Over the selected cell, so that the caret (and an input method's window) is where the user looks; frozen cells stay in view.
  const keySinkAt = {
    top: HEADER_HEIGHT + selRow * ROW_HEIGHT + (selRow < frozenRows ? view.top : 0),
    left: geometry.lefts[selCol] + (selCol < frozenColumns ? view.left : 0),
  };
  const keyInput = (
    <input
      ref={keySink}
      className="wb-key-sink"
      aria-label={address}
      value={composing ?? ''}
      spellCheck={false}
      autoComplete="off"
      style={keySinkAt}
      onChange={(event) => {
        if (cellEditing) return;
        if (composing !== null || (event.nativeEvent as InputEvent).isComposing) setComposing(event.target.value);
        else if (event.target.value !== '') onEdit({ text: event.target.value, mode: 'enter', where: 'cell' });
      }}
      onPaste={(event) => {
        if (cellEditing || !onPaste) return;
        // Not editing: the paste goes into the cells, as in Excel, not into an edit.
        event.preventDefault();
        onPaste(clipboardRows(event.clipboardData.getData('text/plain')));
      }}
      onCompositionStart={onCompositionStart}
      onCompositionEnd={onCompositionEnd}
    />
  );
  const selectedContent: ReactNode = (
    <>
      {cellEditing ? (
        <input
          ref={editor}
          className="wb-editor"
          aria-label={address}
          value={shownText}
          spellCheck={false}
          autoComplete="off"
          style={editorStyle}
          onChange={(event) => onEdit({ ...edit, text: event.target.value })}
          onKeyDown={onEditorKeyDown}
          onBlur={(event) => {
            // Clicking away commits, as in Excel (the formula bar takes the edit over); a refused value keeps the editor open.
            if (event.relatedTarget instanceof Element && event.relatedTarget.closest('[data-formula-bar]')) return;
            onCommit('none');
          }}
        />
      ) : composing !== null ? (
        // The composition itself happens in the key input; the cell shows it as it is typed.
        <div className="wb-editor wb-composing" style={editorStyle} aria-hidden="true">
          {composing}
        </div>
      ) : null}
      {!cellEditing && composing === null && validation?.kind === 'list' ? (
        <ValidationDropdown
          values={workbook.listValues(validation)}
          open={listOpen}
          onOpen={setListOpen}
          current={workbook.text(sheet, selRow, selCol)}
          label={labels.pickFromList}
          onPick={(value) => {
            setListOpen(false);
            onPick(value);
            keySink.current?.focus({ preventScroll: true });
          }}
        />
      ) : null}
    </>
  );

  const context: RowContext = useMemo(
    () => ({ workbook, sheet, geometry, tables, frozenColumns, visible: visibleColumns, version, onCellMouseDown }),
    [workbook, sheet, geometry, tables, frozenColumns, visibleColumns, version, onCellMouseDown],
  );
  const rowProps = (row: number) =>
    row === selRow ? { selectedCol: selCol, selectedContent, editing: cellEditing || composing !== null } : { selectedCol: -1, selectedContent: null, editing: false };

  const header = (from: number, to: number, offset: number) =>
    Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i).map((col) => (
      <div
        key={col}
        role="columnheader"
        className={`wb-column-header${col === selCol ? ' wb-active-header' : ''}`}
        style={{ left: geometry.lefts[col] - offset, width: geometry.lefts[col + 1] - geometry.lefts[col] }}
      >
        {columnLetters(col)}
      </div>
    ));

  const bodyRows: ReactNode[] = [];
  for (let row = firstRow; row <= lastRow; row++) bodyRows.push(<GridRow key={row} context={context} row={row} top={HEADER_HEIGHT + row * ROW_HEIGHT} {...rowProps(row)} />);

  return (
    <div
      ref={scroller}
      className="wb-grid"
      role="grid"
      aria-label={sheet}
      aria-rowcount={geometry.rows + 1}
      aria-colcount={geometry.columns + 1}
      tabIndex={0}
      onScroll={measure}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === scroller.current) keySink.current?.focus({ preventScroll: true });
      }}
      data-selected={cellAddress(selRow, selCol)}
    >
      <div className="wb-grid-content" style={{ width: geometry.width, height: geometry.height }}>
        <div role="row" className="wb-column-headers" style={{ width: geometry.width }}>
          <div className="wb-corner" aria-hidden="true" />
          {frozenColumns > 0 ? (
            <div className="wb-frozen-headers" style={{ width: frozenLeft - ROW_HEADER_WIDTH }}>
              {header(0, frozenColumns - 1, ROW_HEADER_WIDTH)}
            </div>
          ) : null}
          <div className="wb-scroll-headers" style={{ width: geometry.width - frozenLeft }}>
            {header(visibleColumns.first, visibleColumns.last, frozenLeft)}
          </div>
        </div>
        {frozenRows > 0 ? (
          <div className="wb-frozen-rows" style={{ width: geometry.width, height: frozenRows * ROW_HEIGHT }}>
            {Array.from({ length: frozenRows }, (_, row) => (
              <GridRow key={row} context={context} row={row} top={row * ROW_HEIGHT} {...rowProps(row)} />
            ))}
            <ChartLayer workbook={workbook} sheet={sheet} version={version} lefts={geometry.lefts} locale={locale} part={{ frozenRows, frozen: true }} top={0} />
          </div>
        ) : null}
        {bodyRows}
        {keyInput}
        <ChartLayer workbook={workbook} sheet={sheet} version={version} lefts={geometry.lefts} locale={locale} part={{ frozenRows, frozen: false }} top={HEADER_HEIGHT} />
      </div>
    </div>
  );
}

/** What editing starts from: the formula in the user's language, or the value ("'" kept before text that would read as something else). */
export function inputText(workbook: WorkbenchWorkbook, at: { sheet: string; row: number; col: number }, locale: 'zh-CN' | 'en-US'): string {
  const input = workbook.input(at.sheet, at.row, at.col);
  if (input === null) return '';
  if (typeof input === 'boolean') return input ? 'TRUE' : 'FALSE';
  return toDisplayFormula(String(input), locale);
}
