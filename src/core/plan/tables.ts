import { columnNumber } from '../a1';
import type { PlanTable, WorkbookPlan } from './plan';

/**
 * Where a plan's tables and their columns sit, for every applier: the same checks (unique table
 * names, known tables and columns) and the same geometry, whatever address type a host uses.
 */

export interface PlacedTable {
  table: PlanTable;
  sheet: string;
  /** 0-based position of the header row's first cell. */
  row: number;
  column: number;
  /** Data rows the table spans (at least one: Excel tables keep one empty row). */
  dataRows: number;
}

function parseOrigin(origin: string, table: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(origin.trim());
  if (!match) throw new Error(`table "${table}" has no valid origin ("${origin}")`);
  return { row: Number(match[2]) - 1, column: columnNumber(match[1]) };
}

/** The plan's tables by lower-case name; a plan with two tables of one name is refused. */
export function placePlanTables(plan: WorkbookPlan): Map<string, PlacedTable> {
  const placed = new Map<string, PlacedTable>();
  for (const sheet of plan.sheets) {
    for (const table of sheet.tables) {
      const key = table.name.toLowerCase();
      if (placed.has(key)) throw new Error(`the plan has two tables named "${table.name}"`);
      placed.set(key, { table, sheet: sheet.name, ...parseOrigin(table.origin, table.name), dataRows: Math.max(1, table.rows.length) });
    }
  }
  return placed;
}

/** The data cells of one table column: first cell (0-based) and row count. */
export function planTableColumn(placed: Map<string, PlacedTable>, tableName: string, header: string): { sheet: string; row: number; column: number; rows: number } {
  const table = placed.get(tableName.toLowerCase());
  if (!table) throw new Error(`the plan refers to a table "${tableName}" it does not create`);
  const index = table.table.headers.indexOf(header);
  if (index < 0) throw new Error(`table "${tableName}" has no column "${header}"`);
  return { sheet: table.sheet, row: table.row + 1, column: table.column + index, rows: table.dataRows };
}
