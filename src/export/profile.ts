import type { AssessmentSnapshot } from '../core/rating/snapshot';

/**
 * What the deck says about people, computed from the snapshot without pptxgenjs: gaps to target,
 * overall status, team averages and the values the radar charts plot.
 *
 * Not rated (a null level) and no target (a null target) are plotted as 0, the centre of the radar:
 * the value axis runs from 0 to the number of levels and level 1 is the first ring, so 0 sits below
 * every level and never looks like a rating. The category label of such a competency says
 * "(not rated)" / "(no target)" and the gap list names it, so the dip to the centre is explained where
 * it is drawn. A blank point (a gap in the line) would be the purer picture, but pptxgenjs writes a
 * blank as an empty `<c:v>` that PowerPoint does not reliably leave out (pptxgenjs issue 514), and its
 * embedded workbook turns 0 into a blank cell anyway; 0 renders the same everywhere.
 */

export type PersonSnapshot = AssessmentSnapshot['people'][number];

export interface CompetencyGap {
  /** Index of the competency in the snapshot. */
  index: number;
  /** Target minus actual, in levels: always > 0 here. */
  gap: number;
  actual: number;
  target: number;
}

export type OverallStatus = 'not-assessed' | 'below' | 'on-target' | 'no-targets';

export interface PersonProfile {
  /** Competencies below target, largest gap first; equal gaps keep the model's order. */
  gaps: CompetencyGap[];
  /** Indices of competencies without a level. */
  notRated: number[];
  /** Indices of rated competencies without a target. */
  noTarget: number[];
  status: OverallStatus;
  /** Values plotted on the radar: level and target per competency, 0 where null. */
  chartLevels: number[];
  chartTargets: number[];
}

/** A snapshot number as a level, or null where it is blank or not a number. */
function levelOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function personProfile(person: PersonSnapshot, competencyCount: number): PersonProfile {
  const gaps: CompetencyGap[] = [];
  const notRated: number[] = [];
  const noTarget: number[] = [];
  const chartLevels: number[] = [];
  const chartTargets: number[] = [];
  let compared = 0;
  for (let i = 0; i < competencyCount; i++) {
    const actual = levelOrNull(person.levels[i]);
    const target = levelOrNull(person.targets[i]);
    chartLevels.push(actual ?? 0);
    chartTargets.push(target ?? 0);
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
  return { gaps, notRated, noTarget, status, chartLevels, chartTargets };
}

export interface TeamSummary {
  /** Mean level per competency over the people rated on it; null where no one is. */
  averageLevels: (number | null)[];
  /** Mean target per competency over the people with a target for it; null where no one has one. */
  averageTargets: (number | null)[];
  counts: Record<OverallStatus, number>;
}

export function teamSummary(snapshot: AssessmentSnapshot, profiles: readonly PersonProfile[]): TeamSummary {
  const n = snapshot.competencies.length;
  const levelSum = new Array<number>(n).fill(0);
  const levelCount = new Array<number>(n).fill(0);
  const targetSum = new Array<number>(n).fill(0);
  const targetCount = new Array<number>(n).fill(0);
  for (const person of snapshot.people) {
    for (let i = 0; i < n; i++) {
      const level = levelOrNull(person.levels[i]);
      const target = levelOrNull(person.targets[i]);
      if (level !== null) {
        levelSum[i] += level;
        levelCount[i]++;
      }
      if (target !== null) {
        targetSum[i] += target;
        targetCount[i]++;
      }
    }
  }
  const counts: Record<OverallStatus, number> = { 'not-assessed': 0, below: 0, 'on-target': 0, 'no-targets': 0 };
  for (const p of profiles) counts[p.status]++;
  return {
    averageLevels: levelSum.map((sum, i) => (levelCount[i] ? round2(sum / levelCount[i]) : null)),
    averageTargets: targetSum.map((sum, i) => (targetCount[i] ? round2(sum / targetCount[i]) : null)),
    counts,
  };
}

/** The label of a level number ("高级"), or the number itself where it is not a whole level of the scale. */
export function levelLabel(scaleLabels: readonly string[], level: number): string {
  return Number.isInteger(level) && level >= 1 && level <= scaleLabels.length ? scaleLabels[level - 1] : String(level);
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
