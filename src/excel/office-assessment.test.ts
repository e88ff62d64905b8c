import { modelSheetLayout, MODEL_TABLE } from '../core/model-sheet/write';
import type { PlanValue } from '../core/plan/plan';
import { findLevelModel } from '../core/model/registry';
import type { LevelModel } from '../core/model/types';
import * as workbookPlan from '../core/plan/workbook-plan';
import { ExcelWorkbookMock, type MockCellInput } from '../../test/office/counting-mock';
import { grownModel } from '../../test/office/rating-workbooks';
import type { PersonRow } from '../host/assessment-operations';
import { createOfficeAssessmentOperations } from './office-assessment';
import { createLazyOfficeAssessmentOperations } from './office-assessment-lazy';
import { REQUEST_LIMIT_BYTES } from '../core/request-size';
import { columnName } from '../core/a1';

/** The Office.js assessment operations against the Excel mock (test/office/counting-mock). */

const ctAm = findLevelModel('ct-am');

const modelWith = grownModel;

function people(n: number): PersonRow[] {
  const roles = ['客户经理', '高级客户经理', '资深客户经理'];
  return Array.from({ length: n }, (_, i) => ({ name: `员工${i + 1}`, role: roles[i % 3] }));
}

function cells(rows: PlanValue[][]): MockCellInput[][] {
  return rows.map((row) => row.map((v) => v ?? ''));
}

/** A workbook with the Model sheet of `model` as the add-in writes it (sections above the table). */
function workbookWithModelSheet(model: LevelModel): ExcelWorkbookMock {
  const layout = modelSheetLayout(model, 'zh-CN');
  const grid: MockCellInput[][] = [];
  for (const block of layout.blocks) cells(block.cells).forEach((row, i) => (grid[block.row + i] = row));
  for (let i = 0; i < layout.table.row; i++) grid[i] ??= [];
  return new ExcelWorkbookMock({
    sheets: { 模型: grid },
    tables: [{ name: MODEL_TABLE, sheet: '模型', at: `A${layout.table.row + 1}`, headers: layout.table.headers, rows: cells(layout.table.rows) }],
  });
}

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
  jest.restoreAllMocks();
});

