import type { Locale } from './model/types';

/** A language tag as one of ours: Chinese gets zh-CN, everything else en-US. */
export function toLocale(language: string): Locale {
  // Letter by letter, without a lower-cased copy: the functions ask once per call.
  return (language.charCodeAt(0) | 32) === 122 && (language.charCodeAt(1) | 32) === 104 ? 'zh-CN' : 'en-US';
}
