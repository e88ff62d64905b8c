import { CompetencyError, invalidValue, type ErrorKind } from '../core/errors';
import { clipped, type Said, type Text } from '../core/message';
import type { Locale } from '../core/model/types';
import { argument, cellMessages, place } from './messages';

/**
 * Argument coercion for every host (Excel and the HyperFormula workbench) in one place.
 * Hosts pass scalars or 2-D arrays of number | string | boolean | null, and error values,
 * which the host adapter turns into `HostErrorValue` before calling in.
 */
export class HostErrorValue {
  /** `what`: a value the functions cannot read (not an Excel error), described for the message. */
  constructor(
    readonly code: string,
    readonly what?: Said,
  ) {}
}

/** A value no cell holds (an object without a basic value, a nested array, a function): refused where it is read. */
export const unreadable = (what: Said): HostErrorValue => new HostErrorValue('#VALUE!', what);

export type Cell = number | string | boolean | null | undefined | HostErrorValue;
export type Matrix = Cell[][];
/** What a function puts in a cell: a value, "" for "nothing to show", or an error with its message. */
export type Out = number | string | CompetencyError;

const ERROR_KINDS: Record<string, ErrorKind> = {
  '#N/A': 'notAvailable',
  '#DIV/0!': 'divideByZero',
  '#NUM!': 'number',
};

const BLANK: Matrix = [[null]];

/**
 * Makes an argument a rectangular matrix, so every function reads ranges and scalars alike:
 * a scalar is 1x1, a flat list one row, an empty range one blank cell. Rows of unequal length
 * (no host sends them) are refused rather than read as a guess.
 */
export function asMatrix(value: Cell | Matrix, where: Text = place.whole(argument.range())): Matrix {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return BLANK;
  const first = value[0] as unknown;
  if (!Array.isArray(first)) return value.every((cell) => !Array.isArray(cell)) ? [value as unknown as Cell[]] : raggedError(where);
  const width = first.length;
  for (let r = 1; r < value.length; r++) if (!Array.isArray(value[r]) || value[r].length !== width) return raggedError(where);
  return width === 0 ? BLANK : value;
}

function raggedError(where: Text): never {
  throw invalidValue(cellMessages.ragged(where));
}

export function isBlank(value: Cell): value is null | undefined | '' {
  return value === null || value === undefined || value === '';
}

/** An omitted optional argument, or a blank cell passed for it. */
export function isOmitted(value: Cell | Matrix): boolean {
  if (Array.isArray(value)) return value.every((row) => (Array.isArray(row) ? row.every(isBlank) : isBlank(row)));
  return isBlank(value);
}

/** The same error as the one in the input cell, saying where it came from. */
export function propagate(error: HostErrorValue, where: Text): CompetencyError {
  if (error.what) return invalidValue(cellMessages.holdsUnreadable(where, error.what));
  return new CompetencyError(ERROR_KINDS[error.code] ?? 'value', cellMessages.holdsError(where, clipped(error.code, 20)));
}

function describe(value: Cell): Text {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return typeof value === 'string' ? clipped(value, 60, (kept) => JSON.stringify(kept)) : JSON.stringify(value);
}

/** Why a cell that is neither blank nor a finite number cannot be read as a number, naming the place (made, not thrown: whole columns). */
export function refusedNumber(value: Exclude<Cell, null | undefined>, where: Text): CompetencyError {
  if (value instanceof HostErrorValue) return propagate(value, where);
  if (typeof value === 'number') return invalidValue(cellMessages.notFinite(where));
  if (typeof value === 'boolean') return invalidValue(cellMessages.booleanForNumber(where, describe(value)));
  const storedAsText = value.trim() !== '' && !Number.isNaN(Number(value));
  return invalidValue((storedAsText ? cellMessages.numberStoredAsText : cellMessages.textForNumber)(where, describe(value)));
}

/** A number cell: blank is null; text, booleans and errors are refused with the place named. */
export function numberOrBlank(value: Cell, where: Text): number | null {
  if (isBlank(value)) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw refusedNumber(value, where);
}

/** Number cells of a list: blank is null; a message is built only for a cell that is refused. */
export function numbersOrBlanks(cells: readonly Cell[], where: (index: number) => Text): (number | null)[] {
  const values: (number | null)[] = new Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    values[i] = typeof cell === 'number' && Number.isFinite(cell) ? cell : isBlank(cell) ? null : numberOrBlank(cell, where(i));
  }
  return values;
}

/** A number that must be present. */
export function requiredNumber(value: Cell, where: Text): number {
  const n = numberOrBlank(value, where);
  if (n === null) throw invalidValue(cellMessages.blankNumber(where));
  return n;
}

/** A text or number cell naming something (a level, a competency, a model); blank is null. */
export function nameOrBlank(value: Cell, where: Text): string | number | null {
  if (isBlank(value)) return null;
  if (value instanceof HostErrorValue) throw propagate(value, where);
  if (typeof value === 'boolean') throw invalidValue(cellMessages.booleanForName(where, describe(value)));
  if (typeof value === 'number') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A text argument that must be present (e.g. a competency name). */
export function requiredText(value: Cell, where: Text): string {
  const name = nameOrBlank(value, where);
  if (name === null) throw invalidValue(cellMessages.blankText(where));
  return String(name);
}

/** The single value of a 1x1 argument; ranges are refused where one value belongs. */
export function single(value: Cell | Matrix, where: Text): Cell {
  if (!Array.isArray(value)) return value;
  const matrix = asMatrix(value, where);
  if (matrix.length !== 1 || matrix[0].length !== 1) throw invalidValue(cellMessages.notSingle(where, matrix.length, matrix[0].length));
  return matrix[0][0];
}

/** A one-row or one-column range as a list (row by row); any other shape is refused. */
export function vector(value: Cell | Matrix, where: Text): Cell[] {
  const matrix = asMatrix(value, where);
  if (matrix.length === 1) return matrix[0];
  if (matrix.every((row) => row.length === 1)) return matrix.map((row) => row[0]);
  throw invalidValue(cellMessages.notVector(where, matrix.length, matrix[0].length));
}

/** The longest message a cell's error shows; longer ones (quoting what a cell held) are cut. */
export const MESSAGE_LIMIT = 300;

/** The error's message in the display language, cut to what a cell shows. */
export function cellMessage(error: CompetencyError, locale: Locale): string {
  const message = error.messageIn(locale);
  return message.length > MESSAGE_LIMIT ? `${message.slice(0, MESSAGE_LIMIT - 1)}…` : message;
}

/** A result of the matrix's shape, cell by cell: plain loops, as whole columns pass through here. */
export function mapCells(matrix: Matrix, rule: (cell: Cell, row: number, column: number) => Out): Out[][] {
  const out: Out[][] = new Array(matrix.length);
  for (let r = 0; r < matrix.length; r++) {
    const row = matrix[r];
    const result: Out[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) result[c] = rule(row[c], r, c);
    out[r] = result;
  }
  return out;
}

/** Runs a per-cell rule, turning a domain error into that cell's error value. */
export function cellResult(rule: () => number | string): Out {
  try {
    return rule();
  } catch (error) {
    if (error instanceof CompetencyError) return error;
    throw error;
  }
}

/** Runs a whole-function rule; a domain error becomes a 1x1 error result. */
export function guarded(rule: () => Out[][]): Out[][] {
  try {
    return rule();
  } catch (error) {
    if (error instanceof CompetencyError) return [[error]];
    throw error;
  }
}
