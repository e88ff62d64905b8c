import { MAX_COLUMNS, MockOfficeError, formatArea, intersect, type Area } from './a1';

/** The workbook the counting mock holds: cells, tables, settings, the selection (see ../counting-mock.ts). */

export type MockCellValue = string | number | boolean;

export interface RunRecord {
  /** The options given to Excel.run, or null. */
  options: Record<string, unknown> | null;
  syncs: number;
}

/** A cell content write, for asserting where code wrote. */
export interface CellWrite {
  sheet: string;
  /** A1 address of the written range, without the sheet. */
  address: string;
  kind: 'values' | 'formulas' | 'numberFormat' | 'rows.add' | 'columns.add' | 'clear';
}

export interface CellState {
  value: MockCellValue;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
}

/** A data validation as written (rule and error alert as Office.js takes them). */
export interface ValidationState {
  address: string;
  rule?: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
}

export interface ConditionalFormatState {
  address: string;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
}

export interface ChartSeriesState {
  name: string;
  /** Addresses (with sheet) the series draws, once set. */
  values?: string;
  xValues?: string;
}

export interface ChartState {
  name: string;
  type: string;
  /** The source range given to charts.add, with sheet. */
  source: string;
  seriesBy: string;
  title: string;
  legend: { visible?: boolean; position?: string };
  /** The top-left cell given to setPosition. */
  position?: string;
  width?: number;
  height?: number;
  series: ChartSeriesState[];
}

export class SheetState {
  readonly cells = new Map<number, CellState>();
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  protected = false;
  freeze: { rows: number; columns: number } | null = null;
  /** Column letter -> width in points. */
  readonly columnWidths: Record<string, number> = {};
  readonly validations: ValidationState[] = [];
  readonly conditionalFormats: ConditionalFormatState[] = [];
  readonly charts: ChartState[] = [];
  /** Ranges given wrapped text (RangeFormat.wrapText), and those whose rows were fitted (autofitRows) after it. */
  readonly wrapped: string[] = [];
  readonly autofitRows: string[] = [];
  /** Merged areas (Range.merge, ExcelApi 1.2): the value sits in the top-left cell. */
  readonly merges: Area[] = [];
  /** A GUID-like id that, as Excel's, stays when the sheet is renamed. */
  constructor(public name: string, readonly id: string = name) {}
  private key(row: number, column: number): number {
    return row * MAX_COLUMNS + column;
  }
  get(row: number, column: number): CellState | undefined {
    return this.cells.get(this.key(row, column));
  }
  /** Set by a test: every write to this sheet fails with this message (a full table, a locked sheet, a lost connection). */
  refusesWrites: string | null = null;
  set(row: number, column: number, cell: CellState): void {
    if (this.refusesWrites !== null) throw new MockOfficeError('InvalidOperation', this.refusesWrites);
    if (cell.value === '' && cell.formula === undefined && cell.numberFormat === undefined && !cell.bold) this.cells.delete(this.key(row, column));
    else this.cells.set(this.key(row, column), cell);
  }
  /** The smallest area holding every non-blank cell, or null for an empty sheet. */
  usedArea(valuesOnly: boolean): Area | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.value === '' && cell.formula === undefined) continue;
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    return bottom < 0 ? null : { top, left, rows: bottom - top + 1, columns: right - left + 1 };
  }
}

export interface TableState {
  id: string;
  name: string;
  sheet: SheetState;
  /** Header row. */
  top: number;
  left: number;
  columns: number;
  dataRows: number;
}

export interface RangeState {
  sheet: SheetState;
  area: Area;
}

export interface SettingState {
  key: string;
}

export function tableArea(table: TableState): Area {
  return { top: table.top, left: table.left, rows: table.dataRows + 1, columns: table.columns };
}

export function dataBodyArea(table: TableState): Area {
  return { top: table.top + 1, left: table.left, rows: table.dataRows, columns: table.columns };
}

