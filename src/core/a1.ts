/**
 * A1 addresses for the workbook planner: column letters, cells, ranges and sheet-qualified
 * references, with 0-based row and column numbers inside and A1 text outside.
 */

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnName(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "A" -> 0, "AA" -> 26. */
export function columnNumber(letters: string): number {
  let index = 0;
  for (const ch of letters.toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index - 1;
}

/** A cell in A1 notation from 0-based row and column; `$` where asked. */
export function cellA1(row: number, column: number, absolute: { row?: boolean; column?: boolean } = {}): string {
  return `${absolute.column ? '$' : ''}${columnName(column)}${absolute.row ? '$' : ''}${row + 1}`;
}

/** An absolute cell, "$B$3". */
export function absCell(row: number, column: number): string {
  return cellA1(row, column, { row: true, column: true });
}

/** A range "C10:AF10" (relative), or with `$` on rows and/or columns. */
export function rangeA1(row: number, column: number, rows: number, columns: number, absolute: { row?: boolean; column?: boolean } = {}): string {
  return `${cellA1(row, column, absolute)}:${cellA1(row + rows - 1, column + columns - 1, absolute)}`;
}

/** An absolute range "$C$10:$AF$10". */
export function absRange(row: number, column: number, rows: number, columns: number): string {
  return rangeA1(row, column, rows, columns, { row: true, column: true });
}

/** A whole absolute column, "$A:$A". */
export function wholeColumn(column: number): string {
  return `$${columnName(column)}:$${columnName(column)}`;
}

/** A sheet name as formulas write it: always quoted, inner quotes doubled ('目标级别', 'Bob''s'). */
export function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/** A text literal inside a formula: "ct-am", with inner quotes doubled. */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
