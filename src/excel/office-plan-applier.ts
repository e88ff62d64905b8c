import { VERSION_TAG_CELLS, planModelArchive, versionTagSheets, type ModelSheetArchive } from '../core/plan/model-archive';
import { withoutKeptSheets, type WorkbookPlan } from '../core/plan/plan';
import { AUDIT_COLUMNS, AUDIT_TABLE, EVIDENCE_COLUMNS, EVIDENCE_TABLE, recordKeyColumn } from '../core/rating/records';
import { addRadarChart, chartNames } from './office-chart';
import { toFormulaEntry } from '../core/cell-text';
import { LIST_SHEET, blockAddress, layoutPlan, sliceRows, type PlanLayout, type PlacedRule } from './office-plan-layout';
import { withEquals } from '../core/a1';
import { listSaid, SaidError } from '../core/message';
import { hostMessages } from '../host/messages';

/**
 * Applies a WorkbookPlan to the open workbook. Round trips: prepareBuild reads which sheets and
 * tables exist (and, on a rebuild, the model version the existing Model and Assessment sheets
 * record); writeBuild then takes one per slice (office-plan-layout.ts) - the first also replaces
 * the sheets and sets widths, freeze panes and bold, the last also creates the tables,
 * validations, conditional formats and charts - and one for the charts' series and removing the
 * replaced sheets. So a build takes 2 + slices syncs (3 + slices on a rebuild), the same for 10 or
 * 1,000 people, and no request carries more than one slice of cells. If a write fails, the sheets
 * it added go and the replaced ones take their names again. A Model sheet of another model
 * version is kept under the name core decides (model-archive.ts) instead of being replaced.
 *
 * ExcelApi 1.1 (sheets, ranges, tables, charts), 1.2 (sheet protection state), 1.6 (conditional
 * formats), 1.7 (freeze panes, chart series, workbook protection state), 1.8 (data validation).
 */

export interface AppliedPlan {
  /** Plan sheets created, in order (the hidden list sheet is not among them). */
  sheets: string[];
  /** Tables of the plan's names found on sheets the build keeps, renamed so the new ones can take the name. */
  renamedTables: { from: string; to: string }[];
  /** The existing Model sheet kept because it holds another model version, or null. */
  archived: ModelSheetArchive | null;
  syncs: number;
  slices: number;
}

/** Excel's limits for a data validation's error alert. */
const ALERT_TITLE_LIMIT = 32;
const ALERT_MESSAGE_LIMIT = 225;

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** Lower-case names of the sheets a build replaces: the plan's and the list sheet. */
function replacedNames(layout: PlanLayout): Set<string> {
  return new Set([...layout.sheets.map((s) => s.name.toLowerCase()), LIST_SHEET.toLowerCase()]);
}

interface Existing {
  sheets: string[];
  tables: { name: string; sheet: string }[];
}

/** What a build found in the workbook, and the plan and layout it will write. */
export interface PreparedBuild {
  plan: WorkbookPlan;
  layout: PlanLayout;
  existing: Existing;
  archive: ModelSheetArchive | null;
}

/** What replaceSheets did, so a failed build can put it back. */
interface Replacement {
  renamedTables: AppliedPlan['renamedTables'];
  /** Parked name -> the sheet's own name. */
  parked: { temp: string; name: string }[];
  /** Tables of the parked sheets, renamed so the new ones can take their names. */
  parkedTables: { from: string; to: string }[];
}

/**
 * Replaces the plan's sheets (and the list sheet). Old sheets are renamed out of the way first and
 * deleted only after the new ones exist, so the workbook always keeps a visible sheet. A table of
 * one of the plan's names on a sheet the build keeps is renamed rather than deleted: it may hold data.
 * The archived Model sheet, if any, takes its archive name and its table's.
 */
