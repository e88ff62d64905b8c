import { CompetencyError } from '../errors';
import type { LevelModel, Locale } from '../model/types';
import { localize, normalizeName, textMatches } from '../text';
import type { RatingsTableRead } from './pane-rating';
import { roundOfTable } from './pane-rating';
import { ratingsOf, type RatingsEntry } from './ratings-table';
import { spreadByRole, type RoleSpread } from './spread';

/**
 * The spread per role of every person's ratings, competency by competency, for a slide per person.
 * A Ratings row names its competency by the Assessment header (either language, or the id); the
 * same anonymity rule as in the pane decides what is shown (spread.ts).
 */

export interface CompetencySpread {
  competency: string;
  /** The roles with ratings, or why this competency's ratings cannot be combined. */
  roles: RoleSpread[] | { problem: string };
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());

/** Per person (by key, in the order given): their competencies' spreads; null for someone nobody rated. */
export function personSpreads(read: RatingsTableRead, personKeys: readonly string[], model: LevelModel, locale: Locale): (CompetencySpread[] | null)[] {
  const at = (header: string) => read.headers.findIndex((h) => normalizeName(text(h)) === normalizeName(header));
  const [person, competency, rater, role, level] = ['PersonKey', 'Competency', 'RaterKey', 'Role', 'Level'].map(at);
  if ([person, competency, rater, role, level].some((i) => i < 0)) return personKeys.map(() => null);
  const competencyOf = (name: string) => model.competencies.find((c) => normalizeName(c.id) === normalizeName(name) || textMatches(c.name, name));
  const byPerson = new Map<string, Map<string, RatingsEntry[]>>();
  for (const row of read.rows) {
    const found = competencyOf(text(row[competency]));
    const key = normalizeName(text(row[person]));
    if (!found || key === '') continue;
    let competencies = byPerson.get(key);
    if (!competencies) byPerson.set(key, (competencies = new Map()));
    let list = competencies.get(found.id);
    if (!list) competencies.set(found.id, (list = []));
    list.push({ person: text(row[person]), competency: found.id, rater: text(row[rater]), role: text(row[role]), level: typeof row[level] === 'number' ? (row[level] as number) : text(row[level]) });
  }
  let round: ReturnType<typeof roundOfTable> | CompetencyError;
  try {
    round = roundOfTable(read);
  } catch (error) {
    if (!(error instanceof CompetencyError)) throw error;
    round = error;
  }
  return personKeys.map((key) => {
    const competencies = byPerson.get(normalizeName(key));
    if (!competencies) return null;
    const rows = model.competencies.map((c): CompetencySpread => {
      const name = localize(c.name, locale);
      if (round instanceof CompetencyError) return { competency: name, roles: { problem: round.messageIn(locale) } };
      try {
        return { competency: name, roles: spreadByRole(ratingsOf(competencies.get(c.id) ?? [], round, model.scale), round, locale) };
      } catch (error) {
        if (error instanceof CompetencyError) return { competency: name, roles: { problem: error.messageIn(locale) } };
        throw error;
      }
    });
    return rows.some((r) => !Array.isArray(r.roles) || r.roles.length > 0) ? rows : null;
  });
}
