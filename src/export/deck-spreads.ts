import type { ModelCatalogue } from '../core/model/catalogue';
import type { Locale } from '../core/model/types';
import { personSpreads, type CompetencySpread } from '../core/raters/person-spread';
import type { AssessmentSnapshot } from '../core/rating/snapshot';
import type { RaterOperations } from '../host/rater-operations';

/**
 * The deck's spread slides come from the workbook's Ratings table, read when someone exports: none
 * when the workbook has no Ratings table, or its model is not a level model the runtime knows.
 */
export async function deckSpreads(
  raters: RaterOperations | undefined,
  catalogue: ModelCatalogue,
  snapshot: AssessmentSnapshot,
  locale: Locale,
): Promise<(CompetencySpread[] | null)[] | undefined> {
  if (!raters) return undefined;
  const read = await raters.readRatings();
  if (!read) return undefined;
  const model = catalogue.find(snapshot.modelId);
  if (!model || model.kind !== 'levels') return undefined;
  return personSpreads(read, snapshot.people.map((p) => p.key ?? p.name), model, locale);
}
