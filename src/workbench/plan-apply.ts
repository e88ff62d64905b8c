import { VERSION_TAG_CELLS, planModelArchive, versionTagSheets, type ModelSheetArchive } from '../core/plan/model-archive';
import { withoutKeptSheets, type PlanCell, type PlanSheet, type PlanTable, type WorkbookPlan } from '../core/plan/plan';
import { toFormulaEntry } from '../core/cell-text';
import { columnName, columnNumber as columnIndex, parseCell, parseRange, type CellRange } from '../core/a1';
import type { CellInput, WorkbenchWorkbook } from './workbook';
import { placePlanTables, planTableColumn, type PlacedTable as PlacedPlanTable } from '../core/plan/tables';
import { LIST_SHEET, placeListSources, type PlacedListSources } from '../core/plan/list-sources';

/**
 * Applies a WorkbookPlan (core decides it) to the workbench workbook, with the Office applier's
 * meaning (src/excel/office-plan-applier.ts): the plan's sheets replace sheets of the same names;
 * a table of a plan name on a sheet the build keeps is renamed `<name>_<n>` rather than deleted;
 * a table without rows gets one blank data row, as Excel's tables do; validations and conditional
 * formats cover a table column's data cells; the assessment sheet is shown at the end. A Model
 * sheet of another model version is kept under the name core decides (model-archive.ts).
 * Everything is resolved first, so a bad plan fails before the workbook changes.
 */

interface PlacedTable {
  sheet: string;
  table: PlanTable;
  range: CellRange;
}

function entries(rows: readonly PlanCell[][], width: number): CellInput[][] {
  return rows.map((row) => Array.from({ length: width }, (_, i) => (i < row.length ? toFormulaEntry(row[i]) : null)));
}

function placeTables(tables: Map<string, PlacedPlanTable>): Map<string, PlacedTable> {
  const placed = new Map<string, PlacedTable>();
  for (const [key, t] of tables)
    placed.set(key, { sheet: t.sheet, table: t.table, range: { startRow: t.row, startCol: t.column, endRow: t.row + t.dataRows, endCol: t.column + t.table.headers.length - 1 } });
  return placed;
}

/** The data cells of a table column. */
function columnRange(placed: Map<string, PlacedPlanTable>, tableName: string, header: string): { sheet: string; range: CellRange } {
  const { sheet, row, column, rows } = planTableColumn(placed, tableName, header);
  return { sheet, range: { startRow: row, endRow: row + rows - 1, startCol: column, endCol: column } };
}

/** What core needs to decide on archiving the Model sheet: names, and the version cells of the plan's Model and Assessment sheets. */
function modelArchive(workbook: WorkbenchWorkbook, plan: WorkbookPlan): ModelSheetArchive | null {
  const sheets = versionTagSheets(plan);
  const read = (name: string | null, address: string) => {
    const sheet = name === null ? undefined : workbook.findSheet(name);
    const range = parseRange(address);
    return sheet && range ? workbook.values(sheet, range) : null;
  };
  return planModelArchive(plan, {
    sheets: workbook.sheetNames(),
    tables: workbook.tables().map((t) => ({ name: t.name, sheet: t.sheet })),
    modelCells: read(sheets.model, VERSION_TAG_CELLS.model),
    assessmentCells: read(sheets.assessment, VERSION_TAG_CELLS.assessment),
  });
}

function replaceSheets(workbook: WorkbenchWorkbook, plan: WorkbookPlan, archive: ModelSheetArchive | null): void {
  if (archive) {
    workbook.renameSheet(archive.sheet, archive.to);
    if (archive.table) workbook.renameTable(archive.table.from, archive.table.to);
  }
  const ours = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const planTables = new Set(plan.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase())));
  for (const table of [...workbook.tables()]) {
    if (!planTables.has(table.name.toLowerCase()) || ours.has(table.sheet.toLowerCase())) continue;
    let n = 1;
    while (workbook.table(`${table.name}_${n}`)) n++;
    workbook.renameTable(table.name, `${table.name}_${n}`);
  }
  for (const sheet of plan.sheets) workbook.addSheet(`~building ${sheet.key}`);
  // The hidden list sheet is the add-in's own: a build replaces it, as the Office applier does.
  for (const name of workbook.sheetNames()) if (ours.has(name.toLowerCase()) || name.toLowerCase() === LIST_SHEET.toLowerCase()) workbook.removeSheet(name);
}

/** The lists that cannot be inline, as text cells of the hidden list sheet (list-sources.ts decides which). */
function writeListSheet(workbook: WorkbenchWorkbook, lists: PlacedListSources): void {
  if (lists.columns.length === 0) return;
  workbook.addSheet(LIST_SHEET);
  workbook.setLayout(LIST_SHEET, { hidden: true });
  lists.columns.forEach((values, column) => {
    if (values.length) workbook.setText(LIST_SHEET, 0, column, values.map((v) => [v]));
  });
}

/** The source a list validation names in the file: the range of its values on the list sheet, when it has one. */
function listSourceAddress(lists: PlacedListSources, validation: Parameters<PlacedListSources['sourceOf']>[0]): string | undefined {
  const source = lists.sourceOf(validation);
  if (source.kind === 'inline') return undefined;
  const column = columnName(source.column);
  return `${LIST_SHEET}!$${column}$1:$${column}$${source.rows}`;
}

