import type { Locale } from '../core/model/types';
import type { CompetencySpread } from '../core/raters/person-spread';
import { DEFAULT_ROLE_NAMES, ROLE_IDS, type RoleId } from '../core/raters/roles';
import type { RoleSpread } from '../core/raters/spread';
import { localize } from '../core/text';

/**
 * The table of a person's spread slide: a row per competency, a column per role, each cell the
 * role's mean with its range and count; self is marked and shaded. What a role may show was
 * decided in core (spread.ts): a role below its minimum shows where its ratings went, never who.
 */

export interface SpreadCell {
  text: string;
  kind: 'header' | 'name' | 'self' | 'role' | 'hidden' | 'problem';
}

interface SpreadStrings {
  title(person: string): string;
  subtitle: string;
  competency: string;
  folded: string;
  omitted: string;
  legend(levels: string): string;
}

const STRINGS: Record<Locale, SpreadStrings> = {
  'zh-CN': {
    title: (person) => `${person}:各角色的评价`,
    subtitle: '每格:平均(最低–最高)· 人数;★ 自评;人数不足的角色不显示评价人',
    competency: '能力素质项',
    folded: '人数不足,并入"其他"',
    omitted: '人数不足,不显示',
    legend: (levels) => `级别:${levels}`,
  },
  'en-US': {
    title: (person) => `${person}: ratings by role`,
    subtitle: 'Each cell: mean (min–max) · raters; ★ self; raters of a role with too few are never shown',
    competency: 'Competency',
    folded: 'too few: pooled into Other',
    omitted: 'too few: not shown',
    legend: (levels) => `Levels: ${levels}`,
  },
};

export function spreadStrings(locale: Locale): SpreadStrings {
  return STRINGS[locale];
}

function roleCell(entry: RoleSpread | undefined, s: SpreadStrings): SpreadCell {
  if (!entry) return { text: '', kind: 'role' };
  if (entry.status !== 'shown') return { text: entry.status === 'folded' ? s.folded : s.omitted, kind: 'hidden' };
  const value = entry.count === 1 ? String(entry.min) : `${entry.mean.toFixed(2)} (${entry.min}–${entry.max}) · ${entry.count}`;
  return entry.role === 'self' ? { text: `★ ${value}`, kind: 'self' } : { text: value, kind: 'role' };
}

/** The header row and a row per competency. */
export function spreadTable(rows: readonly CompetencySpread[], locale: Locale): SpreadCell[][] {
  const s = STRINGS[locale];
  const header: SpreadCell[] = [{ text: s.competency, kind: 'header' }, ...ROLE_IDS.map((id: RoleId) => ({ text: (id === 'self' ? '★ ' : '') + localize(DEFAULT_ROLE_NAMES[id], locale), kind: 'header' as const }))];
  return [
    header,
    ...rows.map((row): SpreadCell[] => {
      const name: SpreadCell = { text: row.competency, kind: 'name' };
      if (!Array.isArray(row.roles)) return [name, { text: row.roles.problem, kind: 'problem' }, ...ROLE_IDS.slice(1).map(() => ({ text: '', kind: 'problem' as const }))];
      const roles = row.roles;
      return [name, ...ROLE_IDS.map((id) => roleCell(roles.find((e) => e.role === id), s))];
    }),
  ];
}
