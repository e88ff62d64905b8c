import { invalidValue } from '../core/errors';
import { builtInCatalogue, type ModelCatalogue } from '../core/model/catalogue';
import { agreementByCompetency, combinedLevels, type RatingsEntry } from '../core/raters/ratings-table';
import { defineRound } from '../core/raters/round';
import { raterMessages, raterPlaces } from '../core/raters/messages';
import type { Said } from '../core/message';
import { asMatrix, guarded, HostErrorValue, isOmitted, nameOrBlank, propagate, single, vector, type Cell, type Matrix, type Out } from './cells';
import { place } from './messages';
import { readPerRole, readTrim } from './raters-impl';

/**
 * RATERS.COMBINE.TABLE and RATERS.AGREEMENT.TABLE: the Assessment sheet's combined levels and
 * agreement figures computed from the whole Ratings table in one call each (core ratings-table.ts).
 */

type Arg = Cell | Matrix;
/** PersonKey, Competency, RaterKey, Role, Level: the Ratings table's first five columns. */
const RATINGS_WIDTH = 5;

function names(value: Arg, what: Said, item: Said): string[] {
  return vector(value, place.whole(what)).map((cell, i) => {
    const name = nameOrBlank(cell, place.item(item, i + 1));
    return name === null ? '' : String(name);
  });
}

function entries(ratings: Arg): RatingsEntry[] {
  const matrix = asMatrix(ratings, place.whole(raterPlaces.ratings()));
  if (matrix[0].length < RATINGS_WIDTH) throw invalidValue(raterMessages.ratingsTooNarrow(matrix[0].length));
  const result: RatingsEntry[] = [];
  matrix.forEach((row, r) => {
    const cells = row.slice(0, RATINGS_WIDTH);
    if (cells.every((c) => c === null || c === undefined || c === '')) return;
    const bad = cells.findIndex((c) => c instanceof HostErrorValue || typeof c === 'boolean');
    const text = (c: Cell) => (c === null || c === undefined || c instanceof HostErrorValue ? '' : String(c));
    const entry: RatingsEntry = { person: text(cells[0]), competency: text(cells[1]), rater: text(cells[2]), role: text(cells[3]), level: typeof cells[4] === 'number' ? cells[4] : text(cells[4]) };
    if (bad >= 0) {
      const cell = cells[bad];
      const where = raterPlaces.ratingsCell(r + 1, bad + 1);
      entry.problem = cell instanceof HostErrorValue ? propagate(cell, where) : invalidValue(raterMessages.booleanForRating(where, cell ? 'TRUE' : 'FALSE'));
    }
    result.push(entry);
  });
  return result;
}

function scaleOf(model: Arg | undefined, models: ModelCatalogue) {
  if (model === undefined || isOmitted(model)) return models.scale(null);
  const where = place.whole(raterPlaces.model());
  const id = nameOrBlank(single(model, where), where);
  if (typeof id !== 'string') throw invalidValue(raterMessages.modelId());
  return models.scale(id);
}

/** RATERS.COMBINE.TABLE: combined level per person (rows) and competency (columns) from the Ratings table. */
export function ratersCombineTable(
  people: Arg,
  competencies: Arg,
  ratings: Arg,
  weights: Arg | undefined,
  minimums: Arg | undefined,
  model: Arg | undefined,
  trim: Arg | undefined,
  models: ModelCatalogue = builtInCatalogue(),
): Out[][] {
  return guarded(() => {
    const round = defineRound({ weights: readPerRole(weights, raterPlaces.weights()), minimums: readPerRole(minimums, raterPlaces.minimums()) });
    const scale = scaleOf(model, models);
    return combinedLevels(
      entries(ratings),
      names(people, raterPlaces.people(), raterPlaces.person()),
      names(competencies, raterPlaces.competencies(), raterPlaces.competency()),
      round,
      scale,
      { trim: readTrim(trim) },
    );
  });
}

/** RATERS.AGREEMENT.TABLE: Krippendorff's alpha (ordinal) per competency, the people as units. */
export function ratersAgreementTable(competencies: Arg, ratings: Arg, model: Arg | undefined, models: ModelCatalogue = builtInCatalogue()): Out[][] {
  return guarded(() => {
    const scale = scaleOf(model, models);
    const list = names(competencies, raterPlaces.competencies(), raterPlaces.competency());
    const row = agreementByCompetency(entries(ratings), list, defineRound({}), scale);
    return vector(competencies, place.whole(raterPlaces.competencies())).length === asMatrix(competencies)[0].length ? [row] : row.map((v) => [v]);
  });
}
