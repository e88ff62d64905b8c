import { MockOfficeError, parseArea, splitAddress, type Area } from './a1';
import { MockClientObject, MockClientResult, MockCollection, type Resolver } from './base';
import { MockRange } from './range';
import { dataBodyArea, tableArea, type RangeState, type SheetState, type TableState } from './state';
import { MockEventHandlers, type MockRequestContext } from './workbook';
import { MockWorksheet } from './worksheet';

/** Tables, table columns and rows of the counting mock (see ../counting-mock.ts). */

export class MockTable extends MockClientObject<TableState> {
  protected readonly scalarNames = ['name', 'id', 'showHeaders', 'showTotals', 'style'] as const;

  constructor(context: MockRequestContext, resolve: Resolver<TableState>) {
    super(context, resolve, 'Table');
  }

  protected scalar(name: string, table: TableState): unknown {
    switch (name) {
      case 'name':
        return table.name;
      case 'id':
        return table.id;
      case 'showHeaders':
        return true;
      case 'showTotals':
        return false;
      case 'style':
        return 'TableStyleMedium2';
      default:
        throw new MockOfficeError('InvalidArgument', `Table.${name} is not mocked`);
    }
  }

  protected override navigationProperty(name: string): MockClientObject<unknown> | undefined {
    if (name === 'worksheet') return this.worksheet as MockClientObject<unknown>;
    if (name === 'columns') return this.columns as MockClientObject<unknown>;
    if (name === 'rows') return this.rows as MockClientObject<unknown>;
    return undefined;
  }

  get name(): string {
    return this.get('name');
  }
  set name(name: string) {
    this.write('name', (table) => {
      this.context.workbookState.renameTable(table, name);
    });
  }
  get id(): string {
    return this.get('id');
  }
  get showHeaders(): boolean {
    return this.get('showHeaders');
  }
  get showTotals(): boolean {
    return this.get('showTotals');
  }

  get worksheet(): MockWorksheet {
    return this.nav('worksheet', () => new MockWorksheet(this.context, () => this.target()?.sheet ?? null));
  }
  get columns(): MockTableColumnCollection {
    return this.nav('columns', () => new MockTableColumnCollection(this.context, () => this.target()));
  }
  get rows(): MockTableRowCollection {
    return this.nav('rows', () => new MockTableRowCollection(this.context, () => this.target()));
  }

  private area(compute: (table: TableState) => Area): MockRange {
    return new MockRange(this.context, () => {
      const table = this.target();
      return table ? { sheet: table.sheet, area: compute(table) } : this.context.fromNullObject('Table');
    });
  }
  getRange(): MockRange {
    return this.area(tableArea);
  }
  getHeaderRowRange(): MockRange {
    return this.area((t) => ({ top: t.top, left: t.left, rows: 1, columns: t.columns }));
  }
  getDataBodyRange(): MockRange {
    return this.area(dataBodyArea);
  }
  delete(): void {
    this.context.enqueue(() => this.context.workbookState.deleteTable(this.mustTarget('delete')));
  }
}

export class MockTableCollection extends MockCollection<TableState, MockTable> {
  constructor(
    context: MockRequestContext,
    resolve: Resolver<TableState[]>,
    typeName: 'TableCollection' | 'TableScopedCollection',
    /** The sheet of a worksheet's collection, where `add` puts tables given without a sheet. */
    private readonly sheetOf?: () => SheetState | null,
  ) {
    super(context, resolve, typeName);
  }
  protected makeItem(resolve: Resolver<TableState>): MockTable {
    return new MockTable(this.context, resolve);
  }
  /** Data changes in any table of the workbook (ExcelApi 1.7): TableChangedEventArgs, after the change. */
  get onChanged(): MockEventHandlers {
    if (this.sheetOf) throw new MockOfficeError('InvalidOperation', "the mock follows changes through the workbook's table collection only");
    return new MockEventHandlers(this.context, this.context.workbookState.tableChangeHandlers, 'tables');
  }
  private find(key: string): TableState | null {
    const k = key.toLowerCase();
    return (this.target() ?? []).find((t) => t.name.toLowerCase() === k || t.id === key) ?? null;
  }
  getItem(key: string): MockTable {
    return new MockTable(this.context, () => {
      const table = this.find(key);
      if (!table) throw new MockOfficeError('ItemNotFound', `no table "${key}"`);
      return table;
    });
  }
  getItemOrNullObject(key: string): MockTable {
    return new MockTable(this.context, () => this.find(key));
  }
  getFirst(): MockTable {
    return new MockTable(this.context, () => {
      const first = (this.target() ?? [])[0];
      if (!first) throw new MockOfficeError('ItemNotFound', 'the collection has no table');
      return first;
    });
  }
  add(address: MockRange | string, hasHeaders: boolean): MockTable {
    let created: TableState | null = null;
    this.context.enqueue(() => {
      let range: RangeState | null;
      if (typeof address !== 'string') range = address.target();
      else {
        const { sheet, area } = splitAddress(address);
        const sheetState = sheet !== null ? this.context.workbookState.sheet(sheet) : (this.sheetOf?.() ?? null);
        range = sheetState ? { sheet: sheetState, area: parseArea(area) } : null;
      }
      if (!range) throw new MockOfficeError('InvalidArgument', `no sheet for the table at ${String(address)}`);
      created = this.context.workbookState.addTable(range, hasHeaders);
    });
    return new MockTable(this.context, () => {
      if (!created) throw new MockOfficeError('InvalidOperation', 'the added table is used before the add ran');
      return this.context.workbookState.tables.includes(created) ? created : null;
    });
  }
}