function replaceSheets(context: Excel.RequestContext, layout: PlanLayout, existing: Existing, archive: ModelSheetArchive | null): Replacement {
  const lower = (s: string) => s.toLowerCase();
  const worksheets = context.workbook.worksheets;
  const ours = replacedNames(layout);
  const taken = new Set(existing.sheets.map(lower));
  const archived = archive ? lower(archive.sheet) : null;
  const old = existing.sheets.filter((name) => ours.has(lower(name)) && lower(name) !== archived);
  if (archive) {
    worksheets.getItem(archive.sheet).name = archive.to;
    if (archive.table) context.workbook.tables.getItem(archive.table.from).name = archive.table.to;
  }
  let counter = 0;
  const parked = old.map((name) => {
    let temp: string;
    do temp = `~replaced${++counter}`;
    while (taken.has(temp));
    worksheets.getItem(name).name = temp;
    return { temp, name };
  });

  const renamedTables: AppliedPlan['renamedTables'] = [];
  const planTables = new Set(layout.tables.map((t) => lower(t.name)));
  const tableNames = new Set([...existing.tables.map((t) => lower(t.name)), ...(archive?.table ? [lower(archive.table.to)] : [])]);
  const replaced = new Set(old.map(lower));
  for (const table of existing.tables) {
    if (!planTables.has(lower(table.name)) || replaced.has(lower(table.sheet)) || lower(table.name) === lower(archive?.table?.from ?? '')) continue;
    let n = 1;
    while (tableNames.has(lower(`${table.name}_${n}`))) n++;
    const to = `${table.name}_${n}`;
    tableNames.add(lower(to));
    context.workbook.tables.getItem(table.name).name = to;
    renamedTables.push({ from: table.name, to });
  }

  // The replaced sheets go only once the build is written; their tables give up their names now.
  const parkedTables: Replacement['parkedTables'] = [];
  for (const table of existing.tables) {
    if (!replaced.has(lower(table.sheet)) || lower(table.name) === lower(archive?.table?.from ?? '')) continue;
    let n = 1;
    while (tableNames.has(lower(`Replaced${n}_${table.name}`))) n++;
    const to = `Replaced${n}_${table.name}`;
    tableNames.add(lower(to));
    context.workbook.tables.getItem(table.name).name = to;
    parkedTables.push({ from: table.name, to });
  }

  for (const sheet of layout.sheets) worksheets.add(sheet.name);
  if (layout.listColumns) worksheets.add(LIST_SHEET).visibility = 'Hidden';
  return { renamedTables, parked, parkedTables };
}

/**
 * Puts the workbook back as the build found it: the sheets it added go, the parked ones and the
 * renamed tables take their names again (the parked sheets are deleted only once all else is written).
 */
async function undoReplacement(context: Excel.RequestContext, prepared: PreparedBuild, replacement: Replacement): Promise<void> {
  // A failed batch stops where it failed: read what the build got to before undoing it.
  const worksheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name');
  await context.sync();
  const lower = (s: string) => s.toLowerCase();
  const sheetsNow = new Set(worksheets.items.map((s) => lower(s.name)));
  const tablesNow = new Set(tables.items.map((t) => lower(t.name)));
  const before = new Set(prepared.existing.sheets.map(lower));
  const parkedNow = replacement.parked.filter((p) => sheetsNow.has(lower(p.temp)));
  const added = [...prepared.layout.sheets.map((s) => s.name), ...(prepared.layout.listColumns ? [LIST_SHEET] : [])].filter(
    (name) => sheetsNow.has(lower(name)) && (!before.has(lower(name)) || parkedNow.some((p) => lower(p.name) === lower(name))),
  );
  for (const name of added) worksheets.getItem(name).delete();
  for (const { temp, name } of parkedNow) worksheets.getItem(temp).name = name;
  for (const { from, to } of [...replacement.renamedTables, ...replacement.parkedTables]) if (tablesNow.has(lower(to))) context.workbook.tables.getItem(to).name = from;
  const archive = prepared.archive;
  if (archive && sheetsNow.has(lower(archive.to))) {
    worksheets.getItem(archive.to).name = archive.sheet;
    if (archive.table && tablesNow.has(lower(archive.table.to))) context.workbook.tables.getItem(archive.table.to).name = archive.table.from;
  }
  await context.sync();
}

/**
 * Whether writing this build uses members without undo support (Worksheet.name, visibility,
 * delete: Microsoft's "Undo capabilities of Excel add-ins"), which fail inside mergeUndoGroup.
 */
export function buildNeedsUndoUnsupported(prepared: PreparedBuild): boolean {
  const ours = replacedNames(prepared.layout);
  return prepared.archive !== null || prepared.layout.listColumns !== null || prepared.existing.sheets.some((name) => ours.has(name.toLowerCase()));
}

/** Protection would stop the build halfway; say so before anything changes. */
function refuseProtected(layout: PlanLayout, workbookProtected: boolean, sheets: { name: string; protection: { protected: boolean } }[]): void {
  if (workbookProtected) throw new SaidError(hostMessages.workbookProtected());
  const ours = replacedNames(layout);
  const locked = sheets.filter((s) => ours.has(s.name.toLowerCase()) && s.protection.protected).map((s) => s.name);
  if (locked.length > 0) throw new SaidError(hostMessages.sheetsProtected(listSaid(locked)));
}

