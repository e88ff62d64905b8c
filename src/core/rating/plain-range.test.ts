import { planTableConversion, plainRangeCell, recognizePlainRange, type SheetGrid } from './plain-range';
import { findLevelModel } from '../model/registry';
import { chineseWeightsBelow, englishWeightsAbove, headersFirstRow, marginAndGroupHeader, type HandMadeSheet } from '../../../test/fixtures/hand-made-sheets';

const model = findLevelModel('ct-am');
const grid = (sheet: HandMadeSheet): SheetGrid => ({ top: 0, left: 0, values: sheet.values, merges: sheet.merges });

describe('recognizePlainRange', () => {
  it('reads a Chinese sheet: merged title, headers on row 2 with "(一)" numbering, weights below, totals and a note at the bottom', () => {
    const layout = recognizePlainRange(grid(chineseWeightsBelow), model)!;
    expect(layout.titleRows).toEqual([0]);
    expect(layout.headerRow).toBe(1);
    expect(layout.weightsRow).toBe(2);
    expect(layout.personColumn).toBe(1);
    expect(layout.roleColumn).toBe(3);
    expect(layout.personDetailColumns.map((c) => c.header)).toEqual(['序号', '部门']);
    expect(layout.ratingColumns.map((c) => [c.index, c.competencyId])).toEqual([
      [4, 'achievement-orientation'],
      [5, 'resilience'],
      [6, 'communication-and-listening'],
    ]);
    expect(layout.unmatched).toEqual([{ index: 7, header: '备注' }]);
    expect(layout.weights).toEqual({ 'achievement-orientation': 0.4, resilience: 0.3, 'communication-and-listening': 0.3 });
    expect(layout.weightProblems).toEqual([]);
    // Three people and the blank row between them; the averages and the signature are not people.
    expect([layout.firstDataRow, layout.rowCount]).toEqual([3, 4]);
    expect(layout.totalsRows).toEqual([]);
  });

  it('reads an English sheet: two titles, weights above headers on row 4, numbered headers, "&" for "and"', () => {
    const layout = recognizePlainRange(grid(englishWeightsAbove), model)!;
    expect(layout.titleRows).toEqual([0, 1]);
    expect(layout.weightsRow).toBe(2);
    expect(layout.headerRow).toBe(3);
    expect(layout.personColumn).toBe(1);
    expect(layout.ratingColumns.map((c) => c.competencyId)).toEqual(['achievement-orientation', 'resilience']);
    // "&" is not "and": that header is offered for mapping rather than guessed.
    expect(layout.unmatched).toEqual([{ index: 5, header: '3. Communication & Listening' }]);
    expect(layout.weights).toEqual({ 'achievement-orientation': 20, resilience: 30 });
    expect([layout.firstDataRow, layout.rowCount]).toEqual([4, 3]);
  });

  it('reads headers on row 1 and reports the header it cannot match, and applies a saved mapping for it', () => {
    const layout = recognizePlainRange(grid(headersFirstRow), model)!;
    expect([layout.headerRow, layout.weightsRow, layout.titleRows]).toEqual([0, null, []]);
    expect(layout.ratingColumns.map((c) => c.competencyId)).toEqual(['execution', 'coordination']);
    expect(layout.unmatched).toEqual([{ index: 5, header: '情绪管控' }]);
    const mapped = recognizePlainRange(grid(headersFirstRow), model, { 情绪管控: 'emotional-control' })!;
    expect(mapped.ratingColumns.map((c) => [c.index, c.competencyId, c.mapped])).toContainEqual([5, 'emotional-control', true]);
    expect(mapped.unmatched).toEqual([]);
  });

  it('starts the block at the first header after a margin column and skips a merged group header above', () => {
    const layout = recognizePlainRange(grid(marginAndGroupHeader), model)!;
    expect([layout.headerRow, layout.left, layout.columnCount]).toEqual([2, 1, 4]);
    expect(layout.titleRows).toEqual([0, 1]);
    expect(layout.ratingColumns.map((c) => [c.index, c.competencyId])).toEqual([
      [2, 'written-expression'],
      [3, 'interpersonal-skills'],
    ]);
    expect(layout.mergesInBlock).toEqual([]);
  });

  it('recognizes nothing where no row in the first ten names a person column', () => {
    expect(recognizePlainRange({ top: 0, left: 0, values: [['成就导向', '抗挫能力'], ['中级', '高级']], merges: [] }, model)).toBeNull();
    const low = [...Array.from({ length: 10 }, () => ['note']), ['姓名', '成就导向']];
    expect(recognizePlainRange({ top: 0, left: 0, values: low, merges: [] }, model)).toBeNull();
  });

  it('validates the weights row: a weight must be a number of at least 0', () => {
    const values = chineseWeightsBelow.values.map((row) => [...row]);
    values[2][4] = '高';
    values[2][5] = -0.1;
    const layout = recognizePlainRange({ top: 0, left: 0, values, merges: [] }, model)!;
    expect(layout.weightProblems.map((p) => [p.header, p.value, p.row, p.column])).toEqual([
      ['（一）成就导向', '高', 2, 4],
      ['（二）抗挫 能力', '-0.1', 2, 5],
    ]);
    expect(layout.weights).toEqual({ 'communication-and-listening': 0.3 });
  });

  it('works in sheet coordinates when the used range does not start at A1', () => {
    const layout = recognizePlainRange({ top: 4, left: 2, values: headersFirstRow.values, merges: [] }, model)!;
    expect([layout.headerRow, layout.left, layout.firstDataRow]).toEqual([4, 2, 5]);
    expect(plainRangeCell(layout, 6, 2 + 3)).toEqual({ kind: 'rating', rowIndex: 1, columnIndex: 3, competencyId: 'execution', header: '执行能力' });
  });
});

