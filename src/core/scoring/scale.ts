import { invalidValue, notAvailable, badNumber } from '../errors';
import type { LocalText, ProficiencyLevel, Scale } from '../model/types';
import { bothLanguages, normalizeName } from '../text';

/** A score band resolved to its label, for lookups. Bands are in ascending order of `min`. */
export interface LabelBand {
  min: number;
  label: LocalText;
}

/** The levels of a scale as a readable list, for error messages: "初级 (Junior), 中级 (Intermediate)". */
export function listLevels(scale: Scale): string {
  return scale.levels.map((l) => bothLanguages(l.label)).join(', ');
}

/** Normalized label/id -> level, built once per scale: level look-ups run for every cell of a range. */
const levelIndexes = new WeakMap<Scale, Map<string, ProficiencyLevel>>();

function levelIndex(scale: Scale): Map<string, ProficiencyLevel> {
  let index = levelIndexes.get(scale);
  if (!index) {
    index = new Map();
    // Later entries must not shadow earlier ones: labels first, then ids.
    for (const level of scale.levels)
      for (const name of [level.label.zh, level.label.en]) if (name !== undefined && !index.has(normalizeName(name))) index.set(normalizeName(name), level);
    for (const level of scale.levels) if (!index.has(normalizeName(level.id))) index.set(normalizeName(level.id), level);
    // Exact spellings too, so the common case skips normalizing the query.
    for (const level of scale.levels) for (const name of [level.label.zh, level.label.en, level.id]) if (name !== undefined && !index.has(name)) index.set(name, level);
    levelIndexes.set(scale, index);
  }
  return index;
}

/** Finds a level by its label in either language or its id; undefined when the scale has none. */
export function findLevel(scale: Scale, query: string): ProficiencyLevel | undefined {
  const index = levelIndex(scale);
  return index.get(query) ?? index.get(normalizeName(query));
}

/**
 * The 1-based rank of a level given as a label, an id or a level number.
 * Numbers may be fractional (a mean of ratings) but must lie on the scale (1 to the top level).
 */
export function levelNumber(scale: Scale, value: string | number): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1 || value > scale.levels.length)
      throw badNumber(`${value} is not a level number of ${bothLanguages(scale.name)}: use 1 to ${scale.levels.length}`);
    return value;
  }
  const trimmed = value.trim();
  if (trimmed !== '' && !Number.isNaN(Number(trimmed))) return levelNumber(scale, Number(trimmed));
  const level = findLevel(scale, trimmed);
  if (!level) throw notAvailable(`"${value}" is not a level of ${bothLanguages(scale.name)}; its levels are ${listLevels(scale)}`);
  return scale.levels.indexOf(level) + 1;
}

/** The scale's score bands with their labels; throws when the scale has none. */
export function bandsOf(scale: Scale): LabelBand[] {
  if (!scale.scoreBands?.length)
    throw invalidValue(`${bothLanguages(scale.name)} has no score bands; pass a two-column range of lower bound and label instead`);
  return scale.scoreBands.map((band) => {
    const level = scale.levels.find((l) => l.id === band.levelId);
    if (!level) throw invalidValue(`score band ${band.min} of ${bothLanguages(scale.name)} names unknown level "${band.levelId}"`);
    return { min: band.min, label: level.label };
  });
}

/**
 * The band a score falls in, read like Excel's approximate-match LOOKUP: the last band whose
 * lower bound is not above the score. A score below the first bound has no level (#N/A).
 */
export function bandForScore(score: number, bands: readonly LabelBand[]): LabelBand {
  if (!Number.isFinite(score)) throw invalidValue(`${score} is not a finite score`);
  let low = 0;
  let high = bands.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (bands[mid].min <= score) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (found < 0) throw notAvailable(`score ${score} is below the lowest band (${bands[0].min}, ${bothLanguages(bands[0].label)})`);
  return bands[found];
}

/** Checks a user-supplied band table: numeric ascending bounds, non-empty labels. */
export function checkBandTable(rows: ReadonlyArray<{ min: unknown; label: unknown }>): LabelBand[] {
  if (rows.length === 0) throw invalidValue('the band table is empty: give rows of lower bound and label');
  return rows.map((row, i) => {
    if (typeof row.min !== 'number' || !Number.isFinite(row.min))
      throw invalidValue(`band table row ${i + 1}: the lower bound ${JSON.stringify(row.min)} is not a number`);
    if (typeof row.label !== 'string' && typeof row.label !== 'number')
      throw invalidValue(`band table row ${i + 1}: the label is missing`);
    const label = String(row.label).trim();
    if (label === '') throw invalidValue(`band table row ${i + 1}: the label is blank`);
    const previous = rows[i - 1];
    if (previous && typeof previous.min === 'number' && row.min <= previous.min)
      throw invalidValue(`band table row ${i + 1}: bounds must rise (${row.min} is not above ${previous.min}); sort the table ascending`);
    return { min: row.min, label: { zh: label, en: label } };
  });
}
