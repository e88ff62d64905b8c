import { findLevelModel } from '../../src/core/model/registry';
import type { ColumnMapping } from '../../src/core/rating/assessment';
import { AUDIT_COLUMNS, AUDIT_TABLE, EVIDENCE_COLUMNS, EVIDENCE_TABLE, MODEL_TABLE, TARGETS_TABLE, headers } from '../../src/core/rating/records';
import type { LevelModel } from '../../src/core/model/types';
import { localDateSerial, serialDateTimeText } from '../../src/core/rating/record-time';
import type { ApplyRatingRequest, ApplyRatingResult, SelectionContext, WorkbookOperations } from '../../src/host/workbook-operations';

/**
 * One table of cases for reading the selection and applying a rating, run against both hosts
 * (the Office operations over the Excel mock, and the workbench operations over its workbook):
 * both must give the same answer, and it is core's.
 */

export const model: LevelModel = findLevelModel('ct-am');
export const NOW = new Date('2026-11-25T08:30:00.000Z');
/** The time of a record: a date value of the local clock, compared as the date-time it shows (hosts keep different precision). */
const STAMP = serialDateTimeText(localDateSerial(NOW));

/** A record row with its time cell (a date value read as text) as the date-time it stands for. */
function timed(row: readonly string[] | undefined, column: number): string[] | undefined {
  return row?.map((cell, i) => (i === column && /^\d+(\.\d+)?$/.test(cell) ? serialDateTimeText(Number(cell)) : cell));
}
/** A line's SHA-256, as the chain computes it. */
const HASH = expect.stringMatching(/^[0-9a-f]{64}$/) as unknown as string;

/** A table as a host builds it: header row at `at` (top-left, A1), data rows below, all text. */
export interface TableSetup {
  name: string;
  sheet: string;
  at: string;
  headers: string[];
  rows: string[][];
}

/** What every case starts from. */
export interface WorkbookSetup {
  sheets: string[];
  tables: TableSetup[];
}

const evidenceHeaders = headers(EVIDENCE_COLUMNS, 'zh-CN');
const auditHeaders = headers(AUDIT_COLUMNS, 'zh-CN');

/**
 * 评估: HR's assessment table at B2 (张三 rated 中级 in 成就导向, a notes column); 目标级别: the
 * Targets table, whose columns are competencies too; 模型: a Model table whose headers name
 * competencies; the Evidence and Audit tables with one row each; 说明: no table at all.
 */
export const SETUP: WorkbookSetup = {
  sheets: ['评估', '目标级别', '模型', '证据', '审计日志', '说明'],
  tables: [
    { name: 'Ratings', sheet: '评估', at: 'B2', headers: ['姓名', '岗位', '成就导向', '抗挫能力', '备注'], rows: [['张三', '客户经理', '中级', '', 'x'], ['李四', '客户经理', '', '', '']] },
    { name: TARGETS_TABLE, sheet: '目标级别', at: 'A1', headers: ['岗位', '成就导向', '抗挫能力'], rows: [['客户经理', '高级', '']] },
    { name: MODEL_TABLE, sheet: '模型', at: 'A1', headers: ['级别', '成就导向', '抗挫能力'], rows: [['初级', '', '']] },
    { name: EVIDENCE_TABLE, sheet: '证据', at: 'A1', headers: evidenceHeaders, rows: [['张三', '成就导向', '中级', '[初级] ▶ 有目标', '', '赵六', '2026-11-01', '评估!D3']] },
    { name: AUDIT_TABLE, sheet: '审计日志', at: 'A1', headers: auditHeaders, rows: [['2026-11-01T08:00:00.000Z', '赵六', '评估!D3', '张三', '成就导向', '', '中级', '[初级] ▶ 有目标', '', 'ct-am@1']] },
  ],
};

/** A request for 李四's 成就导向 (blank); cases override what they test. */
export function ratingRequest(overrides: Partial<ApplyRatingRequest> = {}): ApplyRatingRequest {
  return {
    table: 'Ratings',
    rowIndex: 1,
    columnIndex: 2,
    expected: '',
    level: '中级',
    confirmOverwrite: false,
    assessor: '王五',
    person: '李四',
    competency: '成就导向',
    evidence: '[初级] ▶ 有明确的目标',
    comment: '=1+1',
    model: 'ct-am@1',
    locale: 'zh-CN',
    ...overrides,
  };
}

export interface HostCase {
  name: string;
  /** The cell the user selects before the pane reads it. */
  select: { sheet: string; address: string };
  mappings?: Record<string, ColumnMapping>;
  /** What the selection reads as (a subset of the context). */
  selection: Partial<SelectionContext> & { kind: SelectionContext['kind'] };
  /** Someone types into a cell after the pane read it and before the rating is applied. */
  edit?: { sheet: string; address: string; value: string };
  /** The rating applied after the read, if any, and its answer (a subset). */
  apply?: { request: ApplyRatingRequest; result: Partial<ApplyRatingResult> & { status: ApplyRatingResult['status'] } };
  /** For a written rating: the rating cell, and the rows the Evidence and Audit tables have then. */
  written?: { sheet: string; address: string; value: string; evidence: string[][]; auditRows: number; lastAudit: string[] };
}

