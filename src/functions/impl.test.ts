import { CompetencyError } from '../core/errors';
import { HostErrorValue, type Cell, type Out } from './cells';
import * as impl from './impl';

/** The cell values of a result with errors shown as "#KIND: message" for readable assertions. */
function show(result: Out[][]): unknown[][] {
  return result.map((row) => row.map((cell) => (cell instanceof CompetencyError ? `#${cell.kind}: ${cell.message}` : cell)));
}
const errorOf = (result: Out[][]) => result[0][0] as CompetencyError;
const fullMarksAt = (level: 'L3' | 'L4' | 'L5' = 'L3') => {
    const maxima: Record<string, number[]> = {
      L3: [5, 5, 5, 5, 5, 5, 5, 5, 0, 0, 10, 5, 5, 5, 0, 5, 10, 10, 7, 3],
      L4: [5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 4, 5, 5, 5, 0, 5, 10, 10, 7, 3],
      L5: [5, 5, 5, 5, 0, 10, 5, 5, 5, 5, 0, 10, 5, 0, 5, 0, 15, 15, 0, 0],
    };
    return [maxima[level]];
  };

describe('COMPETENCY.LEVEL', () => {
  it('maps scores to the default model (ct-am) levels, in the display language', () => {
    expect(show(impl.competencyLevel([[0, 59, 60, 75, 90, 100]], null, 'zh-CN'))).toEqual([['初级', '初级', '中级', '高级', '资深', '资深']]);
    expect(show(impl.competencyLevel(82, null, 'en-US'))).toEqual([['Senior']]);
  });

  it('returns a range of the same shape, blank for blank cells', () => {
    expect(show(impl.competencyLevel([[95, null], ['', 10]], 'ct-am', 'zh-CN'))).toEqual([['资深', ''], ['', '初级']]);
  });

  it('reads a two-column band table like an approximate-match lookup, ignoring blank rows', () => {
    const table = [[0, 'C'], [50, 'B'], [80, 'A'], [null, null]];
    expect(show(impl.competencyLevel([[49.9, 50, 100]], table, 'zh-CN'))).toEqual([['C', 'B', 'A']]);
    expect(errorOf(impl.competencyLevel(-5, table, 'zh-CN')).kind).toBe('notAvailable');
  });

  it('accepts another built-in scale by id (the 3 tiers of seed 002) or model id', () => {
    expect(show(impl.competencyLevel([[10, 70, 90]], 'tier3', 'zh-CN'))).toEqual([['指导下运用', '独立运用', '能手级']]);
    expect(show(impl.competencyLevel(60, 'cm-gcam', 'zh-CN'))).toEqual([['发展级']]);
  });

  it('answers bad input cell by cell with a clear error', () => {
    const result = show(impl.competencyLevel([['abc', true, new HostErrorValue('#N/A'), '75']], null, 'en-US'));
    expect(result[0][0]).toBe('#value: The score in row 1, column 1 is the text "abc"; a number belongs here.');
    expect(result[0][1]).toBe('#value: The score in row 1, column 2 is TRUE; a number belongs here.');
    expect(result[0][2]).toBe('#notAvailable: The score in row 1, column 3 holds the error #N/A.');
    expect(result[0][3]).toBe('#value: The score in row 1, column 4 is the text "75", a number stored as text: convert it to a number.');
  });

  it('refuses an unknown scale and a bad band table as a whole', () => {
    expect(errorOf(impl.competencyLevel(50, 'nope', 'zh-CN')).message).toContain('There is no scale or model "nope"');
    expect(errorOf(impl.competencyLevel(50, [[10, 'B'], [0, 'C']], 'zh-CN')).message).toContain('bounds of the band table must rise');
    expect(errorOf(impl.competencyLevel(50, [['x', 'B']], 'zh-CN')).message).toContain('is not a number');
  });
});