describe('plainRangeCell', () => {
  const layout = recognizePlainRange(grid(chineseWeightsBelow), model)!;
  it('tells rating cells from the rest of the range and from cells outside it', () => {
    expect(plainRangeCell(layout, 4, 6)).toEqual({ kind: 'rating', rowIndex: 1, columnIndex: 6, competencyId: 'communication-and-listening', header: '（三）沟通倾听能力' });
    expect(plainRangeCell(layout, 3, 1)).toEqual({ kind: 'range' });
    expect(plainRangeCell(layout, 2, 4)).toEqual({ kind: 'range' });
    expect(plainRangeCell(layout, 0, 3)).toEqual({ kind: 'range' });
    expect(plainRangeCell(layout, 7, 4)).toEqual({ kind: 'outside' });
    expect(plainRangeCell(layout, 3, 8)).toEqual({ kind: 'outside' });
  });
});

describe('planTableConversion', () => {
  it('makes a table of the headers and the people, keeping the titles and the weights above outside', () => {
    const plan = planTableConversion(recognizePlainRange(grid(englishWeightsAbove), model)!);
    expect(plan).toMatchObject({ area: { top: 3, left: 0, rows: 4, columns: 6 }, keptRows: [0, 1, 2], problems: [] });
    // The weights over the two matched competencies (D, E) get the weights rule, in the sheet's language.
    expect(plan.weightRules).toEqual([{ address: 'D3:E3', title: 'Weight', prompt: expect.stringContaining('0 or more'), errorMessage: 'A weight must be a number of 0 or more (such as 1, 20 or 0.2)' }]);
    expect(planTableConversion(recognizePlainRange(grid(chineseWeightsBelow), model)!).weightRules).toEqual([
      { address: 'E3:G3', title: '权重', prompt: expect.stringContaining('0 或更大'), errorMessage: '权重须为 0 或更大的数（如 1、20 或 0.2）' },
    ]);
  });
  it('refuses where the weights sit under the headers, and over merged cells', () => {
    expect(planTableConversion(recognizePlainRange(grid(chineseWeightsBelow), model)!).problems).toEqual(['weights-below-headers']);
    const merged = { ...grid(headersFirstRow), merges: [{ top: 1, left: 3, rows: 2, columns: 1 }] };
    expect(planTableConversion(recognizePlainRange(merged, model)!).problems).toEqual(['merged-cells']);
  });
  it('refuses a blank header inside the block, which Excel would rename', () => {
    const values = headersFirstRow.values.map((row) => [...row]);
    values[0][2] = null;
    expect(planTableConversion(recognizePlainRange({ top: 0, left: 0, values, merges: [] }, model)!).problems).toEqual(['blank-or-repeated-header']);
  });
});
