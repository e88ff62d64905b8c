import { findLevelModel } from '../../src/core/model/registry';
import type { ColumnMapping } from '../../src/core/rating/assessment';
import { LEGACY_AUDIT_COLUMN_COUNT, AUDIT_COLUMNS, AUDIT_TABLE, EVIDENCE_COLUMNS, EVIDENCE_TABLE, MODEL_TABLE, TARGETS_TABLE, headers } from '../../src/core/rating/records';
import type { LevelModel } from '../../src/core/model/types';
import type { AuditVerification } from '../../src/core/rating/audit-chain';
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
/** A line's SHA-256, as the chain computes it. */
const HASH = expect.stringMatching(/^[0-9a-f]{64}$/) as unknown as string;

/** A record row with its time cell (a date value read as text) as the date-time it stands for. */
function timed(row: readonly string[] | undefined, column: number): string[] | undefined {
  return row?.map((cell, i) => (i === column && /^\d+(\.\d+)?$/.test(cell) ? serialDateTimeText(Number(cell)) : cell));
}

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
    { name: EVIDENCE_TABLE, sheet: '证据', at: 'A1', headers: evidenceHeaders, rows: [['张三', '成就导向', '中级', '[初级] ▶ 有目标', '', '赵六', '2026-11-01', '评估!D3', '']] },
    { name: AUDIT_TABLE, sheet: '审计日志', at: 'A1', headers: auditHeaders, rows: [['2026-11-01T08:00:00.000Z', '赵六', '评估!D3', '张三', '成就导向', '', '中级', '[初级] ▶ 有目标', '', 'ct-am@1', '']] },
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
  /** The workbook the case starts from (SETUP when absent). */
  setup?: WorkbookSetup;
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
  written?: { sheet: string; address: string; value: string; evidence: string[][]; auditRows: number; lastAudit: string[]; evidenceHeaders?: string[]; auditKeys?: string[] };
  /** After the write, the cell selected again reads as this (a subset). */
  reread?: { select: { sheet: string; address: string }; selection: Partial<SelectionContext> };
}

const refusal = (reason: RegExp) => ({ status: 'refused' as const, reason: expect.stringMatching(reason) as unknown as string });

