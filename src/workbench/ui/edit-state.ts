/** The cell being edited, shared by the grid's in-cell editor and the formula bar. */
export interface EditState {
  text: string;
  /**
   * "enter": started by typing over the cell, arrow keys commit and move (as in Excel);
   * "edit": F2, a double click or the formula bar, arrow keys move the caret.
   */
  mode: 'enter' | 'edit';
  /** Where the caret is: the cell's editor or the formula bar. */
  where: 'cell' | 'bar';
}

export type Move = 'down' | 'up' | 'right' | 'left' | 'none';

export function moved(position: { row: number; col: number }, move: Move): { row: number; col: number } {
  switch (move) {
    case 'down':
      return { row: position.row + 1, col: position.col };
    case 'up':
      return { row: Math.max(0, position.row - 1), col: position.col };
    case 'right':
      return { row: position.row, col: position.col + 1 };
    case 'left':
      return { row: position.row, col: Math.max(0, position.col - 1) };
    default:
      return position;
  }
}
