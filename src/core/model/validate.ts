import { z } from 'zod';
import type { CompetencyModel, Scale } from './types';

/** One problem found in a model, with the exact place: `competencies[3].levels[1].indicators[0]`. */
export interface ModelIssue {
  path: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ModelIssue[] };

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be ASCII letters, digits, ".", "_" or "-"');
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

function duplicates(ids: string[], path: string, what: string, issues: ModelIssue[]): void {
  const seen = new Map<string, number>();
  ids.forEach((value, index) => {
    const first = seen.get(value);
    if (first !== undefined) issues.push({ path: `${path}[${index}].id`, message: `duplicate ${what} id "${value}" (first at ${path}[${first}])` });
    else seen.set(value, index);
  });
}

/** Semantic rules of a scale that a shape check cannot express. */
function checkScale(scale: Scale, path: string, issues: ModelIssue[]): void {
  duplicates(scale.levels.map((l) => l.id), `${path}.levels`, 'level', issues);
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
    duplicates(model.classes.map((c) => c.id), 'classes', 'class', issues);
    duplicates(model.competencies.map((c) => c.id), 'competencies', 'competency', issues);
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
    duplicates((model.roles ?? []).map((r) => r.id), 'roles', 'role', issues);
    model.roles?.forEach((role, i) => {
      for (const [competencyId, levelId] of Object.entries(role.targets)) {
        if (!competencyIds.has(competencyId)) issues.push({ path: `roles[${i}].targets.${competencyId}`, message: `unknown competency "${competencyId}"` });
        if (!levelIds.includes(levelId)) issues.push({ path: `roles[${i}].targets.${competencyId}`, message: `unknown level "${levelId}"` });
      }
    });
  } else {
    duplicates(model.groups.map((g) => g.id), 'groups', 'group', issues);
    duplicates(model.groups.flatMap((g) => g.elements.map((e) => e.id)), 'elements', 'element', issues);
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
  const parsed = modelSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path) || '(model)', message: issue.message })) };
  }
  const model = parsed.data as CompetencyModel;
  const issues = checkSemantics(model);
  return issues.length ? { ok: false, issues } : { ok: true, value: model };
}

/** Checks a stand-alone scale (e.g. the 3-tier scale of seed 002). */
export function validateScale(input: unknown): Validated<Scale> {
  const parsed = scaleSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path) || '(scale)', message: issue.message })) };
  }
  const issues: ModelIssue[] = [];
  checkScale(parsed.data as Scale, '(scale)', issues);
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed.data as Scale };
}

/** Issues as one readable message, for errors and import reports. */
export function describeIssues(issues: ModelIssue[], limit = 5): string {
  const shown = issues.slice(0, limit).map((i) => `${i.path}: ${i.message}`);
  if (issues.length > limit) shown.push(`… and ${issues.length - limit} more`);
  return shown.join('; ');
}
