import fs from 'fs';
import path from 'path';
import { BUILT_IN_MODELS } from '../core/model/built-in';
import { builtInModelList, builtInScaleList, findLevelModel, findPointsModel, findScale } from '../core/model/registry';
import type { LevelModel, LocalText } from '../core/model/types';
import { validateModel, validateScale } from '../core/model/validate';
import ct from './ct-account-manager.json';

/** The built-in models held to their seed documents (copied into test/fixtures/seeds). */
const seeds = path.join(__dirname, '..', '..', 'test', 'fixtures', 'seeds');
const seed = (file: string) => fs.readFileSync(path.join(seeds, file), 'utf8').replace(/\s+/g, '');
const inSource = (text: string, source: string) => source.includes(text.replace(/\s+/g, ''));

function texts(model: LevelModel): LocalText[] {
  return model.competencies.flatMap((c) => [c.name, ...c.levels.flatMap((l) => [...l.indicators, ...(l.summary ? [l.summary] : [])])]);
}

describe('built-in models', () => {
  it('are listed before their data loads by what their files say (id, version, kind, both names, scale)', () => {
    expect(BUILT_IN_MODELS).toEqual(builtInModelList().map((m) => ({ id: m.id, version: m.version, kind: m.kind, name: m.name, scaleId: m.scale.id })));
  });

  it('are all valid against the schema (the add-in ships them without validating at run time)', () => {
    expect(builtInModelList().map((m) => m.id)).toEqual(['ct-am', 'cm-gcam', 'hw-sm']);
    for (const model of builtInModelList()) expect(validateModel(model)).toEqual({ ok: true, value: expect.anything() });
    expect(builtInScaleList().map((s) => s.id)).toContain('tier3');
    for (const scale of builtInScaleList()) expect(validateScale(scale)).toEqual({ ok: true, value: expect.anything() });
  });

  it('China Telecom (003): 18 competencies in 3 classes, levels 初级/中级/高级/资深, indicators verbatim from the source', () => {
    const model = findLevelModel('ct-am');
    expect(model.competencies).toHaveLength(18);
    expect(model.classes.map((c) => c.name.zh)).toEqual(['基本能力', '专业/技术能力', '职能行为能力']);
    expect(model.scale.levels.map((l) => l.label.zh)).toEqual(['初级', '中级', '高级', '资深']);
    const source = seed('003_c23bd8788fbd98b8.txt');
    for (const text of texts(model)) expect(inSource(text.zh!, source)).toBe(true);
    expect(model.competencies.reduce((n, c) => n + c.levels.reduce((m, l) => m + l.indicators.length, 0), 0)).toBe(54);
    // Resilience (抗挫能力) is the one competency the source gives in full.
    expect(model.competencies.find((c) => c.name.zh === '抗挫能力')!.levels.map((l) => l.indicators.length)).toEqual([3, 3, 4, 4]);
  });

  it('marks levels the source lacks as missing instead of inventing them', () => {
    const model = findLevelModel('ct-am');
    for (const competency of model.competencies)
      for (const level of competency.levels) if (level.missing) expect(level.indicators).toEqual([]);
    const knowledge = model.competencies.find((c) => c.name.zh === '通用基础知识')!;
    expect(knowledge.assessment).toBe('exam');
    expect(knowledge.levels.every((l) => l.missing)).toBe(true);
    // Every level has its English translation beside the Chinese.
    for (const text of texts(model)) expect(text.en && text.zh).toBeTruthy();
    expect(JSON.stringify(ct)).not.toContain('TODO');
  });

  it('China Mobile (000): 4 levels 胜任级/发展级/教练级/领导级, statements verbatim from the source', () => {
    const model = findLevelModel('cm-gcam');
    expect(model.scale.levels.map((l) => l.label.zh)).toEqual(['胜任级', '发展级', '教练级', '领导级']);
    expect(model.competencies).toHaveLength(7);
    const source = seed('000_1102cc96db1884c5.txt');
    for (const c of model.competencies) for (const l of c.levels) for (const i of l.indicators) expect(inSource(i.zh!, source)).toBe(true);
  });

  it('Huawei (004): 20 elements in 7 groups, 100 points at each of levels 3/4/5, exams 100 and 500 at 50 % each, 5 points per missing case', () => {
    const model = findPointsModel('hw-sm');
    expect(model.groups).toHaveLength(7);
    const elements = model.groups.flatMap((g) => g.elements);
    expect(elements).toHaveLength(20);
    for (const level of ['L3', 'L4', 'L5']) expect(elements.reduce((n, e) => n + e.maxPoints[level], 0)).toBe(100);
    expect(model.groups.map((g) => g.elements.reduce((n, e) => n + e.maxPoints.L3, 0))).toEqual([15, 15, 5, 5, 10, 20, 30]);
    expect(model.scale.levels.map((l) => l.label.zh)).toEqual(['三级', '四级', '五级']);
    expect(model.knowledge.exams.map((e) => [e.fullMarks, e.share])).toEqual([
      [100, 50],
      [500, 50],
    ]);
    expect(model.deductions).toEqual([expect.objectContaining({ requiredByLevel: { L3: 1, L4: 2, L5: 3 }, pointsEach: 5, windowMonths: 18 })]);
  });

  it('the 3-tier proficiency scale of seed 002', () => {
    expect(findScale('tier3').levels.map((l) => l.label.zh)).toEqual(['指导下运用', '独立运用', '能手级']);
  });
});

describe('validateModel', () => {
  const base = () => JSON.parse(JSON.stringify(ct));
  it('names the exact place of a shape error', () => {
    const model = base();
    model.competencies[3].levels[1].indicators[0] = { zh: '' };
    const result = validateModel(model);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].path).toBe('competencies[3].levels[1].indicators[0].zh');
  });
  it('names semantic errors: duplicate ids, unknown classes, levels out of order, falling bands', () => {
    const model = base();
    model.competencies[1].id = model.competencies[0].id;
    model.competencies[2].classId = 'nope';
    model.competencies[4].levels.reverse();
    model.scale.scoreBands[2].min = 10;
    const result = validateModel(model);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => i.path)).toEqual(['scale.scoreBands[2].min', 'competencies[1].id', 'competencies[2].classId', 'competencies[4].levels']);
  });
  it('checks points models add up at each level', () => {
    const hw = JSON.parse(JSON.stringify(findPointsModel('hw-sm')));
    hw.groups[0].elements[0].maxPoints.L4 = 6;
    const result = validateModel(hw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => ({ path: i.path, message: String(i.message) }))).toEqual([{ path: 'groups', message: 'The element maxima at level L4 add up to 101, not 100.' }]);
      expect(result.issues[0].message.in('zh-CN')).toBe('级别 L4 各要素最高分之和为 101,而不是 100。');
    }
  });
});
