import { MAX_COLUMNS, MAX_ROWS, MockOfficeError, columnLetters, contains, formatArea, intersect, parseArea, sheetPrefix, splitAddress, type Area } from './a1';
import { MockClientObject, type Resolver } from './base';
import { MockRangeAreas, mergedAreasIn } from './range-areas';
import { MockTableCollection } from './tables';
import { displayText, interpretInput, tableArea, type CellState, type ConditionalFormatState, type MockCellValue, type RangeState, type ValidationState } from './state';
import type { MockRequestContext } from './workbook';
import { MockWorksheet } from './worksheet';

/** Range proxies of the counting mock (see ../counting-mock.ts). */

/** Excel's find text as a pattern: `*` any run, `?` any one character, `~` escapes the next `*`, `?` or `~`. */
export function findPattern(text: string, criteria: { completeMatch?: boolean; matchCase?: boolean }): RegExp {
  const literal = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let source = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '~' && i + 1 < text.length && '*?~'.includes(text[i + 1])) source += literal(text[++i]);
    else if (ch === '*') source += '[\\s\\S]*';
    else if (ch === '?') source += '[\\s\\S]';
    else source += literal(ch);
  }
  return new RegExp(criteria.completeMatch ? `^${source}$` : source, criteria.matchCase ? 'u' : 'iu');
}

export class MockRange extends MockClientObject<RangeState> {
  protected readonly scalarNames = ['address', 'addressLocal', 'values', 'formulas', 'text', 'numberFormat', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'cellCount'] as const;

  constructor(context: MockRequestContext, resolve: Resolver<RangeState>) {
    super(context, resolve, 'Range');
  }

  protected scalar(name: string, range: RangeState): unknown {
    const { sheet, area } = range;
    const grid = <V>(cellValue: (cell: CellState | undefined) => V): V[][] =>
      Array.from({ length: area.rows }, (_, r) => Array.from({ length: area.columns }, (_, c) => cellValue(sheet.get(area.top + r, area.left + c))));
    switch (name) {
      case 'address':
      case 'addressLocal':
        return `${sheetPrefix(sheet.name)}!${formatArea(area)}`;
      case 'values':
        return grid((cell) => cell?.value ?? '');
      case 'formulas':
        return grid((cell) => cell?.formula ?? cell?.value ?? '');
      case 'text':
        return grid(displayText);
      case 'numberFormat':
        return grid((cell) => cell?.numberFormat ?? 'General');
      case 'rowIndex':
        return area.top;
      case 'columnIndex':
        return area.left;
      case 'rowCount':
        return area.rows;
      case 'columnCount':
        return area.columns;
      case 'cellCount':
        return area.rows * area.columns;
      default:
        throw new MockOfficeError('InvalidArgument', `Range.${name} is not mocked`);
    }
  }

  protected override navigationProperty(name: string): MockClientObject<unknown> | undefined {
    if (name === 'worksheet') return this.worksheet as MockClientObject<unknown>;
    return undefined;
  }

  get worksheet(): MockWorksheet {
    return this.nav('worksheet', () => new MockWorksheet(this.context, () => this.target()?.sheet ?? null));
  }

