import { divideByZero, invalidValue } from '../errors';

/** A score that was not assessed (a blank cell) drops out together with its weight. */
export type Score = number | null;

/**
 * The weighted mean of scores. With `fullMarks`, each score is first converted to a percentage
 * of its full marks (004: 80 of 100 and 400 of 500 at 50 % each give 80). Blank scores drop out
 * with their weights; null is returned when nothing was assessed.
 */
export function weightedScore(scores: readonly Score[], weights: readonly number[], fullMarks?: readonly number[]): number | null {
  if (scores.length !== weights.length)
    throw invalidValue(`${scores.length} scores but ${weights.length} weights: give one weight per score`);
  if (fullMarks && fullMarks.length !== scores.length)
    throw invalidValue(`${scores.length} scores but ${fullMarks.length} full marks: give one full mark per score`);
  let weighted = 0;
  let totalWeight = 0;
  let assessed = 0;
  for (let i = 0; i < scores.length; i++) {
    const weight = weights[i];
    if (!Number.isFinite(weight)) throw invalidValue(`weight ${i + 1} is not a number`);
    if (weight < 0) throw invalidValue(`weight ${i + 1} is negative (${weight}): weights must be 0 or more`);
    const score = scores[i];
    if (score === null) continue;
    if (!Number.isFinite(score)) throw invalidValue(`score ${i + 1} is not a finite number`);
    let value = score;
    if (fullMarks) {
      const full = fullMarks[i];
      if (!Number.isFinite(full) || full <= 0) throw invalidValue(`full marks ${i + 1} must be a number above 0 (got ${full})`);
      if (score < 0 || score > full) throw invalidValue(`score ${i + 1} (${score}) lies outside 0 to its full marks ${full}`);
      value = (score / full) * 100;
    }
    weighted += weight * value;
    totalWeight += weight;
    assessed++;
  }
  if (assessed === 0) return null;
  if (totalWeight === 0) throw divideByZero('the weights of the assessed scores add up to 0');
  return weighted / totalWeight;
}
