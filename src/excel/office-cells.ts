import type { CellRef } from '../host/workbook-operations';
import { cellAddress, parseCell, splitSheetReference } from '../core/a1';
import { SaidError } from '../core/message';
import { hostMessages } from '../host/messages';

/** Cell addresses as Office.js gives and takes them. */

/** A position on a sheet, 0-based. */
export interface SheetCell {
  sheet: string;
  row: number;
  column: number;
}

export function unreadableAddress(address: string): SaidError {
  return new SaidError(hostMessages.unreadableAddress(address));
}

/** The sheet and top-left cell of an Office.js address ("Sheet1!D7", "'My sheet'!D7:E9"). */
export function parseAddress(address: string): SheetCell {
  const { sheet } = splitSheetReference(address);
  if (sheet === undefined) throw unreadableAddress(address);
  return parseCellAddress(address, sheet);
}

/** The top-left cell of an address with or without its sheet ("B4", "B4:C9", "$B$4"), on `sheet` when it names none. */
export function parseCellAddress(address: string, sheet: string): SheetCell {
  const reference = splitSheetReference(address);
  const cell = parseCell(reference.range.split(':')[0]);
  if (!cell) throw unreadableAddress(address);
  return { sheet: reference.sheet ?? sheet, row: cell.row, column: cell.col };
}

export function sameCell(a: SheetCell, b: SheetCell): boolean {
  return a.sheet === b.sheet && a.row === b.row && a.column === b.column;
}

/** Text for Range.find that matches `text` literally: Excel reads * and ? as wildcards, ~ as their escape. */
export function findText(text: string): string {
  return text.replace(/[~*?]/g, '~$&');
}

export function cellRef(cell: SheetCell): CellRef {
  return { sheet: cell.sheet, address: cellAddress(cell.row, cell.column) };
}

/** "Sheet!B4", as the Evidence and Audit rows name a rating cell. */
export function cellReference(cell: SheetCell): string {
  return `${cell.sheet}!${cellAddress(cell.row, cell.column)}`;
}
