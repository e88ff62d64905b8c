import { AUDIT_TABLE, EVIDENCE_TABLE } from '../core/rating/records';
import type { ExcelWorkbookMock } from '../../test/office/counting-mock';
import { BUILT, HAND_MADE, LISTENING_MAPPING, NOW, assessmentWorkbook, model, ratingRequest } from '../../test/office/rating-workbooks';
import { createOfficeOperations } from './office-operations';
import { localDateSerial, recordTimeText } from '../core/rating/record-time';
import type { ApplyRatingRequest, WorkbookOperations } from '../host/workbook-operations';

/** A record's time: a date value of the local clock. */
const STAMP = localDateSerial(NOW);

/** Applying a rating over Office.js, against the counting mock. */

let workbook: ExcelWorkbookMock;
let uninstall: () => void;
let ops: WorkbookOperations;

afterEach(() => uninstall());

describe.each(['propagate', 'fail'] as const)('applying a rating (null objects %s)', (nullObjects) => {
  beforeEach(async () => {
    workbook = assessmentWorkbook({ nullObjects });
    uninstall = workbook.install();
    ops = createOfficeOperations({ now: () => NOW });
    // As the pane does: read the cell, then apply.
    workbook.select(BUILT.sheet, 'C3');
    await ops.readSelection(model, {});
    workbook.resetCounters();
  });

  const apply = (overrides: Partial<ApplyRatingRequest> = {}, mappings = {}) => ops.applyRating(ratingRequest(overrides), model, mappings);

  it('writes assessors, comments and evidence that Excel would convert as text, in the Evidence and Audit sheets', async () => {
    expect(await apply({ assessor: '007', comment: '50%', evidence: '1/2' })).toMatchObject({ status: 'written' });
    const [evidence] = workbook.table(EVIDENCE_TABLE)!.rows;
    expect(evidence.slice(3, 6)).toEqual(['1/2', '50%', '007']);
    const [audit] = workbook.table(AUDIT_TABLE)!.rows;
    expect([audit[1], audit[7], audit[8]]).toEqual(['007', '1/2', '50%']);
    expect(await apply({ assessor: 'TRUE', comment: '=1+1', expected: '中级', level: '高级', confirmOverwrite: true })).toMatchObject({ status: 'written' });
    expect(workbook.table(EVIDENCE_TABLE)!.rows[0].slice(4, 6)).toEqual(['=1+1', 'TRUE']);
  });

  it('writes the level into a blank rating cell, the evidence row and the audit line, on new localized sheets', async () => {
    const result = await apply();
    expect(result).toEqual({
      status: 'written',
      change: {
        time: '2026-11-25T08:30:00.000Z',
        assessor: '赵六',
        cell: '评估!C3',
        person: '李四',
        personKey: '',
        competency: '成就导向',
        oldValue: '',
        newValue: '中级',
        evidence: '[初级] ▶ 有明确的目标',
        comment: '季度复盘',
        model: 'ct-am@1',
        source: 'pane',
      },
    });
    expect(workbook.cell(BUILT.sheet, 'C3')).toBe('中级');
    expect(workbook.table(EVIDENCE_TABLE)).toEqual({
      sheet: '证据',
      address: 'A1:I2',
      headers: ['姓名', '能力素质项', '级别', '观察到的行为', '评语', '评估人', '日期', '单元格', '人员编号'],
      rows: [['李四', '成就导向', '中级', '[初级] ▶ 有明确的目标', '季度复盘', '赵六', STAMP, '评估!C3', '']],
    });
    expect(workbook.table(AUDIT_TABLE)?.sheet).toBe('审计日志');
    expect(workbook.table(AUDIT_TABLE)?.rows).toEqual([[STAMP, '赵六', '评估!C3', '李四', '成就导向', '', '中级', '[初级] ▶ 有明确的目标', '季度复盘', 'ct-am@1', '', '任务窗格', 1, expect.stringMatching(/^[0-9a-f]{64}$/)]]);
    expect(workbook.numberFormat('审计日志', 'A2')).toBe('yyyy-mm-dd hh:mm');
    expect(workbook.numberFormat('证据', 'G2')).toBe('yyyy-mm-dd hh:mm');
    // Nothing else of the assessment sheet was touched.
    expect(workbook.writes.filter((w) => w.sheet === BUILT.sheet)).toEqual([{ sheet: BUILT.sheet, address: 'C3', kind: 'values' }]);

    const read = await ops.readSelection(model, {});
    expect(read.kind === 'rating' && read.evidence).toEqual({ level: '中级', behaviours: '[初级] ▶ 有明确的目标', comment: '季度复盘', assessor: '赵六', date: recordTimeText(STAMP) });
  });

  it('does not replace a rating without confirmation, and writes nothing', async () => {
    const result = await apply({ rowIndex: 0, person: '张三', expected: '中级', level: '高级' });
    expect(result).toEqual({ status: 'needs-confirmation', current: '中级' });
    expect(workbook.cell(BUILT.sheet, 'C2')).toBe('中级');
    expect(workbook.writes).toEqual([]);
    expect(workbook.tableNames()).not.toContain(AUDIT_TABLE);
  });

  it('replaces a confirmed rating: one evidence row per person and competency, the old value in the audit', async () => {
    await apply();
    const again = await apply({ expected: '中级', level: '高级', confirmOverwrite: true, comment: "'引号开头", evidence: '[中级] ▶ 主动设定挑战目标' });
    expect(again.status === 'written' && again.change.oldValue).toBe('中级');
    expect(workbook.cell(BUILT.sheet, 'C3')).toBe('高级');
    expect(workbook.table(EVIDENCE_TABLE)?.rows).toEqual([['李四', '成就导向', '高级', '[中级] ▶ 主动设定挑战目标', "'引号开头", '赵六', STAMP, '评估!C3', '']]);
    expect(workbook.table(AUDIT_TABLE)?.rows.map((row) => [row[5], row[6]])).toEqual([
      ['', '中级'],
      ['中级', '高级'],
    ]);
  });

  it('catches a cell that changed since it was read, even with confirmation', async () => {
    workbook.type(BUILT.sheet, 'C3', '初级');
    expect(await apply({ expected: '', confirmOverwrite: true })).toEqual({ status: 'needs-confirmation', current: '初级' });
    expect(workbook.cell(BUILT.sheet, 'C3')).toBe('初级');
    expect(workbook.writes).toEqual([]);
  });

  it.each([
    ['the person column', { columnIndex: 0 }],
    ['the weighted score column', { columnIndex: 20 }],
    ['a column right of the table', { columnIndex: 21 }],
    ['a row below the table', { rowIndex: 3 }],
    ['a negative row', { rowIndex: -1 }],
    ['a table that does not exist', { table: 'Nope' }],
    ['a level the model does not have', { level: '=1+1' }],
    ['a row that now holds someone else', { person: '王五' }],
  ])('refuses %s and writes nothing', async (_, overrides: Partial<ApplyRatingRequest>) => {
    const result = await apply(overrides);
    expect(result.status).toBe('refused');
    // A sentence in the assessor's language (the request is zh-CN), not a code.
    expect(result.status === 'refused' && result.reason).toMatch(/^[^a-z].{10,}[。.]$/su);
    expect(result.status === 'refused' && result.reason).toMatch(/[\u3400-\u9fff]/u);
    expect(workbook.writes).toEqual([]);
    expect(workbook.tableNames()).not.toContain(EVIDENCE_TABLE);
  });

  it('writes formula-like text as text', async () => {
    const comment = '=HYPERLINK("http://example.com","x")';
    await apply({ comment, evidence: '-1 风险', assessor: '@赵六' });
    const evidence = workbook.table(EVIDENCE_TABLE)!.rows[0];
    expect([evidence[3], evidence[4], evidence[5]]).toEqual(['-1 风险', comment, '@赵六']);
    const audit = workbook.table(AUDIT_TABLE)!.rows[0];
    expect([audit[1], audit[7], audit[8]]).toEqual(['@赵六', '-1 风险', comment]);
    for (const sheet of ['证据', '审计日志']) {
      for (const column of 'ABCDEFGHIJ') expect(workbook.formula(sheet, `${column}2`)).toBeNull();
    }
  });

  it('rates a hand-made table through the user mapping', async () => {
    const result = await apply({ table: HAND_MADE.table, rowIndex: 1, columnIndex: 3, person: 'Han Mei', competency: 'Listening', level: 'Junior' }, LISTENING_MAPPING);
    expect(result.status === 'written' && result.change.cell).toBe('Team!E5');
    expect(workbook.cell(HAND_MADE.sheet, 'E5')).toBe('Junior');
    expect(await apply({ table: HAND_MADE.table, rowIndex: 1, columnIndex: 4, person: 'Han Mei' }, LISTENING_MAPPING)).toMatchObject({ status: 'refused' });
  });

  it('adds rows to the record tables, and keeps a sheet that already has their name', async () => {
    uninstall();
    workbook = assessmentWorkbook({ nullObjects });
    workbook.type('Budget', 'A10', 'keep');
    uninstall = workbook.install();
    await workbook.run(async (context) => {
      context.workbook.worksheets.add('证据');
      await context.sync();
    });
    ops = createOfficeOperations({ now: () => NOW });
    await apply();
    await apply({ rowIndex: 2, person: '王五', columnIndex: 3, competency: '抗挫能力', level: '高级' });
    expect(workbook.table(EVIDENCE_TABLE)?.sheet).toBe('证据 (2)');
    expect(workbook.table(EVIDENCE_TABLE)?.rows.map((row) => row.slice(0, 3))).toEqual([
      ['李四', '成就导向', '中级'],
      ['王五', '抗挫能力', '高级'],
    ]);
    expect(workbook.table(AUDIT_TABLE)?.rows).toHaveLength(2);
  });

  it('refuses to write into an Evidence table whose columns are not the add-in’s', async () => {
    workbook.addTable({ name: EVIDENCE_TABLE, sheet: 'Budget', at: 'D1', headers: ['Who', 'What'], rows: [['x', 'y']] });
    const result = await apply();
    expect(result).toMatchObject({ status: 'refused', reason: expect.stringContaining(EVIDENCE_TABLE) });
    expect(workbook.cell(BUILT.sheet, 'C3')).toBe('');
    expect(workbook.table(EVIDENCE_TABLE)?.rows).toEqual([['x', 'y']]);
  });
});

describe('undo', () => {
  it.each([
    ['1.20', { mergeUndoGroup: true }],
    ['1.19', null],
  ])('with ExcelApi %s a rating is written with run options %j', async (version, options) => {
    workbook = assessmentWorkbook({ requirementSets: { ExcelApi: version } });
    uninstall = workbook.install();
    ops = createOfficeOperations({ now: () => NOW });
    await ops.applyRating(ratingRequest(), model, {});
    expect(workbook.runs.map((run) => run.options)).toEqual([options]);
  });
});
