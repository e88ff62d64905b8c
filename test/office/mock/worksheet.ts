import { MAX_COLUMNS, MAX_ROWS, MockOfficeError, parseArea } from './a1';
import { MockClientObject, MockCollection, type Resolver } from './base';
import { MockChartCollection } from './charts';
import { MockRange } from './range';
import type { SheetState } from './state';
import { MockTableCollection } from './tables';
import { MockEventHandlers, type MockRequestContext } from './workbook';

/** Worksheet proxies of the counting mock (see ../counting-mock.ts). */

export class MockWorksheet extends MockClientObject<SheetState> {
  protected readonly scalarNames = ['name', 'position', 'id', 'visibility'] as const;

  constructor(context: MockRequestContext, resolve: Resolver<SheetState>) {
    super(context, resolve, 'Worksheet');
  }

  protected scalar(name: string, sheet: SheetState): unknown {
    if (name === 'name') return sheet.name;
    if (name === 'id') return sheet.id;
    if (name === 'position') return this.context.workbookState.sheets.indexOf(sheet);
    if (name === 'visibility') return sheet.visibility;
    throw new MockOfficeError('InvalidArgument', `Worksheet.${name} is not mocked`);
  }

  protected override navigationProperty(name: string): MockClientObject<unknown> | undefined {
    if (name === 'tables') return this.tables as MockClientObject<unknown>;
    if (name === 'protection') return this.protection as MockClientObject<unknown>;
    if (name === 'charts') return this.charts as MockClientObject<unknown>;
    return undefined;
  }

  get name(): string {
    return this.get('name');
  }
  set name(name: string) {
    this.write('name', (sheet) => {
      sheet.name = name;
    });
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(visibility: string) {
    this.write('visibility', (sheet) => {
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(visibility)) throw new MockOfficeError('InvalidArgument', `visibility "${visibility}"`);
      if (visibility !== 'Visible' && this.context.workbookState.sheets.filter((s) => s !== sheet && s.visibility === 'Visible').length === 0) {
        throw new MockOfficeError('InvalidOperation', 'a workbook keeps at least one visible sheet');
      }
      sheet.visibility = visibility as SheetState['visibility'];
    }, visibility);
  }
  get protection(): MockWorksheetProtection {
    return this.nav('protection', () => new MockWorksheetProtection(this.context, () => this.target()));
  }
  get charts(): MockChartCollection {
    return this.nav('charts', () => new MockChartCollection(this.context, () => {
      const sheet = this.target();
      return sheet ? sheet : this.context.fromNullObject('Worksheet');
    }));
  }
  get freezePanes(): { freezeAt(range: MockRange | string): void; freezeRows(rows: number): void; freezeColumns(columns: number): void } {
    const freeze = (member: string, compute: (sheet: SheetState) => { rows: number; columns: number }, args: unknown) =>
      this.context.enqueue(() => {
        const sheet = this.mustTarget(member);
        sheet.freeze = compute(sheet);
      }, { payload: args, member: `WorksheetFreezePanes.${member}` });
    return {
      freezeAt: (range) =>
        freeze('freezeAt', (sheet) => {
          const area = typeof range === 'string' ? parseArea(range) : range.target()?.area;
          if (!area || (typeof range !== 'string' && range.target()?.sheet !== sheet)) throw new MockOfficeError('InvalidArgument', 'freezeAt needs a range of the same sheet');
          return { rows: area.top + area.rows, columns: area.left + area.columns };
        }, typeof range === 'string' ? range : 'range'),
      freezeRows: (rows) => freeze('freezeRows', () => ({ rows, columns: 0 }), rows),
      freezeColumns: (columns) => freeze('freezeColumns', () => ({ rows: 0, columns }), columns),
    };
  }
  get position(): number {
    return this.get('position');
  }
  get id(): string {
    return this.get('id');
  }

  get tables(): MockTableCollection {
    return this.nav('tables', () => new MockTableCollection(this.context, () => {
      const sheet = this.target();
      return sheet ? this.context.workbookState.tablesOn(sheet) : this.context.fromNullObject('Worksheet');
    }, 'TableCollection', () => this.target()));
  }

