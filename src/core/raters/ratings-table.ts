import { CompetencyError, invalidValue } from '../errors';
import type { Scale } from '../model/types';
import { levelNumberOrError } from '../scoring/scale';
import { normalizeName } from '../text';
import { krippendorffAlpha } from './agreement';
import { combineRatings, type CombineOptions, type Rating } from './combine';
import { roleOfName } from './roles';
import { roundNames, type RoundDefinition } from './round';
import { raterMessages, raterPlaces } from './messages';

/**
 * The Ratings table read as a whole: who rated whom on what, grouped by person and competency, so
 * the Assessment sheet computes every combined level and every agreement figure from one pass
 * over the table (one formula each) rather than one scan of the table per cell.
 */

/** One row of the Ratings table as its cells give it. */
export interface RatingsEntry {
  person: string;
  competency: string;
  rater: string;
  /** The role as written (id, name in either language or a synonym); blank when missing. */
  role: string;
  /** A level label, id or number; null or "" when not rated yet. */
  level: string | number | null;
  /** A row whose cells cannot be read (an error value): every result it would enter shows this error. */
  problem?: CompetencyError;
}

type Outcome = number | '' | CompetencyError;

const keyOf = (person: string, competency: string) => `${normalizeName(person)}\u0000${normalizeName(competency)}`;

/** The rows of each person and competency, keyed by the normalised names. */
export function groupEntries(entries: readonly RatingsEntry[]): Map<string, RatingsEntry[]> {
  const groups = new Map<string, RatingsEntry[]>();
  for (const entry of entries) {
    if (entry.person.trim() === '' || entry.competency.trim() === '') continue;
    const key = keyOf(entry.person, entry.competency);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(entry);
  }
  return groups;
}

/** The rows of one person and competency. */
export function entriesOf(groups: Map<string, RatingsEntry[]>, person: string, competency: string): RatingsEntry[] {
  return groups.get(keyOf(person, competency)) ?? [];
}

const isUnrated = (level: RatingsEntry['level']) => level === null || (typeof level === 'string' && level.trim() === '');

/** The ratings of a group as level numbers with roles; the first unreadable row is thrown with its rater named. */
export function ratingsOf(entries: readonly RatingsEntry[], round: RoundDefinition, scale: Scale): Rating[] {
  const names = roundNames(round);
  const ratings: Rating[] = [];
  for (const entry of entries) {
    if (entry.problem) throw entry.problem;
    if (isUnrated(entry.level)) continue;
    const rater = entry.rater.trim();
    const who = rater === '' ? raterPlaces.ratingWithoutRater() : raterPlaces.ratingOfRater(rater);
    const role = entry.role.trim() === '' ? null : roleOfName(entry.role, names);
    if (role === null) {
      if (entry.role.trim() === '') throw invalidValue(raterMessages.ratingWithoutRole(who));
      throw invalidValue(raterMessages.ratingWithUnknownRole(who, entry.role));
    }
    const level = levelNumberOrError(scale, typeof entry.level === 'string' ? entry.level.trim() : entry.level!);
    if (level instanceof CompetencyError) throw invalidValue(raterMessages.ratingNotOnScale(who, level.said));
    ratings.push({ role, level, rater: entry.rater });
  }
  return ratings;
}

function outcome(rule: () => number | ''): Outcome {
  try {
    return rule();
  } catch (error) {
    if (error instanceof CompetencyError) return error;
    throw error;
  }
}

/**
 * The combined level per person (rows) and competency (columns): blank where nobody rated yet, an
 * error only in the cell whose ratings are wrong (so one bad row does not hide every result).
 */
export function combinedLevels(
  entries: readonly RatingsEntry[],
  people: readonly string[],
  competencies: readonly string[],
  round: RoundDefinition,
  scale: Scale,
  options: CombineOptions = {},
): Outcome[][] {
  const groups = groupEntries(entries);
  return people.map((person) =>
    competencies.map((competency) =>
      outcome(() => {
        if (person.trim() === '' || competency.trim() === '') return '';
        const result = combineRatings(ratingsOf(entriesOf(groups, person, competency), round, scale), round, options);
        return result.level === null ? '' : result.level;
      }),
    ),
  );
}

/**
 * Krippendorff's alpha (ordinal) per competency with the people as units: how alike the raters
 * read the competency's behaviour indicators. Blank where fewer than two ratings of a person exist.
 */
export function agreementByCompetency(entries: readonly RatingsEntry[], competencies: readonly string[], round: RoundDefinition, scale: Scale): Outcome[] {
  const byCompetency = new Map<string, Map<string, RatingsEntry[]>>();
  for (const entry of entries) {
    if (entry.person.trim() === '' || entry.competency.trim() === '') continue;
    const competency = normalizeName(entry.competency);
    let people = byCompetency.get(competency);
    if (!people) byCompetency.set(competency, (people = new Map()));
    const person = normalizeName(entry.person);
    let list = people.get(person);
    if (!list) people.set(person, (list = []));
    list.push(entry);
  }
  return competencies.map((competency) =>
    outcome(() => {
      const people = byCompetency.get(normalizeName(competency));
      if (!people) return '';
      const units = [...people.values()].map((list) => ratingsOf(list, round, scale).map((r) => r.level));
      if (!units.some((levels) => levels.length >= 2)) return '';
      return krippendorffAlpha(units, 'ordinal').alpha;
    }),
  );
}
