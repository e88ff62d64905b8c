import type { LocalText } from '../model/types';
import { normalizeName, textMatches } from '../text';

/**
 * The rater roles of a round. Ids are fixed (they key weights, minimums and the Ratings table);
 * the names users see are editable per round, in both languages.
 */

export type RoleId = 'self' | 'manager' | 'peer' | 'report' | 'other';

/** Every role in the order weights and minimums are given (e.g. a row of five weights). */
export const ROLE_IDS: readonly RoleId[] = ['self', 'manager', 'peer', 'report', 'other'];

export const DEFAULT_ROLE_NAMES: Readonly<Record<RoleId, LocalText>> = {
  self: { zh: '自评', en: 'Self' },
  manager: { zh: '上级', en: 'Manager' },
  peer: { zh: '同事', en: 'Peers' },
  report: { zh: '下属', en: 'Direct reports' },
  other: { zh: '其他', en: 'Other' },
};

/** Other ways people write a role in a Ratings table, besides its id and its names. */
const ROLE_SYNONYMS: Readonly<Record<RoleId, readonly string[]>> = {
  self: ['本人', '自己', '自我评价'],
  manager: ['经理', '直接上级', '主管', 'supervisor', 'line manager'],
  peer: ['同级', '平级', '同事评价'],
  report: ['下级', '直接下属', 'direct report', 'reports', 'subordinate', 'subordinates'],
  other: ['others', '其他人'],
};

/** The role a name stands for: its id, its name in the round (either language), or a common synonym. */
export function roleOfName(name: string, names: Readonly<Record<RoleId, LocalText>> = DEFAULT_ROLE_NAMES): RoleId | null {
  const query = normalizeName(name);
  for (const id of ROLE_IDS) {
    if (query === id || textMatches(names[id], name)) return id;
  }
  for (const id of ROLE_IDS) {
    if (ROLE_SYNONYMS[id].some((synonym) => normalizeName(synonym) === query)) return id;
    if (textMatches(DEFAULT_ROLE_NAMES[id], name) || query === `${id}s`) return id;
  }
  return null;
}
