import { HyperFormula, type CellValue, type RawCellContent, type SimpleCellAddress } from 'hyperformula';
import { quoteSheetReferences, rangeContains, type CellRange } from '../core/a1';
import { displayCell, valueText, type CellDisplay } from './format';
import { toEngineFormula } from './function-names';
import { registerHrFunctions } from './hr-plugin';
import type { CellStyle } from './rules';

/**
 * The workbench's cell and table store: a HyperFormula engine (values, formulas, the HR
 * functions, spills), the sheets, the tables, merged ranges and the document settings, with the
 * change events every view subscribes to. The rules on cells (validations, formats, styles) and
 * the view state (layout, charts, selection) build on it (workbook-rules.ts, workbook.ts).
 * HyperFormula is GPL-3.0: this file belongs to the workbench bundle only.
 */

/** What a cell receives: text starting with "=" is a formula; "'" before text keeps it as text. */
export type CellInput = string | number | boolean | null;

export interface WorkbenchTable {
  /** Unique in the workbook, as in Excel. */
  name: string;
  sheet: string;
  /** The header row and the data rows (a table always has a header row here). */
  range: CellRange;
}

/** Cells merged into one, as Excel keeps them: the value sits in the first cell. */
export interface MergedRange {
  sheet: string;
  range: CellRange;
}

export type WorkbookEvent = { type: 'values' } | { type: 'selection' } | { type: 'structure' } | { type: 'charts' } | { type: 'reset' };
export type WorkbookListener = (event: WorkbookEvent) => void;

export const DEFAULT_SHEET = 'Sheet1';

function createEngine(): HyperFormula {
  registerHrFunctions();
  return HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', useArrayArithmetic: true, maxRows: 100_000 });
}

/** Anything kept per sheet beside the cells, so renaming or removing a sheet carries it along. */
export interface SheetScoped {
  sheet: string;
}

export class WorkbookStore {
  private engine: HyperFormula;
  private tableList: WorkbenchTable[] = [];
  private mergeList: MergedRange[] = [];
  /** Document settings (Office: workbook.settings): saved in the .xlsx as a very hidden sheet. */
  readonly settings = new Map<string, string>();
  private listeners = new Set<WorkbookListener>();
  private batchDepth = 0;
  private pending = new Set<WorkbookEvent['type']>();

  constructor(options: { empty?: boolean } = {}) {
    this.engine = createEngine();
    if (!options.empty) this.engine.addSheet(DEFAULT_SHEET);
  }

  // ---- events ----

  subscribe(listener: WorkbookListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called before every event goes out (caches that depend on values drop themselves). */
  protected changed(_type: WorkbookEvent['type']): void {}

  protected emit(type: WorkbookEvent['type']): void {
    this.changed(type);
    if (this.batchDepth > 0) {
      this.pending.add(type);
      return;
    }
    for (const listener of [...this.listeners]) listener({ type } as WorkbookEvent);
  }

  /** Runs several changes as one: one event of each kind at the end. Reads inside are allowed. */
  batch<T>(change: () => T): T {
    this.batchDepth++;
    try {
      return change();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0) {
        const types = [...this.pending];
        this.pending.clear();
        for (const type of types) this.emit(type);
      }
    }
  }

  /** Many writes and no reads (a plan, a file): the engine recalculates once at the end. */
  bulkWrite(change: () => void): void {
    this.batch(() => {
      this.engine.batch(change);
    });
  }

  /** Computes every formula again: the HR functions' models changed (a file brought its own model). */
  recalculate(): void {
    this.engine.rebuildAndRecalculate();
    this.emit('values');
  }

  /** Takes over the contents of another store (a file just opened); subscribers stay. */
  protected adopt(other: WorkbookStore): void {
    this.engine.destroy();
    this.engine = other.engine;
    this.tableList = other.tableList;
    this.mergeList = other.mergeList;
    this.settings.clear();
    for (const [key, value] of other.settings) this.settings.set(key, value);
  }

