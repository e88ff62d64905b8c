import fc from 'fast-check';
import { CompetencyError } from '../errors';
import { krippendorffAlpha, type RatingValue } from './agreement';

/** Observers as rows, as published; the function takes units as rows. */
const unitsOf = (observers: RatingValue[][]): RatingValue[][] => observers[0].map((_, u) => observers.map((row) => row[u]));
const N = null;

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the 4 observers × 12 units example with
// missing values; also the doctest of the Python package `krippendorff` (nominal .743, ordinal .815).
const krippendorff2011 = unitsOf([
  [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
  [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
]);
// Three coders × 15 units (the Wikipedia computational example), from the `krippendorff` package's tests.
const threeCoders = unitsOf([
  [N, N, N, N, N, 3, 4, 1, 2, 1, 1, 3, 3, N, 3],
  [1, N, 2, 1, 3, 3, 4, 3, N, N, N, N, N, N, N],
  [N, N, 2, 1, 3, 4, 4, N, 2, 1, 1, 3, 3, N, 4],
]);

describe("Krippendorff's alpha against published worked examples", () => {
  it('gives nominal .743, ordinal .815 and interval .849 for Krippendorff’s 4 × 12 reliability data', () => {
    expect(krippendorffAlpha(krippendorff2011, 'nominal').alpha).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(krippendorff2011, 'ordinal').alpha).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(krippendorff2011, 'interval').alpha).toBeCloseTo(0.849, 3);
  });

  it('counts only pairable values: unit 12 (one value) is dropped, leaving 11 units and n = 40', () => {
    const result = krippendorffAlpha(krippendorff2011, 'nominal');
    expect(result.units).toBe(11);
    expect(result.values).toBeCloseTo(40, 10);
  });

  it('gives nominal .691358 and interval .810845 for the three coders × 15 units example', () => {
    expect(krippendorffAlpha(threeCoders, 'nominal').alpha).toBeCloseTo(0.691358, 6);
    expect(krippendorffAlpha(threeCoders, 'interval').alpha).toBeCloseTo(0.810845, 6);
  });

  it('matches a hand computation: units (1,2), (1,1), (3,3) give nominal 12/22, ordinal 7/9, interval 48/58', () => {
    // Coincidences o12 = o21 = 1, o11 = 2, o33 = 2; marginals 3, 1, 2; n = 6.
    // Ordinal δ²: (1,2) = (4 - 2)² = 4, (1,3) = (6 - 2.5)² = 12.25, (2,3) = (3 - 1.5)² = 2.25.
    // Do = 8/6, De = 2 (3·4 + 6·12.25 + 2·2.25) / 30 = 6, alpha = 1 - (8/6)/6 = 7/9.
    const units = [[1, 2], [1, 1], [3, 3]];
    expect(krippendorffAlpha(units, 'nominal').alpha).toBeCloseTo(12 / 22, 12);
    expect(krippendorffAlpha(units, 'ordinal').alpha).toBeCloseTo(7 / 9, 12);
    expect(krippendorffAlpha(units, 'interval').alpha).toBeCloseTo(48 / 58, 12);
    expect(krippendorffAlpha([[1, 2], [2, 1]], 'nominal').alpha).toBeCloseTo(-0.5, 12);
  });

  it('reads text values as categories for the nominal metric and refuses them for the others', () => {
    const labels = krippendorff2011.map((row) => row.map((v) => (v === null ? null : ['', 'very low', 'low', 'mid', 'high', 'very high'][v as number])));
    expect(krippendorffAlpha(labels, 'nominal').alpha).toBeCloseTo(0.743, 3);
    expect(() => krippendorffAlpha(labels, 'ordinal')).toThrow('The ordinal metric needs numbers, not the text "very low".');
  });

  it('says why alpha cannot be measured: no pairable unit (#N/A), or no variation at all (#DIV/0!)', () => {
    const kind = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return (error as CompetencyError).kind;
      }
      return 'no error';
    };
    expect(kind(() => krippendorffAlpha([[1, null], [null, 2]], 'ordinal'))).toBe('notAvailable');
    expect(kind(() => krippendorffAlpha([[3, 3], [3, 3, 3]], 'interval'))).toBe('divideByZero');
  });
});

describe("Krippendorff's alpha properties", () => {
  const metric = fc.constantFrom('nominal' as const, 'ordinal' as const, 'interval' as const);
  const level = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 });
  const data = fc.array(fc.array(level, { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 12 });
  const measurable = (rows: RatingValue[][]) => {
    const pairable = rows.filter((r) => r.filter((v) => v !== null).length >= 2).flat().filter((v) => v !== null);
    return new Set(pairable).size >= 2;
  };

  it('is 1 when every rater gives each unit the same level (with some variation between units)', () => {
    const truth = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 12 }).filter((t) => new Set(t).size >= 2);
    fc.assert(
      fc.property(truth, fc.integer({ min: 2, max: 6 }), metric, (levels, raters, m) => {
        const rows = levels.map((l) => Array<RatingValue>(raters).fill(l));
        expect(krippendorffAlpha(rows, m).alpha).toBeCloseTo(1, 12);
      }),
    );
  });

  it('does not depend on the order of the raters (columns) or of the units (rows)', () => {
    fc.assert(
      fc.property(data.filter(measurable), metric, fc.integer({ min: 0, max: 23 }), (rows, m, permutation) => {
        const columns = [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]][permutation % 4];
        const reordered = [...rows].reverse().map((row) => columns.map((c) => row[c]));
        expect(krippendorffAlpha(reordered, m).alpha).toBeCloseTo(krippendorffAlpha(rows, m).alpha, 10);
      }),
    );
  });

  it('never exceeds 1, and ordinal alpha does not change when levels are renumbered in the same order', () => {
    fc.assert(
      fc.property(data.filter(measurable), (rows) => {
        const ordinal = krippendorffAlpha(rows, 'ordinal').alpha;
        expect(ordinal).toBeLessThanOrEqual(1 + 1e-12);
        const stretched = rows.map((row) => row.map((v) => (v === null ? null : (v as number) ** 3 + 10)));
        expect(krippendorffAlpha(stretched, 'ordinal').alpha).toBeCloseTo(ordinal, 10);
      }),
    );
  });
});
