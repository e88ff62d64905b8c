import { invalidValue } from '../errors';
import { joinSaid, listSaid, modelText, type Said } from '../message';
import type { LocalText } from '../model/types';
import { normalizeName } from '../text';
import { roundMessages } from './messages';
import { DEFAULT_ROLE_NAMES, ROLE_IDS, type RoleId } from './roles';

/**
 * A round's rater roles: a weight and an anonymity minimum per role.
 *
 * The rule for a role below its minimum (one place, used by combination and display):
 * - its ratings are folded into "other", and the pooled "other" carries its own weight plus the
 *   weights of the roles folded into it, so peers' and reports' voice keeps its share without
 *   exposing the few who rated;
 * - if the pooled "other" is still below the minimum of "other", all of it is left out (neither
 *   combined nor shown), because there is nothing further to hide it in;
 * - self is never folded: it is one known person, shown beside the others, and it enters the
 *   combination only through its own weight.
 * Weights are relative: they are renormalised over the roles present, so 10/50/20/20 and
 * 10 %/50 %/20 %/20 % mean the same.
 */

export interface RaterRole {
  id: RoleId;
  name: LocalText;
  weight: number;
  /** Fewest raters of this role whose ratings may be shown or combined on their own. */
  minimum: number;
}

export interface RoundDefinition {
  /** All five roles, in ROLE_IDS order. */
  roles: readonly RaterRole[];
}

export const DEFAULT_WEIGHTS: Readonly<Record<RoleId, number>> = { self: 0.1, manager: 0.5, peer: 0.2, report: 0.2, other: 0 };
export const DEFAULT_MINIMUMS: Readonly<Record<RoleId, number>> = { self: 1, manager: 1, peer: 3, report: 3, other: 3 };

export interface RoundChanges {
  names?: Partial<Record<RoleId, LocalText>>;
  weights?: Partial<Record<RoleId, number>>;
  minimums?: Partial<Record<RoleId, number>>;
}

/** What is wrong with a round, one message per problem in both languages; empty when it is valid. */
export function roundProblems(round: RoundDefinition): Said[] {
  const problems: Said[] = [];
  const ids = round.roles.map((r) => r.id);
  if (ids.length !== ROLE_IDS.length || ROLE_IDS.some((id, i) => ids[i] !== id))
    problems.push(roundMessages.roleOrder(listSaid(ROLE_IDS)));
  const seen = new Map<string, RaterRole>();
  for (const role of round.roles) {
    const label = role.name.zh?.trim() || role.name.en?.trim() ? modelText(role.name) : role.id;
    if (!role.name.zh?.trim() || !role.name.en?.trim())
      problems.push(roundMessages.roleNeedsNames(role.id));
    for (const name of [role.name.zh, role.name.en]) {
      if (!name?.trim()) continue;
      const other = seen.get(normalizeName(name));
      if (other && other.id !== role.id)
        problems.push(roundMessages.sameName(name, other.id, role.id));
      seen.set(normalizeName(name), role);
    }
    if (!Number.isFinite(role.weight) || role.weight < 0)
      problems.push(roundMessages.badWeight(label, String(role.weight)));
    if (!Number.isInteger(role.minimum) || role.minimum < 1)
      problems.push(roundMessages.badMinimum(label, String(role.minimum)));
    if (role.id === 'self' && role.minimum !== 1)
      problems.push(roundMessages.selfMinimum(label, String(role.minimum)));
  }
  if (round.roles.length > 0 && round.roles.every((r) => !(r.weight > 0)))
    problems.push(roundMessages.noWeight());
  return problems;
}

/** The default round (self 10 %, manager 50 %, peers 20 %, reports 20 %, other 0 %) with changes; refused as a whole if invalid. */
export function defineRound(changes: RoundChanges = {}): RoundDefinition {
  const round: RoundDefinition = {
    roles: ROLE_IDS.map((id) => ({
      id,
      name: { ...DEFAULT_ROLE_NAMES[id], ...changes.names?.[id] },
      weight: changes.weights?.[id] ?? DEFAULT_WEIGHTS[id],
      minimum: changes.minimums?.[id] ?? DEFAULT_MINIMUMS[id],
    })),
  };
  const problems = roundProblems(round);
  if (problems.length > 0) throw invalidValue(joinSaid(problems, { en: ' ', zh: '' }));
  return round;
}

export function roleOf(round: RoundDefinition, id: RoleId): RaterRole {
  return round.roles.find((r) => r.id === id)!;
}

/** The role names of a round, for reading role cells. */
export function roundNames(round: RoundDefinition): Record<RoleId, LocalText> {
  return Object.fromEntries(round.roles.map((r) => [r.id, r.name])) as Record<RoleId, LocalText>;
}
