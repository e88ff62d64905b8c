/**
 * A1 addresses and sheet references, for every host and the planner: column letters, cells,
 * ranges (0-based inside, A1 text outside), sheet-qualified references and moving a formula's
 * relative references.
 */

/** Excel's grid: rows and columns of a worksheet. */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A cell, 0-based. */
export interface CellPosition {
  row: number;
  col: number;
}

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  startRow: number;
  startCol: number;
  endRow: number;
  endCol: number;
}

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

/** A block of rows x columns whose top-left cell is (row, column): "C4" for one cell, else "C4:E9"; `$` where asked. */
export function blockA1(row: number, column: number, rows: number, columns: number, absolute: { row?: boolean; column?: boolean } = {}): string {
  return rows === 1 && columns === 1 ? cellA1(row, column, absolute) : rangeA1(row, column, rows, columns, absolute);
}

/** A whole absolute column, "$A:$A". */
export function wholeColumn(column: number): string {
  return `$${columnName(column)}:$${columnName(column)}`;
}

/** "C4" as A1 text for a 0-based cell. */
export function cellAddress(row: number, col: number): string {
  return cellA1(row, col);
}

/** "D7" or "$D$7" -> { row: 6, col: 3 }; undefined when it is not a cell address. */
export function parseCell(address: string): CellPosition | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/.exec(address.trim());
  if (!match) return undefined;
  const position = { row: Number(match[2]) - 1, col: columnNumber(match[1]) };
  return position.row < MAX_ROWS && position.col < MAX_COLUMNS ? position : undefined;
}

/**
 * "A3:C5" or "A3" (with or without `$`) -> a range; with `wholeLines`, also whole columns "D:F"
 * and whole rows "7:9", as Excel's addresses name them. Undefined when malformed.
 */
export function parseRange(range: string, options: { wholeLines?: boolean } = {}): CellRange | undefined {
  const [from, to = from, extra] = range.trim().split(':');
  if (extra !== undefined) return undefined;
  const start = parseCell(from);
  const end = parseCell(to);
  if (start && end) return boundingRange(start, end);
  if (!options.wholeLines) return undefined;
  const column = /^\$?([A-Za-z]{1,3})$/;
  const row = /^\$?([1-9][0-9]*)$/;
  const c1 = column.exec(from);
  const c2 = column.exec(to);
  if (c1 && c2) {
    const [a, b] = [columnNumber(c1[1]), columnNumber(c2[1])];
    if (Math.max(a, b) >= MAX_COLUMNS) return undefined;
    return { startRow: 0, endRow: MAX_ROWS - 1, startCol: Math.min(a, b), endCol: Math.max(a, b) };
  }
  const r1 = row.exec(from);
  const r2 = row.exec(to);
  if (r1 && r2) {
    const [a, b] = [Number(r1[1]) - 1, Number(r2[1]) - 1];
    if (Math.max(a, b) >= MAX_ROWS) return undefined;
    return { startRow: Math.min(a, b), endRow: Math.max(a, b), startCol: 0, endCol: MAX_COLUMNS - 1 };
  }
  return undefined;
}

function boundingRange(a: CellPosition, b: CellPosition): CellRange {
  return { startRow: Math.min(a.row, b.row), startCol: Math.min(a.col, b.col), endRow: Math.max(a.row, b.row), endCol: Math.max(a.col, b.col) };
}

/** A range as Excel writes it: "B2" for one cell, "B2:D9", whole columns "D:D" and whole rows "7:9". */
export function rangeAddress(range: CellRange): string {
  if (range.startCol === 0 && range.endCol === MAX_COLUMNS - 1) return `${range.startRow + 1}:${range.endRow + 1}`;
  if (range.startRow === 0 && range.endRow === MAX_ROWS - 1) return `${columnName(range.startCol)}:${columnName(range.endCol)}`;
  return blockA1(range.startRow, range.startCol, range.endRow - range.startRow + 1, range.endCol - range.startCol + 1);
}

/** Rows x columns of a range. */
export function rangeSize(range: CellRange): { rows: number; columns: number } {
  return { rows: range.endRow - range.startRow + 1, columns: range.endCol - range.startCol + 1 };
}

