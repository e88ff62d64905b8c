import type { AssessmentSnapshot } from '../core/rating/snapshot';
import { levelOrNull, personGaps, teamSummary as teamSummaryOf, type CompetencyGap, type OverallStatus, type PersonGaps, type TeamSummary } from '../core/scoring/gap';

/**
 * What the deck says about people: gaps to target, overall status and team averages (core's
 * scoring/gap.ts), and the values the radar charts plot.
 *
 * Not rated (a null level) and no target (a null target) are plotted as 0, the centre of the radar:
 * the value axis runs from 0 to the number of levels and level 1 is the first ring, so 0 sits below
 * every level and never looks like a rating. The category label of such a competency says
 * "(not rated)" / "(no target)" and the gap list names it, so the dip to the centre is explained where
 * it is drawn. A blank point (a gap in the line) would be the purer picture, but pptxgenjs writes a
 * blank as an empty `<c:v>` that PowerPoint does not reliably leave out, and its
 * embedded workbook turns 0 into a blank cell anyway; 0 renders the same everywhere.
 */

export type PersonSnapshot = AssessmentSnapshot['people'][number];
export type { CompetencyGap, OverallStatus, TeamSummary };

export interface PersonProfile extends PersonGaps {
  /** Values plotted on the radar: level and target per competency, 0 where null. */
  chartLevels: number[];
  chartTargets: number[];
}

export function personProfile(person: PersonSnapshot, competencyCount: number): PersonProfile {
  const plotted = (values: readonly (number | null)[]) => Array.from({ length: competencyCount }, (_, i) => levelOrNull(values[i]) ?? 0);
  return { ...personGaps(person, competencyCount), chartLevels: plotted(person.levels), chartTargets: plotted(person.targets) };
}

export function teamSummary(snapshot: AssessmentSnapshot, profiles: readonly PersonProfile[]): TeamSummary {
  return teamSummaryOf(snapshot.people, snapshot.competencies.length, profiles.map((p) => p.status));
}

/** The label of a level number ("高级"), or the number itself where it is not a whole level of the scale. */
export function levelLabel(scaleLabels: readonly string[], level: number): string {
  return Number.isInteger(level) && level >= 1 && level <= scaleLabels.length ? scaleLabels[level - 1] : String(level);
}
