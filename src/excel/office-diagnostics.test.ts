import { diagnosticsText } from '../host/diagnostics';
import { ExcelWorkbookMock } from '../../test/office/counting-mock';
import { runOfficeDiagnostics } from './office-diagnostics';

/**
 * The first-run check against the strict mock under both answers to each undocumented behaviour:
 * it reports what the host did (not what we expect), and leaves the user's workbook as it was.
 */
describe.each([
  ['kind', { nullObjects: 'propagate', intersectOtherSheet: 'null', emptyChartSource: 'series' }, ['null-object', 'null-object', 'series']],
  ['harsh', { nullObjects: 'fail', intersectOtherSheet: 'throw', emptyChartSource: 'none' }, ['throws', 'throws', 'none']],
] as const)('the first-run check where Excel answers the %s way', (_name, behaviour, [intersection, nullChain, chart]) => {
  const user = [
    ['姓名', '沟通能力'],
    ['张伟', '中级'],
  ];
  let workbook: ExcelWorkbookMock;
  let uninstall: () => void;
  beforeEach(() => {
    workbook = new ExcelWorkbookMock({ sheets: { 评估: user }, behaviour: { ...behaviour }, requirementSets: { ExcelApi: '1.20', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.3' } });
    uninstall = workbook.install();
  });
  afterEach(() => uninstall());

  it('reports each probe as the host answered it', async () => {
    const report = await runOfficeDiagnostics();
    const outcome = Object.fromEntries(report.probes.map((p) => [p.id, p.outcome]));
    expect(outcome['intersection-other-sheet']).toBe(intersection);
    expect(outcome['methods-on-null-object']).toBe(nullChain);
    expect(outcome['chart-over-empty-text']).toBe(chart);
    expect(outcome['text-stays-text']).toBe('text');
    expect(outcome['active-cell']).toBe('ok');
    // The desktop mock refuses a rename inside a merged undo group, as Windows and Mac do.
    expect(outcome['merge-undo-rename']).toBe('throws');
    expect(report.probes.find((p) => p.id === 'merge-undo-rename')?.detail).toBe('UndoNotSupported');
  });

  it('says which requirement sets are there', async () => {
    const report = await runOfficeDiagnostics();
    const supported = (name: string, version: string) => report.sets.find((s) => s.name === name && s.version === version)?.supported;
    expect(supported('ExcelApi', '1.9')).toBe(true);
    expect(supported('ExcelApi', '1.20')).toBe(true);
    expect(supported('CustomFunctionsRuntime', '1.3')).toBe(true);
    expect(supported('DialogApi', '1.1')).toBe(false);
    expect(diagnosticsText(report)).toContain('NO  DialogApi 1.1');
  });

  it('removes its scratch sheets and touches no cell of the user', async () => {
    const report = await runOfficeDiagnostics();
    expect(report.cleanedUp).toBe(true);
    expect(workbook.sheetNames()).toEqual(['评估']);
    expect(workbook.cell('评估', 'A2')).toBe('张伟');
    expect(workbook.cell('评估', 'B2')).toBe('中级');
  });

  it('still reports, with the failing probe named, when the workbook has lost the focus', async () => {
    workbook.focus(false);
    const report = await runOfficeDiagnostics();
    expect(report.probes.find((p) => p.id === 'active-cell')).toEqual({ id: 'active-cell', outcome: 'throws', detail: 'InvalidSelection' });
    expect(workbook.sheetNames()).toEqual(['评估']);
  });

  it('waits for a cell edit to end instead of failing (delayForCellEdit)', async () => {
    workbook.editCell(true);
    await expect(runOfficeDiagnostics()).resolves.toMatchObject({ cleanedUp: true });
  });
});
