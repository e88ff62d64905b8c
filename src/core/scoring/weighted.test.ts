import fc from 'fast-check';
import { CompetencyError } from '../errors';
import { weightedScore } from './weighted';

describe('weightedScore', () => {
  it('converts exams to percentages of their full marks before weighting (seed 004: 80/100 and 400/500 at 50 % each give 80)', () => {
    expect(weightedScore([80, 400], [50, 50], [100, 500])).toBeCloseTo(80, 10);
    expect(weightedScore([90, 250], [50, 50], [100, 500])).toBeCloseTo(70, 10);
  });

  it('is the plain weighted mean without full marks', () => {
    expect(weightedScore([2, 4], [1, 3])).toBeCloseTo(3.5, 10);
  });

  it('drops a blank (not assessed) score together with its weight', () => {
    expect(weightedScore([80, null, 60], [1, 5, 1])).toBeCloseTo(70, 10);
  });

  it('gives null when nothing was assessed', () => {
    expect(weightedScore([null, null], [1, 1])).toBeNull();
  });

  it('refuses negative weights, all-zero weights and mismatched lengths with a message naming the place', () => {
    expect(() => weightedScore([1, 2], [1, -1])).toThrow('Weight 2 is negative (-1); weights must be 0 or more.');
    expect(() => weightedScore([1, 2], [0, 0])).toThrow(expect.objectContaining({ kind: 'divideByZero' }) as unknown as Error);
    expect(() => weightedScore([1, 2, 3], [1, 1])).toThrow('There are 3 scores but 2 weights; give one weight per score.');
    expect(() => weightedScore([1, 2], [1, 1], [100])).toThrow('There are 2 scores but 1 full mark; give one full mark per score.');
  });

  it('refuses full marks of 0 and scores beyond their full marks', () => {
    expect(() => weightedScore([50], [1], [0])).toThrow('Full marks 1 must be a number above 0; it is 0.');
    expect(() => weightedScore([120], [1], [100])).toThrow('Score 1 (120) lies outside 0 to its full marks of 100.');
    expect(() => weightedScore([-1], [1], [100])).toThrow(CompetencyError);
  });

  const scoredSet = fc
    .array(fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 1000, noNaN: true })), { minLength: 1, maxLength: 40 })
    .map((pairs) => ({ scores: pairs.map((p) => p[0]), weights: pairs.map((p) => p[1]) }));

  it('lies between the smallest and the largest score (property)', () => {
    fc.assert(
      fc.property(scoredSet, ({ scores, weights }) => {
        const result = weightedScore(scores, weights)!;
        const epsilon = 1e-9 * Math.max(1, ...scores);
        expect(result).toBeGreaterThanOrEqual(Math.min(...scores) - epsilon);
        expect(result).toBeLessThanOrEqual(Math.max(...scores) + epsilon);
      }),
    );
  });

  it('does not change when every weight is scaled by the same factor (property)', () => {
    fc.assert(
      fc.property(scoredSet, fc.double({ min: 0.001, max: 1000, noNaN: true }), ({ scores, weights }, factor) => {
        const base = weightedScore(scores, weights)!;
        const scaled = weightedScore(scores, weights.map((w) => w * factor))!;
        expect(scaled).toBeCloseTo(base, 6);
      }),
    );
  });

  it('equals SUMPRODUCT/SUM over the assessed scores (property)', () => {
    fc.assert(
      fc.property(scoredSet, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), ({ scores, weights }, blanks) => {
        const withBlanks = scores.map((s, i) => (blanks[i] && i > 0 ? null : s));
        const kept = withBlanks.map((s, i) => (s === null ? 0 : weights[i]));
        const expected = withBlanks.reduce<number>((acc, s, i) => acc + (s ?? 0) * kept[i], 0) / kept.reduce((a, b) => a + b, 0);
        expect(weightedScore(withBlanks, weights)!).toBeCloseTo(expected, 6);
      }),
    );
  });
});
