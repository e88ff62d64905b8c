import { placePlanTables, planTableColumn } from './tables';
import type { WorkbookPlan } from './plan';

const sheet = (name: string, tables: { name: string; origin: string; headers: string[]; rows: string[][] }[]) => ({
  key: 'assessment' as const,
  name,
  blocks: [],
  tables,
  listValidations: [],
  numberValidations: [],
  conditionalFormats: [],
});
const plan = (tables: { name: string; origin: string; headers: string[]; rows: string[][] }[]): WorkbookPlan => ({
  modelId: 'm',
  modelVersion: '1',
  sheets: [sheet('评估', tables)],
  charts: [],
  assessmentTable: 'T',
  locale: 'zh-CN',
});

describe('plan tables', () => {
  it('place a table and its column data cells (an empty table keeps one row)', () => {
    const placed = placePlanTables(plan([{ name: 'T', origin: 'C9', headers: ['Person', 'Role'], rows: [['a', 'b'], ['c', 'd']] }]));
    expect(placed.get('t')).toMatchObject({ sheet: '评估', row: 8, column: 2, dataRows: 2 });
    expect(planTableColumn(placed, 'T', 'Role')).toEqual({ sheet: '评估', row: 9, column: 3, rows: 2 });
    expect(placePlanTables(plan([{ name: 'T', origin: '$A$1', headers: ['x'], rows: [] }])).get('t')?.dataRows).toBe(1);
  });
  it('refuse duplicate tables, bad origins and unknown tables or columns', () => {
    expect(() => placePlanTables(plan([{ name: 'T', origin: 'A1', headers: ['x'], rows: [] }, { name: 't', origin: 'D1', headers: ['x'], rows: [] }]))).toThrow('two tables named "t"');
    expect(() => placePlanTables(plan([{ name: 'T', origin: 'A', headers: ['x'], rows: [] }]))).toThrow('no valid origin');
    const placed = placePlanTables(plan([{ name: 'T', origin: 'A1', headers: ['x'], rows: [] }]));
    expect(() => planTableColumn(placed, 'U', 'x')).toThrow('does not create');
    expect(() => planTableColumn(placed, 'T', 'y')).toThrow('has no column "y"');
  });
});
