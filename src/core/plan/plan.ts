/**
 * A host-neutral description of an assessment workbook: what sheets, tables, values, formulas,
 * validations, conditional formats and charts it holds. The planner in core decides it once
 * (workbook-plan.ts); the Office.js builder and the workbench each only apply it. Addresses are A1
 * without the sheet name unless stated. Formulas use English function names and plain A1
 * references (no structured references: the workbench's engine does not read them).
 */

import type { Locale } from '../model/types';

export type PlanValue = string | number | boolean | null;
/**
 * A cell: a value or `{ formula }`. A string is always text, whatever it starts with: model, people
 * and user texts reach the plan as strings, so only the planner's own `{ formula }` cells compute.
 */
export type PlanCell = PlanValue | { formula: string } | { text: string };

export type SheetKey = 'model' | 'targets' | 'assessment' | 'ratings' | 'evidence' | 'audit';

export interface PlanTable {
  /** ASCII table name, unique in the workbook (e.g. "CompetencyAssessment"). */
  name: string;
  /** Top-left cell of the header row, e.g. "A3". */
  origin: string;
  headers: string[];
  /** Data rows, each as long as `headers`. */
  rows: PlanCell[][];
  /** Number formats per header, e.g. { "加权得分": "0.0" }. */
  numberFormats?: Record<string, string>;
}

/** Cells outside tables: titles, notes, the weights row. */
export interface PlanBlock {
  origin: string;
  cells: PlanCell[][];
  bold?: boolean;
  /** A number format for every cell of the block ("0.00"). */
  numberFormat?: string;
}

/**
 * A data validation on cells outside tables (A1 on the sheet): a list read from cells of the sheet
 * (it follows them as they change), or a number of at least `min`. `prompt` is shown when the
 * cell is selected, `errorMessage` when a value is refused.
 */
export interface PlanCellRule {
  range: string;
  rule: { kind: 'list'; source: string } | { kind: 'number'; min: number };
  /** What the cell is, as the prompt's and the alert's title (Excel shows at most 32 characters). */
  title: string;
  prompt: string;
  errorMessage: string;
}

/** A list validation on a table column's data cells. */
export interface PlanListValidation {
  table: string;
  header: string;
  /** The allowed values: an inline list where every value is safe in one (listSource), otherwise a range of text cells. */
  values: string[];
  /** Shown when a value is refused. */
  errorMessage: string;
}

/** A whole-number / decimal range validation on a table column's data cells. */
export interface PlanNumberValidation {
  table: string;
  header: string;
  min: number;
  /** A number, or a formula relative to the first data row (e.g. per-row maximum). */
  max: number | { formula: string };
  errorMessage: string;
  /** Whole numbers only (a count); decimals are allowed when absent. */
  integer?: boolean;
}

/** Conditional formatting of a table column's data cells by a formula relative to its first data cell. */
export interface PlanConditionalFormat {
  table: string;
  header: string;
  formula: string;
  fill: string;
  fontColor?: string;
}

export interface PlanSheet {
  key: SheetKey;
  name: string;
  blocks: PlanBlock[];
  tables: PlanTable[];
  listValidations: PlanListValidation[];
  numberValidations: PlanNumberValidation[];
  conditionalFormats: PlanConditionalFormat[];
  /** Conditional formats of cells outside tables (A1 range; the formula relative to its first cell). */
  cellFormats?: { range: string; formula: string; fill: string; fontColor?: string }[];
  /** Validations of cells outside tables (the weights row, the selected person). */
  cellRules?: PlanCellRule[];
  /** Column widths in points, by column letter. */
  columnWidths?: Record<string, number>;
  /** Ranges whose text wraps within the column width (Excel then fits their rows' height). */
  wrap?: string[];
  /** Rows and columns to freeze. */
  freeze?: { rows: number; columns: number };
  /**
   * Left as it is when the workbook already has a sheet of this name: the evidence and the audit
   * log must survive a rebuild (they are how a user traces and recovers earlier ratings).
   */
  keepIfExists?: boolean;
}

/** A radar chart: one person's levels (or the team's averages) against the target profile. */
export interface PlanChart {
  kind: 'person-radar' | 'team-radar';
  sheet: string;
  /** Where the chart's top-left corner goes, e.g. "W3". */
  anchor: string;
  title: string;
  /** Source cells on `sheet` (or another sheet, as "Sheet!A1:B2"): category names, actual values, target values. */
  categories: string;
  actual: string;
  target: string;
  seriesNames: { actual: string; target: string };
  /** person-radar: the cell on `sheet` (A1) whose value names the person shown. */
  personCell?: string;
}

export interface WorkbookPlan {
  modelId: string;
  modelVersion: string;
  /** The workbook's language: the sheet names are in it, and so is the name an older Model sheet keeps. */
  locale: Locale;
  /** In creation order. */
  sheets: PlanSheet[];
  charts: PlanChart[];
  /** The table the pane rates in. */
  assessmentTable: string;
  /** Names (and employee numbers) the people list gives more than one person: the build report says so. */
  people?: { duplicateNames: string[]; duplicateKeys: string[] };
}

/** The plan without the sheets it keeps where they already exist (see PlanSheet.keepIfExists). */
export function withoutKeptSheets(plan: WorkbookPlan, existingSheets: readonly string[]): WorkbookPlan {
  const existing = new Set(existingSheets.map((name) => name.toLowerCase()));
  const sheets = plan.sheets.filter((sheet) => !(sheet.keepIfExists && existing.has(sheet.name.toLowerCase())));
  return sheets.length === plan.sheets.length ? plan : { ...plan, sheets };
}

/** Sheets whose presence means a build would replace something (kept sheets do not count). */
export function replacedSheetNames(plan: WorkbookPlan): string[] {
  return plan.sheets.filter((sheet) => !sheet.keepIfExists).map((sheet) => sheet.name);
}
