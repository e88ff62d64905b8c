import type { PlanChart } from '../core/plan/plan';
import { parseRange, rangeAddress, splitSheetReference, type CellRange } from '../core/a1';
import { valueText } from './format';
import { WorkbenchWorkbook, type CellInput, type CellStyle, type Validation } from './workbook';
import { boundValidationRanges } from './xlsx-bounds';
import {
  BOUNDS_SETTING,
  CHARTS_SETTING,
  SETTINGS_SHEET,
  dateToSerial,
  fromFileFormula,
  hex,
  newXlsxWorkbook,
  widthToPoints,
  type DataValidationModel,
  type FormulaBound,
  type XlsxCell,
  type XlsxSheet,
} from '../xlsx/xlsx-file';

/** Opening an .xlsx file as a workbench workbook. */

/** What the reader left out or changed, for the user to hear about. */
export type XlsxNotice = { kind: 'settings-ignored'; sheet: string } | { kind: 'range-bounded' };

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
  // ExcelJS lists a range's validation once per cell, the same object each time: one key per object.
  const keys = new Map<DataValidationModel, string>();
  for (const [address, model] of Object.entries(sheet.dataValidations?.model ?? {})) {
    const range = parseRange(address);
    if (!range) continue;
    let key = keys.get(model);
    if (key === undefined) keys.set(model, (key = JSON.stringify(model)));
    for (let row = range.startRow; row <= range.endRow; row++) {
      for (let col = range.startCol; col <= range.endCol; col++) cells.push({ row, col, key, rule: model });
    }
  }
  const validations: Validation[] = [];
  for (const { range, rule } of mergeRuns(cells)) {
    const errorMessage = rule.error ?? '';
    const prompt = rule.showInputMessage && rule.prompt ? { prompt: rule.prompt } : {};
    const first = String(rule.formulae?.[0] ?? '');
    if (rule.type === 'list') {
      if (first.startsWith('"')) {
        validations.push({ kind: 'list', sheet: name, range, values: first.slice(1, -1).replace(/""/g, '"').split(','), errorMessage, ...prompt });
      } else {
        // A list from cells: read the cells' values once (the workbench keeps literal lists).
        const source = splitSheetReference(first.replace(/^=/, '').replace(/\$/g, ''));
        const sourceRange = parseRange(source.range);
        const sourceSheet = source.sheet ?? name;
        if (!sourceRange || !workbook.hasSheet(sourceSheet)) continue;
        const values = workbook.values(sourceSheet, sourceRange).flat().map(valueText).filter((v) => v !== '');
        validations.push({ kind: 'list', sheet: name, range, values, errorMessage, source: first.replace(/^=/, ''), ...prompt });
      }
    } else if ((rule.type === 'decimal' || rule.type === 'whole') && rule.operator === 'greaterThanOrEqual') {
      const min = Number(rule.formulae[0]);
      if (Number.isFinite(min)) validations.push({ kind: 'number', sheet: name, range, min, max: Number.POSITIVE_INFINITY, ...(rule.type === 'whole' ? { wholeNumber: true } : {}), errorMessage, ...prompt });
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
      validations.push({ kind: 'number', sheet: name, range, min, max, ...(rule.type === 'whole' ? { wholeNumber: true } : {}), errorMessage, ...prompt });
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
      const align = cell.alignment?.horizontal;
      if (align === 'left' || align === 'center' || align === 'right') style.align = align;
      else if (align === 'centerContinuous') style.align = 'center';
      if (cell.alignment?.wrapText) style.wrap = true;
      if (Object.keys(style).length > 0) cells.push({ row: rowNumber - 1, col: col - 1, key: JSON.stringify(style), rule: style });
    }),
  );
  return mergeRuns(cells).map(({ range, rule }) => ({ range, style: rule }));
}

/** The settings sheet's rows (key, then the value in chunks); false when a row is not text. */
function readSettings(sheet: XlsxSheet, settings: Map<string, string>): boolean {
  let readable = true;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const parts: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (typeof cell.value === 'string') parts.push(cell.value);
      else readable = false;
    });
    const [key, ...chunks] = parts;
    if (key) settings.set(key, chunks.join(''));
  });
  return readable;
}

