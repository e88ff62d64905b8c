import { z } from 'zod';
import { normalizeName } from '../text';
import type { CompetencyModel, LocalText, Scale } from './types';
import { joinSaid, listSaid, Said, verbatim } from '../message';
import { modelIssueMessages as say, modelValueKinds as kinds } from './messages';

/** One problem found in a model, with the exact place: `competencies[3].levels[1].indicators[0]`. */
export interface ModelIssue {
  path: string;
  message: Said;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ModelIssue[] };

/** The most characters an Excel cell holds: longer model text could not be written to a sheet. */
export const CELL_TEXT_LIMIT = 32_767;

/** Names an object already has (constructor, toString, __proto__ …): as ids or record keys they would read as something else. */
const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'idChars')
  .refine((value) => !PROTOTYPE_KEYS.has(value), 'reservedId');
const localText = z
  .object({ zh: z.string().trim().min(1).optional(), en: z.string().trim().min(1).optional() })
  .strict()
  .refine((t) => t.zh !== undefined || t.en !== undefined, 'needsText');
const nonNegative = z.number().finite().min(0, 'negative');

const scaleSchema = z
  .object({
    id,
    name: localText,
    levels: z
      .array(z.object({ id, label: localText, description: localText.optional() }).strict())
      .min(2, 'twoLevels'),
    scoreBands: z.array(z.object({ min: z.number().finite(), levelId: id }).strict()).min(1).optional(),
    scoreBandsNote: localText.optional(),
  })
  .strict();

const meta = {
  id,
  version: z.string().trim().min(1),
  name: localText,
  source: z.union([z.string(), localText], { error: 'sourceText' }).optional(),
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
      .min(1, 'oneCompetency'),
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
              fullMarks: z.number().finite().positive('fullMarksPositive'),
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

const SCHEMA_MESSAGES = new Set(['idChars', 'reservedId', 'needsText', 'sourceText', 'negative', 'twoLevels', 'oneCompetency', 'fullMarksPositive'] as const);
type SchemaMessage = typeof SCHEMA_MESSAGES extends Set<infer K> ? K : never;

/** What a value is, in the words of the messages. */
function kindOf(value: unknown): Said {
  if (value === undefined || value === null) return kinds.nothing();
  if (Array.isArray(value)) return kinds.array();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'object') return kinds[typeof value as 'string']();
  return kinds.value();
}

/** A schema problem as a message in both languages: the schema's own rules by key, the rest by zod's code. */
function schemaMessage(issue: z.core.$ZodIssue): Said {
  if (SCHEMA_MESSAGES.has(issue.message as SchemaMessage)) return say[issue.message as SchemaMessage]();
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected in kinds ? kinds[issue.expected as 'string']() : verbatim(issue.expected);
      return issue.input === undefined ? say.missing(expected) : say.wrongType(expected, kindOf(issue.input));
    }
    case 'too_small':
      if (issue.origin === 'string') return say.blankText();
      if (issue.origin === 'array') return say.tooFew(String(issue.minimum));
      return issue.inclusive === false ? say.notAbove(String(issue.minimum)) : say.tooSmall(String(issue.minimum));
    case 'too_big':
      return say.tooBig(String(issue.maximum));
    case 'unrecognized_keys':
      return say.unknownKeys(listSaid(issue.keys.map((key) => `"${key}"`)));
    case 'invalid_union':
      return say.badKind();
    case 'invalid_value':
      return say.badValue(listSaid(issue.values.map((v) => JSON.stringify(v))));
    case 'not_multiple_of':
      return say.notWhole();
    default:
      return say.invalid();
  }
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

/** Flags repeated values; `fold` says which spellings count as the same (ids: case; names: case, width and spaces). */
function duplicates(values: (string | undefined)[], path: (index: number) => string, what: Said, issues: ModelIssue[], fold: (value: string) => string = (v) => v.toLowerCase()): void {
  const seen = new Map<string, number>();
  values.forEach((value, index) => {
    if (value === undefined) return;
    const key = fold(value);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else {
      const spelled = values[first];
      issues.push({
        path: path(index),
        message: spelled === value ? say.duplicate(what, value, path(first)) : say.duplicateSpelled(what, value, path(first), spelled ?? ''),
      });
    }
  });
}

