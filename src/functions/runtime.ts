import { toLocale } from '../core/locale';
import type { Locale } from '../core/model/types';

/**
 * What the functions take from the runtime that hosts them. The composition root (the Office page,
 * or the workbench) sets it; until then messages follow the browser's language.
 */
let localeProvider: () => Locale = () => toLocale(typeof navigator !== 'undefined' ? navigator.language : 'zh-CN');

export function setFunctionsLocale(provider: () => Locale): void {
  localeProvider = provider;
}

export function functionsLocale(): Locale {
  return localeProvider();
}
