import type { LocalText, Locale } from './model/types';

/** The text in the wanted language, falling back to the other one. */
export function localize(text: LocalText | undefined, locale: Locale): string {
  if (!text) return '';
  return (locale === 'zh-CN' ? text.zh ?? text.en : text.en ?? text.zh) ?? '';
}

/** Normalizes a name for matching: trims, folds case and full-width forms, drops inner spaces. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** True when `query` names this text in either language (case- and width-insensitive). */
export function textMatches(text: LocalText | undefined, query: string): boolean {
  if (!text) return false;
  const q = normalizeName(query);
  return (text.zh !== undefined && normalizeName(text.zh) === q) || (text.en !== undefined && normalizeName(text.en) === q);
}

/** Both languages joined for messages: "中级 (Intermediate)". */
export function bothLanguages(text: LocalText): string {
  if (text.zh && text.en && text.zh !== text.en) return `${text.zh} (${text.en})`;
  return text.zh ?? text.en ?? '';
}
