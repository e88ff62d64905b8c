import { columnName } from '../a1';
import { analyseHeaders } from '../rating/assessment';
import type { PlanCell, PlanSheet, WorkbookPlan } from './plan';
import { AUDIT_COLUMNS, AUDIT_TABLE, EVIDENCE_COLUMNS, EVIDENCE_TABLE, headers } from '../rating/records';
import { findLevelModel, findPointsModel } from '../model/registry';
import type { LevelModel } from '../model/types';
import { ASSESSMENT_TABLE, POINTS_TABLE, TARGETS_TABLE } from './labels';
import { levelSheetGeometry } from './levels';
import { planAssessmentWorkbook, planRoles } from './workbook-plan';

const ct = findLevelModel('ct-am');
const hw = findPointsModel('hw-sm');
const people = [
  { name: '张三', role: '客户经理' },
  { name: '李四', role: '客户经理' },
  { name: '王五', role: '主管' },
];
const sheet = (plan: WorkbookPlan, key: PlanSheet['key']) => plan.sheets.find((s) => s.key === key)!;
const table = (plan: WorkbookPlan, name: string) => plan.sheets.flatMap((s) => s.tables).find((t) => t.name === name)!;
const formulaOf = (cell: PlanCell) => (typeof cell === 'object' && cell !== null && 'formula' in cell ? cell.formula : null);

