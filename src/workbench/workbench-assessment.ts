import { rowsToModel } from '../core/model-sheet/read';
import { AUDIT_HEAD_SETTING, parseChainHead, verifyAuditLog } from '../core/rating/audit-chain';
import { sha256Hex } from '../host/sha256';
import { recordValues } from './workbench-records';
import { hostMessages } from '../host/messages';
import { MODEL_TABLE } from '../core/model-sheet/write';
import { replacedSheetNames, type WorkbookPlan } from '../core/plan/plan';
import { DEFAULT_MODEL_ID, findModel } from '../core/model/registry';
import { snapshotFromValues, type TableValues } from '../core/rating/snapshot';
import type { CompetencyModel, Locale } from '../core/model/types';
import { planAssessmentWorkbook } from '../core/plan/workbook-plan';
import { TARGETS_TABLE } from '../core/plan/labels';
import { AUDIT_COLUMNS, AUDIT_TABLE, EVIDENCE_COLUMNS, EVIDENCE_TABLE, recordKeyColumn } from '../core/rating/records';
import { valueText } from './format';
import type { AssessmentOperations, ModelImportResult } from '../host/assessment-operations';
import { LAST_GOOD_SETTINGS_KEY, SETTINGS_KEY, readStoredSettings } from '../core/settings';
import { parseCell, splitSheetReference } from '../core/a1';
import { chartData, workbookModel } from './charts';
import { downloadFile } from './deliver';
import { shareWithoutAddIn } from './workbench-share';
import { applyPlan } from './plan-apply';
import { applyWorkbenchModelUpdate, previewWorkbenchModelUpdate } from './workbench-model-update';
import { radarSvg, svgToPngBase64 } from './radar';
import type { WorkbenchWorkbook } from './workbook';

/**
 * AssessmentOperations over the workbench workbook, with the Office implementation's meaning
 * (src/excel/office-assessment.ts). Core decides (the plan, the model rows, the snapshot); this
 * module applies and reads. The charts are SVG radars the grid draws at their anchors.
 */

const NO_CHART = 'There is no profile chart yet: draw the profile charts first.';

/** Sheet and table names do not depend on the model or the people: a plan of the default model gives them. */
const probePlans = new Map<Locale, WorkbookPlan>();
function probePlan(locale: Locale): WorkbookPlan {
  const plan = probePlans.get(locale) ?? planAssessmentWorkbook(findModel(DEFAULT_MODEL_ID), [], locale);
  probePlans.set(locale, plan);
  return plan;
}

/** A person-radar chart may name the cell that selects its person (src/excel/office-chart.ts). */
type ChartWithPerson = WorkbookPlan['charts'][number] & { personCell?: string };

