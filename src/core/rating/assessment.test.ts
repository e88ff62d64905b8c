import { analyseHeaders } from './assessment';
import type { LevelModel } from '../model/types';

const t = (zh: string, en: string) => ({ zh, en });
const model: LevelModel = {
  kind: 'levels',
  id: 'm',
  version: '1',
  name: t('模型', 'Model'),
  scale: { id: 's', name: t('量表', 'Scale'), levels: [{ id: 'L1', label: t('初级', 'Junior') }, { id: 'L2', label: t('中级', 'Intermediate') }] },
  classes: [{ id: 'k', name: t('类', 'Class') }],
  competencies: [
    { id: 'achievement', classId: 'k', name: t('成就导向', 'Achievement orientation'), levels: [] },
    { id: 'resilience', classId: 'k', name: t('抗挫能力', 'Resilience'), levels: [] },
    { id: 'listening', classId: 'k', name: t('沟通倾听能力', 'Communication and listening'), levels: [] },
  ],
};

describe('analyseHeaders', () => {
  it('recognizes a hand-made table by competency names in either language, plus person and role columns', () => {
    const layout = analyseHeaders(['员工姓名', 'Role', '成就导向', 'resilience', '备注', '加权得分'], model);
    expect(layout.personColumn).toBe(0);
    expect(layout.roleColumn).toBe(1);
    expect(layout.ratingColumns.map((c) => [c.index, c.competencyId])).toEqual([
      [2, 'achievement'],
      [3, 'resilience'],
    ]);
    expect(layout.unmatched).toEqual([{ index: 4, header: '备注' }]);
    expect(layout.unrated).toEqual(['listening']);
  });
  it('applies the user mapping for headers that do not match, including "not a rating column"', () => {
    const layout = analyseHeaders(['Name', '沟通', '备注'], model, { 沟通: 'listening', 备注: null });
    expect(layout.ratingColumns).toEqual([{ index: 1, header: '沟通', competencyId: 'listening', mapped: true }]);
    expect(layout.unmatched).toEqual([]);
  });
  it('rates each competency in one column only', () => {
    const layout = analyseHeaders(['成就导向', 'Achievement orientation'], model);
    expect(layout.ratingColumns).toHaveLength(1);
    expect(layout.unmatched).toEqual([{ index: 1, header: 'Achievement orientation' }]);
  });
});
