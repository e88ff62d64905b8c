import { DetailedCellError, type CellValue } from 'hyperformula';
import type { PlanChart } from '../core/plan/plan';
import { columnName as columnLetters, parseRange, rangeAddress, splitSheetReference, type CellRange } from '../core/a1';
import { valueText } from './format';
import { WorkbenchWorkbook, type CellInput, type CellStyle, type Validation } from './workbook';

/**
 * Opens and saves .xlsx files for the workbench with ExcelJS (MIT), imported on first use so the
 * workbench's first load stays light. Carried both ways: sheets, values, formulas (with their last
 * results), spilled formulas (as array formulas), tables, list and number validations, expression
 * conditional formats, bold and number formats, column widths, frozen panes, and the add-in's
 * document settings and charts (in a very hidden sheet, since ExcelJS writes no charts and no
 * add-in settings).
 */

/** The very hidden sheet that carries document settings and chart definitions. */
export const SETTINGS_SHEET = '_CompetencyAddIn';
const CHARTS_SETTING = 'workbench.charts';
/** ExcelJS reads a validation bound given by a formula as NaN: the workbench keeps its own copy of those. */
const BOUNDS_SETTING = 'workbench.validationBounds';
interface FormulaBound {
  sheet: string;
  range: string;
  formula: string;
}
/** Excel keeps at most 32,767 characters in a cell. */
const CHUNK = 30_000;

