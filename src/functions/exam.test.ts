import fc from 'fast-check';
import { CompetencyError } from '../core/errors';
import { builtInModelList } from '../core/model/built-in';
import { modelCatalogue } from '../core/model/catalogue';
import type { LevelModel } from '../core/model/types';
import type { Out } from './cells';
import * as impl from './impl';

/** Cell values with errors as "#kind: message". */
function show(result: Out[][]): unknown[][] {
  return result.map((row) => row.map((cell) => (cell instanceof CompetencyError ? `#${cell.kind}: ${cell.message}` : cell)));
}

const ctAm = builtInModelList().find((m) => m.id === 'ct-am') as LevelModel;
const examName = ctAm.competencies.find((c) => c.assessment === 'exam')!.name;
const behaviourName = ctAm.competencies.find((c) => c.assessment !== 'exam')!.name;

describe('LEVEL.NUMBER of a competency assessed by exam (seed 003 items 9 and 10)', () => {
  it('reads a 0-100 score as the level its band gives, on the bounds too, and a label as its level', () => {
    // ct-am bands: 0 初级, 60 中级, 75 高级, 90 资深.
    const cells = [[0, 59.5, 60, 74.99999999999999, 75, 82, 90, 100, '82', '高级', null]];
    expect(show(impl.levelNumbers(cells, 'ct-am', examName.zh))).toEqual([[1, 1, 2, 3, 3, 3, 4, 4, 3, 3, '']]);
    expect(show(impl.levelNumbers(cells, 'ct-am', examName.en!))).toEqual(show(impl.levelNumbers(cells, 'ct-am', examName.zh)));
  });

  it('refuses a score outside 0 to 100 with #NUM! naming the range', () => {
    const [[low, high]] = show(impl.levelNumbers([[-1, 101]], 'ct-am', examName.zh)) as string[][];
    expect(low).toMatch(/^#number: .*0 to 100/);
    expect(high).toMatch(/^#number: .*0 to 100/);
  });

  it('keeps the level reading for behaviour competencies, column by column', () => {
    const row = [['高级', 3, 82]];
    const headings = [[behaviourName.zh, behaviourName.zh, examName.zh]];
    expect(show(impl.levelNumbers(row, 'ct-am', headings))).toEqual([[3, 3, 3]]);
    const [[, , asLevel]] = show(impl.levelNumbers(row, 'ct-am', [[behaviourName.zh, behaviourName.zh, behaviourName.zh]])) as string[][];
    expect(asLevel).toMatch(/^#number: 82 is not a level number/);
    // Without the competency argument a number is a level number, as before.
    expect(show(impl.levelNumbers([[3]], 'ct-am'))).toEqual([[3]]);
  });

  it('names a heading that is no competency of the model, and a shape that matches no column', () => {
    expect(show(impl.levelNumbers([[82]], 'ct-am', 'Typing speed'))[0][0]).toMatch(/^#notAvailable: "Typing speed" names no competency of model ct-am/);
    expect(show(impl.levelNumbers([[82, 3]], 'ct-am', [[examName.zh, behaviourName.zh, behaviourName.zh]]))[0][0]).toMatch(/^#value: The competency is a 1×3 range/);
    expect(show(impl.levelNumbers([[82]], 'hw-sm', examName.zh))[0][0]).toMatch(/^#notAvailable: .*points model/);
  });

  it('says so when the model has no score bands', () => {
    const noBands: LevelModel = { ...ctAm, id: 'no-bands', scale: { ...ctAm.scale, id: 'no-bands-scale', scoreBands: undefined } };
    const models = modelCatalogue([noBands]);
    expect(show(impl.levelNumbers([[82]], 'no-bands', examName.zh, models))[0][0]).toMatch(/^#notAvailable: .*no score bands/);
  });

  it('gives the level COMPETENCY.LEVEL names for every score in range', () => {
    const numbers = new Map(ctAm.scale.levels.map((l, i) => [l.label.zh, i + 1]));
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (score) => {
        const [[label]] = impl.competencyLevel(score, 'ct-am', 'zh-CN');
        const [[level]] = impl.levelNumbers(score, 'ct-am', examName.zh);
        return level === numbers.get(label as string);
      }),
    );
  });
});
