import { columnNumber } from '../../src/core/a1';
import type { ColumnMapping } from '../../src/core/rating/assessment';
import { LAST_GOOD_SETTINGS_KEY, SETTINGS_KEY, readSettings } from '../../src/core/settings';
import { validateModel } from '../../src/core/model/validate';
import type { LevelModel } from '../../src/core/model/types';
import type { ApplyRatingRequest, ApplyRatingResult, CellRef, ConvertRangeResult, SelectionContext, SettingsRead, WorkbookOperations, WorkbookSettings } from '../../src/host/workbook-operations';
import { createWorkbenchOperations } from '../../src/workbench/workbench-operations';
import { WorkbenchWorkbook } from '../../src/workbench/workbook';

/**
 * The workbook the pane tests drive: a real workbench workbook with the real workbench
 * operations, so the pane meets the same refusals, confirmations and evidence rows as in a host.
 * It records what the pane asked; a test injects a failure by replacing a method (a rejected
 * call). It decides nothing itself.
 */

/** A table on its own sheet, its header row in row 1 and data from row 2 (column A first). */
export interface PaneTable {
  name: string;
  sheet: string;
  headers: string[];
  rows: string[][];
  /** The header row's 0-based sheet row (0 when absent). */
  top?: number;
}

/** A data cell of a table (row -1: the header row), or a cell of Sheet1, which holds no table. */
export type PaneSelection = { table: string; row: number; column: number } | { outside: string };

/** The evidence date the pane tests see. */
export const PANE_NOW = new Date('2026-01-02T03:04:05.000Z');

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export class PaneWorkbook implements WorkbookOperations {
  readonly workbook = new WorkbenchWorkbook();
  private readonly host: WorkbookOperations = createWorkbenchOperations(this.workbook, { now: () => PANE_NOW });
  readonly calls = {
    readSelection: 0,
    applyRating: [] as ApplyRatingRequest[],
    selectTableCell: [] as { table: string; rowIndex: number; columnIndex: number }[],
    saveSettings: [] as WorkbookSettings[],
    convertRangeToTable: [] as string[],
    showPersonInCharts: [] as { cell: CellRef; person: string }[],
  };

  constructor(init: { tables?: PaneTable[]; selection?: PaneSelection; settings?: WorkbookSettings | null; storedSettings?: Record<string, string> } = {}) {
    for (const table of init.tables ?? []) {
      if (this.workbook.hasSheet(table.sheet)) throw new Error(`each pane table has its own sheet; ${table.sheet} is taken`);
      this.workbook.addSheet(table.sheet);
      const top = table.top ?? 0;
      this.workbook.setText(table.sheet, top, 0, [table.headers, ...table.rows]);
      this.workbook.addTable({ name: table.name, sheet: table.sheet, range: { startRow: top, startCol: 0, endRow: top + Math.max(1, table.rows.length), endCol: table.headers.length - 1 } });
    }
    if (init.settings) this.workbook.settings.set(SETTINGS_KEY, JSON.stringify(init.settings));
    for (const [key, text] of Object.entries(init.storedSettings ?? {})) this.workbook.settings.set(key, text);
    this.place(init.selection ?? { outside: 'H20' });
  }

  private place(selection: PaneSelection): void {
    if ('outside' in selection) {
      const match = /^([A-Z]+)(\d+)$/.exec(selection.outside);
      if (!match) throw new Error(`not a cell address: ${selection.outside}`);
      this.workbook.select('Sheet1', Number(match[2]) - 1, columnNumber(match[1]));
      return;
    }
    const table = this.tableOf(selection.table);
    this.workbook.select(table.sheet, table.range.startRow + selection.row + 1, selection.column);
  }

  private tableOf(name: string) {
    const found = this.workbook.table(name);
    if (!found) throw new Error(`no table ${name}`);
    return found;
  }

  /** The user selects a cell (the selection event follows, as in Excel). */
  select(selection: PaneSelection): void {
    this.place(selection);
  }

  /** Someone edits a cell by hand. */
  setCell(table: string, row: number, column: number, value: string): void {
    const found = this.tableOf(table);
    this.workbook.setText(found.sheet, found.range.startRow + row + 1, column, [[value]]);
  }

  cell(table: string, row: number, column: number): string {
    const found = this.tableOf(table);
    return this.workbook.text(found.sheet, found.range.startRow + row + 1, column);
  }

  /** The settings as stored now, read as a host reads them. */
  get settings(): WorkbookSettings | null {
    return readSettings(this.workbook.settings.get(SETTINGS_KEY), this.workbook.settings.get(LAST_GOOD_SETTINGS_KEY), validateModel).settings;
  }

  async readSelection(model: LevelModel, mappings: Record<string, ColumnMapping>): Promise<SelectionContext> {
    this.calls.readSelection++;
    return this.host.readSelection(model, mappings);
  }

  async onSelectionChanged(callback: () => void): Promise<() => void> {
    return this.host.onSelectionChanged(callback);
  }

  async applyRating(request: ApplyRatingRequest, model: LevelModel, mappings: Record<string, ColumnMapping>): Promise<ApplyRatingResult> {
    this.calls.applyRating.push(clone(request));
    return this.host.applyRating(request, model, mappings);
  }

  async showPersonInCharts(cell: CellRef, person: string): Promise<boolean> {
    this.calls.showPersonInCharts.push({ cell, person });
    return this.host.showPersonInCharts(cell, person);
  }

  async selectTableCell(table: string, rowIndex: number, columnIndex: number): Promise<void> {
    this.calls.selectTableCell.push({ table, rowIndex, columnIndex });
    return this.host.selectTableCell(table, rowIndex, columnIndex);
  }

  async convertRangeToTable(range: string, model: LevelModel, mappings: Record<string, ColumnMapping>): Promise<ConvertRangeResult> {
    this.calls.convertRangeToTable.push(range);
    return this.host.convertRangeToTable(range, model, mappings);
  }

  async loadSettings(): Promise<SettingsRead> {
    return this.host.loadSettings();
  }

  async saveSettings(settings: WorkbookSettings): Promise<void> {
    this.calls.saveSettings.push(clone(settings));
    return this.host.saveSettings(settings);
  }
}

/** An assessment table for the built-in ct-am model, rows of [person, role, ...ratings]. */
export function ctAmTable(rows: string[][] = [['张三', '客户经理', '', '', ''], ['李四', '高级客户经理', '中级', '', '']]): PaneTable {
  return { name: 'Assessment', sheet: '评估', headers: ['姓名', '岗位', '抗挫能力', '成就导向', '沟通倾听能力'], rows: rows.map((r) => [...r]) };
}
