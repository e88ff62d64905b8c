import { AUDIT_TABLE, EVIDENCE_TABLE } from '../core/rating/records';
import { findLevelModel } from '../core/model/registry';
import type { ApplyRatingRequest } from '../host/workbook-operations';
import { setFunctionLocale } from './hr-plugin';
import { createWorkbenchOperations } from './workbench-operations';
import { WorkbenchWorkbook } from './workbook';

/** The workbench's WorkbookOperations against a small hand-made assessment table. */
const model = findLevelModel('ct-am');
setFunctionLocale('zh-CN');

function assessmentWorkbook(): WorkbenchWorkbook {
  const workbook = new WorkbenchWorkbook();
  workbook.addSheet('评估');
  workbook.setValues('评估', 0, 0, [
    ['姓名', '岗位', '成就导向', '抗挫能力', '备注', '得分'],
    ['张三', '客户经理', '中级', null, 'x', '=HR.LEVEL.NUMBER(C2)+0'],
    ['李四', '客户经理', null, '初级', null, '=HR.LEVEL.NUMBER(C3)'],
  ]);
  workbook.addTable({ name: 'Ratings', sheet: '评估', range: { startRow: 0, startCol: 0, endRow: 2, endCol: 5 } });
  workbook.addValidation({ kind: 'list', sheet: '评估', range: { startRow: 1, startCol: 2, endRow: 2, endCol: 3 }, values: ['初级', '中级', '高级', '资深'], errorMessage: '请选择级别' });
  return workbook;
}

function request(overrides: Partial<ApplyRatingRequest> = {}): ApplyRatingRequest {
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
    evidence: '[初级] ▶ 有目标',
    comment: '=1+1',
    model: 'ct-am@1',
    locale: 'zh-CN',
    ...overrides,
  };
}

