import { builtInModelList } from './registry';
import { validateModel, validateScale } from './validate';
import type { ModelIssue } from './validate';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a model file being broken on purpose, path by path
type Loose = Record<string, any>;
const copy = (id: string) => JSON.parse(JSON.stringify(builtInModelList().find((m) => m.id === id))) as Loose;
/** The issues as the user reads them, in English. */
const issuesOf = (input: unknown): { path: string; message: string }[] => {
  const result = validateModel(input);
  return result.ok ? [] : result.issues.map((issue: ModelIssue) => ({ path: issue.path, message: issue.message.in('en-US') }));
};

describe('the model validator misses nothing', () => {
  it('rejects duplicate exam and deduction ids with their paths', () => {
    const hw = copy('hw-sm');
    hw.knowledge.exams[1].id = hw.knowledge.exams[0].id;
    hw.deductions.push({ ...hw.deductions[0] });
    const issues = issuesOf(hw);
    expect(issues).toContainEqual({ path: 'knowledge.exams[1].id', message: expect.stringContaining('exam id "') });
    expect(issues).toContainEqual({ path: `deductions[${hw.deductions.length - 1}].id`, message: expect.stringContaining('deduction id "') });
  });

  it('rejects duplicate level labels, ids differing only in case and competencies with the same name', () => {
    const ct = copy('ct-am');
    ct.scale.levels[1].label.zh = ct.scale.levels[0].label.zh;
    ct.competencies[1].id = ct.competencies[0].id.toUpperCase();
    ct.competencies[2].name.en = ` ${ct.competencies[0].name.en.toUpperCase()} `;
    const issues = issuesOf(ct);
    expect(issues).toContainEqual({ path: 'scale.levels[1].label.zh', message: expect.stringContaining('level label (zh) "') });
    expect(issues).toContainEqual({ path: 'competencies[1].id', message: expect.stringContaining('differs only in case') });
    expect(issues).toContainEqual({ path: 'competencies[2].name.en', message: expect.stringContaining('competency name (en) "') });
  });

  it('rejects a level id "constructor" and __proto__ keys inside records instead of stripping them', () => {
    const hw = copy('hw-sm');
    hw.scale.levels[0].id = 'constructor';
    const issues = issuesOf(hw);
    expect(issues).toContainEqual({ path: 'scale.levels[0].id', message: expect.stringContaining('reserved name') });
    const withProto = JSON.parse(JSON.stringify(copy('hw-sm')).replace('"maxPoints":{', '"maxPoints":{"__proto__":5,'));
    expect(issuesOf(withProto)).toContainEqual({ path: 'groups[0].elements[0].maxPoints.__proto__', message: expect.stringContaining('reserved name') });
  });

  it('takes the source as one text or as its Chinese and English texts, and says so of anything else', () => {
    for (const source of ['HR department, 2024', { zh: '人力资源部 2024 年版' }, { zh: '人力资源部', en: 'HR department' }]) expect(issuesOf({ ...copy('ct-am'), source })).toEqual([]);
    for (const source of [42, ['HR'], null]) {
      expect(issuesOf({ ...copy('ct-am'), source })).toEqual([{ path: 'source', message: 'The source is one text, or its Chinese and English texts: {"zh": "…", "en": "…"}.' }]);
    }
    // An object is read as the per-language texts: what is wrong with them is said of them.
    expect(issuesOf({ ...copy('ct-am'), source: { fr: 'RH' } })).toEqual(expect.arrayContaining([{ path: 'source', message: 'A Chinese (zh) or English (en) text is needed.' }]));
    expect(issuesOf({ ...copy('ct-am'), source: { zh: ' ' } }).map((issue) => issue.path)).toEqual(['source.zh']);
    const result = validateModel({ ...copy('ct-am'), source: 42 });
    expect(result.ok ? '' : result.issues[0].message.in('zh-CN')).toMatch(/^来源应为一段文本/);
  });

  it('rejects text longer than a cell holds', () => {
    const ct = copy('ct-am');
    ct.competencies[0].definition = { zh: '长'.repeat(32_768) };
    expect(issuesOf(ct)).toContainEqual({ path: 'competencies[0].definition.zh', message: expect.stringContaining('at most 32767') });
  });

  it('reports every problem of a file, not only the first', () => {
    const ct = copy('ct-am');
    ct.competencies[0].id = 'toString';
    ct.competencies[1].weight = -1;
    ct.name.zh = 'x'.repeat(40_000);
    const paths = issuesOf(ct).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['name.zh', 'competencies[0].id', 'competencies[1].weight']));
  });

  it('still accepts the built-in models and scales', () => {
    for (const model of builtInModelList()) expect(validateModel(model).ok).toBe(true);
    expect(validateScale(copy('ct-am').scale).ok).toBe(true);
  });
});
