import { MODEL_TABLE } from '../core/model-sheet/write';
import { verifyOfficeAuditLog } from './office-audit-verify';
import { replacedSheetNames, type WorkbookPlan } from '../core/plan/plan';
import { DEFAULT_MODEL_ID, findModel, loadBuiltInModel } from '../core/model/registry';
import { snapshotFromValues } from '../core/rating/snapshot';
import type { CompetencyModel, Locale } from '../core/model/types';
import { planAssessmentWorkbook } from '../core/plan/workbook-plan';
import { TARGETS_TABLE } from '../core/plan/labels';
import type { AssessmentOperations, AssessmentSnapshot, ModelImportResult, PersonRow } from '../host/assessment-operations';
import { asTableValues, describeTable, finishReads, lookUpModelSheet, lookUpTables, MissingTablesError, type TwoStepRead } from './office-assessment-read';
import { addMissingCharts, personChart } from './office-chart';
import { deliverFile } from './office-file-delivery';
import { officeLocale } from './office-locale';
import { splitSheetReference } from '../core/a1';
import { toFormulaEntry } from '../core/cell-text';
import { buildNeedsUndoUnsupported, prepareBuild, writeBuild } from './office-plan-applier';
import { convertToNativeFormulas } from './office-share';
import { listSaid, SaidError } from '../core/message';
import { hostMessages } from '../host/messages';
import { applyOfficeModelUpdate, previewOfficeModelUpdate } from './office-model-update';
import { inAuditTurn, type AuditTurns } from './office-rating-edits';

/**
 * AssessmentOperations over Office.js. Core decides (the workbook plan, the model rows,
 * the snapshot); this module only reads and writes, in a fixed number of round trips each:
 * buildAssessment 2 + slices (1 read, 2 on a rebuild, then the slices of office-plan-layout.ts and
 * the charts' series: 5 up to 1,000 people x 30 competencies),
 * hasAssessmentSheets 1, importModelFromSheet / readAssessment 2 (find the tables, read those
 * that exist), drawProfileCharts 3 (4 when it adds charts),
 * profileChartImage 1 (2 the first time in a session). A first build runs as one undo step where
 * Excel allows it (mergeUndoGroup, ExcelApi 1.20); a rebuild cannot (see buildAssessment).
 */

/** The model-sheet reader validates with zod: loaded when a sheet is read, not with the pane. */
async function readModelRows(rows: unknown[][]): Promise<ModelImportResult> {
  const { rowsToModel } = await import('../core/model-sheet/read');
  return rowsToModel(rows);
}


/** What a ClientResult (an image, a count) holds, which Office fills in when the batch that asked for it syncs. */
async function syncedValue<T>(context: Excel.RequestContext, result: OfficeExtension.ClientResult<T>): Promise<T> {
  await context.sync();
  return result.value;
}

function isItemNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ItemNotFound';
}

function supportsMergeUndo(): boolean {
  try {
    return typeof Office !== 'undefined' && Boolean(Office.context?.requirements?.isSetSupported('ExcelApi', '1.20'));
  } catch {
    return false;
  }
}

/** One Excel.run; `oneUndoStep` merges its syncs into a single undo step where supported. */
function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>, oneUndoStep = false): Promise<T> {
  return oneUndoStep && supportsMergeUndo() ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch);
}

/** Sheet and table names do not depend on the model or the people: a plan of the default model gives them. */
const probePlans = new Map<Locale, WorkbookPlan>();
async function probePlan(locale: Locale): Promise<WorkbookPlan> {
  // The default model's data is a chunk loaded on first need (usually there already: the page loads it at start).
  await loadBuiltInModel(DEFAULT_MODEL_ID);
  const plan = probePlans.get(locale) ?? planAssessmentWorkbook(findModel(DEFAULT_MODEL_ID), [], locale);
  probePlans.set(locale, plan);
  return plan;
}