  get address(): string {
    return this.get('address');
  }
  get addressLocal(): string {
    return this.get('addressLocal');
  }
  get values(): MockCellValue[][] {
    return this.get('values');
  }
  set values(values: unknown) {
    this.writeCells('values', values);
  }
  get formulas(): MockCellValue[][] {
    return this.get('formulas');
  }
  set formulas(formulas: unknown) {
    this.writeCells('formulas', formulas);
  }
  get text(): string[][] {
    return this.get('text');
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  set numberFormat(formats: unknown) {
    this.context.recordCellWrite(this, 'numberFormat', undefined);
    this.write('numberFormat', (range) =>
      this.eachCell(range, formats, 'numberFormat', (cell, format) => ({ ...(cell ?? { value: '' }), numberFormat: String(format) })),
    );
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get cellCount(): number {
    return this.get('cellCount');
  }

  /** Range.format: column width (whole columns), bold, wrapped text and fitting the rows; write-only in the mock. */
  get format(): { columnWidth: number; wrapText: boolean; autofitRows(): void; font: { bold: boolean } } {
    const range = this;
    return {
      get wrapText(): boolean {
        throw new MockOfficeError('PropertyNotLoaded', 'RangeFormat.wrapText is not mocked for reading');
      },
      set wrapText(wrap: boolean) {
        range.context.enqueue(() => {
          const { sheet, area } = range.mustTarget('setting wrapText');
          if (wrap) sheet.wrapped.push(formatArea(area));
        }, { payload: wrap, member: 'RangeFormat.wrapText' });
      },
      autofitRows() {
        range.context.enqueue(() => {
          const { sheet, area } = range.mustTarget('autofitRows');
          sheet.autofitRows.push(formatArea(area));
        }, { member: 'RangeFormat.autofitRows' });
      },
      get columnWidth(): number {
        throw new MockOfficeError('PropertyNotLoaded', 'RangeFormat.columnWidth is not mocked for reading');
      },
      set columnWidth(width: number) {
        range.context.enqueue(() => {
          const { sheet, area } = range.mustTarget('setting columnWidth');
          for (let c = area.left; c < area.left + area.columns; c++) sheet.columnWidths[columnLetters(c)] = width;
        }, { payload: width, member: 'RangeFormat.columnWidth' });
      },
      font: {
        get bold(): boolean {
          throw new MockOfficeError('PropertyNotLoaded', 'RangeFont.bold is not mocked for reading');
        },
        set bold(bold: boolean) {
          range.context.enqueue(() => {
            const target = range.mustTarget('setting bold');
            range.eachCell(target, bold, 'bold', (cell) => ({ ...(cell ?? { value: '' }), bold }));
          }, { payload: bold, member: 'RangeFont.bold' });
        },
      },
    };
  }

  /** Range.dataValidation (ExcelApi 1.8): rule and error alert, write-only in the mock. */
  get dataValidation(): { rule: unknown; errorAlert: unknown; prompt: unknown } {
    const range = this;
    const validation = (apply: (v: ValidationState) => void, member: string, value: unknown) =>
      range.context.enqueue(() => {
        const { sheet, area } = range.mustTarget(`setting ${member}`);
        const address = formatArea(area);
        let v = sheet.validations.find((x) => x.address === address);
        if (!v) sheet.validations.push((v = { address }));
        apply(v);
      }, { payload: value, member: `DataValidation.${member}` });
    return {
      get rule(): unknown {
        throw new MockOfficeError('PropertyNotLoaded', 'DataValidation.rule is not mocked for reading');
      },
      set rule(rule: unknown) {
        validation((v) => (v.rule = rule), 'rule', rule);
      },
      get errorAlert(): unknown {
        throw new MockOfficeError('PropertyNotLoaded', 'DataValidation.errorAlert is not mocked for reading');
      },
      set errorAlert(alert: unknown) {
        validation((v) => (v.errorAlert = alert), 'errorAlert', alert);
      },
      get prompt(): unknown {
        throw new MockOfficeError('PropertyNotLoaded', 'DataValidation.prompt is not mocked for reading');
      },
      set prompt(prompt: unknown) {
        validation((v) => (v.prompt = prompt), 'prompt', prompt);
      },
    };
  }

  /** Range.conditionalFormats (ExcelApi 1.6): custom formats, write-only in the mock. */
  get conditionalFormats(): { add(type: string): { custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } } } } {
    const range = this;
    return {
      add(type: string) {
        let format: ConditionalFormatState | null = null;
        range.context.enqueue(() => {
          const { sheet, area } = range.mustTarget('conditionalFormats.add');
          format = { address: formatArea(area), type };
          sheet.conditionalFormats.push(format);
        }, { payload: type, member: 'ConditionalFormatCollection.add' });
        const set = (apply: (f: ConditionalFormatState) => void, value: unknown) =>
          range.context.enqueue(() => apply(format!), { payload: value, member: 'ConditionalFormat.custom' });
        return {
          custom: {
            rule: { set formula(formula: string) { set((f) => (f.formula = formula), formula); }, get formula(): string { throw new MockOfficeError('PropertyNotLoaded', 'not mocked for reading'); } },
            format: {
              fill: { set color(color: string) { set((f) => (f.fill = color), color); }, get color(): string { throw new MockOfficeError('PropertyNotLoaded', 'not mocked for reading'); } },
              font: { set color(color: string) { set((f) => (f.fontColor = color), color); }, get color(): string { throw new MockOfficeError('PropertyNotLoaded', 'not mocked for reading'); } },
            },
          },
        };
      },
    };
  }

