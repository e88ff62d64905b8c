import { invalidValue } from '../core/errors';
import type { Locale } from '../core/model/types';
import { builtInCatalogue, type ModelCatalogue } from '../core/model/catalogue';
import { agreementByCompetency, combinedLevels, type RatingsEntry } from '../core/raters/ratings-table';
import { defineRound } from '../core/raters/round';
import { asMatrix, guarded, HostErrorValue, isOmitted, nameOrBlank, propagate, single, vector, type Cell, type Matrix, type Out } from './cells';
import { readPerRole, readTrim } from './raters-impl';

/**
 * RATERS.COMBINE.TABLE and RATERS.AGREEMENT.TABLE: the Assessment sheet's combined levels and
 * agreement figures computed from the whole Ratings table in one call each (core ratings-table.ts).
 */

type Arg = Cell | Matrix;
const say = (locale: Locale, en: string, zh: string) => (locale === 'zh-CN' ? zh : en);
/** PersonKey, Competency, RaterKey, Role, Level: the Ratings table's first five columns. */
const RATINGS_WIDTH = 5;

function names(value: Arg, what: string): string[] {
  return vector(value, what).map((cell, i) => {
    const name = nameOrBlank(cell, `${what} ${i + 1}`);
    return name === null ? '' : String(name);
  });
}

function entries(ratings: Arg, locale: Locale): RatingsEntry[] {
  const matrix = asMatrix(ratings, 'ratings');
  if (matrix[0].length < RATINGS_WIDTH)
    throw invalidValue(
      say(
        locale,
        `ratings has ${matrix[0].length} column(s): give the Ratings table's columns PersonKey, Competency, RaterKey, Role, Level`,
        `ratings 只有 ${matrix[0].length} 列:请给出评价记录表的 PersonKey、Competency、RaterKey、Role、Level 列`,
      ),
    );
  const result: RatingsEntry[] = [];
  matrix.forEach((row, r) => {
    const cells = row.slice(0, RATINGS_WIDTH);
    if (cells.every((c) => c === null || c === undefined || c === '')) return;
    const bad = cells.findIndex((c) => c instanceof HostErrorValue || typeof c === 'boolean');
    const text = (c: Cell) => (c === null || c === undefined || c instanceof HostErrorValue ? '' : String(c));
    const entry: RatingsEntry = { person: text(cells[0]), competency: text(cells[1]), rater: text(cells[2]), role: text(cells[3]), level: typeof cells[4] === 'number' ? cells[4] : text(cells[4]) };
    if (bad >= 0) {
      const cell = cells[bad];
      entry.problem = cell instanceof HostErrorValue ? propagate(cell, `ratings row ${r + 1}, column ${bad + 1}`) : invalidValue(`ratings row ${r + 1}, column ${bad + 1} is ${cell ? 'TRUE' : 'FALSE'}`);
    }
    result.push(entry);
  });
  return result;
}

function scaleOf(model: Arg | undefined, models: ModelCatalogue, locale: Locale) {
  if (model === undefined || isOmitted(model)) return models.scale(null);
  const id = nameOrBlank(single(model, 'model'), 'model');
  if (typeof id !== 'string') throw invalidValue(say(locale, 'model must be a model or scale id such as "ct-am"', 'model 必须是模型或量表编号,例如 "ct-am"'));
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
  locale: Locale,
  models: ModelCatalogue = builtInCatalogue,
): Out[][] {
  return guarded(() => {
    const round = defineRound({ weights: readPerRole(weights, 'weights', locale), minimums: readPerRole(minimums, 'minimums', locale) }, locale);
    const scale = scaleOf(model, models, locale);
    return combinedLevels(entries(ratings, locale), names(people, 'people'), names(competencies, 'competencies'), round, scale, { trim: readTrim(trim, locale) }, locale);
  });
}

/** RATERS.AGREEMENT.TABLE: Krippendorff's alpha (ordinal) per competency, the people as units. */
export function ratersAgreementTable(competencies: Arg, ratings: Arg, model: Arg | undefined, locale: Locale, models: ModelCatalogue = builtInCatalogue): Out[][] {
  return guarded(() => {
    const scale = scaleOf(model, models, locale);
    const list = names(competencies, 'competencies');
    const row = agreementByCompetency(entries(ratings, locale), list, defineRound({}, locale), scale, locale);
    return vector(competencies, 'competencies').length === asMatrix(competencies)[0].length ? [row] : row.map((v) => [v]);
  });
}
