import {
  archivedModelSheetName,
  describeVersionDifference,
  modelChanged,
  modelFingerprint,
  modelVersionTag,
  nextVersion,
  parseModelVersionTag,
  planModelImport,
  reviseModel,
} from './model-version';
import { builtInModelList, findLevelModel, findPointsModel } from './registry';
import type { LevelModel, PointsModel } from './types';

const ct = findLevelModel('ct-am');
const hw = findPointsModel('hw-sm');
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('model fingerprint', () => {
  it('is the same for the same content, whatever the key order or version', () => {
    const reordered = Object.fromEntries(Object.entries(copy(ct)).reverse()) as unknown as LevelModel;
    expect(modelFingerprint(reordered)).toBe(modelFingerprint(ct));
    expect(modelFingerprint({ ...ct, version: '7' })).toBe(modelFingerprint(ct));
    expect(modelFingerprint(ct)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes when one indicator, a weight or a level label changes', () => {
    const edited = copy(ct);
    edited.competencies[1].levels[0].indicators[0].zh += '。';
    expect(modelChanged(ct, edited)).toBe(true);
    const weighted = copy(ct);
    weighted.competencies[0].weight = 2;
    expect(modelFingerprint(weighted)).not.toBe(modelFingerprint(ct));
    const relabelled = copy(ct);
    relabelled.scale.levels[3].label.en = 'Master';
    expect(modelChanged(ct, relabelled)).toBe(true);
    expect(new Set([ct, hw, findLevelModel('cm-gcam')].map(modelFingerprint)).size).toBe(3);
  });
});

describe('versions', () => {
  it('bumps the trailing number of a changed model and keeps an unchanged one', () => {
    expect(nextVersion('1', false)).toBe('1');
    expect(nextVersion('1', true)).toBe('2');
    expect(nextVersion('2024.3', true)).toBe('2024.4');
    expect(nextVersion('v09', true)).toBe('v10');
    expect(nextVersion('draft', true)).toBe('draft-2');
  });

  it('revises an edited model: new version only when its content changed; a version HR typed is kept', () => {
    expect(reviseModel(ct, copy(ct))).toEqual({ model: ct, changed: false });
    const edited = copy(ct);
    edited.competencies[0].name.zh = '成就动机';
    expect(reviseModel(ct, edited)).toEqual({ model: { ...edited, version: '2' }, changed: true });
    expect(reviseModel(ct, { ...edited, version: '2025-01' }).model.version).toBe('2025-01');
    // A version never goes back: an older file edited again gets the next version, not its own.
    expect(reviseModel({ ...ct, version: '2' }, { ...edited, version: '1' }).model.version).toBe('3');
    expect(reviseModel({ ...ct, version: 'v9' }, { ...edited, version: 'v10' }).model.version).toBe('v10');
    // Typing a new version without changing anything does not make a new version.
    expect(reviseModel(ct, { ...copy(ct), version: '9' }).model.version).toBe('1');
  });

  it('tags an assessment with the model it was made with and names the sheet that keeps an old version', () => {
    expect(modelVersionTag(ct)).toBe('ct-am@1');
    expect(parseModelVersionTag('ct-am@1')).toEqual({ modelId: 'ct-am', version: '1' });
    expect(parseModelVersionTag('no tag')).toBeNull();
    expect(archivedModelSheetName(ct, 'zh-CN')).toBe('模型 ct-am@1');
    expect(archivedModelSheetName({ id: 'a-very-long-model-identifier', version: '2024/12:3' }, 'en-US')).toBe('Model a-very-long-mod@2024_12_3');
    expect(archivedModelSheetName({ id: 'm', version: '2024/12' }, 'en-US')).toBe('Model m@2024_12');
  });
});

describe('describeVersionDifference', () => {
  it('lists added, removed and renamed competencies and changed levels, in both languages', () => {
    const next = copy(ct);
    next.version = '2';
    next.competencies = next.competencies.filter((c) => c.id !== 'execution');
    next.competencies[1].name = { zh: '抗压能力', en: 'Stress tolerance' };
    next.competencies[1].levels[2].indicators.push({ zh: '新指标', en: 'New indicator' });
    next.competencies[1].levels[3].indicators.shift();
    next.competencies[0].weight = 2;
    next.competencies.push({ ...copy(ct.competencies[0]), id: 'negotiation', name: { zh: '谈判能力', en: 'Negotiation' } });
    const changes = describeVersionDifference(ct, next);
    expect(changes.map((c) => [c.kind, c.subject])).toEqual([
      ['removed', 'execution'],
      ['weight', 'achievement-orientation'],
      ['renamed', 'resilience'],
      ['level', 'resilience'],
      ['level', 'resilience'],
      ['added', 'negotiation'],
    ]);
    expect(changes[0].text).toEqual({ zh: '删除能力素质项：执行能力', en: 'removed competency: Execution' });
    expect(changes[2].text.en).toBe('Resilience renamed Stress tolerance');
    expect(changes[3]).toMatchObject({ levelId: 'L3', text: { zh: '抗压能力 · 高级：新增 1 条行为指标', en: 'Stress tolerance · Senior: 1 indicator(s) added' } });
    expect(changes[4].text.en).toBe('Stress tolerance · Expert: 1 indicator(s) removed');
  });

  it('says when a level is now marked missing, a class or level label is renamed, and nothing for the same model', () => {
    expect(describeVersionDifference(ct, copy(ct))).toEqual([]);
    const next = copy(ct);
    next.competencies[1].levels[0] = { levelId: 'L1', indicators: [], missing: true };
    next.classes[0].name.zh = '基础能力';
    next.scale.levels[0].label.zh = '入门';
    const texts = describeVersionDifference(ct, next).map((c) => c.text.zh);
    expect(texts).toEqual(['级别 初级 改名为 入门', '类别 基本能力 改名为 基础能力', '抗挫能力 · 入门：级别概述已修改，删除 3 条行为指标，标为源文件缺失']);
  });

  it('reports points-model changes: element maxima per level and exams', () => {
    const next: PointsModel = copy(hw);
    next.groups[0].elements[0].maxPoints.L4 = 6;
    next.groups[0].elements[1].maxPoints.L4 = 4;
    next.knowledge.exams[1].fullMarks = 400;
    const changes = describeVersionDifference(hw, next);
    expect(changes.map((c) => c.kind)).toEqual(['points', 'points', 'knowledge']);
    expect(changes[0].text.en).toMatch(/· Level 4 maximum 5 → 6$/);
  });

  it('refuses to compare two different models beyond saying so', () => {
    expect(describeVersionDifference(ct, hw)).toEqual([{ kind: 'model', text: { zh: '不同的模型：ct-am → hw-sm', en: 'a different model: ct-am → hw-sm' } }]);
  });
});

describe('planModelImport', () => {
  const edited = () => {
    const next = copy(ct);
    next.competencies = next.competencies.filter((c) => c.id !== 'execution');
    return next;
  };

  it('revises a changed model of the built-in id: next version, the changes, and asks first', () => {
    const plan = planModelImport(edited(), undefined, builtInModelList());
    expect(plan).toMatchObject({ previous: ct, changed: true, replaces: ct, model: { id: 'ct-am', version: '2' } });
    expect(plan.changes.map((c) => c.text.en)).toEqual(['removed competency: Execution']);
  });

  it("revises the workbook's own model before the built-in of its id", () => {
    const own = { ...edited(), version: '2' };
    const again = edited();
    again.competencies[0].weight = 3;
    const plan = planModelImport(again, own, builtInModelList());
    expect(plan).toMatchObject({ previous: own, replaces: own, model: { version: '3' } });
    expect(plan.changes.map((c) => c.kind)).toEqual(['weight']);
  });

  it('keeps the version of an unchanged model and asks nothing; a model new to the workbook asks nothing either', () => {
    expect(planModelImport({ ...copy(ct), version: '9' }, undefined, builtInModelList())).toMatchObject({ changed: false, replaces: null, changes: [], model: { version: '1' } });
    const fresh = { ...copy(ct), id: 'our-model' };
    expect(planModelImport(fresh, undefined, builtInModelList())).toMatchObject({ previous: null, replaces: null, model: fresh });
  });

  it("asks before another model takes the place of the workbook's own", () => {
    const own = { ...copy(ct), id: 'our-model' };
    expect(planModelImport(copy(ct), own, builtInModelList())).toMatchObject({ changed: false, replaces: own });
    expect(planModelImport(copy(hw), own, builtInModelList()).replaces).toBe(own);
  });
});
