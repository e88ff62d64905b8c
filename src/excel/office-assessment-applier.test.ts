import { LEVELS, samplePlan } from '../../test/office/assessment-fixtures';
import { ExcelWorkbookMock } from '../../test/office/counting-mock';
import { applyWorkbookPlan } from './office-plan-applier';
import { LIST_SHEET } from './office-plan-layout';
import { REQUEST_LIMIT_BYTES } from '../core/request-size';

/** Applies a plan in one Excel.run of the mock, as a build does. */
function apply(workbook: ExcelWorkbookMock, plan: ReturnType<typeof samplePlan>) {
  return workbook.run((context) => applyWorkbookPlan(context, plan));
}

describe('applying a workbook plan over Office.js', () => {
  it('takes the same number of round trips for 10, 100 and 1,000 people, with 18 or 30 competencies, every request under 5 MB', async () => {
    const measured: string[] = [];
    const syncCounts = new Set<number>();
    for (const competencies of [18, 30]) {
      for (const people of [10, 100, 1000]) {
        const workbook = new ExcelWorkbookMock();
        await apply(workbook, samplePlan({ people, competencies }));
        syncCounts.add(workbook.syncCount);
        expect(workbook.largestRequestBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
        measured.push(`${people} x ${competencies}: ${workbook.syncCount} syncs, largest request ${(workbook.largestRequestBytes / 1024).toFixed(0)} KiB`);
      }
    }
    expect([...syncCounts]).toHaveLength(1);
    // The measured numbers, for the report and BENCHMARKS: `npx jest src/excel/office-assessment --verbose`.
    console.log(measured.join('\n'));
  });

  it('cuts 1,000 people x 30 competencies into several requests rather than one large one', async () => {
    const workbook = new ExcelWorkbookMock();
    const applied = await apply(workbook, samplePlan({ people: 1000, competencies: 30 }));
    const total = workbook.requestBytes.reduce((a, b) => a + b, 0);
    expect(applied.slices).toBeGreaterThan(1);
    expect(workbook.largestRequestBytes).toBeLessThan(total / 2);
  });

  it('creates the sheets, native tables and the data the plan describes', async () => {
    const workbook = new ExcelWorkbookMock({ sheets: { Sheet1: [] } });
    const plan = samplePlan({ people: 3, competencies: 4 });
    const applied = await apply(workbook, plan);

    expect(applied.sheets).toEqual(['模型', '目标', '评估', '证据', '审计日志']);
    expect(workbook.sheetNames()).toEqual(['Sheet1', '模型', '目标', '评估', '证据', '审计日志']);
    expect(workbook.tableNames().map((name) => [name, workbook.table(name)!.sheet, workbook.table(name)!.address])).toEqual([
      ['CompetencyModel', '模型', 'A3:D19'],
      ['CompetencyTargets', '目标', 'A3:E6'],
      ['CompetencyAssessment', '评估', 'A3:J6'],
      // No rows yet: Excel tables keep one blank data row for HR to fill in.
      ['CompetencyEvidence', '证据', 'A1:H2'],
      ['CompetencyAudit', '审计日志', 'A1:J2'],
    ]);
    expect(workbook.values('评估', 'A3:C3')).toEqual([['姓名', '岗位', '能力素质项1']]);
    expect(workbook.cell('评估', 'A4')).toBe('员工1');
    expect(workbook.formula('评估', 'G4')).toMatch(/^=IF\(/);
    expect(workbook.numberFormat('评估', 'G4')).toBe('0.0');
    expect(workbook.bold('评估', 'A1')).toBe(true);
    expect(workbook.sheet('评估')!.freeze).toEqual({ rows: 3, columns: 2 });
    expect(workbook.sheet('评估')!.columnWidths).toMatchObject({ A: 12, B: 14 });
    expect(workbook.activeSheet()).toBe('评估');
  });

  it('writes { text } cells as text, never as formulas or numbers', async () => {
    const workbook = new ExcelWorkbookMock();
    const plan = samplePlan({ people: 2, competencies: 2 });
    const table = plan.sheets[2].tables[0];
    table.rows[0][0] = { text: '=HYPERLINK("http://example.com")' };
    table.rows[1][0] = { text: '007' };
    table.rows[1][1] = '+86 10 1234';
    await apply(workbook, plan);
    expect(workbook.cell('评估', 'A4')).toBe('=HYPERLINK("http://example.com")');
    expect(workbook.formula('评估', 'A4')).toBeNull();
    expect(workbook.cell('评估', 'A5')).toBe('007');
    expect(workbook.cell('评估', 'B5')).toBe('+86 10 1234');
  });

  it('adds list validations with the plan values, number validations and conditional formats on the table columns', async () => {
    const workbook = new ExcelWorkbookMock();
    await apply(workbook, samplePlan({ people: 5, competencies: 3 }));
    const sheet = workbook.sheet('评估')!;
    const rating = sheet.validations.find((v) => v.address === 'C4:C8')!;
    expect(rating.rule).toEqual({ list: { inCellDropDown: true, source: LEVELS.join(',') } });
    expect(rating.errorAlert).toMatchObject({ showAlert: true, style: 'Stop', message: `请选择级别:${LEVELS.join('、')}` });
    const gap = sheet.validations.find((v) => v.address === 'H4:H8')!;
    expect(gap.rule).toEqual({ wholeNumber: { formula1: -100, formula2: '=D$2*100', operator: 'Between' } });
    expect(sheet.conditionalFormats).toEqual([{ address: 'H4:H8', type: 'Custom', formula: '=$H4>0', fill: '#FDE7E9', fontColor: '#A4262C' }]);
    expect(workbook.sheet(LIST_SHEET)).toBeNull();
  });

  it('puts a list longer than 255 characters on a hidden list sheet and validates against that range', async () => {
    const workbook = new ExcelWorkbookMock();
    const plan = samplePlan({ people: 5, competencies: 3, longList: true });
    await apply(workbook, plan);
    const roles = plan.sheets[2].listValidations.find((v) => v.header === '岗位')!.values;
    expect(roles.join(',').length).toBeGreaterThan(255);
    expect(workbook.sheet(LIST_SHEET)!.visibility).toBe('Hidden');
    const validations = workbook.sheet('评估')!.validations;
    expect(validations.find((v) => v.address === 'B4:B8')!.rule).toEqual({ list: { inCellDropDown: true, source: `='${LIST_SHEET}'!$A$1:$A$40` } });
    expect(workbook.values(LIST_SHEET, 'A1:A40').map((r) => r[0])).toEqual(roles);
    // The short lists stay literal.
    expect(validations.find((v) => v.address === 'C4:C8')!.rule).toEqual({ list: { inCellDropDown: true, source: LEVELS.join(',') } });
  });

  it('draws both profile charts as native radar charts with exactly an actual and a target series, before any rating', async () => {
    const workbook = new ExcelWorkbookMock();
    const plan = samplePlan({ people: 5, competencies: 18 });
    await apply(workbook, plan);
    const charts = workbook.sheet('评估')!.charts;
    expect(charts.map((c) => c.name)).toEqual(['CompetencyPersonRadar', 'CompetencyTeamRadar']);
    const [person] = charts;
    const planned = plan.charts[0];
    expect(person.type).toBe('RadarMarkers');
    expect(person.title).toBe(planned.title);
    expect(person.position).toBe(planned.anchor);
    expect(person.series).toEqual([
      { name: '实际', values: `评估!${planned.actual}`, xValues: `评估!${planned.categories}` },
      { name: '目标', values: `评估!${planned.target}`, xValues: `评估!${planned.categories}` },
    ]);
  });

  it('replaces the sheets of an earlier build and keeps everything else', async () => {
    const workbook = new ExcelWorkbookMock({
      sheets: { 评估: [], 我的笔记: [] },
      tables: [
        { name: 'CompetencyAssessment', sheet: '评估', at: 'A3', headers: ['姓名', '旧列'], rows: [['旧的人', 'x']] },
        // A table of a plan name on a sheet the build keeps holds someone's data: renamed, not deleted.
        { name: 'CompetencyAudit', sheet: '我的笔记', at: 'A1', headers: ['时间'], rows: [["'2024-01-01"]] },
      ],
    });
    workbook.setCells('评估', 'Z99', [['stale']]);

    const applied = await apply(workbook, samplePlan({ people: 2, competencies: 2 }));

    expect(workbook.sheetNames()).toEqual(['我的笔记', '模型', '目标', '评估', '证据', '审计日志']);
    expect(workbook.cell('评估', 'Z99')).toBe('');
    expect(workbook.cell('评估', 'A4')).toBe('员工1');
    expect(applied.renamedTables).toEqual([{ from: 'CompetencyAudit', to: 'CompetencyAudit_1' }]);
    expect(workbook.table('CompetencyAudit_1')!.sheet).toBe('我的笔记');
    expect(workbook.table('CompetencyAudit')!.sheet).toBe('审计日志');
    expect(workbook.tableNames().filter((t) => t === 'CompetencyAssessment')).toHaveLength(1);
  });

  it('leaves the workbook as it was when a write fails halfway', async () => {
    const workbook = new ExcelWorkbookMock({
      sheets: { 评估: [['旧的数据']], 我的笔记: [] },
      tables: [{ name: 'CompetencyAudit', sheet: '我的笔记', at: 'A3', headers: ['时间'], rows: [['x']] }],
    });
    // Syncs 1-2 read; 3 replaces the sheets and writes the first slice; 4 fails.
    workbook.failSync(4, 'the connection to Excel was lost');
    await expect(apply(workbook, samplePlan({ people: 2, competencies: 2, longList: true }))).rejects.toThrow('the connection to Excel was lost');
    expect(workbook.sheetNames()).toEqual(['评估', '我的笔记']);
    expect(workbook.cell('评估', 'A1')).toBe('旧的数据');
    expect(workbook.tableNames()).toEqual(['CompetencyAudit']);
  });

  it('refuses to start when a sheet it would replace is protected, and changes nothing', async () => {
    const workbook = new ExcelWorkbookMock({ sheets: { 评估: [], Notes: [] }, protectedSheets: ['评估'] });
    await expect(apply(workbook, samplePlan({ people: 2, competencies: 2 }))).rejects.toThrow('The sheet 评估 is protected');
    expect(workbook.syncCount).toBe(1);
    expect(workbook.sheetNames()).toEqual(['评估', 'Notes']);

    const locked = new ExcelWorkbookMock({ workbookProtected: true });
    await expect(apply(locked, samplePlan({ people: 2, competencies: 2 }))).rejects.toThrow('The workbook structure is protected');
  });

  it('refuses a plan that validates a column its table lacks, before changing the workbook', async () => {
    const workbook = new ExcelWorkbookMock({ sheets: { 评估: [] } });
    const plan = samplePlan({ people: 2, competencies: 2 });
    plan.sheets[2].listValidations.push({ table: 'CompetencyAssessment', header: '不存在', values: ['a'], errorMessage: '' });
    await expect(apply(workbook, plan)).rejects.toThrow('table "CompetencyAssessment" has no column "不存在"');
    expect(workbook.syncCount).toBe(0);
    expect(workbook.sheetNames()).toEqual(['评估']);
  });
});