describe('buildAssessment', () => {
  it('takes a constant number of round trips for 10, 100 and 1,000 people x 18 and 30 competencies, each request under 5 MB', async () => {
    const measured: string[] = [];
    const counts = new Set<number>();
    for (const n of [18, 30]) {
      for (const size of [10, 100, 1000]) {
        const workbook = new ExcelWorkbookMock();
        uninstall = workbook.install();
        await createOfficeAssessmentOperations().buildAssessment({ model: modelWith(n), people: people(size), locale: 'zh-CN' });
        uninstall();
        counts.add(workbook.syncCount);
        expect(workbook.largestRequestBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
        measured.push(`${size} people x ${n}: ${workbook.syncCount} syncs, largest request ${(workbook.largestRequestBytes / 1024).toFixed(0)} KiB, all requests ${(workbook.requestBytes.reduce((a, b) => a + b, 0) / 1024).toFixed(0)} KiB`);
      }
    }
    expect([...counts]).toHaveLength(1);
    console.log(`buildAssessment with the core planner:\n${measured.join('\n')}`);
  });

  it('writes a first build as one undo step where ExcelApi 1.20 is there, and plainly where it is not', async () => {
    const withMerge = new ExcelWorkbookMock({ requirementSets: { ExcelApi: '1.20' } });
    uninstall = withMerge.install();
    await createOfficeAssessmentOperations().buildAssessment({ model: ctAm, people: people(3), locale: 'zh-CN' });
    uninstall();
    expect(withMerge.runs.map((r) => r.options)).toEqual([null, { mergeUndoGroup: true }]);

    const without = new ExcelWorkbookMock();
    uninstall = without.install();
    await createOfficeAssessmentOperations().buildAssessment({ model: ctAm, people: people(3), locale: 'zh-CN' });
    expect(without.runs.map((r) => r.options)).toEqual([null, null]);
  });

  it.each(['desktop', 'web'] as const)('rebuilds where ExcelApi 1.20 is there (%s): the sheet renames, hiding and deletes run outside an undo group', async (platform) => {
    const workbook = new ExcelWorkbookMock({ requirementSets: { ExcelApi: '1.20' }, platform });
    uninstall = workbook.install();
    const operations = createOfficeAssessmentOperations();
    await operations.buildAssessment({ model: ctAm, people: people(3), locale: 'zh-CN' });
    await operations.buildAssessment({ model: ctAm, people: people(2), locale: 'zh-CN' });
    expect(workbook.sheetNames().filter((name) => name.startsWith('~'))).toEqual([]);
    expect(workbook.sheetNames()).toEqual(['Sheet1', '评价记录', '证据', '审计日志', '模型', '目标级别', '评估']);
    expect(workbook.runs.slice(2).map((r) => r.options)).toEqual([null, null]);
  });

  it('builds the sheets, tables, rating lists, target colouring and both radar charts of the plan', async () => {
    const workbook = new ExcelWorkbookMock({ sheets: { Sheet1: [] } });
    uninstall = workbook.install();
    const result = await createOfficeAssessmentOperations().buildAssessment({ model: ctAm, people: people(4), locale: 'zh-CN' });
    const plan = workbookPlan.planAssessmentWorkbook(ctAm, people(4), 'zh-CN');

    expect(result).toEqual({ sheets: plan.sheets.map((s) => s.name), table: 'CompetencyAssessment' });
    expect(workbook.tableNames().sort()).toEqual(plan.sheets.flatMap((s) => s.tables.map((t) => t.name)).sort());
    const sheet = workbook.sheet('评估')!;
    // Every rating column offers exactly the scale's labels; the two exam-scored knowledge items take a score of 0 to 100.
    const rules = sheet.validations.map((v) => v.rule as Excel.DataValidationRule);
    const ratingLists = rules.filter((rule) => rule?.list && !String(rule.list.source).startsWith('='));
    const exams = ctAm.competencies.filter((c) => c.assessment === 'exam');
    expect(ratingLists).toHaveLength(ctAm.competencies.length - exams.length);
    expect(new Set(ratingLists.map((rule) => rule.list!.source))).toEqual(new Set(['初级,中级,高级,资深']));
    const scores = rules.filter((rule) => rule?.decimal && Number(rule.decimal.formula2) === 100);
    expect(scores).toHaveLength(exams.length);
    expect(scores.every((rule) => Number(rule.decimal!.formula1) === 0 && rule.decimal!.operator === 'Between')).toBe(true);
    // The selected person is picked from the table's names; the weights take a number of 0 or more; both say so.
    expect(sheet.validations.find((v) => v.address === 'B3')).toMatchObject({
      rule: { list: { inCellDropDown: true, source: '=$A$10:$A$13' } },
      prompt: { showPrompt: true, title: '选定人员', message: expect.stringContaining('从列表中选择') },
      errorAlert: { style: 'Stop', message: '请从列表中选择评估表中的姓名' },
    });
    expect(sheet.validations.find((v) => v.address === 'C8:T8')).toMatchObject({
      rule: { decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' } },
      prompt: { title: '权重', message: expect.stringContaining('0 或更大的数') },
      errorAlert: { message: '权重须为 0 或更大的数（如 1、20 或 0.2）' },
    });
    // Headers wrap and their row is fitted; averages show two decimals; columns are as wide as their headers.
    expect(sheet.wrapped).toContain('A9:Y9');
    expect(sheet.autofitRows).toContain('A9:Y9');
    expect(workbook.numberFormat('评估', 'C6')).toBe('0.00');
    expect(workbook.numberFormat('评估', 'T7')).toBe('0.00');
    expect(workbook.numberFormat('评估', 'C4')).toBe('General');
    expect(sheet.columnWidths.C).toBeGreaterThanOrEqual(64);
    // The charts sit under the four people, side by side, not far off to the right.
    expect(sheet.charts.map((c) => c.position)).toEqual(['C16', expect.stringMatching(/^[E-L]16$/)]);
    // Unrated and unset levels (#N/A, for the charts) are greyed, not shown as alarms.
    expect(sheet.conditionalFormats).toContainEqual(expect.objectContaining({ address: 'C4:T7', formula: '=ISNA(C4)', fontColor: '#BFBFBF' }));
    expect(sheet.conditionalFormats.filter((f) => f.fill === '#FFC7CE')).toHaveLength(ctAm.competencies.length);
    expect(sheet.conditionalFormats.find((f) => f.fill === '#FFC7CE')).toMatchObject({ fontColor: '#9C0006' });
    // A name two rows share is shaded (native COUNTIF).
    expect(sheet.conditionalFormats.filter((f) => f.fill === '#FFEB9C')).toHaveLength(1);
    expect(sheet.charts.map((c) => [c.type, c.series.map((s) => s.name)])).toEqual([
      ['RadarMarkers', ['本人级别', '岗位目标']],
      ['RadarMarkers', ['团队平均', '平均目标']],
    ]);
    // Names are written as names: plain text, never a formula.
    const table = workbook.table('CompetencyAssessment')!;
    const first = table.address.split(':')[0].replace(/\d+/, (row) => String(Number(row) + 1));
    expect(workbook.cell('评估', first)).toBe('员工1');
    expect(workbook.formula('评估', first)).toBeNull();
  });

  it('writes names that Excel would take for a formula, a number or a date as text', async () => {
    const workbook = new ExcelWorkbookMock();
    uninstall = workbook.install();
    const list = [{ name: '=HYPERLINK("x")', role: '客户经理' }, { name: '007', role: '2024-1' }];
    await createOfficeAssessmentOperations().buildAssessment({ model: ctAm, people: list, locale: 'zh-CN' });
    const [origin] = workbook.table('CompetencyAssessment')!.address.split(':');
    const row = Number(/\d+/.exec(origin)![0]);
    expect([workbook.cell('评估', `A${row + 1}`), workbook.cell('评估', `A${row + 2}`), workbook.cell('评估', `B${row + 2}`)]).toEqual(['=HYPERLINK("x")', '007', '2024-1']);
    expect(workbook.formula('评估', `A${row + 1}`)).toBeNull();
  });

  it('replaces the sheets of an earlier build but keeps its ratings, evidence and audit log', async () => {
    const workbook = new ExcelWorkbookMock({ sheets: { 说明: [] } });
    uninstall = workbook.install();
    const operations = createOfficeAssessmentOperations();
    await operations.buildAssessment({ model: ctAm, people: people(5), locale: 'zh-CN' });
    workbook.type('评估', 'A1', "HR's note that goes with the old sheet");
    workbook.type('审计日志', 'A2', "'2026-11-25T10:00:00Z");
    workbook.type('审计日志', 'B2', '李评估');
    await operations.buildAssessment({ model: ctAm, people: people(2), locale: 'zh-CN' });

    expect(workbook.sheetNames()).toEqual(['说明', '评价记录', '证据', '审计日志', '模型', '目标级别', '评估']);
    expect(workbook.cell('审计日志', 'B2')).toBe('李评估');
    expect(workbook.tableNames().filter((t) => t === 'CompetencyAudit')).toHaveLength(1);
    expect(workbook.cell('评估', 'A1')).not.toContain("HR's note");
    expect(workbook.tableNames().filter((t) => t === 'CompetencyAssessment')).toHaveLength(1);
  });
});

describe('hasAssessmentSheets', () => {
  it('says whether a build would replace sheets, in one round trip', async () => {
    const fresh = new ExcelWorkbookMock({ sheets: { Sheet1: [] } });
    uninstall = fresh.install();
    expect(await createOfficeAssessmentOperations().hasAssessmentSheets('zh-CN')).toBe(false);
    uninstall();

    const built = new ExcelWorkbookMock({ sheets: { Sheet1: [], 评估: [] } });
    uninstall = built.install();
    expect(await createOfficeAssessmentOperations().hasAssessmentSheets('zh-CN')).toBe(true);
    expect(await createOfficeAssessmentOperations().hasAssessmentSheets('en-US')).toBe(false);
    expect(built.syncCount).toBe(2);
  });

  it('answers the same through the pane\'s on-demand operations (their module loaded on the first call)', async () => {
    const built = new ExcelWorkbookMock({ sheets: { Sheet1: [], 评估: [] } });
    uninstall = built.install();
    const lazy = createLazyOfficeAssessmentOperations();
    expect(lazy.sharesInPlace).toBe(createOfficeAssessmentOperations().sharesInPlace);
    expect(await lazy.hasAssessmentSheets('zh-CN')).toBe(true);
    expect(await lazy.hasAssessmentSheets('en-US')).toBe(false);
    expect(built.syncCount).toBe(2);
  });
});

describe('importModelFromSheet', () => {
  it('reads the Model sheet back into the model in two round trips', async () => {
    const workbook = workbookWithModelSheet(ctAm);
    uninstall = workbook.install();
    const result = await createOfficeAssessmentOperations().importModelFromSheet('zh-CN');
    expect(workbook.syncCount).toBe(2);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.model.id).toBe('ct-am');
      expect(result.model.kind === 'levels' && result.model.competencies.map((c) => c.id)).toEqual(ctAm.competencies.map((c) => c.id));
    }
  });

  it('rejects the whole import when a row is bad, naming its sheet row', async () => {
    const workbook = workbookWithModelSheet(ctAm);
    const table = workbook.table(MODEL_TABLE)!;
    const levelColumn = table.headers.findIndex((h) => h === '级别');
    const firstDataRow = Number(/\d+/.exec(table.address)![0]) + 1;
    const column = columnName(levelColumn);
    workbook.type('模型', `${column}${firstDataRow + 2}`, '超级');
    uninstall = workbook.install();

    const result = await createOfficeAssessmentOperations().importModelFromSheet('zh-CN');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.row)).toContain(firstDataRow + 2);
      expect(result.issues.find((i) => i.row === firstDataRow + 2)!.message.in('zh-CN')).toMatch(/"超级"不是量表中的级别/);
    }
  });

  it('says what to do when the workbook has no Model sheet', async () => {
    const workbook = new ExcelWorkbookMock({ sheets: { Sheet1: [] } });
    uninstall = workbook.install();
    const result = await createOfficeAssessmentOperations().importModelFromSheet('zh-CN');
    expect(result.ok ? [] : result.issues.map((i) => ({ row: i.row, message: i.message.in('zh-CN') }))).toEqual([{ row: 0, message: expect.stringMatching(/^工作簿中没有 模型\(CompetencyModel\)。请先生成评估工作簿/) }]);
    expect(workbook.syncCount).toBe(1);
  });
});

