import { MAX_COLUMNS, MAX_ROWS, MockOfficeError, parseArea } from './a1';
import { MockClientObject, MockCollection, type Resolver } from './base';
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
    if (name === 'visibility') return 'Visible';
    throw new MockOfficeError('InvalidArgument', `Worksheet.${name} is not mocked`);
  }

  protected override navigationProperty(name: string): MockClientObject<unknown> | undefined {
    if (name === 'tables') return this.tables as MockClientObject<unknown>;
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
    this.context.enqueue(() => this.context.workbookState.deleteSheet(this.mustTarget('delete')));
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
  getItem(name: string): MockWorksheet {
    return new MockWorksheet(this.context, () => {
      const sheet = this.context.workbookState.sheet(name);
      if (!sheet) throw new MockOfficeError('ItemNotFound', `no worksheet "${name}"`);
      return sheet;
    });
  }
  getItemOrNullObject(name: string): MockWorksheet {
    return new MockWorksheet(this.context, () => this.context.workbookState.sheet(name));
  }
  getActiveWorksheet(): MockWorksheet {
    return new MockWorksheet(this.context, () => this.context.workbookState.selection.sheet);
  }
  add(name?: string): MockWorksheet {
    let created: SheetState | null = null;
    this.context.enqueue(() => {
      created = this.context.workbookState.addSheet(name ?? `Sheet${this.context.workbookState.sheets.length + 1}`);
    });
    return new MockWorksheet(this.context, () => {
      if (!created) throw new MockOfficeError('InvalidOperation', 'the added worksheet is used before the add ran');
      return this.context.workbookState.sheets.includes(created) ? created : null;
    });
  }
}