  private writeCells(kind: 'values' | 'formulas', input: unknown): void {
    this.context.recordCellWrite(this, kind, input);
    this.write(kind, (range) => {
      const single = range.area.rows === 1 && range.area.columns === 1;
      const before = single ? [[{ ...(range.sheet.get(range.area.top, range.area.left) ?? { value: '' }) }]] : null;
      this.eachCell(range, input, kind, (cell, value) => ({ ...interpretInput(value, cell?.numberFormat), ...(cell?.bold ? { bold: true } : {}) }));
      this.context.workbookState.notifyTableChange(range.sheet, range.area, 'RangeEdited', before);
    });
  }

  /** Applies a scalar to every cell or a 2-D array cell by cell; the shape must match. */
  eachCell(range: RangeState, input: unknown, what: string, next: (cell: CellState | undefined, value: unknown) => CellState): void {
    const { sheet, area } = range;
    const isGrid = Array.isArray(input);
    if (isGrid) {
      const grid = input as unknown[][];
      if (grid.length !== area.rows || grid.some((row) => !Array.isArray(row) || row.length !== area.columns)) {
        throw new MockOfficeError('InvalidArgument', `${what} of ${grid.length}x${(grid[0] as unknown[] | undefined)?.length ?? 0} written to ${formatArea(area)} (${area.rows}x${area.columns})`);
      }
    }
    for (let r = 0; r < area.rows; r++) {
      for (let c = 0; c < area.columns; c++) {
        const value = isGrid ? (input as unknown[][])[r][c] : input;
        sheet.set(area.top + r, area.left + c, next(sheet.get(area.top + r, area.left + c), value));
      }
    }
  }

  private derived(compute: (range: RangeState) => RangeState | null): MockRange {
    return new MockRange(this.context, () => {
      const range = this.target();
      return range === null ? this.context.fromNullObject('Range') : compute(range);
    });
  }

  private checked(range: RangeState, area: Area): RangeState {
    if (area.top < 0 || area.left < 0 || area.top + area.rows > MAX_ROWS || area.left + area.columns > MAX_COLUMNS || area.rows < 1 || area.columns < 1) {
      throw new MockOfficeError('InvalidArgument', `range ${JSON.stringify(area)} is outside the sheet`);
    }
    return { sheet: range.sheet, area };
  }

