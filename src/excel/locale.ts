import type { Locale } from '../core/types';

/** The Office display language as one of ours: Chinese UIs get zh-CN, everything else en-US. */
export function officeLocale(): Locale {
  const language = typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
  return toLocale(language ?? (typeof navigator !== 'undefined' ? navigator.language : 'zh-CN'));
}

export function toLocale(language: string): Locale {
  return language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}
