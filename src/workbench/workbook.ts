import { HyperFormula, type CellValue, type RawCellContent, type SimpleCellAddress } from 'hyperformula';
import type { PlanChart } from '../core/plan/plan';
import { cellAddress, quoteSheetReferences, rangeContains, type CellRange } from '../core/a1';
import { displayCell, valueText, type CellDisplay } from './format';
import { registerHrFunctions } from './hr-plugin';
import { formatHolds, validationProblem, type CellStyle, type ConditionalFormat, type StyledRange, type Validation } from './rules';

export type { CellStyle, ConditionalFormat, ListValidation, NumberValidation, StyledRange, Validation } from './rules';

/**
 * The workbench's workbook: a HyperFormula engine (values, formulas, the HR functions, spills)
 * plus what Excel keeps beside the cells and the add-in relies on: tables, list and number
 * validations, conditional formats, number formats, charts, document settings and the
 * selection. The grid, the two operations implementations and the .xlsx reader/writer all work
 * on this one model; every change is announced to subscribers.
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

export interface SheetLayout {
  /** Column width in points by 0-based column. */
  columnWidths: Record<number, number>;
  freeze?: { rows: number; columns: number };
  /** Hidden sheets (lists for validations) get no tab. */
  hidden?: boolean;
}

export interface Selection {
  sheet: string;
  row: number;
  col: number;
}

export type WorkbookEvent = { type: 'values' } | { type: 'selection' } | { type: 'structure' } | { type: 'charts' } | { type: 'reset' };
export type WorkbookListener = (event: WorkbookEvent) => void;

export type EditResult = { ok: true } | { ok: false; message: string };

const DEFAULT_SHEET = 'Sheet1';

function createEngine(): HyperFormula {
  registerHrFunctions();
  return HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', useArrayArithmetic: true, maxRows: 100_000 });
}

export class WorkbenchWorkbook {
  private engine: HyperFormula;
  private tableList: WorkbenchTable[] = [];
  private validationList: Validation[] = [];
  private formatList: ConditionalFormat[] = [];
  private styleList: StyledRange[] = [];
  private layouts = new Map<string, SheetLayout>();
  private chartList: PlanChart[] = [];
  /** Document settings (Office: workbook.settings): saved in the .xlsx as a very hidden sheet. */
  readonly settings = new Map<string, string>();
  private current: Selection = { sheet: DEFAULT_SHEET, row: 0, col: 0 };
  private listeners = new Set<WorkbookListener>();
  private batchDepth = 0;
  private pending = new Set<WorkbookEvent['type']>();
  private formatCache = new Map<string, ConditionalFormat | null>();

  constructor(options: { empty?: boolean } = {}) {
    this.engine = createEngine();
    if (!options.empty) this.engine.addSheet(DEFAULT_SHEET);
  }

  // ---- events ----

