import fs from 'fs';
import path from 'path';
import { z } from 'zod';

interface Parameter {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
}
const dist = path.join(__dirname, '..', 'dist');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dist, file), 'utf8')) as { functions: FunctionMetadata[] };

const expected: Record<string, string[]> = {
  'COMPETENCY.LEVEL': ['score', 'scale?'],
  'WEIGHTED.SCORE': ['scores', 'weights', 'fullMarks?'],
  'COMPETENCY.DESCRIPTOR': ['competency', 'level', 'model?'],
  'COMPETENCY.GAP': ['actual', 'target', 'scale?'],
  'LEVEL.NUMBER': ['level', 'scale?'],
  'POINTS.TOTAL': ['points', 'level', 'cases?', 'model?'],
  'RATERS.COMBINE': ['levels', 'roles', 'weights?', 'minimums?', 'trim?'],
  'RATERS.AGREEMENT': ['ratings', 'metric?', 'scale?', 'units?'],
  'RATERS.COMBINE.TABLE': ['people', 'competencies', 'ratings', 'weights?', 'minimums?', 'model?', 'trim?'],
  'RATERS.AGREEMENT.TABLE': ['competencies', 'ratings', 'model?'],
};

/**
 * The metadata schema as Microsoft documents it ("Manually create JSON metadata for custom
 * functions", learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json): root flags,
 * functions with id and name (letters, digits and periods; at most 128 characters), parameters
 * with a type and a dimensionality, options as booleans, a result's dimensionality. Strict: a
 * property Excel does not know would be ignored there, so it fails here.
 */
const dimensionality = z.enum(['scalar', 'matrix']);
const parameterSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
    description: z.string().optional(),
    type: z.enum(['boolean', 'number', 'string', 'any']).optional(),
    dimensionality: dimensionality.optional(),
    optional: z.boolean().optional(),
    repeating: z.boolean().optional(),
  })
  .strict();
const functionSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9.]{1,128}$/),
    name: z.string().regex(/^[\p{L}][\p{L}\p{N}._]{0,127}$/u),
    description: z.string().optional(),
    helpUrl: z.string().url().optional(),
    parameters: z.array(parameterSchema),
    result: z.object({ type: z.enum(['boolean', 'number', 'string', 'any']).optional(), dimensionality: dimensionality.optional() }).strict().optional(),
    options: z
      .object({ cancelable: z.boolean(), requiresAddress: z.boolean(), requiresParameterAddresses: z.boolean(), stream: z.boolean(), volatile: z.boolean(), capturesCallingObject: z.boolean(), excludeFromAutoComplete: z.boolean() })
      .partial()
      .strict()
      .optional(),
  })
  .strict();
const metadataSchema = z
  .object({ allowErrorForDataTypeAny: z.literal(true), allowCustomDataForDataTypeAny: z.literal(true), functions: z.array(functionSchema).min(1) })
  .strict();

describe('functions metadata emitted by the build', () => {
  const en = read('functions.json');
  const zh = read('functions.zh-CN.json');

  it("matches Microsoft's metadata schema in both languages, errors and data types allowed in", () => {
    for (const [file, metadata] of [['functions.json', en], ['functions.zh-CN.json', zh]] as const) {
      const checked = metadataSchema.safeParse(metadata);
      expect({ file, issues: checked.success ? [] : checked.error.issues }).toEqual({ file, issues: [] });
    }
  });

  it('lists every HR function with its parameters (optional ones marked)', () => {
    const listed = Object.fromEntries(en.functions.map((f) => [f.id, f.parameters.map((p) => p.name + (p.optional ? '?' : ''))]));
    expect(listed).toEqual(expected);
    for (const f of en.functions) {
      expect(f.name).toBe(f.id);
      expect(f.description.length).toBeGreaterThan(20);
      f.parameters.forEach((p) => expect(p.description?.length).toBeGreaterThan(5));
    }
  });

  it('has a zh-CN file with the same ids, parameters and types, and Chinese names and descriptions', () => {
    expect(zh.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    zh.functions.forEach((f, i) => {
      const english = en.functions[i];
      expect(f.parameters.map(({ name, optional, dimensionality }) => ({ name, optional, dimensionality }))).toEqual(
        english.parameters.map(({ name, optional, dimensionality }) => ({ name, optional, dimensionality })),
      );
      expect(f.name).toMatch(/[\u4e00-\u9fff]/);
      expect(f.name).not.toBe(english.name);
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      f.parameters.forEach((p) => expect(p.description).toMatch(/[\u4e00-\u9fff]/));
    });
  });

  it('uses ASCII ids (Excel requires them) and names Excel accepts', () => {
    for (const f of [...en.functions, ...zh.functions]) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9.]*$/);
      expect(f.name).toMatch(/^[^\s,;()"]+$/);
    }
  });
});

describe('localized metadata plugin', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { localizeMetadata } = require('../scripts/localized-functions-metadata.js');
  const metadata = { functions: [{ id: 'A.B', name: 'A.B', description: 'd', parameters: [{ name: 'x' }] }] };
  it('reports missing and unknown translations so the build fails', () => {
    const [, problems] = localizeMetadata(metadata, { functions: { 'C.D': { name: 'c', description: 'c' } } }, 'zh-CN');
    expect(problems).toEqual(['zh-CN: translation for unknown function C.D', 'zh-CN: no translation for function A.B']);
    const [, paramProblems] = localizeMetadata(metadata, { functions: { 'A.B': { name: '甲', description: '乙', parameters: { y: { description: 'z' } } } } }, 'zh-CN');
    expect(paramProblems).toEqual(['zh-CN: no translation for parameter x of A.B', 'zh-CN: translation for unknown parameter y of A.B']);
  });
});
