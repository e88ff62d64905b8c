import type { DetailedCellError } from 'hyperformula';
import { applyPlanToHyperFormula } from '../../../test/helpers/plan-hyperformula';
import { findLevelModel } from '../model/registry';
import { krippendorffAlpha } from '../raters/agreement';
import { cellA1 } from '../a1';
import { levelSheetGeometry } from './levels';
import { planRatingsSheet, RATINGS_COLUMNS, ROUND_TABLE, type RatingsRow } from './ratings';
import { planAssessmentWorkbook } from './workbook-plan';

/**
 * The Ratings sheet in the built workbook and the Assessment sheet's combined levels and agreement
 * over it, computed by HyperFormula with the HR functions: a round with self, manager, three peers
 * and two reports per person.
 */
const ct = findLevelModel('ct-am');
const [achievement, resilience] = ct.competencies.map((c) => c.name.zh!);
const LEVELS = ['初级', '中级', '高级', '资深'];
const people = [
  { name: 'E001', role: '', key: 'E001' },
  { name: 'E002', role: '', key: 'E002' },
  { name: 'E003', role: '', key: 'E003' },
];

function round(person: string, competency: string, levels: number[]): RatingsRow[] {
  const roles = ['自评', '上级', '同事', '同事', '同事', '下属', '下属'];
  return levels.map((level, i) => ({ PersonKey: person, Competency: competency, RaterKey: `${person}-r${i}`, Role: roles[i], Level: LEVELS[level - 1], Time: '2026-12-01T09:00:00Z', Source: 'assessor-1.xlsx' }));
}

const rows: RatingsRow[] = [
  ...round('E001', achievement, [4, 2, 3, 2, 4, 1, 2]),
  ...round('E001', resilience, [3, 3, 3, 3, 3, 2, 2]),
  ...round('E002', achievement, [2, 3, 4, 4, 4, 3, 3]),
  { PersonKey: 'E002', Competency: resilience, RaterKey: 'x', Role: '同事', Level: null },
];

function built(ratings: RatingsRow[]) {
  const plan = planAssessmentWorkbook(ct, people, 'zh-CN');
  const sheet = plan.sheets.find((s) => s.key === 'ratings')!;
  const ratingsTable = sheet.tables[0];
  ratingsTable.rows = planRatingsSheet(ct, 'zh-CN', ratings).tables[0].rows;
  const book = applyPlanToHyperFormula(plan, 'zh-CN');
  const g = levelSheetGeometry(ct, people.length);
  const combined = (person: number, competency: number) => book.value('评估', cellA1(g.rows.firstData + person, g.combinedColumn + 1 + competency));
  const agreement = (competency: number) => book.value('评估', cellA1(g.rows.weights - 1, g.combinedColumn + 1 + competency));
  return { plan, book, combined, agreement, g };
}

describe('the Ratings sheet in the built workbook', () => {
  it('comes after the Assessment sheet, one table at A1 with the fixed columns, lists of roles and levels, and is kept on a rebuild', () => {
    const { plan } = built([]);
    expect(plan.sheets.map((s) => s.name)).toEqual(['模型', '目标级别', '评估', '评价记录', '证据', '审计日志']);
    const sheet = plan.sheets[3];
    expect(sheet.keepIfExists).toBe(true);
    expect(sheet.tables[0]).toMatchObject({ name: 'Ratings', origin: 'A1', headers: ['PersonKey', 'Competency', 'RaterKey', 'Role', 'Level', 'Evidence', 'Time', 'Source'], rows: [] });
    expect(sheet.listValidations.map((v) => [v.table, v.header, v.values])).toEqual([
      ['Ratings', 'Role', ['自评', '上级', '同事', '下属', '其他']],
      ['RaterAssignments', 'Role', ['自评', '上级', '同事', '下属', '其他']],
      ['Ratings', 'Level', LEVELS],
    ]);
    expect(planRatingsSheet(ct, 'en-US').listValidations[0].values).toEqual(['Self', 'Manager', 'Peers', 'Direct reports', 'Other']);
    expect(RATINGS_COLUMNS.every((c) => c.name.zh && c.name.en && c.description.zh && c.description.en)).toBe(true);
  });

  it('holds the round beside the ratings: weight and minimum per role, editable cells', () => {
    const round = planRatingsSheet(ct, 'zh-CN').tables.find((t) => t.name === ROUND_TABLE)!;
    expect(round.origin).toBe('J1');
    expect(round.rows).toEqual([
      [{ text: '自评' }, 0.1, 1],
      [{ text: '上级' }, 0.5, 1],
      [{ text: '同事' }, 0.2, 3],
      [{ text: '下属' }, 0.2, 3],
      [{ text: '其他' }, 0, 3],
    ]);
  });

  it('writes text from users as text, never as a formula', () => {
    const sheet = planRatingsSheet(ct, 'zh-CN', [{ PersonKey: '=1+1', Competency: achievement, Level: 2 }]);
    expect(sheet.tables[0].rows[0].slice(0, 2)).toEqual([{ text: '=1+1' }, { text: achievement }]);
    expect(sheet.tables[0].rows[0][4]).toBe(2);
  });
});