/* Just what this module uses of ExcelJS, typed loosely: its typings omit validations and tables' models. */
type XlsxValue = unknown;
interface XlsxCell {
  value: XlsxValue;
  formula?: string;
  numFmt?: string;
  font?: { bold?: boolean };
  dataValidation?: unknown;
}
interface XlsxRow {
  eachCell(options: { includeEmpty: boolean }, callback: (cell: XlsxCell, col: number) => void): void;
}
interface XlsxTableModel {
  name: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
}
interface XlsxSheet {
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
  addConditionalFormatting(format: unknown): void;
}
interface XlsxWorkbook {
  worksheets: XlsxSheet[];
  addWorksheet(name: string): XlsxSheet;
  xlsx: { load(data: ArrayBuffer | Uint8Array): Promise<unknown>; writeBuffer(): Promise<ArrayBuffer | Uint8Array> };
}
interface DataValidationModel {
  type: string;
  operator?: string;
  formulae: (string | number)[];
  allowBlank?: boolean;
  showErrorMessage?: boolean;
  error?: string;
  errorTitle?: string;
}
interface ConditionalRule {
  type: string;
  priority?: number;
  formulae?: string[];
  style?: { fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
}

async function newXlsxWorkbook(): Promise<XlsxWorkbook> {
  const module = (await import('exceljs')) as unknown as { Workbook?: new () => XlsxWorkbook; default?: { Workbook: new () => XlsxWorkbook } };
  const Workbook = module.Workbook ?? module.default?.Workbook;
  if (!Workbook) throw new Error('ExcelJS could not be loaded.');
  return new Workbook();
}

// Functions newer than Excel 2007 are stored with a prefix; without it Excel shows #NAME?.
const XLFN = ['IFS', 'SWITCH', 'MAXIFS', 'MINIFS', 'TEXTJOIN', 'CONCAT', 'IFNA', 'XLOOKUP', 'XMATCH', 'SEQUENCE', 'UNIQUE', 'LET', 'STDEV.S', 'STDEV.P', 'VAR.S', 'VAR.P'];
const XLWS = ['FILTER', 'SORT'];

function toFileFormula(formula: string): string {
  let text = formula.replace(/^=/, '');
  text = text.replace(/(?<![A-Za-z0-9_.])([A-Z][A-Z0-9.]*)\(/g, (whole, name: string) => {
    if (XLWS.includes(name)) return `_xlfn._xlws.${name}(`;
    if (XLFN.includes(name)) return `_xlfn.${name}(`;
    return whole;
  });
  return text;
}

function fromFileFormula(formula: string): string {
  return `=${formula.replace(/_xlfn\.|_xlws\.|_xludf\./g, '')}`;
}

// Excel's serial dates count days from 1899-12-30.
function dateToSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

const hex = (argb: string | undefined) => (argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined);
const argb = (color: string) => `FF${color.replace('#', '').toUpperCase()}`;

/** ExcelJS's column width (characters) and ours (points), through pixels as Excel does. */
const widthToPoints = (chars: number) => Math.round((chars * 7 + 5) * 0.75);
const pointsToWidth = (points: number) => Math.max(1, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);

// ---------------------------------------------------------------- reading

/** Text a spreadsheet would read as something else (a formula, a number, TRUE) keeps its text marker. */
function textInput(text: string): string {
  return /^[='+\-@#]/.test(text) || /^[\s\d.,:/%$€£¥()+-]+$/.test(text) || /^(true|false)$/i.test(text.trim()) ? `'${text}` : text;
}

/** What a file cell holds, as workbench input; arrays tell which cells a spilled formula covers. */
function cellInput(cell: XlsxCell): { input: CellInput; array?: CellRange } {
  const value = cell.value as Record<string, unknown> | string | number | boolean | Date | null;
  if (value === null || value === undefined) return { input: null };
  if (typeof value === 'number' || typeof value === 'boolean') return { input: value };
  if (typeof value === 'string') return { input: textInput(value) };
  if (value instanceof Date) return { input: dateToSerial(value) };
  if (typeof value.formula === 'string' || typeof value.sharedFormula === 'string') {
    const formula = fromFileFormula(cell.formula ?? String(value.formula));
    const array = value.shareType === 'array' && typeof value.ref === 'string' ? parseRange(value.ref) : undefined;
    return { input: formula, array };
  }
  if (Array.isArray(value.richText)) return { input: textInput((value.richText as { text: string }[]).map((run) => run.text).join('')) };
  if (typeof value.text === 'string') return { input: textInput(value.text) }; // hyperlink
  if (typeof value.error === 'string') return { input: value.error === '#N/A' ? '=NA()' : textInput(value.error) };
  return { input: null };
}

/** Cells that share a rule, merged into column runs so a 1,000-row column is one range again. */
function mergeRuns<T>(cells: { row: number; col: number; key: string; rule: T }[]): { range: CellRange; rule: T }[] {
  const sorted = [...cells].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.col - b.col || a.row - b.row));
  const runs: { range: CellRange; rule: T; key: string }[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.key === cell.key && last.range.startCol === cell.col && last.range.endRow + 1 === cell.row) last.range.endRow = cell.row;
    else runs.push({ key: cell.key, rule: cell.rule, range: { startRow: cell.row, endRow: cell.row, startCol: cell.col, endCol: cell.col } });
  }
  // Side-by-side runs of the same rows make the rectangle again (its first cell anchors relative formulas).
  const blocks: typeof runs = [];
  for (const run of runs) {
    const block = blocks.find((b) => b.key === run.key && b.range.startRow === run.range.startRow && b.range.endRow === run.range.endRow && b.range.endCol + 1 === run.range.startCol);
    if (block) block.range.endCol = run.range.endCol;
    else blocks.push(run);
  }
  return blocks;
}

function readValidations(workbook: WorkbenchWorkbook, sheet: XlsxSheet, name: string, bounds: FormulaBound[]): Validation[] {
  const cells: { row: number; col: number; key: string; rule: DataValidationModel }[] = [];
  for (const [address, model] of Object.entries(sheet.dataValidations?.model ?? {})) {
    const range = parseRange(address);
    if (!range) continue;
    for (let row = range.startRow; row <= range.endRow; row++) {
      for (let col = range.startCol; col <= range.endCol; col++) cells.push({ row, col, key: JSON.stringify(model), rule: model });
    }
  }
  const validations: Validation[] = [];
  for (const { range, rule } of mergeRuns(cells)) {
    const errorMessage = rule.error ?? '';
    const first = String(rule.formulae?.[0] ?? '');
    if (rule.type === 'list') {
      if (first.startsWith('"')) {
        validations.push({ kind: 'list', sheet: name, range, values: first.slice(1, -1).replace(/""/g, '"').split(','), errorMessage });
      } else {
        // A list from cells: read the cells' values once (the workbench keeps literal lists).
        const source = splitSheetReference(first.replace(/^=/, '').replace(/\$/g, ''));
        const sourceRange = parseRange(source.range);
        const sourceSheet = source.sheet ?? name;
        if (!sourceRange || !workbook.hasSheet(sourceSheet)) continue;
        const values = workbook.values(sourceSheet, sourceRange).flat().map(valueText).filter((v) => v !== '');
        validations.push({ kind: 'list', sheet: name, range, values, errorMessage, source: first.replace(/^=/, '') });
      }
    } else if ((rule.type === 'decimal' || rule.type === 'whole') && (rule.operator ?? 'between') === 'between') {
      const min = Number(rule.formulae[0]);
      const maxRaw = rule.formulae[1];
      const bound = bounds.find((b) => b.sheet === name && b.range === rangeAddress(range));
      const max =
        typeof maxRaw === 'number' && Number.isFinite(maxRaw)
          ? maxRaw
          : bound
            ? { formula: bound.formula }
            : typeof maxRaw === 'string' && maxRaw !== ''
              ? { formula: fromFileFormula(maxRaw) }
              : Number.POSITIVE_INFINITY;
      validations.push({ kind: 'number', sheet: name, range, min, max, ...(rule.type === 'whole' ? { wholeNumber: true } : {}), errorMessage });
    }
  }
  return validations;
}

function readStyles(sheet: XlsxSheet): { range: CellRange; style: CellStyle }[] {
  const cells: { row: number; col: number; key: string; rule: CellStyle }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) =>
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const style: CellStyle = {};
      if (cell.font?.bold) style.bold = true;
      if (cell.numFmt && cell.numFmt !== 'General') style.numberFormat = cell.numFmt;
      if (style.bold || style.numberFormat) cells.push({ row: rowNumber - 1, col: col - 1, key: JSON.stringify(style), rule: style });
    }),
  );
  return mergeRuns(cells).map(({ range, rule }) => ({ range, style: rule }));
}

function readSettings(sheet: XlsxSheet, settings: Map<string, string>): void {
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const parts: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell) => parts.push(String(cell.value ?? '')));
    const [key, ...chunks] = parts;
    if (key) settings.set(key, chunks.join(''));
  });
}

/** Opens an .xlsx file as a workbench workbook. */
export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<WorkbenchWorkbook> {
  const file = await newXlsxWorkbook();
  await file.xlsx.load(data);
  const workbook = new WorkbenchWorkbook({ empty: true });
  const sheets = file.worksheets.filter((s) => s.name !== SETTINGS_SHEET);
  const settingsSheet = file.worksheets.find((s) => s.name === SETTINGS_SHEET);
  for (const sheet of sheets) workbook.addSheet(sheet.name);
  if (sheets.length === 0) workbook.addSheet('Sheet1');

  workbook.bulkWrite(() => {
    for (const sheet of sheets) {
      const arrays: CellRange[] = [];
      const inArray = (row: number, col: number) => arrays.some((a) => row >= a.startRow && row <= a.endRow && col >= a.startCol && col <= a.endCol && !(row === a.startRow && col === a.startCol));
      const grid: CellInput[][] = [];
      sheet.eachRow({ includeEmpty: false }, (row, rowNumber) =>
        row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
          const r = rowNumber - 1;
          const c = colNumber - 1;
          if (inArray(r, c)) return; // a spilled result: the formula fills it again
          const { input, array } = cellInput(cell);
          if (array) arrays.push(array);
          (grid[r] ??= [])[c] = input;
        }),
      );
      // The grid is sparse (blank rows are holes): map keeps holes, and a spread hole makes Math.max NaN.
      let width = 0;
      for (let r = 0; r < grid.length; r++) width = Math.max(width, grid[r]?.length ?? 0);
      const rows = Array.from({ length: grid.length }, (_, r) => Array.from({ length: width }, (_, c) => grid[r]?.[c] ?? null));
      workbook.setValues(sheet.name, 0, 0, rows);
    }
  });

  const settings = new Map<string, string>();
  if (settingsSheet) readSettings(settingsSheet, settings);
  const bounds = JSON.parse(settings.get(BOUNDS_SETTING) ?? '[]') as FormulaBound[];
  const charts = settings.get(CHARTS_SETTING);
  settings.delete(BOUNDS_SETTING);
  settings.delete(CHARTS_SETTING);
  for (const [key, value] of settings) workbook.settings.set(key, value);
  if (charts) workbook.setCharts(JSON.parse(charts) as PlanChart[]);

  for (const sheet of sheets) {
    for (const table of Object.values(sheet.tables ?? {})) {
      const model = table.model ?? table.table;
      const range = model && parseRange(model.tableRef ?? model.ref ?? '');
      if (model && range && model.headerRow !== false) workbook.addTable({ name: model.name, sheet: sheet.name, range });
    }
    for (const validation of readValidations(workbook, sheet, sheet.name, bounds)) workbook.addValidation(validation);
    for (const format of sheet.conditionalFormattings ?? []) {
      for (const rule of format.rules) {
        const fill = hex(rule.style?.fill?.bgColor?.argb ?? rule.style?.fill?.fgColor?.argb);
        if (rule.type !== 'expression' || !rule.formulae?.[0] || !fill) continue;
        for (const ref of format.ref.split(' ')) {
          const range = parseRange(ref);
          if (range) workbook.addConditionalFormat({ sheet: sheet.name, range, formula: fromFileFormula(rule.formulae[0]), fill, fontColor: hex(rule.style?.font?.color?.argb) });
        }
      }
    }
    for (const { range, style } of readStyles(sheet)) workbook.setStyle(sheet.name, range, style);
    const columnWidths: Record<number, number> = {};
    for (let col = 1; col <= sheet.columnCount; col++) {
      const width = sheet.getColumn(col).width;
      if (width) columnWidths[col - 1] = widthToPoints(width);
    }
    const frozen = sheet.views?.find((v) => v.state === 'frozen');
    workbook.setLayout(sheet.name, {
      columnWidths,
      freeze: frozen ? { rows: frozen.ySplit ?? 0, columns: frozen.xSplit ?? 0 } : undefined,
      ...(sheet.state === 'hidden' || sheet.state === 'veryHidden' ? { hidden: true } : {}),
    });
  }
  return workbook;
}

// ---------------------------------------------------------------- writing

function fileResult(value: CellValue): unknown {
  if (value instanceof DetailedCellError) return { error: value.value };
  return value ?? '';
}

function fileValue(workbook: WorkbenchWorkbook, sheet: string, row: number, col: number): unknown {
  const value = workbook.value(sheet, row, col);
  if (workbook.isFormula(sheet, row, col)) {
    const formula = toFileFormula(String(workbook.input(sheet, row, col)));
    const spill = spillRange(workbook, sheet, row, col);
    return spill ? { formula, result: fileResult(value), shareType: 'array', ref: rangeAddress(spill) } : { formula, result: fileResult(value) };
  }
  if (value instanceof DetailedCellError) return { error: value.value };
  return value;
}

/** The range a formula's result spills over, when more than its own cell. */
function spillRange(workbook: WorkbenchWorkbook, sheet: string, row: number, col: number): CellRange | undefined {
  const isSpilledFromHere = (r: number, c: number) => workbook.spillSource(sheet, r, c)?.row === row && workbook.spillSource(sheet, r, c)?.col === col;
  let endRow = row;
  let endCol = col;
  while (isSpilledFromHere(endRow + 1, col)) endRow++;
  while (isSpilledFromHere(row, endCol + 1)) endCol++;
  return endRow === row && endCol === col ? undefined : { startRow: row, startCol: col, endRow, endCol };
}

function uniqueHeaders(headers: string[]): string[] {
  const seen = new Set<string>();
  return headers.map((header, i) => {
    let name = header.trim() || `Column${i + 1}`;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${header.trim() || 'Column'}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function validationModel(validation: Validation): DataValidationModel {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', error: validation.errorMessage || undefined };
  if (validation.kind === 'list') {
    const formula = validation.source ?? `"${validation.values.map((v) => v.replace(/"/g, '""')).join(',')}"`;
    return { type: 'list', formulae: [formula], ...common };
  }
  const max = typeof validation.max === 'number' ? validation.max : toFileFormula(validation.max.formula);
  return { type: validation.wholeNumber ? 'whole' : 'decimal', operator: 'between', formulae: [validation.min, max], ...common };
}