describe('planAssessmentWorkbook: level models', () => {
  it('creates Model, Targets, Assessment, Ratings, Evidence and Audit, named in the workbook’s language', () => {
    expect(planAssessmentWorkbook(ct, people, 'zh-CN').sheets.map((s) => s.name)).toEqual(['模型', '目标级别', '评估', '评价记录', '证据', '审计日志']);
    const plan = planAssessmentWorkbook(ct, people, 'en-US');
    expect(plan.sheets.map((s) => [s.key, s.name])).toEqual([
      ['model', 'Model'],
      ['targets', 'Targets'],
      ['assessment', 'Assessment'],
      ['ratings', 'Ratings'],
      ['evidence', 'Evidence'],
      ['audit', 'Audit'],
    ]);
    expect(plan).toMatchObject({ modelId: 'ct-am', modelVersion: '1', assessmentTable: ASSESSMENT_TABLE });
    expect(table(plan, EVIDENCE_TABLE)).toMatchObject({ headers: headers(EVIDENCE_COLUMNS, 'en-US'), rows: [] });
    expect(table(plan, AUDIT_TABLE)).toMatchObject({ headers: headers(AUDIT_COLUMNS, 'en-US'), rows: [] });
  });

  it('builds an assessment table the pane recognizes: every competency rated, nothing unmatched', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const assessment = table(planAssessmentWorkbook(ct, people, locale), ASSESSMENT_TABLE);
      const layout = analyseHeaders(assessment.headers, ct);
      expect(layout.personColumn).toBe(0);
      expect(layout.roleColumn).toBe(1);
      expect(layout.ratingColumns.map((c) => c.competencyId)).toEqual(ct.competencies.map((c) => c.id));
      expect(layout.unmatched).toEqual([]);
      expect(layout.unrated).toEqual([]);
    }
    expect(table(planAssessmentWorkbook(ct, people, 'zh-CN'), ASSESSMENT_TABLE).headers.slice(-5)).toEqual(['加权得分', '综合级别', '差距合计', '模型版本', '人员编号']);
  });

  it("puts the title in the frozen columns and the model's name beside them in C1, where a long name can run on uncut", () => {
    const zh = sheet(planAssessmentWorkbook(ct, people, 'zh-CN'), 'assessment').blocks[0];
    expect(zh).toMatchObject({ origin: 'A1', cells: [['能力素质评估', null, ct.name.zh]] });
    const en = sheet(planAssessmentWorkbook(ct, people, 'en-US'), 'assessment').blocks[0];
    expect(en).toMatchObject({ origin: 'A1', cells: [['Competency assessment', null, ct.name.en]] });
    expect(sheet(planAssessmentWorkbook(ct, people, 'en-US'), 'assessment').freeze).toEqual(expect.objectContaining({ columns: 2 }));
    const points = sheet(planAssessmentWorkbook(hw, people, 'zh-CN'), 'assessment');
    expect(points.blocks[0]).toMatchObject({ origin: 'A1', cells: [[expect.any(String), null, hw.name.zh]] });
    expect(points.freeze).toEqual(expect.objectContaining({ columns: 2 }));
  });

  it('records the model version on every row and in the cell beside the title', () => {
    const plan = planAssessmentWorkbook(ct, people, 'zh-CN');
    const assessment = table(plan, ASSESSMENT_TABLE);
    expect(assessment.rows.map((r) => r[r.length - 2])).toEqual(['ct-am@1', 'ct-am@1', 'ct-am@1']);
    expect(sheet(plan, 'assessment').blocks[1]).toMatchObject({ origin: 'A2', cells: [['模型版本', 'ct-am@1', expect.any(String)], expect.any(Array)] });
  });

  it('validates every rating and target cell against the level labels and marks ratings below target by native formulas', () => {
    const plan = planAssessmentWorkbook(ct, people, 'zh-CN');
    const assessment = sheet(plan, 'assessment');
    // Behaviour competencies take a level from the list; the two knowledge items assessed by exam a 0-100 score.
    expect(assessment.listValidations).toHaveLength(16);
    expect(assessment.listValidations[0]).toEqual({ table: ASSESSMENT_TABLE, header: '成就导向', values: ['初级', '中级', '高级', '资深'], errorMessage: '请选择级别：初级、中级、高级、资深' });
    expect(assessment.numberValidations).toEqual(
      ['通用基础知识', '专业基础知识'].map((header) => ({ table: ASSESSMENT_TABLE, header, min: 0, max: 100, errorMessage: '请输入 0 到 100 的考试分数（0 分起为初级，60 分起为中级，75 分起为高级，90 分起为资深）' })),
    );
    expect([...assessment.listValidations, ...assessment.numberValidations].map((v) => v.header).sort()).toEqual(ct.competencies.map((c) => c.name.zh).sort());
    expect(sheet(plan, 'targets').listValidations.map((v) => v.header)).toEqual(ct.competencies.map((c) => c.name.zh));
    // One per rating column, and one that shades a name two people share.
    expect(assessment.conditionalFormats).toHaveLength(18 + 1);
    expect(assessment.conditionalFormats.at(-1)).toMatchObject({ header: '姓名', formula: '=AND(A10<>"",COUNTIF($A$10:$A$12,A10)>1)' });
    for (const format of assessment.conditionalFormats) expect(format.formula).not.toMatch(/HR\./);
  });

  it('puts the model’s weights above the rating columns (1 where the model has none)', () => {
    const weighted: LevelModel = { ...ct, competencies: ct.competencies.map((c, i) => (i < 2 ? { ...c, weight: i + 2 } : c)) };
    const block = sheet(planAssessmentWorkbook(weighted, people, 'en-US'), 'assessment').blocks.find((b) => b.origin === 'A8')!;
    expect(block.cells[0].slice(0, 5)).toEqual(['Weight', null, 2, 3, 1]);
    expect(block.cells[0]).toHaveLength(2 + 18);
  });

  it('takes the Targets roles from the people list, in order, with empty targets', () => {
    const plan = planAssessmentWorkbook(ct, [...people, { name: '赵六', role: ' 客户经理 ' }, { name: '孙七', role: '' }], 'zh-CN');
    const targets = table(plan, TARGETS_TABLE);
    expect(targets.origin).toBe('A3');
    expect(targets.headers[0]).toBe('岗位');
    expect(targets.rows.map((r) => r[0])).toEqual(['客户经理', '主管']);
    expect(targets.rows.every((r) => r.slice(1).every((c) => c === null))).toBe(true);
    expect(table(plan, ASSESSMENT_TABLE).rows.map((r) => r[1])).toEqual(['客户经理', '客户经理', '主管', '客户经理', null]);
  });

  it('offers one default role when the people list names none, and gives it to everyone', () => {
    const plan = planAssessmentWorkbook(ct, [{ name: 'Ann', role: '' }], 'en-US');
    expect(table(plan, TARGETS_TABLE).rows).toEqual([['Default role', ...Array(18).fill(null)]]);
    expect(table(plan, ASSESSMENT_TABLE).rows[0].slice(0, 2)).toEqual(['Ann', 'Default role']);
    expect(table(planAssessmentWorkbook(ct, [], 'zh-CN'), TARGETS_TABLE).rows.map((r) => r[0])).toEqual(['默认岗位']);
  });

  it('uses the model’s roles and targets when it has them, matching people’s roles in either language', () => {
    const withRoles: LevelModel = {
      ...ct,
      roles: [{ id: 'senior-am', name: { zh: '高级客户经理', en: 'Senior account manager' }, targets: { resilience: 'L3', 'achievement-orientation': 'L2' } }],
    };
    const planned = planRoles(withRoles, [{ name: 'Ann', role: 'senior account manager' }, { name: 'Bob', role: 'Trainee' }], 'zh-CN');
    expect(planned.roles[0]).toEqual({ name: '高级客户经理', targets: ['中级', '高级', ...Array(16).fill(null)] });
    expect(planned.roles.map((r) => r.name)).toEqual(['高级客户经理', 'Trainee']);
    expect(planned.people).toEqual([
      { name: 'Ann', role: '高级客户经理' },
      { name: 'Bob', role: 'Trainee' },
    ]);
  });

  it('gives an empty people list one blank row with its formulas, so HR can start typing', () => {
    const assessment = table(planAssessmentWorkbook(ct, [], 'zh-CN'), ASSESSMENT_TABLE);
    expect(assessment.rows).toHaveLength(1);
    expect(assessment.rows[0].slice(0, 2)).toEqual([null, null]);
    expect(formulaOf(assessment.rows[0][20])).toMatch(/^=HR\.WEIGHTED\.SCORE/);
  });

  it('keeps names that look like numbers or formulas as text', () => {
    const assessment = table(planAssessmentWorkbook(ct, [{ name: '007', role: '=1+1' }], 'zh-CN'), ASSESSMENT_TABLE);
    expect(assessment.rows[0].slice(0, 2)).toEqual([{ text: '007' }, { text: '=1+1' }]);
  });

  it('feeds the two radar charts from the profile rows above the table', () => {
    const plan = planAssessmentWorkbook(ct, people, 'en-US');
    expect(plan.charts).toEqual([
      expect.objectContaining({ kind: 'person-radar', sheet: 'Assessment', categories: 'C9:T9', actual: 'C4:T4', target: 'C5:T5' }),
      expect.objectContaining({ kind: 'team-radar', sheet: 'Assessment', categories: 'C9:T9', actual: 'C6:T6', target: 'C7:T7' }),
    ]);
    // A short table: under it, side by side (the person chart clear of the team chart's columns).
    // Right of the frozen name and role columns (A:B), which would cover them.
    expect(plan.charts.map((c) => c.anchor)).toEqual([`C${9 + people.length + 3}`, expect.stringMatching(new RegExp(`^[E-L]${9 + people.length + 3}$`))]);
    // A long one: beside it after its level table (Z:AA for A:X), one above the other.
    const many = planAssessmentWorkbook(ct, Array.from({ length: 200 }, (_, i) => ({ name: `P${i}`, role: 'R' })), 'en-US');
    expect(many.charts.map((c) => c.anchor)).toEqual(['AD1', 'AD25']);
    expect(levelSheetGeometry(ct, 200).chartColumn).toBe(levelSheetGeometry(ct, 200).bandColumn + 3);
  });

  it('fits the columns to their headers and wraps the header row, so no header is cut', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const sheet = planAssessmentWorkbook(ct, people, locale).sheets.find((s) => s.key === 'assessment')!;
      const headers = sheet.tables[0].headers;
      expect(sheet.wrap).toEqual([`A9:${columnName(headers.length - 1)}9`]);
      headers.forEach((header, c) => {
        const width = sheet.columnWidths![columnName(c)];
        // About 11.5 pt a Chinese character, 6-7 pt a Latin one, and room for the filter button.
        const needed = [...header].reduce((sum, ch) => sum + (/[\u4e00-\u9fff]/u.test(ch) ? 11.5 : 6), 20);
        expect(width).toBeGreaterThanOrEqual(Math.min(needed, 200));
      });
    }
  });
});

