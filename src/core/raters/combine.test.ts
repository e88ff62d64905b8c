import { CompetencyError } from '../errors';
import { combineRatings, roleLevel, type Rating } from './combine';
import { roleOfName } from './roles';
import { defineRound, roundProblems, DEFAULT_MINIMUMS, DEFAULT_WEIGHTS } from './round';
import { spreadByRole } from './spread';

const round = defineRound();
const rating = (role: Rating['role'], level: number, rater?: string): Rating => ({ role, level, rater });
const errorOf = (f: () => unknown): CompetencyError => {
  try {
    f();
  } catch (error) {
    return error as CompetencyError;
  }
  throw new Error('expected an error');
};

describe('a round definition', () => {
  it('defaults to self 10 %, manager 50 %, peers 20 %, reports 20 %, other 0 %, and minimums 1, 1, 3, 3, 3', () => {
    expect(round.roles.map((r) => [r.id, r.weight, r.minimum])).toEqual([
      ['self', 0.1, 1],
      ['manager', 0.5, 1],
      ['peer', 0.2, 3],
      ['report', 0.2, 3],
      ['other', 0, 3],
    ]);
    expect(DEFAULT_WEIGHTS.peer).toBe(0.2);
    expect(DEFAULT_MINIMUMS.report).toBe(3);
  });

  it('takes edited names, weights and minimums', () => {
    const edited = defineRound({ names: { peer: { zh: '协作方', en: 'Partners' } }, weights: { self: 0 }, minimums: { peer: 2 } });
    expect(edited.roles[2]).toEqual({ id: 'peer', name: { zh: '协作方', en: 'Partners' }, weight: 0.2, minimum: 2 });
    expect(edited.roles[0].weight).toBe(0);
  });

  it('refuses bad weights, minimums and names with one clear message each, in the user’s language', () => {
    expect(errorOf(() => defineRound({ weights: { peer: -1 } })).message).toBe('The weight of Peers must be a number of 0 or more, not -1.');
    expect(errorOf(() => defineRound({ weights: { peer: -1 } })).messageIn('zh-CN')).toBe('同事的权重必须是不小于 0 的数,而不是 -1。');
    expect(errorOf(() => defineRound({ minimums: { report: 2.5 } })).message).toContain('The minimum raters of Direct reports must be a whole number of 1 or more, not 2.5.');
    expect(errorOf(() => defineRound({ minimums: { self: 2 } })).message).toContain('is one person: its minimum must be 1');
    expect(errorOf(() => defineRound({ weights: { self: 0, manager: 0, peer: 0, report: 0 } })).messageIn('zh-CN')).toBe('至少一个角色的权重必须大于 0。');
    expect(errorOf(() => defineRound({ names: { other: { zh: '同事', en: 'Others' } } })).message).toContain('Two roles are called "同事" (peer and other)');
    expect(errorOf(() => defineRound({ names: { peer: { zh: ' ', en: 'Peers' } } })).message).toContain('The role peer needs a name in both Chinese and English.');
    const problems = roundProblems({ roles: [...round.roles].reverse() });
    expect(problems[0].in('en-US')).toBe('A round has the roles self, manager, peer, report, other, in that order.');
    expect(problems[0].in('zh-CN')).toBe('评估轮次的角色必须依次为 self、manager、peer、report、other。');
  });

  it('reads role names in both languages, by id, by a common synonym and by the round’s edited names', () => {
    expect(['自评', 'Self', 'manager', '上级', '同事', 'Peers', 'peer', 'direct report', '下属', '其他', 'OTHERS'].map((n) => roleOfName(n))).toEqual([
      'self',
      'self',
      'manager',
      'manager',
      'peer',
      'peer',
      'peer',
      'report',
      'report',
      'other',
      'other',
    ]);
    expect(roleOfName('协作方', { ...Object.fromEntries(round.roles.map((r) => [r.id, r.name])), peer: { zh: '协作方', en: 'Partners' } } as never)).toBe('peer');
    expect(roleOfName('客户')).toBeNull();
  });
});

