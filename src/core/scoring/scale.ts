import { CompetencyError, invalidValue, notAvailable, badNumber } from '../errors';
import type { LocalText, ProficiencyLevel, Scale } from '../model/types';
import { perObject, remembered } from '../memo';
import { normalizeName } from '../text';
import { clipped, listSaid, modelText, type Said } from '../message';
import { scaleMessages } from './messages';

/** A score band resolved to its label, for lookups. Bands are in ascending order of `min`. */
export interface LabelBand {
  min: number;
  label: LocalText;
}

/** The levels of a scale as a list in the reader's language, for messages: "Junior, Intermediate" or "初级、中级". */
export function listLevels(scale: Scale): Said {
  return listSaid(scale.levels.map((l) => modelText(l.label)));
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
 * What number means which level, one rule for every function: a scale whose level ids are
 * L<n> in rising order numbers its levels by n (hw-sm: 三级 = 3, 四级 = 4, 五级 = 5); any other
 * scale by position, 1 for the lowest.
 */
export interface LevelNumbering {
  numbers: number[];
  /** Consecutive numbers allow a fractional number in between (a mean of ratings). */
  consecutive: boolean;
}

const numberings = new WeakMap<Scale, LevelNumbering>();

export function levelNumbering(scale: Scale): LevelNumbering {
  let numbering = numberings.get(scale);
  if (!numbering) {
    const byId = scale.levels.map((l) => /^L(\d{1,6})$/.exec(l.id)).map((m) => (m ? Number(m[1]) : NaN));
    const rising = byId.every((n, i) => Number.isInteger(n) && (i === 0 || n > byId[i - 1]));
    const numbers = rising ? byId : scale.levels.map((_, i) => i + 1);
    const consecutive = numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
    numbering = { numbers, consecutive };
    numberings.set(scale, numbering);
  }
  return numbering;
}

const LEVEL_WORD = /^(?:level|lvl)\s*(\d{1,6})$/i;

/** A level named by text: its label or id, a number written as text, or "Level 3". */
function textLevel(scale: Scale, value: string): ProficiencyLevel | number | undefined {
  const trimmed = value.trim();
  const level = findLevel(scale, trimmed);
  if (level) return level;
  if (trimmed !== '' && !Number.isNaN(Number(trimmed))) return Number(trimmed);
  const word = LEVEL_WORD.exec(trimmed);
  return word ? Number(word[1]) : undefined;
}

function notALevel(scale: Scale, value: string): CompetencyError {
  return notAvailable(scaleMessages.notALevel(clipped(value), modelText(scale.name), listLevels(scale)));
}

function notALevelNumber(scale: Scale, value: number): CompetencyError {
  const { numbers, consecutive } = levelNumbering(scale);
  const last = numbers[numbers.length - 1];
  return badNumber(
    consecutive
      ? scaleMessages.notALevelNumberRange(value, modelText(scale.name), numbers[0], last)
      : scaleMessages.notALevelNumberList(value, modelText(scale.name), listSaid(numbers.slice(0, -1).map(String)), last),
  );
}

/**
 * The number of a level given as a label, an id or a level number (see levelNumbering).
 * On a scale numbered without gaps a number may be fractional (a mean of ratings) within its range.
 */
export function levelNumber(scale: Scale, value: string | number): number {
  const numbering = levelNumbering(scale);
  if (typeof value === 'number') {
    const { numbers } = numbering;
    const inRange = Number.isFinite(value) && value >= numbers[0] && value <= numbers[numbers.length - 1];
    if (!inRange || (!numbering.consecutive && !numbers.includes(value))) throw notALevelNumber(scale, value);
    return value;
  }
  const found = textLevel(scale, value);
  if (found === undefined) throw notALevel(scale, value);
  return typeof found === 'number' ? levelNumber(scale, found) : numbering.numbers[scale.levels.indexOf(found)];
}


/** A level cell read as a number, the error it gets, or null for blank text. */
export type LevelReader = (value: string | number) => number | CompetencyError | null;

/**
 * levelNumber as a value (the number, or the error it would throw; null for blank text),
 * remembered per scale: a whole column repeats a handful of labels, or one unknown label a
 * million times. Kept per scale object, so a re-imported model never reads stale levels.
 */
export const levelReader: (scale: Scale) => LevelReader = perObject((scale: Scale) =>
  remembered((value: string | number) => (typeof value === 'string' && value.trim() === '' ? null : levelNumberOutcome(scale, value))),
);

function levelNumberOutcome(scale: Scale, value: string | number): number | CompetencyError {
  try {
    return levelNumber(scale, value);
  } catch (error) {
    if (!(error instanceof CompetencyError)) throw error;
    return error;
  }
}

/** levelNumber as a value: the number, or the error it would throw (remembered per scale, as levelReader). */
export function levelNumberOrError(scale: Scale, value: string | number): number | CompetencyError {
  return levelReader(scale)(value) ?? levelNumberOutcome(scale, value);
}

/** The level itself, given as a label, an id or its whole level number. */
export function levelAt(scale: Scale, value: string | number): ProficiencyLevel {
  const found = typeof value === 'number' ? value : textLevel(scale, value);
  if (found === undefined) throw notALevel(scale, String(value));
  if (typeof found !== 'number') return found;
  const index = levelNumbering(scale).numbers.indexOf(found);
  if (index < 0) throw notALevelNumber(scale, found);
  return scale.levels[index];
}

/** The scale's score bands with their labels; throws when the scale has none. */
export function bandsOf(scale: Scale): LabelBand[] {
  if (!scale.scoreBands?.length)
    throw invalidValue(scaleMessages.noBands(modelText(scale.name)));
  return scale.scoreBands.map((band) => {
    const level = scale.levels.find((l) => l.id === band.levelId);
    if (!level) throw invalidValue(scaleMessages.bandUnknownLevel(band.min, modelText(scale.name), band.levelId));
    return { min: band.min, label: level.label };
  });
}

/**
 * How close to a band's lower bound a score counts as on it: one part in 10^9 of the bound (at
 * least 10^-9). A mean such as 74.99999999999999 is 75 as the user reads it, and takes 75's level.
 */
export const BAND_TOLERANCE = 1e-9;

/** The range of scores a scale's bands cover (the built-in and imported scales score 0 to 100). */
export const SCALE_SCORE_RANGE = { min: 0, max: 100 } as const;

/** The lowest score that counts as on or above a bound. */
export function bandReach(bound: number): number {
  return bound - BAND_TOLERANCE * Math.max(1, Math.abs(bound));
}

function reaches(score: number, bound: number): boolean {
  return score >= bandReach(bound);
}

/**
 * The band a score falls in, read like Excel's approximate-match LOOKUP: the last band whose
 * lower bound the score reaches (within BAND_TOLERANCE). A score below the first bound has no
 * level (#N/A); with a `range` (a scale's 0 to 100) a score outside it is #NUM!.
 * The error is returned, not thrown: a column may hold many such scores.
 */
export function bandOrError(score: number, bands: readonly LabelBand[], range?: { min: number; max: number }): LabelBand | CompetencyError {
  if (!Number.isFinite(score)) return invalidValue(scaleMessages.scoreNotFinite(String(score)));
  if (range && (score < range.min || score > range.max)) return badNumber(scaleMessages.scoreOutsideRange(score, range.min, range.max));
  let low = 0;
  let high = bands.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (reaches(score, bands[mid].min)) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found < 0 ? belowLowestBand(score, bands[0]) : bands[found];
}

function belowLowestBand(score: number, lowest: LabelBand): CompetencyError {
  return notAvailable(scaleMessages.scoreBelowBands(score, lowest.min, clipped(modelText(lowest.label))));
}

/** bandOrError, throwing the error. */
export function bandForScore(score: number, bands: readonly LabelBand[], range?: { min: number; max: number }): LabelBand {
  const band = bandOrError(score, bands, range);
  if (band instanceof CompetencyError) throw band;
  return band;
}

/** Checks a user-supplied band table: numeric ascending bounds, non-empty labels. */
export function checkBandTable(rows: ReadonlyArray<{ min: unknown; label: unknown }>): LabelBand[] {
  if (rows.length === 0) throw invalidValue(scaleMessages.bandTableEmpty());
  return rows.map((row, i) => {
    if (typeof row.min !== 'number' || !Number.isFinite(row.min))
      throw invalidValue(scaleMessages.bandBoundNotNumber(i + 1, clipped(JSON.stringify(row.min) ?? String(row.min))));
    if (typeof row.label !== 'string' && typeof row.label !== 'number') throw invalidValue(scaleMessages.bandLabelMissing(i + 1));
    const label = String(row.label).trim();
    if (label === '') throw invalidValue(scaleMessages.bandLabelBlank(i + 1));
    const previous = rows[i - 1];
    if (previous && typeof previous.min === 'number' && row.min <= previous.min)
      throw invalidValue(scaleMessages.bandsMustRise(i + 1, row.min, previous.min));
    return { min: row.min, label: { zh: label, en: label } };
  });
}
