import { cellA1 } from '../../src/core/a1';
import { reviseModel } from '../../src/core/model/model-version';
import { findLevelModel } from '../../src/core/model/registry';
import type { LevelModel } from '../../src/core/model/types';
import { columnIdBlockRow } from '../../src/core/plan/column-ids';
import type { ColumnFate } from '../../src/core/plan/model-update';
import { ARCHIVE_TABLE } from '../../src/core/plan/model-update-write';
import { ASSESSMENT_TABLE, TARGETS_TABLE } from '../../src/core/plan/workbook-plan';
import { AUDIT_TABLE } from '../../src/core/rating/records';
import { HASH_COLUMN, LINE_COLUMN } from '../../src/core/rating/audit-chain';
import { localDateSerial, serialDateTimeText } from '../../src/core/rating/record-time';
import type { AssessmentOperations, PersonRow } from '../../src/host/assessment-operations';

/**
 * One table of model-update cases, run against both hosts (Office operations over the Excel mock,
 * workbench operations over its workbook): a workbook built with ct-am version 1, ratings and a
 * target typed in, then version 2 of the model previewed and applied. Both hosts must show the
 * same per-column decision and leave the same tables.
 */

export const UPDATE_NOW = new Date('2026-12-01T09:00:00.000Z');
const v1 = findLevelModel('ct-am');
const people: PersonRow[] = [
  { name: '张三', role: '客户经理' },
  { name: '李四', role: '高级客户经理' },
];

