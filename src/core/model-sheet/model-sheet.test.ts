import type { PlanValue } from '../plan/plan';
import { MISSING_MARK } from './columns';
import { modelSheetLayout, modelToRows } from './write';
import { rowsToModel } from './read';
import { findLevelModel, findPointsModel } from '../model/registry';
import type { CompetencyModel, LevelModel, Locale } from '../model/types';

const ct = findLevelModel('ct-am');
const cm = findLevelModel('cm-gcam');
const hw = findPointsModel('hw-sm');

/** What Excel hands back: every value as the cell holds it ("" for blanks, numbers as numbers). */
function asRead(rows: PlanValue[][]): unknown[][] {
  return rows.map((row) => row.map((cell) => (cell === null ? '' : cell)));
}

function imported(rows: unknown[][], base?: CompetencyModel, firstRow?: number): CompetencyModel {
  const result = rowsToModel(rows, base, { firstRow });
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 5)));
  return result.model;
}

/** The issues of a refused import as the user reads them, in English (or Chinese). */
function rejection(rows: unknown[][], base?: CompetencyModel, locale: 'en-US' | 'zh-CN' = 'en-US') {
  const result = rowsToModel(rows, base);
  expect(result.ok).toBe(false);
  expect('model' in result).toBe(false);
  return result.ok ? [] : result.issues.map((issue) => ({ row: issue.row, message: issue.message.in(locale) }));
}

/** The sheet row (1-based) and column of the first cell holding `text`. */
function find(rows: unknown[][], text: string, from = 0): { row: number; column: number } {
  for (let r = from; r < rows.length; r++) {
    const column = rows[r].findIndex((c) => c === text);
    if (column >= 0) return { row: r + 1, column };
  }
  throw new Error(`"${text}" is not on the sheet`);
}

