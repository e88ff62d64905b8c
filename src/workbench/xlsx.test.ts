import ExcelJS from 'exceljs';
import type { PlanChart } from '../core/plan/plan';
import { setFunctionLocale } from './hr-plugin';
import { WorkbenchWorkbook } from './workbook';
import { SETTINGS_SHEET, readXlsx, writeXlsx } from './xlsx';

/** The .xlsx round trip: build a workbook, save it to a buffer, open it again, compare. */
setFunctionLocale('zh-CN');

const chart: PlanChart = {
  kind: 'person-radar',
  sheet: '评估',
  anchor: 'H2',
  title: '能力画像',
  categories: "'评估'!C1:D1",
  actual: "'评估'!C2:D2",
  target: "'评估'!C4:D4",
  seriesNames: { actual: '实际', target: '目标' },
};

function sample(): WorkbenchWorkbook {
  const workbook = new WorkbenchWorkbook();
  workbook.addSheet('评估');
  workbook.setValues('评估', 0, 0, [
    ['姓名', '岗位', '成就导向', '抗挫能力', '加权得分'],
    ['张三', '客户经理', '中级', '高级', '=HR.WEIGHTED.SCORE(HR.LEVEL.NUMBER(C2:D2), C5:D5)'],
    ['李四', "'00123", null, '初级', '=HR.WEIGHTED.SCORE(HR.LEVEL.NUMBER(C3:D3), C5:D5)'],
    [null, null, 2, 3, "'=not a formula"],
    [null, '权重', 1, 3, '=HR.COMPETENCY.LEVEL(C5:D5*30)'],
  ]);
  workbook.setValues('Sheet1', 0, 0, [['=评估!E2*2', true, 0.125]]);
  workbook.addTable({ name: 'CompetencyAssessment', sheet: '评估', range: { startRow: 0, startCol: 0, endRow: 2, endCol: 4 } });
  workbook.addValidation({ kind: 'list', sheet: '评估', range: { startRow: 1, startCol: 2, endRow: 2, endCol: 3 }, values: ['初级', '中级', '高级', '资深'], errorMessage: '请选择级别' });
  workbook.addValidation({ kind: 'number', sheet: '评估', range: { startRow: 4, startCol: 2, endRow: 4, endCol: 3 }, min: 0, max: { formula: '=C4*2' }, errorMessage: '权重超出范围' });
  workbook.addConditionalFormat({ sheet: '评估', range: { startRow: 1, startCol: 2, endRow: 2, endCol: 3 }, formula: '=C2="初级"', fill: '#FFC7CE', fontColor: '#9C0006' });
  workbook.setStyle('评估', { startRow: 0, startCol: 0, endRow: 0, endCol: 4 }, { bold: true });
  workbook.setStyle('评估', { startRow: 1, startCol: 4, endRow: 2, endCol: 4 }, { numberFormat: '0.0' });
  workbook.setLayout('评估', { columnWidths: { 0: 60, 4: 90 }, freeze: { rows: 1, columns: 1 } });
  workbook.setCharts([chart]);
  workbook.settings.set('competency.settings', JSON.stringify({ modelId: 'ct-am', mappings: { CompetencyAssessment: { 岗位: null } }, big: 'x'.repeat(70_000) }));
  return workbook;
}