const ids = (path: string) => (index: number) => `${path}[${index}].id`;

/** Names in both languages must each be unique: a second "中级" would always read as the first. */
function duplicateNames(items: { name?: LocalText; label?: LocalText }[], path: (index: number) => string, what: Said, issues: ModelIssue[]): void {
  for (const language of ['zh', 'en'] as const)
    duplicates(items.map((item) => (item.label ?? item.name)?.[language]), (i) => `${path(i)}.${language}`, joinSaid([what, `(${language})`], { en: ' ', zh: '' }), issues, normalizeName);
}

/** Problems a shape check cannot see in the raw input: text too long for a cell, keys every object already has. */
function scanRaw(value: unknown, path: string, issues: ModelIssue[], depth = 0): void {
  if (typeof value === 'string') {
    if (value.length > CELL_TEXT_LIMIT) issues.push({ path: path || '(model)', message: say.textTooLong(value.length, CELL_TEXT_LIMIT) });
    return;
  }
  if (value === null || typeof value !== 'object' || depth > 20) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => scanRaw(item, `${path}[${i}]`, issues, depth + 1));
    return;
  }
  for (const key of Object.keys(value)) {
    const at = path ? `${path}.${key}` : key;
    if (PROTOTYPE_KEYS.has(key)) issues.push({ path: at, message: say.reservedKey(key) });
    scanRaw((value as Record<string, unknown>)[key], at, issues, depth + 1);
  }
}

/** Semantic rules of a scale that a shape check cannot express. */
function checkScale(scale: Scale, path: string, issues: ModelIssue[]): void {
  duplicates(scale.levels.map((l) => l.id), ids(`${path}.levels`), kinds.levelId(), issues);
  duplicateNames(scale.levels, (i) => `${path}.levels[${i}].label`, kinds.levelLabel(), issues);
  const levelIds = new Set(scale.levels.map((l) => l.id));
  scale.scoreBands?.forEach((band, i) => {
    if (!levelIds.has(band.levelId)) issues.push({ path: `${path}.scoreBands[${i}].levelId`, message: say.unknownLevel(band.levelId) });
    const previous = scale.scoreBands?.[i - 1];
    if (previous && band.min <= previous.min)
      issues.push({ path: `${path}.scoreBands[${i}].min`, message: say.bandsMustRise(band.min, previous.min) });
  });
}

