import { findLevelModel, findModel } from '../core/model/registry';
import { ASSESSMENT_TABLE, TARGETS_TABLE } from '../core/plan/labels';
import { setFunctionLocale } from './hr-plugin';
import { chartData } from './charts';
import { createWorkbenchAssessment } from './workbench-assessment';
import { createWorkbenchOperations } from './workbench-operations';
import { WorkbenchWorkbook } from './workbook';
import { readXlsx, writeXlsx } from './xlsx';

/** Whole assessments in the workbench: the core plan applied, read back, rated, saved and reopened. */
const model = findLevelModel('ct-am');
setFunctionLocale('zh-CN');

const people = [
  { name: '张三', role: '客户经理' },
  { name: '李四', role: '客户经理' },
  { name: '王五', role: '' },
];

async function built() {
  const workbook = new WorkbenchWorkbook();
  const assessment = createWorkbenchAssessment(workbook);
  const result = await assessment.buildAssessment({ model, people, locale: 'zh-CN' });
  return { workbook, assessment, result };
}

/** The data cell of a table column by header. */
function cellOf(workbook: WorkbenchWorkbook, table: string, header: string, row: number) {
  const t = workbook.table(table)!;
  const col = t.range.startCol + workbook.tableHeaders(table).indexOf(header);
  return { sheet: t.sheet, row: t.range.startRow + 1 + row, col };
}