describe('Model sheet round trip', () => {
  it.each([
    ['ct-am', 'zh-CN', ct],
    ['ct-am', 'en-US', ct],
    ['cm-gcam', 'zh-CN', cm],
    ['cm-gcam', 'en-US', cm],
    ['hw-sm', 'zh-CN', hw],
    ['hw-sm', 'en-US', hw],
  ] as [string, Locale, CompetencyModel][])('%s: model -> sheet -> model -> sheet loses nothing (%s)', (_id, locale, model) => {
    const sheet = modelToRows(model, locale);
    const back = imported(asRead(sheet));
    expect(back).toEqual(model);
    expect(modelToRows(back, locale)).toEqual(sheet);
  });

  it("a source given as one text goes into the row of the sheet's language and comes back as that language's text", () => {
    const plain: LevelModel = { ...ct, source: 'HR department, 2024 edition' };
    const english = asRead(modelToRows(plain, 'en-US'));
    expect(english[find(english, 'HR department, 2024 edition').row - 1][0]).toBe('Source');
    expect(imported(english).source).toEqual({ en: 'HR department, 2024 edition' });
    expect(imported(asRead(modelToRows(plain, 'zh-CN'))).source).toEqual({ zh: 'HR department, 2024 edition' });
  });

  it('reads a sheet written in one language the same in the other language’s workbook', () => {
    for (const model of [ct, cm]) expect(imported(asRead(modelToRows(model, 'en-US')))).toEqual(imported(asRead(modelToRows(model, 'zh-CN'))));
  });

  it('writes one row per indicator, one row for a summary-only level and marks missing levels "missing in source"', () => {
    const layout = modelSheetLayout(ct, 'en-US');
    const headers = layout.table.headers;
    expect(headers.slice(0, 8)).toEqual(['Competency ID', 'Class', 'Competency', 'Definition', 'Level', 'Level summary', 'Behaviour indicator', 'Weight']);
    expect(headers).toEqual(expect.arrayContaining(['Competency (Chinese)', 'Behaviour indicator (Chinese)', 'Definition (Chinese)']));
    const rows = (id: string, level: string) => layout.table.rows.filter((r) => r[0] === id && r[4] === level);
    const indicator = headers.indexOf('Behaviour indicator');
    expect(rows('resilience', 'Senior')).toHaveLength(4);
    // 沟通倾听能力 初级: only the summary survives: one row, no indicator, not "missing".
    const summaryOnly = rows('communication-and-listening', 'Junior');
    expect(summaryOnly).toHaveLength(1);
    expect(summaryOnly[0][indicator]).toBeNull();
    expect(summaryOnly[0][headers.indexOf('Level summary (Chinese)')]).toBe('清楚表达,愿意倾听。');
    const missing = rows('achievement-orientation', 'Senior');
    expect(missing).toHaveLength(1);
    expect(missing[0][indicator]).toBe(MISSING_MARK.en);
    expect(missing[0][headers.indexOf('Behaviour indicator (Chinese)')]).toBe(MISSING_MARK.zh);
    // 54 indicators + one row per indicator-less level.
    const levelsWithout = ct.competencies.flatMap((c) => c.levels).filter((l) => l.indicators.length === 0).length;
    expect(layout.table.rows).toHaveLength(54 + levelsWithout);
  });

  it('heads the Chinese sheet in Chinese, with the English texts in marked columns', () => {
    const layout = modelSheetLayout(ct, 'zh-CN');
    expect(layout.table.headers.slice(0, 7)).toEqual(['能力素质项 ID', '类别', '能力素质项', '定义', '级别', '级别概述', '行为指标']);
    expect(layout.table.headers).toContain('行为指标（英文）');
    const first = layout.table.rows[0];
    expect(first.slice(0, 5)).toEqual(['achievement-orientation', '基本能力', '成就导向', ct.competencies[0].definition!.zh, '初级']);
  });

  it('takes HR’s edits: a changed indicator, a new competency, a weight', () => {
    const rows = asRead(modelToRows(ct, 'zh-CN'));
    const header = find(rows, '行为指标');
    const target = find(rows, '付出努力,想把工作做好。');
    rows[target.row - 1][header.column] = '付出努力,把工作做好。';
    const weight = find(rows, '权重').column;
    for (const row of rows) if (row[0] === 'resilience') row[weight] = 2;
    const template = rows.find((r) => r[0] === 'resilience')!;
    const added = [...template];
    added[0] = 'negotiation';
    added[2] = '谈判能力';
    added[3] = '';
    added[6] = '能在谈判中守住底线。';
    added[7] = '';
    // A new competency needs a name of its own in both languages (a second "Resilience" would be refused).
    added[12] = 'Negotiation';
    rows.push(...ct.scale.levels.map((l) => Object.assign([...added], { 4: l.label.zh })));
    const model = imported(rows) as LevelModel;
    expect(model.competencies[0].levels[0].indicators[0].zh).toBe('付出努力,把工作做好。');
    expect(model.competencies.find((c) => c.id === 'resilience')!.weight).toBe(2);
    const negotiation = model.competencies.find((c) => c.id === 'negotiation')!;
    expect(negotiation.name.zh).toBe('谈判能力');
    expect(negotiation.classId).toBe('basic');
    expect(negotiation.levels.map((l) => l.indicators.map((i) => i.zh))).toEqual([['能在谈判中守住底线。'], ['能在谈判中守住底线。'], ['能在谈判中守住底线。'], ['能在谈判中守住底线。']]);
  });

  it('imports the table alone (as read from the Excel table) with the model information from the base model', () => {
    const layout = modelSheetLayout(cm, 'en-US');
    const table = asRead([layout.table.headers, ...layout.table.rows]);
    expect(imported(table, cm, layout.table.row + 1)).toEqual(cm);
    // Without a base model, the model information is missing: rejected, nothing returned.
    expect(rejection(table)[0].message).toMatch(/There is no "Model information" section; the model ID, version and name are needed\./);
  });

  it('reports issues with the sheet row of the table when given firstRow', () => {
    const layout = modelSheetLayout(cm, 'en-US');
    const table = asRead([layout.table.headers, ...layout.table.rows]);
    table[3][4] = 'Grandmaster';
    const result = rowsToModel(table, cm, { firstRow: layout.table.row + 1 });
    expect(result.ok ? [] : result.issues.map((issue) => ({ row: issue.row, message: issue.message.in('en-US') }))).toEqual([
      { row: layout.table.row + 4, message: expect.stringContaining('"Grandmaster" is not a level') },
    ]);
  });
});

