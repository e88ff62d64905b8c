import { builtInModelList } from '../core/model/registry';
import type { LevelModel } from '../core/model/types';
import { CustomFunctionsError, excelOutcome, installCustomFunctions } from '../../test/helpers/custom-functions';

installCustomFunctions();

/**
 * A fresh copy of the functions module and its runtime: each test starts with the workbook's
 * models unknown and the built-in models' data not yet loaded (the default one on its way).
 */
function fresh() {
  let modules!: { functions: typeof import('./functions'); runtime: typeof import('./runtime'); builtIn: typeof import('../core/model/built-in') };
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- jest.isolateModules loads modules synchronously
    modules = { functions: require('./functions'), runtime: require('./runtime'), builtIn: require('../core/model/built-in') };
  });
  return modules;
}

/** The same once the built-in models' data is there (the usual case a moment after the page started). */
async function load() {
  const modules = fresh();
  await modules.builtIn.loadBuiltInModels();
  return modules;
}

const ctAm = builtInModelList().find((m) => m.id === 'ct-am') as LevelModel;
const ours: LevelModel = { ...ctAm, id: 'ours', scale: { ...ctAm.scale, id: 'ours-scale' } };

describe('the custom functions and the runtime model source', () => {
  it('compute built-in models at once, before the workbook models are known', async () => {
    const { functions } = await load();
    expect(functions.competencyLevel([[80]], [['ct-am']])).toEqual([['高级']].map((r) => r.map(() => expect.any(String))));
  });

  it("wait for the workbook's models when a formula names one of them, then compute with it", async () => {
    const { functions, runtime } = await load();
    const pending = functions.levelNumber([['高级']], [['ours']]);
    expect(pending).toBeInstanceOf(Promise);
    runtime.functionsModels().setWorkbookModels([ours]);
    expect(await pending).toEqual([[3]]);
  });

  it('say #N/A for a name that is not among the models once they are known', async () => {
    const { functions, runtime } = await load();
    const pending = excelOutcome(() => functions.levelNumber([['高级']], [['missing']]));
    runtime.functionsModels().setWorkbookModels([]);
    const outcome = (await pending) as CustomFunctionsError;
    expect(outcome).toBeInstanceOf(CustomFunctionsError);
    expect(outcome.code).toBe('#N/A');
    expect(outcome.message).toContain('没有量表或模型"missing"');
    // Known by now: answers at once, the error in the one cell.
    const [[atOnce]] = functions.levelNumber([['高级']], [['missing']]) as [[CustomFunctionsError]];
    expect(atOnce).toMatchObject({ code: '#N/A', message: outcome.message });
  });
});

