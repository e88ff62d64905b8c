import { DetailedCellError } from 'hyperformula';
import { applyPlanToHyperFormula, shiftFormula, type PlanWorkbook } from '../../../test/helpers/plan-hyperformula';
import type { PlanSheet, WorkbookPlan } from './plan';
import { pointsTotal } from '../scoring/points';
import { findLevelModel, findPointsModel } from '../model/registry';
import type { LevelModel } from '../model/types';
import { ASSESSMENT_TABLE, POINTS_TABLE } from './labels';
import { planAssessmentWorkbook } from './workbook-plan';

/**
 * Every formula of the plan computed by a spreadsheet engine (HyperFormula with the HR functions),
 * on a sample a user would type: the results HR reads in the workbook.
 */

const ct = findLevelModel('ct-am');
const hw = findPointsModel('hw-sm');
const [achievement, resilience, listening, writing] = ct.competencies.map((c) => c.name.zh!);
const people = [
  { name: '张三', role: '客户经理' },
  { name: '李四', role: '客户经理' },
  { name: '王五', role: '主管' },
  { name: '赵六', role: '主管' },
  { name: '钱七', role: '客户经理' },
];
const sheetOf = (plan: WorkbookPlan, key: PlanSheet['key']) => plan.sheets.find((s) => s.key === key)!;

function levelWorkbook(model: LevelModel = ct): { plan: WorkbookPlan; wb: PlanWorkbook } {
  const plan = planAssessmentWorkbook(model, people, 'zh-CN');
  const wb = applyPlanToHyperFormula(plan, 'zh-CN');
  const ratings: Record<string, (string | null)[]> = {
    [achievement]: ['高级', '资深', '初级', null, '中级'],
    [resilience]: ['中级', '资深', null, null, '中级'],
    [listening]: ['初级', '高级', null, null, null],
    [writing]: [null, '高级', null, null, null],
  };
  for (const [header, column] of Object.entries(ratings)) column.forEach((value, row) => value && wb.setTableValue(ASSESSMENT_TABLE, header, row, value));
  // Targets: 客户经理 (row 4) and 主管 (row 5) of the Targets table, competency k in column B + k.
  wb.set('目标级别', 'B4', '高级');
  wb.set('目标级别', 'C4', '高级');
  wb.set('目标级别', 'D4', '中级');
  wb.set('目标级别', 'B5', '资深');
  return { plan, wb };
}

/** A #N/A the engine gives. */
const NA = expect.objectContaining({ type: 'NA' });
const column = (wb: PlanWorkbook, header: string) => [0, 1, 2, 3, 4].map((row) => wb.tableValue(ASSESSMENT_TABLE, header, row));
const row = (wb: PlanWorkbook, sheet: string, a1s: string[]) => a1s.map((a1) => wb.value(sheet, a1));
/** Numbers to 9 places (the engine rounds results to 10 significant digits), other values exactly. */
const near = (values: unknown[]) => values.map((v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v));