describe('planAssessmentWorkbook: person keys', () => {
  it("gives each person HR's employee number or a new key, never one the records hold, and reports names two people share", () => {
    const list = [{ name: '张伟', role: '', key: 'E9' }, { name: '张伟', role: '' }, { name: '李娜', role: '' }];
    const plan = planAssessmentWorkbook(ct, list, 'zh-CN', ['P0001', 'P0007', 'E1']);
    expect(table(plan, ASSESSMENT_TABLE).rows.map((r) => r.at(-1))).toEqual(['E9', 'P0008', 'P0009']);
    expect(plan.people).toEqual({ duplicateNames: ['张伟'], duplicateKeys: [] });
    const points = planAssessmentWorkbook(hw, list, 'zh-CN');
    expect(table(points, POINTS_TABLE).rows.map((r) => r.at(-1))).toEqual(['E9', 'P0001', 'P0002']);
  });
});

describe('planAssessmentWorkbook: scale', () => {
  it('plans 1,000 people x 30 competencies as whole rectangular tables, one rule per column', () => {
    const competencies = Array.from({ length: 30 }, (_, i) => ({ ...ct.competencies[i % 18], id: `c${i}`, name: { zh: `能力${i}`, en: `Competency ${i}` } }));
    const big: LevelModel = { ...ct, competencies };
    const crowd = Array.from({ length: 1000 }, (_, i) => ({ name: `Person ${i}`, role: `Role ${i % 7}` }));
    const plan = planAssessmentWorkbook(big, crowd, 'en-US');
    const assessment = table(plan, ASSESSMENT_TABLE);
    expect(assessment.headers).toHaveLength(2 + 30 + 5);
    expect(assessment.rows).toHaveLength(1000);
    expect(assessment.rows.every((r) => r.length === assessment.headers.length)).toBe(true);
    expect(table(plan, TARGETS_TABLE).rows).toHaveLength(7);
    const sheetPlan = sheet(plan, 'assessment');
    expect(sheetPlan.listValidations.length + sheetPlan.numberValidations.length).toBe(30);
    expect(sheetPlan.conditionalFormats).toHaveLength(30 + 1);
    // The per-person target block: one rectangle of 1,000 rows x (the role's Targets row + 30 targets).
    const helper = sheetPlan.blocks.reduce((a, b) => (b.cells.length > a.cells.length ? b : a));
    expect(helper.cells).toHaveLength(1000);
    expect(helper.cells.every((r) => r.length === 31)).toBe(true);
    expect(sheetPlan.blocks.length).toBeLessThan(17);
    // The last row's formulas point at its own row.
    const last = assessment.rows[999];
    expect(formulaOf(last[32])).toContain('C1009:AF1009');
  });
});

