import { invalidValue } from '../errors';
import { joinSaid, modelText } from '../message';
import type { LocalText } from '../model/types';
import { bothLanguages, normalizeName } from '../text';
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
export function roundProblems(round: RoundDefinition): LocalText[] {
  const problems: LocalText[] = [];
  const ids = round.roles.map((r) => r.id);
  if (ids.length !== ROLE_IDS.length || ROLE_IDS.some((id, i) => ids[i] !== id))
    problems.push({ en: `a round has the roles ${ROLE_IDS.join(', ')} in that order`, zh: `评估轮次的角色必须依次为 ${ROLE_IDS.join('、')}` });
  const seen = new Map<string, RaterRole>();
  for (const role of round.roles) {
    const label = bothLanguages(role.name) || role.id;
    if (!role.name.zh?.trim() || !role.name.en?.trim())
      problems.push({ en: `the role ${role.id} needs a name in both Chinese and English`, zh: `角色 ${role.id} 需要中文和英文名称` });
    for (const name of [role.name.zh, role.name.en]) {
      if (!name?.trim()) continue;
      const other = seen.get(normalizeName(name));
      if (other && other.id !== role.id)
        problems.push({ en: `two roles are called "${name}" (${other.id} and ${role.id}): give each its own name`, zh: `两个角色同名"${name}"(${other.id} 和 ${role.id}):请分别命名` });
      seen.set(normalizeName(name), role);
    }
    if (!Number.isFinite(role.weight) || role.weight < 0)
      problems.push({ en: `the weight of ${label} must be a number of 0 or more, not ${role.weight}`, zh: `${label} 的权重必须是不小于 0 的数,而不是 ${role.weight}` });
    if (!Number.isInteger(role.minimum) || role.minimum < 1)
      problems.push({ en: `the minimum raters of ${label} must be a whole number of 1 or more, not ${role.minimum}`, zh: `${label} 的最少评价人数必须是不小于 1 的整数,而不是 ${role.minimum}` });
    if (role.id === 'self' && role.minimum !== 1)
      problems.push({ en: `${label} is one person: its minimum must be 1, not ${role.minimum}`, zh: `${label} 只有本人一位评价人:最少人数必须为 1,而不是 ${role.minimum}` });
  }
  if (round.roles.length > 0 && round.roles.every((r) => !(r.weight > 0)))
    problems.push({ en: 'at least one role needs a weight above 0', zh: '至少一个角色的权重必须大于 0' });
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
  if (problems.length > 0) throw invalidValue(joinSaid(problems.map(modelText)));
  return round;
}

export function roleOf(round: RoundDefinition, id: RoleId): RaterRole {
  return round.roles.find((r) => r.id === id)!;
}

/** The role names of a round, for reading role cells. */
export function roundNames(round: RoundDefinition): Record<RoleId, LocalText> {
  return Object.fromEntries(round.roles.map((r) => [r.id, r.name])) as Record<RoleId, LocalText>;
}
