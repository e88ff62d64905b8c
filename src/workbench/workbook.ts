import type { PlanChart } from '../core/plan/plan';
import { cellAddress } from '../core/a1';
import { RuledWorkbook } from './workbook-rules';
import { DEFAULT_SHEET, type SheetScoped } from './workbook-store';

export type { CellStyle, ConditionalFormat, ListValidation, NumberValidation, StyledRange, Validation } from './rules';
export type { EditResult } from './workbook-rules';
export type { CellInput, MergedRange, WorkbenchTable, WorkbookEvent, WorkbookListener } from './workbook-store';

/**
 * The workbench's workbook: the cell and table store (workbook-store.ts) with its rules
 * (workbook-rules.ts), and here the view state Excel keeps with a workbook: each sheet's layout
 * (column widths, frozen panes, hidden), the charts and the selection. The grid, the two
 * operations implementations and the .xlsx reader/writer all work on this one model; every change
 * is announced to subscribers.
 */

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

export class WorkbenchWorkbook extends RuledWorkbook {
  private layouts = new Map<string, SheetLayout>();
  private chartList: PlanChart[] = [];
  private current: Selection = { sheet: DEFAULT_SHEET, row: 0, col: 0 };

  /** Takes over the contents of another workbook (a file just opened); subscribers stay. */
  replaceWith(other: WorkbenchWorkbook): void {
    this.adopt(other);
    this.layouts = other.layouts;
    this.chartList = other.chartList;
    const first = this.visibleSheetNames()[0] ?? this.sheetNames()[0] ?? this.addSheet(DEFAULT_SHEET);
    this.current = this.hasSheet(other.current.sheet) && !this.layout(other.current.sheet).hidden ? other.current : { sheet: first, row: 0, col: 0 };
    this.emit('reset');
  }

  protected override sheetScoped(): SheetScoped[][] {
    return [...super.sheetScoped(), this.chartList];
  }

  protected override sheetRenamed(from: string, to: string): void {
    const layout = this.layouts.get(from);
    if (layout) {
      this.layouts.delete(from);
      this.layouts.set(to, layout);
    }
    if (this.current.sheet === from) this.current = { ...this.current, sheet: to };
  }

  protected override sheetRemoved(name: string): void {
    this.layouts.delete(name);
    if (this.current.sheet === name) {
      this.current = { sheet: this.visibleSheetNames()[0] ?? this.sheetNames()[0], row: 0, col: 0 };
      this.emit('selection');
    }
  }

  // ---- layout ----

  /** The sheets that get a tab. */
  visibleSheetNames(): string[] {
    return this.sheetNames().filter((name) => !this.layouts.get(name)?.hidden);
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