export interface ColumnState {
  table: TableState;
  index: number;
}

export class MockTableColumn extends MockClientObject<ColumnState> {
  protected readonly scalarNames = ['name', 'index', 'id'] as const;
  constructor(context: MockRequestContext, resolve: Resolver<ColumnState>) {
    super(context, resolve, 'TableColumn');
  }
  protected scalar(name: string, column: ColumnState): unknown {
    if (name === 'name') return this.context.workbookState.columnNames(column.table)[column.index];
    if (name === 'index' || name === 'id') return column.index;
    throw new MockOfficeError('InvalidArgument', `TableColumn.${name} is not mocked`);
  }
  get name(): string {
    return this.get('name');
  }
  get index(): number {
    return this.get('index');
  }
  private area(rows: (t: TableState) => { top: number; rows: number }): MockRange {
    return new MockRange(this.context, () => {
      const column = this.target();
      return column ? { sheet: column.table.sheet, area: { ...rows(column.table), left: column.table.left + column.index, columns: 1 } } : this.context.fromNullObject('TableColumn');
    });
  }
  getDataBodyRange(): MockRange {
    return this.area((t) => ({ top: t.top + 1, rows: t.dataRows }));
  }
  getHeaderRowRange(): MockRange {
    return this.area((t) => ({ top: t.top, rows: 1 }));
  }
  getRange(): MockRange {
    return this.area((t) => ({ top: t.top, rows: t.dataRows + 1 }));
  }
}

export class MockTableColumnCollection extends MockCollection<ColumnState, MockTableColumn> {
  constructor(context: MockRequestContext, private readonly table: Resolver<TableState>) {
    super(context, () => {
      const t = table();
      return t ? Array.from({ length: t.columns }, (_, index) => ({ table: t, index })) : context.fromNullObject('Table');
    }, 'TableColumnCollection');
  }
  protected makeItem(resolve: Resolver<ColumnState>): MockTableColumn {
    return new MockTableColumn(this.context, resolve);
  }
  private column(key: string | number, orNull: boolean): MockTableColumn {
    return new MockTableColumn(this.context, () => {
      const table = this.table();
      if (table === null) return null;
      const index = typeof key === 'number' ? key : this.context.workbookState.columnNames(table).findIndex((n) => n.toLowerCase() === key.toLowerCase());
      if (index >= 0 && index < table.columns) return { table, index };
      if (orNull) return null;
      throw new MockOfficeError('ItemNotFound', `no column "${key}" in table ${table.name}`);
    });
  }
  getItem(key: string | number): MockTableColumn {
    return this.column(key, false);
  }
  getItemAt(index: number): MockTableColumn {
    return this.column(index, false);
  }
  getItemOrNullObject(key: string | number): MockTableColumn {
    return this.column(key, true);
  }
  /** Adds a column at the end (the only place the add-in adds one): values are the header and each data row's value. */
  add(index?: number | null, values?: unknown[][], name?: string): MockTableColumn {
    const table = this.table;
    this.context.recordCellWrite({ target: table }, 'columns.add', values);
    this.context.enqueue(() => {
      const state = table();
      if (state === null) throw new MockOfficeError('InvalidOperation', 'columns.add on a null Table');
      if (index !== undefined && index !== null && index !== state.columns) throw new MockOfficeError('InvalidArgument', 'the mock adds table columns at the end only');
      this.context.workbookState.addColumn(state, values ?? null, name ?? null);
    }, { payload: values, member: 'TableColumnCollection.add' });
    return new MockTableColumn(this.context, () => {
      const t = table();
      return t ? { table: t, index: t.columns - 1 } : null;
    });
  }
}

export class MockTableRowCollection extends MockClientObject<TableState> {
  protected readonly scalarNames = ['count'] as const;
  constructor(context: MockRequestContext, resolve: Resolver<TableState>) {
    super(context, resolve, 'TableRowCollection');
  }
  protected scalar(name: string, table: TableState): unknown {
    if (name === 'count') return table.dataRows;
    throw new MockOfficeError('InvalidArgument', `TableRowCollection.${name} is not mocked`);
  }
  get count(): number {
    return this.get('count');
  }
  getCount(): MockClientResult<number> {
    return new MockClientResult(this.context, () => this.mustTarget('getCount').dataRows);
  }
  /** Adds rows at the end (or before data row `index`), shifting the cells below the table down. */
  add(index?: number | null, values?: unknown[][]): void {
    this.context.recordCellWrite(this, 'rows.add', values);
    this.write('rows', (table) => this.context.workbookState.addRows(table, index ?? null, values ?? [Array(table.columns).fill('')]));
  }
}