const refusal = (reason: RegExp) => ({ status: 'refused' as const, reason: expect.stringMatching(reason) as unknown as string });

export const HOST_CASES: HostCase[] = [
  {
    name: 'a blank rating cell is written, with its evidence row and audit line',
    select: { sheet: '评估', address: 'D4' },
    selection: { kind: 'rating', table: 'Ratings', rowIndex: 1, columnIndex: 2, person: '李四', role: '客户经理', competencyId: 'achievement-orientation', current: '', evidence: null },
    apply: { request: ratingRequest(), result: { status: 'written', change: { time: NOW.toISOString(), assessor: '王五', cell: '评估!D4', person: '李四', competency: '成就导向', oldValue: '', newValue: '中级', evidence: '[初级] ▶ 有明确的目标', comment: '=1+1', model: 'ct-am@1', source: 'pane' } } },
    written: {
      sheet: '评估',
      address: 'D4',
      value: '中级',
      evidence: [SETUP.tables[3].rows[0], ['李四', '成就导向', '中级', '[初级] ▶ 有明确的目标', '=1+1', '王五', STAMP, '评估!D4']],
      auditRows: 2,
      lastAudit: [STAMP, '王五', '评估!D4', '李四', '成就导向', '', '中级', '[初级] ▶ 有明确的目标', '=1+1', 'ct-am@1', '任务窗格', '1', HASH],
    },
  },
  {
    name: 'a rated cell is not replaced without confirmation, and nothing is written',
    select: { sheet: '评估', address: 'D3' },
    selection: { kind: 'rating', rowIndex: 0, person: '张三', current: '中级', evidence: { level: '中级', behaviours: '[初级] ▶ 有目标', comment: '', assessor: '赵六', date: '2026-11-01' } },
    apply: { request: ratingRequest({ rowIndex: 0, person: '张三', expected: '中级', level: '高级' }), result: { status: 'needs-confirmation', current: '中级' } },
  },
  {
    name: 'a cell changed since it was read needs confirmation again, even when confirmed',
    select: { sheet: '评估', address: 'D4' },
    selection: { kind: 'rating', rowIndex: 1, current: '' },
    edit: { sheet: '评估', address: 'D4', value: '初级' },
    apply: { request: ratingRequest({ confirmOverwrite: true }), result: { status: 'needs-confirmation', current: '初级' } },
  },
  {
    name: 'a confirmed replacement is written: the evidence row replaced, the old value in the audit',
    select: { sheet: '评估', address: 'D3' },
    selection: { kind: 'rating', rowIndex: 0, current: '中级' },
    apply: { request: ratingRequest({ rowIndex: 0, person: '张三', expected: '中级', level: '高级', confirmOverwrite: true }), result: { status: 'written' } },
    written: {
      sheet: '评估',
      address: 'D3',
      value: '高级',
      evidence: [['张三', '成就导向', '高级', '[初级] ▶ 有明确的目标', '=1+1', '王五', STAMP, '评估!D3']],
      auditRows: 2,
      lastAudit: [STAMP, '王五', '评估!D3', '张三', '成就导向', '中级', '高级', '[初级] ▶ 有明确的目标', '=1+1', 'ct-am@1', '任务窗格', '1', HASH],
    },
  },
  {
    name: 'a Targets cell is a table cell, and a rating there is refused',
    select: { sheet: '目标级别', address: 'B2' },
    selection: { kind: 'table', table: TARGETS_TABLE },
    apply: { request: ratingRequest({ table: TARGETS_TABLE, rowIndex: 0, columnIndex: 1, person: '' }), result: refusal(/does not rate a competency/) },
  },
  {
    name: 'a Model table cell is a table cell, and a rating there is refused',
    select: { sheet: '模型', address: 'B2' },
    selection: { kind: 'table', table: MODEL_TABLE },
    apply: { request: ratingRequest({ table: MODEL_TABLE, rowIndex: 0, columnIndex: 1, person: '' }), result: refusal(/does not rate a competency/) },
  },
  {
    name: 'an Evidence cell is a table cell, and a rating there is refused even when its column is mapped',
    select: { sheet: '证据', address: 'E2' },
    mappings: { [EVIDENCE_TABLE]: { 评语: 'resilience' } },
    selection: { kind: 'table', table: EVIDENCE_TABLE },
    apply: { request: ratingRequest({ table: EVIDENCE_TABLE, rowIndex: 0, columnIndex: 4, person: '张三' }), result: refusal(/does not rate a competency/) },
  },
  {
    name: 'an Audit cell is a table cell, and a rating there is refused',
    select: { sheet: '审计日志', address: 'G2' },
    selection: { kind: 'table', table: AUDIT_TABLE },
    apply: { request: ratingRequest({ table: AUDIT_TABLE, rowIndex: 0, columnIndex: 6, person: '张三' }), result: refusal(/does not rate a competency/) },
  },
  {
    name: 'outside every table lists the assessment tables only, and a rating below the table is refused',
    select: { sheet: '评估', address: 'B10' },
    selection: { kind: 'outside', cell: { sheet: '评估', address: 'B10' }, assessmentTables: ['Ratings'] },
    apply: { request: ratingRequest({ rowIndex: 7, person: '' }), result: refusal(/outside the 2 data rows/) },
  },
  {
    name: 'a sheet without tables is outside, and a rating into a table that does not exist is refused',
    select: { sheet: '说明', address: 'C3' },
    selection: { kind: 'outside', cell: { sheet: '说明', address: 'C3' } },
    apply: { request: ratingRequest({ table: 'Gone' }), result: refusal(/no table "Gone"/) },
  },
  {
    name: 'an unmapped column is a table cell, and a rating there is refused',
    select: { sheet: '评估', address: 'F3' },
    selection: { kind: 'table', table: 'Ratings' },
    apply: { request: ratingRequest({ rowIndex: 0, columnIndex: 4, person: '张三', expected: 'x' }), result: refusal(/Column 5 of table "Ratings" does not rate/) },
  },
  {
    name: 'the header row is a table cell',
    select: { sheet: '评估', address: 'D2' },
    selection: { kind: 'table', table: 'Ratings' },
  },
  {
    name: 'a column mapped by the user is a rating cell and is written',
    select: { sheet: '评估', address: 'F4' },
    mappings: { Ratings: { 备注: 'communication-and-listening' } },
    selection: { kind: 'rating', columnIndex: 4, competencyId: 'communication-and-listening', current: '' },
    apply: { request: ratingRequest({ columnIndex: 4, competency: '备注' }), result: { status: 'written' } },
    written: {
      sheet: '评估',
      address: 'F4',
      value: '中级',
      evidence: [SETUP.tables[3].rows[0], ['李四', '备注', '中级', '[初级] ▶ 有明确的目标', '=1+1', '王五', STAMP, '评估!F4']],
      auditRows: 2,
      lastAudit: [STAMP, '王五', '评估!F4', '李四', '备注', '', '中级', '[初级] ▶ 有明确的目标', '=1+1', 'ct-am@1', '任务窗格', '1', HASH],
    },
  },
  {
    name: 'a rating for a row that now holds someone else is refused',
    select: { sheet: '评估', address: 'D4' },
    selection: { kind: 'rating', person: '李四' },
    apply: { request: ratingRequest({ person: '王五' }), result: refusal(/now holds 李四, not 王五/) },
  },
];