describe('the Assessment sheet computes (ct-am, five people)', () => {
  let plan: WorkbookPlan;
  let wb: PlanWorkbook;
  beforeEach(() => ({ plan, wb } = levelWorkbook()));
  afterEach(() => wb.destroy());

  it('weighted score: the weighted mean level number of the rated competencies, blank when none is rated', () => {
    expect(column(wb, '加权得分')).toEqual([2, 3.5, 1, '', 2]);
  });

  it('overall level: the highest level the weighted score reaches (3.5 is 高级, not 资深)', () => {
    expect(column(wb, '综合级别')).toEqual(['中级', '高级', '初级', '', '中级']);
  });

  it('total gap: the levels by which ratings fall short of the role’s targets; ratings above target do not offset', () => {
    // 张三: 高级/高级 0, 中级/高级 1, 初级/中级 1. 李四: all above target. 王五: 初级 against 资深. 钱七: 中级/高级 twice.
    expect(column(wb, '差距合计')).toEqual([2, 0, 3, '', 2]);
  });

  it('total gap is #N/A for a role the Targets table lacks, and blank without a role', () => {
    wb.setTableValue(ASSESSMENT_TABLE, '岗位', 0, '实习生');
    wb.setTableValue(ASSESSMENT_TABLE, '岗位', 1, null);
    const [unknown, none] = column(wb, '差距合计');
    expect((unknown as DetailedCellError).value).toBe('#N/A');
    expect(none).toBe('');
  });

  it('recalculates when a rating or a weight changes', () => {
    wb.setTableValue(ASSESSMENT_TABLE, writing, 0, '资深');
    expect(column(wb, '加权得分')[0]).toBe(2.5);
    wb.set('评估', 'C8', 3);
    // (3·3 + 2 + 1 + 4) / 6
    expect(column(wb, '加权得分')[0]).toBeCloseTo(16 / 6, 10);
    expect(column(wb, '综合级别')[0]).toBe('中级');
  });

  it('uses the model’s weights when it has them', () => {
    wb.destroy();
    ({ wb } = levelWorkbook({ ...ct, competencies: ct.competencies.map((c, i) => (i === 0 ? { ...c, weight: 3 } : c)) }));
    expect(wb.value('评估', 'C8')).toBe(3);
    // 李四: (3·4 + 4 + 3 + 3) / 6
    expect(near(column(wb, '加权得分'))).toEqual(near([2.4, 22 / 6, 1, '', 2]));
    expect(column(wb, '综合级别')).toEqual(['中级', '高级', '初级', '', '中级']);
  });

  it('profile block: the selected person’s levels and their role’s targets, following the selection', () => {
    expect(wb.value('评估', 'B3')).toBe('张三');
    // Unrated and unset read #N/A: the charts leave them out instead of plotting a 0.
    expect(row(wb, '评估', ['C4', 'D4', 'E4', 'F4'])).toEqual([3, 2, 1, NA]);
    expect(row(wb, '评估', ['B5', 'C5', 'D5', 'E5', 'F5'])).toEqual(['客户经理', 3, 3, 2, NA]);
    expect(wb.value('评估', 'C3')).toBe('在左侧单元格输入评估表中的姓名，下方各行和图表随之更新');
    wb.set('评估', 'B3', '王五');
    expect(row(wb, '评估', ['C4', 'D4', 'B5', 'C5', 'D5'])).toEqual([1, NA, '主管', 4, NA]);
    wb.set('评估', 'B3', '无此人');
    expect(row(wb, '评估', ['C4', 'B5', 'C5'])).toEqual([NA, '', NA]);
    // An unknown name says so beside it.
    expect(wb.value('评估', 'C3')).toBe('“无此人”不在评估表中：请从列表中选择姓名');
  });

  it('the selected person is picked from the names of the table, the weights as numbers of 0 or more', () => {
    const rules = sheetOf(plan, 'assessment').cellRules!;
    const person = rules.find((r) => r.range === 'B3')!;
    expect(person.rule).toEqual({ kind: 'list', source: '$A$10:$A$14' });
    expect(row(wb, '评估', ['A10', 'A11', 'A12', 'A13', 'A14'])).toEqual(people.map((p) => p.name));
    expect(rules.find((r) => r.range === 'C8:T8')).toMatchObject({ rule: { kind: 'number', min: 0 }, errorMessage: '权重须为 0 或更大的数（如 1、20 或 0.2）' });
  });

  it('profile block: the team’s average levels and average targets per competency', () => {
    expect(near(row(wb, '评估', ['C6', 'D6', 'E6', 'F6', 'G6']))).toEqual(near([2.5, 8 / 3, 2, 3, NA]));
    // 成就导向: 客户经理 ×3 at 高级, 主管 ×2 at 资深. 抗挫能力: only 客户经理 sets one.
    expect(row(wb, '评估', ['C7', 'D7', 'E7', 'F7'])).toEqual([3.4, 3, 2, NA]);
    // Shown with two decimals: 2.67, not 2.666666667.
    expect(sheetOf(plan, 'assessment').blocks.find((b) => b.origin === 'A6')).toMatchObject({ numberFormat: '0.00' });
    wb.setTableValue(ASSESSMENT_TABLE, writing, 0, '初级');
    expect(wb.value('评估', 'F6')).toBe(2);
  });

  it('the charts read the profile rows and the competency names of the header', () => {
    const [person, team] = plan.charts;
    expect(wb.value('评估', person.categories.split(':')[0])).toBe(achievement);
    expect(person.actual).toBe('C4:T4');
    expect(team.target).toBe('C7:T7');
  });

  it('conditional format: a rating below the role’s target, and nothing for blanks or unknown roles', () => {
    const rules = sheetOf(plan, 'assessment').conditionalFormats;
    const rule = (header: string) => rules.find((r) => r.header === header)!;
    const at = (header: string, person: number) => wb.evaluateAt('评估', rule(header).formula, wb.tableCell(ASSESSMENT_TABLE, header, 0).a1, wb.tableCell(ASSESSMENT_TABLE, header, person).a1);
    expect(at(resilience, 0)).toBe(true); // 中级 < 高级
    expect(at(achievement, 0)).toBe(false); // 高级 = 高级
    expect(at(achievement, 1)).toBe(false); // 资深 > 高级
    expect(at(achievement, 2)).toBe(true); // 初级 < 资深 (主管)
    expect(at(writing, 0)).toBe(false); // not rated
    expect(at(resilience, 2)).toBe(false); // 主管 sets no target
    wb.setTableValue(ASSESSMENT_TABLE, '岗位', 0, '实习生');
    expect(at(resilience, 0)).toBe(false);
  });

  it('list validation of the ratings and targets: the level labels only', () => {
    const validation = sheetOf(plan, 'assessment').listValidations[0];
    expect(wb.listAllows(validation, '高级')).toBe(true);
    expect(wb.listAllows(validation, '专家')).toBe(false);
    expect(sheetOf(plan, 'targets').listValidations.every((v) => v.values.join() === '初级,中级,高级,资深')).toBe(true);
  });

  it('the Model sheet holds the model as text, version "1" included', () => {
    expect(row(wb, '模型', ['A1', 'A2', 'B2', 'A3', 'B3'])).toEqual(['模型信息', '模型 ID', 'ct-am', '版本', '1']);
  });
});

