import { z } from 'zod';
import { normalizeName } from '../text';
import type { CompetencyModel, LocalText, Scale } from './types';

/** One problem found in a model, with the exact place: `competencies[3].levels[1].indicators[0]`. */
export interface ModelIssue {
  path: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ModelIssue[] };

/** The most characters an Excel cell holds: longer model text could not be written to a sheet. */
export const CELL_TEXT_LIMIT = 32_767;

/** Names an object already has (constructor, toString, __proto__ …): as ids or record keys they would read as something else. */
const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be ASCII letters, digits, ".", "_" or "-"')
  .refine((value) => !PROTOTYPE_KEYS.has(value), 'is a reserved name (a property every object has, such as "constructor"); choose another id');
const localText = z
  .object({ zh: z.string().trim().min(1).optional(), en: z.string().trim().min(1).optional() })
  .strict()
  .refine((t) => t.zh !== undefined || t.en !== undefined, 'needs a Chinese (zh) or English (en) text');
const nonNegative = z.number().finite().min(0, 'must not be negative');

const scaleSchema = z
  .object({
    id,
    name: localText,
    levels: z
      .array(z.object({ id, label: localText, description: localText.optional() }).strict())
      .min(2, 'a scale needs at least two levels'),
    scoreBands: z.array(z.object({ min: z.number().finite(), levelId: id }).strict()).min(1).optional(),
    scoreBandsNote: localText.optional(),
  })
  .strict();

const meta = {
  id,
  version: z.string().trim().min(1),
  name: localText,
  source: z.string().optional(),
  description: localText.optional(),
};

const levelModelSchema = z
  .object({
    ...meta,
    kind: z.literal('levels'),
    scale: scaleSchema,
    classes: z.array(z.object({ id, name: localText }).strict()).min(1),
    competencies: z
      .array(
        z
          .object({
            id,
            classId: id,
            name: localText,
            definition: localText.optional(),
            weight: nonNegative.optional(),
            assessment: z.enum(['behaviour', 'exam']).optional(),
            levels: z.array(
              z
                .object({
                  levelId: id,
                  summary: localText.optional(),
                  indicators: z.array(localText),
                  missing: z.boolean().optional(),
                  note: z.string().optional(),
                })
                .strict(),
            ),
          })
          .strict(),
      )
      .min(1, 'a model needs at least one competency'),
    roles: z.array(z.object({ id, name: localText, targets: z.record(z.string(), id) }).strict()).optional(),
  })
  .strict();

const pointsModelSchema = z
  .object({
    ...meta,
    kind: z.literal('points'),
    scale: scaleSchema,
    levelTotal: z.number().finite().positive(),
    groups: z
      .array(
        z
          .object({
            id,
            name: localText,
            elements: z
              .array(
                z
                  .object({
                    id,
                    name: localText,
                    maxPoints: z.record(z.string(), nonNegative),
                    criteria: z.record(z.string(), localText).optional(),
                  })
                  .strict(),
              )
              .min(1),
          })
          .strict(),
      )
      .min(1),
    knowledge: z
      .object({
        exams: z.array(
          z
            .object({
              id,
              name: localText,
              fullMarks: z.number().finite().positive('full marks must be above 0'),
              share: nonNegative,
            })
            .strict(),
        ),
      })
      .strict(),
    deductions: z.array(
      z
        .object({
          id,
          name: localText,
          requiredByLevel: z.record(z.string(), nonNegative),
          pointsEach: nonNegative,
          windowMonths: z.number().int().positive().optional(),
        })
        .strict(),
    ),
  })
  .strict();

const modelSchema = z.discriminatedUnion('kind', [levelModelSchema, pointsModelSchema]);

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

/** Flags repeated values; `fold` says which spellings count as the same (ids: case; names: case, width and spaces). */
function duplicates(values: (string | undefined)[], path: (index: number) => string, what: string, issues: ModelIssue[], fold: (value: string) => string = (v) => v.toLowerCase()): void {
  const seen = new Map<string, number>();
  values.forEach((value, index) => {
    if (value === undefined) return;
    const key = fold(value);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else {
      const spelled = values[first] === value ? '' : ` (differs only in case or spacing from "${values[first]}")`;
      issues.push({ path: path(index), message: `duplicate ${what} "${value}"${spelled}, first at ${path(first)}` });
    }
  });
}

