import type { PlanCell } from './plan/plan';

/**
 * Cell values as text, and text as cell input, for every host: how a value read from a cell reads
 * as text, and how a plan cell or a user's text is written so the spreadsheet stores what was meant.
 */

/** A cell value as text: '' for blank and for numbers that are not finite, TRUE/FALSE as spreadsheets show them; not trimmed. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'object') return '';
  return String(value);
}

/** A cell value as trimmed text (names, keys, headers). */
export function trimmedCellText(value: unknown): string {
  return cellText(value).trim();
}

/**
 * Whether a spreadsheet would not keep this text as typed: it would run it as a formula ("=", "+",
 * "-", "@", also after leading spaces or tabs), eat a leading apostrophe, or convert it to a
 * number, percent, date or boolean. Such text is written with the text marker.
 */
export function needsTextMarker(text: string): boolean {
  return (
    /^\s*[=+\-@']/.test(text) ||
    /^\s*[\d.,]+%?\s*$/.test(text) ||
    /^\s*\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?\s*$/.test(text) ||
    /^(true|false)$/i.test(text.trim())
  );
}

/**
 * Text as cell input that the spreadsheet keeps as exactly that text: a leading apostrophe is
 * Excel's (and the workbench's) "this is text" marker, so "007", "1/2", "50%", "TRUE", "2026-01-02"
 * and "=SUM(A1)" are neither converted nor run; the marker itself is not part of the value.
 */
export function textEntry(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/** A formula as Excel takes it: with its leading "=". */
function withEquals(formula: string): string {
  return formula.startsWith('=') ? formula : `=${formula}`;
}

/**
 * One plan cell as an entry of `Range.formulas`:
 * - `{ formula }` is a formula, and nothing else is;
 * - `{ text }` is always text (the text marker);
 * - a string is text too: it gets the marker where a spreadsheet would not keep it as typed
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

/** Rows of plan cells as `Range.formulas`, padded with blanks to `width`. */
export function toFormulaRows(rows: readonly PlanCell[][], width?: number): (string | number | boolean)[][] {
  return rows.map((row) => {
    const entries = row.map(toFormulaEntry);
    while (width !== undefined && entries.length < width) entries.push('');
    return entries;
  });
}