export const HOST_CASES: HostCase[] = [
  {
    name: 'a blank rating cell is written, with its evidence row and audit line',
    select: { sheet: '评估', address: 'D4' },
    selection: { kind: 'rating', table: 'Ratings', rowIndex: 1, columnIndex: 2, person: '李四', role: '客户经理', competencyId: 'achievement-orientation', current: '', evidence: null },
    apply: { request: ratingRequest(), result: { status: 'written', change: { time: NOW.toISOString(), assessor: '王五', cell: '评估!D4', person: '李四', personKey: '', competency: '成就导向', oldValue: '', newValue: '中级', evidence: '[初级] ▶ 有明确的目标', comment: '=1+1', model: 'ct-am@1', source: 'pane' } } },
    written: {
      sheet: '评估',
      address: 'D4',
      value: '中级',
      evidence: [SETUP.tables[3].rows[0], ['李四', '成就导向', '中级', '[初级] ▶ 有明确的目标', '=1+1', '王五', STAMP, '评估!D4', '']],
      auditRows: 2,
      lastAudit: [STAMP, '王五', '评估!D4', '李四', '成就导向', '', '中级', '[初级] ▶ 有明确的目标', '=1+1', 'ct-am@1', '', '任务窗格', '1', HASH],
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
      evidence: [['张三', '成就导向', '高级', '[初级] ▶ 有明确的目标', '=1+1', '王五', STAMP, '评估!D3', '']],
      auditRows: 2,
      lastAudit: [STAMP, '王五', '评估!D3', '张三', '成就导向', '中级', '高级', '[初级] ▶ 有明确的目标', '=1+1', 'ct-am@1', '', '任务窗格', '1', HASH],
    },
  },
  {
    name: 'a Targets cell is a table cell, and a rating there is refused',
    select: { sheet: '目标级别', address: 'B2' },
    selection: { kind: 'table', table: TARGETS_TABLE },
    apply: { request: ratingRequest({ table: TARGETS_TABLE, rowIndex: 0, columnIndex: 1, person: '' }), result: refusal(/不是模型 ct-am 中某项能力的评级列/) },
  },
  {
    name: 'a Model table cell is a table cell, and a rating there is refused',
    select: { sheet: '模型', address: 'B2' },
    selection: { kind: 'table', table: MODEL_TABLE },
    apply: { request: ratingRequest({ table: MODEL_TABLE, rowIndex: 0, columnIndex: 1, person: '' }), result: refusal(/不是模型 ct-am 中某项能力的评级列/) },
  },
  {
    name: 'an Evidence cell is a table cell, and a rating there is refused even when its column is mapped',
    select: { sheet: '证据', address: 'E2' },
    mappings: { [EVIDENCE_TABLE]: { 评语: 'resilience' } },
    selection: { kind: 'table', table: EVIDENCE_TABLE },
    apply: { request: ratingRequest({ table: EVIDENCE_TABLE, rowIndex: 0, columnIndex: 4, person: '张三' }), result: refusal(/不是模型 ct-am 中某项能力的评级列/) },
  },
  {
    name: 'an Audit cell is a table cell, and a rating there is refused',
    select: { sheet: '审计日志', address: 'G2' },
    selection: { kind: 'table', table: AUDIT_TABLE },
    apply: { request: ratingRequest({ table: AUDIT_TABLE, rowIndex: 0, columnIndex: 6, person: '张三' }), result: refusal(/不是模型 ct-am 中某项能力的评级列/) },
  },
  {
    name: 'outside every table lists the assessment tables only, and a rating below the table is refused',
    select: { sheet: '评估', address: 'B10' },
    selection: { kind: 'outside', cell: { sheet: '评估', address: 'B10' }, assessmentTables: ['Ratings'] },
    apply: { request: ratingRequest({ rowIndex: 7, person: '' }), result: refusal(/超出了表格".*"的 2 个数据行/) },
  },
  {
    name: 'a sheet without tables is outside, and a rating into a table that does not exist is refused',
    select: { sheet: '说明', address: 'C3' },
    selection: { kind: 'outside', cell: { sheet: '说明', address: 'C3' } },
    apply: { request: ratingRequest({ table: 'Gone' }), result: refusal(/已不再有表格"Gone"/) },
  },
  {
    name: 'an unmapped column is a table cell, and a rating there is refused',
    select: { sheet: '评估', address: 'F3' },
    selection: { kind: 'table', table: 'Ratings' },
    apply: { request: ratingRequest({ rowIndex: 0, columnIndex: 4, person: '张三', expected: 'x' }), result: refusal(/表格"Ratings"的第 5 列不是/) },
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
      evidence: [SETUP.tables[3].rows[0], ['李四', '备注', '中级', '[初级] ▶ 有明确的目标', '=1+1', '王五', STAMP, '评估!F4', '']],
      auditRows: 2,
      lastAudit: [STAMP, '王五', '评估!F4', '李四', '备注', '', '中级', '[初级] ▶ 有明确的目标', '=1+1', 'ct-am@1', '', '任务窗格', '1', HASH],
    },
  },
  {
    name: 'a rating for a row that now holds someone else is refused',
    select: { sheet: '评估', address: 'D4' },
    selection: { kind: 'rating', person: '李四' },
    apply: { request: ratingRequest({ person: '王五' }), result: refusal(/现在是李四,不是王五/) },
  },
];

const LEGACY_EVIDENCE = evidenceHeaders.slice(0, -1);
const LEGACY_AUDIT = auditHeaders.slice(0, LEGACY_AUDIT_COLUMN_COUNT);

