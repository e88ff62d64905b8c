import {
  MAX_COLUMNS,
  MAX_ROWS,
  columnName,
  columnNumber,
  intersectRanges,
  parseRange,
  quoteSheetName,
  rangeAddress,
  rangeWithin,
  splitSheetReference,
  type CellRange,
} from '../../../src/core/a1';

/** The mock's areas over the add-in's A1 module, and the errors of the mock (see ../counting-mock.ts). */

/** What Office.js throws, with the same `code`. */
export class MockOfficeError extends Error {
  constructor(
    readonly code:
      | 'ItemNotFound'
      | 'InvalidArgument'
      | 'InvalidOperation'
      | 'PropertyNotLoaded'
      | 'ItemAlreadyExists'
      | 'InvalidSelection'
      | 'UndoNotSupported'
      | 'RequestPayloadSizeLimitExceeded'
      | 'GeneralException',
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'MockOfficeError';
  }
}

export { MAX_COLUMNS, MAX_ROWS };
export const columnIndex = columnNumber;
export const columnLetters = columnName;

/** A rectangle as the mock stores it: top-left cell (0-based) and size. */
export interface Area {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

function toRange(area: Area): CellRange {
  return { startRow: area.top, startCol: area.left, endRow: area.top + area.rows - 1, endCol: area.left + area.columns - 1 };
}

function toArea(range: CellRange): Area {
  return { top: range.startRow, left: range.startCol, rows: range.endRow - range.startRow + 1, columns: range.endCol - range.startCol + 1 };
}

/** Parses "B2", "B2:D9", "D:D", "7:9" (with or without $), without a sheet part. */
export function parseArea(address: string): Area {
  const range = parseRange(address, { wholeLines: true });
  if (!range) throw new MockOfficeError('InvalidArgument', `address "${address}" is not an A1 address`);
  return toArea(range);
}

export function formatArea(area: Area): string {
  return rangeAddress(toRange(area));
}

/** How Excel's addresses name a sheet: 'My sheet'!A1, Ratings!A1. */
export const sheetPrefix = quoteSheetName;

/** Splits "Sheet!A1" / "'My sheet'!A1:B2" into sheet and address; sheet is null without one. */
export function splitAddress(address: string): { sheet: string | null; area: string } {
  const { sheet, range } = splitSheetReference(address);
  return { sheet: sheet ?? null, area: range };
}

export function intersect(a: Area, b: Area): Area | null {
  const shared = intersectRanges(toRange(a), toRange(b));
  return shared ? toArea(shared) : null;
}

export function contains(outer: Area, inner: Area): boolean {
  return rangeWithin(toRange(outer), toRange(inner));
}
