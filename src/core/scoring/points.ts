import { invalidValue, notAvailable } from '../errors';
import { findLevel, levelNumber } from './scale';
import { bothLanguages } from '../text';
import type { PointsModel, ProficiencyLevel } from '../model/types';

export interface PointsBreakdown {
  /** Sum of element points, each capped at its maximum for the level. */
  behaviour: number;
  /** Points taken off for missing items (004: published cases). */
  deduction: number;
  /** behaviour - deduction, never below 0. */
  total: number;
  /** Elements whose points were above their maximum and were capped (1-based positions). */
  capped: number[];
}

export function pointsLevel(model: PointsModel, level: string | number): ProficiencyLevel {
  if (typeof level === 'number') {
    // 004 names its levels by number (三级 = level 3): accept 3/4/5 as well as a position 1..n.
    const byName = model.scale.levels.find((l) => l.id === `L${level}`);
    if (byName) return byName;
    return model.scale.levels[levelNumber(model.scale, level) - 1];
  }
  const found = findLevel(model.scale, level) ?? model.scale.levels.find((l) => l.id === `L${level.trim()}`);
  if (!found) throw notAvailable(`"${level}" is not a level of ${bothLanguages(model.scale.name)}`);
  return found;
}

/** Element count of a points model, in model order. */
export function elementCount(model: PointsModel): number {
  return model.groups.reduce((n, g) => n + g.elements.length, 0);
}

/**
 * The behaviour points total of a points model at a level: each element capped at its maximum
 * for the level (0 where it does not apply), minus the deductions for missing items.
 * `points` are in model order; blank is 0. `counts` holds one count per deduction (blank: none given).
 */
export function pointsTotal(model: PointsModel, level: string | number, points: ReadonlyArray<number | null>, counts: ReadonlyArray<number | null> = []): PointsBreakdown {
  const target = pointsLevel(model, level);
  const elements = model.groups.flatMap((g) => g.elements);
  if (points.length !== elements.length)
    throw invalidValue(`expected ${elements.length} element points (one per behaviour element, in model order), got ${points.length}`);
  if (counts.length > model.deductions.length)
    throw invalidValue(`expected at most ${model.deductions.length} deduction count(s), got ${counts.length}`);
  let behaviour = 0;
  const capped: number[] = [];
  points.forEach((value, i) => {
    if (value === null) return;
    if (!Number.isFinite(value) || value < 0) throw invalidValue(`element ${i + 1} (${bothLanguages(elements[i].name)}): points must be 0 or more, got ${value}`);
    const max = elements[i].maxPoints[target.id] ?? 0;
    if (value > max) capped.push(i + 1);
    behaviour += Math.min(value, max);
  });
  let deduction = 0;
  model.deductions.forEach((rule, i) => {
    const count = counts[i];
    if (count === null || count === undefined) return;
    if (!Number.isInteger(count) || count < 0) throw invalidValue(`${bothLanguages(rule.name)}: the count must be a whole number 0 or more, got ${count}`);
    const missing = Math.max(0, (rule.requiredByLevel[target.id] ?? 0) - count);
    deduction += missing * rule.pointsEach;
  });
  return { behaviour, deduction, total: Math.max(0, behaviour - deduction), capped };
}