const ids = (path: string) => (index: number) => `${path}[${index}].id`;

/** Names in both languages must each be unique: a second "中级" would always read as the first. */
function duplicateNames(items: { name?: LocalText; label?: LocalText }[], path: (index: number) => string, what: string, issues: ModelIssue[]): void {
  for (const language of ['zh', 'en'] as const)
    duplicates(items.map((item) => (item.label ?? item.name)?.[language]), (i) => `${path(i)}.${language}`, `${what} (${language})`, issues, normalizeName);
}

/** Problems a shape check cannot see in the raw input: text too long for a cell, keys every object already has. */
function scanRaw(value: unknown, path: string, issues: ModelIssue[], depth = 0): void {
  if (typeof value === 'string') {
    if (value.length > CELL_TEXT_LIMIT) issues.push({ path: path || '(model)', message: `text of ${value.length} characters; a cell holds at most ${CELL_TEXT_LIMIT}` });
    return;
  }
  if (value === null || typeof value !== 'object' || depth > 20) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => scanRaw(item, `${path}[${i}]`, issues, depth + 1));
    return;
  }
  for (const key of Object.keys(value)) {
    const at = path ? `${path}.${key}` : key;
    if (PROTOTYPE_KEYS.has(key)) issues.push({ path: at, message: `"${key}" is a reserved name (a property every object has) and cannot be a key` });
    scanRaw((value as Record<string, unknown>)[key], at, issues, depth + 1);
  }
}

/** Semantic rules of a scale that a shape check cannot express. */
function checkScale(scale: Scale, path: string, issues: ModelIssue[]): void {
  duplicates(scale.levels.map((l) => l.id), ids(`${path}.levels`), 'level id', issues);
  duplicateNames(scale.levels, (i) => `${path}.levels[${i}].label`, 'level label', issues);
  const levelIds = new Set(scale.levels.map((l) => l.id));
  scale.scoreBands?.forEach((band, i) => {
    if (!levelIds.has(band.levelId)) issues.push({ path: `${path}.scoreBands[${i}].levelId`, message: `unknown level "${band.levelId}"` });
    const previous = scale.scoreBands?.[i - 1];
    if (previous && band.min <= previous.min)
      issues.push({ path: `${path}.scoreBands[${i}].min`, message: `bands must rise: ${band.min} is not above ${previous.min}` });
  });
}

