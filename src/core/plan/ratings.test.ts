import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import { registerHrFunctions, setFunctionLocale } from '../../workbench/hr-plugin';
import { findLevelModel } from '../model/registry';
import { krippendorffAlpha } from '../raters/agreement';
import { combinedLevelFormula, competencyAgreementFormula, planRatingsSheet, RATINGS_COLUMNS, type RatingsRow } from './ratings';

/**
 * The Ratings sheet and the Assessment formulas that combine it, computed by HyperFormula with the
 * HR functions: a round with self, manager, three peers and two reports per person.
 */
registerHrFunctions();
setFunctionLocale('zh-CN');
const ct = findLevelModel('ct-am');
const [achievement, resilience] = ct.competencies.map((c) => c.name.zh!);
const LEVELS = ['初级', '中级', '高级', '资深'];

function round(person: string, competency: string, levels: [number, number, number, number, number, number, number]): RatingsRow[] {
  const roles = ['自评', '上级', '同事', '同事', '同事', '下属', '下属'];
  return levels.map((level, i) => ({
    PersonKey: person,
    Competency: competency,
    RaterKey: `${person}-r${i}`,
    Role: roles[i],
    Level: LEVELS[level - 1],
    Evidence: null,
    Time: '2026-12-01T09:00:00Z',
    Source: 'assessor-1.xlsx',
  }));
}

const rows: RatingsRow[] = [
  ...round('E001', achievement, [4, 2, 3, 2, 4, 1, 2]),
  ...round('E001', resilience, [3, 3, 3, 3, 3, 2, 2]),
  ...round('E002', achievement, [2, 3, 4, 4, 4, 3, 3]),
  { PersonKey: 'E002', Competency: resilience, RaterKey: 'x', Role: '同事', Level: null, Time: null, Source: null },
];

function workbook(ratings: RatingsRow[]) {
  const sheet = planRatingsSheet(ct, 'zh-CN', ratings);
  const table = sheet.tables[0];
  const cells = [table.headers, ...table.rows.map((row) => row.map((c) => (c !== null && typeof c === 'object' && 'text' in c ? c.text : c)))] as RawCellContent[][];
  const reach = { sheet: sheet.name, rows: 200 };
  const assessment: RawCellContent[][] = [
    ['PersonKey', achievement, resilience],
    ['E001', combinedLevelFormula(reach, '$A2', 'B$1', 'ct-am'), combinedLevelFormula(reach, '$A2', 'C$1', 'ct-am')],
    ['E002', combinedLevelFormula(reach, '$A3', 'B$1', 'ct-am'), combinedLevelFormula(reach, '$A3', 'C$1', 'ct-am')],
    ['E003', combinedLevelFormula(reach, '$A4', 'B$1', 'ct-am'), null],
    ['α', competencyAgreementFormula(reach, 'B$1', 'ct-am'), competencyAgreementFormula(reach, 'C$1', 'ct-am')],
  ];
  const hf = HyperFormula.buildFromSheets({ [sheet.name]: cells, 评估: assessment }, { licenseKey: 'gpl-v3', useArrayArithmetic: true });
  const at = (a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId('评估')!)!);
  return { sheet, hf, at };
}

describe('the Ratings sheet plan', () => {
  it('is one table at A1 with the fixed columns, and lists of roles and model levels in the workbook’s language', () => {
    const { sheet } = workbook([]);
    expect(sheet.name).toBe('评价记录');
    expect(sheet.tables[0]).toMatchObject({ name: 'Ratings', origin: 'A1', headers: ['PersonKey', 'Competency', 'RaterKey', 'Role', 'Level', 'Evidence', 'Time', 'Source'], rows: [] });
    expect(sheet.listValidations.map((v) => [v.header, v.values])).toEqual([
      ['Role', ['自评', '上级', '同事', '下属', '其他']],
      ['Level', LEVELS],
    ]);
    expect(planRatingsSheet(ct, 'en-US').listValidations[0].values).toEqual(['Self', 'Manager', 'Peers', 'Direct reports', 'Other']);
    expect(RATINGS_COLUMNS.every((c) => c.name.zh && c.name.en && c.description.zh && c.description.en)).toBe(true);
  });

  it('writes text from users as text, never as a formula', () => {
    const sheet = planRatingsSheet(ct, 'zh-CN', [{ PersonKey: '=1+1', Competency: achievement, Level: 2 }]);
    expect(sheet.tables[0].rows[0].slice(0, 2)).toEqual([{ text: '=1+1' }, { text: achievement }]);
    expect(sheet.tables[0].rows[0][4]).toBe(2);
  });
});

describe('the Assessment formulas over the Ratings table', () => {
  it('combine each person’s ratings by role: two reports are left out, the weights renormalised over the rest', () => {
    const { hf, at } = workbook(rows);
    // E001 achievement: (4 × .1 + 2 × .5 + 3 × .2) / .8 = 2.5; resilience: (.3 + 1.5 + .6) / .8 = 3
    expect(at('B2')).toBeCloseTo(2.5, 9);
    expect(at('C2')).toBeCloseTo(3, 9);
    // E002 achievement: (.2 + 1.5 + 4 × .2) / .8 = 3.125; resilience has only a blank level: blank
    expect(at('B3')).toBeCloseTo(3.125, 9);
    expect(at('C3')).toBe('');
    expect(at('B4')).toBe('');
    hf.destroy();
  });

  it('show the ordinal agreement per competency, equal to Krippendorff’s alpha over the people as units', () => {
    const { hf, at } = workbook(rows);
    const expected = krippendorffAlpha(
      [
        [4, 2, 3, 2, 4, 1, 2],
        [2, 3, 4, 4, 4, 3, 3],
      ],
      'ordinal',
    ).alpha;
    expect(at('B5')).toBeCloseTo(expected, 9);
    // Resilience has one person rated: no second unit is needed, but the values vary, so alpha is defined.
    expect(at('C5')).toBeCloseTo(krippendorffAlpha([[3, 3, 3, 3, 3, 2, 2]], 'ordinal').alpha, 9);
    hf.destroy();
  });

  it('say which rating has no role, rather than guessing one', () => {
    const { hf, at } = workbook([{ PersonKey: 'E001', Competency: achievement, RaterKey: 'a', Role: null, Level: '高级' }]);
    expect((at('B2') as DetailedCellError).message).toBe('第 1 个级别没有角色:请注明评价人角色。');
    hf.destroy();
  });

  it('show #N/A when the anonymity rule leaves nothing to show', () => {
    const { hf, at } = workbook([
      { PersonKey: 'E001', Competency: achievement, RaterKey: 'a', Role: '同事', Level: '高级' },
      { PersonKey: 'E001', Competency: achievement, RaterKey: 'b', Role: '同事', Level: '中级' },
    ]);
    expect((at('B2') as DetailedCellError).value).toBe('#N/A');
    hf.destroy();
  });
});
