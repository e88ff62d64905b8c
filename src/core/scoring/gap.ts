import { levelNumber } from './scale';
import type { Scale } from '../model/types';

/** Target minus actual in levels: positive is a shortfall, 0 on target, negative above target. */
export function levelGap(scale: Scale, actual: string | number, target: string | number): number {
  return levelNumber(scale, target) - levelNumber(scale, actual);
}
