import fc from 'fast-check';
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { registerHrFunctions, setFunctionLocale } from './hr-plugin';

/**
 * Formula tests through a real spreadsheet engine: the HR functions registered in HyperFormula,
 * called from cells over ranges, compared with native-formula equivalents on generated sheets.
 */
registerHrFunctions();
setFunctionLocale('zh-CN');

function engine(sheet: (string | number | boolean | null)[][]): HyperFormula {
  return HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3', useArrayArithmetic: true });
}
const at = (hf: HyperFormula, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, 0)!);

describe('HR functions in HyperFormula', () => {
  it('computes =HR.WEIGHTED.SCORE from cells and recalculates when a score changes', () => {
    const hf = engine([[80, 400], [50, 50], [100, 500], ['=HR.WEIGHTED.SCORE(A1:B1, A2:B2, A3:B3)']]);
    expect(at(hf, 'A4')).toBeCloseTo(80, 10);
    hf.setCellContents(hf.simpleCellAddressFromString('B1', 0)!, [[250]]);
    expect(at(hf, 'A4')).toBeCloseTo(65, 10);
  });

  it('spills one weighted score per row of a table', () => {
    const hf = engine([[1, 3], [null, 4], [2, 2], [1, 1], ['=HR.WEIGHTED.SCORE(A1:B3, A4:B4)']]);
    expect([at(hf, 'A5'), at(hf, 'A6'), at(hf, 'A7')]).toEqual([2, 4, 2]);
  });

  it('spills levels in the shape of the scores and shows errors with their message', () => {
    const hf = engine([[10, 95], ['abc', null], ['=HR.COMPETENCY.LEVEL(A1:B2)']]);
    expect([at(hf, 'A3'), at(hf, 'B3'), at(hf, 'B4')]).toEqual(['初级', '资深', '']);
    const error = at(hf, 'A4') as DetailedCellError;
    expect(error).toBeInstanceOf(DetailedCellError);
    expect(error.value).toBe('#VALUE!');
    expect(error.message).toBe('第 2 行第 1 列的分数是文本 "abc",此处应为数字。');
  });

  it('returns a whole-call error for bad arguments, and passes an error cell on as that error', () => {
    const hf = engine([[1, 2], [1, -1], ['=HR.WEIGHTED.SCORE(A1:B1, A2:B2)', '=HR.WEIGHTED.SCORE(A1:B1, C1:D1)'], ['=NA()', 2], ['=HR.WEIGHTED.SCORE(A4:B4, A1:B1)']]);
    expect((at(hf, 'A3') as DetailedCellError).message).toBe('第 2 个权重为负数(-1):权重必须大于或等于 0。');
    expect((at(hf, 'B3') as DetailedCellError).message).toBe('第 1 个权重为空,需要一个数。');
    expect((at(hf, 'A5') as DetailedCellError).value).toBe('#N/A');
  });

  it('answers descriptors, gaps, level numbers and points totals from cells', () => {
    const hf = engine([
      ['抗挫能力', '中级', '=HR.COMPETENCY.DESCRIPTOR(A1, B1)'],
      ['初级', '资深', '=HR.COMPETENCY.GAP(A2, B2)'],
      ['高级', null, '=HR.LEVEL.NUMBER(A3)'],
      ['=HR.POINTS.TOTAL(A5:T5, 5, 1)'],
      [5, 5, 5, 5, 0, 10, 5, 5, 5, 5, 0, 10, 5, 0, 5, 0, 15, 15, 0, 0],
    ]);
    expect(String(at(hf, 'C1'))).toContain('▶');
    expect(at(hf, 'C2')).toBe(3);
    expect(at(hf, 'C3')).toBe(3);
    expect(at(hf, 'A4')).toBe(90);
  });

  it('matches SUMPRODUCT/SUM on generated sheets with blanks (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((columns) =>
          fc.record({
            weights: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: columns, maxLength: columns }),
            rows: fc.array(fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 8 }),
          }),
        ),
        ({ weights, rows }) => {
          const columns = weights.length;
          const lastCol = String.fromCharCode(64 + columns);
          const n = rows.length;
          const sheet: (number | string | null)[][] = [...rows.map((r) => [...r]), weights];
          // Native per-row equivalent: blank scores drop out with their weights.
          rows.forEach((_, r) => {
            const row = r + 1;
            const range = `A${row}:${lastCol}${row}`;
            const w = `$A$${n + 1}:$${lastCol}$${n + 1}`;
            sheet[r].push(`=IF(COUNT(${range})=0,"",SUMPRODUCT(${range},${w})/SUMPRODUCT(--(${range}<>""),${w}))`);
          });
          sheet.push([`=HR.WEIGHTED.SCORE(A1:${lastCol}${n}, A${n + 1}:${lastCol}${n + 1})`]);
          const hf = engine(sheet);
          rows.forEach((_, r) => {
            const native = hf.getCellValue({ sheet: 0, row: r, col: columns });
            const ours = hf.getCellValue({ sheet: 0, row: n + 1 + r, col: 0 });
            if (typeof native === 'number') expect(ours).toBeCloseTo(native, 9);
            else expect(ours).toBe('');
          });
          hf.destroy();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('matches VLOOKUP approximate match on a band table for generated scores (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 30 }), (scores) => {
        const bands: [number, string][] = [
          [0, 'D'],
          [55, 'C'],
          [70, 'B'],
          [85.5, 'A'],
        ];
        const sheet: (number | string | null)[][] = bands.map(([min, label]) => [min, label]);
        scores.forEach((s, i) => {
          sheet[4 + i] = [s, `=VLOOKUP(A${5 + i},$A$1:$B$4,2,TRUE())`];
        });
        sheet[4 + scores.length] = [`=HR.COMPETENCY.LEVEL(A5:A${4 + scores.length}, A1:B4)`];
        const hf = engine(sheet);
        scores.forEach((_, i) => {
          expect(hf.getCellValue({ sheet: 0, row: 4 + scores.length + i, col: 0 })).toBe(hf.getCellValue({ sheet: 0, row: 4 + i, col: 1 }));
        });
        hf.destroy();
      }),
      { numRuns: 40 },
    );
  });
});
