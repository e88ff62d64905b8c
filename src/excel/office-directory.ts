/**
 * What the add-in last saw of the workbook's tables. Office.js cannot go from a cell to "its table
 * or nothing" inside one batch (TableScopedCollection has getFirst, which fails the whole batch
 * when the cell is in no table, and no getFirstOrNullObject), but it can address a table by name
 * with getItemOrNullObject. Knowing the names from the previous round trip lets a selection read
 * fetch the selected table's position and row in the same round trip that finds which table it is.
 */

export interface TableSummary {
  name: string;
  /** Header texts, from the table's column names. */
  headers: string[];
  /** The id of the table's worksheet; unknown for a record table the add-in just made. */
  worksheetId?: string;
}

/** Queues the load of every table's name and headers (small: no cell values). */
export function loadTableSummaries(context: Excel.RequestContext): Excel.TableCollection {
  return context.workbook.tables.load('items/name, items/columns/items/name, items/worksheet/id');
}

export function tableSummaries(tables: Excel.TableCollection): TableSummary[] {
  return tables.items.map((table) => ({ name: table.name, headers: table.columns.items.map((column) => column.name), worksheetId: table.worksheet.id }));
}

/** Queues the load of every worksheet's id and name (for the ids that selection events give). */
export function loadSheetNames(context: Excel.RequestContext): Excel.WorksheetCollection {
  return context.workbook.worksheets.load('items/id, items/name');
}

/**
 * The cell the add-in expects to be selected: from the last selection event (its worksheetId and
 * address, without sheet), or the cell the add-in itself selected or rated since.
 */
export interface ExpectedSelection {
  worksheetId: string;
  address: string;
}

export class TableDirectory {
  private tables: TableSummary[] = [];
  /** Worksheet id -> name, as of the last round trip that loaded them. */
  private sheets = new Map<string, string>();
  /**
   * Data rows of the Evidence table at the last read: decides how much of it a read may load.
   * Unknown at first, so the first read treats it as big and never loads every evidence text.
   */
  evidenceRows = Number.POSITIVE_INFINITY;
  /** Known before a read's round trip, so the batch can look for that cell's evidence row: see office-selection.ts. */
  expectedSelection: ExpectedSelection | null = null;
  /** The sheet of the active cell at the last selection read: where the next read looks first when no event says otherwise. */
  activeSheetId: string | null = null;

  rememberSheets(sheets: Excel.WorksheetCollection): void {
    this.sheets = new Map(sheets.items.map((sheet) => [sheet.id, sheet.name]));
  }

  sheetName(worksheetId: string): string | undefined {
    return this.sheets.get(worksheetId);
  }

  sheetId(name: string): string | undefined {
    for (const [id, sheetName] of this.sheets) if (sheetName === name) return id;
    return undefined;
  }

  get known(): readonly TableSummary[] {
    return this.tables;
  }

  knows(name: string): boolean {
    return this.tables.some((t) => t.name === name);
  }

  remember(tables: TableSummary[]): void {
    this.tables = tables;
  }

  /** Adds or replaces one table, e.g. a record table the add-in just created. */
  add(table: TableSummary): void {
    this.tables = [...this.tables.filter((t) => t.name !== table.name), table];
  }

  forget(): void {
    this.tables = [];
  }
}

/** A queued read that loads the workbook's tables and sheets along with what it is for. */
export interface DirectoryRead {
  tables: Excel.TableCollection;
  sheets: Excel.WorksheetCollection;
}

/**
 * Syncs a read that names the directory's tables and remembers the tables and sheets it loaded.
 * A table the directory named may have been deleted since, which fails the sync: then the names
 * are forgotten and null tells the caller to queue the read again (only reads were queued).
 */
export async function syncDirectoryRead<L extends DirectoryRead>(
  context: Excel.RequestContext,
  directory: TableDirectory,
  load: L,
  attempt: number,
): Promise<{ load: L; tables: TableSummary[] } | null> {
  try {
    await context.sync();
  } catch (error) {
    if (attempt > 1 || directory.known.length === 0) throw error;
    directory.forget();
    return null;
  }
  const tables = tableSummaries(load.tables);
  directory.remember(tables);
  directory.rememberSheets(load.sheets);
  return { load, tables };
}
