import { columnName, columnNumber } from '../core/a1';
/**
 * A1 addresses and formula text for the workbench: column letters, ranges, moving a formula's
 * relative references (conditional formats and validations are written relative to their first
 * cell), and quoting sheet names the way HyperFormula's parser needs them.
 */

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  startRow: number;
  startCol: number;
  endRow: number;
  endCol: number;
}

export interface CellPosition {
  row: number;
  col: number;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export const columnLetters = columnName;

/** "A" → 0, "AA" → 26. */
export const columnIndex = columnNumber;

/** "D7" (or "$D$7") → { row: 6, col: 3 }; undefined when it is not a cell address. */
export function parseCell(address: string): CellPosition | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/.exec(address.trim());
  if (!match) return undefined;
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "A3:C5" or "A3" → a range; undefined when malformed. */
export function parseRange(range: string): CellRange | undefined {
  const [from, to = from] = range.split(':');
  const start = parseCell(from);
  const end = parseCell(to);
  if (!start || !end) return undefined;
  return {
    startRow: Math.min(start.row, end.row),
    startCol: Math.min(start.col, end.col),
    endRow: Math.max(start.row, end.row),
    endCol: Math.max(start.col, end.col),
  };
}

export function rangeAddress(range: CellRange): string {
  const start = cellAddress(range.startRow, range.startCol);
  const end = cellAddress(range.endRow, range.endCol);
  return start === end ? start : `${start}:${end}`;
}

export function rangeContains(range: CellRange, row: number, col: number): boolean {
  return row >= range.startRow && row <= range.endRow && col >= range.startCol && col <= range.endCol;
}

/** Splits "Sheet!A1:B2" or "'My sheet'!A1" into sheet and range text; the sheet is undefined when absent. */
export function splitSheetReference(reference: string): { sheet: string | undefined; range: string } {
  const bang = reference.lastIndexOf('!');
  if (bang < 0) return { sheet: undefined, range: reference };
  let sheet = reference.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: reference.slice(bang + 1) };
}

/** A sheet name as a formula writes it: quoted unless it is plain ASCII letters, digits and underscores. */
export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) && !parseCell(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Calls `replace` on each stretch of formula text outside string literals and quoted sheet names. */
function mapOutsideQuotes(formula: string, replace: (code: string) => string): string {
  let out = '';
  let code = '';
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      out += replace(code);
      code = '';
      let j = i + 1;
      for (; j < formula.length; j++) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j++;
          else break;
        }
      }
      out += formula.slice(i, j + 1);
      i = j;
    } else code += ch;
  }
  return out + replace(code);
}

// A cell reference not part of a name (HR.LEVEL.NUMBER, LOG10( and Sheet1 are not references).
const REFERENCE = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)([1-9][0-9]{0,6})(?![A-Za-z0-9_(.])/g;

/** Moves the relative references of a formula by rows and columns, as Excel does when it fills or applies a rule to a cell. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return mapOutsideQuotes(formula, (code) =>
    code.replace(REFERENCE, (whole, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      const col = colAbs ? columnIndex(letters) : columnIndex(letters) + cols;
      const row = rowAbs ? Number(digits) - 1 : Number(digits) - 1 + rows;
      if (col < 0 || row < 0) return '#REF!';
      return `${colAbs}${columnLetters(col)}${rowAbs}${row + 1}`;
    }),
  );
}

/**
 * Quotes sheet names that HyperFormula cannot read bare (Excel accepts =评估!A1; HyperFormula
 * needs ='评估'!A1). Excel reads the quoted form too, so the result is saved as it is.
 */
export function quoteSheetReferences(formula: string, sheetNames: readonly string[]): string {
  const needQuotes = sheetNames.filter((name) => quoteSheetName(name) !== name).sort((a, b) => b.length - a.length);
  if (needQuotes.length === 0 || !formula.includes('!')) return formula;
  return mapOutsideQuotes(formula, (code) => {
    let result = code;
    for (const name of needQuotes) {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      result = result.replace(new RegExp(`(?<![\\p{L}\\p{N}_.])${escaped}!`, 'gu'), `${quoteSheetName(name)}!`);
    }
    return result;
  });
}