describe('readAssessment', () => {
  const [first, second, third] = ctAm.competencies.map((c) => c.name.zh!);
  const assessmentTable = {
    name: 'CompetencyAssessment',
    sheet: '评估',
    at: 'A9',
    headers: ['姓名', '岗位', first, second, third],
    rows: [
      ['李雷', '客户经理', '中级', '高级', ''],
      ['韩梅梅', '资深客户经理', '资深', '', '初级'],
    ],
  };

  it('builds the snapshot from the Assessment and Targets tables in two round trips', async () => {
    const workbook = new ExcelWorkbookMock({
      tables: [assessmentTable, { name: 'CompetencyTargets', sheet: '目标级别', at: 'A3', headers: ['岗位', first, second, third], rows: [['客户经理', '高级', '高级', '中级']] }],
    });
    uninstall = workbook.install();
    const snapshot = await createOfficeAssessmentOperations().readAssessment(ctAm, 'zh-CN');
    expect(workbook.syncCount).toBe(2);
    expect(snapshot.modelId).toBe('ct-am');
    expect(snapshot.scaleLabels).toEqual(['初级', '中级', '高级', '资深']);
    expect(snapshot.people.map((p) => [p.name, p.role, p.levels.slice(0, 3), p.targets.slice(0, 3)])).toEqual([
      ['李雷', '客户经理', [2, 3, null], [3, 3, 2]],
      ['韩梅梅', '资深客户经理', [4, null, 1], [null, null, null]],
    ]);
  });

  it('reads 1,000 people x 30 competencies in two round trips, the response under 5 MB', async () => {
    const model = modelWith(30);
    const headers = ['姓名', '岗位', ...model.competencies.map((c) => c.name.zh!), '加权得分', '综合级别', '差距合计', '模型版本'];
    const rows = people(1000).map((p, i) => [p.name, p.role, ...model.competencies.map((_, k) => ['初级', '中级', '高级', '资深', ''][(i + k) % 5]), 2.5, '中级', 3, 'ct-am@1']);
    const workbook = new ExcelWorkbookMock({ tables: [{ name: 'CompetencyAssessment', sheet: '评估', at: 'A9', headers, rows }] });
    uninstall = workbook.install();
    const snapshot = await createOfficeAssessmentOperations().readAssessment(model, 'zh-CN');
    expect(snapshot.people).toHaveLength(1000);
    expect(workbook.syncCount).toBe(2);
    expect(workbook.largestLoadPayload).toBeLessThan(REQUEST_LIMIT_BYTES);
  });

  it('reads without a Targets table, and says what is missing without an Assessment table', async () => {
    const workbook = new ExcelWorkbookMock({ tables: [assessmentTable] });
    uninstall = workbook.install();
    const snapshot = await createOfficeAssessmentOperations().readAssessment(ctAm, 'zh-CN');
    expect(snapshot.people).toHaveLength(2);
    uninstall();

    const empty = new ExcelWorkbookMock();
    uninstall = empty.install();
    await expect(createOfficeAssessmentOperations().readAssessment(ctAm, 'zh-CN')).rejects.toThrow(/评估 \(CompetencyAssessment\)/);
  });
});