/** What a jest file needs of a host to run the cases. */
export interface HostUnderTest {
  ops: WorkbookOperations;
  select(sheet: string, address: string): void;
  type(sheet: string, address: string, value: string): void;
  cell(sheet: string, address: string): string;
  /** Every table's headers and data rows as text, by table name. */
  tables(): Record<string, { headers: string[]; rows: string[][] }>;
}

/** Defines the cases' tests for one host; `open` builds SETUP on it. */
export function runHostCases(open: (setup: WorkbookSetup) => HostUnderTest): void {
  describe.each(HOST_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    it('reads the selection and answers the rating as core decides', async () => {
      const host = open(SETUP);
      host.select(c.select.sheet, c.select.address);
      const selection = await host.ops.readSelection(model, c.mappings ?? {});
      expect(selection).toMatchObject(c.selection);
      if (!c.apply) return;
      if (c.edit) host.type(c.edit.sheet, c.edit.address, c.edit.value);
      const before = host.tables();
      const result = await host.ops.applyRating(c.apply.request, model, c.mappings ?? {});
      expect(result).toMatchObject(c.apply.result);
      const after = host.tables();
      if (!c.written) {
        expect(after).toEqual(before);
        return;
      }
      expect(host.cell(c.written.sheet, c.written.address)).toBe(c.written.value);
      expect(after[EVIDENCE_TABLE].rows.map((row) => timed(row, 6))).toEqual(c.written.evidence);
      expect(after[AUDIT_TABLE].rows).toHaveLength(c.written.auditRows);
      expect(timed(after[AUDIT_TABLE].rows.at(-1), 0)).toEqual(c.written.lastAudit);
      // Nothing but the rating cell changed in the other tables.
      for (const name of Object.keys(before).filter((n) => n !== EVIDENCE_TABLE && n !== AUDIT_TABLE)) {
        const changed = after[name].rows.flatMap((row, r) => row.flatMap((value, col) => (value === before[name].rows[r][col] ? [] : [[r, col]])));
        expect(changed).toHaveLength(name === 'Ratings' ? 1 : 0);
      }
    });
  });
}
