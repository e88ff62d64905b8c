import { divideByZero, invalidValue, notAvailable } from '../errors';
import { listSaid, modelText } from '../message';
import { raterMessages } from './messages';
import { ROLE_IDS, type RoleId } from './roles';
import { roleOf, type RoundDefinition } from './round';

/**
 * Combining one person's ratings of one competency across rater roles, under the round's
 * anonymity rule (see round.ts): a mean per role, then a weighted mean over the roles present
 * with their weights renormalised.
 */

export interface Rating {
  role: RoleId;
  /** The level number (1 = lowest). */
  level: number;
  /** The rater's key; never shown for a role below its minimum. */
  rater?: string;
}

/** A set of ratings that is combined and shown as one: a role at or above its minimum, or the pooled "other". */
export interface RoleGroup {
  role: RoleId;
  levels: number[];
  raters: string[];
  weight: number;
  /** Roles below their minimum whose ratings were folded into this group (only for "other"). */
  folded: RoleId[];
}

export type HiddenReason = 'folded' | 'omitted';

export interface Grouping {
  groups: RoleGroup[];
  /** Roles with ratings that are not shown on their own: folded into "other", or left out. */
  hidden: { role: RoleId; reason: HiddenReason }[];
}

/** Applies the anonymity rule: which ratings are combined and shown under which role. */
export function groupByRole(ratings: readonly Rating[], round: RoundDefinition): Grouping {
  const byRole = new Map<RoleId, Rating[]>(ROLE_IDS.map((id) => [id, []]));
  for (const rating of ratings) byRole.get(rating.role)!.push(rating);
  const selfCount = byRole.get('self')!.length;
  if (selfCount > 1) throw invalidValue(raterMessages.selfRatedTwice(selfCount));

  const groups: RoleGroup[] = [];
  const hidden: Grouping['hidden'] = [];
  const pool: RoleGroup = { role: 'other', levels: [], raters: [], weight: roleOf(round, 'other').weight, folded: [] };
  const add = (group: RoleGroup, list: Rating[]) => {
    for (const r of list) {
      group.levels.push(r.level);
      if (r.rater !== undefined) group.raters.push(r.rater);
    }
  };
  for (const id of ROLE_IDS) {
    if (id === 'other') continue;
    const list = byRole.get(id)!;
    if (list.length === 0) continue;
    const role = roleOf(round, id);
    if (list.length >= role.minimum || id === 'self') {
      const group: RoleGroup = { role: id, levels: [], raters: [], weight: role.weight, folded: [] };
      add(group, list);
      groups.push(group);
    } else {
      add(pool, list);
      pool.weight += role.weight;
      pool.folded.push(id);
    }
  }
  add(pool, byRole.get('other')!);
  if (pool.levels.length > 0) {
    if (pool.levels.length >= roleOf(round, 'other').minimum) {
      groups.push(pool);
      for (const id of pool.folded) hidden.push({ role: id, reason: 'folded' });
    } else {
      for (const id of pool.folded) hidden.push({ role: id, reason: 'omitted' });
      if (byRole.get('other')!.length > 0) hidden.push({ role: 'other', reason: 'omitted' });
    }
  }
  return { groups, hidden };
}

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;

/** A role's level: the mean, or with `trim` and four or more raters the mean without the single highest and lowest. */
export function roleLevel(levels: readonly number[], trim: boolean): number {
  if (!trim || levels.length < 4) return mean(levels);
  const sorted = [...levels].sort((a, b) => a - b);
  return mean(sorted.slice(1, -1));
}

export interface CombinedRole {
  role: RoleId;
  count: number;
  level: number;
  weight: number;
  /** The role's part of the combination after renormalising (0..1). */
  share: number;
  folded: RoleId[];
}

export interface Combination {
  /** The combined level, null when there are no ratings. */
  level: number | null;
  /** The self rating, shown beside the combination (it enters it only through its weight). */
  self: number | null;
  roles: CombinedRole[];
  hidden: Grouping['hidden'];
}

export interface CombineOptions {
  trim?: boolean;
}

/**
 * The combined level of a person on a competency. No ratings gives null; ratings that the
 * anonymity rule leaves entirely out are #N/A; roles present that all weigh 0 are #DIV/0!.
 */
export function combineRatings(ratings: readonly Rating[], round: RoundDefinition, options: CombineOptions = {}): Combination {
  for (const r of ratings) if (!Number.isFinite(r.level)) throw invalidValue(raterMessages.levelNotNumber(String(r.level)));
  const { groups, hidden } = groupByRole(ratings, round);
  const self = groups.find((g) => g.role === 'self')?.levels[0] ?? null;
  if (ratings.length === 0) return { level: null, self, roles: [], hidden };
  if (groups.length === 0) {
    throw notAvailable(raterMessages.tooFewRaters(listSaid(hidden.map((h) => modelText(roleOf(round, h.role).name)))));
  }
  const total = groups.reduce((s, g) => s + g.weight, 0);
  if (!(total > 0)) throw divideByZero(raterMessages.rolesWeighZero(listSaid(groups.map((g) => modelText(roleOf(round, g.role).name)))));
  const roles = groups.map((g) => ({
    role: g.role,
    count: g.levels.length,
    level: roleLevel(g.levels, options.trim === true),
    weight: g.weight,
    share: g.weight / total,
    folded: g.folded,
  }));
  const level = roles.reduce((s, r) => s + r.level * r.share, 0);
  return { level, self, roles, hidden };
}
