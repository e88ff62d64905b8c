import { MockOfficeError, columnIndex, columnLetters, formatArea, intersect, parseArea, MAX_COLUMNS, MAX_ROWS } from './mock/a1';
import { cloneValue } from './mock/base';
import {
  DEFAULT_BEHAVIOUR,
  WorkbookState,
  interpretInput,
  tableArea,
  type CellState,
  type CellWrite,
  type ChartState,
  type ConditionalFormatState,
  type Counters,
  type MockBehaviour,
  type MockCellValue,
  type MockPlatform,
  type RunRecord,
  type SheetState,
  type ValidationState,
} from './mock/state';
import { currentVariant } from './variants';
import { MockRequestContext } from './mock/workbook';

export { MAX_COLUMNS, MAX_ROWS, MockOfficeError, columnIndex, columnLetters, parseArea };
export type { CellWrite, ChartState, ConditionalFormatState, MockBehaviour, MockCellValue, MockPlatform, RunRecord, ValidationState };

/**
 * An Excel-like workbook for tests of code that calls Office.js (`Excel.run`), built on
 * office-addin-mock's OfficeMockObject, that counts round trips.
 *
 * Why not OfficeMockObject alone: it holds fixed values, while code under test navigates
 * (cell -> table -> data body), gets null objects, writes and reads back. This mock keeps a small
 * workbook model (sheets of cells, tables, settings, the selection) and hands out proxies that
 * behave like Office.js proxies:
 *
 * - Commands are queued and run in order at `context.sync()`: writes, `load`, methods with effects.
 *   A load records the value at that point of the queue, readable only after the sync; reading a
 *   property that was not loaded and synced throws (as Office.js does), so a missing `load` or
 *   `sync` fails the test instead of yielding a placeholder. Each proxy keeps its loaded values in
 *   an OfficeMockObject (its load/sync bookkeeping).
 * - `*OrNullObject` methods give null objects: `isNullObject` is readable after the next sync,
 *   other properties of a null object throw when read. Methods called on a null object give null
 *   objects (null propagates through a batch), or fail the sync with `nullObjects: 'fail'` (for
 *   code that must work either way); writing to a null object fails the sync.
 *   `getItem`, `getFirst`, `getIntersection`, ... on something missing fail the sync (ItemNotFound),
 *   and so does a values array whose shape differs from the range.
 * - Text written to `values` is read as Excel reads typed input: "=..." (and "+...", "@...")
 *   becomes a formula, a leading apostrophe keeps the rest as text, numbers, TRUE/FALSE and ISO
 *   dates (YYYY-MM-DD, stored as serial numbers) are converted, except in cells formatted "@".
 * - `Excel.run` ends with a sync when commands are still queued, as Office.js does.
 *
 * Counting: `syncCount` (every `context.sync()` plus the closing sync of a run with queued
 * commands), `runs` (per `Excel.run`: its options and syncs), `largestWritePayload` (the largest
 * JSON length of cell content — values, formulas, rows added — queued between two syncs) and
 * `largestLoadPayload` (the largest JSON length of values/formulas/text loaded by one sync). Call
 * `resetCounters()` between the set-up and the operation measured.
 *
 * Usage:
 * ```ts
 * const workbook = new ExcelWorkbookMock({
 *   sheets: { Ratings: [] },
 *   tables: [{ name: 'T', sheet: 'Ratings', at: 'A1', headers: ['Person', 'Resilience'], rows: [['Li', '']] }],
 *   selection: { sheet: 'Ratings', address: 'B2' },
 * });
 * const uninstall = workbook.install(); // globalThis.Excel.run and Office.context.requirements
 * await codeUnderTest();
 * expect(workbook.syncCount).toBeLessThanOrEqual(1);
 * expect(workbook.cell('Ratings', 'B2')).toBe('中级');
 * uninstall();
 * ```
 *
 * Supported (grow it as needed; unsupported members are simply absent): Workbook (getActiveCell,
 * getSelectedRange, worksheets, tables, settings, onSelectionChanged), WorksheetCollection
 * (getItem[OrNullObject], getActiveWorksheet, add, items, onSelectionChanged), Worksheet (name, id, position, getRange,
 * getUsedRange[OrNullObject], tables, activate, delete), Range (address, values, formulas, text,
 * numberFormat, row/columnIndex, row/column/cellCount; getCell, getRow, getColumn, getOffsetRange,
 * getResizedRange, getEntireRow, getEntireColumn, getIntersection[OrNullObject], getBoundingRect,
 * getTables, find[OrNullObject] with completeMatch, matchCase and the wildcards * ? and ~ escapes,
 * select, clear, getMergedAreasOrNullObject: a RangeAreas with address, areaCount, cellCount, areas),
 * TableCollection and TableScopedCollection (add,
 * getItem[OrNullObject], getFirst, getCount, items), Table (name, id, showHeaders, showTotals,
 * worksheet, columns, rows, getRange, getHeaderRowRange, getDataBodyRange, delete), table columns
 * (name, index, getDataBodyRange, getHeaderRowRange, getRange) and rows (add, count, getCount),
 * SettingCollection (add, getItem[OrNullObject], items) and Setting (key, value, delete).
 *
 * Between operations a test acts as the user with `select`, `type`, `addTable`, `mergeCells`,
 * `convertTableToRange`, `sortTable`, `setSetting` and `fireSelectionChanged` (or
 * `selectAndNotify`: select, then fire), and looks with `cell`, `formula`,
 * `numberFormat`, `table`, `tableNames`, `sheetNames`, `setting` and `writes`. A formula written
 * by code is kept as text (`formula`); its value reads '' (the mock computes nothing).
 *
 * Modules: mock/state.ts (the workbook model), mock/base.ts (load/sync and null objects shared by
 * every proxy), mock/range.ts, mock/worksheet.ts, mock/tables.ts, mock/workbook.ts (workbook,
 * settings, events, the request context), mock/a1.ts (addresses, errors).
 */