/** HR's table with an employee number column (工号) and two people called 张伟, one rated, and 李娜. */
export const KEYED_SETUP: WorkbookSetup = {
  sheets: ['人员', '证据', '审计日志'],
  tables: [
    { name: 'Staff', sheet: '人员', at: 'A1', headers: ['工 号', '姓名', '岗位', '成就导向'], rows: [['E001', '张伟', '客户经理', '中级'], ['E002', '张伟', '客户经理', ''], ['E003', '李娜', '客户经理', '初级']] },
    { name: EVIDENCE_TABLE, sheet: '证据', at: 'A1', headers: evidenceHeaders, rows: [['张伟', '成就导向', '中级', '[初级] ▶ 有目标', '一号张伟', '赵六', '2026-11-01', '人员!D2', 'E001']] },
    { name: AUDIT_TABLE, sheet: '审计日志', at: 'A1', headers: auditHeaders, rows: [['2026-11-01T08:00:00.000Z', '赵六', '人员!D2', '张伟', '成就导向', '', '中级', '[初级] ▶ 有目标', '一号张伟', 'ct-am@1', 'E001']] },
  ],
};

/** The same people, with Evidence and Audit tables written before person keys (no Person key column). */
export const LEGACY_SETUP: WorkbookSetup = {
  sheets: KEYED_SETUP.sheets,
  tables: [
    KEYED_SETUP.tables[0],
    {
      name: EVIDENCE_TABLE,
      sheet: '证据',
      at: 'A1',
      headers: LEGACY_EVIDENCE,
      rows: [['张伟', '成就导向', '中级', '[初级] ▶ 有目标', '一号张伟', '赵六', '2026-11-01', '人员!D2'], ['李娜', '成就导向', '初级', '', '旧的', '赵六', '2026-11-01', '人员!D4']],
    },
    {
      name: AUDIT_TABLE,
      sheet: '审计日志',
      at: 'A1',
      headers: LEGACY_AUDIT,
      rows: [['2026-11-01T08:00:00.000Z', '赵六', '人员!D2', '张伟', '成就导向', '', '中级', '[初级] ▶ 有目标', '一号张伟', 'ct-am@1'], ['2026-11-01T08:00:00.000Z', '赵六', '人员!D4', '李娜', '成就导向', '', '初级', '', '旧的', 'ct-am@1']],
    },
  ],
};

/** A hand-made table with no employee number column, where two people are called 张伟. */
export const NAMES_SETUP: WorkbookSetup = {
  sheets: ['人员'],
  tables: [{ name: 'Staff', sheet: '人员', at: 'A1', headers: ['姓名', '岗位', '成就导向'], rows: [['张伟', '客户经理', ''], ['张伟', '客户经理', ''], ['李娜', '客户经理', '']] }],
};

const staffRequest = (overrides: Partial<ApplyRatingRequest> = {}) =>
  ratingRequest({ table: 'Staff', rowIndex: 1, columnIndex: 3, person: '张伟', personKey: 'E002', comment: '二号张伟', ...overrides });