function checkSemantics(model: CompetencyModel): ModelIssue[] {
  const issues: ModelIssue[] = [];
  checkScale(model.scale, 'scale', issues);
  const levelIds = model.scale.levels.map((l) => l.id);
  if (model.kind === 'levels') {
    duplicates(model.classes.map((c) => c.id), ids('classes'), 'class id', issues);
    duplicates(model.competencies.map((c) => c.id), ids('competencies'), 'competency id', issues);
    duplicateNames(model.competencies, (i) => `competencies[${i}].name`, 'competency name', issues);
    const classIds = new Set(model.classes.map((c) => c.id));
    model.competencies.forEach((competency, i) => {
      const at = `competencies[${i}]`;
      if (!classIds.has(competency.classId)) issues.push({ path: `${at}.classId`, message: `unknown class "${competency.classId}"` });
      const got = competency.levels.map((l) => l.levelId).join(', ');
      if (got !== levelIds.join(', '))
        issues.push({ path: `${at}.levels`, message: `levels must be the scale's levels in order (${levelIds.join(', ')}); found (${got})` });
      competency.levels.forEach((level, j) => {
        if (!level.missing && level.indicators.length === 0 && !level.summary)
          issues.push({ path: `${at}.levels[${j}]`, message: 'a level needs a summary or behaviour indicators, or "missing": true' });
      });
    });
    const competencyIds = new Set(model.competencies.map((c) => c.id));
    duplicates((model.roles ?? []).map((r) => r.id), ids('roles'), 'role id', issues);
    model.roles?.forEach((role, i) => {
      for (const [competencyId, levelId] of Object.entries(role.targets)) {
        if (!competencyIds.has(competencyId)) issues.push({ path: `roles[${i}].targets.${competencyId}`, message: `unknown competency "${competencyId}"` });
        if (!levelIds.includes(levelId)) issues.push({ path: `roles[${i}].targets.${competencyId}`, message: `unknown level "${levelId}"` });
      }
    });
  } else {
    duplicates(model.groups.map((g) => g.id), ids('groups'), 'group id', issues);
    const elementPaths = model.groups.flatMap((g, i) => g.elements.map((_, j) => `groups[${i}].elements[${j}]`));
    duplicates(model.groups.flatMap((g) => g.elements.map((e) => e.id)), (k) => `${elementPaths[k]}.id`, 'element id', issues);
    duplicateNames(model.groups.flatMap((g) => g.elements), (k) => `${elementPaths[k]}.name`, 'element name', issues);
    duplicates(model.knowledge.exams.map((e) => e.id), ids('knowledge.exams'), 'exam id', issues);
    duplicates(model.deductions.map((d) => d.id), ids('deductions'), 'deduction id', issues);
    model.groups.forEach((group, i) =>
      group.elements.forEach((element, j) => {
        const keys = Object.keys(element.maxPoints).sort().join(', ');
        if (keys !== [...levelIds].sort().join(', '))
          issues.push({ path: `groups[${i}].elements[${j}].maxPoints`, message: `needs one maximum per level (${levelIds.join(', ')}); found (${keys})` });
      }),
    );
    for (const levelId of levelIds) {
      const sum = model.groups.flatMap((g) => g.elements).reduce((acc, e) => acc + (e.maxPoints[levelId] ?? 0), 0);
      if (Math.abs(sum - model.levelTotal) > 1e-9)
        issues.push({ path: 'groups', message: `the element maxima at level ${levelId} add up to ${sum}, not ${model.levelTotal}` });
    }
    const shares = model.knowledge.exams.reduce((acc, exam) => acc + exam.share, 0);
    if (model.knowledge.exams.length > 0 && Math.abs(shares - 100) > 1e-9)
      issues.push({ path: 'knowledge.exams', message: `exam shares add up to ${shares}, not 100` });
    model.deductions.forEach((deduction, i) => {
      for (const levelId of Object.keys(deduction.requiredByLevel))
        if (!levelIds.includes(levelId)) issues.push({ path: `deductions[${i}].requiredByLevel.${levelId}`, message: `unknown level "${levelId}"` });
    });
  }
  return issues;
}

/** Checks an unknown value (parsed JSON, an imported sheet) against the model schema and its rules. */
export function validateModel(input: unknown): Validated<CompetencyModel> {
  // Every problem of the file at once: the raw scan, the shape, and (once the shape holds) the rules.
  const issues: ModelIssue[] = [];
  scanRaw(input, '', issues);
  const parsed = modelSchema.safeParse(input);
  if (!parsed.success) issues.push(...parsed.error.issues.map((issue) => ({ path: formatPath(issue.path) || '(model)', message: issue.message })));
  else issues.push(...checkSemantics(parsed.data as CompetencyModel));
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed.data as CompetencyModel };
}

/** Checks a stand-alone scale (e.g. the 3-tier scale of seed 002). */
export function validateScale(input: unknown): Validated<Scale> {
  const issues: ModelIssue[] = [];
  scanRaw(input, '', issues);
  const parsed = scaleSchema.safeParse(input);
  if (!parsed.success) issues.push(...parsed.error.issues.map((issue) => ({ path: formatPath(issue.path) || '(scale)', message: issue.message })));
  else checkScale(parsed.data as Scale, '(scale)', issues);
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed.data as Scale };
}

/** Issues as one readable message, for errors and import reports. */
export function describeIssues(issues: ModelIssue[], limit = 5): string {
  const shown = issues.slice(0, limit).map((i) => `${i.path}: ${i.message}`);
  if (issues.length > limit) shown.push(`… and ${issues.length - limit} more`);
  return shown.join('; ');
}