describe('workbench WorkbookOperations', () => {
  it('reads a rating cell, a table cell and the outside', async () => {
    const workbook = assessmentWorkbook();
    const ops = createWorkbenchOperations(workbook);
    workbook.select('评估', 1, 2);
    const rating = await ops.readSelection(model, {});
    expect(rating).toMatchObject({ kind: 'rating', table: 'Ratings', rowIndex: 0, rowCount: 2, columnIndex: 2, person: '张三', role: '客户经理', competencyId: 'achievement-orientation', current: '中级', evidence: null });
    workbook.select('评估', 1, 4);
    expect(await ops.readSelection(model, {})).toMatchObject({ kind: 'table', table: 'Ratings' });
    workbook.select('评估', 0, 2);
    expect((await ops.readSelection(model, {})).kind).toBe('table');
    workbook.select('评估', 10, 10);
    expect(await ops.readSelection(model, {})).toEqual({ kind: 'outside', cell: { sheet: '评估', address: 'K11' }, assessmentTables: ['Ratings'] });
  });

  it('rates a column the user mapped', async () => {
    const workbook = assessmentWorkbook();
    const ops = createWorkbenchOperations(workbook);
    workbook.select('评估', 1, 4);
    const context = await ops.readSelection(model, { Ratings: { 备注: 'written-expression' } });
    expect(context).toMatchObject({ kind: 'rating', competencyId: 'written-expression', current: 'x' });
  });

  it('writes the level, the evidence row and the audit line, creating their sheets and tables', async () => {
    const workbook = assessmentWorkbook();
    const ops = createWorkbenchOperations(workbook);
    const result = await ops.applyRating(request(), model, {});
    expect(result.status).toBe('written');
    expect(workbook.text('评估', 2, 2)).toBe('中级');
    expect(workbook.text('评估', 2, 5)).toBe('2');
    expect(workbook.sheetNames()).toEqual(expect.arrayContaining(['证据', '审计日志']));
    expect(workbook.tableHeaders(EVIDENCE_TABLE)[0]).toBe('姓名');
    const evidence = workbook.tableRows(EVIDENCE_TABLE);
    expect(evidence).toHaveLength(1);
    expect(evidence[0].slice(0, 5)).toEqual(['李四', '成就导向', '中级', '[初级] ▶ 有目标', '=1+1']);
    expect(evidence[0][7]).toBe('评估!C3');
    const audit = workbook.tableRows(AUDIT_TABLE);
    expect(audit).toHaveLength(1);
    expect(audit[0].slice(1, 7)).toEqual(['王五', '评估!C3', '李四', '成就导向', null, '中级']);

    workbook.select('评估', 2, 2);
    const context = await ops.readSelection(model, {});
    expect(context.kind === 'rating' && context.evidence).toMatchObject({ level: '中级', behaviours: '[初级] ▶ 有目标', assessor: '王五' });

    // A second rating of the same person and competency replaces the evidence row and appends to the audit.
    const again = await ops.applyRating(request({ expected: '中级', level: '高级', confirmOverwrite: true, comment: "'quoted" }), model, {});
    expect(again.status).toBe('written');
    expect(workbook.tableRows(EVIDENCE_TABLE)).toHaveLength(1);
    expect(workbook.tableRows(EVIDENCE_TABLE)[0][2]).toBe('高级');
    expect(workbook.tableRows(EVIDENCE_TABLE)[0][4]).toBe("'quoted");
    expect(workbook.tableRows(AUDIT_TABLE)).toHaveLength(2);
    expect(workbook.tableRows(AUDIT_TABLE)[1][5]).toBe('中级');
  });

  it('never replaces a rating, or a cell that changed, without confirmation', async () => {
    const workbook = assessmentWorkbook();
    const ops = createWorkbenchOperations(workbook);
    expect(await ops.applyRating(request({ rowIndex: 0, person: '张三', expected: '中级' }), model, {})).toEqual({ status: 'needs-confirmation', current: '中级' });
    expect(await ops.applyRating(request({ rowIndex: 0, person: '张三', expected: '' }), model, {})).toEqual({ status: 'needs-confirmation', current: '中级' });
    workbook.setValues('评估', 2, 2, [['初级']]);
    expect(await ops.applyRating(request({ expected: '' }), model, {})).toEqual({ status: 'needs-confirmation', current: '初级' });
    // A confirmation covers the value the assessor saw, not one that arrived since.
    expect(await ops.applyRating(request({ expected: '', confirmOverwrite: true }), model, {})).toEqual({ status: 'needs-confirmation', current: '初级' });
    expect(workbook.table(AUDIT_TABLE)).toBeUndefined();
    expect(workbook.text('评估', 2, 2)).toBe('初级');
  });

  it('refuses targets outside the rating cells', async () => {
    const workbook = assessmentWorkbook();
    const ops = createWorkbenchOperations(workbook);
    expect((await ops.applyRating(request({ columnIndex: 4 }), model, {})).status).toBe('refused');
    expect((await ops.applyRating(request({ columnIndex: 0 }), model, {})).status).toBe('refused');
    expect((await ops.applyRating(request({ rowIndex: 2 }), model, {})).status).toBe('refused');
    expect((await ops.applyRating(request({ rowIndex: -1 }), model, {})).status).toBe('refused');
    expect((await ops.applyRating(request({ table: 'Nope' }), model, {})).status).toBe('refused');
    expect((await ops.applyRating(request({ level: '优秀' }), model, {})).status).toBe('refused');
    expect(await ops.applyRating(request({ person: '王五' }), model, {})).toMatchObject({ status: 'refused', reason: expect.stringContaining('现在是李四') });
    expect(workbook.table(EVIDENCE_TABLE)).toBeUndefined();
  });

  it('refuses to write into a record table whose headers are not the add-in’s, and names a new record sheet freely', async () => {
    const workbook = assessmentWorkbook();
    const ops = createWorkbenchOperations(workbook);
    workbook.addSheet('证据');
    workbook.setValues('证据', 0, 0, [['Note']]);
    expect((await ops.applyRating(request(), model, {})).status).toBe('written');
    expect(workbook.table(EVIDENCE_TABLE)?.sheet).toBe('证据 (2)');
    workbook.setValues('证据 (2)', 0, 0, [['Who']]);
    expect(await ops.applyRating(request({ expected: '中级', level: '高级', confirmOverwrite: true }), model, {})).toMatchObject({ status: 'refused', reason: expect.stringContaining('CompetencyEvidence') });
    expect(workbook.text('评估', 2, 2)).toBe('中级');
  });

  it('selects table cells, announces selection changes and keeps settings in the workbook', async () => {
    const workbook = assessmentWorkbook();
    const ops = createWorkbenchOperations(workbook);
    const seen = jest.fn();
    const stop = await ops.onSelectionChanged(seen);
    await ops.selectTableCell('Ratings', 1, 3);
    expect(workbook.selection).toEqual({ sheet: '评估', row: 2, col: 3 });
    expect(seen).toHaveBeenCalledTimes(1);
    stop();
    await ops.selectTableCell('Ratings', 0, 3);
    expect(seen).toHaveBeenCalledTimes(1);

    expect((await ops.loadSettings()).settings).toBeNull();
    await ops.saveSettings({ modelId: 'ct-am', mappings: { Ratings: { 备注: null } }, assessor: '王五' });
    expect((await ops.loadSettings()).settings).toEqual({ modelId: 'ct-am', mappings: { Ratings: { 备注: null } }, assessor: '王五' });
  });
});