export function createWorkbenchAssessment(workbook: WorkbenchWorkbook, options: { now?: () => Date } = {}): AssessmentOperations {
  const now = options.now ?? (() => new Date());
  function mappingOf(table: string) {
    return readStoredSettings(workbook.settings.get(SETTINGS_KEY), workbook.settings.get(LAST_GOOD_SETTINGS_KEY))?.settings.mappings[table] ?? {};
  }

  function tableValues(name: string): TableValues | null {
    const table = workbook.table(name);
    return table ? { headers: workbook.tableHeaders(table.name), rows: workbook.tableRows(table.name) } : null;
  }

  /** The Model sheet from A1 (all its sections), found by its table; null when the workbook has none. */
  function modelSheetRows(locale: Locale): unknown[][] | null {
    const table = workbook.table(MODEL_TABLE);
    const probe = probePlan(locale).sheets.find((s) => s.key === 'model')?.name;
    const sheet = table?.sheet ?? (probe ? workbook.findSheet(probe) : undefined);
    if (!sheet) return null;
    const { rows, columns } = workbook.usedSize(sheet);
    return workbook.values(sheet, { startRow: 0, startCol: 0, endRow: rows - 1, endCol: columns - 1 }).map((row) => row.map((v) => (typeof v === 'object' && v !== null ? null : v)));
  }

  function importModel(locale: Locale): ModelImportResult {
    const rows = modelSheetRows(locale);
    if (!rows) {
      const name = probePlan(locale).sheets.find((s) => s.key === 'model')?.name ?? 'Model';
      return { ok: false, issues: [{ row: 0, message: hostMessages.noModelSheet(name, MODEL_TABLE) }] };
    }
    return rowsToModel(rows, workbookModel(workbook), { firstRow: 1 });
  }

  /** The person keys the Evidence and Audit tables hold, which a rebuild must never give anyone else. */
  function recordedKeys(): string[] {
    return [EVIDENCE_TABLE, AUDIT_TABLE].flatMap((name) => {
      if (!workbook.table(name)) return [];
      const headers = workbook.tableHeaders(name);
      const column = recordKeyColumn(headers, name === EVIDENCE_TABLE ? EVIDENCE_COLUMNS : AUDIT_COLUMNS);
      return column === null ? [] : workbook.tableRows(name).map((row) => valueText(row[column]));
    });
  }

  function personChart(): ChartWithPerson | undefined {
    return workbook.charts().find((c) => c.kind === 'person-radar');
  }

  return {
    async buildAssessment(request) {
      const plan = planAssessmentWorkbook(request.model, request.people, request.locale, recordedKeys());
      const { sheets, archived } = applyPlan(workbook, plan);
      const duplicateNames = plan.people?.duplicateNames ?? [];
      return { sheets, table: plan.assessmentTable, ...(archived ? { archivedModelSheet: archived.to } : {}), ...(duplicateNames.length > 0 ? { duplicateNames } : {}) };
    },

    async hasAssessmentSheets(locale) {
      const names = new Set(replacedSheetNames(probePlan(locale)).map((name) => name.toLowerCase()));
      return workbook.sheetNames().some((name) => names.has(name.toLowerCase()));
    },

    async previewModelUpdate(request) {
      return previewWorkbenchModelUpdate(workbook, request);
    },

    async applyModelUpdate(request) {
      return applyWorkbenchModelUpdate(workbook, request, now());
    },

    async importModelFromSheet(locale) {
      return importModel(locale);
    },

    async readAssessment(model: CompetencyModel, locale: Locale) {
      if (model.kind !== 'levels') throw new Error(`${model.id} is a points model: profile charts and the slide deck show level-based models.`);
      const plan = planAssessmentWorkbook(model, [], locale);
      const assessment = tableValues(plan.assessmentTable);
      if (!assessment) throw new Error(`The workbook has no ${plan.assessmentTable} table. Build the assessment workbook first, or restore the sheet (tables may not be renamed).`);
      return snapshotFromValues(model, assessment, tableValues(TARGETS_TABLE), locale, mappingOf(plan.assessmentTable));
    },

    /**
     * Adds the plan's charts that the workbook lacks (a workbook built elsewhere, or by Excel),
     * writes the person when one is given, and shows the chart.
     */
    async drawProfileCharts(person, locale) {
      if (workbook.charts().length === 0) {
        const imported = importModel(locale);
        if (!imported.ok) {
          const first = imported.issues[0];
          throw new Error(`The profile charts need the sheets built by the add-in: the Model sheet cannot be read (row ${first.row}: ${first.message}).`);
        }
        const plan = planAssessmentWorkbook(imported.model, [], locale);
        const missing = plan.charts.filter((c) => workbook.hasSheet(c.sheet));
        if (missing.length === 0) throw new Error('The profile charts need the Assessment sheet built by the add-in. Build the assessment workbook first.');
        workbook.setCharts(missing);
      }
      const chart = personChart() ?? workbook.charts()[0];
      if (person !== null) {
        const cell = personChart()?.personCell;
        if (!cell) throw new Error('This workbook plan names no cell that selects the person of the profile chart.');
        const { sheet = chart.sheet, range } = splitSheetReference(cell);
        const at = parseCell(range.replace(/\$/g, ''));
        const name = workbook.findSheet(sheet);
        if (!at || !name) throw new Error(`The person cell of the profile chart (${cell}) is not in the workbook.`);
        workbook.setText(name, at.row, at.col, [[person]]);
      }
      const anchor = parseCell(chart.anchor);
      workbook.select(chart.sheet, anchor?.row ?? 0, anchor?.col ?? 0);
    },

    async profileChartImage() {
      const chart = personChart();
      if (!chart || !workbook.hasSheet(chart.sheet)) throw new Error(NO_CHART);
      const locale: Locale = document.documentElement.lang === 'en-US' ? 'en-US' : 'zh-CN';
      return svgToPngBase64(radarSvg(chartData(workbook, chart, locale)));
    },

    // A second .xlsx: the workbook as it is, its HR formulas native (workbench-share.ts).
    shareWithoutAddIn: (model, locale) => shareWithoutAddIn(workbook, model, locale, downloadFile),
    sharesInPlace: false,

    async verifyAuditLog() {
      const table = workbook.table(AUDIT_TABLE);
      const head = parseChainHead(workbook.settings.get(AUDIT_HEAD_SETTING));
      if (!table) return verifyAuditLog([], sha256Hex, head);
      const rows = workbook.tableRows(table.name).map((values, i) => ({ values: recordValues(values), sheetRow: table.range.startRow + i + 2 }));
      return verifyAuditLog(rows, sha256Hex, head, table.range.startRow + 1);
    },

    async deliverFile(fileName, data, mimeType) {
      downloadFile(fileName, data, mimeType);
    },
  };
}
