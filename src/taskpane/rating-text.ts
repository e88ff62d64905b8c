import { localize, normalizeName } from '../core/text';
import type { Competency, LevelModel, Locale } from '../core/model/types';
import type { RatingCellContext } from '../host/workbook-operations';

/** A level's label in a language. */
export function levelLabel(model: LevelModel, levelId: string, locale: Locale): string {
  return localize(model.scale.levels.find((l) => l.id === levelId)?.label, locale);
}

/**
 * The language to write a rating in: the language of the table's header for the competency, so a
 * table built in Chinese keeps Chinese labels whatever the pane's language. A mapped or id header
 * says nothing about the language: then the pane's.
 */
export function tableLocale(competency: Competency, header: string, fallback: Locale): Locale {
  const h = normalizeName(header);
  if (competency.name.zh !== undefined && normalizeName(competency.name.zh) === h) return 'zh-CN';
  if (competency.name.en !== undefined && normalizeName(competency.name.en) === h) return 'en-US';
  return fallback;
}

/** Identifies the rating in progress: a different model, cell or competency starts afresh (RatingForm resets its state). */
export function ratingKey(model: LevelModel, context: RatingCellContext): string {
  return [model.id, model.version, context.table, context.rowIndex, context.columnIndex, context.competencyId].join('|');
}

/**
 * What the rating form is mounted for: a move along a competency's column keeps the form (its
 * checklist is the same) and only resets its state; another competency or model mounts a new one.
 */
export function ratingFormKey(model: LevelModel, context: RatingCellContext): string {
  return [model.id, model.version, context.table, context.competencyId].join('|');
}

/** "Sheet!D7" */
export function cellName(context: { cell: { sheet: string; address: string } }): string {
  return `${context.cell.sheet}!${context.cell.address}`;
}
