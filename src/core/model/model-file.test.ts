import { modelFileName, parseModelFile, serializeModelFile } from './model-file';
import { builtInModelList } from './registry';

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
    expect(result.issues[0].message).toMatch(/^not valid JSON \(line 3, column 16\)/);
    expect(parseModelFile('  ')).toEqual({ ok: false, issues: [{ path: '(file)', message: 'the file is empty' }] });
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
    expect(result).toEqual({ ok: false, issues: [{ path: 'competencies[0].levels', message: expect.stringContaining("levels must be the scale's levels in order") }] });
  });
});
