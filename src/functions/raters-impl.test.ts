import { CompetencyError } from '../core/errors';
import { HostErrorValue, type Matrix, type Out } from './cells';
import { ratersAgreement, ratersCombine } from './raters-impl';

/** Columns as Excel hands them: one value per row. */
const column = (...values: (number | string | boolean | null | HostErrorValue)[]): Matrix => values.map((v) => [v]);
const errorOf = (result: Out[][]) => result[0][0] as CompetencyError;
const valueOf = (result: Out[][]) => result[0][0];

describe('RATERS.COMBINE', () => {
  const levels = column(4, 2, 3, 2, 4, 1, 2);
  const roles = column('自评', '上级', '同事', '同事', '同事', '下属', '下属');

  it('combines with the default weights and minimums (two reports are too few and are left out)', () => {
    expect(valueOf(ratersCombine(levels, roles, null, null, null))).toBeCloseTo(2.5, 12);
  });

  it('takes five weights in role order, or a table of role and weight, and minimums the same way', () => {
    // With reports allowed from 2 raters: (4 × .1 + 2 × .5 + 3 × .2 + 1.5 × .2) / 1
    expect(valueOf(ratersCombine(levels, roles, null, [[1, 1, 3, 2, 3]], null))).toBeCloseTo(2.3, 12);
    expect(valueOf(ratersCombine(levels, roles, null, [['下属', 2]], null))).toBeCloseTo(2.3, 12);
    // Manager only counts: 2
    expect(valueOf(ratersCombine(levels, roles, [[0], [1], [0], [0], [0]], null, null))).toBe(2);
    expect(valueOf(ratersCombine(levels, roles, [['self', 0], ['peer', 0]], null, null))).toBe(2);
  });

  it('reads roles in English too, skips levels not given yet, and trims on request', () => {
    const peers = column(1, 3, 3, 4, 4, null);
    const peerRoles = column('peer', 'Peers', 'peer', 'peer', 'peer', 'manager');
    expect(valueOf(ratersCombine(peers, peerRoles, null, null, null))).toBe(3);
    expect(valueOf(ratersCombine(peers, peerRoles, null, null, true))).toBeCloseTo(10 / 3, 12);
    expect(valueOf(ratersCombine(column(null, null), column('self', null), null, null, null))).toBe('');
  });

  it('answers every kind of bad input with a specific error, never an exception', () => {
    const msg = (result: Out[][]) => `${errorOf(result).kind}: ${errorOf(result).message}`;
    const zh = (result: Out[][]) => errorOf(result).messageIn('zh-CN');
    expect(msg(ratersCombine(column(3, 2), column('self'), null, null, null))).toBe('value: There are 2 levels but 1 role; give one role per level.');
    expect(zh(ratersCombine(column(3, 2), column('self'), null, null, null))).toBe('有 2 个级别,却有 1 个角色:每个级别需要一个角色。');
    expect(msg(ratersCombine(column(3), column('客户'), null, null, null))).toContain('Role 1 is "客户", not a rater role; use "Self", "Manager"');
    expect(zh(ratersCombine(column(3), column('客户'), null, null, null))).toBe('第 1 个角色为"客户",不是评价人角色:请使用 "自评"、"上级"、"同事"、"下属"、"其他"。');
    expect(msg(ratersCombine(column('中级'), column('self'), null, null, null))).toContain('Level 1 is the label "中级"; give level numbers');
    expect(msg(ratersCombine(column(3), column(null), null, null, null))).toBe('value: Level 1 has no role; say who gave it.');
    expect(msg(ratersCombine(column(true), column('self'), null, null, null))).toBe('value: Level 1 is TRUE; a number belongs here.');
    expect(msg(ratersCombine(column(new HostErrorValue('#N/A')), column('self'), null, null, null))).toBe('notAvailable: Level 1 holds the error #N/A.');
    expect(msg(ratersCombine(column(3), column('self'), [[1, 2, 3]], null, null))).toContain('The weights have 3 values; give 5');
    expect(msg(ratersCombine(column(3), column('self'), [[1, -1, 1, 1, 1]], null, null))).toContain('must be a number of 0 or more, not -1');
    expect(zh(ratersCombine(column(3), column('self'), null, [[1, 0, 3, 3, 3]], null))).toContain('最少评价人数必须是不小于 1 的整数');
    expect(msg(ratersCombine(column(3), column('self'), null, null, 'yes'))).toBe('value: The trim must be TRUE or FALSE (or 1 or 0).');
    expect(msg(ratersCombine(column(3, 2), column('peer', 'peer'), null, null, null))).toContain('notAvailable: Too few raters');
    expect(msg(ratersCombine(column(3), column('self'), [[0, 1, 1, 1, 1]], null, null))).toBe('divideByZero: The roles present (Self) all have weight 0.');
    expect(msg(ratersCombine(column(3, 4), column('self', '自评'), null, null, null))).toContain('2 self ratings');
  });
});