  /** Everything else kept per sheet (rules, charts), renamed and removed with its sheet. */
  protected sheetScoped(): SheetScoped[][] {
    return [this.tableList, this.mergeList];
  }

  protected sheetRenamed(_from: string, _to: string): void {}

  protected sheetRemoved(_name: string): void {}

  // ---- sheets ----

  sheetNames(): string[] {
    return this.engine.getSheetNames();
  }

  hasSheet(name: string): boolean {
    return this.engine.doesSheetExist(name);
  }

  /** The sheet's name as stored (sheet names compare case-insensitively, as in Excel). */
  findSheet(name: string): string | undefined {
    return this.sheetNames().find((s) => s.toLowerCase() === name.toLowerCase());
  }

  private sheetId(sheet: string): number {
    const id = this.engine.getSheetId(sheet);
    if (id === undefined) throw new Error(`There is no sheet "${sheet}" in the workbook.`);
    return id;
  }

  addSheet(name: string): string {
    const added = this.engine.addSheet(name);
    this.emit('structure');
    return added;
  }

  renameSheet(name: string, to: string): void {
    this.engine.renameSheet(this.sheetId(name), to);
    for (const list of this.sheetScoped()) for (const item of list) if (item.sheet === name) item.sheet = to;
    this.sheetRenamed(name, to);
    this.emit('structure');
  }

  /** Removes a sheet with its tables, validations, formats and charts. */
  removeSheet(name: string): void {
    this.batch(() => {
      this.engine.removeSheet(this.sheetId(name));
      for (const list of this.sheetScoped()) {
        const kept = list.filter((item) => item.sheet !== name);
        list.splice(0, list.length, ...kept);
      }
      if (this.sheetNames().length === 0) this.engine.addSheet(DEFAULT_SHEET);
      this.sheetRemoved(name);
      this.emit('structure');
      this.emit('values');
    });
  }

  /** Rows and columns in use (at least 1 × 1). */
  usedSize(sheet: string): { rows: number; columns: number } {
    const { width, height } = this.engine.getSheetDimensions(this.sheetId(sheet));
    return { rows: Math.max(height, 1), columns: Math.max(width, 1) };
  }

  // ---- cells ----

  private address(sheet: string, row: number, col: number): SimpleCellAddress {
    return { sheet: this.sheetId(sheet), row, col };
  }

  value(sheet: string, row: number, col: number): CellValue {
    return this.engine.getCellValue(this.address(sheet, row, col));
  }

  /** The value as the pane reads it: '' for blank. */
  text(sheet: string, row: number, col: number): string {
    return valueText(this.value(sheet, row, col));
  }

  /** The part of a range inside the sheet's used area (cells past it are blank), or undefined when none is. */
  usedPart(sheet: string, range: CellRange): CellRange | undefined {
    const { rows, columns } = this.usedSize(sheet);
    const part = { ...range, endRow: Math.min(range.endRow, rows - 1), endCol: Math.min(range.endCol, columns - 1) };
    return part.endRow < part.startRow || part.endCol < part.startCol ? undefined : part;
  }

  values(sheet: string, range: CellRange): CellValue[][] {
    const id = this.sheetId(sheet);
    return this.engine.getRangeValues({ start: { sheet: id, row: range.startRow, col: range.startCol }, end: { sheet: id, row: range.endRow, col: range.endCol } });
  }

  /** The cell's style (none in the bare store; the rules add them). */
  style(_sheet: string, _row: number, _col: number): CellStyle {
    return {};
  }

  display(sheet: string, row: number, col: number): CellDisplay {
    return displayCell(this.value(sheet, row, col), this.style(sheet, row, col).numberFormat);
  }

