import { findLevelModel } from '../model/registry';
import { levelGap, personGaps, teamSummary } from './gap';

const scale = findLevelModel('ct-am').scale;

describe('levelGap', () => {
  it('is target minus actual, from labels, ids or numbers', () => {
    expect(levelGap(scale, '初级', '高级')).toBe(2);
    expect(levelGap(scale, 'L3', 1)).toBe(-2);
  });
});

describe('personGaps', () => {
  it('lists the gaps largest first (model order on ties), and what is not rated or has no target', () => {
    const person = { levels: [1, 2, null, 3, 1.7], targets: [3, 2, 3, null, 3] };
    expect(personGaps(person, 5)).toEqual({
      gaps: [
        { index: 0, gap: 2, actual: 1, target: 3 },
        { index: 4, gap: 1.3, actual: 1.7, target: 3 },
      ],
      notRated: [2],
      noTarget: [3],
      status: 'below',
    });
  });

  it.each([
    ['not assessed when nothing is rated', { levels: [null, null], targets: [2, 2] }, 'not-assessed'],
    ['on target when every compared rating meets its target', { levels: [3, 2], targets: [2, 2] }, 'on-target'],
    ['without targets when nothing rated has one', { levels: [3, null], targets: [null, 2] }, 'no-targets'],
  ] as const)('is %s', (_, person, status) => {
    expect(personGaps(person, 2).status).toBe(status);
  });
});

describe('teamSummary', () => {
  it('averages each competency over the people rated (or with a target) on it, and counts the statuses', () => {
    const people = [
      { levels: [1, null], targets: [2, null] },
      { levels: [2, null], targets: [3, null] },
      { levels: [2, null], targets: [null, null] },
    ];
    expect(teamSummary(people, 2, ['below', 'below', 'no-targets'])).toEqual({
      averageLevels: [1.67, null],
      averageTargets: [2.5, null],
      counts: { 'not-assessed': 0, below: 2, 'on-target': 0, 'no-targets': 1 },
    });
  });
});
