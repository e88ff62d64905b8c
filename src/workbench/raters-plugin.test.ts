import fc from 'fast-check';
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { registerHrFunctions, setFunctionLocale } from './hr-plugin';
import { krippendorffAlpha } from '../core/raters/agreement';

/**
 * RATERS.COMBINE and RATERS.AGREEMENT inside a real spreadsheet engine, over generated sheets:
 * the combined level against the same rule written with native formulas (AVERAGEIF per role,
 * weights renormalised over the roles present), and alpha against the core computation.
 */
registerHrFunctions();
setFunctionLocale('en-US');

type Sheet = (string | number | boolean | null)[][];
const engine = (sheet: Sheet) => HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3', useArrayArithmetic: true });
const at = (hf: HyperFormula, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, 0)!);

const ROLES = ['自评', '上级', '同事', '下属'] as const;
const WEIGHTS = [0.1, 0.5, 0.2, 0.2];

describe('RATERS.COMBINE in HyperFormula', () => {
  it('equals the role-weighted mean written with native formulas, for generated rounds whose roles all reach their minimum', () => {
    const round = fc.record({
      self: fc.integer({ min: 1, max: 4 }),
      manager: fc.integer({ min: 1, max: 4 }),
      peers: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 3, maxLength: 6 }),
      reports: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 3, maxLength: 5 }),
    });
    fc.assert(
      fc.property(round, ({ self, manager, peers, reports }) => {
        const rows: Sheet = [
          [self, ROLES[0]],
          [manager, ROLES[1]],
          ...peers.map((l) => [l, ROLES[2]]),
          ...reports.map((l) => [l, ROLES[3]]),
        ];
        const last = rows.length;
        const native = `=SUMPRODUCT(${ROLES.map((r, i) => `AVERAGEIF(B1:B${last},"${r}",A1:A${last})*${WEIGHTS[i]}`).join('+')})`;
        const hf = engine([...rows, [`=HR.RATERS.COMBINE(A1:A${last},B1:B${last})`, native]]);
        expect(at(hf, `A${last + 1}`)).toBeCloseTo(at(hf, `B${last + 1}`) as number, 9);
        hf.destroy();
      }),
      { numRuns: 25 },
    );
  });

  it('leaves out two reports (below 3) and renormalises the weights, and recalculates when a third report arrives', () => {
    const hf = engine([
      [4, '自评'], [2, '上级'], [3, '同事'], [2, '同事'], [4, '同事'], [1, '下属'], [2, '下属'], [null, null],
      ['=HR.RATERS.COMBINE(A1:A8,B1:B8)'],
    ]);
    expect(at(hf, 'A9')).toBeCloseTo(2.5, 9);
    hf.setCellContents(hf.simpleCellAddressFromString('A8', 0)!, [[3, '下属']]);
    // reports now count: (0.4 + 1.0 + 0.6 + 2 × 0.2) / 1
    expect(at(hf, 'A9')).toBeCloseTo(2.4, 9);
    hf.destroy();
  });

  it('takes weights and minimums from cells, and trims from a TRUE cell', () => {
    const hf = engine([
      [1, 'peer', true], [3, 'peer'], [3, 'peer'], [4, 'peer'], [4, 'peer'],
      [0.1, 0.5, 0.2, 0.2, 0],
      [1, 1, 3, 3, 3],
      ['=HR.RATERS.COMBINE(A1:A5,B1:B5,A6:E6,A7:E7,C1)', '=HR.RATERS.COMBINE(A1:A5,B1:B5,A6:E6,A7:E7)'],
    ]);
    expect(at(hf, 'A8')).toBeCloseTo(10 / 3, 9);
    expect(at(hf, 'B8')).toBeCloseTo(3, 9);
    hf.destroy();
  });

  it('shows #N/A with the reason when anonymity leaves nothing, and #VALUE! naming a bad role', () => {
    const hf = engine([[3, '同事'], [2, '同事'], ['=HR.RATERS.COMBINE(A1:A2,B1:B2)', '=HR.RATERS.COMBINE(A1:A2,C1:C2)'], [null, null, 'boss']]);
    const anonymous = at(hf, 'A3') as DetailedCellError;
    expect(anonymous.value).toBe('#N/A');
    expect(anonymous.message).toBe('Too few raters to show any result without identifying them: Peers are below their minimum, and too few to pool as "other".');
    hf.setCellContents(hf.simpleCellAddressFromString('C1', 0)!, [['boss'], ['同事']]);
    const bad = at(hf, 'B3') as DetailedCellError;
    expect(bad.value).toBe('#VALUE!');
    expect(bad.message).toBe('Role 1 is "boss", not a rater role; use "Self", "Manager", "Peers", "Direct reports", "Other".');
    setFunctionLocale('zh-CN');
    hf.rebuildAndRecalculate();
    expect((at(hf, 'A3') as DetailedCellError).message).toBe('评价人太少,显示结果会暴露评价人身份:同事未达最少人数,合并为"其他"也不够。');
    setFunctionLocale('en-US');
    hf.destroy();
  });
});

describe('RATERS.AGREEMENT in HyperFormula', () => {
  it('gives Krippendorff’s published ordinal, nominal and interval figures from a sheet with blanks', () => {
    const N = null;
    const data: Sheet = [
      [1, 1, N, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
      [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [N, 5, 5, 5], [N, N, 1, 1], [N, 3, N, N],
    ];
    const hf = engine([...data, ['=HR.RATERS.AGREEMENT(A1:D12)', '=HR.RATERS.AGREEMENT(A1:D12,"nominal")', '=HR.RATERS.AGREEMENT(A1:D12,"interval")']]);
    expect([at(hf, 'A13'), at(hf, 'B13'), at(hf, 'C13')].map((v) => Math.round((v as number) * 1000) / 1000)).toEqual([0.815, 0.743, 0.849]);
    hf.destroy();
  });

  it('matches the core computation on generated rating sheets of level labels', () => {
    const labels = ['初级', '中级', '高级', '资深'];
    const cell = fc.option(fc.integer({ min: 1, max: 4 }), { nil: null, freq: 5 });
    const sheet = fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 4, maxLength: 10 }).filter((rows) => {
      const pairable = rows.filter((r) => r.filter((v) => v !== null).length >= 2).flat().filter((v) => v !== null);
      return new Set(pairable).size >= 2;
    });
    fc.assert(
      fc.property(sheet, (rows) => {
        const hf = engine([...rows.map((r) => r.map((v) => (v === null ? null : labels[v - 1]))), [`=HR.RATERS.AGREEMENT(A1:E${rows.length})`]]);
        expect(at(hf, `A${rows.length + 1}`)).toBeCloseTo(krippendorffAlpha(rows, 'ordinal').alpha, 9);
        hf.destroy();
      }),
      { numRuns: 25 },
    );
  });
});
