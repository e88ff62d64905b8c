import type { Locale } from './model/types';

/** A language tag as one of ours: Chinese gets zh-CN, everything else en-US. */
export function toLocale(language: string): Locale {
  return language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}
