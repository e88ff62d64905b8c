import { createContext, useContext } from 'react';
import { saidOf, type Said } from '../core/message';
import type { Locale } from '../core/model/types';
import { ENGLISH, type Strings } from './i18n';

/** The pane's language and its strings, for every component below PaneApp. */
export interface PaneLanguage {
  locale: Locale;
  t: Strings;
}

export const PaneLanguageContext = createContext<PaneLanguage>({ locale: 'en-US', t: ENGLISH });

export function usePaneLanguage(): PaneLanguage {
  return useContext(PaneLanguageContext);
}

/** An error as a message the user can read: a domain or host error in either language (the strings pick theirs). */
export function errorMessage(error: unknown): Said | string {
  return saidOf(error);
}
