import { notAvailable } from '../errors';
import { levelAt } from './scale';
import { perLevel } from './points';
import { localize, normalizeName, textMatches } from '../text';
import { clipped, modelText } from '../message';
import { descriptorMessages } from './messages';
import type { Competency, CompetencyModel, LevelDescriptor, LevelModel, Locale, PointsElement } from '../model/types';

/** Normalized id and names -> competency, built once per model: DESCRIPTOR runs once per cell of a column. */
const competencyIndexes = new WeakMap<LevelModel, Map<string, Competency>>();

/** A competency by name (either language) or id. */
export function findCompetency(model: LevelModel, query: string): Competency {
  let index = competencyIndexes.get(model);
  if (!index) {
    index = new Map();
    for (const c of model.competencies) for (const name of [c.id, c.name.zh, c.name.en]) if (name !== undefined && !index.has(normalizeName(name))) index.set(normalizeName(name), c);
    for (const c of model.competencies) for (const name of [c.id, c.name.zh, c.name.en]) if (name !== undefined && !index.has(name)) index.set(name, c);
    competencyIndexes.set(model, index);
  }
  const found = index.get(query) ?? index.get(normalizeName(query));
  if (!found) throw notAvailable(descriptorMessages.notACompetency(clipped(query), modelText(model.name), model.id));
  return found;
}

export function findElement(model: CompetencyModel & { kind: 'points' }, query: string): PointsElement {
  const q = normalizeName(query);
  const found = model.groups.flatMap((g) => g.elements).find((e) => normalizeName(e.id) === q || textMatches(e.name, query));
  if (!found) throw notAvailable(descriptorMessages.notAnElement(clipped(query), modelText(model.name), model.id));
  return found;
}

/** The descriptor of one competency at one level (label, id or level number). */
export function levelDescriptor(model: LevelModel, competency: Competency, level: string | number): LevelDescriptor {
  return competency.levels[model.scale.levels.indexOf(levelAt(model.scale, level))];
}

/**
 * The behaviour anchors of a competency (or points element) at a level as cell text: the level
 * summary, then one "▶ indicator" per line. #N/A where the source has no text for that level.
 */
export function descriptorText(model: CompetencyModel, competencyQuery: string, level: string | number, locale: Locale): string {
  if (model.kind === 'points') {
    const element = findElement(model, competencyQuery);
    const scaleLevel = levelAt(model.scale, level);
    if (perLevel(element.maxPoints, scaleLevel.id) === 0)
      throw notAvailable(descriptorMessages.elementNotApplicable(modelText(element.name), modelText(scaleLevel.label)));
    const criteria = element.criteria && Object.hasOwn(element.criteria, scaleLevel.id) ? element.criteria[scaleLevel.id] : undefined;
    if (!criteria) throw notAvailable(descriptorMessages.noCriteria(modelText(element.name), modelText(scaleLevel.label)));
    return localize(criteria, locale);
  }
  const competency = findCompetency(model, competencyQuery);
  const descriptor = levelDescriptor(model, competency, level);
  const levelLabel = modelText(model.scale.levels[model.scale.levels.findIndex((l) => l.id === descriptor.levelId)].label);
  if (descriptor.missing || (descriptor.indicators.length === 0 && !descriptor.summary))
    throw notAvailable(descriptorMessages.noDescriptor(modelText(competency.name), levelLabel));
  const lines = descriptor.summary ? [localize(descriptor.summary, locale)] : [];
  for (const indicator of descriptor.indicators) lines.push(`▶ ${localize(indicator, locale)}`);
  return lines.join('\n');
}
