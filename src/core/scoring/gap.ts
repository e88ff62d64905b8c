import { levelNumber } from './scale';
import type { Scale } from '../model/types';

/** Target minus actual in levels: positive is a shortfall, 0 on target, negative above target. */
export function levelGap(scale: Scale, actual: string | number, target: string | number): number {
  return levelNumber(scale, target) - levelNumber(scale, actual);
}

/** Levels and targets as an assessment snapshot holds them: a number, or null where blank or not a level. */
export interface RatedPerson {
  levels: readonly (number | null)[];
  targets: readonly (number | null)[];
}

export interface CompetencyGap {
  /** Index of the competency in the snapshot. */
  index: number;
  /** Target minus actual, in levels: always > 0 here. */
  gap: number;
  actual: number;
  target: number;
}

export type OverallStatus = 'not-assessed' | 'below' | 'on-target' | 'no-targets';

export interface PersonGaps {
  /** Competencies below target, largest gap first; equal gaps keep the model's order. */
  gaps: CompetencyGap[];
  /** Indices of competencies without a level. */
  notRated: number[];
  /** Indices of rated competencies without a target. */
  noTarget: number[];
  /** Not assessed when nothing is rated; below when any gap; no targets when nothing rated has one; else on target. */
  status: OverallStatus;
}

/** A snapshot number as a level, or null where it is blank or not a number. */
export function levelOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function personGaps(person: RatedPerson, competencyCount: number): PersonGaps {
  const gaps: CompetencyGap[] = [];
  const notRated: number[] = [];
  const noTarget: number[] = [];
  let compared = 0;
  for (let i = 0; i < competencyCount; i++) {
    const actual = levelOrNull(person.levels[i]);
    const target = levelOrNull(person.targets[i]);
    if (actual === null) {
      notRated.push(i);
      continue;
    }
    if (target === null) {
      noTarget.push(i);
      continue;
    }
    compared++;
    if (target > actual) gaps.push({ index: i, gap: round2(target - actual), actual, target });
  }
  gaps.sort((a, b) => b.gap - a.gap || a.index - b.index);
  let status: OverallStatus;
  if (notRated.length === competencyCount) status = 'not-assessed';
  else if (gaps.length > 0) status = 'below';
  else if (compared === 0) status = 'no-targets';
  else status = 'on-target';
  return { gaps, notRated, noTarget, status };
}

export interface TeamSummary {
  /** Mean level per competency over the people rated on it; null where no one is. */
  averageLevels: (number | null)[];
  /** Mean target per competency over the people with a target for it; null where no one has one. */
  averageTargets: (number | null)[];
  counts: Record<OverallStatus, number>;
}

export function teamSummary(people: readonly RatedPerson[], competencyCount: number, statuses: readonly OverallStatus[]): TeamSummary {
  const mean = (pick: (person: RatedPerson) => readonly (number | null)[], i: number): number | null => {
    const values = people.map((p) => levelOrNull(pick(p)[i])).filter((v): v is number => v !== null);
    return values.length ? round2(values.reduce((sum, v) => sum + v, 0) / values.length) : null;
  };
  const counts: Record<OverallStatus, number> = { 'not-assessed': 0, below: 0, 'on-target': 0, 'no-targets': 0 };
  for (const status of statuses) counts[status]++;
  return {
    averageLevels: Array.from({ length: competencyCount }, (_, i) => mean((p) => p.levels, i)),
    averageTargets: Array.from({ length: competencyCount }, (_, i) => mean((p) => p.targets, i)),
    counts,
  };
}
