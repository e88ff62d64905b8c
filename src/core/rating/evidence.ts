import { localize } from '../text';
import type { Competency, LevelModel, Locale } from '../model/types';

/** A behaviour indicator's stable id within a competency: "<levelId>.<1-based index>", e.g. "L2.3". */
export function indicatorId(levelId: string, index: number): string {
  return `${levelId}.${index + 1}`;
}

export interface LevelCheck {
  levelId: string;
  /** Indicators at this level, and how many were ticked. */
  total: number;
  ticked: number;
  /** The source has no descriptor for this level. */
  missing: boolean;
}

export interface SupportedLevel {
  /** The level the ticked behaviours support, or null when not even the lowest level is met. */
  levelId: string | null;
  /** 1-based number of that level (0 when none). */
  levelNumber: number;
  checks: LevelCheck[];
  /** Levels above the supported one where some indicators are ticked (evidence above a gap). */
  tickedAbove: string[];
  /** Levels with no descriptor in the model that the rule passed over. */
  skippedMissing: string[];
}

/**
 * The rule for turning ticked behaviours into a level (a behaviourally anchored rating scale):
 * the supported level is the highest level L such that every indicator of L and of every level
 * below L is ticked. A level with no descriptor in the model (missing in the source) cannot be
 * checked and is passed over, and said so. Ticks above the first unmet level do not raise the
 * level; they are reported so the assessor can see why and override.
 */
export function supportedLevel(competency: Competency, ticked: ReadonlySet<string>): SupportedLevel {
  const checks: LevelCheck[] = competency.levels.map((level) => ({
    levelId: level.levelId,
    total: level.indicators.length,
    ticked: level.indicators.filter((_, i) => ticked.has(indicatorId(level.levelId, i))).length,
    missing: Boolean(level.missing) || level.indicators.length === 0,
  }));
  let supported = -1;
  const skippedMissing: string[] = [];
  const pendingMissing: string[] = [];
  for (let i = 0; i < checks.length; i++) {
    const check = checks[i];
    if (check.missing) {
      pendingMissing.push(check.levelId);
      continue;
    }
    if (check.ticked < check.total) break;
    supported = i;
    skippedMissing.push(...pendingMissing);
    pendingMissing.length = 0;
  }
  const tickedAbove = checks.slice(supported + 1).filter((c) => c.ticked > 0).map((c) => c.levelId);
  return {
    levelId: supported >= 0 ? checks[supported].levelId : null,
    levelNumber: supported + 1,
    checks,
    tickedAbove,
    skippedMissing,
  };
}

/** The ticked indicators as evidence text for the sheet: "[中级] ▶ text" per line, in level order. */
export function evidenceText(model: LevelModel, competency: Competency, ticked: ReadonlySet<string>, locale: Locale): string {
  const lines: string[] = [];
  competency.levels.forEach((level) => {
    const label = localize(model.scale.levels.find((l) => l.id === level.levelId)?.label, locale);
    level.indicators.forEach((indicator, i) => {
      if (ticked.has(indicatorId(level.levelId, i))) lines.push(`[${label}] ▶ ${localize(indicator, locale)}`);
    });
  });
  return lines.join('\n');
}

/**
 * The indicators named in stored evidence text (the lines evidenceText wrote, in either
 * language), so re-rating starts from what was recorded; other lines are ignored.
 */
export function ticksFromEvidence(model: LevelModel, competency: Competency, behaviours: string): Set<string> {
  const lines = new Set(behaviours.split(/\r?\n/).map((line) => line.trim()).filter(Boolean));
  const ticked = new Set<string>();
  if (lines.size === 0) return ticked;
  competency.levels.forEach((level) =>
    level.indicators.forEach((_, i) => {
      const id = indicatorId(level.levelId, i);
      const one = new Set([id]);
      if (lines.has(evidenceText(model, competency, one, 'zh-CN')) || lines.has(evidenceText(model, competency, one, 'en-US'))) ticked.add(id);
    }),
  );
  return ticked;
}
