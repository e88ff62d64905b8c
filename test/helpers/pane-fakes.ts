import { analyseHeaders, isAssessmentLayout, type ColumnMapping } from '../../src/core/rating/assessment';
import type { RatingChange } from '../../src/core/rating/records';
import type { CompetencyModel, LevelModel, Locale } from '../../src/core/model/types';
import type {
  AssessmentOperations,
  AssessmentSnapshot,
  BuildAssessmentRequest,
  BuildAssessmentResult,
  ModelImportResult,
  NativeShareResult,
} from '../../src/host/assessment-operations';
import type {
  ApplyRatingRequest,
  ApplyRatingResult,
  CellRef,
  EvidenceRecord,
  SelectionContext,
  WorkbookOperations,
  WorkbookSettings,
  IgnoredSetting,
  SettingsRead,
} from '../../src/host/workbook-operations';

/**
 * In-memory stand-ins for the workbook, for component tests (and anyone who wants to drive the pane
 * without Excel). They keep the operations' promises: a rating is never replaced unless confirmed,
 * nothing is written outside a rating cell, and selecting a cell fires the selection listeners as
 * Excel does.
 */

/** A table on its own sheet, its header row in row 1 and data from row 2 (column A first). */
export interface FakeTable {
  name: string;
  sheet: string;
  headers: string[];
  rows: string[][];
}

/** A data cell of a table (row -1: the header row), or a cell outside every table. */
export type FakeSelection = { table: string; row: number; column: number } | { outside: string };