  getCell(row: number, column: number): MockRange {
    return this.derived((r) => this.checked(r, { top: r.area.top + row, left: r.area.left + column, rows: 1, columns: 1 }));
  }
  getRow(row: number): MockRange {
    return this.derived((r) => this.checked(r, { ...r.area, top: r.area.top + row, rows: 1 }));
  }
  getColumn(column: number): MockRange {
    return this.derived((r) => this.checked(r, { ...r.area, left: r.area.left + column, columns: 1 }));
  }
  getOffsetRange(rows: number, columns: number): MockRange {
    return this.derived((r) => this.checked(r, { ...r.area, top: r.area.top + rows, left: r.area.left + columns }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): MockRange {
    return this.derived((r) => this.checked(r, { ...r.area, rows: r.area.rows + deltaRows, columns: r.area.columns + deltaColumns }));
  }
  getLastRow(): MockRange {
    return this.derived((r) => this.checked(r, { ...r.area, top: r.area.top + r.area.rows - 1, rows: 1 }));
  }
  getEntireRow(): MockRange {
    return this.derived((r) => ({ sheet: r.sheet, area: { top: r.area.top, left: 0, rows: r.area.rows, columns: MAX_COLUMNS } }));
  }
  getEntireColumn(): MockRange {
    return this.derived((r) => ({ sheet: r.sheet, area: { top: 0, left: r.area.left, rows: MAX_ROWS, columns: r.area.columns } }));
  }
  /** With a range on another sheet Excel's answer is not documented: the mock's `intersectOtherSheet` switch. */
  getIntersectionOrNullObject(other: MockRange | string): MockRange {
    const result = this.intersectionOrNull(other);
    // Excel resolves it when the batch runs: a refusal fails that sync, loaded or not.
    this.context.enqueue(() => void result.target());
    return result;
  }
  private intersectionOrNull(other: MockRange | string): MockRange {
    return this.derived((r) => {
      const o = this.other(r, other);
      if (o && o.sheet !== r.sheet && this.context.workbookState.behaviour.intersectOtherSheet === 'throw') {
        throw new MockOfficeError('InvalidArgument', 'getIntersectionOrNullObject with a range on another sheet');
      }
      const area = o && o.sheet === r.sheet ? intersect(r.area, o.area) : null;
      return area ? { sheet: r.sheet, area } : null;
    });
  }
  getIntersection(other: MockRange | string): MockRange {
    return this.derived((r) => {
      const o = this.other(r, other);
      const area = o && o.sheet === r.sheet ? intersect(r.area, o.area) : null;
      if (!area) throw new MockOfficeError('ItemNotFound', 'the ranges do not intersect');
      return { sheet: r.sheet, area };
    });
  }
  getBoundingRect(other: MockRange | string): MockRange {
    return this.derived((r) => {
      const o = this.other(r, other);
      if (!o || o.sheet !== r.sheet) throw new MockOfficeError('InvalidArgument', 'ranges on different sheets');
      const top = Math.min(r.area.top, o.area.top);
      const left = Math.min(r.area.left, o.area.left);
      const bottom = Math.max(r.area.top + r.area.rows, o.area.top + o.area.rows);
      const right = Math.max(r.area.left + r.area.columns, o.area.left + o.area.columns);
      return { sheet: r.sheet, area: { top, left, rows: bottom - top, columns: right - left } };
    });
  }
  /** ExcelApi 1.13: the merged areas whose top-left cell is in the range (see range-areas.ts), a null object when none. */
  getMergedAreasOrNullObject(): MockRangeAreas {
    const areas = new MockRangeAreas(this.context, () => {
      const range = this.target();
      return range === null ? this.context.fromNullObject('Range') : mergedAreasIn(range);
    });
    // Excel resolves it when the batch runs: more than 512 areas fail that sync, loaded or not.
    this.context.enqueue(() => void areas.target());
    return areas;
  }
  getTables(fullyContained = false): MockTableCollection {
    return new MockTableCollection(this.context, () => {
      const range = this.target();
      if (range === null) return this.context.fromNullObject('Range');
      return this.context.workbookState
        .tablesOn(range.sheet)
        .filter((t) => (fullyContained ? contains(range.area, tableArea(t)) : intersect(range.area, tableArea(t)) !== null));
    }, 'TableScopedCollection');
  }
  findOrNullObject(text: string, criteria: { completeMatch?: boolean; matchCase?: boolean; searchDirection?: 'Forward' | 'Backwards' } = {}): MockRange {
    return this.derived((r) => this.findIn(r, text, criteria));
  }
  find(text: string, criteria: { completeMatch?: boolean; matchCase?: boolean } = {}): MockRange {
    return this.derived((r) => {
      const found = this.findIn(r, text, criteria);
      if (!found) throw new MockOfficeError('ItemNotFound', `"${text}" not found`);
      return found;
    });
  }
  select(): void {
    this.context.enqueue(() => {
      const range = this.mustTarget('select');
      this.context.workbookState.selection = { sheet: range.sheet, area: range.area };
    });
  }
  clear(): void {
    this.context.recordCellWrite(this, 'clear', undefined);
    this.write('clear', (range) => {
      this.eachCell(range, '', 'clear', () => ({ value: '' }));
      this.context.workbookState.notifyTableChange(range.sheet, range.area, 'RangeEdited', null);
    });
  }

  private other(range: RangeState, other: MockRange | string): RangeState | null {
    if (typeof other !== 'string') return other.target();
    const { sheet, area } = splitAddress(other);
    const sheetState = sheet === null ? range.sheet : this.context.workbookState.sheet(sheet);
    return sheetState ? { sheet: sheetState, area: parseArea(area) } : null;
  }

  private findIn(range: RangeState, text: string, criteria: { completeMatch?: boolean; matchCase?: boolean; searchDirection?: 'Forward' | 'Backwards' }): RangeState | null {
    const pattern = findPattern(text, criteria);
    const backwards = criteria.searchDirection === 'Backwards';
    for (let i = 0; i < range.area.rows; i++) {
      const r = backwards ? range.area.rows - 1 - i : i;
      for (let j = 0; j < range.area.columns; j++) {
        const c = backwards ? range.area.columns - 1 - j : j;
        if (pattern.test(displayText(range.sheet.get(range.area.top + r, range.area.left + c)))) {
          return { sheet: range.sheet, area: { top: range.area.top + r, left: range.area.left + c, rows: 1, columns: 1 } };
        }
      }
    }
    return null;
  }
}

