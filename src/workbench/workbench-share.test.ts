import { findLevelModel, findPointsModel } from '../core/model/registry';
import type { CompetencyModel } from '../core/model/types';
import { ASSESSMENT_TABLE, POINTS_TABLE } from '../core/plan/labels';
import { setFunctionLocale } from './hr-plugin';
import { createWorkbenchAssessment } from './workbench-assessment';
import { WorkbenchWorkbook } from './workbook';
import { readXlsx } from './xlsx';

/** The workbench's copy for people without the add-in: a second .xlsx, no HR formula in it, the same results. */
setFunctionLocale('zh-CN');

async function share(model: CompetencyModel, fill: (workbook: WorkbenchWorkbook, table: string) => void) {
  const workbook = new WorkbenchWorkbook();
  const assessment = createWorkbenchAssessment(workbook);
  const people = [
    { name: '张三', role: model.kind === 'levels' ? '客户经理' : '四级' },
    { name: '李四', role: model.kind === 'levels' ? '客户经理' : '五级' },
    { name: '王五', role: '' },
  ];
  await assessment.buildAssessment({ model, people, locale: 'zh-CN' });
  const table = model.kind === 'levels' ? ASSESSMENT_TABLE : POINTS_TABLE;
  fill(workbook, table);
  const download = jest.spyOn(await import('./deliver'), 'downloadFile').mockImplementation(() => undefined);
  const result = await assessment.shareWithoutAddIn(model, 'zh-CN');
  const [fileName, data] = download.mock.calls[0];
  download.mockRestore();
  return { workbook, table, result, fileName, copy: await readXlsx(data) };
}

function hrFormulas(workbook: WorkbenchWorkbook): string[] {
  const found: string[] = [];
  for (const sheet of workbook.sheetNames()) {
    const { rows, columns } = workbook.usedSize(sheet);
    for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) if (workbook.isFormula(sheet, r, c) && /HR\./.test(String(workbook.input(sheet, r, c)))) found.push(`${sheet}!${r},${c}`);
  }
  return found;
}

function tableValues(workbook: WorkbenchWorkbook, table: string) {
  return workbook.tableRows(table).map((row) => row.map((v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : typeof v === 'object' && v !== null ? String((v as { value?: unknown }).value) : v)));
}

describe('sharing without the add-in (workbench)', () => {
  it('downloads a copy of a level assessment with no HR formula and the same scores, levels and gaps; the workbook keeps its HR formulas', async () => {
    const { workbook, table, result, fileName, copy } = await share(findLevelModel('ct-am'), (wb, t) => {
      const headers = wb.tableHeaders(t);
      const at = (header: string, row: number) => ({ row: wb.table(t)!.range.startRow + 1 + row, col: wb.table(t)!.range.startCol + headers.indexOf(header) });
      const sheet = wb.table(t)!.sheet;
      for (const [header, row, level] of [['成就导向', 0, '高级'], ['抗挫能力', 0, '初级'], ['成就导向', 1, '资深']] as const) {
        const cell = at(header, row);
        expect(wb.editCell(sheet, cell.row, cell.col, level).ok).toBe(true);
      }
    });
    expect(fileName).toMatch(/\(无需加载项\)\.xlsx$/);
    expect(result.converted).toBeGreaterThan(10);
    // The multi-rater block (agreement, combined levels) needs the add-in; the copy says where.
    expect(result.unconverted).toEqual(['评估!BH7', '评估!BH10']);
    expect(hrFormulas(copy)).toEqual(['评估!6,59', '评估!9,59']);
    expect(hrFormulas(workbook).length).toBeGreaterThan(10);
    const original = tableValues(workbook, table);
    expect(tableValues(copy, table)).toEqual(original);
    expect(original[0].some((v) => typeof v === 'number' && v > 0)).toBe(true);
  });

  it('does the same for a points assessment: totals with caps and deductions', async () => {
    const model = findPointsModel('hw-sm');
    const { workbook, table, copy } = await share(model, (wb, t) => {
      const headers = wb.tableHeaders(t);
      const range = wb.table(t)!.range;
      const sheet = wb.table(t)!.sheet;
      headers.slice(2, 8).forEach((_, k) => wb.setValues(sheet, range.startRow + 1, range.startCol + 2 + k, [[k * 3]]));
      wb.setValues(sheet, range.startRow + 2, range.startCol + 2, [[9]]);
    });
    expect(hrFormulas(copy)).toEqual([]);
    const original = tableValues(workbook, table);
    expect(tableValues(copy, table)).toEqual(original);
  });
});
