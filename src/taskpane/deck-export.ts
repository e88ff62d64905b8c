import type { ModelCatalogue } from '../core/model/catalogue';
import type { Locale } from '../core/model/types';
import type { AssessmentSnapshot } from '../host/assessment-operations';
import type { RaterOperations } from '../host/rater-operations';
import type { ExportDeck } from './actions/ProfileActions';

/**
 * The slide deck, loaded on first export (pptxgenjs stays out of the pane's first bundle). With a
 * Ratings table, a spread slide per person rated there (read once, when the deck is asked for).
 */
export function createDeckExport(raters: RaterOperations | undefined, catalogue: () => ModelCatalogue): ExportDeck {
  const spreadsOf = async (snapshot: AssessmentSnapshot, locale: Locale) => {
    const { deckSpreads } = await import(/* webpackChunkName: "deck" */ '../export/deck-spreads');
    return deckSpreads(raters, catalogue(), snapshot, locale);
  };
  const exportDeck: ExportDeck = async (snapshot, locale, given) => {
    const [{ buildDeck }, spreads] = await Promise.all([import(/* webpackChunkName: "deck" */ '../export/deck'), given ?? spreadsOf(snapshot, locale)]);
    return buildDeck(snapshot, locale, { spreads });
  };
  exportDeck.readSpreads = spreadsOf;
  return exportDeck;
}
