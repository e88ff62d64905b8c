import { applyPlanToHyperFormula } from '../../../test/helpers/plan-hyperformula';
import { findLevelModel } from '../model/registry';
import { cellLevel, snapshotFromValues } from './snapshot';
import type { LevelModel } from '../model/types';
import { ASSESSMENT_TABLE, TARGETS_TABLE } from '../plan/labels';
import { planAssessmentWorkbook } from '../plan/workbook-plan';

const ct = findLevelModel('ct-am');
const small: LevelModel = { ...ct, competencies: ct.competencies.slice(0, 3) };

describe('snapshotFromValues', () => {
  it('reads ratings and targets by header, in either language, as level numbers', () => {
    const snapshot = snapshotFromValues(
      small,
      {
        headers: ['Communication and listening', '姓名', '岗位', '成就导向', 'resilience', '加权得分'],
        rows: [
          ['资深', '张三', '客户经理', 'Senior', 2, 2.5],
          ['', '李四', '主管', '', '', ''],
          ['', '', '', '', '', ''],
          ['初级', '', '', '', '', ''],
        ],
      },
      {
        headers: ['岗位', '成就导向', '抗挫能力', '沟通倾听能力'],
        rows: [
          ['客户经理', '高级', '', 'L2'],
          ['主管', 4, '资深', ''],
        ],
      },
      'en-US',
    );
    expect(snapshot).toEqual({
      modelId: 'ct-am',
      modelVersion: '1',
      modelName: 'China Telecom enterprise-customer account manager competency model',
      scaleLabels: ['Junior', 'Intermediate', 'Senior', 'Expert'],
      competencies: [
        { id: 'achievement-orientation', name: 'Achievement orientation' },
        { id: 'resilience', name: 'Resilience' },
        { id: 'communication-and-listening', name: 'Communication and listening' },
      ],
      people: [
        { name: '张三', role: '客户经理', levels: [3, 2, 4], targets: [3, null, 2] },
        { name: '李四', role: '主管', levels: [null, null, null], targets: [4, 4, null] },
        { name: '', role: '', levels: [null, null, 1], targets: [null, null, null] },
      ],
    });
  });

  it('takes the model’s roles when there is no Targets table, and leaves unknown ratings unrated', () => {
    const withRoles: LevelModel = { ...small, roles: [{ id: 'am', name: { zh: '客户经理', en: 'Account manager' }, targets: { resilience: 'L3' } }] };
    const snapshot = snapshotFromValues(withRoles, { headers: ['Person', 'Role', 'Resilience'], rows: [['Ann', 'Account manager', '专家'], ['Bob', 'am', '中级']] }, null, 'zh-CN');
    expect(snapshot.people.map((p) => [p.levels, p.targets])).toEqual([
      [[null, null, null], [null, 3, null]],
      [[null, 2, null], [null, 3, null]],
    ]);
    expect(snapshot.scaleLabels).toEqual(['初级', '中级', '高级', '资深']);
  });

  it('accepts level numbers and ids, and refuses numbers off the scale', () => {
    expect([cellLevel(ct.scale, 2), cellLevel(ct.scale, '3'), cellLevel(ct.scale, 'L4'), cellLevel(ct.scale, 5), cellLevel(ct.scale, 2.5), cellLevel(ct.scale, true)]).toEqual([2, 3, 4, null, null, null]);
  });

  it('reads back a workbook built from the plan the same way the profile formulas do', () => {
    const plan = planAssessmentWorkbook(small, [{ name: '张三', role: '客户经理' }, { name: '李四', role: '主管' }], 'zh-CN');
    const wb = applyPlanToHyperFormula(plan, 'zh-CN');
    wb.setTableValue(ASSESSMENT_TABLE, '成就导向', 0, '高级');
    wb.setTableValue(ASSESSMENT_TABLE, '沟通倾听能力', 1, 'Junior');
    wb.set('目标级别', 'B4', '资深');
    const snapshot = snapshotFromValues(small, wb.tableValues(ASSESSMENT_TABLE), wb.tableValues(TARGETS_TABLE), 'zh-CN');
    expect(snapshot.people).toEqual([
      { name: '张三', role: '客户经理', levels: [3, null, null], targets: [4, null, null], key: 'P0001' },
      { name: '李四', role: '主管', levels: [null, null, 1], targets: [null, null, null], key: 'P0002' },
    ]);
    expect([wb.value('评估', 'C4'), wb.value('评估', 'C5')]).toEqual([3, 4]);
    wb.destroy();
  });
});