/** JSON of the expected shape, or undefined (garbage in the hidden sheet is ignored, not fatal). */
function parseJson<T>(text: string | undefined, valid: (value: unknown) => value is T): T | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return valid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isBounds = (value: unknown): value is FormulaBound[] =>
  Array.isArray(value) && value.every((b) => typeof b === 'object' && b !== null && isText(b.sheet) && isText(b.range) && isText(b.formula));
const isCharts = (value: unknown): value is PlanChart[] =>
  Array.isArray(value) &&
  value.every(
    (c) =>
      typeof c === 'object' &&
      c !== null &&
      isText(c.sheet) &&
      isText(c.anchor) &&
      isText(c.categories) &&
      isText(c.actual) &&
      isText(c.target) &&
      typeof c.seriesNames === 'object' &&
      c.seriesNames !== null,
  );

/** The add-in's own hidden sheet: very hidden and so named (a visible sheet of that name is the user's). */
export function isSettingsSheet(sheet: { name: string; state: string }): boolean {
  return sheet.state === 'veryHidden' && (sheet.name === SETTINGS_SHEET || sheet.name.startsWith(`${SETTINGS_SHEET}_`));
}

/** The merged ranges of a sheet, 0-based. */
function readMerges(sheet: XlsxSheet): CellRange[] {
  return Object.values(sheet._merges ?? {}).map((m) => ({ startRow: m.top - 1, startCol: m.left - 1, endRow: m.bottom - 1, endCol: m.right - 1 }));
}

/** Opens an .xlsx file as a workbench workbook. */
export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<WorkbenchWorkbook> {
  return (await readXlsxFile(data)).workbook;
}

/** Opens an .xlsx file as a workbench workbook, with what was left out or bounded on the way. */
export async function readXlsxFile(input: ArrayBuffer | Uint8Array): Promise<{ workbook: WorkbenchWorkbook; notices: XlsxNotice[] }> {
  const notices: XlsxNotice[] = [];
  const { data, bounded } = await boundValidationRanges(input);
  if (bounded) notices.push({ kind: 'range-bounded' });
  const file = await newXlsxWorkbook();
  await file.xlsx.load(data);
  const workbook = new WorkbenchWorkbook({ empty: true });
  const settingsSheet = file.worksheets.find(isSettingsSheet);
  const sheets = file.worksheets.filter((s) => s !== settingsSheet);
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
          if (cell.isMerged && cell.master && cell.master.address !== cell.address) return; // ExcelJS repeats a merged range's value in every cell
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
  let garbage = settingsSheet ? !readSettings(settingsSheet, settings) : false;
  const boundsText = settings.get(BOUNDS_SETTING);
  const chartsText = settings.get(CHARTS_SETTING);
  const bounds = parseJson(boundsText ?? '[]', isBounds);
  const charts = parseJson(chartsText, isCharts);
  if (!bounds || (chartsText !== undefined && !charts)) garbage = true;
  settings.delete(BOUNDS_SETTING);
  settings.delete(CHARTS_SETTING);
  for (const [key, value] of settings) workbook.settings.set(key, value);
  if (charts) workbook.setCharts(charts);
  if (garbage && settingsSheet) notices.push({ kind: 'settings-ignored', sheet: settingsSheet.name });

  for (const sheet of sheets) {
    for (const table of Object.values(sheet.tables ?? {})) {
      const model = table.model ?? table.table;
      const range = model && parseRange(model.tableRef ?? model.ref ?? '');
      if (model && range && model.headerRow !== false) workbook.addTable({ name: model.name, sheet: sheet.name, range });
    }
    for (const validation of readValidations(workbook, sheet, sheet.name, bounds ?? [])) workbook.addValidation(validation);
    for (const range of readMerges(sheet)) {
      // Overlapping merges (Excel never writes them) are left unmerged rather than refusing the file.
      if (!workbook.mergeAt(sheet.name, range.startRow, range.startCol)) workbook.merge(sheet.name, range);
    }
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
  return { workbook, notices };
}