describe('the Assessment sheet in English', () => {
  it('computes with English labels and sheet names', () => {
    const plan = planAssessmentWorkbook(ct, [{ name: 'Ann', role: '' }], 'en-US');
    const wb = applyPlanToHyperFormula(plan, 'en-US');
    wb.setTableValue(ASSESSMENT_TABLE, 'Resilience', 0, 'Senior');
    wb.setTableValue(ASSESSMENT_TABLE, 'Achievement orientation', 0, 'Intermediate');
    wb.set('Targets', 'C4', 'Expert');
    expect(['Weighted score', 'Overall level', 'Total gap', 'Model version'].map((h) => wb.tableValue(ASSESSMENT_TABLE, h, 0))).toEqual([2.5, 'Intermediate', 1, 'ct-am@1']);
    expect(row(wb, 'Assessment', ['B3', 'C4', 'D4', 'B5', 'D5'])).toEqual(['Ann', 2, 3, 'Default role', 4]);
    wb.destroy();
  });
});

describe('the points Assessment sheet computes (hw-sm)', () => {
  const elements = hw.groups.flatMap((g) => g.elements);
  const maxima = (level: string) => elements.map((e) => e.maxPoints[level]);
  const l5points = [5, 5, 5, 5, 0, 10, 5, 5, 5, 5, 0, 10, 5, 0, 5, 0, 15, 15, 0, 0];
  let plan: WorkbookPlan;
  let wb: PlanWorkbook;
  const header = (k: number) => plan.sheets.find((s) => s.key === 'assessment')!.tables[0].headers[k];
  const value = (name: string, person: number) => wb.tableValue(POINTS_TABLE, name, person);
  beforeEach(() => {
    plan = planAssessmentWorkbook(hw, [{ name: '张三', role: '四级' }, { name: '李四', role: '4' }, { name: '王五', role: '五级' }, { name: '赵六', role: '' }], 'zh-CN');
    wb = applyPlanToHyperFormula(plan, 'zh-CN');
    const entries: [number, number[], number, number, number][] = [
      [0, maxima('L4'), 80, 400, 2],
      [1, maxima('L4'), 100, 250, 1],
      [2, l5points, 60, 300, 1],
    ];
    for (const [person, points, a, b, cases] of entries) {
      points.forEach((p, k) => wb.setTableValue(POINTS_TABLE, header(2 + k), person, p));
      wb.setTableValue(POINTS_TABLE, '服务经理专业知识', person, a);
      wb.setTableValue(POINTS_TABLE, '综合类产品知识', person, b);
      wb.setTableValue(POINTS_TABLE, '案例发表数量（近18个月）', person, cases);
    }
  });
  afterEach(() => wb.destroy());

  it('reads the qualification level from the people list', () => {
    expect([0, 1, 2, 3].map((p) => value('资格级别', p))).toEqual(['四级', '四级', '五级', null]);
  });

  it('behaviour points = HR.POINTS.TOTAL, as the core computes it, blank without a level or points', () => {
    expect([0, 1, 2, 3].map((p) => value('行为积分', p))).toEqual([100, 95, 90, '']);
    expect(value('行为积分', 1)).toBe(pointsTotal(hw, 'L4', maxima('L4'), [1]).total);
    expect(value('行为积分', 2)).toBe(pointsTotal(hw, 'L5', l5points, [1]).total);
  });

  it('knowledge score: each exam as a percentage of its full marks, 50 % each (80 and 400 of 500 give 80)', () => {
    expect([0, 1, 2].map((p) => value('知识得分', p))).toEqual([80, 75, 60]);
  });

  it('rank within level by behaviour points (no invented grade bands)', () => {
    expect([0, 1, 2, 3].map((p) => value('级内排名', p))).toEqual([1, 2, 1, '']);
    wb.setTableValue(POINTS_TABLE, '案例发表数量（近18个月）', 1, 2);
    expect([0, 1].map((p) => value('级内排名', p))).toEqual([1, 1]);
  });

  it('validates element points against the maximum at the row’s level, exams against full marks, cases as whole numbers', () => {
    const rules = plan.sheets.find((s) => s.key === 'assessment')!.numberValidations;
    const expertGroup = rules.find((r) => r.header === elements[4].name.zh)!; // 5 at levels 3 and 4, 0 at level 5
    expect(wb.numberAllows(expertGroup, 0, 5)).toBe(true);
    expect(wb.numberAllows(expertGroup, 0, 6)).toBe(false);
    expect(wb.numberAllows(expertGroup, 2, 1)).toBe(false);
    expect(wb.numberAllows(expertGroup, 2, 0)).toBe(true);
    expect(wb.numberAllows(expertGroup, 3, 0)).toBe(false); // no level yet
    const product = rules.find((r) => r.header === '综合类产品知识')!;
    expect([wb.numberAllows(product, 0, 500), wb.numberAllows(product, 0, 501)]).toEqual([true, false]);
    const cases = rules.find((r) => r.header === '案例发表数量（近18个月）')!;
    expect([wb.numberAllows(cases, 0, 2), wb.numberAllows(cases, 0, 1.5)]).toEqual([true, false]);
  });

  it('flags points above the maxima of a changed level and a blank case count (which is deducted); the validation message names the maxima', () => {
    const sheet = plan.sheets.find((s) => s.key === 'assessment')!;
    const flag = (name: string, person: number) => {
      const rule = sheet.conditionalFormats.find((r) => r.header === name)!;
      return wb.evaluateAt('评估', rule.formula, wb.tableCell(POINTS_TABLE, name, 0).a1, wb.tableCell(POINTS_TABLE, name, person).a1);
    };
    const fifth = elements[4].name.zh!; // 5 at levels 3 and 4, 0 at level 5
    expect(flag(fifth, 0)).toBe(false);
    wb.setTableValue(POINTS_TABLE, '资格级别', 0, '五级');
    expect(flag(fifth, 0)).toBe(true);
    expect(value('行为积分', 0)).toMatchObject({ value: '#VALUE!', message: expect.stringContaining('超过其在五级的最高分 0。') });
    const cases = '案例发表数量（近18个月）';
    expect(flag(cases, 1)).toBe(false);
    wb.setTableValue(POINTS_TABLE, cases, 1, null);
    expect(flag(cases, 1)).toBe(true);
    expect(value('行为积分', 1)).toBe(90);
    expect(flag(cases, 3)).toBe(false); // no level: nothing to deduct yet
    expect(sheet.numberValidations.find((r) => r.header === fifth)!.errorMessage).toContain('三级 5，四级 5，五级 0');
  });

  it('shows the maxima of each level above the element columns', () => {
    expect(row(wb, '评估', ['B3', 'C3', 'M3', 'B5', 'G5'])).toEqual(['三级', 5, 10, '五级', 0]);
    expect(row(wb, '评估', ['A6', 'W6', 'X6', 'W7', 'X7'])).toEqual(['满分', 100, 500, 50, 50]);
  });
});

describe('shiftFormula (the test applier’s rule evaluation)', () => {
  it('moves relative references only, leaving text, sheet names, functions and $ parts alone', () => {
    expect(shiftFormula(`=IFERROR(MATCH(C10,$AA$2:$AA$5,0)<MATCH(AL10,'B10'!$A:$A,0),LOG10(C$2))+HR.LEVEL.NUMBER("C10")`, 2, 1)).toBe(
      `=IFERROR(MATCH(D12,$AA$2:$AA$5,0)<MATCH(AM12,'B10'!$A:$A,0),LOG10(D$2))+HR.LEVEL.NUMBER("C10")`,
    );
  });
});