describe('WEIGHTED.SCORE', () => {
  it('converts to full marks first (seed 004 knowledge score)', () => {
    expect(impl.weightedScores([[80, 400]], [[50, 50]], [[100, 500]])[0][0]).toBeCloseTo(80, 10);
  });

  it('returns one score per row, blank for a row with nothing assessed', () => {
    const result = impl.weightedScores([[1, 3], [null, 4], [null, null]], [[1, 1]], null);
    expect(show(result)).toEqual([[2], [4], ['']]);
  });

  it('takes weights as a row or a column, and a column of scores with a column of weights as one set', () => {
    expect(impl.weightedScores([[2, 4]], [[1], [3]], null)[0][0]).toBeCloseTo(3.5, 10);
    expect(impl.weightedScores([[2], [4]], [[1], [3]], null)).toHaveLength(1);
    expect(impl.weightedScores([[2], [4]], [[1], [3]], null)[0][0]).toBeCloseTo(3.5, 10);
  });

  it('has a specific error for every kind of bad input', () => {
    expect(errorOf(impl.weightedScores([[1, 2]], [[1, 2, 3]], null)).message).toBe('The scores have 2 columns but there are 3 weights; give one weight per score column.');
    expect(errorOf(impl.weightedScores([[1, 2]], [[1, -2]], null)).message).toContain('Weight 2 is negative');
    expect(errorOf(impl.weightedScores([[1, 2]], [[0, 0]], null)).kind).toBe('divideByZero');
    expect(errorOf(impl.weightedScores([[1, 2]], [[1, null]], null)).message).toBe('Weight 2 is blank; a number is needed.');
    expect(errorOf(impl.weightedScores([[1, 2]], [[1, 'x']], null)).message).toContain('Weight 2 is the text "x"');
    expect(errorOf(impl.weightedScores([[1, 'good']], [[1, 1]], null)).message).toContain('Score 2 is the text "good"');
    expect(errorOf(impl.weightedScores([[1, false]], [[1, 1]], null)).message).toBe('Score 2 is FALSE; a number belongs here.');
    expect(errorOf(impl.weightedScores([[1, new HostErrorValue('#DIV/0!')]], [[1, 1]], null)).kind).toBe('divideByZero');
    expect(errorOf(impl.weightedScores([[1, 2]], [[1, 1]], [[100]])).message).toContain('2 weights but 1 full mark;');
    expect(errorOf(impl.weightedScores([[1, 2]], [[1, 1]], [[100, 0]])).message).toContain('Full marks 2 must be a number above 0');
    expect(errorOf(impl.weightedScores([[1, 2]], [[1, 1], [1, 1]], null)).message).toContain('The weights must be one row or one column');
  });

  it('keeps good rows when one row is bad', () => {
    expect(show(impl.weightedScores([[1, 3], ['x', 4]], [[1, 1]], null))[0][0]).toBe(2);
    expect(show(impl.weightedScores([[1, 3], ['x', 4]], [[1, 1]], null))[1][0]).toContain('Score 1 of row 2');
  });
});

describe('COMPETENCY.DESCRIPTOR', () => {
  it('gives the summary and the ▶ indicators of a level, by Chinese or English name and by number', () => {
    const text = impl.competencyDescriptor('抗挫能力', '中级', null, 'zh-CN')[0][0] as string;
    expect(text.split('\n')[0]).toBe('积极面对挫折,维持工作标准。');
    expect(text).toContain('▶ 面对挫折,能较快地调适心情,恢复正常。');
    const byNumber = impl.competencyDescriptor('抗挫能力', 2, 'ct-am', 'zh-CN')[0][0];
    expect(byNumber).toBe(text);
  });

  it('says #N/A, naming the place, where the source has no descriptor (never invents one)', () => {
    const missing = errorOf(impl.competencyDescriptor('成就导向', '资深', null, 'zh-CN'));
    expect(missing.kind).toBe('notAvailable');
    expect(missing.messageIn('zh-CN')).toBe('源文件中没有成就导向在资深的行为描述。');
    expect(missing.messageIn('en-US')).toBe('The source document has no behaviour descriptor for Achievement orientation at Expert.');
  });

  it('names unknown competencies, levels and models', () => {
    expect(errorOf(impl.competencyDescriptor('飞行能力', 1, null, 'zh-CN')).message).toContain('"飞行能力" is not a competency');
    expect(errorOf(impl.competencyDescriptor('飞行能力', 1, null, 'zh-CN')).messageIn('zh-CN')).toBe('"飞行能力"不是中国电信政企客户经理能力素质模型(模型 ct-am)中的能力素质项。');
    expect(errorOf(impl.competencyDescriptor('抗挫能力', '大师', null, 'zh-CN')).message).toContain('"大师" is not a level');
    expect(errorOf(impl.competencyDescriptor('抗挫能力', 1, 'xyz', 'zh-CN')).message).toContain('There is no model "xyz"');
    expect(errorOf(impl.competencyDescriptor(null, 1, null, 'zh-CN')).message).toBe('The competency is blank; it is needed.');
    expect(errorOf(impl.competencyDescriptor(null, 1, null, 'zh-CN')).messageIn('zh-CN')).toBe('能力素质项为空,此项必填。');
    expect(errorOf(impl.competencyDescriptor('抗挫能力', true, null, 'zh-CN')).message).toContain('TRUE');
    expect(errorOf(impl.competencyDescriptor([['a', 'b']], 1, null, 'zh-CN')).message).toContain('must be a single value');
  });

  it('gives a points element its criteria text at a level (hw-sm)', () => {
    const text = impl.competencyDescriptor('customer-visits', '三级', 'hw-sm', 'zh-CN')[0][0];
    expect(typeof text === 'string' ? text.length : 0).toBeGreaterThan(0);
  });
});

