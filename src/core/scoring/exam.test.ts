import { builtInModelList } from '../model/built-in';
import type { LevelModel } from '../model/types';
import { examScoreBounds, examScoreEntry } from './exam';

const ct = builtInModelList().find((m) => m.id === 'ct-am') as LevelModel;

describe('an exam score typed in the pane', () => {
  it('gives the level of the band it reaches, bounds included', () => {
    expect(['0', '59.9', '60', '74,5', ' 75 ', '89.99', '90', '100'].map((typed) => examScoreEntry(ct.scale, typed))).toEqual([
      { score: 0, levelId: 'L1' },
      { score: 59.9, levelId: 'L1' },
      { score: 60, levelId: 'L2' },
      { score: 74.5, levelId: 'L2' },
      { score: 75, levelId: 'L3' },
      { score: 89.99, levelId: 'L3' },
      { score: 90, levelId: 'L4' },
      { score: 100, levelId: 'L4' },
    ]);
  });

  it('says why a typed text gives no level', () => {
    expect(['', '  ', 'abc', '1e999', '-1', '100.01'].map((typed) => examScoreEntry(ct.scale, typed))).toEqual([
      { problem: 'empty' },
      { problem: 'empty' },
      { problem: 'not-a-number' },
      { problem: 'not-a-number' },
      { problem: 'outside' },
      { problem: 'outside' },
    ]);
    expect(examScoreEntry({ ...ct.scale, scoreBands: [] }, '80')).toEqual({ problem: 'no-bands' });
  });

  it('lists the bands lowest first, with the level each starts', () => {
    expect(examScoreBounds(ct.scale).map((b) => [b.min, b.levelNumber, b.label.zh])).toEqual([
      [0, 1, '初级'],
      [60, 2, '中级'],
      [75, 3, '高级'],
      [90, 4, '资深'],
    ]);
  });
});