describe('combining ratings by role', () => {
  // Self, manager, three peers and two reports (the round of the issue), levels on a 1-4 scale.
  const round7 = [
    rating('self', 4, 'p1'),
    rating('manager', 2, 'm1'),
    rating('peer', 3, 'a'),
    rating('peer', 2, 'b'),
    rating('peer', 4, 'c'),
    rating('report', 1, 'r1'),
    rating('report', 2, 'r2'),
  ];

  it('weights the role means over the roles present: two reports are folded into "other", still too few, so left out', () => {
    // self 4 × .1 + manager 2 × .5 + peers mean 3 × .2 = 2.0, over the weights present .8 → 2.5
    const result = combineRatings(round7, round);
    expect(result.level).toBeCloseTo(2.5, 12);
    expect(result.roles.map((r) => [r.role, r.count, r.level, Math.round(r.share * 1000) / 1000])).toEqual([
      ['self', 1, 4, 0.125],
      ['manager', 1, 2, 0.625],
      ['peer', 3, 3, 0.25],
    ]);
    expect(result.hidden).toEqual([{ role: 'report', reason: 'omitted' }]);
  });

  it('pools roles below their minimum as "other" with their weights once the pool reaches its minimum', () => {
    // two peers (3, 4) and two reports (1, 2) pooled: mean 2.5 with weight .2 + .2
    const ratings = [rating('manager', 2), rating('peer', 3), rating('peer', 4), rating('report', 1), rating('report', 2)];
    const result = combineRatings(ratings, round);
    expect(result.roles.map((r) => [r.role, r.count, r.level, r.weight, r.folded])).toEqual([
      ['manager', 1, 2, 0.5, []],
      ['other', 4, 2.5, expect.closeTo(0.4, 12), ['peer', 'report']],
    ]);
    expect(result.level).toBeCloseTo((2 * 0.5 + 2.5 * 0.4) / 0.9, 12);
    expect(result.hidden).toEqual([
      { role: 'peer', reason: 'folded' },
      { role: 'report', reason: 'folded' },
    ]);
  });

  it('lets the self rating count only through its weight: with self weight 0 the result ignores it, and it stays shown', () => {
    const noSelf = defineRound({ weights: { self: 0 } });
    const result = combineRatings(round7, noSelf);
    expect(result.level).toBeCloseTo((2 * 0.5 + 3 * 0.2) / 0.7, 12);
    expect(result.self).toBe(4);
    expect(combineRatings([rating('self', 4), rating('manager', 2)], round).level).toBeCloseTo((0.4 + 1) / 0.6, 12);
  });

  it('trims the highest and lowest rating of a role with four or more raters when asked, and only then', () => {
    const peers = [1, 3, 3, 4, 4].map((l) => rating('peer', l));
    expect(combineRatings(peers, round).level).toBeCloseTo(3, 12);
    expect(combineRatings(peers, round, { trim: true }).level).toBeCloseTo(10 / 3, 12);
    expect(roleLevel([1, 3, 4], true)).toBeCloseTo(8 / 3, 12);
    expect(roleLevel([1, 2, 2, 4], true)).toBe(2);
  });

  it('gives no level without ratings, #N/A when anonymity leaves nothing, #DIV/0! when the roles present weigh 0', () => {
    expect(combineRatings([], round).level).toBeNull();
    const tooFew = errorOf(() => combineRatings([rating('peer', 3), rating('peer', 2)], round));
    expect(tooFew.kind).toBe('notAvailable');
    expect(tooFew.message).toContain('Too few raters');
    const weightless = errorOf(() => combineRatings([rating('self', 3)], defineRound({ weights: { self: 0 } })));
    expect(weightless.kind).toBe('divideByZero');
    expect(errorOf(() => combineRatings([rating('self', 3), rating('self', 2)], round)).message).toContain('There are 2 self ratings; a person rates themselves once per competency.');
  });
});

describe('the spread per role for display', () => {
  it('shows counts, range and sorted levels per role, names raters only where the role reaches its minimum', () => {
    const ratings = [
      rating('self', 4, 'p1'),
      rating('manager', 2, 'm1'),
      rating('peer', 3, 'zoe'),
      rating('peer', 2, 'ann'),
      rating('peer', 4, 'bob'),
      rating('report', 1, 'r1'),
      rating('report', 2, 'r2'),
    ];
    const spread = spreadByRole(ratings, round, 'en-US');
    expect(spread.map((s) => [s.name, s.status])).toEqual([
      ['Self', 'shown'],
      ['Manager', 'shown'],
      ['Peers', 'shown'],
      ['Direct reports', 'omitted'],
    ]);
    expect(spread[2]).toMatchObject({ count: 3, min: 2, max: 4, mean: 3, levels: [2, 3, 4], raters: ['ann', 'bob', 'zoe'] });
    expect(JSON.stringify(spread)).not.toMatch(/r1|r2/);
    expect(spread[3]).toEqual({ role: 'report', name: 'Direct reports', status: 'omitted' });
  });

  it('never names the raters pooled into "other", and says where the folded roles went', () => {
    const ratings = [rating('peer', 3, 'a'), rating('peer', 4, 'b'), rating('report', 1, 'c'), rating('other', 2, 'd')];
    const spread = spreadByRole(ratings, round, 'zh-CN');
    expect(spread.map((s) => [s.name, s.status])).toEqual([
      ['同事', 'folded'],
      ['下属', 'folded'],
      ['其他', 'shown'],
    ]);
    expect(spread[2]).toMatchObject({ count: 4, levels: [1, 2, 3, 4], raters: [], includes: ['peer', 'report'] });
  });
});
