import { localize } from '../text';
import type { Locale } from '../model/types';
import { groupByRole, type HiddenReason, type Rating } from './combine';
import { ROLE_IDS, type RoleId } from './roles';
import { roleOf, type RoundDefinition } from './round';

/**
 * The spread of ratings per role for display (the pane, a slide). Levels are shown sorted, never
 * beside who gave them; raters are named only for a role at or above its minimum that holds no
 * folded ratings; a role below its minimum shows only where its ratings went.
 */

export type RoleSpread =
  | { role: RoleId; name: string; status: 'shown'; count: number; min: number; max: number; mean: number; levels: number[]; raters: string[]; includes: RoleId[] }
  | { role: RoleId; name: string; status: HiddenReason };

export function spreadByRole(ratings: readonly Rating[], round: RoundDefinition, locale: Locale): RoleSpread[] {
  const { groups, hidden } = groupByRole(ratings, round);
  const name = (id: RoleId) => localize(roleOf(round, id).name, locale);
  const entries: RoleSpread[] = [];
  for (const id of ROLE_IDS) {
    const group = groups.find((g) => g.role === id);
    if (group) {
      const levels = [...group.levels].sort((a, b) => a - b);
      entries.push({
        role: id,
        name: name(id),
        status: 'shown',
        count: levels.length,
        min: levels[0],
        max: levels[levels.length - 1],
        mean: levels.reduce((s, v) => s + v, 0) / levels.length,
        levels,
        raters: group.folded.length > 0 ? [] : [...group.raters].sort(),
        includes: group.folded,
      });
    }
    const gone = hidden.find((h) => h.role === id);
    if (gone && !group) entries.push({ role: id, name: name(id), status: gone.reason });
  }
  return entries;
}
