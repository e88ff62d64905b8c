import { invalidValue } from '../errors';
import { levelAt } from './scale';
import { modelText } from '../message';
import { pointsMessages } from './messages';
import type { PointsModel, ProficiencyLevel } from '../model/types';

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

/**
 * The behaviour points total of a points model at a level: the element points (each 0 to its
 * maximum for the level; above it is refused, naming the maximum, so a changed level never caps
 * silently) minus the deductions for missing items. `points` are in model order; blank is 0.
 * `counts` holds one count per deduction; a blank or missing count means none was published.
 */
export function pointsTotal(model: PointsModel, level: string | number, points: ReadonlyArray<number | null>, counts: ReadonlyArray<number | null> = []): PointsBreakdown {
  const target = pointsLevel(model, level);
  const elements = model.groups.flatMap((g) => g.elements);
  if (points.length !== elements.length)
    throw invalidValue(pointsMessages.elementCount(elements.length, points.length));
  if (counts.length > model.deductions.length)
    throw invalidValue(pointsMessages.deductionCount(model.deductions.length, counts.length));
  let behaviour = 0;
  points.forEach((value, i) => {
    if (value === null) return;
    const name = modelText(elements[i].name);
    if (!Number.isFinite(value) || value < 0) throw invalidValue(pointsMessages.elementNegative(i + 1, name, value));
    const max = perLevel(elements[i].maxPoints, target.id);
    if (value > max)
      throw invalidValue(pointsMessages.elementAboveMax(i + 1, name, value, max, modelText(target.label)));
    behaviour += value;
  });
  let deduction = 0;
  model.deductions.forEach((rule, i) => {
    const count = counts[i] ?? 0;
    if (!Number.isInteger(count) || count < 0) throw invalidValue(pointsMessages.countNotWhole(modelText(rule.name), count));
    const missing = Math.max(0, perLevel(rule.requiredByLevel, target.id) - count);
    deduction += missing * rule.pointsEach;
  });
  return { behaviour, deduction, total: Math.max(0, behaviour - deduction) };
}
