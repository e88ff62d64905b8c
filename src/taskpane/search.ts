import { localize, normalizeName } from '../core/text';
import type { CompetencyModel, LocalText, Locale } from '../core/model/types';

export type SearchField = 'name' | 'definition' | 'summary' | 'indicator' | 'criteria';

export interface SearchHit {
  field: SearchField;
  levelId?: string;
  /** The matching text, in the language that matched (the pane's when both do). */
  text: string;
}

/** A competency (or points element) with the places where the query matched. */
export interface SearchResult {
  targetId: string;
  name: LocalText;
  hits: SearchHit[];
}

interface Entry {
  field: SearchField;
  levelId?: string;
  text: LocalText | undefined;
}

function entriesOf(model: CompetencyModel): { targetId: string; name: LocalText; entries: Entry[] }[] {
  if (model.kind === 'points') {
    return model.groups.flatMap((group) =>
      group.elements.map((element) => ({
        targetId: element.id,
        name: element.name,
        entries: [
          { field: 'name' as const, text: element.name },
          ...Object.entries(element.criteria ?? {}).map(([levelId, text]) => ({ field: 'criteria' as const, levelId, text })),
        ],
      })),
    );
  }
  return model.competencies.map((competency) => ({
    targetId: competency.id,
    name: competency.name,
    entries: [
      { field: 'name' as const, text: competency.name },
      { field: 'definition' as const, text: competency.definition },
      ...competency.levels.flatMap((level) => [
        { field: 'summary' as const, levelId: level.levelId, text: level.summary },
        ...level.indicators.map((text) => ({ field: 'indicator' as const, levelId: level.levelId, text })),
      ]),
    ],
  }));
}

function matchingText(text: LocalText | undefined, terms: string[], locale: Locale): string | null {
  if (!text) return null;
  const preferred = localize(text, locale);
  const candidates = [preferred, text.zh, text.en].filter((s): s is string => Boolean(s));
  return candidates.find((candidate) => {
    const normalized = normalizeName(candidate);
    return terms.every((term) => normalized.includes(term));
  }) ?? null;
}

/**
 * Searches the whole model, both languages: names, definitions, level summaries and behaviour
 * indicators (points models: element names and assessment standards). Every word of the query
 * must appear in the same text; case and full-width forms do not matter.
 */
export function searchModel(model: CompetencyModel, query: string, locale: Locale): SearchResult[] {
  const terms = normalizeName(query).split(' ').filter(Boolean);
  if (terms.length === 0) return [];
  const results: SearchResult[] = [];
  for (const target of entriesOf(model)) {
    const hits: SearchHit[] = [];
    for (const entry of target.entries) {
      const text = matchingText(entry.text, terms, locale);
      if (text !== null) hits.push({ field: entry.field, levelId: entry.levelId, text });
    }
    if (hits.length) results.push({ targetId: target.targetId, name: target.name, hits });
  }
  return results;
}

/** A text cut around the first occurrence of the query's first word, split for highlighting. */
export function snippet(text: string, query: string, radius = 40): { before: string; match: string; after: string } {
  const term = query.trim().split(/\s+/)[0] ?? '';
  const at = term ? text.toLowerCase().indexOf(term.toLowerCase()) : -1;
  if (at < 0) return { before: text.length > radius * 2 ? `${text.slice(0, radius * 2)}…` : text, match: '', after: '' };
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + term.length + radius);
  return {
    before: (start > 0 ? '…' : '') + text.slice(start, at),
    match: text.slice(at, at + term.length),
    after: text.slice(at + term.length, end) + (end < text.length ? '…' : ''),
  };
}