describe('WorkbenchWorkbook editing', () => {
  it('refuses a value that breaks a list validation, with its message, and accepts a listed one', () => {
    const workbook = assessmentWorkbook();
    expect(workbook.editCell('评估', 2, 2, '优秀')).toEqual({ ok: false, message: '请选择级别' });
    expect(workbook.text('评估', 2, 2)).toBe('');
    expect(workbook.editCell('评估', 2, 2, '高级')).toEqual({ ok: true });
    expect(workbook.text('评估', 2, 5)).toBe('3');
    expect(workbook.editCell('评估', 2, 2, '')).toEqual({ ok: true });
  });

  it('checks number validations with a per-row maximum', () => {
    const workbook = new WorkbenchWorkbook();
    workbook.setValues('Sheet1', 0, 0, [[10, null], [5, null]]);
    workbook.addValidation({ kind: 'number', sheet: 'Sheet1', range: { startRow: 0, startCol: 1, endRow: 1, endCol: 1 }, min: 0, max: { formula: '=A1' }, errorMessage: 'too many' });
    expect(workbook.editCell('Sheet1', 0, 1, '8')).toEqual({ ok: true });
    expect(workbook.editCell('Sheet1', 1, 1, '8')).toEqual({ ok: false, message: 'too many' });
    expect(workbook.editCell('Sheet1', 1, 1, 'abc')).toEqual({ ok: false, message: 'too many' });
  });

  it('evaluates conditional formats relative to each cell', () => {
    const workbook = new WorkbenchWorkbook();
    workbook.setValues('Sheet1', 0, 0, [[1], [5], [9]]);
    workbook.addConditionalFormat({ sheet: 'Sheet1', range: { startRow: 0, startCol: 0, endRow: 2, endCol: 0 }, formula: '=A1>4', fill: '#FFC7CE' });
    expect([0, 1, 2].map((row) => workbook.conditionalFormatAt('Sheet1', row, 0)?.fill ?? null)).toEqual([null, '#FFC7CE', '#FFC7CE']);
    workbook.setValues('Sheet1', 0, 0, [[7]]);
    expect(workbook.conditionalFormatAt('Sheet1', 0, 0)?.fill).toBe('#FFC7CE');
  });

  it('shows errors with their message and finds the formula behind a spilled cell', () => {
    const workbook = new WorkbenchWorkbook();
    workbook.setValues('Sheet1', 0, 0, [['abc', 2], ['=HR.COMPETENCY.LEVEL(A1:B1)']]);
    const error = workbook.display('Sheet1', 1, 0);
    expect(error.text).toBe('#VALUE!');
    // The workbench's functions speak its language (Chinese until the pane says otherwise).
    expect(error.message).toBe('第 1 行第 1 列的分数是文本 "abc",此处应为数字。');
    expect(workbook.display('Sheet1', 1, 1).text).toBe('初级');
    expect(workbook.spillSource('Sheet1', 1, 1)).toEqual({ row: 1, col: 0, formula: '=HR.COMPETENCY.LEVEL(A1:B1)' });
  });
});
