import fs from 'fs';
import path from 'path';

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
};

describe('functions metadata emitted by the build', () => {
  const en = read('functions.json');
  const zh = read('functions.zh-CN.json');

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