  /** What the formula bar shows and the .xlsx stores: the formula, or the raw value ("'" kept before text that looks like a formula). */
  input(sheet: string, row: number, col: number): CellInput {
    const raw = this.engine.getCellSerialized(this.address(sheet, row, col));
    if (raw instanceof Date) return raw.toISOString();
    return (raw as CellInput) ?? null;
  }

  /** The formula of the cell, or of the formula whose spilled result the cell shows. */
  spillSource(sheet: string, row: number, col: number): { row: number; col: number; formula: string } | undefined {
    let r = row;
    let c = col;
    const type = (rr: number, cc: number) => (rr < 0 || cc < 0 ? 'EMPTY' : this.engine.getCellType(this.address(sheet, rr, cc)));
    if (type(r, c) !== 'ARRAY') return undefined;
    while (type(r, c) === 'ARRAY') {
      const above = type(r - 1, c);
      if (above === 'ARRAY' || above === 'ARRAYFORMULA') r--;
      else c--;
    }
    const formula = this.engine.getCellFormula(this.address(sheet, r, c));
    return type(r, c) === 'ARRAYFORMULA' && formula ? { row: r, col: c, formula } : undefined;
  }

  isFormula(sheet: string, row: number, col: number): boolean {
    return this.engine.doesCellHaveFormula(this.address(sheet, row, col));
  }

  private prepare(input: CellInput): RawCellContent {
    if (typeof input === 'string') {
      if (input === '') return null;
      if (input.startsWith('=')) return quoteSheetReferences(toEngineFormula(input), this.sheetNames());
    }
    return input;
  }

  /** Writes a block of cells from the program (the pane's operations, a plan, a file): no validation. */
  setValues(sheet: string, row: number, col: number, rows: CellInput[][]): void {
    if (rows.length === 0) return;
    this.engine.setCellContents(this.address(sheet, row, col), rows.map((r) => r.map((v) => this.prepare(v))));
    this.emit('values');
  }

  /** Writes text as text, even when it starts with "=" or looks like a number. */
  setText(sheet: string, row: number, col: number, rows: string[][]): void {
    this.setValues(sheet, row, col, rows.map((r) => r.map((v) => (v === '' ? null : `'${v}`))));
  }

  clearRange(sheet: string, range: CellRange): void {
    const rows = Array.from({ length: range.endRow - range.startRow + 1 }, () => Array<CellInput>(range.endCol - range.startCol + 1).fill(null));
    this.setValues(sheet, range.startRow, range.startCol, rows);
  }

  /** Evaluates a formula as if it stood in the sheet (validation bounds, conditional formats). */
  evaluate(sheet: string, formula: string): CellValue | CellValue[][] {
    return this.engine.calculateFormula(quoteSheetReferences(toEngineFormula(formula.startsWith('=') ? formula : `=${formula}`), this.sheetNames()), this.sheetId(sheet));
  }

  // ---- merged cells ----

  merges(): readonly MergedRange[] {
    return this.mergeList;
  }

  /** Merges a range (Excel: range.merge()): the other cells' values go, as in Excel. */
  merge(sheet: string, range: CellRange): void {
    if (this.mergeList.some((m) => m.sheet === sheet && rangesOverlap(m.range, range))) throw new Error('The merged range would overlap another merged range.');
    this.batch(() => {
      const first = this.input(sheet, range.startRow, range.startCol);
      this.clearRange(sheet, range);
      this.setValues(sheet, range.startRow, range.startCol, [[first]]);
      this.mergeList.push({ sheet, range: { ...range } });
      this.emit('structure');
    });
  }

  /** The merged range a cell belongs to, if any. */
  mergeAt(sheet: string, row: number, col: number): MergedRange | undefined {
    return this.mergeList.find((m) => m.sheet === sheet && rangeContains(m.range, row, col));
  }

  // ---- tables ----

  tables(): readonly WorkbenchTable[] {
    return this.tableList;
  }