HOST_CASES.push(
  {
    name: 'two people with one name: the second one\'s rating leaves the first one\'s evidence alone, and each reads their own',
    setup: KEYED_SETUP,
    select: { sheet: '人员', address: 'D3' },
    selection: { kind: 'rating', person: '张伟', personKey: 'E002', evidence: null },
    apply: { request: staffRequest(), result: { status: 'written', change: expect.objectContaining({ person: '张伟', personKey: 'E002' }) as never } },
    written: {
      sheet: '人员',
      address: 'D3',
      value: '中级',
      evidence: [KEYED_SETUP.tables[1].rows[0], ['张伟', '成就导向', '中级', '[初级] ▶ 有明确的目标', '二号张伟', '王五', STAMP, '人员!D3', 'E002']],
      auditRows: 2,
      lastAudit: [STAMP, '王五', '人员!D3', '张伟', '成就导向', '', '中级', '[初级] ▶ 有明确的目标', '二号张伟', 'ct-am@1', 'E002', '任务窗格', '1', HASH],
    },
    reread: { select: { sheet: '人员', address: 'D2' }, selection: { kind: 'rating', personKey: 'E001', evidence: expect.objectContaining({ comment: '一号张伟' }) as never } },
  },
  {
    name: 'two people with one name and no employee number column: a rating is refused, and said why',
    setup: NAMES_SETUP,
    select: { sheet: '人员', address: 'C3' },
    selection: { kind: 'rating', person: '张伟', personKey: '' },
    apply: { request: ratingRequest({ table: 'Staff', rowIndex: 1, columnIndex: 2, person: '张伟' }), result: refusal(/不止一人名叫张伟.*工号 \/ Employee number/) },
  },
  {
    name: 'a row without its employee number is not rated',
    setup: { ...KEYED_SETUP, tables: [{ ...KEYED_SETUP.tables[0], rows: [['E001', '张伟', '客户经理', ''], ['', '王芳', '客户经理', '']] }] },
    select: { sheet: '人员', address: 'D3' },
    selection: { kind: 'rating', person: '王芳', personKey: '' },
    apply: { request: staffRequest({ person: '王芳', personKey: '' }), result: refusal(/王芳没有工 号/) },
  },
  {
    name: 'old Evidence and Audit tables are read as before, and get a Person key column filled where the name is unique',
    setup: LEGACY_SETUP,
    select: { sheet: '人员', address: 'D4' },
    selection: { kind: 'rating', person: '李娜', personKey: 'E003', evidence: expect.objectContaining({ comment: '旧的' }) as never },
    apply: {
      request: staffRequest({ rowIndex: 2, person: '李娜', personKey: 'E003', expected: '初级', confirmOverwrite: true, comment: '新的' }),
      result: { status: 'written', notices: [expect.stringMatching(/证据|CompetencyEvidence.*1 行.*张伟/) as never, expect.stringMatching(/CompetencyAudit.*1 行.*张伟/) as never] },
    },
    written: {
      sheet: '人员',
      address: 'D4',
      value: '中级',
      evidenceHeaders: evidenceHeaders,
      // 张伟's row is not guessed: two people have that name. 李娜's is hers, found by key and replaced.
      evidence: [[...LEGACY_SETUP.tables[1].rows[0], ''], ['李娜', '成就导向', '中级', '[初级] ▶ 有明确的目标', '新的', '王五', STAMP, '人员!D4', 'E003']],
      auditRows: 3,
      auditKeys: ['', 'E003', 'E003'],
      lastAudit: [STAMP, '王五', '人员!D4', '李娜', '成就导向', '初级', '中级', '[初级] ▶ 有明确的目标', '新的', 'ct-am@1', 'E003', '任务窗格', '1', HASH],
    },
    reread: { select: { sheet: '人员', address: 'D2' }, selection: { kind: 'rating', personKey: 'E001', evidence: null } },
  },
);

/** What a jest file needs of a host to run the cases. */
export interface HostUnderTest {
  ops: WorkbookOperations;
  select(sheet: string, address: string): void;
  type(sheet: string, address: string, value: string): void;
  cell(sheet: string, address: string): string;
  /** Every table's headers and data rows as text, by table name. */
  tables(): Record<string, { headers: string[]; rows: string[][] }>;
  /** From now on every write to the sheet fails with `message` (null: accepted again). */
  refuseWrites(sheet: string, message: string | null): void;
  /** "Verify the audit log" on this host. */
  verify(): Promise<AuditVerification>;
}

/** A write that fails at one step: the sheet that refuses, and what the assessor and the workbook show afterwards. */
export interface FailureCase {
  name: string;
  refuses: string;
  reason: RegExp;
  /** The rating cell afterwards. */
  cell: string;
  /** The Audit table's rows afterwards (New value and Comment columns). */
  audit: [string, string][];
  /** The Evidence rows afterwards (Person, Level, Comment). */
  evidence: [string, string, string][];
  /** A note the next read of the cell shows beside the evidence, or null. */
  note: RegExp | null;
  /** The audit lines on the hash chain afterwards (the one line before it is not): verify finds them intact. */
  chained: number;
}

const REFUSED = 'This table is full.';

