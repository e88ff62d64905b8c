import { FakeExcel, LEVELS, samplePlan } from '../../test/office/assessment-fixtures';
import { applyWorkbookPlan } from './office-plan-applier';
import { LIST_SHEET } from './office-plan-layout';
import { REQUEST_LIMIT_BYTES } from '../core/request-size';

/** Applies a plan in one fake Excel.run, as buildAssessment does. */
async function apply(fake: FakeExcel, plan: ReturnType<typeof samplePlan>) {
  const excel = fake.excel() as { run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => Promise<unknown> };
  return excel.run((context) => applyWorkbookPlan(context, plan)) as ReturnType<typeof applyWorkbookPlan>;
}

describe('applying a workbook plan over Office.js', () => {
  it('takes the same number of round trips for 10, 100 and 1,000 people, with 18 or 30 competencies, every request under 5 MB', async () => {
    const measured: string[] = [];
    const syncCounts = new Set<number>();
    for (const competencies of [18, 30]) {
      for (const people of [10, 100, 1000]) {
        const fake = new FakeExcel();
        await apply(fake, samplePlan({ people, competencies }));
        syncCounts.add(fake.syncs);
        expect(fake.maxRequestBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
        measured.push(`${people} x ${competencies}: ${fake.syncs} syncs, largest request ${(fake.maxRequestBytes / 1024).toFixed(0)} KiB`);
      }
    }
    expect([...syncCounts]).toHaveLength(1);
    // The measured numbers, for the report and BENCHMARKS: `npx jest src/excel/office-assessment --verbose`.
    console.log(measured.join('\n'));
  });

  it('cuts 1,000 people x 30 competencies into several requests rather than one large one', async () => {
    const fake = new FakeExcel();
    const applied = await apply(fake, samplePlan({ people: 1000, competencies: 30 }));
    const total = fake.requestBytes.reduce((a, b) => a + b, 0);
    expect(applied.slices).toBeGreaterThan(1);
    expect(fake.maxRequestBytes).toBeLessThan(total / 2);
  });

  it('creates the sheets, native tables and the data the plan describes', async () => {
    const fake = new FakeExcel(['Sheet1']);
    const plan = samplePlan({ people: 3, competencies: 4 });
    const applied = await apply(fake, plan);

    expect(applied.sheets).toEqual(['模型', '目标', '评估', '证据', '审计日志']);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Sheet1', '模型', '目标', '评估', '证据', '审计日志']);
    expect(fake.tables.map((t) => [t.name, t.sheet.name, t.address])).toEqual([
      ['CompetencyModel', '模型', 'A3:D19'],
      ['CompetencyTargets', '目标', 'A3:E6'],
      ['CompetencyAssessment', '评估', 'A3:J6'],
      // No rows yet: Excel tables keep one blank data row for HR to fill in.
      ['CompetencyEvidence', '证据', 'A1:H2'],
      ['CompetencyAudit', '审计日志', 'A1:J2'],
    ]);
    const sheet = fake.sheet('评估')!;
    expect(sheet.values('A3:C3')).toEqual([['姓名', '岗位', '能力素质项1']]);
    expect(sheet.cell('A4')).toEqual({ kind: 'text', value: '员工1' });
    expect(sheet.cell('G4').kind).toBe('formula');
    expect(sheet.cells.get('G4')?.numberFormat).toBe('0.0');
    expect(sheet.cells.get('A1')?.bold).toBe(true);
    expect(sheet.freeze).toEqual({ rows: 3, columns: 2 });
    expect(sheet.columnWidths).toMatchObject({ A: 12, B: 14 });
    expect(fake.active).toBe('评估');
  });

  it('writes { text } cells as text, never as formulas or numbers', async () => {
    const fake = new FakeExcel();
    const plan = samplePlan({ people: 2, competencies: 2 });
    const table = plan.sheets[2].tables[0];
    table.rows[0][0] = { text: '=HYPERLINK("http://example.com")' };
    table.rows[1][0] = { text: '007' };
    table.rows[1][1] = '+86 10 1234';
    await apply(fake, plan);
    const sheet = fake.sheet('评估')!;
    expect(sheet.cell('A4')).toEqual({ kind: 'text', value: '=HYPERLINK("http://example.com")' });
    expect(sheet.cell('A5')).toEqual({ kind: 'text', value: '007' });
    expect(sheet.cell('B5')).toEqual({ kind: 'text', value: '+86 10 1234' });
  });

  it('adds list validations with the plan values, number validations and conditional formats on the table columns', async () => {
    const fake = new FakeExcel();
    await apply(fake, samplePlan({ people: 5, competencies: 3 }));
    const sheet = fake.sheet('评估')!;
    const rating = sheet.validations.find((v) => v.address === 'C4:C8')!;
    expect(rating.rule).toEqual({ list: { inCellDropDown: true, source: LEVELS.join(',') } });
    expect(rating.errorAlert).toMatchObject({ showAlert: true, style: 'Stop', message: `请选择级别:${LEVELS.join('、')}` });
    const gap = sheet.validations.find((v) => v.address === 'H4:H8')!;
    expect(gap.rule).toEqual({ wholeNumber: { formula1: -100, formula2: '=D$2*100', operator: 'Between' } });
    expect(sheet.conditionalFormats).toEqual([{ address: 'H4:H8', formula: '=$H4>0', fill: '#FDE7E9', fontColor: '#A4262C' }]);
    expect(fake.sheet(LIST_SHEET)).toBeUndefined();
  });

  it('puts a list longer than 255 characters on a hidden list sheet and validates against that range', async () => {
    const fake = new FakeExcel();
    const plan = samplePlan({ people: 5, competencies: 3, longList: true });
    await apply(fake, plan);
    const roles = plan.sheets[2].listValidations.find((v) => v.header === '岗位')!.values;
    expect(roles.join(',').length).toBeGreaterThan(255);
    const lists = fake.sheet(LIST_SHEET)!;
    expect(lists.visibility).toBe('Hidden');
    const role = fake.sheet('评估')!.validations.find((v) => v.address === 'B4:B8')!;
    expect(role.rule).toEqual({ list: { inCellDropDown: true, source: `='${LIST_SHEET}'!$A$1:$A$40` } });
    expect(lists.values('A1:A40').map((r) => r[0])).toEqual(roles);
    // The short lists stay literal.
    expect(fake.sheet('评估')!.validations.find((v) => v.address === 'C4:C8')!.rule).toEqual({ list: { inCellDropDown: true, source: LEVELS.join(',') } });
  });

  it('draws both profile charts as native radar charts with an actual and a target series', async () => {
    const fake = new FakeExcel();
    const plan = samplePlan({ people: 5, competencies: 18 });
    await apply(fake, plan);
    const charts = fake.sheet('评估')!.charts;
    expect(charts.map((c) => c.name)).toEqual(['CompetencyPersonRadar', 'CompetencyTeamRadar']);
    const [person] = charts;
    const planned = plan.charts[0];
    expect(person.type).toBe('RadarMarkers');
    expect(person.title).toBe(planned.title);
    expect(person.position).toBe(planned.anchor);
    expect(person.series).toEqual([
      { name: '实际', values: planned.actual, xValues: planned.categories },
      { name: '目标', values: planned.target, xValues: planned.categories },
    ]);
  });

  it('replaces the sheets of an earlier build and keeps everything else', async () => {
    const fake = new FakeExcel(['评估', '我的笔记']);
    fake.addTable('评估', 'CompetencyAssessment', 'A3', [['姓名', '旧列'], ['旧的人', 'x']]);
    fake.sheet('评估')!.setGrid('Z99', [["'stale"]]);
    // A table of a plan name on a sheet the build keeps holds someone's data: renamed, not deleted.
    fake.addTable('我的笔记', 'CompetencyAudit', 'A1', [['时间'], ['2024-01-01']]);

    const applied = await apply(fake, samplePlan({ people: 2, competencies: 2 }));

    expect(fake.sheets.map((s) => s.name)).toEqual(['我的笔记', '模型', '目标', '评估', '证据', '审计日志']);
    expect(fake.sheet('评估')!.cell('Z99').kind).toBe('blank');
    expect(fake.sheet('评估')!.cell('A4')).toEqual({ kind: 'text', value: '员工1' });
    expect(applied.renamedTables).toEqual([{ from: 'CompetencyAudit', to: 'CompetencyAudit_1' }]);
    expect(fake.table('CompetencyAudit_1')!.sheet.name).toBe('我的笔记');
    expect(fake.table('CompetencyAudit')!.sheet.name).toBe('审计日志');
    expect(fake.tables.filter((t) => t.name === 'CompetencyAssessment')).toHaveLength(1);
  });

  it('refuses to start when a sheet it would replace is protected, and changes nothing', async () => {
    const fake = new FakeExcel(['评估', 'Notes']);
    fake.sheet('评估')!.protected = true;
    await expect(apply(fake, samplePlan({ people: 2, competencies: 2 }))).rejects.toThrow('The sheet 评估 is protected');
    expect(fake.syncs).toBe(1);
    expect(fake.sheets.map((s) => s.name)).toEqual(['评估', 'Notes']);

    const locked = new FakeExcel();
    locked.workbookProtected = true;
    await expect(apply(locked, samplePlan({ people: 2, competencies: 2 }))).rejects.toThrow('The workbook structure is protected');
  });

  it('refuses a plan that validates a column its table lacks, before changing the workbook', async () => {
    const fake = new FakeExcel(['评估']);
    const plan = samplePlan({ people: 2, competencies: 2 });
    plan.sheets[2].listValidations.push({ table: 'CompetencyAssessment', header: '不存在', values: ['a'], errorMessage: '' });
    await expect(apply(fake, plan)).rejects.toThrow('table "CompetencyAssessment" has no column "不存在"');
    expect(fake.syncs).toBe(0);
    expect(fake.sheets.map((s) => s.name)).toEqual(['评估']);
  });
});
