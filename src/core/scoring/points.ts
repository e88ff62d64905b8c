import { CompetencyError, invalidValue } from '../errors';
import { perObject, remembered } from '../memo';
import { levelAt } from './scale';
import { modelText } from '../message';
import { pointsMessages } from './messages';
import type { PointsElement, PointsModel, ProficiencyLevel } from '../model/types';

export interface PointsBreakdown {
  /** Sum of element points (each within its maximum for the level). */
  behaviour: number;
  /** Points taken off for missing items (004: published cases). */
  deduction: number;
  /** behaviour - deduction, never below 0. */
  total: number;
}

/** A qualification level by label, id, "Level 3" or its number (hw-sm: 3, 4, 5; see levelNumbering). */
export function pointsLevel(model: PointsModel, level: string | number): ProficiencyLevel {
  return levelAt(model.scale, level);
}

/** Element count of a points model, in model order. */
export function elementCount(model: PointsModel): number {
  return model.groups.reduce((n, g) => n + g.elements.length, 0);
}

/** A per-level number of a model record; levels the record does not list are 0 (never a prototype member). */
export function perLevel(record: Record<string, number>, levelId: string): number {
  return Object.hasOwn(record, levelId) ? record[levelId] : 0;
}

/** The elements of a points model in model order, listed once per model: POINTS.TOTAL runs once per person row. */
const elementsOf = perObject((model: PointsModel): PointsElement[] => model.groups.flatMap((g) => g.elements));

function aboveMaximumError(element: PointsElement, index: number, value: number, target: ProficiencyLevel): CompetencyError {
  const max = perLevel(element.maxPoints, target.id);
  return invalidValue(pointsMessages.elementAboveMax(index + 1, modelText(element.name), value, max, modelText(target.label)));
}

/** What a level asks of each element and deduction, read once per model and level: rows of a column repeat the same few levels. */
interface LevelRules {
  maxima: number[];
  required: number[];
  /** The above-maximum error per element and value, made once. */
  aboveMaximum: ((value: number) => CompetencyError)[];
}

const levelRules = perObject((model: PointsModel) =>
  remembered(
    (target: ProficiencyLevel): LevelRules => ({
      maxima: elementsOf(model).map((element) => perLevel(element.maxPoints, target.id)),
      required: model.deductions.map((rule) => perLevel(rule.requiredByLevel, target.id)),
      aboveMaximum: elementsOf(model).map((element, i) => remembered((value: number) => aboveMaximumError(element, i, value, target), 64)),
    }),
    16,
  ),
);

/**
 * The behaviour points total of a points model at a level: the element points (each 0 to its
 * maximum for the level; above it is refused, naming the maximum, so a changed level never caps
 * silently) minus the deductions for missing items. `points` are in model order; blank is 0.
 * `counts` holds one count per deduction; a blank or missing count means none was published.
 */
export function pointsTotal(model: PointsModel, level: string | number, points: ReadonlyArray<number | null>, counts: ReadonlyArray<number | null> = []): PointsBreakdown {
  const total = pointsTotalOrError(model, level, points, counts);
  if (total instanceof CompetencyError) throw total;
  return total;
}

/** pointsTotal with points above a maximum returned as the error, not thrown: one formula per person row, many of them such. */
export function pointsTotalOrError(
  model: PointsModel,
  level: string | number,
  points: ReadonlyArray<number | null>,
  counts: ReadonlyArray<number | null> = [],
): PointsBreakdown | CompetencyError {
  const target = pointsLevel(model, level);
  const elements = elementsOf(model);
  if (points.length !== elements.length)
    throw invalidValue(pointsMessages.elementCount(elements.length, points.length));
  if (counts.length > model.deductions.length)
    throw invalidValue(pointsMessages.deductionCount(model.deductions.length, counts.length));
  const rules = levelRules(model)(target);
  let behaviour = 0;
  for (let i = 0; i < points.length; i++) {
    const value = points[i];
    if (value === null) continue;
    if (!Number.isFinite(value) || value < 0) throw invalidValue(pointsMessages.elementNegative(i + 1, modelText(elements[i].name), value));
    if (value > rules.maxima[i]) return rules.aboveMaximum[i](value);
    behaviour += value;
  }
  let deduction = 0;
  for (let i = 0; i < model.deductions.length; i++) {
    const rule = model.deductions[i];
    const count = counts[i] ?? 0;
    if (!Number.isInteger(count) || count < 0) throw invalidValue(pointsMessages.countNotWhole(modelText(rule.name), count));
    const missing = Math.max(0, rules.required[i] - count);
    deduction += missing * rule.pointsEach;
  }
  return { behaviour, deduction, total: Math.max(0, behaviour - deduction) };
}
