import { MODEL_TABLE } from '../core/model-sheet/write';
import { listSaid, SaidError, type Text } from '../core/message';
import { hostMessages, hostPlaces } from '../host/messages';
import type { WorkbookPlan } from '../core/plan/plan';
import type { TableValues } from '../core/rating/snapshot';

/**
 * Reads of the assessment workbook. Tables are reached with getItemOrNullObject and checked after a
 * sync, so a missing table reads as null, the batch never fails and the message can name what is missing.
 */

export type CellValues = (string | number | boolean)[][];

/** The plan's table on the sheet of `key`. */
export function planTable(plan: WorkbookPlan, key: 'model' | 'targets'): string | null {
  return plan.sheets.find((s) => s.key === key)?.tables[0]?.name ?? null;
}

/** Sheet-and-table names the user knows, for messages: "评估 (CompetencyAssessment)". */
export function describeTable(plan: WorkbookPlan, name: string): Text {
  const sheet = plan.sheets.find((s) => s.tables.some((t) => t.name === name));
  return sheet ? hostPlaces.tableOnSheet(sheet.name, name) : name;
}

export class MissingTablesError extends SaidError {
  constructor(tables: string[], plan: WorkbookPlan) {
    super(hostMessages.missingTables(listSaid(tables.map((t) => describeTable(plan, t)))));
    this.name = 'MissingTablesError';
  }
}

/**
 * A read in two round trips: after the first sync (which tells whether what is looked up exists),
 * `queueValues` queues the values of what exists and says whether a second sync is needed; after
 * it, `values` gives them (null for what does not exist). Nothing is called on a null object,
 * whose behaviour Microsoft does not document.
 */
export interface TwoStepRead<T> {
  queueValues(): boolean;
  values(): T;
}

/** Whole tables, header row first. */
export function lookUpTables(context: Excel.RequestContext, names: readonly string[]): TwoStepRead<(CellValues | null)[]> {
  const tables = names.map((name) => context.workbook.tables.getItemOrNullObject(name));
  let ranges: (Excel.Range | null)[] = [];
  return {
    queueValues() {
      ranges = tables.map((table) => (table.isNullObject ? null : table.getRange().load('values')));
      return ranges.some((range) => range !== null);
    },
    values: () => ranges.map((range) => (range === null ? null : (range.values as CellValues))),
  };
}

/**
 * The Model sheet from A1 to its last used cell: the sections above the table (model information,
 * levels) belong to the model too. The sheet is found through its table, so a renamed sheet still
 * reads; null when there is no Model table.
 */
export function lookUpModelSheet(context: Excel.RequestContext): TwoStepRead<CellValues | null> {
  const [table] = [MODEL_TABLE].map((name) => context.workbook.tables.getItemOrNullObject(name));
  let range: Excel.Range | null = null;
  return {
    queueValues() {
      if (table.isNullObject) return false;
      const sheet = table.worksheet;
      range = sheet.getRange('A1').getBoundingRect(sheet.getUsedRange(true)).load('values');
      return true;
    },
    values: () => (range === null ? null : (range.values as CellValues)),
  };
}

/** Runs reads looked up in this batch: one sync to find them, one more for the values of those that exist. */
export async function finishReads(context: Excel.RequestContext, reads: readonly TwoStepRead<unknown>[]): Promise<void> {
  await context.sync();
  const needed = reads.map((read) => read.queueValues()).some(Boolean);
  if (needed) await context.sync();
}

/** Header row and data rows, as core's snapshot reads them. */
export function asTableValues(values: CellValues): TableValues {
  return { headers: values[0] ?? [], rows: values.slice(1) };
}
