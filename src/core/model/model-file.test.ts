import { modelFileName, parseModelFile, serializeModelFile } from './model-file';
import { builtInModelList } from './registry';
import { issueText } from './validate';

describe('model files', () => {
  it('round-trips every built-in model through its JSON file', () => {
    for (const model of builtInModelList()) {
      const text = serializeModelFile(model);
      expect(text.endsWith('}\n')).toBe(true);
      expect(parseModelFile(text)).toEqual({ ok: true, model });
    }
  });

  it('reads a file saved with a byte-order mark', () => {
    const [model] = builtInModelList();
    expect(parseModelFile(`\uFEFF${serializeModelFile(model)}`)).toEqual({ ok: true, model });
  });

  it('names the file by model and version', () => {
    expect(modelFileName({ id: 'ct-am', version: '1' })).toBe('ct-am-v1.json');
    expect(modelFileName({ id: 'm', version: '2024/12 draft' })).toBe('m-v2024_12_draft.json');
  });

  it('reports a JSON syntax error with its line and column, and nothing else', () => {
    const result = parseModelFile('{\n  "id": "x",\n  "version": 1,,\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0].path).toBe('(file)');
    expect(result.issues[0].message.in('en-US')).toBe('The file is not valid JSON at line 3, column 16.');
    const empty = parseModelFile('  ');
    expect(empty.ok ? '' : empty.issues.map(issueText).join()).toBe('(file): The file is empty.');
  });

  it('reports schema problems with the path of each', () => {
    const model = JSON.parse(serializeModelFile(builtInModelList()[0]));
    model.competencies[2].levels[1].indicators.push({ zh: '' });
    model.competencies[0].weight = -1;
    delete model.version;
    const result = parseModelFile(JSON.stringify(model));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path).sort()).toEqual(['competencies[0].weight', 'competencies[2].levels[1].indicators[0].zh', 'version'].sort());
  });

  it('reports semantic problems (a level list out of scale order) with their path', () => {
    const model = JSON.parse(serializeModelFile(builtInModelList()[1]));
    model.competencies[0].levels.reverse();
    const result = parseModelFile(JSON.stringify(model));
    expect(result.ok ? [] : result.issues.map((issue) => issueText(issue).in('en-US'))).toEqual([expect.stringContaining("competencies[0].levels: The levels must be the scale's levels in order")]);
  });
});

describe('a model file with several problems, in both languages', () => {
  it('lists every problem, each with its place and a sentence in the reader’s language', () => {
    const model = JSON.parse(serializeModelFile(builtInModelList()[0])) as Record<string, unknown> & { competencies: Record<string, unknown>[]; scale: { levels: unknown[] } };
    model.version = 2;
    model.colour = 'blue';
    model.competencies[0].weight = -1;
    model.competencies[1].name = { zh: '' };
    const result = parseModelFile(JSON.stringify(model));
    if (result.ok) throw new Error('the file should be refused');
    const lines = (locale: 'en-US' | 'zh-CN') => result.issues.map((issue) => issueText(issue).in(locale));
    expect(lines('en-US')).toEqual([
      'version: A text belongs here, not number.',
      'competencies[0].weight: The number must not be negative.',
      'competencies[1].name.zh: The text is blank.',
      '(model): The field "colour" is not part of a model; remove it or check its spelling.',
    ]);
    expect(lines('zh-CN')).toEqual([
      'version:此处应为文本,而不是数字。',
      'competencies[0].weight:此数不能为负数。',
      'competencies[1].name.zh:文本为空。',
      '(model):字段 "colour" 不属于模型:请删除,或检查拼写。',
    ]);
  });

  it('says where a broken file breaks, and that an empty one is empty', () => {
    const broken = parseModelFile('{\n  "id": "x",\n  oops\n}');
    const empty = parseModelFile('  ');
    if (broken.ok || empty.ok) throw new Error('the files should be refused');
    expect(issueText(broken.issues[0]).in('en-US')).toMatch(/^\(file\): The file is not valid JSON at line 3, column \d+\.$/);
    expect(issueText(broken.issues[0]).in('zh-CN')).toMatch(/^\(file\):文件在第 3 行第 \d+ 列处不是有效的 JSON。$/);
    expect(issueText(empty.issues[0]).in('zh-CN')).toBe('(file):文件为空。');
  });
});