describe('Model sheet import rejections: the whole import, each issue with its row and reason', () => {
  const base = () => asRead(modelToRows(ct, 'zh-CN'));
  /** A column of the competency table (its header row is below the sections). */
  const column = (rows: unknown[][], header: string) => find(rows, header, find(rows, '能力素质项 ID').row - 1).column;
  const tableRow = (rows: unknown[][], id: string, level: string) => rows.findIndex((r) => r[0] === id && r[4] === level) + 1;

  it('a blank competency ID, an unknown level and a bad weight: three issues, in row order', () => {
    const rows = base();
    const a = tableRow(rows, 'resilience', '中级');
    const b = tableRow(rows, 'execution', '资深');
    const c = tableRow(rows, 'coordination', '高级');
    rows[a - 1][0] = '';
    rows[b - 1][column(rows, '级别')] = '专家';
    rows[c - 1][column(rows, '权重')] = '很重要';
    const issues = rejection(rows);
    expect(issues.map((i) => i.row)).toEqual([a, b, c]);
    expect(issues[0].message).toMatch(/Competency ID.* is blank/);
    expect(issues[1].message).toBe('"专家" is not a level of the scale; its levels are Junior, Intermediate, Senior, Expert.');
    expect(rejection(rows, undefined, 'zh-CN').map((i) => i.message)).toEqual([
      expect.stringMatching(/^"能力素质项编号"为空。$|为空。$/),
      '"专家"不是量表中的级别;其级别为:初级、中级、高级、资深。',
      expect.stringContaining('"很重要",不是数字。'),
    ]);
    expect(issues[2].message).toBe('"Weight" is "很重要", which is not a number.');
  });

  it('a definition that differs between rows of one competency names both rows', () => {
    const rows = base();
    const first = tableRow(rows, 'resilience', '初级');
    const later = tableRow(rows, 'resilience', '高级');
    rows[later - 1][column(rows, '定义')] = '另一个定义';
    const [issue] = rejection(rows);
    expect(issue.row).toBe(later);
    expect(issue.message).toContain(`in row ${first}; it must be the same on every row (or blank).`);
    expect(issue.message).toContain('the competency "resilience"');
  });

  it('a competency without a row for one of its levels', () => {
    const rows = base().filter((r) => !(r[0] === 'execution' && r[4] === '初级'));
    const [issue] = rejection(rows);
    expect(issue.row).toBe(tableRow(rows, 'execution', '中级'));
    expect(issue.message).toMatch(/^The competency "[^"]+" has no row for the level Junior; add one/);
  });

  it('a level row with neither summary nor indicator nor the missing mark', () => {
    const rows = base();
    const row = tableRow(rows, 'job-basic-skills', '高级');
    rows[row - 1][column(rows, '行为指标')] = '';
    rows[row - 1][column(rows, '行为指标（英文）')] = '';
    const [issue] = rejection(rows);
    expect(issue).toEqual({ row, message: expect.stringMatching(/has no level summary and no behaviour indicator at /) });
  });

  it('an unknown column, an unknown model field and a blank version', () => {
    const rows = base();
    const header = find(rows, '能力素质项 ID');
    rows[header.row - 1].push('备忘');
    const version = find(rows, '版本');
    rows[version.row - 1][1] = '';
    const idRow = find(rows, '模型 ID');
    rows.splice(idRow.row, 0, ['负责人', '人力资源部']);
    const issues = rejection(rows);
    expect(issues.map((i) => i.message)).toEqual([expect.stringMatching(/^"负责人" is not a model information field/), expect.stringMatching(/^"Version" is blank\.$/), expect.stringMatching(/has an unknown column "备忘"/)]);
    expect(issues.map((i) => i.row)).toEqual([idRow.row + 1, version.row + 1, header.row + 1]);
  });

  it('a duplicate level ID in the levels section and an empty sheet', () => {
    const rows = base();
    const l2 = find(rows, 'L2');
    rows[l2.row - 1][0] = 'L1';
    const [issue] = rejection(rows);
    expect(issue).toEqual({ row: l2.row, message: expect.stringContaining('The level ID "L1" is used twice; it is first in row') });
    expect(rejection([[], ['']])).toEqual([{ row: 1, message: 'The Model sheet is empty.' }]);
  });

  it('a points model whose maxima no longer add up to its level total: the validator’s finding, placed on the table', () => {
    const rows = asRead(modelToRows(hw, 'en-US'));
    const row = rows.findIndex((r) => r[2] === 'customer-visits' && r[4] === 'Level 4');
    rows[row][5] = 9;
    const issues = rejection(rows);
    expect(issues).toEqual([{ row: find(rows, 'Group ID').row, message: expect.stringContaining('add up to 104, not 100') }]);
  });

  it('a points element row with blank maximum points', () => {
    const rows = asRead(modelToRows(hw, 'zh-CN'));
    const row = rows.findIndex((r) => r[2] === 'customer-visits' && r[4] === '四级');
    rows[row][5] = '';
    expect(rejection(rows)).toEqual([{ row: row + 1, message: expect.stringContaining('is blank') }]);
  });
});