/** Saves the workbench workbook as an .xlsx file. */
export async function writeXlsx(workbook: WorkbenchWorkbook): Promise<Uint8Array> {
  const file = await newXlsxWorkbook();
  for (const name of workbook.sheetNames()) {
    const sheet = file.addWorksheet(name);
    const { rows, columns } = workbook.usedSize(name);
    const tables = workbook.tables().filter((t) => t.sheet === name);
    for (let row = 0; row < rows; row++) {
      for (let col = 0; col < columns; col++) {
        const value = fileValue(workbook, name, row, col);
        if (value !== null && value !== undefined && value !== '') sheet.getCell(row + 1, col + 1).value = value;
      }
    }
    for (const styled of workbook.styledRanges().filter((s) => s.sheet === name)) {
      for (let row = styled.range.startRow; row <= styled.range.endRow; row++) {
        for (let col = styled.range.startCol; col <= styled.range.endCol; col++) {
          const cell = sheet.getCell(row + 1, col + 1);
          if (styled.style.bold) cell.font = { bold: true };
          if (styled.style.numberFormat) cell.numFmt = styled.style.numberFormat;
        }
      }
    }
    for (const table of tables) {
      const { startRow, startCol, endRow, endCol } = table.range;
      const headers = uniqueHeaders(workbook.tableHeaders(table.name));
      // Excel tables have at least one data row: an empty table gets one blank row.
      const dataRows = Math.max(1, endRow - startRow);
      const tableRows = Array.from({ length: dataRows }, (_, r) =>
        Array.from({ length: endCol - startCol + 1 }, (_, c) => {
          const value = startRow + 1 + r <= endRow ? fileValue(workbook, name, startRow + 1 + r, startCol + c) : null;
          return value === '' ? null : value;
        }),
      );
      sheet.addTable({
        name: table.name,
        ref: `${columnLetters(startCol)}${startRow + 1}`,
        headerRow: true,
        totalsRow: false,
        style: { theme: 'TableStyleLight9', showRowStripes: true },
        columns: headers.map((header) => ({ name: header, filterButton: true })),
        rows: tableRows,
      });
    }
    for (const validation of workbook.validations().filter((v) => v.sheet === name)) {
      sheet.dataValidations.add(rangeAddress(validation.range), validationModel(validation));
    }
    workbook.conditionalFormats().forEach((format, i) => {
      if (format.sheet !== name) return;
      sheet.addConditionalFormatting({
        ref: rangeAddress(format.range),
        rules: [
          {
            type: 'expression',
            priority: i + 1,
            formulae: [toFileFormula(format.formula)],
            style: {
              fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(format.fill) } },
              ...(format.fontColor ? { font: { color: { argb: argb(format.fontColor) } } } : {}),
            },
          },
        ],
      });
    });
    const layout = workbook.layout(name);
    if (layout.hidden) sheet.state = 'hidden';
    for (const [col, points] of Object.entries(layout.columnWidths)) sheet.getColumn(Number(col) + 1).width = pointsToWidth(points);
    if (layout.freeze && (layout.freeze.rows > 0 || layout.freeze.columns > 0)) {
      sheet.views = [{ state: 'frozen', xSplit: layout.freeze.columns, ySplit: layout.freeze.rows }];
    }
  }

  const settings = new Map(workbook.settings);
  if (workbook.charts().length > 0) settings.set(CHARTS_SETTING, JSON.stringify(workbook.charts()));
  const bounds: FormulaBound[] = workbook
    .validations()
    .flatMap((v) => (v.kind === 'number' && typeof v.max !== 'number' ? [{ sheet: v.sheet, range: rangeAddress(v.range), formula: v.max.formula }] : []));
  if (bounds.length > 0) settings.set(BOUNDS_SETTING, JSON.stringify(bounds));
  if (settings.size > 0) {
    const hidden = file.addWorksheet(SETTINGS_SHEET);
    hidden.state = 'veryHidden';
    let row = 1;
    for (const [key, value] of settings) {
      hidden.getCell(row, 1).value = key;
      for (let i = 0; i * CHUNK < value.length; i++) hidden.getCell(row, i + 2).value = value.slice(i * CHUNK, (i + 1) * CHUNK);
      row++;
    }
  }
  const buffer = await file.xlsx.writeBuffer();
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
}