function writeSheet(workbook: WorkbenchWorkbook, sheet: PlanSheet, placed: Map<string, PlacedTable>): void {
  for (const block of sheet.blocks) {
    const origin = parseCell(block.origin);
    const width = Math.max(0, ...block.cells.map((r) => r.length));
    if (!origin || width === 0) continue;
    workbook.setValues(sheet.name, origin.row, origin.col, entries(block.cells, width));
    const range = { startRow: origin.row, startCol: origin.col, endRow: origin.row + block.cells.length - 1, endCol: origin.col + width - 1 };
    if (block.bold) workbook.setStyle(sheet.name, range, { bold: true });
    if (block.numberFormat) workbook.setStyle(sheet.name, range, { numberFormat: block.numberFormat });
  }
  for (const table of sheet.tables) {
    const { range } = placed.get(table.name.toLowerCase())!;
    const width = table.headers.length;
    const header: PlanCell[] = table.headers.map((h) => ({ text: h }));
    workbook.setValues(sheet.name, range.startRow, range.startCol, entries([header, ...table.rows], width));
  }
}

function planRange(sheet: string, address: string): CellRange {
  const range = parseRange(address.replace(/\$/g, ''));
  if (!range) throw new Error(`sheet "${sheet}" of the plan names "${address}", which is not a range such as "C8:T8"`);
  return range;
}

/** Builds the plan's sheets in the workbench workbook: the sheets created, in order, and the Model sheet kept, if any. */
export function applyPlan(workbook: WorkbenchWorkbook, fullPlan: WorkbookPlan): { sheets: string[]; archived: ModelSheetArchive | null } {
  // An existing Evidence or Audit sheet stays as it is: a rebuild must not erase the audit log.
  const plan = withoutKeptSheets(fullPlan, workbook.sheetNames());
  const core = placePlanTables(plan);
  const placed = placeTables(core);
  const assessment = placed.get(plan.assessmentTable.toLowerCase());
  if (!assessment) throw new Error(`the plan's assessment table "${plan.assessmentTable}" is not among its tables`);
  const rules = plan.sheets.map((sheet) => ({
    lists: sheet.listValidations.map((v) => ({ ...columnRange(core, v.table, v.header), v })),
    numbers: sheet.numberValidations.map((v) => ({ ...columnRange(core, v.table, v.header), v })),
    formats: sheet.conditionalFormats.map((f) => ({ ...columnRange(core, f.table, f.header), f })),
  }));

  const archive = modelArchive(workbook, plan);
  const listSources = placeListSources(plan);

  workbook.batch(() => {
    replaceSheets(workbook, plan, archive);
    plan.sheets.forEach((sheet) => {
      // The placeholder added first takes the plan's name, so the sheets keep the plan's order.
      workbook.renameSheet(`~building ${sheet.key}`, sheet.name);
      const columnWidths: Record<number, number> = {};
      for (const [letters, width] of Object.entries(sheet.columnWidths ?? {})) columnWidths[columnIndex(letters)] = width;
      workbook.setLayout(sheet.name, { columnWidths, freeze: sheet.freeze });
    });
    writeListSheet(workbook, listSources);
    workbook.bulkWrite(() => plan.sheets.forEach((sheet) => writeSheet(workbook, sheet, placed)));
    for (const { sheet, table, range } of placed.values()) {
      workbook.addTable({ name: table.name, sheet, range });
      for (const [header, numberFormat] of Object.entries(table.numberFormats ?? {})) {
        const column = columnRange(core, table.name, header);
        workbook.setStyle(column.sheet, column.range, { numberFormat });
      }
    }
    for (const sheet of plan.sheets) {
      for (const address of sheet.wrap ?? []) workbook.setStyle(sheet.name, planRange(sheet.name, address), { wrap: true });
      for (const f of sheet.cellFormats ?? []) workbook.addConditionalFormat({ sheet: sheet.name, range: planRange(sheet.name, f.range), formula: f.formula, fill: f.fill, fontColor: f.fontColor });
      for (const rule of sheet.cellRules ?? []) {
        const range = planRange(sheet.name, rule.range);
        if (rule.rule.kind === 'number') workbook.addValidation({ kind: 'number', sheet: sheet.name, range, min: rule.rule.min, max: Number.POSITIVE_INFINITY, errorMessage: rule.errorMessage, prompt: rule.prompt });
        // A list from cells follows them, as Excel's does: the values are read when a cell is checked.
        else workbook.addValidation({ kind: 'list', sheet: sheet.name, range, values: [], source: rule.rule.source, errorMessage: rule.errorMessage, prompt: rule.prompt });
      }
    }
    rules.forEach(({ lists, numbers, formats }) => {
      for (const { sheet, range, v } of lists) {
        const source = listSourceAddress(listSources, v);
        workbook.addValidation({ kind: 'list', sheet, range, values: v.values, errorMessage: v.errorMessage, ...(source ? { source } : {}) });
      }
      for (const { sheet, range, v } of numbers) workbook.addValidation({ kind: 'number', sheet, range, min: v.min, max: v.max, ...(v.integer ? { wholeNumber: true } : {}), errorMessage: v.errorMessage });
      for (const { sheet, range, f } of formats) workbook.addConditionalFormat({ sheet, range, formula: f.formula, fill: f.fill, fontColor: f.fontColor });
    });
    const planSheets = new Set(plan.sheets.map((s) => s.name));
    workbook.setCharts([...workbook.charts().filter((c) => !planSheets.has(c.sheet)), ...plan.charts]);
    workbook.select(assessment.sheet, 0, 0);
  });
  return { sheets: plan.sheets.map((s) => s.name), archived: archive };
}
