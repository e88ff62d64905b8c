import { remembered } from './memo';
import type { LocalText, Locale } from './model/types';

/** The text in the wanted language, falling back to the other one. */
export function localize(text: LocalText | undefined, locale: Locale): string {
  if (!text) return '';
  return (locale === 'zh-CN' ? text.zh ?? text.en : text.en ?? text.zh) ?? '';
}

/** A text that is either one string for every language (as a user's model file may give it) or one per language. */
export function textIn(text: string | LocalText | undefined, locale: Locale): string {
  return typeof text === 'string' ? text : localize(text, locale);
}

/** The same text as per-language text: a single string is taken as written in `language`. */
export function asLocalText(text: string | LocalText | undefined, language: keyof LocalText): LocalText | undefined {
  return typeof text === 'string' ? { [language]: text } : text;
}

const normalizeFresh = (name: string): string => name.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
/** Every look-up of a model, level or competency by name normalizes its query: short names are remembered. */
const normalizeRemembered = remembered(normalizeFresh);

/** Normalizes a name for matching: trims, folds case and full-width forms, drops inner spaces. */
export function normalizeName(name: string): string {
  return name.length > 200 ? normalizeFresh(name) : normalizeRemembered(name);
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

/** Circled numbers ①..⑳, which NFKC would turn into digits glued to the name. */
const CIRCLED_NUMBER = /^[\u2460-\u2473\u24f5-\u24fe\u2776-\u277f]\s*/u;
/** "(一)", "一、", "(1)", "1.", "1)", "1、", "1 " before a header's name. */
const LEADING_NUMBERING = /^(?:\([一二三四五六七八九十百]+\)|[一二三四五六七八九十百]+[、.:]|\(\d+\)|\d+(?:\.\d+)*[、.:)]|\d+\s)\s*/u;
/** A weight or note in brackets after the name: "成就导向(20%)", "Resilience [weight 0.2]". */
const TRAILING_WEIGHT = /[([][^)\]]*(?:%|权重|weight)[^)\]]*[)\]]$/iu;

/**
 * The key a column header is matched by: normalizeName's folding, then without the numbering HR
 * puts before a header, a bracketed weight after it, spaces and punctuation, so "（一）成就 导向"
 * and "1. Achievement-orientation" name the same competency as "成就导向" and "Achievement orientation".
 */
export function headerKey(header: string): string {
  let key = normalizeName(header.trim().replace(CIRCLED_NUMBER, ''));
  key = key.replace(LEADING_NUMBERING, '').replace(TRAILING_WEIGHT, '');
  return key.replace(/[\s\p{P}]+/gu, '');
}