function writeStructure(context: Excel.RequestContext, layout: PlanLayout): void {
  const worksheets = context.workbook.worksheets;
  for (const sheet of layout.sheets) {
    const worksheet = worksheets.getItem(sheet.name);
    for (const [column, width] of Object.entries(sheet.columnWidths ?? {})) worksheet.getRange(`${column}:${column}`).format.columnWidth = width;
    const freeze = sheet.freeze;
    if (freeze && freeze.rows > 0 && freeze.columns > 0) worksheet.freezePanes.freezeAt(worksheet.getRange(blockAddress({ row: 0, column: 0 }, freeze.rows, freeze.columns)));
    else if (freeze && freeze.rows > 0) worksheet.freezePanes.freezeRows(freeze.rows);
    else if (freeze && freeze.columns > 0) worksheet.freezePanes.freezeColumns(freeze.columns);
  }
  for (const { sheet, address } of layout.bold) worksheets.getItem(sheet).getRange(address).format.font.bold = true;
  layout.listColumns?.forEach((values, column) => {
    if (values.length === 0) return;
    const range = worksheets.getItem(LIST_SHEET).getRange(blockAddress({ row: 0, column }, values.length, 1));
    range.formulas = values.map((v) => [toFormulaEntry({ text: v })]);
  });
}

/** Slice k of every grid and column format: one 2-D array per grid and slice. */
function writeSlice(context: Excel.RequestContext, layout: PlanLayout, k: number): void {
  const worksheets = context.workbook.worksheets;
  for (const grid of layout.grids) {
    const { start, end } = sliceRows(grid.rows.length, k, layout.slices);
    if (end <= start) continue;
    const origin = { row: grid.origin.row + start, column: grid.origin.column };
    worksheets.getItem(grid.sheet).getRange(blockAddress(origin, end - start, grid.width)).formulas = grid.rows.slice(start, end);
  }
  for (const format of layout.columnFormats) {
    const { start, end } = sliceRows(format.rows, k, layout.slices);
    if (end <= start) continue;
    const origin = { row: format.origin.row + start, column: format.origin.column };
    worksheets.getItem(format.sheet).getRange(blockAddress(origin, end - start, 1)).numberFormat = Array.from({ length: end - start }, () => [format.format]);
  }
}

function ruleRange(context: Excel.RequestContext, rule: Pick<PlacedRule, 'sheet' | 'address' | 'errorMessage'> & { title: string }): Excel.Range {
  const range = context.workbook.worksheets.getItem(rule.sheet).getRange(rule.address);
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: 'Stop',
    title: clip(rule.title, ALERT_TITLE_LIMIT),
    message: clip(rule.errorMessage, ALERT_MESSAGE_LIMIT),
  };
  return range;
}

/** Validations of cells outside tables: the list of people, weights of 0 or more; with the prompt shown on selection. */
function writeCellRules(context: Excel.RequestContext, layout: PlanLayout): void {
  for (const placed of layout.cellRules) {
    const range = ruleRange(context, placed);
    range.dataValidation.prompt = { showPrompt: true, title: clip(placed.title, ALERT_TITLE_LIMIT), message: clip(placed.prompt, ALERT_MESSAGE_LIMIT) };
    range.dataValidation.rule =
      placed.rule.kind === 'list'
        ? { list: { inCellDropDown: true, source: withEquals(placed.rule.source) } }
        : { decimal: { formula1: placed.rule.min, operator: 'GreaterThanOrEqualTo' } };
  }
}

function finish(context: Excel.RequestContext, plan: WorkbookPlan, layout: PlanLayout): (() => void)[] {
  const worksheets = context.workbook.worksheets;
  for (const table of layout.tables) {
    const worksheet = worksheets.getItem(table.sheet);
    worksheet.tables.add(worksheet.getRange(table.address), true).name = table.name;
  }
  for (const list of layout.lists) ruleRange(context, { ...list, title: list.header }).dataValidation.rule = { list: { inCellDropDown: true, source: list.source } };
  for (const rule of layout.numberRules) {
    const between: Excel.BasicDataValidation = { formula1: rule.min, formula2: rule.max, operator: 'Between' };
    ruleRange(context, { ...rule, title: rule.header }).dataValidation.rule = rule.integer ? { wholeNumber: between } : { decimal: between };
  }
  writeCellRules(context, layout);
  // Wrapped headers: the rows are fitted once their text is there.
  for (const { sheet, address } of layout.wrap) {
    const range = worksheets.getItem(sheet).getRange(address);
    range.format.wrapText = true;
    range.format.autofitRows();
  }
  for (const f of layout.conditionalFormats) {
    const format = worksheets.getItem(f.sheet).getRange(f.address).conditionalFormats.add('Custom');
    format.custom.rule.formula = f.formula;
    format.custom.format.fill.color = f.fill;
    if (f.fontColor) format.custom.format.font.color = f.fontColor;
  }
  const names = chartNames(plan.charts);
  const seriesSteps = plan.charts.map((chart, i) => addRadarChart(context, chart, names[i]));
  worksheets.getItem(layout.assessmentSheet).activate();
  return seriesSteps;
}

