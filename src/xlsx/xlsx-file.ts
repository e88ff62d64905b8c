/**
 * What the workbench's .xlsx reader (xlsx-read.ts) and writer (xlsx-write.ts) share: the file's
 * shapes as ExcelJS gives them, formula names, dates, colours and widths. ExcelJS (MIT) is
 * imported on first use so the workbench's first load stays light. Carried both ways: sheets, values, formulas (with their last
 * results), spilled formulas (as array formulas), tables, list and number validations, expression
 * conditional formats, bold and number formats, column widths, frozen panes, and the add-in's
 * document settings and charts (in a very hidden sheet, since ExcelJS writes no charts and no
 * add-in settings).
 */

/** The very hidden sheet that carries document settings and chart definitions. */
export const SETTINGS_SHEET = '_CompetencyAddIn';
export const CHARTS_SETTING = 'workbench.charts';
/** ExcelJS reads a validation bound given by a formula as NaN: the workbench keeps its own copy of those. */
export const BOUNDS_SETTING = 'workbench.validationBounds';
export interface FormulaBound {
  sheet: string;
  range: string;
  formula: string;
}
/** Excel keeps at most 32,767 characters in a cell. */
export const CHUNK = 30_000;

/* Just what this module uses of ExcelJS, typed loosely: its typings omit validations and tables' models. */
export type XlsxValue = unknown;
export interface XlsxCell {
  value: XlsxValue;
  address: string;
  formula?: string;
  numFmt?: string;
  font?: { bold?: boolean };
  alignment?: { horizontal?: string; vertical?: string; wrapText?: boolean };
  isMerged?: boolean;
  master?: { address: string };
  dataValidation?: unknown;
}
export interface XlsxRow {
  eachCell(options: { includeEmpty: boolean }, callback: (cell: XlsxCell, col: number) => void): void;
}
export interface XlsxTableModel {
  name: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
}
export interface XlsxSheet {
  name: string;
  state: string;
  views: { state?: string; xSplit?: number; ySplit?: number }[];
  tables: Record<string, { model?: XlsxTableModel; table?: XlsxTableModel }>;
  dataValidations: { model: Record<string, DataValidationModel>; add(range: string, validation: DataValidationModel): void };
  conditionalFormattings: { ref: string; rules: ConditionalRule[] }[];
  eachRow(options: { includeEmpty: boolean }, callback: (row: XlsxRow, rowNumber: number) => void): void;
  getCell(row: number, col: number): XlsxCell;
  getColumn(col: number): { width?: number };
  columnCount: number;
  addTable(table: unknown): void;
  mergeCells(range: string): void;
  /** ExcelJS's merged ranges by their first cell (1-based). */
  _merges?: Record<string, { top: number; left: number; bottom: number; right: number }>;
  addConditionalFormatting(format: unknown): void;
}
export interface XlsxWorkbook {
  worksheets: XlsxSheet[];
  addWorksheet(name: string): XlsxSheet;
  xlsx: { load(data: ArrayBuffer | Uint8Array): Promise<unknown>; writeBuffer(): Promise<ArrayBuffer | Uint8Array> };
}
export interface DataValidationModel {
  type: string;
  operator?: string;
  formulae: (string | number)[];
  allowBlank?: boolean;
  showErrorMessage?: boolean;
  /** The input message shown when the cell is selected. */
  showInputMessage?: boolean;
  prompt?: string;
  error?: string;
  errorTitle?: string;
}
export interface ConditionalRule {
  type: string;
  priority?: number;
  formulae?: string[];
  style?: { fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
}

export async function newXlsxWorkbook(): Promise<XlsxWorkbook> {
  const module = (await import('exceljs')) as unknown as { Workbook?: new () => XlsxWorkbook; default?: { Workbook: new () => XlsxWorkbook } };
  const Workbook = module.Workbook ?? module.default?.Workbook;
  if (!Workbook) throw new Error('ExcelJS could not be loaded.');
  return new Workbook();
}

// Functions newer than Excel 2007 are stored with a prefix; without it Excel shows #NAME?.
const XLFN = ['IFS', 'SWITCH', 'MAXIFS', 'MINIFS', 'TEXTJOIN', 'CONCAT', 'IFNA', 'XLOOKUP', 'XMATCH', 'SEQUENCE', 'UNIQUE', 'LET', 'STDEV.S', 'STDEV.P', 'VAR.S', 'VAR.P'];
const XLWS = ['FILTER', 'SORT'];

export function toFileFormula(formula: string): string {
  let text = formula.replace(/^=/, '');
  text = text.replace(/(?<![A-Za-z0-9_.])([A-Z][A-Z0-9.]*)\(/g, (whole, name: string) => {
    if (XLWS.includes(name)) return `_xlfn._xlws.${name}(`;
    if (XLFN.includes(name)) return `_xlfn.${name}(`;
    return whole;
  });
  return text;
}

export function fromFileFormula(formula: string): string {
  return `=${formula.replace(/_xlfn\.|_xlws\.|_xludf\./g, '')}`;
}

// Excel's serial dates count days from 1899-12-30.
export function dateToSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export const hex = (argb: string | undefined) => (argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined);
export const argb = (color: string) => `FF${color.replace('#', '').toUpperCase()}`;

/** ExcelJS's column width (characters) and ours (points), through pixels as Excel does. */
export const widthToPoints = (chars: number) => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
export const pointsToWidth = (points: number) => Math.max(1, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);

