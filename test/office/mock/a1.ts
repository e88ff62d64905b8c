/** A1 addresses and the errors of the counting mock (see ../counting-mock.ts). */

/** What Office.js throws, with the same `code`. */
export class MockOfficeError extends Error {
  constructor(
    readonly code: 'ItemNotFound' | 'InvalidArgument' | 'InvalidOperation' | 'PropertyNotLoaded' | 'ItemAlreadyExists',
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'MockOfficeError';
  }
}

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** "AB" -> 27 (0-based). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 27 -> "AB". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export interface Area {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** Parses "B2", "B2:D9", "D:D", "7:9" (with or without $), without a sheet part. */
export function parseArea(address: string): Area {
  const clean = address.replace(/\$/g, '').toUpperCase();
  const [a, b = a] = clean.split(':');
  const cell = /^([A-Z]+)(\d+)$/;
  const col = /^([A-Z]+)$/;
  const row = /^(\d+)$/;
  if (cell.test(a) && cell.test(b)) {
    const [, c1, r1] = cell.exec(a)!;
    const [, c2, r2] = cell.exec(b)!;
    const top = Math.min(+r1, +r2) - 1;
    const left = Math.min(columnIndex(c1), columnIndex(c2));
    return { top, left, rows: Math.abs(+r2 - +r1) + 1, columns: Math.abs(columnIndex(c2) - columnIndex(c1)) + 1 };
  }
  if (col.test(a) && col.test(b)) {
    const left = Math.min(columnIndex(a), columnIndex(b));
    return { top: 0, left, rows: MAX_ROWS, columns: Math.abs(columnIndex(b) - columnIndex(a)) + 1 };
  }
  if (row.test(a) && row.test(b)) {
    return { top: Math.min(+a, +b) - 1, left: 0, rows: Math.abs(+b - +a) + 1, columns: MAX_COLUMNS };
  }
  throw new MockOfficeError('InvalidArgument', `address "${address}" is not an A1 address`);
}

export function formatArea(area: Area): string {
  if (area.columns === MAX_COLUMNS && area.left === 0) return `${area.top + 1}:${area.top + area.rows}`;
  if (area.rows === MAX_ROWS && area.top === 0) return `${columnLetters(area.left)}:${columnLetters(area.left + area.columns - 1)}`;
  const first = `${columnLetters(area.left)}${area.top + 1}`;
  if (area.rows === 1 && area.columns === 1) return first;
  return `${first}:${columnLetters(area.left + area.columns - 1)}${area.top + area.rows}`;
}

/** Excel quotes sheet names that are not plain words in addresses: 'My sheet'!A1. */
export function sheetPrefix(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits "Sheet!A1" / "'My sheet'!A1:B2" into sheet and address; sheet is null without one. */
export function splitAddress(address: string): { sheet: string | null; area: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(address);
  if (!m) return { sheet: null, area: address };
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), area: m[3] };
}

export function intersect(a: Area, b: Area): Area | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.top + a.rows, b.top + b.rows);
  const right = Math.min(a.left + a.columns, b.left + b.columns);
  return bottom > top && right > left ? { top, left, rows: bottom - top, columns: right - left } : null;
}

export function contains(outer: Area, inner: Area): boolean {
  const i = intersect(outer, inner);
  return i !== null && i.rows === inner.rows && i.columns === inner.columns;
}

