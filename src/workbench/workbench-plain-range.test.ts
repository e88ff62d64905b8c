import { AUDIT_TABLE, EVIDENCE_TABLE } from '../core/rating/records';
import { findLevelModel } from '../core/model/registry';
import type { ApplyRatingRequest, RatingCellContext, UnmappedTableContext } from '../host/workbook-operations';
import { HAND_MADE_SHEETS, chineseWeightsBelow, englishWeightsAbove, headersFirstRow, type HandMadeSheet } from '../../test/fixtures/hand-made-sheets';
import { createWorkbenchOperations } from './workbench-operations';
import { WorkbenchWorkbook } from './workbook';

/** Hand-made assessments in plain ranges, rated through the workbench's WorkbookOperations. */
const model = findLevelModel('ct-am');

function workbookWith(sheet: HandMadeSheet): WorkbenchWorkbook {
  const workbook = new WorkbenchWorkbook({ empty: true });
  workbook.addSheet(sheet.sheet);
  workbook.setValues(sheet.sheet, 0, 0, sheet.values);
  for (const m of sheet.merges) workbook.merge(sheet.sheet, { startRow: m.top, startCol: m.left, endRow: m.top + m.rows - 1, endCol: m.left + m.columns - 1 });
  return workbook;
}

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

describe('workbench: plain-range assessments', () => {
  it.each(HAND_MADE_SHEETS.map((sheet) => [sheet.name, sheet] as const))('%s: its first rating cell reads as a rating cell of the range', async (_, sheet) => {
    const workbook = workbookWith(sheet);
    const ops = createWorkbenchOperations(workbook);
    workbook.select(sheet.sheet, ...sheet.firstRating);
    const context = await ops.readSelection(model, {});
    expect(context).toMatchObject({ kind: 'rating', table: `'${sheet.sheet}'`, rowIndex: 0 });
  });

  it('reads the person, role, level and range of a Chinese sheet with weights under the headers', async () => {
    const workbook = workbookWith(chineseWeightsBelow);
    const ops = createWorkbenchOperations(workbook);
    workbook.select('能力评估', 6, 5);
    const context = (await ops.readSelection(model, {})) as RatingCellContext;
    expect(context).toMatchObject({ kind: 'rating', rowIndex: 3, rowCount: 4, columnIndex: 5, person: '王芳', role: 'P3', competencyId: 'resilience', current: '高级' });
    expect(context.range).toMatchObject({ sheet: '能力评估', address: 'A1:H7', headerRow: 2, weightsRow: 3, conversion: { address: 'A2:H7', problems: ['weights-below-headers'] } });
    // The averages row under the people and the weights are not rating cells.
    workbook.select('能力评估', 7, 4);
    expect((await ops.readSelection(model, {})).kind).toBe('outside');
    workbook.select('能力评估', 2, 4);
    expect(await ops.readSelection(model, {})).toMatchObject({ kind: 'table', table: "'能力评估'" });
  });

  it('rates in place with evidence and audit, asks before replacing, and refuses the weights row', async () => {
    const workbook = workbookWith(chineseWeightsBelow);
    const ops = createWorkbenchOperations(workbook);
    expect(await ops.applyRating(request({}), model, {})).toMatchObject({ status: 'written', change: { cell: '能力评估!G4', person: '张伟', oldValue: '', newValue: '中级' } });
    expect(workbook.text('能力评估', 3, 6)).toBe('中级');
    expect(workbook.tableRows(EVIDENCE_TABLE)[0].slice(0, 3)).toEqual(['张伟', '沟通倾听能力', '中级']);
    expect(workbook.tableRowCount(AUDIT_TABLE)).toBe(1);
    // 张伟 already holds 中级 for 成就导向: replacing it needs the assessor's confirmation.
    expect(await ops.applyRating(request({ columnIndex: 4, competency: '成就导向', level: '高级' }), model, {})).toEqual({ status: 'needs-confirmation', current: '中级' });
    expect(workbook.text('能力评估', 3, 4)).toBe('中级');
    // A stale row (the sheet was sorted) is refused, nothing written.
    expect(await ops.applyRating(request({ rowIndex: 1, person: '张伟' }), model, {})).toMatchObject({ status: 'refused' });
    expect(workbook.text('能力评估', 4, 6)).toBe('中级');
    expect(workbook.tableRowCount(AUDIT_TABLE)).toBe(1);
  });

  it('offers the mapping for an unknown header and rates the column once mapped', async () => {
    const workbook = workbookWith(headersFirstRow);
    const ops = createWorkbenchOperations(workbook);
    workbook.select('Sheet1', 1, 5);
    const unmapped = (await ops.readSelection(model, {})) as UnmappedTableContext;
    expect(unmapped).toMatchObject({ kind: 'table', table: "'Sheet1'", layout: { unmatched: [{ index: 5, header: '情绪管控' }] } });
    const mappings = { "'Sheet1'": { 情绪管控: 'emotional-control' } };
    expect(await ops.readSelection(model, mappings)).toMatchObject({ kind: 'rating', competencyId: 'emotional-control', person: '赵磊' });
    const written = await ops.applyRating(request({ table: "'Sheet1'", columnIndex: 5, person: '赵磊', competency: '情绪控制能力', expected: '初级', confirmOverwrite: true }), model, mappings);
    expect(written).toMatchObject({ status: 'written', change: { cell: 'Sheet1!F2', oldValue: '初级' } });
  });

  it('moves between people of the range', async () => {
    const workbook = workbookWith(englishWeightsAbove);
    const ops = createWorkbenchOperations(workbook);
    workbook.select('Assessment 2024', 4, 3);
    await ops.readSelection(model, {});
    await ops.selectTableCell("'Assessment 2024'", 2, 4);
    expect(workbook.selection).toEqual({ sheet: 'Assessment 2024', row: 6, col: 4 });
    await expect(ops.selectTableCell("'Assessment 2024'", 3, 4)).rejects.toThrow('row 4');
  });

  it('turns a range into a table in place, keeping titles and weights, and the cells unchanged', async () => {
    const workbook = workbookWith(englishWeightsAbove);
    const ops = createWorkbenchOperations(workbook);
    const before = workbook.values('Assessment 2024', { startRow: 0, startCol: 0, endRow: 7, endCol: 5 });
    expect(await ops.convertRangeToTable("'Assessment 2024'", model, {})).toEqual({ status: 'converted', table: 'HandMadeAssessment', from: "'Assessment 2024'" });
    expect(workbook.table('HandMadeAssessment')).toMatchObject({ sheet: 'Assessment 2024', range: { startRow: 3, startCol: 0, endRow: 6, endCol: 5 } });
    expect(workbook.values('Assessment 2024', { startRow: 0, startCol: 0, endRow: 7, endCol: 5 })).toEqual(before);
    workbook.select('Assessment 2024', 5, 4);
    expect(await ops.readSelection(model, {})).toMatchObject({ kind: 'rating', table: 'HandMadeAssessment', person: 'Bob Li' });
    // The weights kept above the table take numbers of 0 or more, and say so in the sheet's language.
    expect(workbook.editCell('Assessment 2024', 2, 3, '-5')).toMatchObject({ ok: false, message: 'A weight must be a number of 0 or more (such as 1, 20 or 0.2)' });
    expect(workbook.editCell('Assessment 2024', 2, 4, '35%').ok).toBe(true);
    expect(workbook.editCell('Assessment 2024', 2, 4, 'heavy').ok).toBe(false);
    expect(workbook.validationAt('Assessment 2024', 2, 5)).toBeUndefined();
  });

  it('does not convert over merged cells, and rates in place there', async () => {
    const workbook = workbookWith(englishWeightsAbove);
    workbook.merge('Assessment 2024', { startRow: 4, startCol: 5, endRow: 5, endCol: 5 });
    const ops = createWorkbenchOperations(workbook);
    expect(await ops.convertRangeToTable("'Assessment 2024'", model, {})).toEqual({ status: 'refused', problems: ['merged-cells'] });
    expect(workbook.tables()).toEqual([]);
    workbook.select('Assessment 2024', 4, 3);
    expect(await ops.readSelection(model, {})).toMatchObject({ kind: 'rating', person: 'Alice Chen', range: { conversion: { problems: ['merged-cells'] } } });
  });

  it('does not convert where the weights sit between the headers and the people', async () => {
    const workbook = workbookWith(chineseWeightsBelow);
    const ops = createWorkbenchOperations(workbook);
    expect(await ops.convertRangeToTable("'能力评估'", model, {})).toEqual({ status: 'refused', problems: ['weights-below-headers'] });
    expect(workbook.tables()).toEqual([]);
  });

  it('finds no plain range around the add-in\'s own assessment table', async () => {
    const workbook = workbookWith(headersFirstRow);
    workbook.addTable({ name: 'Ratings', sheet: 'Sheet1', range: { startRow: 0, startCol: 0, endRow: 2, endCol: 5 } });
    workbook.setValues('Sheet1', 5, 0, [['姓名', '成就导向'], ['x', '中级']]);
    workbook.select('Sheet1', 6, 1);
    expect((await createWorkbenchOperations(workbook).readSelection(model, {})).kind).toBe('outside');
  });
});