function checkSemantics(model: CompetencyModel): ModelIssue[] {
  const issues: ModelIssue[] = [];
  checkScale(model.scale, 'scale', issues);
  const levelIds = model.scale.levels.map((l) => l.id);
  if (model.kind === 'levels') {
    duplicates(model.classes.map((c) => c.id), ids('classes'), kinds.classId(), issues);
    duplicates(model.competencies.map((c) => c.id), ids('competencies'), kinds.competencyId(), issues);
    duplicateNames(model.competencies, (i) => `competencies[${i}].name`, kinds.competencyName(), issues);
    const classIds = new Set(model.classes.map((c) => c.id));
    model.competencies.forEach((competency, i) => {
      const at = `competencies[${i}]`;
      if (!classIds.has(competency.classId)) issues.push({ path: `${at}.classId`, message: say.unknownClass(competency.classId) });
      const got = competency.levels.map((l) => l.levelId).join(', ');
      if (got !== levelIds.join(', '))
        issues.push({ path: `${at}.levels`, message: say.levelsInOrder(listSaid(levelIds), listSaid(competency.levels.map((l) => l.levelId))) });
      competency.levels.forEach((level, j) => {
        if (!level.missing && level.indicators.length === 0 && !level.summary)
          issues.push({ path: `${at}.levels[${j}]`, message: say.levelNeedsText() });
      });
    });
    const competencyIds = new Set(model.competencies.map((c) => c.id));
    duplicates((model.roles ?? []).map((r) => r.id), ids('roles'), kinds.roleId(), issues);
    model.roles?.forEach((role, i) => {
      for (const [competencyId, levelId] of Object.entries(role.targets)) {
        if (!competencyIds.has(competencyId)) issues.push({ path: `roles[${i}].targets.${competencyId}`, message: say.unknownCompetency(competencyId) });
        if (!levelIds.includes(levelId)) issues.push({ path: `roles[${i}].targets.${competencyId}`, message: say.unknownLevel(levelId) });
      }
    });
  } else {
    duplicates(model.groups.map((g) => g.id), ids('groups'), kinds.groupId(), issues);
    const elementPaths = model.groups.flatMap((g, i) => g.elements.map((_, j) => `groups[${i}].elements[${j}]`));
    duplicates(model.groups.flatMap((g) => g.elements.map((e) => e.id)), (k) => `${elementPaths[k]}.id`, kinds.elementId(), issues);
    duplicateNames(model.groups.flatMap((g) => g.elements), (k) => `${elementPaths[k]}.name`, kinds.elementName(), issues);
    duplicates(model.knowledge.exams.map((e) => e.id), ids('knowledge.exams'), kinds.examId(), issues);
    duplicates(model.deductions.map((d) => d.id), ids('deductions'), kinds.deductionId(), issues);
    model.groups.forEach((group, i) =>
      group.elements.forEach((element, j) => {
        const keys = Object.keys(element.maxPoints).sort().join(', ');
        if (keys !== [...levelIds].sort().join(', '))
          issues.push({ path: `groups[${i}].elements[${j}].maxPoints`, message: say.maximumPerLevel(listSaid(levelIds), listSaid(Object.keys(element.maxPoints).sort())) });
      }),
    );
    for (const levelId of levelIds) {
      const sum = model.groups.flatMap((g) => g.elements).reduce((acc, e) => acc + (e.maxPoints[levelId] ?? 0), 0);
      if (Math.abs(sum - model.levelTotal) > 1e-9)
        issues.push({ path: 'groups', message: say.maximaSum(levelId, sum, model.levelTotal) });
    }
    const shares = model.knowledge.exams.reduce((acc, exam) => acc + exam.share, 0);
    if (model.knowledge.exams.length > 0 && Math.abs(shares - 100) > 1e-9)
      issues.push({ path: 'knowledge.exams', message: say.sharesSum(shares) });
    model.deductions.forEach((deduction, i) => {
      for (const levelId of Object.keys(deduction.requiredByLevel))
        if (!levelIds.includes(levelId)) issues.push({ path: `deductions[${i}].requiredByLevel.${levelId}`, message: say.unknownLevel(levelId) });
    });
  }
  return issues;
}

/** Checks an unknown value (parsed JSON, an imported sheet) against the model schema and its rules. */
export function validateModel(input: unknown): Validated<CompetencyModel> {
  // Every problem of the file at once: the raw scan, the shape, and (once the shape holds) the rules.
  const issues: ModelIssue[] = [];
  scanRaw(input, '', issues);
  const parsed = modelSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) issues.push(...parsed.error.issues.map((issue) => ({ path: formatPath(issue.path) || '(model)', message: schemaMessage(issue) })));
  else issues.push(...checkSemantics(parsed.data as CompetencyModel));
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed.data as CompetencyModel };
}

/** Checks a stand-alone scale (e.g. the 3-tier scale of seed 002). */
export function validateScale(input: unknown): Validated<Scale> {
  const issues: ModelIssue[] = [];
  scanRaw(input, '', issues);
  const parsed = scaleSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) issues.push(...parsed.error.issues.map((issue) => ({ path: formatPath(issue.path) || '(scale)', message: schemaMessage(issue) })));
  else checkScale(parsed.data as Scale, '(scale)', issues);
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed.data as Scale };
}

/** Issues as one readable message, for errors and import reports. */
export function describeIssues(issues: ModelIssue[], limit = 5): Said {
  const shown: Said[] = issues.slice(0, limit).map((i) => issueText(i));
  if (issues.length > limit) shown.push(say.moreIssues(issues.length - limit));
  return joinSaid(shown, { en: ' ', zh: '' });
}

/** One issue with its place: "competencies[3].name: The text is blank." */
export function issueText(issue: ModelIssue): Said {
  return joinSaid([verbatim(issue.path), issue.message], { en: ': ', zh: ':' });
}