describe('RATERS.AGREEMENT', () => {
  // Krippendorff's 4 observers × 12 units example, units in rows.
  const N = null;
  const data: Matrix = [
    [1, 1, N, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
    [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [N, 5, 5, 5], [N, N, 1, 1], [N, 3, N, N],
  ];

  it('is ordinal by default and gives the published figures for each metric, named in either language', () => {
    expect(valueOf(ratersAgreement(data, null, null))).toBeCloseTo(0.815, 3);
    expect(valueOf(ratersAgreement(data, 'nominal', null))).toBeCloseTo(0.743, 3);
    expect(valueOf(ratersAgreement(data, '定距', null))).toBeCloseTo(0.849, 3);
  });

  it('reads level labels on the scale (default ct-am) so ordinal agreement works on labels', () => {
    const labels = [['初级', '初级', '中级'], ['高级', '高级', '高级'], ['中级', '资深', '中级'], ['初级', null, '初级']];
    const numbers = [[1, 1, 2], [3, 3, 3], [2, 4, 2], [1, null, 1]];
    expect(valueOf(ratersAgreement(labels, null, null))).toBeCloseTo(valueOf(ratersAgreement(numbers, null, null)) as number, 12);
    expect(valueOf(ratersAgreement(labels, 'nominal', null))).toBeCloseTo(valueOf(ratersAgreement(numbers, 'nominal', null)) as number, 12);
  });

  it('reads a long table (one column of ratings and one of units) the same as the units × raters matrix', () => {
    const ratings: Matrix = [];
    const units: Matrix = [];
    data.forEach((row, u) => row.forEach((v) => v !== null && (ratings.push([v]), units.push([`unit ${u + 1}`]))));
    ratings.push([null]);
    units.push([null]);
    expect(valueOf(ratersAgreement(ratings, null, null, units))).toBeCloseTo(0.815, 3);
    expect(valueOf(ratersAgreement([...ratings].reverse(), 'nominal', null, [...units].reverse()))).toBeCloseTo(0.743, 3);
    expect(errorOf(ratersAgreement([[1], [2]], null, null, [['a']])).message).toBe('There are 2 ratings but 1 unit key; give one unit per rating.');
    expect(errorOf(ratersAgreement([[1], [2]], null, null, [['a'], [null]])).message).toBe('Rating 2 has no unit; say what it rates.');
  });

  it('answers bad input with a specific error', () => {
    const msg = (result: Out[][]) => `${errorOf(result).kind}: ${errorOf(result).message}`;
    expect(msg(ratersAgreement(data, 'ratio', null))).toBe('value: The metric "ratio" is unknown; use "ordinal", "nominal" or "interval".');
    expect(errorOf(ratersAgreement(data, 'ratio', null)).messageIn('zh-CN')).toBe('未知的度量"ratio":请使用"序数"、"名义"或"定距"。');
    expect(msg(ratersAgreement([['大师', '初级']], null, null))).toContain('notAvailable: "大师" is not a level');
    expect(msg(ratersAgreement([[1, true]], null, null))).toBe('value: The rating in row 1, column 2 is TRUE, not a rating.');
    expect(msg(ratersAgreement([[1, new HostErrorValue('#DIV/0!')]], null, null))).toBe('divideByZero: The rating in row 1, column 2 holds the error #DIV/0!.');
    expect(msg(ratersAgreement([[1, null], [null, 2]], null, null))).toContain('notAvailable: No unit has values from two or more raters');
    expect(msg(ratersAgreement([[2, 2], [2, 2]], null, null))).toContain('divideByZero');
    expect(msg(ratersAgreement([[1, 2]], null, 7))).toContain('The scale must be a scale or model id');
    expect(msg(ratersAgreement([[1, 2]], null, 'nope'))).toContain('There is no scale or model "nope"');
  });
});
