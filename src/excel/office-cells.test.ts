import { SaidError } from '../core/message';
import { parseAddress, parseCellAddress } from './office-cells';

/** An address Excel hands over that the add-in cannot read is refused in the reader's language. */
function refusal(read: () => unknown): SaidError {
  try {
    read();
  } catch (error) {
    if (error instanceof SaidError) return error;
    throw error;
  }
  throw new Error('the address was read');
}

it('refuses an address without a sheet, or without a cell, in English and in Chinese, naming the address', () => {
  const noSheet = refusal(() => parseAddress('D7'));
  expect(noSheet.said.in('en-US')).toBe('Excel gave the address "D7", which the add-in cannot read. Select a cell on the sheet and try again.');
  expect(noSheet.said.in('zh-CN')).toBe('Excel 给出的地址"D7"无法被加载项读取。请在工作表上选择一个单元格后重试。');
  expect(refusal(() => parseCellAddress('Sheet1!#REF', 'Sheet1')).said.in('zh-CN')).toContain('"Sheet1!#REF"');
});

it('reads the sheet and top-left cell of an address Excel gives', () => {
  expect(parseAddress("'My sheet'!D7:E9")).toEqual({ sheet: 'My sheet', row: 6, column: 3 });
});
