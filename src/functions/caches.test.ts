import { builtInModelList } from '../core/model/registry';
import type { LevelModel } from '../core/model/types';
import { CustomFunctionsError, excelOutcome, installCustomFunctions } from '../../test/helpers/custom-functions';
import * as functions from './functions';
import { functionsModels, setFunctionsLocale } from './runtime';

/**
 * The functions remember look-ups per model object (bands, level numbers, descriptor texts, error
 * values) so whole columns stay fast. What a user sees must not change: a model re-imported under
 * the same id answers with its new content at once, and every bad cell keeps its own message.
 */
installCustomFunctions();
setFunctionsLocale(() => 'en-US');

const ctAm = builtInModelList().find((m) => m.id === 'ct-am') as LevelModel;
/** The workbook's own model "ours" at some version: bands, level labels and one descriptor of its own. */
function ours(version: { bands: number[]; labels: string[]; summary: string }): LevelModel {
  const levels = ctAm.scale.levels.map((level, i) => ({ ...level, label: { zh: version.labels[i], en: version.labels[i] } }));
  const scoreBands = version.bands.map((min, i) => ({ min, levelId: levels[i].id }));
  const competencies = ctAm.competencies.map((c, i) =>
    i === 0 ? { ...c, levels: c.levels.map((d) => ({ ...d, summary: { zh: version.summary, en: version.summary }, indicators: [], missing: false })) } : c,
  );
  return { ...ctAm, id: 'ours', competencies, scale: { ...ctAm.scale, id: 'ours-scale', levels, scoreBands } };
}
const first = ours({ bands: [0, 60, 75, 90], labels: ['D', 'C', 'B', 'A'], summary: 'first text' });
const reimported = ours({ bands: [0, 50, 70, 95], labels: ['Low', 'Mid', 'High', 'Top'], summary: 'second text' });
const competency = ctAm.competencies[0].id;

describe('remembered look-ups', () => {
  it('answer a model re-imported with the same id from its new bands, labels and texts, not the remembered ones', () => {
    functionsModels().setWorkbookModels([first]);
    const column = [[55], [72], [92], [null]];
    expect(functions.competencyLevel(column, [['ours']])).toEqual([['D'], ['C'], ['A'], ['']]);
    expect(functions.levelNumber([['B'], ['High']], [['ours']])).toEqual([[3], [expect.any(CustomFunctionsError)]]);
    expect(functions.competencyDescriptor(competency, 2, 'ours')).toEqual([['first text']]);

    functionsModels().setWorkbookModels([reimported]);
    expect(functions.competencyLevel(column, [['ours']])).toEqual([['Mid'], ['High'], ['High'], ['']]);
    expect(functions.levelNumber([['B'], ['High']], [['ours']])).toEqual([[expect.any(CustomFunctionsError)], [3]]);
    expect(functions.competencyGap([['Low']], [['Top']], [['ours']])).toEqual([[3]]);
    expect(functions.competencyDescriptor(competency, 2, 'ours')).toEqual([['second text']]);
    functionsModels().setWorkbookModels([]);
  });

  it('keep every bad cell its own message, and give a repeated bad label one error value with the same message', () => {
    const result = functions.competencyLevel([['abc'], ['abc'], [150]]) as CustomFunctionsError[][];
    expect(result.map(([e]) => e.message)).toEqual([
      'The score in row 1, column 1 is the text "abc"; a number belongs here.',
      'The score in row 2, column 1 is the text "abc"; a number belongs here.',
      '',
    ]);
    expect(result[2][0].code).toBe('#NUM!');
    const [[one], [two]] = functions.levelNumber([['大师'], ['大师']]) as CustomFunctionsError[][];
    expect(one).toBe(two);
    expect(one).toMatchObject({ code: '#N/A', message: expect.stringContaining('"大师" is not a level of') });
  });

  it('throw the same remembered error for a repeated one-cell formula, and leave the stack limit as it was', () => {
    const limit = Error.stackTraceLimit;
    const outcomes = [1, 2].map(() => excelOutcome(() => functions.competencyDescriptor(competency, 7, null)));
    return Promise.all(outcomes).then(([a, b]) => {
      expect(a).toBeInstanceOf(CustomFunctionsError);
      expect(a).toBe(b);
      expect((a as CustomFunctionsError).code).toBe('#NUM!');
      expect(Error.stackTraceLimit).toBe(limit);
    });
  });

  it('give each display language its own message for the same remembered error, switching back and forth', async () => {
    const messages = async () => {
      const [[label]] = functions.levelNumber([['大师'], ['大师']]) as CustomFunctionsError[][];
      const descriptor = (await excelOutcome(() => functions.competencyDescriptor(competency, 'nonsense', null))) as CustomFunctionsError;
      return [label.message, descriptor.message];
    };
    try {
      const english = await messages();
      setFunctionsLocale(() => 'zh-CN');
      const chinese = await messages();
      setFunctionsLocale(() => 'en-US');
      const englishAgain = await messages();
      expect(english[0]).toMatch(/^"大师" is not a level of /);
      expect(english[1]).toMatch(/^"nonsense" is not a level of /);
      expect(chinese[0]).toMatch(/^"大师"不是.*的级别/);
      expect(chinese[1]).toMatch(/^"nonsense"不是.*的级别/);
      for (const message of english) expect(message.replace(/"[^"]*"/g, '')).not.toMatch(/[\u3400-\u9fff]/u);
      expect(englishAgain).toEqual(english);
    } finally {
      setFunctionsLocale(() => 'en-US');
    }
  });

  it('answer a remembered DESCRIPTOR call as the same call with its arguments as one-cell ranges', async () => {
    const calls: [unknown, unknown, unknown][] = [
      ['抗挫能力', 2, null],
      ['  抗挫能力 ', '高级', null],
      ['Resilience', 'Level 2', 'ct-am'],
      ['抗挫能力', 5, null],
      ['抗挫能力', '', null],
      ['', 1, null],
      ['nonsense', 1, null],
      ['抗挫能力', 1, 'no-such-model'],
      [42, 1, null],
    ];
    const outcome = (call: () => unknown) => excelOutcome(call).then((o) => (o instanceof CustomFunctionsError ? { code: o.code, message: o.message } : o));
    for (const [competency, level, model] of calls) {
      const asRanges = await outcome(() => functions.competencyDescriptor([[competency]], [[level]], [[model]]));
      expect([competency, level, await outcome(() => functions.competencyDescriptor(competency, level, model))]).toEqual([competency, level, asRanges]);
      expect([competency, level, await outcome(() => functions.competencyDescriptor(competency, level, model))]).toEqual([competency, level, asRanges]);
    }
  });

  it('answer points above a maximum with the same message every time, naming the level asked for', async () => {
    const points = [[5, 5, 5, 5, 5, 5, 5, 5, 0, 0, 10, 5, 5, 5, 0, 5, 10, 10, 7, 3]];
    const messages = await Promise.all([4, 4, 3].map(async (level) => ((await excelOutcome(() => functions.pointsTotal(points, level))) as { message?: string }).message ?? 'no error'));
    expect(messages[0]).toMatch(/^Element 11 \(.*\) has 10 points, above its maximum of 4 at Level 4\.$/);
    expect(messages[1]).toBe(messages[0]);
    expect(messages[2]).toBe('no error');
  });
});