export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** How Excel stores typed input (what `range.values = [[text]]` does). */
export function interpretInput(input: unknown, numberFormat: string | undefined): CellState {
  if (input === null || input === undefined) return { value: '', numberFormat };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, numberFormat };
  const text = String(input);
  if (numberFormat === '@') return { value: text, numberFormat };
  if (text.startsWith("'")) return { value: text.slice(1), numberFormat };
  if (/^[=+@]/.test(text) && text.length > 1) return { value: '', formula: text.startsWith('=') ? text : `=${text}`, numberFormat };
  if (/^-[^\d.]/.test(text)) return { value: '', formula: `=${text}`, numberFormat };
  if (/^-?\d+(\.\d+)?$/.test(text)) return { value: Number(text), numberFormat };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true', numberFormat };
  const date = ISO_DATE.exec(text);
  if (date) {
    const serial = (Date.UTC(+date[1], +date[2] - 1, +date[3]) - Date.UTC(1899, 11, 30)) / 86400000;
    return { value: serial, numberFormat: numberFormat ?? 'yyyy-mm-dd' };
  }
  return { value: text, numberFormat };
}

export function displayText(cell: CellState | undefined): string {
  if (!cell) return '';
  if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  return String(cell.value);
}

export interface Counters {
  syncCount: number;
  /** The estimated size of every request sent (production's measure), in order. */
  requestBytes: number[];
  largestWritePayload: number;
  largestLoadPayload: number;
  writes: CellWrite[];
}

/**
 * What Microsoft does not document, as switches: the suite runs under each answer
 * (test/office/variants.ts), so code that passes does not depend on the unknown.
 */
export interface MockBehaviour {
  /** A method called on a null object: gives a null object, or fails the sync. */
  nullObjects: 'propagate' | 'fail';
  /** getIntersectionOrNullObject with a range on another sheet: a null object, or fails the sync. */
  intersectOtherSheet: 'null' | 'throw';
  /** charts.add over a source whose cells are all empty: one series per row/column, or none. */
  emptyChartSource: 'series' | 'none';
}

export const DEFAULT_BEHAVIOUR: MockBehaviour = { nullObjects: 'propagate', intersectOtherSheet: 'null', emptyChartSource: 'series' };

/** Where the workbook is open: undo support differs (Microsoft's "Undo capabilities of Excel add-ins"). */
export type MockPlatform = 'web' | 'desktop';

export interface EventRegistration {
  handler: (args: unknown) => Promise<unknown> | void;
  /** Whose event: workbook.onSelectionChanged or worksheets.onSelectionChanged (args with address and worksheetId), or tables.onChanged. */
  source: 'workbook' | 'worksheets' | 'tables';
}