  getRange(address?: string): MockRange {
    return new MockRange(this.context, () => {
      const sheet = this.target();
      if (sheet === null) return this.context.fromNullObject('Worksheet');
      return { sheet, area: address ? parseArea(address) : { top: 0, left: 0, rows: MAX_ROWS, columns: MAX_COLUMNS } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): MockRange {
    return new MockRange(this.context, () => {
      const sheet = this.target();
      if (sheet === null) return this.context.fromNullObject('Worksheet');
      const area = sheet.usedArea(valuesOnly);
      return area ? { sheet, area } : null;
    });
  }
  getUsedRange(valuesOnly = false): MockRange {
    return new MockRange(this.context, () => {
      const sheet = this.target();
      if (sheet === null) return this.context.fromNullObject('Worksheet');
      return { sheet, area: sheet.usedArea(valuesOnly) ?? { top: 0, left: 0, rows: 1, columns: 1 } };
    });
  }
  activate(): void {
    this.context.enqueue(() => {
      const sheet = this.mustTarget('activate');
      this.context.workbookState.selection = { sheet, area: { top: 0, left: 0, rows: 1, columns: 1 } };
    });
  }
  delete(): void {
    this.call('delete', (sheet) => {
      if (this.context.workbookState.sheets.filter((s) => s !== sheet && s.visibility === 'Visible').length === 0) {
        throw new MockOfficeError('InvalidOperation', 'a workbook keeps at least one visible sheet');
      }
      this.context.workbookState.deleteSheet(sheet);
    });
  }
}

/** Worksheet.protection: whether the sheet is protected (ExcelApi 1.2). */
export class MockWorksheetProtection extends MockClientObject<SheetState> {
  protected readonly scalarNames = ['protected'] as const;
  constructor(context: MockRequestContext, resolve: Resolver<SheetState>) {
    super(context, resolve, 'WorksheetProtection');
  }
  protected scalar(name: string, sheet: SheetState): unknown {
    if (name === 'protected') return sheet.protected;
    throw new MockOfficeError('InvalidArgument', `WorksheetProtection.${name} is not mocked`);
  }
  get protected(): boolean {
    return this.get('protected');
  }
}

export class MockWorksheetCollection extends MockCollection<SheetState, MockWorksheet> {
  /** Selection changes on any sheet, with the address (without sheet) and worksheetId (ExcelApi 1.9). */
  readonly onSelectionChanged: MockEventHandlers;
  constructor(context: MockRequestContext) {
    super(context, () => context.workbookState.sheets, 'WorksheetCollection');
    this.onSelectionChanged = new MockEventHandlers(context, context.workbookState.selectionHandlers, 'worksheets');
  }
  protected makeItem(resolve: Resolver<SheetState>): MockWorksheet {
    return new MockWorksheet(this.context, resolve);
  }
  /** By name or by id, as Excel finds them. */
  getItem(name: string): MockWorksheet {
    return new MockWorksheet(this.context, () => {
      const sheet = this.context.workbookState.sheet(name) ?? this.context.workbookState.sheets.find((s) => s.id === name) ?? null;
      if (!sheet) throw new MockOfficeError('ItemNotFound', `no worksheet "${name}"`);
      return sheet;
    });
  }
  getItemOrNullObject(name: string): MockWorksheet {
    return new MockWorksheet(this.context, () => this.context.workbookState.sheet(name) ?? this.context.workbookState.sheets.find((s) => s.id === name) ?? null);
  }
  getActiveWorksheet(): MockWorksheet {
    return new MockWorksheet(this.context, () => this.context.workbookState.selection.sheet);
  }
  add(name?: string): MockWorksheet {
    let created: SheetState | null = null;
    this.context.enqueue(() => {
      if (this.context.workbookState.protected) throw new MockOfficeError('InvalidOperation', 'the workbook structure is protected');
      created = this.context.workbookState.addSheet(name ?? `Sheet${this.context.workbookState.sheets.length + 1}`);
    }, { payload: name, member: 'WorksheetCollection.add' });
    return new MockWorksheet(this.context, () => {
      if (!created) throw new MockOfficeError('InvalidOperation', 'the added worksheet is used before the add ran');
      return this.context.workbookState.sheets.includes(created) ? created : null;
    });
  }
}

