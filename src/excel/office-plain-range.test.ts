import { ExcelWorkbookMock } from '../../test/office/counting-mock';
import { NOW, model } from '../../test/office/rating-workbooks';
import { HAND_MADE_SHEETS, chineseWeightsBelow, englishWeightsAbove, headersFirstRow, twoRowMergedHeader, type HandMadeSheet } from '../../test/fixtures/hand-made-sheets';
import { cellA1, rangeA1 } from '../core/a1';
import { AUDIT_TABLE, EVIDENCE_TABLE } from '../core/rating/records';
import { createOfficeOperations } from './office-operations';
import type { ApplyRatingRequest, RatingCellContext, WorkbookOperations } from '../host/workbook-operations';

/** Hand-made assessments in plain ranges through the Office.js operations, against the counting mock. */

let workbook: ExcelWorkbookMock;
let uninstall: () => void;
let ops: WorkbookOperations;

function open(...sheets: HandMadeSheet[]): void {
  workbook = new ExcelWorkbookMock({
    sheets: Object.fromEntries(sheets.map((s) => [s.sheet, s.values.map((row) => row.map((v) => v ?? ''))])),
    merges: Object.fromEntries(sheets.map((s) => [s.sheet, s.merges.map((m) => rangeA1(m.top, m.left, m.rows, m.columns))])),
    selection: { sheet: sheets[0].sheet, address: 'A1' },
  });
  uninstall = workbook.install();
  ops = createOfficeOperations({ now: () => NOW });
}

afterEach(() => uninstall());

function request(overrides: Partial<ApplyRatingRequest>): ApplyRatingRequest {
  return {
    table: "'能力评估'",
    rowIndex: 0,
    columnIndex: 6,
    expected: '',
    level: '中级',
    confirmOverwrite: false,
    assessor: '刘洋',
    person: '张伟',
    competency: '沟通倾听能力',
    evidence: '[中级] ▶ 主动倾听',
    comment: '',
    model: 'ct-am@1',
    locale: 'zh-CN',
    ...overrides,
  };
}

