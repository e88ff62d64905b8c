import { blockA1, parseCell, parseRange, quoteSheetName, quoteSheetReferences, rangeAddress, sheetRef, shiftFormula, splitSheetReference, MAX_ROWS } from './a1';

describe('A1 addresses', () => {
  it('reads cells and ranges with or without $, whole lines only when asked', () => {
    expect(parseCell('$AB$12')).toEqual({ row: 11, col: 27 });
    expect(parseCell('A0')).toBeUndefined();
    expect(parseCell('XFE1')).toBeUndefined();
    expect(parseRange('C5:A1')).toEqual({ startRow: 0, startCol: 0, endRow: 4, endCol: 2 });
    expect(parseRange('D:D')).toBeUndefined();
    expect(parseRange('D:D', { wholeLines: true })).toEqual({ startRow: 0, startCol: 3, endRow: MAX_ROWS - 1, endCol: 3 });
    expect(rangeAddress(parseRange('7:9', { wholeLines: true })!)).toBe('7:9');
    expect(rangeAddress(parseRange('D:E', { wholeLines: true })!)).toBe('D:E');
    expect(blockA1(3, 2, 1, 1)).toBe('C4');
    expect(blockA1(0, 0, 5, 1, { row: true, column: true })).toBe('$A$1:$A$5');
  });

  it('quotes sheet names as Excel shows them, and always in formulas the add-in writes', () => {
    expect(quoteSheetName('Ratings')).toBe('Ratings');
    expect(quoteSheetName('评估')).toBe('评估');
    expect(quoteSheetName('My sheet')).toBe("'My sheet'");
    expect(quoteSheetName('A1')).toBe("'A1'");
    expect(quoteSheetName('2026')).toBe("'2026'");
    expect(sheetRef("Bob's")).toBe("'Bob''s'!");
    expect(splitSheetReference("'Bob''s'!A1:B2")).toEqual({ sheet: "Bob's", range: 'A1:B2' });
    expect(splitSheetReference('B2')).toEqual({ sheet: undefined, range: 'B2' });
  });

  it('moves relative references only, leaving text, quoted sheets and names alone', () => {
    expect(shiftFormula(`=IFERROR(MATCH(C10,$AA$2:$AA$5,0)<MATCH(AL10,'B10'!$A:$A,0),LOG10(C$2))+HR.LEVEL.NUMBER("C10")`, 2, 1)).toBe(
      `=IFERROR(MATCH(D12,$AA$2:$AA$5,0)<MATCH(AM12,'B10'!$A:$A,0),LOG10(D$2))+HR.LEVEL.NUMBER("C10")`,
    );
    expect(shiftFormula('=A1', -1, 0)).toBe('=#REF!');
  });

  it('quotes known sheet names written bare, outside text', () => {
    expect(quoteSheetReferences('=评估!A1&"评估!"&My Sheet!B2', ['评估', 'My Sheet'])).toBe(`='评估'!A1&"评估!"&'My Sheet'!B2`);
  });
});