  table(name: string): WorkbenchTable | undefined {
    return this.tableList.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  tableAt(sheet: string, row: number, col: number): WorkbenchTable | undefined {
    return this.tableList.find((t) => t.sheet === sheet && rangeContains(t.range, row, col));
  }

  addTable(table: WorkbenchTable): void {
    if (this.table(table.name)) throw new Error(`A table named "${table.name}" already exists.`);
    const overlap = this.tableList.find((t) => t.sheet === table.sheet && rangesOverlap(t.range, table.range));
    if (overlap) throw new Error(`Table "${table.name}" would overlap table "${overlap.name}".`);
    this.tableList.push({ ...table, range: { ...table.range } });
    this.emit('structure');
  }

  renameTable(name: string, to: string): void {
    if (this.table(to)) throw new Error(`A table named "${to}" already exists.`);
    this.mustTable(name).name = to;
    this.emit('structure');
  }

  removeTable(name: string): void {
    const kept = this.tableList.filter((t) => t.name !== name);
    this.tableList.splice(0, this.tableList.length, ...kept);
    this.emit('structure');
  }

  /** The header row's texts. */
  tableHeaders(name: string): string[] {
    const table = this.mustTable(name);
    const { startRow, startCol, endCol } = table.range;
    return this.values(table.sheet, { startRow, startCol, endRow: startRow, endCol })[0].map(valueText);
  }

  /** The data rows' values (without the header row). */
  tableRows(name: string): CellValue[][] {
    const table = this.mustTable(name);
    const { startRow, endRow, startCol, endCol } = table.range;
    return endRow > startRow ? this.values(table.sheet, { startRow: startRow + 1, startCol, endRow, endCol }) : [];
  }

  tableRowCount(name: string): number {
    const { range } = this.mustTable(name);
    return range.endRow - range.startRow;
  }

  /** Writes rows under the table and grows it to include them (Excel: table.rows.add). */
  appendTableRows(name: string, rows: CellInput[][], asText = false): void {
    const table = this.mustTable(name);
    if (rows.length === 0) return;
    // Excel gives a new table one blank data row: the first added row fills it.
    const blankRow = this.tableRowCount(name) === 1 && this.tableRows(name)[0].every((v) => valueText(v) === '');
    const first = blankRow ? table.range.endRow : table.range.endRow + 1;
    this.batch(() => {
      if (asText) this.setText(table.sheet, first, table.range.startCol, rows.map((r) => r.map((v) => (v === null ? '' : String(v)))));
      else this.setValues(table.sheet, first, table.range.startCol, rows);
      table.range = { ...table.range, endRow: first + rows.length - 1 };
      this.tableGrew(table);
      this.emit('structure');
    });
  }

  /** Adds a column at a table's right: its header and one value per data row (the cells there must be empty). */
  appendTableColumn(name: string, header: string, values: CellInput[]): void {
    const table = this.mustTable(name);
    const column = table.range.endCol + 1;
    const rows = table.range.endRow - table.range.startRow;
    for (let row = table.range.startRow; row <= table.range.endRow; row++) {
      if (this.text(table.sheet, row, column) !== '') throw new Error(`Table ${name} cannot get a column: the cells right of it on ${table.sheet} are not empty.`);
    }
    this.batch(() => {
      this.setText(table.sheet, table.range.startRow, column, [[header]]);
      this.setValues(table.sheet, table.range.startRow + 1, column, Array.from({ length: rows }, (_, r) => [values[r] ?? '']));
      table.range = { ...table.range, endCol: column };
      this.emit('structure');
    });
  }

  /** Called when a table got rows (rules over its whole columns grow with it). */
  protected tableGrew(_table: WorkbenchTable): void {}

  private mustTable(name: string): WorkbenchTable {
    const table = this.table(name);
    if (!table) throw new Error(`There is no table "${name}" in the workbook.`);
    return table;
  }
}

function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return a.startRow <= b.endRow && b.startRow <= a.endRow && a.startCol <= b.endCol && b.startCol <= a.endCol;
}
