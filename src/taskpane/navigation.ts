import type { RatingCellContext } from '../host/workbook-operations';

export type Move = 'next-competency' | 'previous-competency' | 'next-person' | 'previous-person';

export const MOVES: readonly Move[] = ['previous-competency', 'next-competency', 'previous-person', 'next-person'];

/** The keyboard shortcut of each move (aria-keyshortcuts syntax). */
export const MOVE_KEYS: Record<Move, string> = {
  'next-competency': 'Alt+ArrowRight',
  'previous-competency': 'Alt+ArrowLeft',
  'next-person': 'Alt+ArrowDown',
  'previous-person': 'Alt+ArrowUp',
};

/** The cell a move leads to: the next rating column in the row, or the same column in the next row; null at an edge. */
export function moveTarget(context: RatingCellContext, move: Move): { rowIndex: number; columnIndex: number } | null {
  const { rowIndex, columnIndex } = context;
  if (move === 'next-person') return rowIndex + 1 < context.rowCount ? { rowIndex: rowIndex + 1, columnIndex } : null;
  if (move === 'previous-person') return rowIndex > 0 ? { rowIndex: rowIndex - 1, columnIndex } : null;
  const columns = context.layout.ratingColumns.map((c) => c.index).sort((a, b) => a - b);
  const next = move === 'next-competency' ? columns.find((c) => c > columnIndex) : [...columns].reverse().find((c) => c < columnIndex);
  return next === undefined ? null : { rowIndex, columnIndex: next };
}

const KEY_MOVES: Record<string, Move> = {
  ArrowRight: 'next-competency',
  ArrowLeft: 'previous-competency',
  ArrowDown: 'next-person',
  ArrowUp: 'previous-person',
};

/**
 * The move an Alt+arrow key press asks for, or null. Text fields, lists and dialogs keep their own
 * Alt+arrow meanings (word moves on a Mac, opening a drop-down), so presses there are not taken;
 * checkboxes and buttons have none, so the shortcuts work while a behaviour is focused.
 */
export function shortcutMove(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'target' | 'defaultPrevented'>): Move | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented) return null;
  const move = KEY_MOVES[event.key];
  if (!move) return null;
  const target = event.target as Element | null;
  if (target && typeof target.closest === 'function') {
    if (target.closest('[role="dialog"], [role="alertdialog"], [role="combobox"], [role="listbox"], [role="slider"], [role="radiogroup"]')) return null;
    const tag = target.tagName;
    if (tag === 'TEXTAREA' || tag === 'SELECT') return null;
    if (tag === 'INPUT' && !['checkbox', 'button', 'submit', 'reset'].includes((target as HTMLInputElement).type)) return null;
    if ((target as HTMLElement).isContentEditable) return null;
  }
  return move;
}
