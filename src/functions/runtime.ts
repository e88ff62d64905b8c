import { toLocale } from '../core/locale';
import { ModelSource } from '../core/model/model-source';
import type { Locale } from '../core/model/types';

/**
 * What the functions take from the runtime that hosts them (the Office page, or the workbench).
 * The composition root sets the language and feeds the model source from the workbook's
 * settings; until then messages follow the browser's language and only built-in models are known.
 */
let localeProvider: () => Locale = () => toLocale(typeof navigator !== 'undefined' ? navigator.language : 'zh-CN');

export function setFunctionsLocale(provider: () => Locale): void {
  localeProvider = provider;
}

export function functionsLocale(): Locale {
  return localeProvider();
}

/** The page's one model source: the functions read it, the pane and the settings loader feed it. */
const modelSource = new ModelSource();

export function functionsModels(): ModelSource {
  return modelSource;
}
