import { columnName, rangeAddress, type CellRange } from '../core/a1';
import { argb, BOUNDS_SETTING, CHUNK, pointsToWidth, SETTINGS_SHEET, toFileFormula, type DataValidationModel, type FormulaBound, type XlsxSheet, type XlsxWorkbook } from './xlsx-file';

/**
 * Writing the parts of a sheet into an ExcelJS workbook, for every writer of .xlsx files: the
 * workbench saving its grid (workbench/xlsx-write.ts) and a workbook plan written straight to a
 * file (plan-xlsx.ts, the assessor workbooks of both hosts). The shapes are host-neutral.
 */

export interface FileListValidation {
  kind: 'list';
  range: CellRange;
  values: string[];
  errorMessage: string;
  /** Where the list comes from ("Lists!$A$1:$A$4", "$A$10:$A$14"): read when a value is checked, written back as such; the values inline when absent. */
  source?: string;
  /** Shown when the cell is selected (Excel's input message). */
  prompt?: string;
}

export interface FileNumberValidation {
  kind: 'number';
  range: CellRange;
  min: number;
  /** A number (Infinity: no upper bound), or a formula relative to the range's first cell. */
  max: number | { formula: string };
  wholeNumber?: boolean;
  errorMessage: string;
  /** Shown when the cell is selected (Excel's input message). */
  prompt?: string;
}

export type FileValidation = FileListValidation | FileNumberValidation;

export interface FileConditionalFormat {
  range: CellRange;
  formula: string;
  /** "#RRGGBB" */
  fill: string;
  fontColor?: string;
}

export interface FileStyle {
  bold?: boolean;
  numberFormat?: string;
  /** Horizontal alignment as the file sets it (Excel's default is by type). */
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
}

export interface FileLayout {
  /** Column width in points by 0-based column. */
  columnWidths: Record<number, number>;
  freeze?: { rows: number; columns: number };
  hidden?: boolean;
}

function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((header, i) => {
    let name = header.trim() || `Column${i + 1}`;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${header.trim() || 'Column'}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function validationModel(validation: FileValidation): DataValidationModel {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    error: validation.errorMessage || undefined,
    ...(validation.prompt ? { showInputMessage: true, prompt: validation.prompt } : {}),
  };
  if (validation.kind === 'list') {
    const formula = validation.source ?? `"${validation.values.map((v) => v.replace(/"/g, '""')).join(',')}"`;
    return { type: 'list', formulae: [formula], ...common };
  }
  // No upper bound: "at least min", as Excel writes it.
  if (validation.max === Number.POSITIVE_INFINITY) return { type: validation.wholeNumber ? 'whole' : 'decimal', operator: 'greaterThanOrEqual', formulae: [validation.min], ...common };
  const max = typeof validation.max === 'number' ? validation.max : toFileFormula(validation.max.formula);
  return { type: validation.wholeNumber ? 'whole' : 'decimal', operator: 'between', formulae: [validation.min, max], ...common };
}

export function addValidation(sheet: XlsxSheet, validation: FileValidation): void {
  sheet.dataValidations.add(rangeAddress(validation.range), validationModel(validation));
}

/** The validations whose upper bound is a formula: ExcelJS reads those back as NaN, so the file keeps its own copy. */
export function formulaBounds(validations: readonly (FileValidation & { sheet: string })[]): FormulaBound[] {
  return validations.flatMap((v) => (v.kind === 'number' && typeof v.max !== 'number' ? [{ sheet: v.sheet, range: rangeAddress(v.range), formula: v.max.formula }] : []));
}

export function styleRange(sheet: XlsxSheet, range: CellRange, style: FileStyle): void {
  for (let row = range.startRow; row <= range.endRow; row++) {
    for (let col = range.startCol; col <= range.endCol; col++) {
      const cell = sheet.getCell(row + 1, col + 1);
      if (style.bold) cell.font = { bold: true };
      if (style.numberFormat) cell.numFmt = style.numberFormat;
      if (style.align || style.wrap) cell.alignment = { ...(style.align ? { horizontal: style.align } : {}), ...(style.wrap ? { wrapText: true } : {}) };
    }
  }
}

/** A table with its header row at (row, col) and its data rows' values (null: blank); none gives one blank row, as Excel keeps. */
export function addTable(sheet: XlsxSheet, table: { name: string; row: number; col: number; headers: readonly string[]; rows: readonly (readonly unknown[])[] }): void {
  const width = table.headers.length;
  const rows = table.rows.length > 0 ? table.rows.map((r) => Array.from({ length: width }, (_, c) => (r[c] === '' || r[c] === undefined ? null : r[c]))) : [Array<null>(width).fill(null)];
  sheet.addTable({
    name: table.name,
    ref: `${columnName(table.col)}${table.row + 1}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: uniqueHeaders(table.headers).map((header) => ({ name: header, filterButton: true })),
    rows,
  });
}

export function addConditionalFormat(sheet: XlsxSheet, format: FileConditionalFormat, priority: number): void {
  sheet.addConditionalFormatting({
    ref: rangeAddress(format.range),
    rules: [
      {
        type: 'expression',
        priority,
        formulae: [toFileFormula(format.formula)],
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(format.fill) } },
          ...(format.fontColor ? { font: { color: { argb: argb(format.fontColor) } } } : {}),
        },
      },
    ],
  });
}

export function setLayout(sheet: XlsxSheet, layout: FileLayout): void {
  if (layout.hidden) sheet.state = 'hidden';
  for (const [col, points] of Object.entries(layout.columnWidths)) sheet.getColumn(Number(col) + 1).width = pointsToWidth(points);
  if (layout.freeze && (layout.freeze.rows > 0 || layout.freeze.columns > 0)) {
    sheet.views = [{ state: 'frozen', xSplit: layout.freeze.columns, ySplit: layout.freeze.rows }];
  }
}

/** The document settings in a very hidden sheet (ExcelJS writes no add-in settings); a user's sheet of that name keeps it. */
export function addSettingsSheet(file: XlsxWorkbook, settings: ReadonlyMap<string, string>, sheetNames: readonly string[], bounds: readonly FormulaBound[] = []): void {
  const all = new Map(settings);
  if (bounds.length > 0) all.set(BOUNDS_SETTING, JSON.stringify(bounds));
  if (all.size === 0) return;
  const taken = new Set(sheetNames.map((n) => n.toLowerCase()));
  let settingsName = SETTINGS_SHEET;
  for (let n = 2; taken.has(settingsName.toLowerCase()); n++) settingsName = `${SETTINGS_SHEET}_${n}`;
  const hidden = file.addWorksheet(settingsName);
  hidden.state = 'veryHidden';
  let row = 1;
  for (const [key, value] of all) {
    hidden.getCell(row, 1).value = key;
    for (let i = 0; i * CHUNK < value.length; i++) hidden.getCell(row, i + 2).value = value.slice(i * CHUNK, (i + 1) * CHUNK);
    row++;
  }
}

export async function fileBytes(file: XlsxWorkbook): Promise<Uint8Array> {
  const buffer = await file.xlsx.writeBuffer();
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
}