/** A cell given by value, or with a formula (and the value Excel would show for it). */
export type MockCellInput = MockCellValue | { formula: string; value?: MockCellValue; numberFormat?: string };

export interface MockTableSpec {
  name: string;
  sheet: string;
  /** Top-left cell of the header row, e.g. "A1". */
  at: string;
  headers: string[];
  /** Data rows; none gives one blank data row, as Excel keeps at least one. */
  rows: MockCellInput[][];
}

export interface MockWorkbookSpec {
  /** Sheets in order, each as rows of cells from A1 ([] for an empty sheet). */
  sheets?: Record<string, MockCellInput[][]>;
  /** Tables; their cells are written onto their sheets (created when missing). */
  tables?: MockTableSpec[];
  /** The selected range (its top-left cell is the active cell); defaults to A1 of the first sheet. */
  selection?: { sheet: string; address: string };
  /** Document settings (workbook.settings), key -> value. */
  settings?: Record<string, unknown>;
  /** Requirement sets reported as supported, name -> highest version; default { ExcelApi: '1.19' }. */
  requirementSets?: Record<string, string>;
  /**
   * Answers to what Microsoft does not document; unset ones come from the variant the suite runs
   * under (test/office/variants.ts), so every test runs under each answer.
   */
  behaviour?: Partial<MockBehaviour>;
  /** @deprecated use behaviour.nullObjects */
  nullObjects?: MockBehaviour['nullObjects'];
  /** Where the workbook is open, for the undo rules; default 'desktop' (the strictest). */
  platform?: MockPlatform;
  /** Merged areas by sheet, as HR merged them ("A1:H1"); the value stays in the top-left cell. */
  merges?: Record<string, string[]>;
  /** Sheets protected by the user; `workbookProtected`: the workbook structure is. */
  protectedSheets?: string[];
  workbookProtected?: boolean;
}

