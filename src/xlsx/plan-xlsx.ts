import { columnName, columnNumber, parseCell, parseRange, type CellRange } from '../core/a1';
import { LIST_SHEET, placeListSources, type PlacedListSources } from '../core/plan/list-sources';
import type { PlanCell, PlanListValidation, PlanSheet, WorkbookPlan } from '../core/plan/plan';
import { placePlanTables, planTableColumn, type PlacedTable } from '../core/plan/tables';
import { CHARTS_SETTING, newXlsxWorkbook, toFileFormula, type XlsxSheet } from './xlsx-file';
import { addConditionalFormat, addSettingsSheet, addTable, addValidation, fileBytes, formulaBounds, setLayout, styleRange, type FileValidation } from './xlsx-sheet-write';

/**
 * A workbook plan (core decides it) written straight to a new .xlsx file, with no grid and no
 * Office: the assessor workbooks both hosts hand out. The meaning is the appliers' for a workbook
 * that has none of the plan's sheets yet (src/excel/office-plan-applier.ts, workbench/plan-apply.ts):
 * sheets in plan order, the hidden list sheet after them when a list cannot be inline, validations
 * and conditional formats over a table column's data cells. Formulas are written without results:
 * Excel computes them when the file opens.
 */

/** A plan cell as ExcelJS takes it: text stays text (a string is never read as a formula), formulas in the file's spelling. */
function fileCell(cell: PlanCell): unknown {
  if (cell === null || typeof cell === 'number' || typeof cell === 'boolean' || typeof cell === 'string') return cell;
  if ('formula' in cell) return { formula: toFileFormula(cell.formula) };
  return cell.text;
}

function planRange(sheet: string, address: string): CellRange {
  const range = parseRange(address.replace(/\$/g, ''));
  if (!range) throw new Error(`sheet "${sheet}" of the plan names "${address}", which is not a range such as "C8:T8"`);
  return range;
}

function columnRange(placed: Map<string, PlacedTable>, table: string, header: string): CellRange {
  const { row, column, rows } = planTableColumn(placed, table, header);
  return { startRow: row, endRow: row + rows - 1, startCol: column, endCol: column };
}

function listSource(lists: PlacedListSources, validation: PlanListValidation): string | undefined {
  const source = lists.sourceOf(validation);
  if (source.kind === 'inline') return undefined;
  const column = columnName(source.column);
  return `${LIST_SHEET}!$${column}$1:$${column}$${source.rows}`;
}

/** The sheet's validations as the file keeps them (for the formula bounds' copy too). */
function sheetValidations(sheet: PlanSheet, placed: Map<string, PlacedTable>, lists: PlacedListSources): (FileValidation & { sheet: string })[] {
  return [
    ...(sheet.cellRules ?? []).map((rule): FileValidation & { sheet: string } => {
      const range = planRange(sheet.name, rule.range);
      const common = { sheet: sheet.name, range, errorMessage: rule.errorMessage, prompt: rule.prompt };
      return rule.rule.kind === 'number' ? { kind: 'number', ...common, min: rule.rule.min, max: Number.POSITIVE_INFINITY } : { kind: 'list', ...common, values: [], source: rule.rule.source };
    }),
    ...sheet.listValidations.map((v): FileValidation & { sheet: string } => {
      const source = listSource(lists, v);
      return { kind: 'list', sheet: sheet.name, range: columnRange(placed, v.table, v.header), values: v.values, errorMessage: v.errorMessage, ...(source ? { source } : {}) };
    }),
    ...sheet.numberValidations.map((v): FileValidation & { sheet: string } => ({
      kind: 'number',
      sheet: sheet.name,
      range: columnRange(placed, v.table, v.header),
      min: v.min,
      max: v.max,
      ...(v.integer ? { wholeNumber: true } : {}),
      errorMessage: v.errorMessage,
    })),
  ];
}

function writeSheet(file: XlsxSheet, sheet: PlanSheet, placed: Map<string, PlacedTable>, validations: readonly FileValidation[], priority: () => number): void {
  for (const block of sheet.blocks) {
    const origin = parseCell(block.origin);
    const width = Math.max(0, ...block.cells.map((r) => r.length));
    if (!origin || width === 0) continue;
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== null) file.getCell(origin.row + r + 1, origin.col + c + 1).value = fileCell(cell);
      }),
    );
    const range = { startRow: origin.row, startCol: origin.col, endRow: origin.row + block.cells.length - 1, endCol: origin.col + width - 1 };
    styleRange(file, range, { bold: block.bold, numberFormat: block.numberFormat });
  }
  for (const table of sheet.tables) {
    const at = placed.get(table.name.toLowerCase())!;
    addTable(file, { name: table.name, row: at.row, col: at.column, headers: table.headers, rows: table.rows.map((row) => row.map(fileCell)) });
    for (const [header, numberFormat] of Object.entries(table.numberFormats ?? {})) styleRange(file, columnRange(placed, table.name, header), { numberFormat });
  }
  for (const address of sheet.wrap ?? []) styleRange(file, planRange(sheet.name, address), { wrap: true });
  for (const validation of validations) addValidation(file, validation);
  for (const f of sheet.cellFormats ?? []) addConditionalFormat(file, { range: planRange(sheet.name, f.range), formula: f.formula, fill: f.fill, fontColor: f.fontColor }, priority());
  for (const f of sheet.conditionalFormats) addConditionalFormat(file, { range: columnRange(placed, f.table, f.header), formula: f.formula, fill: f.fill, fontColor: f.fontColor }, priority());
  const columnWidths: Record<number, number> = {};
  for (const [letters, width] of Object.entries(sheet.columnWidths ?? {})) columnWidths[columnNumber(letters)] = width;
  setLayout(file, { columnWidths, freeze: sheet.freeze });
}

/** The plan as the bytes of a new .xlsx file. Everything is resolved first, so a bad plan fails before anything is written. */
export async function writePlanXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  const placed = placePlanTables(plan);
  const lists = placeListSources(plan);
  const validations = plan.sheets.map((sheet) => sheetValidations(sheet, placed, lists));
  const file = await newXlsxWorkbook();
  let next = 0;
  plan.sheets.forEach((sheet, i) => writeSheet(file.addWorksheet(sheet.name), sheet, placed, validations[i], () => ++next));
  const names = plan.sheets.map((s) => s.name);
  if (lists.columns.length > 0) {
    const listSheet = file.addWorksheet(LIST_SHEET);
    lists.columns.forEach((values, column) => values.forEach((value, row) => (listSheet.getCell(row + 1, column + 1).value = value)));
    setLayout(listSheet, { columnWidths: {}, hidden: true });
    names.push(LIST_SHEET);
  }
  const settings = new Map<string, string>();
  if (plan.charts.length > 0) settings.set(CHARTS_SETTING, JSON.stringify(plan.charts));
  addSettingsSheet(file, settings, names, formulaBounds(validations.flat()));
  return fileBytes(file);
}