describe('COMPETENCY.GAP', () => {
  it('is target minus actual in levels, from labels or numbers, in both languages', () => {
    expect(show(impl.competencyGap('初级', '高级', null))).toEqual([[2]]);
    expect(show(impl.competencyGap('Expert', '中级', null))).toEqual([[-2]]);
    expect(show(impl.competencyGap(2, 3, null))).toEqual([[1]]);
  });
  it('works over ranges with one target or a same-shaped target range; blank gives blank', () => {
    expect(show(impl.competencyGap([['初级', null, '资深']], '中级', null))).toEqual([[1, '', -2]]);
    expect(show(impl.competencyGap([['初级', '中级']], [['中级', '资深']], null))).toEqual([[1, 2]]);
  });
  it('refuses mismatched shapes, unknown labels and off-scale numbers', () => {
    expect(errorOf(impl.competencyGap([['初级', '中级']], [['中级'], ['高级']], null)).message).toContain('The actual levels are a 1×2 range but the target levels a 2×1 range');
    expect(show(impl.competencyGap('大师', '中级', null))[0][0]).toContain('"大师" is not a level');
    expect(show(impl.competencyGap(7, '中级', null))[0][0]).toContain('#number');
  });
});

describe('LEVEL.NUMBER', () => {
  it('numbers labels on the scale', () => {
    expect(show(impl.levelNumbers([['初级', 'Senior', null, '领导级']], null))).toEqual([[1, 3, '', expect.stringContaining('is not a level')]]);
    expect(show(impl.levelNumbers('领导级', 'cm-gcam'))).toEqual([[4]]);
  });
});

describe('POINTS.TOTAL', () => {
  it('gives 100 for full points at each level with the required cases', () => {
    expect(impl.pointsTotals(fullMarksAt('L3'), 3, 1, null)[0][0]).toBe(100);
    expect(impl.pointsTotals(fullMarksAt('L4'), '四级', 2, null)[0][0]).toBe(100);
    expect(impl.pointsTotals(fullMarksAt('L5'), 'L5', 3, 'hw-sm')[0][0]).toBe(100);
  });
  it('refuses points above an element maximum at the level, naming the maximum (a changed level never caps silently)', () => {
    expect(errorOf(impl.pointsTotals([Array(20).fill(20)], 3, 1, null)).message).toContain('has 20 points, above its maximum of 5 at Level 3.');
    expect(errorOf(impl.pointsTotals([Array(20).fill(20)], 3, 1, null)).messageIn('zh-CN')).toContain('的积分 20 超过其在三级的最高分 5。');
    // Full marks at 四级 are over the 五级 maxima: a level change is flagged, not capped.
    expect(errorOf(impl.pointsTotals(fullMarksAt('L4'), 5, 3, null)).message).toMatch(/above its maximum of 0 at Level 5/);
  });
  it('deducts 5 points per missing published case', () => {
    expect(impl.pointsTotals(fullMarksAt('L5'), 5, 1, null)[0][0]).toBe(90);
    expect(impl.pointsTotals(fullMarksAt('L5'), 5, 0, null)[0][0]).toBe(85);
    // A blank count means no case was published: all three are missing.
    expect(impl.pointsTotals(fullMarksAt('L5'), 5, null, null)[0][0]).toBe(85);
    expect(impl.pointsTotals(fullMarksAt('L4'), 4, [[null]], null)[0][0]).toBe(90);
  });
  it('refuses wrong counts, negative points and unknown levels', () => {
    expect(errorOf(impl.pointsTotals([[1, 2, 3]], 3, null, null)).message).toContain('The model has 20 behaviour elements, so give 20 element points in model order; there are 3.');
    expect(errorOf(impl.pointsTotals([[-1, ...Array(19).fill(0)]], 3, null, null)).message).toContain('points must be 0 or more');
    expect(errorOf(impl.pointsTotals(fullMarksAt('L3'), 9, null, null)).kind).toBe('number');
    expect(errorOf(impl.pointsTotals(fullMarksAt('L3'), 3, 1.5, null)).message).toContain('whole number');
    expect(errorOf(impl.pointsTotals(fullMarksAt('L3'), 3, null, 'ct-am')).message).toContain('is a level-based model');
  });
});

