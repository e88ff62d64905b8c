import { divideByZero, invalidValue } from '../errors';
import { weightedMessages } from './messages';

/** A score that was not assessed (a blank cell) drops out together with its weight. */
export type Score = number | null;

/**
 * The weighted mean of scores. With `fullMarks`, each score is first converted to a percentage
 * of its full marks (004: 80 of 100 and 400 of 500 at 50 % each give 80). Blank scores drop out
 * with their weights; null is returned when nothing was assessed.
 *
 * Exact where users look: the mean is the lowest score plus the weighted mean of the distances
 * above it, the weights divided by the largest one first (no overflow) and both sums compensated
 * (Neumaier). Equal scores give exactly that score, and the result never leaves [min, max].
 */
export function weightedScore(scores: readonly Score[], weights: readonly number[], fullMarks?: readonly number[]): number | null {
  if (scores.length !== weights.length)
    throw invalidValue(weightedMessages.weightsPerScore(scores.length, weights.length));
  if (fullMarks && fullMarks.length !== scores.length)
    throw invalidValue(weightedMessages.fullMarksPerScore(scores.length, fullMarks.length));
  let count = 0;
  for (let i = 0; i < scores.length; i++) {
    const weight = weights[i];
    if (!Number.isFinite(weight)) throw invalidValue(weightedMessages.weightNotNumber(i + 1));
    if (weight < 0) throw invalidValue(weightedMessages.weightNegative(i + 1, weight));
    const score = scores[i];
    if (score === null) continue;
    if (!Number.isFinite(score)) throw invalidValue(weightedMessages.scoreNotFinite(i + 1));
    let value = score;
    if (fullMarks) {
      const full = fullMarks[i];
      if (!Number.isFinite(full) || full <= 0) throw invalidValue(weightedMessages.fullMarksNotPositive(i + 1, full));
      if (score < 0 || score > full) throw invalidValue(weightedMessages.scoreOutsideFullMarks(i + 1, score, full));
      value = score === full ? 100 : (score / full) * 100;
    }
    keptValues[count] = value;
    keptWeights[count] = weight;
    count++;
  }
  if (count === 0) return null;
  return weightedMean(keptValues, keptWeights, count);
}

/** The assessed values and their weights, reused row after row (a whole column of rows allocates nothing). */
const keptValues: number[] = [];
const keptWeights: number[] = [];

/** The exact-where-it-matters weighted mean of the first `count` finite values with finite weights 0 or more (see above). */
export function weightedMean(values: readonly number[], weights: readonly number[], count = values.length): number {
  let min = Infinity;
  let max = -Infinity;
  let largest = 0;
  for (let i = 0; i < count; i++) {
    if (values[i] < min) min = values[i];
    if (values[i] > max) max = values[i];
    if (weights[i] > largest) largest = weights[i];
  }
  if (largest === 0) throw divideByZero(weightedMessages.weightsAddToZero());
  if (min === max) return min;
  // Distances up to the float maximum: halve them when the spread itself would overflow.
  const halve = !Number.isFinite(max - min);
  let sum = 0;
  let sumError = 0;
  let total = 0;
  let totalError = 0;
  for (let i = 0; i < count; i++) {
    const w = weights[i] / largest;
    const d = halve ? values[i] / 2 - min / 2 : values[i] - min;
    const term = w * d;
    const s = sum + term;
    sumError += Math.abs(sum) >= Math.abs(term) ? sum - s + term : term - s + sum;
    sum = s;
    const t = total + w;
    totalError += total >= w ? total - t + w : w - t + total;
    total = t;
  }
  const share = (sum + sumError) / (total + totalError);
  const mean = halve ? min + share + share : min + share;
  return mean < min ? min : mean > max ? max : mean;
}
