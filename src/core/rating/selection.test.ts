import { findLevelModel } from '../model/registry';
import { classifySelection, type SelectionRead } from './selection';

const model = findLevelModel('ct-am');
const ratings = { name: 'Ratings', headers: ['姓名', '岗位', '成就导向', '备注'] };
const targets = { name: 'CompetencyTargets', headers: ['岗位', '成就导向'] };

/** The table at B2 of 评估 (data from row 3), the active cell D4: 张三's 成就导向. */
const read = (overrides: Partial<SelectionRead> = {}): SelectionRead => ({
  sheet: '评估',
  row: 3,
  column: 3,
  current: '中级',
  tables: [ratings, targets],
  containing: 'Ratings',
  body: { top: 2, left: 1, rowCount: 2 },
  rowTexts: [' 李四 ', '客户经理', '中级', ''],
  ...overrides,
});

describe('classifySelection', () => {
  it('reads a rating cell: its row and column in the table, person, role and current value', () => {
    expect(classifySelection(read(), model, {})).toMatchObject({
      kind: 'rating',
      cell: { sheet: '评估', address: 'D4' },
      table: 'Ratings',
      rowIndex: 1,
      rowCount: 2,
      columnIndex: 2,
      person: '李四',
      role: '客户经理',
      competencyId: 'achievement-orientation',
      current: '中级',
      evidence: null,
    });
  });

  it('reads a column the user mapped as a rating column', () => {
    expect(classifySelection(read({ column: 4 }), model, { Ratings: { 备注: 'resilience' } })).toMatchObject({ kind: 'rating', competencyId: 'resilience' });
  });

  it.each([
    ['an unmapped column', read({ column: 4 })],
    ['the header row', read({ row: 1 })],
    ['a Targets cell', read({ containing: 'CompetencyTargets' })],
  ])('reads %s as a table cell', (_, got) => {
    expect(classifySelection(got, model, {}).kind).toBe('table');
  });

  it('lists the assessment tables, never the add-in’s own, outside every table', () => {
    expect(classifySelection(read({ containing: null, row: 20 }), model, {})).toEqual({ kind: 'outside', cell: { sheet: '评估', address: 'D21' }, assessmentTables: ['Ratings'] });
  });

  it('asks for the position of a rating table that was not read, with the table answer to fall back on', () => {
    expect(classifySelection(read({ body: null }), model, {})).toMatchObject({ kind: 'position-needed', fallback: { kind: 'table', table: 'Ratings' } });
  });
});