describe('one meaning per level number', () => {
  it('reads hw-sm levels as 3, 4, 5 (and 三级, "Level 3", L3) in every function', () => {
    expect(show(impl.levelNumbers([['三级', '四级', 'Level 5', 'L4', 3, '5']], 'hw-sm'))).toEqual([[3, 4, 5, 4, 3, 5]]);
    expect(impl.pointsTotals(fullMarksAt(), 3, 1, null)[0][0]).toBe(100);
    expect(impl.pointsTotals(fullMarksAt(), '三级', 1, null)[0][0]).toBe(100);
    const three = impl.competencyDescriptor('customer-visits', 3, 'hw-sm', 'zh-CN')[0][0];
    expect(impl.competencyDescriptor('customer-visits', '三级', 'hw-sm', 'zh-CN')[0][0]).toBe(three);
    expect(impl.competencyDescriptor('customer-visits', 'Level 3', 'hw-sm', 'zh-CN')[0][0]).toBe(three);
  });
  it('gives other numbers an error naming the valid ones', () => {
    for (const bad of [1, 2, 6, 1.5, 3.5]) {
      const error = errorOf(impl.pointsTotals(fullMarksAt(), bad, 1, null));
      expect(error.kind).toBe('number');
      expect(error.message).toContain('use 3 to 5');
    }
    expect(show(impl.levelNumbers([[2]], 'hw-sm'))[0][0]).toContain('use 3 to 5');
    expect(errorOf(impl.competencyDescriptor('customer-visits', 1, 'hw-sm', 'zh-CN')).message).toContain('use 3 to 5');
  });
  it('numbers a level model 1 to n', () => {
    expect(show(impl.levelNumbers([['初级', '资深', 1, 4]], null))).toEqual([[1, 4, 1, 4]]);
    expect(errorOf(impl.competencyDescriptor('抗挫能力', 5, null, 'zh-CN')).message).toContain('use 1 to 4');
    expect(errorOf(impl.competencyDescriptor('抗挫能力', 1.5, null, 'zh-CN')).kind).toBe('number');
  });
});

describe('scores outside the scale', () => {
  it('is #NUM! naming the range on a built-in 0 to 100 scale', () => {
    const [[high, low, top]] = impl.competencyLevel([[150, -1, 100]], null, 'en-US') as [[CompetencyError, CompetencyError, string]];
    expect(high.kind).toBe('number');
    expect(high.message).toContain('0 to 100');
    expect(low.kind).toBe('number');
    expect(top).toBe('Expert');
  });
  it('accepts any score above the last bound of a user band table', () => {
    expect(show(impl.competencyLevel([[1000, 1e300]], [[0, 'C'], [50, 'B']], 'zh-CN'))).toEqual([['B', 'B']]);
  });
});

describe('exact at band boundaries', () => {
  it('gives the level the numbers mean for a weighted mean of equal scores and for a score a rounding step below a bound', () => {
    const mean = impl.weightedScores([[60, 60, 60]], [[0.1, 0.2, 0.3]], null)[0][0];
    expect(mean).toBe(60);
    expect(show(impl.competencyLevel(mean as number, null, 'zh-CN'))).toEqual([['中级']]);
    expect(show(impl.competencyLevel(74.99999999999999, null, 'zh-CN'))).toEqual([['高级']]);
    expect(show(impl.competencyLevel(74.9999, null, 'zh-CN'))).toEqual([['中级']]);
  });
});

describe('every input gets a value or a specific error', () => {
  it('reads 1-D lists as a row, and refuses ragged rows; [[]] is one blank', () => {
    expect(show(impl.competencyLevel([80, 90] as unknown as Cell[][], null, 'zh-CN'))).toEqual([['高级', '资深']]);
    expect(errorOf(impl.competencyLevel([[80, 90], [70]], null, 'zh-CN')).message).toContain('not a rectangular range');
    expect(show(impl.competencyLevel([[]], null, 'zh-CN'))).toEqual([['']]);
  });
  it('keeps weights near the float maximum finite', () => {
    expect(impl.weightedScores([[10, 20]], [[Number.MAX_VALUE, Number.MAX_VALUE]], null)[0][0]).toBe(15);
    expect(impl.weightedScores([[-Number.MAX_VALUE, Number.MAX_VALUE]], [[1, 1]], null)[0][0]).toBe(0);
  });
  it('quotes long input cut short', () => {
    const long = 'x'.repeat(100_000);
    expect(errorOf(impl.levelNumbers(long, null)).message.length).toBeLessThan(300);
    expect(errorOf(impl.competencyDescriptor(long, 1, null, 'zh-CN')).message.length).toBeLessThan(300);
    expect(errorOf(impl.competencyLevel(50, long, 'zh-CN')).message.length).toBeLessThan(300);
  });
});