  subscribe(listener: WorkbookListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(type: WorkbookEvent['type']): void {
    if (type === 'values' || type === 'structure' || type === 'reset') this.formatCache.clear();
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

  /** Takes over the contents of another workbook (a file just opened); subscribers stay. */
  replaceWith(other: WorkbenchWorkbook): void {
    this.engine.destroy();
    this.engine = other.engine;
    this.tableList = other.tableList;
    this.validationList = other.validationList;
    this.formatList = other.formatList;
    this.styleList = other.styleList;
    this.layouts = other.layouts;
    this.chartList = other.chartList;
    this.settings.clear();
    for (const [key, value] of other.settings) this.settings.set(key, value);
    const first = this.visibleSheetNames()[0] ?? this.sheetNames()[0] ?? this.addSheet(DEFAULT_SHEET);
    this.current = this.hasSheet(other.current.sheet) && !this.layout(other.current.sheet).hidden ? other.current : { sheet: first, row: 0, col: 0 };
    this.emit('reset');
  }

  // ---- sheets ----

  sheetNames(): string[] {
    return this.engine.getSheetNames();
  }

  /** The sheets that get a tab. */
  visibleSheetNames(): string[] {
    return this.sheetNames().filter((name) => !this.layouts.get(name)?.hidden);
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
    for (const item of [...this.tableList, ...this.validationList, ...this.formatList, ...this.styleList, ...this.chartList]) {
      if (item.sheet === name) item.sheet = to;
    }
    const layout = this.layouts.get(name);
    if (layout) {
      this.layouts.delete(name);
      this.layouts.set(to, layout);
    }
    if (this.current.sheet === name) this.current = { ...this.current, sheet: to };
    this.emit('structure');
  }

  /** Removes a sheet with its tables, validations, formats and charts. */
  removeSheet(name: string): void {
    this.batch(() => {
      this.engine.removeSheet(this.sheetId(name));
      const keep = <T extends { sheet: string }>(list: T[]) => list.filter((item) => item.sheet !== name);
      this.tableList = keep(this.tableList);
      this.validationList = keep(this.validationList);
      this.formatList = keep(this.formatList);
      this.styleList = keep(this.styleList);
      this.chartList = keep(this.chartList);
      this.layouts.delete(name);
      if (this.sheetNames().length === 0) this.engine.addSheet(DEFAULT_SHEET);
      if (this.current.sheet === name) this.current = { sheet: this.visibleSheetNames()[0] ?? this.sheetNames()[0], row: 0, col: 0 };
      this.emit('structure');
      this.emit('values');
      this.emit('selection');
    });
  }

  /** Rows and columns in use (at least 1 × 1). */
  usedSize(sheet: string): { rows: number; columns: number } {
    const { width, height } = this.engine.getSheetDimensions(this.sheetId(sheet));
    return { rows: Math.max(height, 1), columns: Math.max(width, 1) };
  }

  layout(sheet: string): SheetLayout {
    let layout = this.layouts.get(sheet);
    if (!layout) this.layouts.set(sheet, (layout = { columnWidths: {} }));
    return layout;
  }

  setLayout(sheet: string, layout: Partial<SheetLayout>): void {
    Object.assign(this.layout(sheet), layout);
    this.emit('structure');
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

  values(sheet: string, range: CellRange): CellValue[][] {
    const id = this.sheetId(sheet);
    return this.engine.getRangeValues({ start: { sheet: id, row: range.startRow, col: range.startCol }, end: { sheet: id, row: range.endRow, col: range.endCol } });
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
      if (input.startsWith('=')) return quoteSheetReferences(input, this.sheetNames());
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

  /** A user's edit: refused, with the validation's message, when it breaks a validation of the cell. */
  editCell(sheet: string, row: number, col: number, input: string): EditResult {
    const problem = this.validationProblem(sheet, row, col, input);
    if (problem) return { ok: false, message: problem };
    try {
      this.setValues(sheet, row, col, [[input]]);
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    return { ok: true };
  }

  /** Evaluates a formula as if it stood in the sheet (validation bounds, conditional formats). */
  evaluate(sheet: string, formula: string): CellValue | CellValue[][] {
    return this.engine.calculateFormula(quoteSheetReferences(formula.startsWith('=') ? formula : `=${formula}`, this.sheetNames()), this.sheetId(sheet));
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
    this.tableList = this.tableList.filter((t) => t.name !== name);
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
      this.growRules(table.sheet, table.range);
      this.emit('structure');
    });
  }

  /** Validations, formats and styles that cover a table's whole data column grow with the table. */
  private growRules(sheet: string, range: CellRange): void {
    for (const rule of [...this.validationList, ...this.formatList, ...this.styleList]) {
      if (rule.sheet === sheet && rule.range.startRow === range.startRow + 1 && rule.range.startCol >= range.startCol && rule.range.endCol <= range.endCol) {
        rule.range = { ...rule.range, endRow: Math.max(rule.range.endRow, range.endRow) };
      }
    }
  }

  private mustTable(name: string): WorkbenchTable {
    const table = this.table(name);
    if (!table) throw new Error(`There is no table "${name}" in the workbook.`);
    return table;
  }

  // ---- validations, conditional formats, styles ----

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

  /** Why an input breaks the cell's validation, or null when it is allowed. Blank is always allowed. */
  validationProblem(sheet: string, row: number, col: number, input: string): string | null {
    const validation = this.validationAt(sheet, row, col);
    return validation ? validationProblem(validation, row, col, input, (formula) => this.evaluate(sheet, formula)) : null;
  }

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

  styledRanges(): readonly StyledRange[] {
    return this.styleList;
  }

  setStyle(sheet: string, range: CellRange, style: CellStyle): void {
    this.styleList.push({ sheet, range, style });
    this.emit('structure');
  }

  /** The cell's style: later ranges win. */
  style(sheet: string, row: number, col: number): CellStyle {
    let style: CellStyle = {};
    for (const styled of this.styleList) if (styled.sheet === sheet && rangeContains(styled.range, row, col)) style = { ...style, ...styled.style };
    return style;
  }

  // ---- charts ----

  charts(): readonly PlanChart[] {
    return this.chartList;
  }

  setCharts(charts: PlanChart[]): void {
    this.chartList = charts.map((c) => ({ ...c, seriesNames: { ...c.seriesNames } }));
    this.emit('charts');
  }

  // ---- selection ----

  get selection(): Selection {
    return this.current;
  }

  select(sheet: string, row: number, col: number): void {
    if (!this.hasSheet(sheet)) throw new Error(`There is no sheet "${sheet}" in the workbook.`);
    const next = { sheet, row: Math.max(0, row), col: Math.max(0, col) };
    if (next.sheet === this.current.sheet && next.row === this.current.row && next.col === this.current.col) return;
    this.current = next;
    this.emit('selection');
  }

  selectionAddress(): string {
    return cellAddress(this.current.row, this.current.col);
  }
}

function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return a.startRow <= b.endRow && b.startRow <= a.endRow && a.startCol <= b.endCol && b.startCol <= a.endCol;
}