/** 张三's 中级 is re-rated 高级 (confirmed) while one sheet refuses writes. */
export const FAILURE_CASES: FailureCase[] = [
  {
    name: 'the audit line fails: nothing is written, and the assessor is told so',
    refuses: '审计日志',
    reason: /未写入任何内容.*This table is full/,
    cell: '中级',
    audit: [['中级', '']],
    evidence: [['张三', '中级', '']],
    note: null,
    chained: 0,
  },
  {
    name: 'the rating cell fails: the audit line it left is corrected, the evidence is untouched',
    refuses: '评估',
    reason: /未写入单元格.*单元格仍为"中级"/,
    cell: '中级',
    audit: [['中级', ''], ['高级', '复核'], ['中级', expect.stringMatching(/^未写入单元格/) as unknown as string]],
    evidence: [['张三', '中级', '']],
    note: null,
    chained: 2,
  },
  {
    name: 'the evidence row fails: the cell and the audit line hold the rating, and the stale evidence is flagged on the next read',
    refuses: '证据',
    reason: /证据行无法写入/,
    cell: '高级',
    audit: [['中级', ''], ['高级', '复核']],
    evidence: [['张三', '中级', '']],
    note: /2026-11-01 记录的证据对应中级,但单元格为高级/,
    chained: 1,
  },
];

/** Defines the failure cases' tests for one host. */
export function runFailureCases(open: (setup: WorkbookSetup) => HostUnderTest): void {
  describe.each(FAILURE_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    it('leaves rating, evidence and audit consistent, or repaired and said so', async () => {
      const host = open(SETUP);
      host.select('评估', 'D3');
      await host.ops.readSelection(model, {});
      host.refuseWrites(c.refuses, REFUSED);
      const result = await host.ops.applyRating(ratingRequest({ rowIndex: 0, person: '张三', expected: '中级', level: '高级', confirmOverwrite: true, comment: '复核' }), model, {});
      host.refuseWrites(c.refuses, null);
      expect(result).toEqual({ status: 'failed', reason: expect.stringMatching(c.reason) });
      expect(host.cell('评估', 'D3')).toBe(c.cell);
      const tables = host.tables();
      expect(tables[AUDIT_TABLE].rows.map((row) => [row[6], row[8]])).toEqual(c.audit);
      expect(tables[EVIDENCE_TABLE].rows.map((row) => [row[0], row[2], row[4]])).toEqual(c.evidence);
      host.select('评估', 'D3');
      const selection = await host.ops.readSelection(model, {});
      expect(selection.kind === 'rating' && (selection.evidenceNote?.in('zh-CN') ?? null)).toEqual(c.note === null ? null : expect.stringMatching(c.note));
      // The repair's lines are sealed onto the chain like any other: verify does not flag them.
      await expect(host.verify()).resolves.toEqual({ status: 'intact', checked: c.chained, beforeChain: 1 });
    });
  });
}

/** Defines the cases' tests for one host; `open` builds SETUP on it. */
export function runHostCases(open: (setup: WorkbookSetup) => HostUnderTest): void {
  describe.each(HOST_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    it('reads the selection and answers the rating as core decides', async () => {
      const host = open(c.setup ?? SETUP);
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
      if (c.written.evidenceHeaders) expect(after[EVIDENCE_TABLE].headers).toEqual(c.written.evidenceHeaders);
      expect(after[EVIDENCE_TABLE].rows.map((row) => timed(row, 6))).toEqual(c.written.evidence);
      expect(after[AUDIT_TABLE].rows).toHaveLength(c.written.auditRows);
      expect(timed(after[AUDIT_TABLE].rows.at(-1), 0)).toEqual(c.written.lastAudit);
      if (c.written.auditKeys) expect(after[AUDIT_TABLE].rows.map((row) => row[10])).toEqual(c.written.auditKeys);
      // Nothing but the rating cell changed in the other tables.
      for (const name of Object.keys(before).filter((n) => n !== EVIDENCE_TABLE && n !== AUDIT_TABLE)) {
        const changed = after[name].rows.flatMap((row, r) => row.flatMap((value, col) => (value === before[name].rows[r][col] ? [] : [[r, col]])));
        expect(changed).toHaveLength(name === c.apply.request.table ? 1 : 0);
      }
      if (c.reread) {
        host.select(c.reread.select.sheet, c.reread.select.address);
        expect(await host.ops.readSelection(model, c.mappings ?? {})).toMatchObject(c.reread.selection);
      }
    });
  });
}
