import { cellText, textEntry, toFormulaEntry, trimmedCellText } from './cell-text';
import { estimateJsonBytes } from './request-size';

describe('cell text', () => {
  it('reads every kind of cell value the same way in every host', () => {
    expect([null, undefined, '', true, false, 7, 0.5, NaN, Infinity, ' x '].map(cellText)).toEqual(['', '', '', 'TRUE', 'FALSE', '7', '0.5', '', '', ' x ']);
    expect(trimmedCellText(' Li Lei ')).toBe('Li Lei');
  });

  it('writes text so the spreadsheet keeps it as text', () => {
    expect(['007', '1/2', '50%', 'TRUE', '=SUM(A1)', "'quoted", ''].map(textEntry)).toEqual(["'007", "'1/2", "'50%", "'TRUE", "'=SUM(A1)", "''quoted", '']);
    expect(toFormulaEntry({ text: '007' })).toBe("'007");
    expect(toFormulaEntry({ formula: 'A1' })).toBe('=A1');
    expect(toFormulaEntry('+86 10')).toBe("'+86 10");
    expect(toFormulaEntry(null)).toBe('');
  });
});

describe('request size', () => {
  it('counts non-ASCII characters as 6-byte escapes, an upper bound of any encoding', () => {
    expect(estimateJsonBytes([['ab']])).toBe(8);
    expect(estimateJsonBytes([['中']])).toBe(7 + 5);
  });
});
