import type { CellRef } from '../host/workbook-operations';
import { columnName, columnNumber } from '../core/a1';

/** Cell values and addresses as Office.js gives and takes them. */

export { cellText } from '../core/rating/records';

/** A position on a sheet, 0-based. */
export interface SheetCell {
  sheet: string;
  row: number;
  column: number;
}

/** 0 -> "A", 26 -> "AA". */
export const columnLetters = columnName;

/**
 * The sheet and top-left cell of an Office.js address ("Sheet1!D7", "'My sheet'!D7:E9").
 * Excel quotes sheet names with spaces or punctuation and doubles their apostrophes.
 */
export function parseAddress(address: string): SheetCell {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Za-z]+)\$?(\d+)/.exec(address);
  if (!match) throw new Error(`Excel gave the address "${address}", which the add-in cannot read.`);
  return { sheet: (match[1] ?? match[2]).replace(/''/g, "'"), row: Number(match[4]) - 1, column: columnNumber(match[3]) };
}

/** The top-left cell of an address with or without its sheet ("B4", "B4:C9", "$B$4"), on `sheet` when it names none. */
export function parseCellAddress(address: string, sheet: string): SheetCell {
  if (address.includes('!')) return parseAddress(address);
  const match = /^\$?([A-Za-z]+)\$?(\d+)/.exec(address);
  if (!match) throw new Error(`Excel gave the address "${address}", which the add-in cannot read.`);
  return { sheet, row: Number(match[2]) - 1, column: columnNumber(match[1]) };
}

export function sameCell(a: SheetCell, b: SheetCell): boolean {
  return a.sheet === b.sheet && a.row === b.row && a.column === b.column;
}

/** Text for Range.find that matches `text` literally: Excel reads * and ? as wildcards, ~ as their escape. */
export function findText(text: string): string {
  return text.replace(/[~*?]/g, '~$&');
}

export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export function cellRef(cell: SheetCell): CellRef {
  return { sheet: cell.sheet, address: a1(cell.row, cell.column) };
}

/** "Sheet!B4", as the Evidence and Audit rows name a rating cell. */
export function cellReference(cell: SheetCell): string {
  return `${cell.sheet}!${a1(cell.row, cell.column)}`;
}

export { literalText, storedText } from '../core/rating/records';