export interface UpdateHost {
  assessment: AssessmentOperations;
  type(sheet: string, address: string, value: string): void;
  cell(sheet: string, address: string): string;
  /** A table's headers and rows as text; null when there is no such table. */
  table(name: string): { sheet: string; headers: string[]; rows: string[][] } | null;
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function version2(edit: (model: LevelModel) => void): LevelModel {
  const edited = copy(v1);
  edit(edited);
  return reviseModel(v1, edited).model as LevelModel;
}

/** A typed value: the sheet, the person (Assessment) or role (Targets) row, the column header, the value. */
interface Typed {
  table: typeof ASSESSMENT_TABLE | typeof TARGETS_TABLE;
  row: string;
  header: string;
  value: string;
}

interface UpdateCase {
  name: string;
  typed: Typed[];
  /** Turns the workbook into one built before the column id record (and HR may have typed a header in English). */
  oldWorkbook?: { header?: { from: string; to: string } };
  model: LevelModel;
  /** The columns of the preview that the case is about (the others are kept, with no values). */
  columns: ColumnFate[];
  /** Cells after the update: table, row, header, value. */
  after: Typed[];
  /** Headers the Assessment table no longer has. */
  gone?: string[];
  archive?: string[][];
  /** [old value, new value, competency] of the audit lines, in order. */
  audit: [string, string, string][];
  /** An Evidence row's Competency before (typed in) and after the update. */
  evidence?: { before: string; after: string };
}

const renamed = version2((m) => (m.competencies.find((c) => c.id === 'resilience')!.name = { zh: '抗压能力', en: 'Stress resilience' }));

export const UPDATE_CASES: UpdateCase[] = [
  {
    name: 'a renamed competency renames its headers and keeps its ratings and targets',
    typed: [
      { table: ASSESSMENT_TABLE, row: '张三', header: '抗挫能力', value: '中级' },
      { table: ASSESSMENT_TABLE, row: '李四', header: '成就导向', value: '高级' },
      { table: TARGETS_TABLE, row: '客户经理', header: '抗挫能力', value: '高级' },
    ],
    model: renamed,
    columns: [
      { kind: 'kept', competencyId: 'achievement-orientation', header: '成就导向', values: 1, relabelled: 0, flagged: [] },
      { kind: 'renamed', competencyId: 'resilience', from: '抗挫能力', to: '抗压能力', values: 1, relabelled: 0, flagged: [] },
    ],
    after: [
      { table: ASSESSMENT_TABLE, row: '张三', header: '抗压能力', value: '中级' },
      { table: ASSESSMENT_TABLE, row: '李四', header: '成就导向', value: '高级' },
      { table: TARGETS_TABLE, row: '客户经理', header: '抗压能力', value: '高级' },
    ],
    gone: ['抗挫能力'],
    audit: [['抗挫能力', '抗压能力', '抗压能力']],
    evidence: { before: '抗挫能力', after: '抗压能力' },
  },
  {
    name: 'a workbook built before the id record is matched by header name in either language, and records the ids from then on',
    typed: [{ table: ASSESSMENT_TABLE, row: '张三', header: '抗挫能力', value: '中级' }],
    oldWorkbook: { header: { from: '抗挫能力', to: 'Resilience' } },
    model: renamed,
    columns: [{ kind: 'renamed', competencyId: 'resilience', from: 'Resilience', to: '抗压能力', values: 1, relabelled: 0, flagged: [] }],
    after: [{ table: ASSESSMENT_TABLE, row: '张三', header: '抗压能力', value: '中级' }],
    gone: ['Resilience'],
    audit: [['Resilience', '抗压能力', '抗压能力']],
  },
  {
    name: 'a removed competency goes to the archive with its ratings and targets; a new one gets a column',
    typed: [
      { table: ASSESSMENT_TABLE, row: '李四', header: '执行能力', value: '高级' },
      { table: TARGETS_TABLE, row: '客户经理', header: '执行能力', value: '中级' },
    ],
    model: version2((m) => {
      const execution = m.competencies.find((c) => c.id === 'execution')!;
      m.competencies = m.competencies.filter((c) => c !== execution);
      m.competencies.push({ ...copy(execution), id: 'data-analysis', name: { zh: '数据分析能力', en: 'Data analysis' } });
    }),
    columns: [
      { kind: 'archived', competencyId: 'execution', header: '执行能力', values: 1 },
      { kind: 'added', competencyId: 'data-analysis', header: '数据分析能力' },
    ],
    after: [
      { table: ASSESSMENT_TABLE, row: '李四', header: '数据分析能力', value: '' },
      { table: ASSESSMENT_TABLE, row: '张三', header: '数据分析能力', value: '' },
    ],
    gone: ['执行能力'],
    archive: [
      ['2026-12-01T09:00:00.000Z', '评估', '李四', '高级客户经理', '执行能力', 'execution', '高级', 'ct-am@1'],
      ['2026-12-01T09:00:00.000Z', '目标级别', '', '客户经理', '执行能力', 'execution', '中级', 'ct-am@1'],
    ],
    audit: [
      ['执行能力', '', '执行能力'],
      ['', '数据分析能力', '数据分析能力'],
    ],
  },
  {
    name: 'a renamed level carries its ratings under the new label; a rating of a removed level is flagged and kept',
    typed: [
      { table: ASSESSMENT_TABLE, row: '张三', header: '抗挫能力', value: '中级' },
      { table: ASSESSMENT_TABLE, row: '李四', header: '成就导向', value: '资深' },
    ],
    model: version2((m) => {
      m.scale.levels = m.scale.levels.filter((l) => l.id !== 'L4');
      m.scale.levels[1].label = { zh: '熟练', en: 'Proficient' };
      for (const c of m.competencies) c.levels = c.levels.filter((l) => l.levelId !== 'L4');
      delete m.scale.scoreBands;
    }),
    columns: [
      { kind: 'kept', competencyId: 'achievement-orientation', header: '成就导向', values: 1, relabelled: 0, flagged: [{ row: '李四', value: '资深', table: 'assessment' }] },
      { kind: 'kept', competencyId: 'resilience', header: '抗挫能力', values: 1, relabelled: 1, flagged: [] },
    ],
    after: [
      { table: ASSESSMENT_TABLE, row: '张三', header: '抗挫能力', value: '熟练' },
      { table: ASSESSMENT_TABLE, row: '李四', header: '成就导向', value: '资深' },
    ],
    audit: [
      ['中级', '熟练', '抗挫能力'],
      ['资深', '资深', '成就导向'],
    ],
  },
];

const ROW_NAME_COLUMN = { [ASSESSMENT_TABLE]: 0, [TARGETS_TABLE]: 0 } as const;

/** "Sheet address" of a table cell by row name and header, from the table as the host reads it. */
function address(host: UpdateHost, at: { row: number; col: number }, typed: Typed): { sheet: string; address: string } {
  const table = host.table(typed.table)!;
  const row = table.rows.findIndex((r) => r[ROW_NAME_COLUMN[typed.table]] === typed.row);
  const col = table.headers.indexOf(typed.header);
  if (row < 0 || col < 0) throw new Error(`no cell ${typed.row} / ${typed.header} in ${typed.table}: ${table.headers.join(',')}`);
  return { sheet: table.sheet, address: cellA1(at.row + 1 + row, at.col + col) };
}

/** Where the tables' header rows are in a built workbook. */
const ORIGIN = { [ASSESSMENT_TABLE]: { row: 8, col: 0 }, [TARGETS_TABLE]: { row: 2, col: 0 } } as const;

function valueAt(host: UpdateHost, typed: Typed): string {
  const table = host.table(typed.table)!;
  const row = table.rows.find((r) => r[0] === typed.row);
  const col = table.headers.indexOf(typed.header);
  if (!row || col < 0) throw new Error(`no cell ${typed.row} / ${typed.header} in ${typed.table}: ${table.headers.join(',')}`);
  return row[col];
}

export function runModelUpdateCases(open: () => UpdateHost): void {
  describe.each(UPDATE_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    it('previews the columns as core decides, then writes them', async () => {
      const host = open();
      await host.assessment.buildAssessment({ model: v1, people, locale: 'zh-CN' });
      for (const typed of c.typed) {
        const at = address(host, ORIGIN[typed.table], typed);
        host.type(at.sheet, at.address, typed.value);
      }
      const headerCount = host.table(ASSESSMENT_TABLE)!.headers.length;
      const record = cellA1(columnIdBlockRow(v1.scale.levels.length), headerCount + 1);
      if (c.oldWorkbook) {
        host.type('评估', record, '');
        const header = c.oldWorkbook.header;
        if (header) host.type('评估', cellA1(8, host.table(ASSESSMENT_TABLE)!.headers.indexOf(header.from)), header.to);
      }
      if (c.evidence) {
        host.type('证据', 'A2', '张三');
        host.type('证据', 'B2', c.evidence.before);
      }
      const request = { previous: v1, model: c.model, locale: 'zh-CN' as const };

      const preview = await host.assessment.previewModelUpdate(request);
      expect(preview).not.toBeNull();
      const about = new Set(c.columns.map((f) => f.competencyId));
      expect(preview!.columns.filter((f) => about.has(f.competencyId))).toEqual(c.columns);
      expect(preview!.columns.filter((f) => !about.has(f.competencyId)).every((f) => f.kind === 'kept' && f.values === 0)).toBe(true);

      const result = await host.assessment.applyModelUpdate({ ...request, assessor: '王五', expected: preview! });
      expect(result).toMatchObject({ status: 'updated', archivedModelSheet: '模型 ct-am@1', auditLines: c.audit.length });
      for (const typed of c.after) expect(valueAt(host, typed)).toBe(typed.value);
      const headers = host.table(ASSESSMENT_TABLE)!.headers;
      for (const gone of c.gone ?? []) {
        expect(headers).not.toContain(gone);
        expect(host.table(TARGETS_TABLE)!.headers).not.toContain(gone);
      }
      expect(host.table(ARCHIVE_TABLE)?.rows ?? []).toEqual(c.archive ?? []);
      if (c.evidence) expect(host.cell('证据', 'B2')).toBe(c.evidence.after);
      const audit = host.table(AUDIT_TABLE)!.rows.filter((r) => r.some((v) => v !== ''));
      expect(audit.map((r) => [r[5], r[6], r[4]])).toEqual(c.audit);
      // Each line: the update's time as a date value, who, the new model, its source; numbered and sealed onto the chain.
      const stamp = serialDateTimeText(localDateSerial(UPDATE_NOW));
      expect(audit.every((r) => serialDateTimeText(Number(r[0])) === stamp && r[1] === '王五' && r[9] === 'ct-am@2' && r[11] === '模型更新' && /^[0-9a-f]{64}$/.test(r[HASH_COLUMN]))).toBe(true);
      expect(audit.map((r) => r[LINE_COLUMN])).toEqual(audit.map((_, i) => String(i + 1)));
      await expect(host.assessment.verifyAuditLog()).resolves.toEqual({ status: 'intact', checked: c.audit.length, beforeChain: 0 });
      // The sheets now record the new model's ids: a second update with the same model changes nothing.
      expect(host.cell('评估', cellA1(columnIdBlockRow(c.model.scale.levels.length), headers.length + 1))).toBe('评估列');
      const again = await host.assessment.previewModelUpdate({ previous: c.model, model: c.model, locale: 'zh-CN' });
      expect(again!.columns.every((f) => f.kind === 'kept' && f.relabelled === 0)).toBe(true);
      // A line the update wrote, changed by hand, is named.
      host.type('审计日志', 'G2', '手改');
      await expect(host.assessment.verifyAuditLog()).resolves.toMatchObject({ status: 'broken', problem: 'edited', sheetRow: 2, line: 1 });
    });
  });

  it('writes nothing when the workbook changed after the preview', async () => {
    const host = open();
    await host.assessment.buildAssessment({ model: v1, people, locale: 'zh-CN' });
    const request = { previous: v1, model: renamed, locale: 'zh-CN' as const };
    const preview = await host.assessment.previewModelUpdate(request);
    const at = address(host, ORIGIN[ASSESSMENT_TABLE], { table: ASSESSMENT_TABLE, row: '张三', header: '抗挫能力', value: '' });
    host.type(at.sheet, at.address, '初级');
    const before = host.table(ASSESSMENT_TABLE);
    const result = await host.assessment.applyModelUpdate({ ...request, assessor: '王五', expected: preview! });
    expect(result.status).toBe('changed');
    expect(host.table(ASSESSMENT_TABLE)).toEqual(before);
    expect(host.table(ARCHIVE_TABLE)).toBeNull();
  });
}