describe('the custom functions while a built-in model’s data is on its way', () => {
  it('wait for it and then compute, never answering that the model is unknown', async () => {
    const { functions, runtime } = fresh();
    runtime.functionsModels().setWorkbookModels([]);
    const level = functions.levelNumber([['发展级']], [['cm-gcam']]);
    expect(level).toBeInstanceOf(Promise);
    const points = excelOutcome(() => functions.pointsTotal([Array.from({ length: 20 }, () => 0)], 3));
    // DESCRIPTOR's one-cell fast path (models known, plain arguments) waits too.
    const descriptor = functions.competencyDescriptor('抗挫能力', '初级', 'ct-am');
    expect(descriptor).toBeInstanceOf(Promise);
    expect(await level).toEqual([[2]]);
    // What waiting gives is what the loaded model gives.
    expect(await descriptor).toEqual(functions.competencyDescriptor('抗挫能力', '初级', 'ct-am'));
    expect(await descriptor).toEqual([[expect.stringContaining('\n')]]);
    expect(await points).toEqual([[expect.any(Number)]]);
    expect(await points).toEqual(functions.pointsTotal([Array.from({ length: 20 }, () => 0)], 3));
    // Once there, at once.
    expect(functions.levelNumber([['发展级']], [['cm-gcam']])).toEqual([[2]]);
  });

  it('say #N/A naming the model when its data could not be loaded, rather than waiting for ever', async () => {
    let modules!: { functions: typeof import('./functions'); runtime: typeof import('./runtime') };
    jest.isolateModules(() => {
      jest.doMock('../models/cm-account-manager.json', () => {
        throw new Error('the connection dropped');
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- jest.isolateModules loads modules synchronously
      modules = { functions: require('./functions'), runtime: require('./runtime') };
    });
    modules.runtime.functionsModels().setWorkbookModels([]);
    const outcome = (await excelOutcome(() => modules.functions.levelNumber([['发展级']], [['cm-gcam']]))) as CustomFunctionsError;
    expect(outcome).toMatchObject({ code: '#N/A', message: expect.stringContaining('未能加载') });
  });
});

describe('what Excel passes with errors and data types allowed in', () => {
  it('answers an error cell in a range per cell, saying which error it holds', async () => {
    const { functions } = await load();
    const [[level, error]] = functions.competencyLevel([[80, new CustomFunctionsError('#N/A')]]) as [[string, CustomFunctionsError]];
    expect(level).toBe('高级');
    expect(error).toMatchObject({ code: '#N/A', message: '第 1 行第 2 列的分数含有错误值 #N/A。' });
  });

  it("say what is wrong in Excel's display language: Chinese in zh-CN Excel, English in en-US", async () => {
    const { functions, runtime } = await load();
    runtime.setFunctionsLocale(() => 'zh-CN');
    const [[zhText, zhBoolean]] = functions.competencyLevel([['abc', true]]) as [[CustomFunctionsError, CustomFunctionsError]];
    expect(zhText).toMatchObject({ code: '#VALUE!', message: '第 1 行第 1 列的分数是文本 "abc",此处应为数字。' });
    expect(zhBoolean.message).toBe('第 1 行第 2 列的分数为 TRUE,此处应为数字。');
    expect(await excelOutcome(() => functions.competencyGap([['初级']], [[true]]))).toMatchObject({ message: '目标级别为 TRUE,不是名称或级别。' });
    const unknownLevel = await excelOutcome(() => functions.competencyDescriptor('抗挫能力', '大师'));
    expect(unknownLevel).toMatchObject({
      code: '#N/A',
      message: '"大师"不是量表"能力素质项级别"的级别;其级别为:初级、中级、高级、资深。',
    });
    runtime.setFunctionsLocale(() => 'en-US');
    expect(await excelOutcome(() => functions.competencyLevel([['abc']]))).toMatchObject({ code: '#VALUE!', message: 'The score is the text "abc"; a number belongs here.' });
    expect(await excelOutcome(() => functions.competencyGap([['初级']], [[true]]))).toMatchObject({ message: 'The target level is TRUE, not a name or level.' });
    expect(await excelOutcome(() => functions.weightedScore([[1, 2]], [[1, -1]]))).toMatchObject({ message: 'Weight 2 is negative (-1); weights must be 0 or more.' });
  });

  it('quote a 100,000-character input cut to its start, saying its length in the language of the message', async () => {
    const { functions, runtime } = await load();
    const long = 'x'.repeat(100_000);
    const start = 'x'.repeat(60);
    runtime.setFunctionsLocale(() => 'zh-CN');
    const zhDescriptor = (await excelOutcome(() => functions.competencyDescriptor(long, 2))) as CustomFunctionsError;
    expect(zhDescriptor.message).toContain(`"${start}…（共 100,000 个字符）"`);
    expect(zhDescriptor.message).not.toMatch(/characters/);
    const zhScore = (await excelOutcome(() => functions.competencyLevel([[long]]))) as CustomFunctionsError;
    expect(zhScore.message).toBe(`分数是文本 "${start}…"（共 100,000 个字符）,此处应为数字。`);
    runtime.setFunctionsLocale(() => 'en-US');
    const enDescriptor = (await excelOutcome(() => functions.competencyDescriptor(long, 2))) as CustomFunctionsError;
    expect(enDescriptor.message).toContain(`"${start}… (100,000 characters)"`);
    const enScore = (await excelOutcome(() => functions.competencyLevel([[long]]))) as CustomFunctionsError;
    expect(enScore.message).toBe(`The score is the text "${start}…" (100,000 characters); a number belongs here.`);
  });

  it('reads data types (formatted numbers, entities) by their basic value', async () => {
    const { functions } = await load();
    const formatted = { type: 'Double', basicValue: 92.5, numberFormat: '0.0' };
    const entity = { type: 'Entity', text: '高级', basicValue: '高级', properties: {} };
    expect(functions.competencyLevel([[formatted]])).toEqual([['资深']]);
    expect(functions.levelNumber([[entity]])).toEqual([[3]]);
    const [[odd]] = functions.levelNumber([[{ type: 'Entity', text: 'x', properties: {} }, 1]]) as [[unknown]];
    expect(odd).toBe('');
    const [[, nested]] = functions.competencyLevel([[1, { type: 'Entity', basicValue: { a: 1 } }]]) as [[string, CustomFunctionsError]];
    expect(nested).toMatchObject({ code: '#VALUE!', message: '第 1 行第 2 列的分数含有数据类型"Entity",不是数字或文本。' });
  });
});