describe('Office.js: plain-range assessments', () => {
  it.each(HAND_MADE_SHEETS.map((sheet) => [sheet.name, sheet] as const))('%s: the first rating cell reads as a rating cell', async (_, sheet) => {
    open(sheet);
    workbook.select(sheet.sheet, cellA1(...sheet.firstRating));
    expect(await ops.readSelection(model, {})).toMatchObject({ kind: 'rating', table: `'${sheet.sheet}'`, rowIndex: 0 });
  });

  it('reads person, role, level and the range summary, and the rest of the range as the range', async () => {
    open(chineseWeightsBelow);
    workbook.select('能力评估', 'F7');
    const context = (await ops.readSelection(model, {})) as RatingCellContext;
    expect(context).toMatchObject({ kind: 'rating', cell: { sheet: '能力评估', address: 'F7' }, rowIndex: 3, rowCount: 4, person: '王芳', role: 'P3', competencyId: 'resilience', current: '高级', evidence: null });
    expect(context.range).toMatchObject({ address: 'A1:H7', weightsRow: 3, conversion: { problems: ['weights-below-headers'] } });
    workbook.select('能力评估', 'E3');
    expect(await ops.readSelection(model, {})).toMatchObject({ kind: 'table', table: "'能力评估'" });
    workbook.select('能力评估', 'E8');
    expect((await ops.readSelection(model, {})).kind).toBe('outside');
  });

  it('rates in place with evidence and audit in two round trips, asks before replacing, and shows the evidence when read again', async () => {
    open(chineseWeightsBelow);
    workbook.resetCounters();
    expect(await ops.applyRating(request({}), model, {})).toMatchObject({ status: 'written', change: { cell: '能力评估!G4', person: '张伟', newValue: '中级' } });
    expect(workbook.syncCount).toBe(2);
    expect(workbook.cell('能力评估', 'G4')).toBe('中级');
    expect(workbook.table(EVIDENCE_TABLE)?.rows[0].slice(0, 3)).toEqual(['张伟', '沟通倾听能力', '中级']);
    expect(workbook.table(AUDIT_TABLE)?.rows).toHaveLength(1);
    // Nothing else on the sheet changed.
    expect(workbook.cell('能力评估', 'A1')).toBe('2024年度客户经理胜任力评估表');
    expect(workbook.cell('能力评估', 'E3')).toBe(0.4);

    expect(await ops.applyRating(request({ columnIndex: 4, competency: '成就导向', level: '高级' }), model, {})).toEqual({ status: 'needs-confirmation', current: '中级' });
    expect(workbook.cell('能力评估', 'E4')).toBe('中级');

    workbook.select('能力评估', 'G4');
    expect(await ops.readSelection(model, {})).toMatchObject({ kind: 'rating', current: '中级', evidence: { level: '中级', behaviours: '[中级] ▶ 主动倾听' } });
  });

  it('refuses a rating for a row that now holds someone else, writing nothing', async () => {
    open(chineseWeightsBelow);
    expect(await ops.applyRating(request({ rowIndex: 1 }), model, {})).toMatchObject({ status: 'refused' });
    expect(workbook.cell('能力评估', 'G5')).toBe('中级');
    expect(workbook.tableNames()).toEqual([]);
  });

  it('moves between the people of the range', async () => {
    open(englishWeightsAbove);
    workbook.select('Assessment 2024', 'D5');
    await ops.readSelection(model, {});
    await ops.selectTableCell("'Assessment 2024'", 2, 4);
    expect(await ops.readSelection(model, {})).toMatchObject({ kind: 'rating', cell: { address: 'E7' }, person: 'Carol Wu' });
  });

  it('turns the range into a table in place: the header row and the people, the titles and weights left as they are', async () => {
    open(englishWeightsAbove);
    expect(await ops.convertRangeToTable("'Assessment 2024'", model, {})).toEqual({ status: 'converted', table: 'HandMadeAssessment', from: "'Assessment 2024'" });
    expect(workbook.table('HandMadeAssessment')).toMatchObject({ sheet: 'Assessment 2024', address: 'A4:F7' });
    expect(workbook.cell('Assessment 2024', 'A3')).toBe('Weight');
    expect(workbook.cell('Assessment 2024', 'D3')).toBe(20);
    expect(workbook.cell('Assessment 2024', 'B8')).toBe('Total');
    // The weights row above the table takes numbers of 0 or more over the competencies, and says so.
    expect(workbook.sheet('Assessment 2024')?.validations).toEqual([
      {
        address: 'D3:E3',
        rule: { decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' } },
        prompt: { showPrompt: true, title: 'Weight', message: expect.stringContaining('a number of 0 or more') },
        errorAlert: { showAlert: true, style: 'Stop', title: 'Weight', message: 'A weight must be a number of 0 or more (such as 1, 20 or 0.2)' },
      },
    ]);
    workbook.select('Assessment 2024', 'E6');
    expect(await ops.readSelection(model, {})).toMatchObject({ kind: 'rating', table: 'HandMadeAssessment', person: 'Bob Li', current: 'Intermediate' });
  });

  it('leaves a range whose weights sit under the headers as it is', async () => {
    open(chineseWeightsBelow);
    expect(await ops.convertRangeToTable("'能力评估'", model, {})).toEqual({ status: 'refused', problems: ['weights-below-headers'] });
    expect(workbook.tableNames()).toEqual([]);
  });

  it('offers the mapping for a header it cannot match', async () => {
    open(headersFirstRow);
    workbook.select('Sheet1', 'F2');
    expect(await ops.readSelection(model, {})).toMatchObject({ kind: 'table', table: "'Sheet1'", layout: { unmatched: [{ index: 5, header: '情绪管控' }] } });
    workbook.select('Sheet1', 'F2');
    expect(await ops.readSelection(model, { "'Sheet1'": { 情绪管控: 'emotional-control' } })).toMatchObject({ kind: 'rating', competencyId: 'emotional-control', current: '初级' });
  });
});

describe('Office.js: merged cells of a plain range (ExcelApi 1.13)', () => {
  it('reads headers merged down over two rows as the workbench does, and leaves the range as it is rather than make a table over merges', async () => {
    open(twoRowMergedHeader);
    workbook.select('四季度评估', 'E4');
    expect(await ops.readSelection(model, {})).toMatchObject({
      kind: 'rating',
      person: '陈晨',
      role: '客户经理',
      competencyId: 'resilience',
      current: '高级',
      range: { headerRow: 3, conversion: { problems: ['merged-cells'] } },
    });
    expect(await ops.convertRangeToTable("'四季度评估'", model, {})).toEqual({ status: 'refused', problems: ['merged-cells'] });
    expect(workbook.tableNames()).toEqual([]);
    expect(workbook.sheet('四季度评估')?.merges).toEqual(['A1:G1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:F2', 'G2:G3']);
  });

  it('without ExcelApi 1.13 reads the values alone: the row of competency names has no person column', async () => {
    open(twoRowMergedHeader);
    workbook.requirementSets = { ExcelApi: '1.12' };
    workbook.select('四季度评估', 'E4');
    expect((await ops.readSelection(model, {})).kind).not.toBe('rating');
  });

  it('reads the merges in the same round trip as the values', async () => {
    open(twoRowMergedHeader);
    workbook.select('四季度评估', 'F5');
    await ops.readSelection(model, {});
    workbook.resetCounters();
    workbook.select('四季度评估', 'E5');
    expect(await ops.readSelection(model, {})).toMatchObject({ kind: 'rating', person: '林雪', current: '中级' });
    const baseline = workbook.syncCount;
    open(englishWeightsAbove);
    workbook.select('Assessment 2024', 'D5');
    await ops.readSelection(model, {});
    workbook.resetCounters();
    workbook.select('Assessment 2024', 'E5');
    await ops.readSelection(model, {});
    expect(baseline).toBe(workbook.syncCount);
  });
});
