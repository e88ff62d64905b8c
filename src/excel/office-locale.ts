import { toLocale } from '../core/locale';
import type { Locale } from '../core/model/types';

/** The Office display language as one of ours; outside Office the browser's. */
export function officeLocale(): Locale {
  const language = typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
  return toLocale(language ?? (typeof navigator !== 'undefined' ? navigator.language : 'zh-CN'));
}
