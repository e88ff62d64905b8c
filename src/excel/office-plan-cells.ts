import type { PlanCell } from '../core/plan/plan';
import { columnName, columnNumber } from '../core/a1';
import { needsTextMarker } from '../core/plan/labels';

/**
 * A1 addresses and cell contents as the Office.js applier writes them. Pure: no Office.js here, so
 * the address arithmetic and the payload estimate are tested without a host.
 */

export interface CellPosition {
  /** 0-based. */
  row: number;
  column: number;
}

/** "A" -> 0, "AH" -> 33. */
export const columnIndex = columnNumber;

/** 0 -> "A", 33 -> "AH". */
export const columnLetters = columnName;

/** "C4" or "$C$4" -> { row: 3, column: 2 }. */
export function parseCell(address: string): CellPosition {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`"${address}" is not a cell address such as "A3"`);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

export function cellAddress(position: CellPosition): string {
  return `${columnLetters(position.column)}${position.row + 1}`;
}

/** The address of a block of `rows` x `columns` cells whose top-left cell is `origin`. */
export function blockAddress(origin: CellPosition, rows: number, columns: number): string {
  const first = cellAddress(origin);
  if (rows === 1 && columns === 1) return first;
  return `${first}:${cellAddress({ row: origin.row + rows - 1, column: origin.column + columns - 1 })}`;
}

/** The same block with "$" on rows and columns, for sources that must not move (list validation). */
export function absoluteBlockAddress(origin: CellPosition, rows: number, columns: number): string {
  const abs = (p: CellPosition) => `$${columnLetters(p.column)}$${p.row + 1}`;
  const last = { row: origin.row + rows - 1, column: origin.column + columns - 1 };
  return rows === 1 && columns === 1 ? abs(origin) : `${abs(origin)}:${abs(last)}`;
}

/** A sheet name as a formula reference needs it: quoted when it is not a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits "Sheet!A1:B2" / "'My sheet'!A1" into sheet and address; a bare address is on `defaultSheet`. */
export function splitSheetAddress(reference: string, defaultSheet: string): { sheet: string; address: string } {
  const bang = reference.lastIndexOf('!');
  if (bang < 0) return { sheet: defaultSheet, address: reference };
  let sheet = reference.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: reference.slice(bang + 1) };
}

/** Rows x columns of an A1 range address ("C5:C22" -> 18 x 1). */
export function rangeShape(address: string): { rows: number; columns: number } {
  const [first, last = first] = address.split(':');
  const a = parseCell(first);
  const b = parseCell(last);
  return { rows: Math.abs(b.row - a.row) + 1, columns: Math.abs(b.column - a.column) + 1 };
}

/** A formula as Excel takes it: with its leading "=". */
export function withEquals(formula: string): string {
  return formula.startsWith('=') ? formula : `=${formula}`;
}

/**
 * One plan cell as an entry of `Range.formulas`:
 * - `{ formula }` is a formula, and nothing else is;
 * - `{ text }` is always text: a leading apostrophe makes Excel store it as typed, never evaluated
 *   or converted (the apostrophe is Excel's text prefix, not part of the value);
 * - a string is text too: it gets the same prefix where Excel would not keep it as typed
 *   (needsTextMarker: "=…", " =…", "+86 …", "-", "007", "TRUE");
 * - null is a blank cell.
 */
export function toFormulaEntry(cell: PlanCell): string | number | boolean {
  if (cell === null) return '';
  if (typeof cell === 'number' || typeof cell === 'boolean') return cell;
  if (typeof cell === 'string') return needsTextMarker(cell) ? `'${cell}` : cell;
  if ('formula' in cell) return withEquals(cell.formula);
  return `'${cell.text}`;
}

export function toFormulaRows(rows: readonly PlanCell[][], width?: number): (string | number | boolean)[][] {
  return rows.map((row) => {
    const entries = row.map(toFormulaEntry);
    while (width !== undefined && entries.length < width) entries.push('');
    return entries;
  });
}

/**
 * Bytes a value adds to an Office.js request, estimated on the safe side: JSON, with every
 * non-ASCII character counted as a 6-byte "\uXXXX" escape (UTF-8 would need 3), plus per-cell
 * separators. Used to size the chunks of a build (see office-plan-applier.ts).
 */
export function estimateJsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) bytes += 5;
  return bytes;
}