describe('.xlsx round trip', () => {
  it('keeps values, formulas, spills, tables, validations, formats, layout, charts and settings', async () => {
    const original = sample();
    expect(original.text('评估', 1, 4)).toBe('2.75');
    const reopened = await readXlsx(await writeXlsx(original));

    expect(reopened.sheetNames()).toEqual(['Sheet1', '评估']);
    for (const sheet of ['Sheet1', '评估']) {
      const { rows, columns } = original.usedSize(sheet);
      expect(reopened.usedSize(sheet)).toEqual({ rows, columns });
      for (let row = 0; row < rows; row++) {
        for (let col = 0; col < columns; col++) {
          expect([sheet, row, col, reopened.input(sheet, row, col)]).toEqual([sheet, row, col, original.input(sheet, row, col)]);
          expect([sheet, row, col, reopened.value(sheet, row, col)]).toEqual([sheet, row, col, original.value(sheet, row, col)]);
        }
      }
    }
    expect(reopened.text('评估', 2, 1)).toBe('00123');
    expect(reopened.text('评估', 3, 4)).toBe('=not a formula');
    expect(reopened.spillSource('评估', 4, 5)?.formula).toBe('=HR.COMPETENCY.LEVEL(C5:D5*30)');
    expect(reopened.input('Sheet1', 0, 0)).toBe("='评估'!E2*2");

    expect(reopened.tables()).toEqual(original.tables());
    expect(reopened.tableHeaders('CompetencyAssessment')).toEqual(['姓名', '岗位', '成就导向', '抗挫能力', '加权得分']);
    expect(reopened.validations()).toHaveLength(original.validations().length);
    expect(reopened.validations()).toEqual(expect.arrayContaining(original.validations() as unknown[]));
    expect(reopened.editCell('评估', 4, 3, '7')).toEqual({ ok: false, message: '权重超出范围' });
    expect(reopened.editCell('评估', 2, 2, '优秀')).toEqual({ ok: false, message: '请选择级别' });
    expect(reopened.conditionalFormats()).toEqual(original.conditionalFormats());
    expect(reopened.conditionalFormatAt('评估', 2, 3)?.fill).toBe('#FFC7CE');
    expect(reopened.style('评估', 0, 2)).toEqual({ bold: true });
    expect(reopened.style('评估', 2, 4)).toEqual({ numberFormat: '0.0' });
    expect(reopened.display('评估', 1, 4).text).toBe('2.8');
    expect(reopened.layout('评估').freeze).toEqual({ rows: 1, columns: 1 });
    expect(Math.abs(reopened.layout('评估').columnWidths[4] - 90)).toBeLessThanOrEqual(2);
    expect(reopened.charts()).toEqual([chart]);
    expect([...reopened.settings]).toEqual([...original.settings]);
  });

  it('keeps a sheet whose rows have gaps (blank rows between sections)', async () => {
    const original = new WorkbenchWorkbook();
    original.setValues('Sheet1', 0, 0, [['a', 'b'], [null, null], [1, null, 'c'], [null], ['=A3*2']]);
    const reopened = await readXlsx(await writeXlsx(original));
    expect(reopened.usedSize('Sheet1')).toEqual({ rows: 5, columns: 3 });
    const range = { startRow: 0, startCol: 0, endRow: 4, endCol: 2 };
    expect(reopened.values('Sheet1', range)).toEqual(original.values('Sheet1', range));
    expect(reopened.input('Sheet1', 4, 0)).toBe('=A3*2');
  });

  it('writes what Excel reads: a very hidden settings sheet, a table with filter buttons, a list validation over the range', async () => {
    const data = await writeXlsx(sample());
    const file = new ExcelJS.Workbook();
    await file.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
    expect(file.getWorksheet(SETTINGS_SHEET)?.state).toBe('veryHidden');
    const sheet = file.getWorksheet('评估')!;
    expect(sheet.getCell('E2').formula).toBe('HR.WEIGHTED.SCORE(HR.LEVEL.NUMBER(C2:D2), C5:D5)');
    expect((sheet.getCell('E2').value as { result: number }).result).toBe(2.75);
    expect(sheet.getCell('E5').value).toMatchObject({ formula: 'HR.COMPETENCY.LEVEL(C5:D5*30)', shareType: 'array', ref: 'E5:F5', result: '初级' });
    expect(sheet.getCell('F5').value).toBe('资深');
    expect(sheet.getCell('C3').dataValidation).toMatchObject({ type: 'list', formulae: ['"初级,中级,高级,资深"'], error: '请选择级别' });
  });

  it('opens a workbook written by another tool: shared formulas, an empty table row, a list from cells', async () => {
    const file = new ExcelJS.Workbook();
    const sheet = file.addWorksheet('Data');
    sheet.getCell('A1').value = 1;
    sheet.getCell('A2').value = 2;
    sheet.getCell('B1').value = { formula: 'A1*10', result: 10 } as ExcelJS.CellFormulaValue;
    sheet.getCell('B2').value = { sharedFormula: 'B1', result: 20 } as ExcelJS.CellSharedFormulaValue;
    sheet.getCell('D1').value = 'Low';
    sheet.getCell('D2').value = 'High';
    sheet.addTable({ name: 'Log', ref: 'F1', headerRow: true, columns: [{ name: 'When' }, { name: 'What' }], rows: [[null, null]] });
    (sheet as unknown as { dataValidations: { add(range: string, v: unknown): void } }).dataValidations.add('C1:C2', { type: 'list', formulae: ['$D$1:$D$2'], error: 'pick' });
    const workbook = await readXlsx(Buffer.from(await file.xlsx.writeBuffer()));
    expect(workbook.text('Data', 1, 1)).toBe('20');
    expect(workbook.validations()[0]).toMatchObject({ kind: 'list', values: ['Low', 'High'] });
    expect(workbook.editCell('Data', 0, 2, 'Mid')).toEqual({ ok: false, message: 'pick' });
    workbook.appendTableRows('Log', [['today', 'rated']]);
    expect(workbook.table('Log')?.range).toEqual({ startRow: 0, startCol: 5, endRow: 1, endCol: 6 });
  });
});