/** One round trip: which sheets and tables exist, protection, and the model version the existing Model and Assessment sheets record. */
/**
 * `rekey`: the plan again with person keys after the ones the workbook's Evidence and Audit tables
 * hold (read on a rebuild, in the round trip that reads the version tags), so no key is given twice.
 */
export async function prepareBuild(context: Excel.RequestContext, firstPlan: WorkbookPlan, rekey?: (taken: string[]) => WorkbookPlan): Promise<PreparedBuild> {
  let fullPlan = firstPlan;
  layoutPlan(fullPlan); // refuses a bad plan before anything is read or written
  const worksheets = context.workbook.worksheets.load('items/name,items/protection/protected');
  const tables = context.workbook.tables.load('items/name,items/worksheet/name,items/columns/items/name');
  const workbookProtection = context.workbook.protection.load('protected');
  // The model version recorded where the build writes (a missing sheet reads as a null object).
  const tagSheets = versionTagSheets(fullPlan);
  await context.sync();
  // An existing Evidence or Audit sheet stays as it is: a rebuild must not erase the audit log.
  let plan = withoutKeptSheets(fullPlan, worksheets.items.map((s) => s.name));
  let layout = layoutPlan(plan);
  refuseProtected(layout, workbookProtection.protected, worksheets.items);
  // The tag cells are read only on sheets that exist (a second round trip, on a rebuild only):
  // what a range of a missing sheet does is not documented.
  const present = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
  const readTag = (sheet: string | null, address: string) =>
    sheet === null || !present.has(sheet.toLowerCase()) ? null : context.workbook.worksheets.getItem(sheet).getRange(address).load('values');
  const modelTag = readTag(tagSheets.model, VERSION_TAG_CELLS.model);
  const assessmentTag = readTag(tagSheets.assessment, VERSION_TAG_CELLS.assessment);
  const keyColumns = rekey ? tables.items.flatMap((table) => {
    const columns = table.name === EVIDENCE_TABLE ? EVIDENCE_COLUMNS : table.name === AUDIT_TABLE ? AUDIT_COLUMNS : null;
    const column = columns && recordKeyColumn(table.columns.items.map((c) => c.name), columns);
    return column === null || column === undefined ? [] : [table.getDataBodyRange().getColumn(column).load('values')];
  }) : [];
  if (modelTag || assessmentTag || keyColumns.length > 0) await context.sync();
  if (rekey && keyColumns.length > 0) {
    fullPlan = rekey(keyColumns.flatMap((range) => range.values.map((row) => String(row[0] ?? ''))));
    plan = withoutKeptSheets(fullPlan, worksheets.items.map((s) => s.name));
    layout = layoutPlan(plan);
  }

  const existing: Existing = {
    sheets: worksheets.items.map((s) => s.name),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
  };
  const cells = (tag: Excel.Range | null) => (tag === null ? null : (tag.values as unknown[][]));
  const archive = planModelArchive(plan, { ...existing, modelCells: cells(modelTag), assessmentCells: cells(assessmentTag) });
  return { plan, layout, existing, archive };
}

/**
 * Writes a prepared build: one round trip per slice, and one for the charts' series. Either it
 * completes, or it puts the workbook back as it found it and rethrows.
 */
export async function writeBuild(context: Excel.RequestContext, prepared: PreparedBuild): Promise<AppliedPlan> {
  const { plan, layout, existing, archive } = prepared;
  const replacement = replaceSheets(context, layout, existing, archive);
  let syncs = 0;
  try {
    writeStructure(context, layout);
    let seriesSteps: (() => void)[] = [];
    // Each slice is its own request, so that none passes Excel on the web's 5 MB limit.
    const sendSlice = async (k: number) => {
      writeSlice(context, layout, k);
      if (k === layout.slices - 1) seriesSteps = finish(context, plan, layout);
      await context.sync();
      syncs++;
    };
    for (let k = 0; k < layout.slices; k++) await sendSlice(k);
    seriesSteps.forEach((step) => step());
    for (const { temp } of replacement.parked) context.workbook.worksheets.getItem(temp).delete();
    await context.sync();
    syncs++;
  } catch (error) {
    // The original error is what the user must see; a failed undo leaves no worse than it found.
    await undoReplacement(context, prepared, replacement).catch(() => undefined);
    throw error;
  }
  return { sheets: layout.sheets.map((s) => s.name), renamedTables: replacement.renamedTables, archived: archive, syncs, slices: layout.slices };
}

/** Builds the plan's sheets in the workbook of `context` (replacing sheets of the same names), in one Excel.run. */
export async function applyWorkbookPlan(context: Excel.RequestContext, fullPlan: WorkbookPlan): Promise<AppliedPlan> {
  const prepared = await prepareBuild(context, fullPlan);
  const applied = await writeBuild(context, prepared);
  return { ...applied, syncs: applied.syncs + 1 };
}
