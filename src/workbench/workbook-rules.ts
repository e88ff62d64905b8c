import { rangeContains, type CellRange } from '../core/a1';
import { formatHolds, listValues, validationProblem, type CellStyle, type ConditionalFormat, type ListValidation, type StyledRange, type Validation } from './rules';
import type { CellValue } from 'hyperformula';
import { WorkbookStore, type SheetScoped, type WorkbenchTable, type WorkbookEvent } from './workbook-store';

/**
 * The rules Excel keeps on cells beside their values, on top of the cell store: list and number
 * validations (a user's edit that breaks one is refused), conditional formats (evaluated per
 * cell, cached until the values change) and styles (bold, number formats). What each rule means
 * for one cell is in rules.ts.
 */

export type EditResult = { ok: true } | { ok: false; message: string };

/** A change the user made in the grid (not the pane, not a file): the block written from (row, col) and what it held before. */
export interface UserEdit {
  sheet: string;
  row: number;
  col: number;
  before: CellValue[][];
  source: 'typed' | 'pasted';
}

export class RuledWorkbook extends WorkbookStore {
  private validationList: Validation[] = [];
  private formatList: ConditionalFormat[] = [];
  private styleList: StyledRange[] = [];
  private formatCache = new Map<string, ConditionalFormat | null>();
  private editListeners = new Set<(edit: UserEdit) => void>();

  /** Calls back after each edit the user makes in the grid (the audit of typed ratings follows them); returns the unsubscribe. */
  onUserEdit(listener: (edit: UserEdit) => void): () => void {
    this.editListeners.add(listener);
    return () => this.editListeners.delete(listener);
  }

  protected override changed(type: WorkbookEvent['type']): void {
    if (type === 'values' || type === 'structure' || type === 'reset') this.formatCache.clear();
  }

  protected override adopt(other: RuledWorkbook): void {
    super.adopt(other);
    this.validationList = other.validationList;
    this.formatList = other.formatList;
    this.styleList = other.styleList;
  }

  protected override sheetScoped(): SheetScoped[][] {
    return [...super.sheetScoped(), this.validationList, this.formatList, this.styleList];
  }

  /** Validations, formats and styles that cover a table's whole data column grow with the table. */
  protected override tableGrew(table: WorkbenchTable): void {
    const { sheet, range } = table;
    for (const rule of [...this.validationList, ...this.formatList, ...this.styleList]) {
      if (rule.sheet === sheet && rule.range.startRow === range.startRow + 1 && rule.range.startCol >= range.startCol && rule.range.endCol <= range.endCol) {
        rule.range = { ...rule.range, endRow: Math.max(rule.range.endRow, range.endRow) };
      }
    }
  }

  /** A user's edit: refused, with the validation's message, when it breaks a validation of the cell. */
  editCell(sheet: string, row: number, col: number, input: string): EditResult {
    const problem = this.validationProblem(sheet, row, col, input);
    if (problem) return { ok: false, message: problem };
    const before = [[this.value(sheet, row, col)]];
    try {
      // Typed TRUE or FALSE is a boolean, as in Excel.
      const typed = /^(true|false)$/i.test(input.trim()) ? input.trim().toUpperCase() === 'TRUE' : input;
      this.setValues(sheet, row, col, [[typed]]);
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    for (const listener of [...this.editListeners]) listener({ sheet, row, col, before, source: 'typed' });
    return { ok: true };
  }

  /**
   * A user's paste of a block of text from (row, col), as Excel pastes: over validations (Excel's
   * paste does not check them), refused only where the store refuses (a spill, a merged cell).
   */
  pasteCells(sheet: string, row: number, col: number, rows: string[][]): EditResult {
    const width = Math.max(0, ...rows.map((r) => r.length));
    if (rows.length === 0 || width === 0) return { ok: true };
    const block = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
    const before = block.map((r, i) => r.map((_, c) => this.value(sheet, row + i, col + c)));
    try {
      this.setValues(sheet, row, col, block.map((r) => r.map((input) => (input === '' ? null : input))));
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    for (const listener of [...this.editListeners]) listener({ sheet, row, col, before, source: rows.length * width > 1 ? 'pasted' : 'typed' });
    return { ok: true };
  }

  // ---- validations ----

  validations(): readonly Validation[] {
    return this.validationList;
  }

  addValidation(validation: Validation): void {
    this.validationList.push(validation);
    this.emit('structure');
  }

  validationAt(sheet: string, row: number, col: number): Validation | undefined {
    return this.validationList.find((v) => v.sheet === sheet && rangeContains(v.range, row, col));
  }

  /** The values a list validation offers now (a list from cells follows them). */
  listValues(validation: ListValidation): string[] {
    return listValues(validation, (formula) => this.evaluate(validation.sheet, formula));
  }

  /** Why an input breaks the cell's validation, or null when it is allowed. Blank is always allowed. */
  validationProblem(sheet: string, row: number, col: number, input: string): string | null {
    const validation = this.validationAt(sheet, row, col);
    return validation ? validationProblem(validation, row, col, input, (formula) => this.evaluate(sheet, formula)) : null;
  }

  // ---- conditional formats ----

  conditionalFormats(): readonly ConditionalFormat[] {
    return this.formatList;
  }

  addConditionalFormat(format: ConditionalFormat): void {
    this.formatList.push(format);
    this.emit('structure');
  }

  /** The first conditional format whose rule holds for the cell (cached until the values change). */
  conditionalFormatAt(sheet: string, row: number, col: number): ConditionalFormat | null {
    const key = `${sheet}\u0000${row}\u0000${col}`;
    const cached = this.formatCache.get(key);
    if (cached !== undefined) return cached;
    let found: ConditionalFormat | null = null;
    for (const format of this.formatList) {
      if (format.sheet !== sheet || !rangeContains(format.range, row, col)) continue;
      if (formatHolds(format, row, col, (formula) => this.evaluate(sheet, formula))) {
        found = format;
        break;
      }
    }
    this.formatCache.set(key, found);
    return found;
  }

  // ---- styles ----

  styledRanges(): readonly StyledRange[] {
    return this.styleList;
  }

  setStyle(sheet: string, range: CellRange, style: CellStyle): void {
    this.styleList.push({ sheet, range, style });
    this.emit('structure');
  }

  /** The cell's style: later ranges win. */
  override style(sheet: string, row: number, col: number): CellStyle {
    let style: CellStyle = {};
    for (const styled of this.styleList) if (styled.sheet === sheet && rangeContains(styled.range, row, col)) style = { ...style, ...styled.style };
    return style;
  }
}