/** Excel.TableChangedEventArgs as Excel hands it to a handler (ExcelApi 1.7; details 1.9, one cell only). */
export interface TableChangedArgs {
  type: 'TableChanged';
  changeType: 'RangeEdited' | 'RowInserted' | 'RowDeleted' | 'ColumnInserted' | 'ColumnDeleted' | 'CellInserted' | 'CellDeleted' | 'Unknown';
  source: 'Local' | 'Remote';
  /** The changed area of the table, without the sheet. */
  address: string;
  tableId: string;
  worksheetId: string;
  details?: { valueBefore: unknown; valueAfter: unknown; valueTypeBefore: string; valueTypeAfter: string };
}

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  readonly settings = new Map<string, unknown>();
  readonly selectionHandlers = new Set<EventRegistration>();
  /** tables.onChanged registrations (the workbook's table collection). */
  readonly tableChangeHandlers = new Set<EventRegistration>();
  /** Event deliveries under way: Excel calls handlers after the change, not inside the batch that made it. */
  readonly deliveries: Promise<void>[] = [];
  /** What handlers threw (Excel drops it; tests see it). */
  readonly handlerErrors: unknown[] = [];
  selection!: RangeState;
  behaviour: MockBehaviour = { ...DEFAULT_BEHAVIOUR };
  platform: MockPlatform = 'desktop';
  /** Workbook structure protection. */
  protected = false;
  /** The user is editing a cell: batches fail unless the run asks delayForCellEdit. */
  cellEditing = false;
  /** The workbook does not have the focus: getActiveCell fails (InvalidSelection). */
  unfocused = false;
  /** A sync the test makes fail (ExcelWorkbookMock.failSync). */
  failingSync: { at: number; message: string } | null = null;
  private nextTableId = 1;
  private nextSheetId = 1;

  sheet(name: string): SheetState | null {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n) ?? null;
  }

  addSheet(name: string): SheetState {
    if (this.sheet(name)) throw new MockOfficeError('ItemAlreadyExists', `a worksheet "${name}" exists`);
    const sheet = new SheetState(name, `{${String(this.nextSheetId++).padStart(8, '0')}-0000-4000-8000-000000000000}`);
    this.sheets.push(sheet);
    return sheet;
  }

  deleteSheet(sheet: SheetState): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const table of this.tablesOn(sheet)) this.tables.splice(this.tables.indexOf(table), 1);
  }

  tablesOn(sheet: SheetState): TableState[] {
    return this.tables.filter((t) => t.sheet === sheet).sort((a, b) => a.top - b.top || a.left - b.left);
  }

  columnNames(table: TableState): string[] {
    return Array.from({ length: table.columns }, (_, c) => displayText(table.sheet.get(table.top, table.left + c)));
  }

  addTable(range: RangeState, hasHeaders: boolean): TableState {
    if (!hasHeaders) throw new MockOfficeError('InvalidArgument', 'the mock makes tables with headers only');
    const area = range.area;
    if (this.tablesOn(range.sheet).some((t) => intersect(tableArea(t), area))) {
      throw new MockOfficeError('InvalidOperation', `a table already overlaps ${formatArea(area)}`);
    }
    // Excel makes no table over merged cells (it tells the user to unmerge them first).
    if (range.sheet.merges.some((m) => intersect(m, area))) {
      throw new MockOfficeError('InvalidOperation', `a table cannot overlap merged cells (${formatArea(area)})`);
    }
    const id = String(this.nextTableId++);
    const table: TableState = { id, name: `Table${id}`, sheet: range.sheet, top: area.top, left: area.left, columns: area.columns, dataRows: Math.max(1, area.rows - 1) };
    const names = new Set<string>();
    for (let c = 0; c < table.columns; c++) {
      let name = displayText(range.sheet.get(table.top, table.left + c)) || `Column${c + 1}`;
      for (let i = 2; names.has(name.toLowerCase()); i++) name = `${name}${i}`;
      names.add(name.toLowerCase());
      range.sheet.set(table.top, table.left + c, { ...(range.sheet.get(table.top, table.left + c) ?? {}), value: name });
    }
    this.tables.push(table);
    return table;
  }

  renameTable(table: TableState, name: string): void {
    if (this.tables.some((t) => t !== table && t.name.toLowerCase() === name.toLowerCase())) {
      throw new MockOfficeError('ItemAlreadyExists', `a table "${name}" exists`);
    }
    table.name = name;
  }

  deleteTable(table: TableState): void {
    this.tables.splice(this.tables.indexOf(table), 1);
  }

  /**
   * Excel raises tables.onChanged after cells of a table changed (typed, pasted, or written by an
   * add-in, whose own events come back to it too): one event per table touched, the changed area
   * of that table, `details` only when one cell changed.
   */
  notifyTableChange(sheet: SheetState, area: Area, changeType: TableChangedArgs['changeType'], before: CellState[][] | null): void {
    if (this.tableChangeHandlers.size === 0) return;
    for (const table of this.tablesOn(sheet)) {
      const hit = intersect(tableArea(table), area);
      if (!hit) continue;
      const single = hit.rows === 1 && hit.columns === 1;
      const valueOf = (cell: CellState | undefined) => cell?.value ?? '';
      const typeOf = (value: unknown) => (value === '' ? 'Empty' : typeof value === 'number' ? 'Double' : typeof value === 'boolean' ? 'Boolean' : 'String');
      const beforeValue = single && before ? valueOf(before[hit.top - area.top]?.[hit.left - area.left]) : undefined;
      const afterValue = valueOf(sheet.get(hit.top, hit.left));
      const args: TableChangedArgs = {
        type: 'TableChanged',
        changeType,
        source: 'Local',
        address: formatArea(hit),
        tableId: table.id,
        worksheetId: sheet.id,
        ...(single && before ? { details: { valueBefore: beforeValue, valueAfter: afterValue, valueTypeBefore: typeOf(beforeValue), valueTypeAfter: typeOf(afterValue) } } : {}),
      };
      const handlers = [...this.tableChangeHandlers];
      this.deliveries.push(
        new Promise<void>((resolve) => setTimeout(resolve, 0)).then(async () => {
          for (const registration of handlers) {
            try {
              await registration.handler({ ...args });
            } catch (error) {
              this.handlerErrors.push(error);
            }
          }
        }),
      );
    }
  }

  /** Adds a column at the right of a table: `values` is its header and one value per data row. */
  addColumn(table: TableState, values: unknown[][] | null, name: string | null): void {
    const rows = table.dataRows + 1;
    if (values !== null && (values.length !== rows || values.some((row) => row.length !== 1))) {
      throw new MockOfficeError('InvalidArgument', `a column of ${values.length} values added to table ${table.name} of ${rows} rows (header included)`);
    }
    const at = table.left + table.columns;
    if (at >= MAX_COLUMNS) throw new MockOfficeError('InvalidOperation', `table ${table.name} cannot grow past the last column`);
    const { sheet } = table;
    // Excel inserts cells: what lies right of the table, within its rows, moves right.
    const moved: [number, number, CellState][] = [];
    for (const [key, cell] of sheet.cells) {
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      if (column >= at && row >= table.top && row < table.top + rows) moved.push([row, column, cell]);
    }
    moved.forEach(([row, column]) => sheet.set(row, column, { value: '' }));
    moved.forEach(([row, column, cell]) => sheet.set(row, column + 1, cell));
    const header = name ?? (values ? String(values[0][0] ?? '') : '');
    const taken = new Set(this.columnNames(table).map((n) => n.toLowerCase()));
    let unique = header || `Column${table.columns + 1}`;
    for (let i = 2; taken.has(unique.toLowerCase()); i++) unique = `${header || 'Column'}${i}`;
    sheet.set(table.top, at, { value: unique });
    for (let r = 1; r < rows; r++) sheet.set(table.top + r, at, interpretInput(values ? values[r][0] : '', undefined));
    table.columns += 1;
    this.notifyTableChange(sheet, { top: table.top, left: at, rows, columns: 1 }, 'ColumnInserted', null);
  }

  addRows(table: TableState, index: number | null, rows: unknown[][]): void {
    if (rows.some((row) => row.length !== table.columns)) {
      throw new MockOfficeError('InvalidArgument', `rows of ${rows[0]?.length} values added to table ${table.name} of ${table.columns} columns`);
    }
    const at = table.top + 1 + (index ?? table.dataRows);
    const { sheet } = table;
    // Excel inserts cells: what lies below, within the table's columns, moves down.
    const moved: [number, number, CellState][] = [];
    for (const [key, cell] of sheet.cells) {
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      if (row >= at && column >= table.left && column < table.left + table.columns) moved.push([row, column, cell]);
    }
    moved.forEach(([row, column]) => sheet.set(row, column, { value: '' }));
    moved.forEach(([row, column, cell]) => sheet.set(row + rows.length, column, cell));
    rows.forEach((row, r) => row.forEach((value, c) => {
      const format = sheet.get(table.top + 1, table.left + c)?.numberFormat;
      sheet.set(at + r, table.left + c, interpretInput(value, format));
    }));
    table.dataRows += rows.length;
    this.notifyTableChange(sheet, { top: at, left: table.left, rows: rows.length, columns: table.columns }, 'RowInserted', null);
  }

}