describe('workbench AssessmentOperations', () => {
  it('builds the plan: sheets in order, tables, list validations on the rating columns, charts', async () => {
    const { workbook, assessment, result } = await built();
    expect(result.table).toBe(ASSESSMENT_TABLE);
    expect(result.sheets).toHaveLength(6);
    expect(workbook.sheetNames()).toEqual(['Sheet1', ...result.sheets]);
    const headers = workbook.tableHeaders(ASSESSMENT_TABLE);
    expect(headers.slice(0, 3)).toEqual(['姓名', '岗位', '成就导向']);
    expect(workbook.tableRowCount(ASSESSMENT_TABLE)).toBe(3);
    const rating = cellOf(workbook, ASSESSMENT_TABLE, '成就导向', 0);
    expect(workbook.validationAt(rating.sheet, rating.row, rating.col)).toMatchObject({ kind: 'list', values: ['初级', '中级', '高级', '资深'] });
    expect(workbook.editCell(rating.sheet, rating.row, rating.col, '优秀').ok).toBe(false);
    expect(workbook.charts().map((c) => c.kind)).toEqual(['person-radar', 'team-radar']);
    expect(workbook.selection.sheet).toBe(rating.sheet);
    expect(await assessment.hasAssessmentSheets('zh-CN')).toBe(true);
    expect(await assessment.hasAssessmentSheets('en-US')).toBe(false);
  });

  it('reads like the Excel build: the person picked from the names, weights of 0 or more, wrapped headers, two-decimal averages, unrated not plotted', async () => {
    const { workbook } = await built();
    const sheet = '评估';
    // B3: the list is the table's name column as it is now, so a person added later is offered too.
    expect(workbook.listValues(workbook.validationAt(sheet, 2, 1) as Extract<ReturnType<typeof workbook.validationAt>, { kind: 'list' }>)).toEqual(['张三', '李四', '王五']);
    expect(workbook.editCell(sheet, 2, 1, '无此人')).toMatchObject({ ok: false, message: '请从列表中选择评估表中的姓名' });
    expect(workbook.editCell(sheet, 2, 1, '李四').ok).toBe(true);
    // Weights: a number of 0 or more.
    expect(workbook.editCell(sheet, 7, 2, '-1')).toMatchObject({ ok: false, message: '权重须为 0 或更大的数（如 1、20 或 0.2）' });
    expect(workbook.editCell(sheet, 7, 2, '20').ok).toBe(true);
    expect(workbook.style(sheet, 8, 5).wrap).toBe(true);
    const rating = cellOf(workbook, ASSESSMENT_TABLE, '成就导向', 0);
    workbook.editCell(rating.sheet, rating.row, rating.col, '高级');
    workbook.editCell(rating.sheet, rating.row + 1, rating.col, '资深');
    workbook.editCell(rating.sheet, rating.row + 2, rating.col, '资深');
    expect(workbook.display(sheet, 5, 2).text).toBe('3.67');
    // The team chart plots the rated competency and leaves the others out (#N/A), not at 0.
    const team = chartData(workbook, workbook.charts().find((c) => c.kind === 'team-radar')!, 'zh-CN');
    const [first, ...rest] = team.series[0].values.slice(0, 3);
    expect(first).toBeCloseTo(11 / 3, 9);
    expect(rest).toEqual([null, null]);
  });

  it('computes the weighted score and overall level when ratings are written, and reads the snapshot', async () => {
    const { workbook, assessment } = await built();
    const headers = workbook.tableHeaders(ASSESSMENT_TABLE);
    const ratingHeaders = headers.slice(2, 2 + model.competencies.length);
    ratingHeaders.forEach((header, k) => {
      const cell = cellOf(workbook, ASSESSMENT_TABLE, header, 0);
      expect(workbook.editCell(cell.sheet, cell.row, cell.col, k % 2 === 0 ? '中级' : '高级').ok).toBe(true);
    });
    const weighted = cellOf(workbook, ASSESSMENT_TABLE, '加权得分', 0);
    const score = workbook.value(weighted.sheet, weighted.row, weighted.col);
    expect(typeof score).toBe('number');
    expect(score as number).toBeGreaterThan(2);
    expect(score as number).toBeLessThan(3);
    const overall = cellOf(workbook, ASSESSMENT_TABLE, '综合级别', 0);
    expect(workbook.display(overall.sheet, overall.row, overall.col).kind).not.toBe('error');
    const snapshot = await assessment.readAssessment(model, 'zh-CN');
    expect(snapshot.people.map((p) => p.name)).toEqual(['张三', '李四', '王五']);
    expect(snapshot.people[0].levels.slice(0, 2)).toEqual([2, 3]);
    expect(snapshot.scaleLabels).toEqual(['初级', '中级', '高级', '资深']);
  });

  it('rates through the pane operations: evidence and audit go to the plan’s tables', async () => {
    const { workbook } = await built();
    const ops = createWorkbenchOperations(workbook);
    const rating = cellOf(workbook, ASSESSMENT_TABLE, '抗挫能力', 1);
    workbook.select(rating.sheet, rating.row, rating.col);
    const context = await ops.readSelection(model, {});
    expect(context).toMatchObject({ kind: 'rating', person: '李四', role: '客户经理', competencyId: 'resilience', current: '' });
    if (context.kind !== 'rating') throw new Error('not a rating cell');
    const result = await ops.applyRating(
      { table: context.table, rowIndex: context.rowIndex, columnIndex: context.columnIndex, expected: '', level: '初级', confirmOverwrite: false, assessor: '赵六', person: '李四', competency: '抗挫能力', evidence: '[初级] ▶ x', comment: '', model: 'ct-am@1', locale: 'zh-CN' },
      model,
      {},
    );
    expect(result.status).toBe('written');
    expect(workbook.tableRows('CompetencyEvidence')).toHaveLength(1);
    expect(workbook.tableRows('CompetencyAudit')).toHaveLength(1);
    expect(workbook.sheetNames().filter((s) => s === '证据')).toHaveLength(1);
  });

  it('does not treat the Targets table as ratings: its cells are targets', async () => {
    const { workbook } = await built();
    const ops = createWorkbenchOperations(workbook);
    const target = cellOf(workbook, TARGETS_TABLE, '抗挫能力', 0);
    workbook.select(target.sheet, target.row, target.col);
    expect((await ops.readSelection(model, {})).kind).toBe('table');
    workbook.select('Sheet1', 0, 0);
    expect(await ops.readSelection(model, {})).toMatchObject({ kind: 'outside', assessmentTables: [ASSESSMENT_TABLE] });
  });

  it('keeps the evidence and the audit log when the workbook is built again', async () => {
    const { workbook, assessment } = await built();
    const ops = createWorkbenchOperations(workbook);
    const rating = cellOf(workbook, ASSESSMENT_TABLE, '抗挫能力', 0);
    const request = { table: ASSESSMENT_TABLE, rowIndex: 0, columnIndex: rating.col, expected: '', level: '初级', confirmOverwrite: false, assessor: '赵六', person: '张三', competency: '抗挫能力', evidence: '', comment: '', model: 'ct-am@1', locale: 'zh-CN' as const };
    expect((await ops.applyRating(request, model, {})).status).toBe('written');
    expect(await assessment.hasAssessmentSheets('zh-CN')).toBe(true);
    await assessment.buildAssessment({ model, people, locale: 'zh-CN' });
    expect(workbook.tableRows('CompetencyAudit')).toHaveLength(1);
    expect(workbook.tableRows('CompetencyEvidence')).toHaveLength(1);
    expect(workbook.sheetNames().filter((name) => name === '审计日志')).toHaveLength(1);
  });

  it('imports the model back from the Model sheet', async () => {
    const { assessment } = await built();
    const imported = await assessment.importModelFromSheet('zh-CN');
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues.slice(0, 3)));
    expect(imported.model.id).toBe('ct-am');
    expect(imported.model.kind).toBe('levels');
    expect(imported.model.kind === 'levels' && imported.model.competencies.length).toBe(model.competencies.length);
    const empty = createWorkbenchAssessment(new WorkbenchWorkbook());
    expect((await empty.importModelFromSheet('zh-CN')).ok).toBe(false);
  });

  it('draws the charts of a workbook that has the sheets but no charts (opened from a file Excel wrote)', async () => {
    const { workbook, assessment } = await built();
    workbook.setCharts([]);
    await assessment.drawProfileCharts(null, 'zh-CN');
    expect(workbook.charts().map((c) => c.kind)).toEqual(['person-radar', 'team-radar']);
    await expect(createWorkbenchAssessment(new WorkbenchWorkbook()).drawProfileCharts(null, 'zh-CN')).rejects.toThrow(/Build the assessment|Model sheet/);
  });

  it('replaces its own sheets when built again, and keeps a table of the same name elsewhere under a new name', async () => {
    const { workbook, assessment } = await built();
    workbook.setValues('Sheet1', 0, 0, [['Role'], ['x']]);
    await assessment.buildAssessment({ model, people: people.slice(0, 1), locale: 'zh-CN' });
    expect(workbook.sheetNames()).toHaveLength(7);
    expect(workbook.tableRowCount(ASSESSMENT_TABLE)).toBe(1);
    workbook.addSheet('Mine');
    workbook.setValues('Mine', 0, 0, [['Role'], ['x']]);
    const targets = workbook.table(TARGETS_TABLE)!;
    workbook.renameTable(TARGETS_TABLE, 'Temp');
    workbook.addTable({ name: TARGETS_TABLE, sheet: 'Mine', range: { startRow: 0, startCol: 0, endRow: 1, endCol: 0 } });
    workbook.removeTable('Temp');
    void targets;
    await assessment.buildAssessment({ model, people, locale: 'zh-CN' });
    expect(workbook.table(`${TARGETS_TABLE}_1`)?.sheet).toBe('Mine');
    expect(workbook.table(TARGETS_TABLE)?.sheet).not.toBe('Mine');
  });

  it('survives an .xlsx round trip: the plan’s formulas, tables, validations and charts', async () => {
    const { workbook } = await built();
    const rating = cellOf(workbook, ASSESSMENT_TABLE, '成就导向', 0);
    workbook.editCell(rating.sheet, rating.row, rating.col, '高级');
    const reopened = await readXlsx(await writeXlsx(workbook));
    const weighted = cellOf(workbook, ASSESSMENT_TABLE, '加权得分', 0);
    expect(reopened.value(weighted.sheet, weighted.row, weighted.col)).toEqual(workbook.value(weighted.sheet, weighted.row, weighted.col));
    expect(reopened.input(weighted.sheet, weighted.row, weighted.col)).toEqual(workbook.input(weighted.sheet, weighted.row, weighted.col));
    expect(reopened.tables().map((t) => t.name).sort()).toEqual(workbook.tables().map((t) => t.name).sort());
    expect(reopened.validationAt(rating.sheet, rating.row + 2, rating.col)).toMatchObject({ kind: 'list', values: ['初级', '中级', '高级', '资深'] });
    expect(reopened.charts()).toEqual(workbook.charts());
    const snapshot = await createWorkbenchAssessment(reopened).readAssessment(model, 'zh-CN');
    expect(snapshot.people[0].levels[0]).toBe(3);
  });

  it('imports the model from the Model sheet after an .xlsx round trip, its cells unchanged', async () => {
    const { workbook } = await built();
    const reopened = await readXlsx(await writeXlsx(workbook));
    const imported = await createWorkbenchAssessment(reopened).importModelFromSheet('zh-CN');
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues.slice(0, 3)));
    expect(imported.model.id).toBe('ct-am');
    if (imported.model.kind !== 'levels') throw new Error('not a levels model');
    expect(imported.model.scale.levels).toEqual(model.scale.levels);
    expect(imported.model.scale.levels.length).toBeGreaterThan(0);
    expect(imported.model.competencies).toEqual(model.competencies);
    const sheet = workbook.table('CompetencyModel')!.sheet;
    expect(reopened.table('CompetencyModel')?.sheet).toBe(sheet);
    const { rows, columns } = workbook.usedSize(sheet);
    expect(rows).toBeGreaterThan(0);
    expect(reopened.usedSize(sheet)).toEqual({ rows, columns });
    const range = { startRow: 0, startCol: 0, endRow: rows - 1, endCol: columns - 1 };
    expect(reopened.values(sheet, range)).toEqual(workbook.values(sheet, range));
  });

  it('builds 1,000 people: one table row each', async () => {
    const workbook = new WorkbenchWorkbook();
    const many = Array.from({ length: 1000 }, (_, i) => ({ name: `Person ${i + 1}`, role: i % 2 ? 'Account manager' : 'Senior account manager' }));
    await createWorkbenchAssessment(workbook).buildAssessment({ model: findModel('ct-am'), people: many, locale: 'en-US' });
    expect(workbook.tableRowCount(ASSESSMENT_TABLE)).toBe(1000);
    expect(workbook.tableRows(ASSESSMENT_TABLE)[999][0]).toBe('Person 1000');
  });
});

