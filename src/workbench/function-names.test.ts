import { toDisplayFormula, toEngineFormula } from './function-names';
import { WorkbenchWorkbook } from './workbook';

describe('the HR functions by their Chinese names in the workbench', () => {
  test('=HR.能力.级别(82) computes like =HR.COMPETENCY.LEVEL(82) and reads back in the user’s language', () => {
    const workbook = new WorkbenchWorkbook();
    expect(workbook.editCell('Sheet1', 0, 0, '=HR.能力.级别(82)')).toEqual({ ok: true });
    workbook.setValues('Sheet1', 0, 1, [['=HR.COMPETENCY.LEVEL(82)']]);
    expect(workbook.text('Sheet1', 0, 0)).toBe(workbook.text('Sheet1', 0, 1));
    expect(workbook.display('Sheet1', 0, 0).kind).toBe('text');
    const stored = String(workbook.input('Sheet1', 0, 0));
    expect(stored).toBe('=HR.COMPETENCY.LEVEL(82)'); // what the .xlsx keeps, as Excel does
    expect(toDisplayFormula(stored, 'zh-CN')).toBe('=HR.能力.级别(82)');
    expect(toDisplayFormula(stored, 'en-US')).toBe('=HR.COMPETENCY.LEVEL(82)');
  });

  test('every Chinese name works, in lower or upper case, with ranges and nested calls', () => {
    const workbook = new WorkbenchWorkbook();
    workbook.setValues('Sheet1', 0, 0, [[80, 60], [1, 1]]);
    workbook.editCell('Sheet1', 3, 0, '=hr.加权.得分(A1:B1, A2:B2)');
    expect(workbook.value('Sheet1', 3, 0)).toBe(70);
    workbook.editCell('Sheet1', 4, 0, '=HR.级别.序号(HR.能力.级别(A4))');
    expect(typeof workbook.value('Sheet1', 4, 0)).toBe('number');
    for (const name of ['能力.行为描述', '能力.差距', '积分.总分']) expect(toEngineFormula(`=HR.${name}(A1)`)).toMatch(/^=HR\.[A-Z.]+\(A1\)$/);
  });

  test('text in quotes and quoted sheet names are not translated', () => {
    expect(toEngineFormula('="HR.能力.级别(1)"&HR.能力.级别(1)')).toBe('="HR.能力.级别(1)"&HR.COMPETENCY.LEVEL(1)');
    expect(toEngineFormula("='TRUE'!A1+TRUE!B1")).toBe("='TRUE'!A1+TRUE!B1");
  });

  test('literal TRUE and FALSE work in formulas and as typed values', () => {
    const workbook = new WorkbenchWorkbook();
    workbook.editCell('Sheet1', 0, 0, '=IF(TRUE, 1, 2)');
    expect(workbook.value('Sheet1', 0, 0)).toBe(1);
    workbook.editCell('Sheet1', 1, 0, '=FALSE');
    expect(workbook.value('Sheet1', 1, 0)).toBe(false);
    expect(toDisplayFormula(String(workbook.input('Sheet1', 1, 0)), 'en-US')).toBe('=FALSE');
    workbook.editCell('Sheet1', 2, 0, 'true');
    expect(workbook.value('Sheet1', 2, 0)).toBe(true);
    expect(workbook.display('Sheet1', 2, 0)).toEqual({ text: 'TRUE', kind: 'boolean' });
    workbook.editCell('Sheet1', 3, 0, "'TRUE");
    expect(workbook.value('Sheet1', 3, 0)).toBe('TRUE');
  });
});
