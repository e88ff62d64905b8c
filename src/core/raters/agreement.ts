import { divideByZero, invalidValue, notAvailable } from '../errors';
import { raterMessages } from './messages';

/**
 * Krippendorff's alpha over a units × raters matrix (rows: units such as behaviour indicators or
 * people; columns: raters), blanks allowed. Only pairable values count: a unit with fewer than two
 * values is dropped. alpha = 1 - Do/De from the coincidence matrix (Krippendorff, "Computing
 * Krippendorff's Alpha-Reliability", 2011).
 */

export type AgreementMetric = 'nominal' | 'ordinal' | 'interval';
export type RatingValue = number | string | null;

export interface Agreement {
  alpha: number;
  /** Units with two or more values (the ones that count). */
  units: number;
  /** Pairable values n. */
  values: number;
  observed: number;
  expected: number;
}

function key(value: number | string): string {
  return typeof value === 'number' ? `n:${value}` : `t:${value}`;
}

export function krippendorffAlpha(matrix: readonly (readonly RatingValue[])[], metric: AgreementMetric): Agreement {
  const distinct = new Map<string, number | string>();
  const units: (number | string)[][] = [];
  for (const row of matrix) {
    const values = row.filter((v): v is number | string => v !== null);
    if (metric !== 'nominal') {
      const text = values.find((v) => typeof v !== 'number');
      if (text !== undefined) throw invalidValue(raterMessages.metricNeedsNumbers(metric, String(text)));
    }
    if (values.length < 2) continue;
    units.push(values);
    for (const v of values) distinct.set(key(v), v);
  }
  if (units.length === 0) throw notAvailable(raterMessages.noPairableUnit());

  // Values in order (numbers ascending) so the ordinal metric can sum the frequencies between two ranks.
  const order = [...distinct.values()].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))));
  if (order.length < 2) throw divideByZero(raterMessages.noVariation(String(order[0])));
  const index = new Map(order.map((v, i) => [key(v), i]));
  const size = order.length;
  const o = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const values of units) {
    const m = values.length;
    for (let i = 0; i < m; i++)
      for (let j = 0; j < m; j++) if (i !== j) o[index.get(key(values[i]))!][index.get(key(values[j]))!] += 1 / (m - 1);
  }
  const marginals = o.map((row) => row.reduce((s, v) => s + v, 0));
  const n = marginals.reduce((s, v) => s + v, 0);

  const distance = (c: number, k: number): number => {
    if (c === k) return 0;
    if (metric === 'nominal') return 1;
    if (metric === 'interval') return ((order[c] as number) - (order[k] as number)) ** 2;
    const [low, high] = c < k ? [c, k] : [k, c];
    let between = 0;
    for (let g = low; g <= high; g++) between += marginals[g];
    return (between - (marginals[low] + marginals[high]) / 2) ** 2;
  };
  let observedSum = 0;
  let expectedSum = 0;
  for (let c = 0; c < size; c++)
    for (let k = 0; k < size; k++) {
      const d = distance(c, k);
      observedSum += o[c][k] * d;
      expectedSum += marginals[c] * marginals[k] * d;
    }
  const observed = observedSum / n;
  const expected = expectedSum / (n * (n - 1));
  return { alpha: 1 - observed / expected, units: units.length, values: n, observed, expected };
}