function toCell(input: MockCellInput): CellState {
  if (typeof input === 'object') return { value: input.value ?? '', formula: input.formula, numberFormat: input.numberFormat };
  return { value: input };
}

function writeGrid(sheet: SheetState, top: number, left: number, rows: MockCellInput[][]): void {
  rows.forEach((row, r) => row.forEach((input, c) => sheet.set(top + r, left + c, toCell(input))));
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/** Batches see the mock context typed as Office.js's, so code under test type-checks unchanged. */
type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** The mock workbook: see the comment at the top of this file. */
export class ExcelWorkbookMock {
  private readonly state = new WorkbookState();
  private readonly counters: Counters = { syncCount: 0, requestBytes: [], largestWritePayload: 0, largestLoadPayload: 0, writes: [] };
  readonly runs: RunRecord[] = [];
  requirementSets: Record<string, string>;

  constructor(spec: MockWorkbookSpec = {}) {
    for (const [name, rows] of Object.entries(spec.sheets ?? {})) writeGrid(this.state.addSheet(name), 0, 0, rows);
    for (const table of spec.tables ?? []) this.addTable(table);
    for (const [sheet, addresses] of Object.entries(spec.merges ?? {})) addresses.forEach((address) => this.mergeCells(sheet, address));
    if (this.state.sheets.length === 0) this.state.addSheet('Sheet1');
    for (const [key, value] of Object.entries(spec.settings ?? {})) this.state.settings.set(key, cloneValue(value));
    this.requirementSets = { ExcelApi: '1.19', ...spec.requirementSets };
    this.state.behaviour = { ...DEFAULT_BEHAVIOUR, ...currentVariant(), ...(spec.nullObjects ? { nullObjects: spec.nullObjects } : {}), ...spec.behaviour };
    this.state.platform = spec.platform ?? 'desktop';
    this.state.protected = spec.workbookProtected ?? false;
    for (const name of spec.protectedSheets ?? []) this.state.sheet(name)!.protected = true;
    const selection = spec.selection ?? { sheet: this.state.sheets[0].name, address: 'A1' };
    this.select(selection.sheet, selection.address);
  }

  /** Adds a table (and its sheet when missing), as if HR had made it. */
  addTable(spec: MockTableSpec): void {
    const sheet = this.state.sheet(spec.sheet) ?? this.state.addSheet(spec.sheet);
    const at = parseArea(spec.at);
    const rows = spec.rows.length ? spec.rows : [spec.headers.map(() => '')];
    writeGrid(sheet, at.top, at.left, [spec.headers, ...rows]);
    const table = this.state.addTable({ sheet, area: { top: at.top, left: at.left, rows: rows.length + 1, columns: spec.headers.length } }, true);
    this.state.renameTable(table, spec.name);
  }

  // ----- counters

  get syncCount(): number {
    return this.counters.syncCount;
  }
  /** The estimated size of each request sent, in order (production's measure, core/request-size). */
  get requestBytes(): readonly number[] {
    return this.counters.requestBytes;
  }
  get largestRequestBytes(): number {
    return Math.max(0, ...this.counters.requestBytes);
  }
  get behaviour(): Readonly<MockBehaviour> {
    return this.state.behaviour;
  }
  get largestWritePayload(): number {
    return this.counters.largestWritePayload;
  }
  get largestLoadPayload(): number {
    return this.counters.largestLoadPayload;
  }
  /** Every cell-content write, in order. */
  get writes(): readonly CellWrite[] {
    return this.counters.writes;
  }
  resetCounters(): void {
    this.counters.syncCount = 0;
    this.counters.requestBytes.length = 0;
    this.counters.largestWritePayload = 0;
    this.counters.largestLoadPayload = 0;
    this.counters.writes.length = 0;
    this.runs.length = 0;
  }

  // ----- Excel.run and Office

  /** Excel.run: (batch), (options, batch) or (object or context, batch) to reuse its context. */
  run: { <T>(batch: Batch<T>): Promise<T>; <T>(optionsOrObject: unknown, batch: Batch<T>): Promise<T> } = async <T>(first: unknown, second?: Batch<T>): Promise<T> => {
    const batch = (second ?? first) as Batch<T>;
    const given = second ? first : undefined;
    const reused = given instanceof MockRequestContext ? given : (given as { context?: unknown } | undefined)?.context;
    const options = second && !(reused instanceof MockRequestContext) ? (given as Record<string, unknown>) : null;
    const record: RunRecord = { options, syncs: 0 };
    this.runs.push(record);
    const context = reused instanceof MockRequestContext ? reused : new MockRequestContext(this.state, this.counters, record);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.hasPending) await context.sync();
    return result;
  };

  /** `Office.context.requirements.isSetSupported` against `requirementSets`. */
  isSetSupported = (name: string, version = '1.1'): boolean => {
    const have = this.requirementSets[name];
    return have !== undefined && versionAtLeast(have, version);
  };

  /** Puts `Excel.run` and `Office.context.requirements` on globalThis; returns the undo. */
  install(): () => void {
    const global = globalThis as Record<string, unknown>;
    const saved = { Excel: global.Excel, Office: global.Office };
    global.Excel = { run: this.run };
    global.Office = {
      context: { requirements: { isSetSupported: this.isSetSupported } },
      addin: {
        onVisibilityModeChanged: async (handler: (args: { visibilityMode: string }) => void) => {
          this.visibilityHandlers.add(handler);
          return async () => void this.visibilityHandlers.delete(handler);
        },
      },
    };
    return () => {
      global.Excel = saved.Excel;
      global.Office = saved.Office;
    };
  }

  // ----- what the user does between operations

  /** Selects a range, as the user would; does not fire the selection event. */
  select(sheet: string, address: string): void {
    const sheetState = this.state.sheet(sheet);
    if (!sheetState) throw new Error(`no sheet ${sheet}`);
    this.state.selection = { sheet: sheetState, area: parseArea(address) };
  }

  /** Deletes a table (its cells stay), as the user would with "Convert to range". */
  convertTableToRange(name: string): void {
    const table = this.state.tables.find((t) => t.name === name);
    if (!table) throw new Error(`no table ${name}`);
    this.state.deleteTable(table);
  }

  /**
   * Calls the registered selection handlers, as Excel does after the user moves: those of
   * worksheets.onSelectionChanged get the selection's address (without sheet) and worksheetId.
   */
  async fireSelectionChanged(): Promise<void> {
    const { sheet, area } = this.state.selection;
    const worksheetArgs = { type: 'WorksheetSelectionChanged', source: 'Local', address: formatArea(area), worksheetId: sheet.id };
    for (const registration of [...this.state.selectionHandlers]) {
      await registration.handler(registration.source === 'worksheets' ? { ...worksheetArgs } : { type: 'WorkbookSelectionChanged' });
    }
  }

  /** Selects a range and fires the selection event, as the user's click does. */
  async selectAndNotify(sheet: string, address: string): Promise<void> {
    this.select(sheet, address);
    await this.fireSelectionChanged();
  }

  /** Deletes a chart, as the user would. */
  deleteChart(sheet: string, name: string): void {
    const charts = this.sheetState(sheet).charts;
    const index = charts.findIndex((c) => c.name === name);
    if (index < 0) throw new Error(`no chart ${name} on ${sheet}`);
    charts.splice(index, 1);
  }

  /** Sorts a table's data rows by a column (0-based, text order), as the user would. */
  sortTable(name: string, column: number, descending = false): void {
    const table = this.state.tables.find((t) => t.name === name);
    if (!table) throw new Error(`no table ${name}`);
    const { sheet } = table;
    const rows = Array.from({ length: table.dataRows }, (_, r) => Array.from({ length: table.columns }, (_, c) => sheet.get(table.top + 1 + r, table.left + c)));
    const key = (row: (CellState | undefined)[]) => String(row[column]?.value ?? '');
    rows.sort((a, b) => (descending ? -1 : 1) * key(a).localeCompare(key(b)));
    rows.forEach((row, r) => row.forEach((cell, c) => sheet.set(table.top + 1 + r, table.left + c, cell ?? { value: '' })));
  }

  /** Every write to `sheet` fails from now on (null: accepted again), as a full or locked table would. */
  refuseWrites(sheet: string, message: string | null): void {
    const state = this.state.sheet(sheet);
    if (!state) throw new Error(`no sheet ${sheet}`);
    state.refusesWrites = message;
  }

  /** The `n`-th sync from now (1 = the next) fails before it runs anything, as a lost connection would. */
  failSync(n: number, message: string): void {
    this.state.failingSync = { at: this.counters.syncCount + n, message };
  }

  private readonly visibilityHandlers = new Set<(args: { visibilityMode: string }) => void>();

  /** The user closes (false) or opens the task pane: Office.addin.onVisibilityModeChanged handlers run. */
  setPaneVisible(visible: boolean): void {
    for (const handler of [...this.visibilityHandlers]) handler({ visibilityMode: visible ? 'Taskpane' : 'Hidden' });
  }

  /** The user starts (true) or ends editing a cell: batches without delayForCellEdit fail meanwhile. */
  editCell(editing = true): void {
    this.state.cellEditing = editing;
  }

  /** The workbook loses (false) or regains the focus: getActiveCell fails without it. */
  focus(focused: boolean): void {
    this.state.unfocused = !focused;
  }

  protectSheet(name: string, on = true): void {
    this.sheetState(name).protected = on;
  }

  protectWorkbook(on = true): void {
    this.state.protected = on;
  }

  /** Merges cells, as the user would (Home > Merge & Center): the cells but the top-left one lose their values. */
  mergeCells(sheet: string, address: string): void {
    const sheetState = this.sheetState(sheet);
    const area = parseArea(address);
    if (area.rows * area.columns < 2) throw new Error(`merging ${address} merges nothing`);
    if (sheetState.merges.some((m) => intersect(m, area))) throw new Error(`${address} overlaps a merged area of ${sheet}`);
    for (let r = 0; r < area.rows; r++) for (let c = 0; c < area.columns; c++) if (r > 0 || c > 0) sheetState.set(area.top + r, area.left + c, { value: '' });
    sheetState.merges.push(area);
  }

  /** Writes cells as the user would have left them (text as typed input). */
  setCells(sheet: string, at: string, rows: MockCellInput[][]): void {
    const sheetState = this.state.sheet(sheet) ?? this.state.addSheet(sheet);
    const { top, left } = parseArea(at);
    writeGrid(sheetState, top, left, rows);
  }

  private sheetState(name: string): SheetState {
    const sheet = this.state.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  get selectionHandlerCount(): number {
    return this.state.selectionHandlers.size;
  }

  /** Types into a cell, as the user would (text is read as Excel reads typed input); tables.onChanged handlers hear of it. */
  type(sheet: string, address: string, input: MockCellValue): void {
    this.paste(sheet, address, [[input]]);
  }

  /** Pastes a block of cells from `at`, as the user would: one change event per table it touches, `details` only for one cell. */
  paste(sheet: string, at: string, rows: MockCellValue[][]): void {
    const sheetState = this.state.sheet(sheet);
    if (!sheetState) throw new Error(`no sheet ${sheet}`);
    const { top, left } = parseArea(at);
    const area = { top, left, rows: rows.length, columns: Math.max(...rows.map((r) => r.length)) };
    const before = rows.map((row, r) => row.map((_, c) => ({ ...(sheetState.get(top + r, left + c) ?? { value: '' }) })));
    rows.forEach((row, r) => row.forEach((input, c) => sheetState.set(top + r, left + c, interpretInput(input, sheetState.get(top + r, left + c)?.numberFormat))));
    this.state.notifyTableChange(sheetState, area, 'RangeEdited', before);
  }

  /** Waits until Excel has called every change handler for what happened so far (their own writes' events included); rethrows what one threw. */
  async eventsSettled(): Promise<void> {
    while (this.state.deliveries.length > 0) await this.state.deliveries.shift();
    const errors = this.state.handlerErrors.splice(0);
    if (errors.length > 0) throw errors[0];
  }

  get tableChangeHandlerCount(): number {
    return this.state.tableChangeHandlers.size;
  }

  // ----- inspection

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  tableNames(): string[] {
    return this.state.tables.map((t) => t.name);
  }

  /** The sheet that is active (the selection's). */
  activeSheet(): string {
    return this.state.selection.sheet.name;
  }

  /** What a sheet shows beyond its cells: visibility, protection, frozen panes, widths, validations, conditional formats, charts. */
  sheet(name: string): {
    visibility: string;
    protected: boolean;
    freeze: { rows: number; columns: number } | null;
    columnWidths: Record<string, number>;
    validations: ValidationState[];
    conditionalFormats: ConditionalFormatState[];
    charts: ChartState[];
    merges: string[];
    wrapped: string[];
    autofitRows: string[];
  } | null {
    const sheet = this.state.sheet(name);
    if (!sheet) return null;
    const { visibility, freeze, columnWidths, validations, conditionalFormats, charts, wrapped, autofitRows } = sheet;
    return cloneValue({ visibility, protected: sheet.protected, freeze, columnWidths, validations, conditionalFormats, charts, merges: sheet.merges.map(formatArea), wrapped, autofitRows });
  }

  /** Values of a block of cells ('' when blank; formula cells read ''). */
  values(sheet: string, address: string): MockCellValue[][] {
    const { top, left, rows, columns } = parseArea(address);
    const s = this.state.sheet(sheet);
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => s?.get(top + r, left + c)?.value ?? ''));
  }

  /** Every non-blank cell of every sheet, as Excel holds it: a formula, or a value. */
  allCells(): { sheet: string; address: string; value: MockCellValue; formula?: string }[] {
    return this.state.sheets.flatMap((sheet) =>
      [...sheet.cells].map(([key, cell]) => ({
        sheet: sheet.name,
        address: `${columnLetters(key % MAX_COLUMNS)}${Math.floor(key / MAX_COLUMNS) + 1}`,
        value: cell.value,
        ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
      })),
    );
  }

  bold(sheet: string, address: string): boolean {
    const { top, left } = parseArea(address);
    return this.state.sheet(sheet)?.get(top, left)?.bold === true;
  }

  /** A cell's value ('' when blank; a formula cell written by code reads ''). */
  cell(sheet: string, address: string): MockCellValue {
    const { top, left } = parseArea(address);
    return this.state.sheet(sheet)?.get(top, left)?.value ?? '';
  }

  /** A cell's formula, or null when it holds a value. */
  formula(sheet: string, address: string): string | null {
    const { top, left } = parseArea(address);
    return this.state.sheet(sheet)?.get(top, left)?.formula ?? null;
  }

  numberFormat(sheet: string, address: string): string {
    const { top, left } = parseArea(address);
    return this.state.sheet(sheet)?.get(top, left)?.numberFormat ?? 'General';
  }

  /** A table's sheet, address (with header row), headers and data rows as values. */
  table(name: string): { sheet: string; address: string; headers: string[]; rows: MockCellValue[][] } | null {
    const table = this.state.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (!table) return null;
    const rows = Array.from({ length: table.dataRows }, (_, r) =>
      Array.from({ length: table.columns }, (_, c) => table.sheet.get(table.top + 1 + r, table.left + c)?.value ?? ''),
    );
    return { sheet: table.sheet.name, address: formatArea(tableArea(table)), headers: this.state.columnNames(table), rows };
  }

  settingKeys(): string[] {
    return [...this.state.settings.keys()];
  }

  setting(key: string): unknown {
    return cloneValue(this.state.settings.get(key));
  }

  setSetting(key: string, value: unknown): void {
    this.state.settings.set(key, cloneValue(value));
  }
}

