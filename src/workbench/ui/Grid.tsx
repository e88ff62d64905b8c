import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { cellAddress, columnLetters, parseCell } from '../a1';
import { RADAR_HEIGHT, RADAR_WIDTH } from '../radar';
import type { WorkbenchWorkbook } from '../workbook';
import { ChartLayer } from './ChartLayer';
import type { EditState, Move } from './edit-state';
import { gridGeometry, HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT } from './geometry';
import { GridRow, type RowContext } from './GridRow';
import { ValidationDropdown } from './ValidationDropdown';

interface GridProps {
  workbook: WorkbenchWorkbook;
  /** Bumped on every workbook change. */
  version: number;
  edit: EditState | null;
  onEdit(edit: EditState | null): void;
  /** Commits the edit and moves; false when the workbook refused the value. */
  onCommit(move: Move): boolean;
  onMove(move: Move | { row: number; col: number }): void;
  /** A value picked from a validation list. */
  onPick(value: string): void;
  onClear(): void;
  locale: 'zh-CN' | 'en-US';
}

const OVERSCAN_ROWS = 6;
const OVERSCAN_PX = 300;

/**
 * The sheet as a grid: column letters, row numbers, frozen panes, the cells of the visible rows
 * only (a thousand people scroll smoothly), the selection, the in-cell editor, a validation
 * list's dropdown, and the charts anchored to their cells. Keyboard: arrows, Enter, Tab, F2,
 * Esc, Delete, Alt+↓ for a list, PageUp/PageDown, Home, Ctrl+Home; typing starts editing.
 */