function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export class FakeWorkbook implements WorkbookOperations {
  tables: FakeTable[];
  selection: FakeSelection;
  settings: WorkbookSettings | null;
  /** What the next settings read reports as not used (the hosts' reads decide it from the stored text). */
  settingsIgnored: IgnoredSetting[] = [];
  /** Evidence per "table|row|competencyId". */
  evidence = new Map<string, EvidenceRecord>();
  audit: RatingChange[] = [];
  /** When set, applyRating refuses with this reason. */
  refuseWith: string | null = null;
  readonly calls = {
    readSelection: 0,
    applyRating: [] as ApplyRatingRequest[],
    selectTableCell: [] as { table: string; rowIndex: number; columnIndex: number }[],
    saveSettings: [] as WorkbookSettings[],
  };
  private listeners = new Set<() => void>();

  constructor(init: { tables?: FakeTable[]; selection?: FakeSelection; settings?: WorkbookSettings | null } = {}) {
    this.tables = init.tables ?? [];
    this.selection = init.selection ?? { outside: 'H20' };
    this.settings = init.settings ?? null;
  }

  /** The user selects a cell in Excel. */
  select(selection: FakeSelection): void {
    this.selection = selection;
    this.listeners.forEach((listener) => listener());
  }

  /** Someone edits a cell by hand. */
  setCell(table: string, row: number, column: number, value: string): void {
    this.table(table).rows[row][column] = value;
  }

  cell(table: string, row: number, column: number): string {
    return this.table(table).rows[row][column] ?? '';
  }

  table(name: string): FakeTable {
    const found = this.tables.find((t) => t.name === name);
    if (!found) throw new Error(`no table ${name}`);
    return found;
  }

  evidenceKey(table: string, row: number, competencyId: string): string {
    return `${table}|${row}|${competencyId}`;
  }

  private cellRef(table: FakeTable, row: number, column: number): CellRef {
    return { sheet: table.sheet, address: `${columnLetters(column)}${row + 2}` };
  }

  async readSelection(model: LevelModel, mappings: Record<string, ColumnMapping>): Promise<SelectionContext> {
    this.calls.readSelection++;
    const selection = this.selection;
    if ('outside' in selection) {
      const assessmentTables = this.tables.filter((t) => isAssessmentLayout(analyseHeaders(t.headers, model, mappings[t.name] ?? {}))).map((t) => t.name);
      return { kind: 'outside', cell: { sheet: 'Sheet1', address: selection.outside }, assessmentTables };
    }
    const table = this.table(selection.table);
    const layout = analyseHeaders(table.headers, model, mappings[table.name] ?? {});
    const cell = this.cellRef(table, selection.row, selection.column);
    const column = layout.ratingColumns.find((c) => c.index === selection.column);
    if (!column || selection.row < 0) return { kind: 'table', cell, table: table.name, layout };
    const row = table.rows[selection.row];
    return {
      kind: 'rating',
      cell,
      table: table.name,
      rowIndex: selection.row,
      rowCount: table.rows.length,
      columnIndex: selection.column,
      person: layout.personColumn === null ? '' : row[layout.personColumn] ?? '',
      role: layout.roleColumn === null ? '' : row[layout.roleColumn] ?? '',
      competencyId: column.competencyId,
      header: column.header,
      current: row[selection.column] ?? '',
      evidence: this.evidence.get(this.evidenceKey(table.name, selection.row, column.competencyId)) ?? null,
      layout,
    };
  }

  async onSelectionChanged(callback: () => void): Promise<() => void> {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  async applyRating(request: ApplyRatingRequest, model: LevelModel, mappings: Record<string, ColumnMapping>): Promise<ApplyRatingResult> {
    this.calls.applyRating.push(clone(request));
    if (this.refuseWith) return { status: 'refused', reason: this.refuseWith };
    const table = this.tables.find((t) => t.name === request.table);
    const column = table && analyseHeaders(table.headers, model, mappings[table.name] ?? {}).ratingColumns.find((c) => c.index === request.columnIndex);
    if (!table || !column || request.rowIndex < 0 || request.rowIndex >= table.rows.length)
      return { status: 'refused', reason: `row ${request.rowIndex + 1}, column ${request.columnIndex + 1} of ${request.table} is not a rating cell` };
    const current = table.rows[request.rowIndex][request.columnIndex] ?? '';
    // A cell that changed since it was read needs a fresh confirmation, even if the old value was confirmed.
    if (current !== request.expected || (current !== '' && !request.confirmOverwrite)) return { status: 'needs-confirmation', current };
    table.rows[request.rowIndex][request.columnIndex] = request.level;
    const ref = this.cellRef(table, request.rowIndex, request.columnIndex);
    const change: RatingChange = {
      time: '2026-01-02T03:04:05.000Z',
      assessor: request.assessor,
      cell: `${ref.sheet}!${ref.address}`,
      person: request.person,
      competency: request.competency,
      oldValue: current,
      newValue: request.level,
      evidence: request.evidence,
      comment: request.comment,
      model: request.model,
    };
    this.audit.push(change);
    this.evidence.set(this.evidenceKey(table.name, request.rowIndex, column.competencyId), {
      level: request.level,
      behaviours: request.evidence,
      comment: request.comment,
      assessor: request.assessor,
      date: change.time.slice(0, 10),
    });
    return { status: 'written', change };
  }

  async selectTableCell(table: string, rowIndex: number, columnIndex: number): Promise<void> {
    this.calls.selectTableCell.push({ table, rowIndex, columnIndex });
    this.select({ table, row: rowIndex, column: columnIndex });
  }

  async loadSettings(): Promise<SettingsRead> {
    return { settings: this.settings ? clone(this.settings) : null, ignored: clone(this.settingsIgnored) };
  }

  async saveSettings(settings: WorkbookSettings): Promise<void> {
    this.calls.saveSettings.push(clone(settings));
    this.settings = clone(settings);
  }
}

/** Whole-assessment operations that record what they were asked. */
export class FakeAssessmentOperations implements AssessmentOperations {
  hasSheets = false;
  importResult: ModelImportResult = { ok: false, issues: [{ row: 2, message: 'no model' }] };
  snapshot: AssessmentSnapshot = {
    modelId: 'ct-am',
    modelVersion: '1',
    modelName: 'ct-am',
    scaleLabels: ['初级', '中级', '高级', '资深'],
    competencies: [{ id: 'resilience', name: '抗挫能力' }],
    people: [{ name: '张三', role: '客户经理', levels: [2], targets: [3] }],
  };
  readonly calls = {
    buildAssessment: [] as BuildAssessmentRequest[],
    hasAssessmentSheets: 0,
    importModelFromSheet: 0,
    readAssessment: [] as { modelId: string; locale: Locale }[],
    drawProfileCharts: [] as { person: string | null; locale: Locale }[],
    deliverFile: [] as { fileName: string; data: Uint8Array; mimeType: string }[],
    shareWithoutAddIn: [] as { modelId: string; locale: Locale }[],
  };
  /** Excel converts in place (the pane asks first); the workbench makes a copy. */
  sharesInPlace = false;
  shareResult: NativeShareResult = { converted: 12, unconverted: [], fileName: 'ct-am (no add-in).xlsx' };

  async buildAssessment(request: BuildAssessmentRequest): Promise<BuildAssessmentResult> {
    this.calls.buildAssessment.push(request);
    return { sheets: ['Model', 'Targets', 'Assessment', 'Evidence', 'Audit'], table: 'Assessment' };
  }
  async hasAssessmentSheets(): Promise<boolean> {
    this.calls.hasAssessmentSheets++;
    return this.hasSheets;
  }
  async importModelFromSheet(): Promise<ModelImportResult> {
    this.calls.importModelFromSheet++;
    return this.importResult;
  }
  async readAssessment(model: CompetencyModel, locale: Locale): Promise<AssessmentSnapshot> {
    this.calls.readAssessment.push({ modelId: model.id, locale });
    return this.snapshot;
  }
  async drawProfileCharts(person: string | null, locale: Locale): Promise<void> {
    this.calls.drawProfileCharts.push({ person, locale });
  }
  async profileChartImage(): Promise<string> {
    return '';
  }
  async deliverFile(fileName: string, data: Uint8Array, mimeType: string): Promise<void> {
    this.calls.deliverFile.push({ fileName, data, mimeType });
  }
  async shareWithoutAddIn(model: CompetencyModel, locale: Locale): Promise<NativeShareResult> {
    this.calls.shareWithoutAddIn.push({ modelId: model.id, locale });
    return this.shareResult;
  }
}

/** An assessment table for the built-in ct-am model, rows of [person, role, ...ratings]. */
export function ctAmTable(rows: string[][] = [['张三', '客户经理', '', '', ''], ['李四', '高级客户经理', '中级', '', '']]): FakeTable {
  return { name: 'Assessment', sheet: '评估', headers: ['姓名', '岗位', '抗挫能力', '成就导向', '沟通倾听能力'], rows: rows.map((r) => [...r]) };
}

export const XSS = '<img src=x onerror=alert(1)>';

/** A small valid model whose texts are HTML, to check the pane shows them as text. */
export function htmlTextModel(): LevelModel {
  return {
    id: 'html-model',
    version: '1',
    kind: 'levels',
    name: { zh: `模型 ${XSS}`, en: `Model ${XSS}` },
    scale: {
      id: 'two',
      name: { en: 'Two levels' },
      levels: [
        { id: 'L1', label: { zh: '一级', en: 'One' } },
        { id: 'L2', label: { zh: `二级${XSS}`, en: `Two${XSS}` } },
      ],
    },
    classes: [{ id: 'c', name: { en: 'Class' } }],
    competencies: [
      {
        id: 'markup',
        classId: 'c',
        name: { zh: `标记${XSS}`, en: `Markup${XSS}` },
        definition: { en: `Defined as ${XSS}` },
        levels: [
          { levelId: 'L1', summary: { en: `Summary ${XSS}` }, indicators: [{ en: `Indicator ${XSS}` }] },
          { levelId: 'L2', indicators: [], missing: true, note: `note ${XSS}` },
        ],
      },
    ],
  };
}