describe('the Assessment sheet over the Ratings table', () => {
  it('shows each person’s combined level per competency: two reports left out, the weights renormalised over the rest', () => {
    const { book, combined } = built(rows);
    // E001 achievement: (4 × .1 + 2 × .5 + 3 × .2) / .8 = 2.5; resilience: (.3 + 1.5 + .6) / .8 = 3
    expect(combined(0, 0)).toBeCloseTo(2.5, 9);
    expect(combined(0, 1)).toBeCloseTo(3, 9);
    // E002 achievement: (.2 + 1.5 + 4 × .2) / .8 = 3.125; resilience has only a blank level: blank
    expect(combined(1, 0)).toBeCloseTo(3.125, 9);
    expect(combined(1, 1)).toBe('');
    expect(combined(2, 0)).toBe('');
    book.destroy();
  });

  it('follows the round’s weights as HR edits them on the Ratings sheet', () => {
    const { book, combined } = built(rows);
    book.set('评价记录', 'K3', 0.3); // manager 50 % -> 30 %: E001 achievement (.4 + .6 + .6) / .6
    expect(combined(0, 0)).toBeCloseTo(1.6 / 0.6, 9);
    book.set('评价记录', 'L5', 2); // reports count from two: (.4 + .6 + .6 + 1.5 × .2) / .8
    expect(combined(0, 0)).toBeCloseTo(1.9 / 0.8, 9);
    book.destroy();
  });

  it('shows the ordinal agreement per competency, equal to Krippendorff’s alpha over the people as units', () => {
    const { book, agreement } = built(rows);
    const expected = krippendorffAlpha(
      [
        [4, 2, 3, 2, 4, 1, 2],
        [2, 3, 4, 4, 4, 3, 3],
      ],
      'ordinal',
    ).alpha;
    expect(agreement(0)).toBeCloseTo(expected, 9);
    expect(agreement(1)).toBeCloseTo(krippendorffAlpha([[3, 3, 3, 3, 3, 2, 2]], 'ordinal').alpha, 9);
    expect(agreement(2)).toBe('');
    book.destroy();
  });

  it('says which rating has no role in that person’s cell only, rather than guessing one', () => {
    const { book, combined } = built([...rows, { PersonKey: 'E003', Competency: achievement, RaterKey: 'a', Role: null, Level: '高级' }]);
    expect((combined(2, 0) as DetailedCellError).message).toBe('评价人 a 的评价没有角色:请注明评价人角色。');
    expect(combined(0, 0)).toBeCloseTo(2.5, 9);
    book.destroy();
  });

  it('shows #N/A when the anonymity rule leaves nothing to show', () => {
    const { book, combined } = built([
      { PersonKey: 'E001', Competency: achievement, RaterKey: 'a', Role: '同事', Level: '高级' },
      { PersonKey: 'E001', Competency: achievement, RaterKey: 'b', Role: '同事', Level: '中级' },
    ]);
    expect((combined(0, 0) as DetailedCellError).value).toBe('#N/A');
    book.destroy();
  });
});
