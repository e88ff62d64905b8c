import { trimmedCellText } from '../cell-text';
import { analyseHeaders, type ColumnMapping } from './assessment';
import { findLevel } from '../scoring/scale';
import { personKeyColumn } from './person-key';
import { localize, normalizeName, textMatches } from '../text';
import type { LevelModel, Locale, Scale } from '../model/types';

/** A person listed when a workbook is built: name and role. */
export interface PersonRow {
  name: string;
  role: string;
  /** HR's employee number, when the people list has one: it becomes the person's key. */
  key?: string;
}

/** Everything the charts and the deck need, read in one go. Levels are numbers on the scale (1 = lowest). */
export interface AssessmentSnapshot {
  modelId: string;
  modelVersion: string;
  modelName: string;
  /** Level labels, lowest first. */
  scaleLabels: string[];
  competencies: { id: string; name: string }[];
  people: {
    name: string;
    role: string;
    /** One per competency, null where not rated. */
    levels: (number | null)[];
    /** The role's target per competency, null where none is set. */
    targets: (number | null)[];
    /** How the Ratings table names the person (the Person key column, else the name). */
    key?: string;
  }[];
  /** Whom the snapshot covers when narrowed to some people (people-choice.ts); absent = everyone assessed. */
  coverage?: { kind: 'role'; role: string } | { kind: 'selection' };
}

/**
 * Reading an assessment back for the charts and the deck: the values of the Assessment table and
 * the Targets table, as either applier reads them (header row, then data rows), into one
 * AssessmentSnapshot. Columns are found by their headers (analyseHeaders), so a table HR
 * reordered or made by hand reads the same; ratings and targets may be labels in either language,
 * level ids or level numbers.
 */

/** A table's values: its header row and its data rows. */
export interface TableValues {
  headers: readonly unknown[];
  rows: ReadonlyArray<ReadonlyArray<unknown>>;
}

const text = trimmedCellText;

/** A cell as a level number on the scale; null when blank or not a level (an error value, a typo). */
export function cellLevel(scale: Scale, value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= scale.levels.length ? value : null;
  const t = text(value);
  if (t === '') return null;
  if (/^\d+$/.test(t)) return cellLevel(scale, Number(t));
  const level = findLevel(scale, t);
  return level ? scale.levels.indexOf(level) + 1 : null;
}

/** Role name (normalized) -> target level number per competency, in model order. */
function targetsByRole(model: LevelModel, targets: TableValues | null, mapping: ColumnMapping): Map<string, (number | null)[]> {
  const byRole = new Map<string, (number | null)[]>();
  if (targets) {
    const layout = analyseHeaders(targets.headers.map(text), model, mapping);
    const roleColumn = layout.roleColumn ?? 0;
    const columns = new Map(layout.ratingColumns.map((c) => [c.competencyId, c.index]));
    for (const row of targets.rows) {
      const role = text(row[roleColumn]);
      if (role === '' || byRole.has(normalizeName(role))) continue;
      byRole.set(
        normalizeName(role),
        model.competencies.map((c) => (columns.has(c.id) ? cellLevel(model.scale, row[columns.get(c.id)!]) : null)),
      );
    }
    return byRole;
  }
  for (const role of model.roles ?? []) {
    const numbers = model.competencies.map((c) => {
      const index = model.scale.levels.findIndex((l) => l.id === role.targets[c.id]);
      return index >= 0 ? index + 1 : null;
    });
    for (const name of [role.id, role.name.zh, role.name.en]) if (name) byRole.set(normalizeName(name), numbers);
  }
  return byRole;
}

/**
 * The snapshot of an assessment: every person with a name or a rating, their level numbers per
 * competency (null = not rated) and their role's targets (null = none set). Without a Targets
 * table, the model's own roles give the targets.
 */
export function snapshotFromValues(
  model: LevelModel,
  assessment: TableValues,
  targets: TableValues | null,
  locale: Locale,
  mapping: ColumnMapping = {},
): AssessmentSnapshot {
  const layout = analyseHeaders(assessment.headers.map(text), model, mapping);
  const ratingColumns = new Map(layout.ratingColumns.map((c) => [c.competencyId, c.index]));
  const roles = targetsByRole(model, targets, mapping);
  const keyColumn = personKeyColumn(assessment.headers);
  const modelRole = (role: string) => model.roles?.find((r) => textMatches(r.name, role) || normalizeName(r.id) === normalizeName(role));
  const people: AssessmentSnapshot['people'] = [];
  for (const row of assessment.rows) {
    const name = layout.personColumn === null ? '' : text(row[layout.personColumn]);
    const role = layout.roleColumn === null ? '' : text(row[layout.roleColumn]);
    const levels = model.competencies.map((c) => (ratingColumns.has(c.id) ? cellLevel(model.scale, row[ratingColumns.get(c.id)!]) : null));
    if (name === '' && levels.every((l) => l === null)) continue;
    const known = modelRole(role);
    const roleTargets = roles.get(normalizeName(role)) ?? (known ? roles.get(normalizeName(known.id)) : undefined);
    const key = keyColumn === null ? '' : text(row[keyColumn]);
    people.push({ name, role, levels, targets: roleTargets ? [...roleTargets] : model.competencies.map(() => null), ...(key ? { key } : {}) });
  }
  return {
    modelId: model.id,
    modelVersion: model.version,
    modelName: localize(model.name, locale),
    scaleLabels: model.scale.levels.map((l) => localize(l.label, locale)),
    competencies: model.competencies.map((c) => ({ id: c.id, name: localize(c.name, locale) })),
    people,
  };
}