export function Grid({ workbook, version, edit, onEdit, onCommit, onMove, onPick, onClear, locale }: GridProps) {
  const { sheet, row: selRow, col: selCol } = workbook.selection;
  const scroller = useRef<HTMLDivElement>(null);
  const editor = useRef<HTMLInputElement>(null);
  const [view, setView] = useState({ top: 0, left: 0, height: 600, width: 800 });
  const [listOpen, setListOpen] = useState(false);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version counts the workbook's changes; the workbook object itself stays the same
  const geometry = useMemo(() => gridGeometry(workbook, sheet, { row: selRow, col: selCol }), [workbook, sheet, version, selRow, selCol]);
  const tables = workbook.tables().filter((t) => t.sheet === sheet);
  const validation = workbook.validationAt(sheet, selRow, selCol);

  // Frozen panes as the sheet sets them, when they leave room to scroll.
  const freeze = workbook.layout(sheet).freeze;
  const frozenRows = freeze && freeze.rows * ROW_HEIGHT < view.height * 0.6 ? freeze.rows : 0;
  const frozenColumns = freeze && geometry.lefts[Math.min(freeze.columns, geometry.columns)] < view.width * 0.6 ? freeze.columns : 0;
  const frozenTop = HEADER_HEIGHT + frozenRows * ROW_HEIGHT;
  const frozenLeft = geometry.lefts[frozenColumns];

  const measure = useCallback(() => {
    const el = scroller.current;
    if (el) setView({ top: el.scrollTop, left: el.scrollLeft, height: el.clientHeight, width: el.clientWidth });
  }, []);
  useLayoutEffect(() => {
    measure();
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  // Keep the selected cell in view (also when the pane moves the selection), and a chart anchored there.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const chart = workbook.charts().find((c) => c.sheet === sheet && parseCell(c.anchor)?.row === selRow && parseCell(c.anchor)?.col === selCol);
    if (selRow >= frozenRows) {
      const top = HEADER_HEIGHT + selRow * ROW_HEIGHT - frozenTop;
      const bottom = HEADER_HEIGHT + (chart ? selRow * ROW_HEIGHT + RADAR_HEIGHT : (selRow + 1) * ROW_HEIGHT) - el.clientHeight;
      if (el.scrollTop > top) el.scrollTop = top;
      else if (el.scrollTop < bottom) el.scrollTop = Math.min(top, bottom);
    }
    if (selCol >= frozenColumns) {
      const left = geometry.lefts[selCol] - frozenLeft;
      const right = (chart ? geometry.lefts[selCol] + RADAR_WIDTH : geometry.lefts[selCol + 1]) - el.clientWidth;
      if (el.scrollLeft > left) el.scrollLeft = left;
      else if (el.scrollLeft < right) el.scrollLeft = Math.min(left, right);
    }
    measure();
  }, [workbook, selRow, selCol, sheet, geometry, frozenRows, frozenColumns, frozenTop, frozenLeft, measure]);

  useEffect(() => setListOpen(false), [selRow, selCol, sheet]);

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
    if (event.target !== scroller.current) return;
    const key = event.key;
    const moves: Record<string, Move> = { ArrowDown: 'down', ArrowUp: 'up', ArrowRight: 'right', ArrowLeft: 'left' };
    if (key === 'ArrowDown' && event.altKey && validation?.kind === 'list') setListOpen(true);
    else if (moves[key]) onMove(moves[key]);
    else if (key === 'Enter') onMove(event.shiftKey ? 'up' : 'down');
    else if (key === 'Tab') onMove(event.shiftKey ? 'left' : 'right');
    else if (key === 'PageDown') onMove({ row: selRow + pageRows, col: selCol });
    else if (key === 'PageUp') onMove({ row: Math.max(0, selRow - pageRows), col: selCol });
    else if (key === 'Home') onMove({ row: event.ctrlKey ? 0 : selRow, col: 0 });
    else if (key === 'F2') onEdit({ text: inputText(workbook), mode: 'edit', where: 'cell' });
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

  function onCellMouseDown(row: number, col: number, event: React.MouseEvent) {
    if ((event.target as Element).closest('.wb-editor')) return;
    if (edit && !onCommit('none')) return;
    onMove({ row, col });
    if (event.detail >= 2) onEdit({ text: inputText(workbook, { sheet, row, col }), mode: 'edit', where: 'cell' });
    scroller.current?.focus();
    event.preventDefault();
  }

  const selWidth = geometry.lefts[selCol + 1] - geometry.lefts[selCol];
  const selectedContent: ReactNode =
    edit?.where === 'cell' ? (
      <input
        ref={editor}
        className="wb-editor"
        aria-label={`${sheet}!${cellAddress(selRow, selCol)}`}
        value={edit.text}
        spellCheck={false}
        style={{ width: Math.max(selWidth, Math.min(640, edit.text.length * 9 + 24)), height: ROW_HEIGHT }}
        onChange={(event) => onEdit({ ...edit, text: event.target.value })}
        onKeyDown={onEditorKeyDown}
        onBlur={(event) => {
          // Clicking away commits, as in Excel (the formula bar takes the edit over); a refused value keeps the editor open.
          if (event.relatedTarget instanceof Element && event.relatedTarget.closest('[data-formula-bar]')) return;
          onCommit('none');
        }}
      />
    ) : validation?.kind === 'list' ? (
      <ValidationDropdown
        values={validation.values}
        open={listOpen}
        onOpen={setListOpen}
        current={workbook.text(sheet, selRow, selCol)}
        label={locale === 'zh-CN' ? '选择列表中的值' : 'Pick from the list'}
        onPick={(value) => {
          setListOpen(false);
          onPick(value);
          scroller.current?.focus();
        }}
      />
    ) : null;

  const context: RowContext = {
    workbook,
    sheet,
    geometry,
    tables,
    frozenColumns,
    visible: visibleColumns,
    selected: { row: selRow, col: selCol },
    selectedContent,
    editing: edit?.where === 'cell',
    onCellMouseDown,
  };

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
  for (let row = firstRow; row <= lastRow; row++) bodyRows.push(<GridRow key={row} context={context} row={row} top={HEADER_HEIGHT + row * ROW_HEIGHT} />);

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
              <GridRow key={row} context={context} row={row} top={row * ROW_HEIGHT} />
            ))}
            <ChartLayer workbook={workbook} sheet={sheet} version={version} lefts={geometry.lefts} locale={locale} part={{ frozenRows, frozen: true }} top={0} />
          </div>
        ) : null}
        {bodyRows}
        <ChartLayer workbook={workbook} sheet={sheet} version={version} lefts={geometry.lefts} locale={locale} part={{ frozenRows, frozen: false }} top={HEADER_HEIGHT} />
      </div>
    </div>
  );
}

/** What editing starts from: the formula, or the value ("'" kept before text that would read as something else). */
export function inputText(workbook: WorkbenchWorkbook, at = workbook.selection): string {
  const input = workbook.input(at.sheet, at.row, at.col);
  if (input === null) return '';
  if (typeof input === 'boolean') return input ? 'TRUE' : 'FALSE';
  return String(input);
}