export function rangeContains(range: CellRange, row: number, col: number): boolean {
  return row >= range.startRow && row <= range.endRow && col >= range.startCol && col <= range.endCol;
}

/** The cells two ranges share, or null. */
export function intersectRanges(a: CellRange, b: CellRange): CellRange | null {
  const startRow = Math.max(a.startRow, b.startRow);
  const startCol = Math.max(a.startCol, b.startCol);
  const endRow = Math.min(a.endRow, b.endRow);
  const endCol = Math.min(a.endCol, b.endCol);
  return endRow >= startRow && endCol >= startCol ? { startRow, startCol, endRow, endCol } : null;
}

/** Whether `inner` lies wholly inside `outer`. */
export function rangeWithin(outer: CellRange, inner: CellRange): boolean {
  return inner.startRow >= outer.startRow && inner.endRow <= outer.endRow && inner.startCol >= outer.startCol && inner.endCol <= outer.endCol;
}

/** The smallest range holding both. */
export function unionRange(a: CellRange, b: CellRange): CellRange {
  return { startRow: Math.min(a.startRow, b.startRow), startCol: Math.min(a.startCol, b.startCol), endRow: Math.max(a.endRow, b.endRow), endCol: Math.max(a.endCol, b.endCol) };
}

// Excel writes a sheet name bare in an address when it is one word that cannot be read as a
// cell ("A1", "R1C1") or start like a number; otherwise quoted, inner apostrophes doubled.
const BARE_SHEET = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
const CELL_LIKE = /^(?:[A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*|[Rr]|[Cc])$/;

/** A sheet name as Excel's `Range.address` shows it: bare when it is a plain word, else quoted. */
export function quoteSheetName(sheet: string): string {
  return BARE_SHEET.test(sheet) && !CELL_LIKE.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** A sheet name as formulas the add-in writes take it: always quoted, inner quotes doubled ('目标级别'!, 'Bob''s'!). */
export function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/** "Sheet!A1:B2" or "'My sheet'!A1" -> sheet and range text; the sheet is undefined when the reference names none. */
export function splitSheetReference(reference: string): { sheet: string | undefined; range: string } {
  const bang = reference.lastIndexOf('!');
  if (bang < 0) return { sheet: undefined, range: reference };
  let sheet = reference.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: reference.slice(bang + 1) };
}

/** A text literal inside a formula: "ct-am", with inner quotes doubled. */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A formula as Excel takes it: with its leading "=". */
export function withEquals(formula: string): string {
  return formula.startsWith('=') ? formula : `=${formula}`;
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
    code.replace(REFERENCE, (_whole, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      const col = colAbs ? columnNumber(letters) : columnNumber(letters) + cols;
      const row = rowAbs ? Number(digits) - 1 : Number(digits) - 1 + rows;
      if (col < 0 || row < 0) return '#REF!';
      return `${colAbs}${columnName(col)}${rowAbs}${row + 1}`;
    }),
  );
}

/**
 * Quotes the known sheet names a formula writes bare (=评估!A1 -> ='评估'!A1): Excel reads both,
 * some formula engines (HyperFormula) only the quoted form.
 */
export function quoteSheetReferences(formula: string, sheetNames: readonly string[]): string {
  if (!formula.includes('!') || sheetNames.length === 0) return formula;
  const pattern = bareSheetPattern(sheetNames);
  return mapOutsideQuotes(formula, (code) => code.replace(pattern, (_whole, name: string) => sheetRef(name)));
}

let cachedPattern: { key: string; pattern: RegExp } | null = null;

/** One pattern for every name (longest first, so "Sheet10" wins over "Sheet1"), kept while the names stay. */
function bareSheetPattern(sheetNames: readonly string[]): RegExp {
  const key = sheetNames.join('\u0000');
  if (cachedPattern?.key !== key) {
    const alternatives = [...sheetNames].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    cachedPattern = { key, pattern: new RegExp(`(?<![\\p{L}\\p{N}_.])(${alternatives.join('|')})!`, 'gu') };
  }
  return cachedPattern.pattern;
}
