import { builtInModelList } from '../core/model/registry';
import type { LevelModel } from '../core/model/types';
import { CustomFunctionsError, excelOutcome, installCustomFunctions } from '../../test/helpers/custom-functions';

installCustomFunctions();

/** A fresh copy of the functions module and its runtime: each test starts with the workbook's models unknown. */
function load() {
  let modules!: { functions: typeof import('./functions'); runtime: typeof import('./runtime') };
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- jest.isolateModules loads modules synchronously
    modules = { functions: require('./functions'), runtime: require('./runtime') };
  });
  return modules;
}

const ctAm = builtInModelList().find((m) => m.id === 'ct-am') as LevelModel;
const ours: LevelModel = { ...ctAm, id: 'ours', scale: { ...ctAm.scale, id: 'ours-scale' } };

describe('the custom functions and the runtime model source', () => {
  it('compute built-in models at once, before the workbook models are known', () => {
    const { functions } = load();
    expect(functions.competencyLevel([[80]], [['ct-am']])).toEqual([['高级']].map((r) => r.map(() => expect.any(String))));
  });

  it("wait for the workbook's models when a formula names one of them, then compute with it", async () => {
    const { functions, runtime } = load();
    const pending = functions.levelNumber([['高级']], [['ours']]);
    expect(pending).toBeInstanceOf(Promise);
    runtime.functionsModels().setWorkbookModels([ours]);
    expect(await pending).toEqual([[3]]);
  });

  it('say #N/A for a name that is not among the models once they are known', async () => {
    const { functions, runtime } = load();
    const pending = excelOutcome(() => functions.levelNumber([['高级']], [['missing']]));
    runtime.functionsModels().setWorkbookModels([]);
    const outcome = (await pending) as CustomFunctionsError;
    expect(outcome).toBeInstanceOf(CustomFunctionsError);
    expect(outcome.code).toBe('#N/A');
    expect(outcome.message).toContain('unknown scale or model "missing"');
    // Known by now: answers at once.
    expect(() => functions.levelNumber([['高级']], [['missing']])).toThrow(CustomFunctionsError);
  });
});

describe('what Excel passes with errors and data types allowed in', () => {
  it('answers an error cell in a range per cell, saying which error it holds', () => {
    const { functions } = load();
    const [[level, error]] = functions.competencyLevel([[80, new CustomFunctionsError('#N/A')]]) as [[string, CustomFunctionsError]];
    expect(level).toBe('高级');
    expect(error).toMatchObject({ code: '#N/A', message: 'score row 1, column 2 holds the error #N/A' });
  });

  it('reads data types (formatted numbers, entities) by their basic value', () => {
    const { functions } = load();
    const formatted = { type: 'Double', basicValue: 92.5, numberFormat: '0.0' };
    const entity = { type: 'Entity', text: '高级', basicValue: '高级', properties: {} };
    expect(functions.competencyLevel([[formatted]])).toEqual([['资深']]);
    expect(functions.levelNumber([[entity]])).toEqual([[3]]);
    const [[odd]] = functions.levelNumber([[{ type: 'Entity', text: 'x', properties: {} }, 1]]) as [[unknown]];
    expect(odd).toBe('');
    const [[, nested]] = functions.competencyLevel([[1, { type: 'Entity', basicValue: { a: 1 } }]]) as [[string, CustomFunctionsError]];
    expect(nested).toMatchObject({ code: '#VALUE!', message: expect.stringContaining('holds the data type "Entity", not a number or text') });
  });
});
