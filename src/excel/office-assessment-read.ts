import { MODEL_TABLE } from '../core/model-sheet/write';
import type { WorkbookPlan } from '../core/plan/plan';
import type { TableValues } from '../core/rating/snapshot';

/**
 * Reads of the assessment workbook, queued so that each operation takes one round trip. Tables
 * are reached with getItemOrNullObject: a missing table reads as null (null objects propagate
 * through getRange and worksheet), so the batch never fails and the message can name what is missing.
 */

export type CellValues = (string | number | boolean)[][];

/** The plan's table on the sheet of `key`. */
export function planTable(plan: WorkbookPlan, key: 'model' | 'targets'): string | null {
  return plan.sheets.find((s) => s.key === key)?.tables[0]?.name ?? null;
}

/** Sheet-and-table names the user knows, for messages: "评估 (CompetencyAssessment)". */
export function describeTable(plan: WorkbookPlan, name: string): string {
  const sheet = plan.sheets.find((s) => s.tables.some((t) => t.name === name));
  return sheet ? `${sheet.name} (${name})` : name;
}

export class MissingTablesError extends Error {
  constructor(tables: string[], plan: WorkbookPlan) {
    super(
      `The workbook has no ${tables.map((t) => describeTable(plan, t)).join(', ')}. ` +
        'Build the assessment workbook first, or restore what was deleted (the tables must keep their names).',
    );
    this.name = 'MissingTablesError';
  }
}

/** Queues the read of a whole table (header row first); after the sync, null when it does not exist. */
export function queueTableRead(context: Excel.RequestContext, name: string): () => CellValues | null {
  const range = context.workbook.tables.getItemOrNullObject(name).getRange().load('values');
  return () => (range.isNullObject ? null : (range.values as CellValues));
}

/**
 * Queues the read of the Model sheet from A1 to its last used cell: the sections above the table
 * (model information, levels) belong to the model too. The sheet is found through its table, so a
 * renamed sheet still reads. After the sync, null when there is no Model table.
 */
export function queueModelSheetRead(context: Excel.RequestContext): () => CellValues | null {
  const sheet = context.workbook.tables.getItemOrNullObject(MODEL_TABLE).worksheet;
  const range = sheet.getRange('A1').getBoundingRect(sheet.getUsedRange(true)).load('values');
  return () => (range.isNullObject ? null : (range.values as CellValues));
}

/** Header row and data rows, as core's snapshot reads them. */
export function asTableValues(values: CellValues): TableValues {
  return { headers: values[0] ?? [], rows: values.slice(1) };
}