describe('profile charts', () => {
  async function built(): Promise<ExcelWorkbookMock> {
    const workbook = new ExcelWorkbookMock();
    uninstall = workbook.install();
    await createOfficeAssessmentOperations().buildAssessment({ model: ctAm, people: people(3), locale: 'zh-CN' });
    workbook.resetCounters();
    return workbook;
  }

  it('redraws charts the user deleted, in four round trips, without doubling the others', async () => {
    const workbook = await built();
    workbook.deleteChart('评估', 'CompetencyPersonRadar');
    await createOfficeAssessmentOperations().drawProfileCharts(null, 'zh-CN');
    expect(workbook.syncCount).toBe(4);
    const charts = workbook.sheet('评估')!.charts;
    expect(charts.map((c) => c.name).sort()).toEqual(['CompetencyPersonRadar', 'CompetencyTeamRadar']);
    expect(charts.find((c) => c.name === 'CompetencyPersonRadar')!.series.map((s) => s.name)).toEqual(['本人级别', '岗位目标']);
    expect(workbook.activeSheet()).toBe('评估');
  });

  it('selects the person in the cell the plan names for the person chart', async () => {
    const workbook = await built();
    const plan = workbookPlan.planAssessmentWorkbook;
    jest.spyOn(workbookPlan, 'planAssessmentWorkbook').mockImplementation((...args) => {
      const result = plan(...args);
      return { ...result, charts: result.charts.map((c) => (c.kind === 'person-radar' ? { ...c, personCell: 'B3' } : c)) };
    });
    await createOfficeAssessmentOperations().drawProfileCharts('007', 'zh-CN');
    expect(workbook.cell('评估', 'B3')).toBe('007');
    expect(workbook.syncCount).toBe(3);
  });

  it('says so when the plan names no cell to select the person with', async () => {
    await built();
    const plan = workbookPlan.planAssessmentWorkbook;
    jest.spyOn(workbookPlan, 'planAssessmentWorkbook').mockImplementation((...args) => {
      const result = plan(...args);
      return { ...result, charts: result.charts.map((c) => ({ ...c, personCell: undefined })) };
    });
    await expect(createOfficeAssessmentOperations().drawProfileCharts('韩梅梅', 'zh-CN')).rejects.toThrow(/names no cell that selects the person/);
  });

  it('asks for a build when the workbook has none', async () => {
    uninstall = new ExcelWorkbookMock().install();
    await expect(createOfficeAssessmentOperations().drawProfileCharts(null, 'zh-CN')).rejects.toThrow(/评估, 模型 \(CompetencyModel\) is missing\. Build the assessment workbook first/);
  });

  it('renders the person chart as a PNG: one round trip after drawing, two in a fresh session', async () => {
    const workbook = await built();
    const operations = createOfficeAssessmentOperations();
    await operations.drawProfileCharts(null, 'zh-CN');
    workbook.resetCounters();
    expect(await operations.profileChartImage()).toBe('PNG:CompetencyPersonRadar');
    expect(workbook.syncCount).toBe(1);

    workbook.resetCounters();
    expect(await createOfficeAssessmentOperations().profileChartImage()).toBe('PNG:CompetencyPersonRadar');
    expect(workbook.syncCount).toBe(2);
  });
});