describe('a points model in the workbench', () => {
  it('builds the points sheet with its per-row maxima as number validations', async () => {
    const workbook = new WorkbenchWorkbook();
    const model = findModel('hw-sm');
    const result = await createWorkbenchAssessment(workbook).buildAssessment({ model, people: [{ name: '甲', role: '' }], locale: 'zh-CN' });
    const numberRules = workbook.validations().filter((v) => v.kind === 'number');
    expect(numberRules.length).toBeGreaterThan(0);
    const rule = numberRules[0];
    const { sheet, range } = rule;
    // The maximum depends on the person's level: nothing goes in before the level is filled in.
    expect(workbook.editCell(sheet, range.startRow, range.startCol, '0')).toEqual({ ok: false, message: rule.errorMessage });
    const headers = workbook.tableHeaders(result.table);
    const table = workbook.table(result.table)!;
    const levelColumn = headers.findIndex((h) => /级别/.test(h));
    expect(levelColumn).toBeGreaterThanOrEqual(0);
    expect(workbook.editCell(table.sheet, table.range.startRow + 1, table.range.startCol + levelColumn, '三级').ok).toBe(true);
    expect(workbook.editCell(sheet, range.startRow, range.startCol, '999')).toEqual({ ok: false, message: rule.errorMessage });
    expect(workbook.editCell(sheet, range.startRow, range.startCol, '5')).toEqual({ ok: true });
    expect(workbook.table(result.table)).toBeDefined();
  });
});