export function createOfficeAssessmentOperations(options: { now?: () => Date; edits?: AuditTurns } = {}): AssessmentOperations {
  const now = options.now ?? (() => new Date());
  /** Where the person chart was last drawn, so profileChartImage needs no search. */
  let lastPersonChart: { sheet: string; name: string } | null = null;

  async function buildAssessment(request: { model: CompetencyModel; people: PersonRow[]; locale: Locale }) {
    const plan = planAssessmentWorkbook(request.model, request.people, request.locale);
    // Undo is merged only when every member the writes use supports it: replacing sheets renames,
    // hides and deletes them, which would fail the whole build inside mergeUndoGroup.
    const prepared = await runExcel((context) => prepareBuild(context, plan, (taken) => planAssessmentWorkbook(request.model, request.people, request.locale, taken)));
    const applied = await runExcel((context) => writeBuild(context, prepared), !buildNeedsUndoUnsupported(prepared));
    const person = personChart(plan);
    lastPersonChart = person ? { sheet: person.chart.sheet, name: person.name } : null;
    const duplicateNames = prepared.plan.people?.duplicateNames ?? [];
    return {
      sheets: applied.sheets,
      table: plan.assessmentTable,
      ...(applied.archived ? { archivedModelSheet: applied.archived.to } : {}),
      ...(duplicateNames.length > 0 ? { duplicateNames } : {}),
    };
  }

  async function hasAssessmentSheets(locale: Locale): Promise<boolean> {
    const names = new Set(replacedSheetNames(await probePlan(locale)).map((name) => name.toLowerCase()));
    return runExcel(async (context) => {
      const worksheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      return worksheets.items.some((s) => names.has(s.name.toLowerCase()));
    });
  }

  /** Two round trips: the Model sheet from A1, handed to core whole (any bad row rejects the import). */
  async function importModelFromSheet(locale: Locale): Promise<ModelImportResult> {
    const rows = await runExcel(async (context) => {
      const read = lookUpModelSheet(context);
      await finishReads(context, [read]);
      return read.values();
    });
    if (rows === null) return { ok: false, issues: [{ row: 0, message: new MissingTablesError([MODEL_TABLE], await probePlan(locale)).said }] };
    return readModelRows(rows);
  }

  /**
   * Two round trips: the Assessment table, and the Targets table when there is one (without it the
   * model's own roles give the targets).
   */
  async function readAssessment(model: CompetencyModel, locale: Locale): Promise<AssessmentSnapshot> {
    if (model.kind !== 'levels') throw new SaidError(hostMessages.chartsNeedLevelModel());
    const plan = planAssessmentWorkbook(model, [], locale);
    const [assessment, targets] = await runExcel(async (context) => {
      const read = lookUpTables(context, [plan.assessmentTable, TARGETS_TABLE]);
      await finishReads(context, [read]);
      return read.values();
    });
    if (assessment === null) throw new MissingTablesError([plan.assessmentTable], plan);
    return snapshotFromValues(model, asTableValues(assessment), targets === null ? null : asTableValues(targets), locale);
  }

  /**
   * Three round trips, four when charts are added: find and read the Model sheet (the charts’ ranges follow the model) and the charts
   * present; then write the selected person and add the charts that are missing. A null person
   * leaves the selection cell as the user set it.
   */
  async function drawProfileCharts(person: string | null, locale: Locale): Promise<void> {
    const probe = await probePlan(locale);
    const chartSheets = [...new Set(probe.charts.map((c) => c.sheet))];
    await runExcel(async (context) => {
      const read = lookUpModelSheet(context);
      const sheets = chartSheets.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
      let chartLists: Excel.ChartCollection[] = [];
      const charts: TwoStepRead<null> = {
        queueValues() {
          if (sheets.some((sheet) => sheet.isNullObject)) return false;
          chartLists = sheets.map((sheet) => sheet.charts.load('items/name'));
          return true;
        },
        values: () => null,
      };
      await finishReads(context, [read, charts]);
      const rows = read.values();
      const missing = [...chartSheets.filter((_, i) => sheets[i].isNullObject), ...(rows === null ? [describeTable(probe, MODEL_TABLE)] : [])];
      if (rows === null || missing.length > 0) throw new SaidError(hostMessages.chartSheetsMissing(listSaid(missing)));
      const imported = await readModelRows(rows);
      if (!imported.ok) {
        const first = imported.issues[0];
        throw new SaidError(hostMessages.modelSheetUnreadable(first.row, first.message));
      }
      if (imported.model.kind !== 'levels') throw new SaidError(hostMessages.workbookHoldsPointsModel());
      const plan = planAssessmentWorkbook(imported.model, [], locale);
      const target = personChart(plan);
      if (person !== null) {
        if (!target?.chart.personCell) throw new SaidError(hostMessages.noPersonCell());
        const { sheet = target.chart.sheet, range } = splitSheetReference(target.chart.personCell);
        context.workbook.worksheets.getItem(sheet).getRange(range).formulas = [[toFormulaEntry({ text: person })]];
      }
      const existing = new Map(chartSheets.map((sheet, i) => [sheet, new Set(chartLists[i].items.map((c) => c.name))]));
      const seriesSteps = addMissingCharts(context, plan.charts, existing);
      if (plan.charts.length > 0) context.workbook.worksheets.getItem(plan.charts[0].sheet).activate();
      await context.sync();
      if (seriesSteps.length > 0) {
        seriesSteps.forEach((step) => step());
        await context.sync();
      }
      lastPersonChart = target ? { sheet: target.chart.sheet, name: target.name } : null;
    });
  }

  async function profileChartImage(): Promise<string> {
    return runExcel(async (context) => {
      let location = lastPersonChart;
      if (!location) {
        // First call in this session: the person chart of whichever language's sheets the workbook has,
        // Office's display language first.
        const locales: Locale[] = officeLocale() === 'zh-CN' ? ['zh-CN', 'en-US'] : ['en-US', 'zh-CN'];
        const candidates = (await Promise.all(locales.map(probePlan))).map(personChart);
        const worksheets = context.workbook.worksheets.load('items/name');
        await context.sync();
        const present = new Set(worksheets.items.map((s) => s.name));
        const found = candidates.find((c) => c !== null && present.has(c.chart.sheet));
        if (!found) throw new SaidError(hostMessages.noChartYet());
        location = { sheet: found.chart.sheet, name: found.name };
      }
      const chart = context.workbook.worksheets.getItem(location.sheet).charts.getItem(location.name);
      let image: string;
      try {
        image = await syncedValue(context, chart.getImage());
      } catch (error) {
        if (isItemNotFound(error)) throw new SaidError(hostMessages.noChartYet());
        throw error;
      }
      lastPersonChart = location;
      return image;
    });
  }

  return {
    buildAssessment,
    hasAssessmentSheets,
    importModelFromSheet,
    previewModelUpdate: previewOfficeModelUpdate,
    // Its audit lines take their turn on the chain after typed changes' lines.
    applyModelUpdate: (request) => inAuditTurn(options.edits, () => applyOfficeModelUpdate(request, now())),
    readAssessment,
    drawProfileCharts,
    profileChartImage,
    deliverFile: (fileName, data, mimeType) => deliverFile(fileName, data, mimeType),
    // Converted in place, after the pane asked: see office-share.ts.
    shareWithoutAddIn: (model) => runExcel((context) => convertToNativeFormulas(context, model), true),
    sharesInPlace: true,
    verifyAuditLog: () => Excel.run((context) => verifyOfficeAuditLog(context)),
  };
}