describe('planAssessmentWorkbook: points models', () => {
  it('plans Model, Assessment (points), Evidence and Audit; no Targets and no charts', () => {
    const plan = planAssessmentWorkbook(hw, [{ name: '张三', role: '四级' }, { name: '李四', role: '' }], 'zh-CN');
    expect(plan.sheets.map((s) => s.key)).toEqual(['model', 'assessment', 'evidence', 'audit']);
    expect(plan.charts).toEqual([]);
    expect(plan.assessmentTable).toBe(POINTS_TABLE);
    const points = table(plan, POINTS_TABLE);
    expect(points.headers.slice(0, 3)).toEqual(['姓名', '资格级别', '收集、分析与处理客户信息']);
    expect(points.headers.slice(22)).toEqual(['服务经理专业知识', '综合类产品知识', '知识得分', '案例发表数量（近18个月）', '行为积分', '级内排名', '模型版本', '人员编号']);
    expect(points.rows.map((r) => r[1])).toEqual(['四级', null]);
    const rules = sheet(plan, 'assessment');
    expect(rules.listValidations).toEqual([expect.objectContaining({ header: '资格级别', values: ['三级', '四级', '五级'] })]);
    expect(rules.numberValidations).toHaveLength(20 + 2 + 1);
    expect(rules.numberValidations.at(-1)).toMatchObject({ min: 0, integer: true });
    expect(rules.numberValidations[20]).toMatchObject({ header: '服务经理专业知识', min: 0, max: 100 });
    expect(rules.numberValidations[21]).toMatchObject({ max: 500 });
  });
});

describe('planAssessmentWorkbook: the record sheets', () => {
  /** Points one line of 11 pt text needs: a CJK character counts as two narrow ones, plus the filter button. */
  const needed = (text: string) => 20 + 5.5 * [...text].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 2 : 1), 0);

  it.each(['en-US', 'zh-CN'] as const)('gives every Evidence and Audit column room for its header on one line (%s)', (locale) => {
    const plan = planAssessmentWorkbook(ct, people, locale);
    for (const key of ['evidence', 'audit'] as const) {
      const planned = sheet(plan, key);
      const cut = planned.tables[0].headers.filter((header, c) => (planned.columnWidths?.[columnName(c)] ?? 48) < needed(header));
      expect([key, cut]).toEqual([key, []]);
    }
  });

  it('gives the Audit values the add-in writes room too: the date-time, every change source, the competencies and levels, long texts', () => {
    for (const locale of ['en-US', 'zh-CN'] as const) {
      const audit = sheet(planAssessmentWorkbook(ct, people, locale), 'audit');
      const width = (en: string) => audit.columnWidths![columnName(AUDIT_COLUMNS.findIndex((c) => c.en === en))];
      expect(width('Time')).toBeGreaterThanOrEqual(needed('2026-12-31 23:59'));
      expect(width('Source')).toBeGreaterThanOrEqual(needed(locale === 'en-US' ? 'Collected from an assessor' : '收回评估人工作簿'));
      expect(width('Behaviours observed')).toBeGreaterThanOrEqual(200);
      const longestCompetency = ct.competencies.map((c) => (locale === 'en-US' ? c.name.en! : c.name.zh!)).reduce((a, b) => (needed(b) > needed(a) ? b : a));
      expect(width('Competency')).toBeGreaterThanOrEqual(Math.min(needed(longestCompetency), 240));
      expect(width('Old value')).toBeGreaterThanOrEqual(needed(locale === 'en-US' ? 'Intermediate' : '中级'));
    }
  });
});
