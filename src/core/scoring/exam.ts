import { CompetencyError, notAvailable } from '../errors';
import type { Competency, LevelModel, Scale } from '../model/types';
import { perObject, remembered } from '../memo';
import { modelText } from '../message';
import { scaleMessages } from './messages';
import { bandOrError, levelNumbering, levelReader, SCALE_SCORE_RANGE, type LabelBand, type LevelReader } from './scale';

/**
 * Knowledge items assessed by exam (seed 003, items 9 and 10) hold a 0-100 score, and the score's
 * band gives the level: the same bands HR.COMPETENCY.LEVEL reads. A level label written into such a
 * cell still reads as that level, so a sheet rated before the exam keeps its meaning.
 */

export function isExamCompetency(competency: Competency | undefined): boolean {
  return competency?.assessment === 'exam';
}

/** The scale's score bands, each with the level number it gives; null when the scale has none. */
const examBands = perObject((scale: Scale): { bands: LabelBand[]; numbers: number[] } | null => {
  if (!scale.scoreBands?.length) return null;
  const { numbers } = levelNumbering(scale);
  const bands: LabelBand[] = [];
  const bandNumbers: number[] = [];
  for (const band of [...scale.scoreBands].sort((a, b) => a.min - b.min)) {
    const index = scale.levels.findIndex((l) => l.id === band.levelId);
    if (index < 0) continue;
    bands.push({ min: band.min, label: scale.levels[index].label });
    bandNumbers.push(numbers[index]);
  }
  return bands.length > 0 ? { bands, numbers: bandNumbers } : null;
});

/** The level number a 0-100 exam score gives on the scale, or the error saying why it gives none. */
export function examLevelNumber(scale: Scale, score: number): number | CompetencyError {
  const found = examBands(scale);
  if (!found) return notAvailable(scaleMessages.noBandsForExam(modelText(scale.name)));
  const band = bandOrError(score, found.bands, SCALE_SCORE_RANGE);
  return band instanceof CompetencyError ? band : found.numbers[found.bands.indexOf(band)];
}

/** The lower score bound of each of the scale's levels that a score reaches, lowest first (for sheet formulas and prompts). */
export function examScoreBounds(scale: Scale): { min: number; levelNumber: number; label: Scale['levels'][number]['label'] }[] {
  const found = examBands(scale);
  return found ? found.bands.map((band, i) => ({ min: band.min, levelNumber: found.numbers[i], label: band.label })) : [];
}

/** A number, or a number written as text ("82", " 82 "); null for anything else. */
function scoreOf(value: string | number): number | null {
  if (typeof value === 'number') return value;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isNaN(n) ? null : n;
}

/**
 * How a cell of one competency reads as a level number: for an exam competency a number is its
 * score, a label its level; for any other competency the scale's own reading (levelReader).
 * Remembered per model and competency, as levelReader is per scale.
 */
export const competencyLevelReader: (model: LevelModel, competency: Competency | undefined) => LevelReader = (model, competency) =>
  isExamCompetency(competency) ? examReader(model.scale) : levelReader(model.scale);

const examReader = perObject((scale: Scale) => {
  const labels = levelReader(scale);
  return remembered((value: string | number) => {
    const score = scoreOf(value);
    return score === null ? labels(value) : examLevelNumber(scale, score);
  });
});

/** What an assessor typed as an exam score: the score and the level it gives, or why it gives none. */
export type ExamScoreEntry =
  | { score: number; levelId: string }
  | { problem: 'empty' | 'not-a-number' | 'outside' | 'no-bands' };

/** Reads a typed exam score (decimal point or comma, spaces around) against the scale's bands. */
export function examScoreEntry(scale: Scale, typed: string): ExamScoreEntry {
  const text = typed.trim().replace(/^(\d+),(\d+)$/, '$1.$2');
  if (text === '') return { problem: 'empty' };
  const score = Number(text);
  if (!Number.isFinite(score)) return { problem: 'not-a-number' };
  if (score < SCALE_SCORE_RANGE.min || score > SCALE_SCORE_RANGE.max) return { problem: 'outside' };
  const level = examLevelNumber(scale, score);
  if (level instanceof CompetencyError) return { problem: 'no-bands' };
  return { score, levelId: scale.levels[levelNumbering(scale).numbers.indexOf(level)].id };
}
