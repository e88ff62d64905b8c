import { ExcelWorkbookMock, type MockCellInput } from '../../test/office/counting-mock';
import { cellA1 } from '../core/a1';
import { findLevelModel } from '../core/model/registry';
import { nativeFormula } from '../core/plan/native-formulas';
import type { PlanCell } from '../core/plan/plan';
import { planAssessmentWorkbook } from '../core/plan/workbook-plan';
import { createOfficeAssessmentOperations } from './office-assessment';
import { parseCell } from '../core/a1';

/** Excel converts the workbook in place (the pane asked): every HR formula the add-in wrote becomes native; others are named. */
const model = findLevelModel('ct-am');
let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function input(cell: PlanCell): MockCellInput {
  if (cell === null) return '';
  if (typeof cell === 'object') return 'formula' in cell ? { formula: cell.formula } : cell.text;
  return cell;
}

it('gives every HR formula of a built Assessment sheet its native equivalent and names those it cannot convert (the multi-rater block, a foreign call)', async () => {
  const plan = planAssessmentWorkbook(model, [{ name: '张三', role: '客户经理' }, { name: '李四', role: '' }], 'zh-CN');
  const sheet = plan.sheets.find((s) => s.key === 'assessment')!;
  const grid: MockCellInput[][] = [];
  const put = (origin: string, rows: PlanCell[][]) => {
    const o = parseCell(origin)!;
    rows.forEach((row, r) => row.forEach((cell, c) => ((grid[o.row + r] ??= [])[o.col + c] = input(cell))));
  };
  for (const block of sheet.blocks) put(block.origin, block.cells);
  const table = sheet.tables[0];
  put(table.origin, [table.headers, ...table.rows]);
  const width = Math.max(...grid.map((row) => row?.length ?? 0));
  for (let r = 0; r < grid.length; r++) grid[r] = Array.from({ length: width }, (_, c) => grid[r]?.[c] ?? '');
  grid.push(Array.from({ length: width }, (_, c) => (c === 0 ? { formula: '=HR.COMPETENCY.DESCRIPTOR("成就导向",2)' } : '')));

  const workbook = new ExcelWorkbookMock({ sheets: { [sheet.name]: grid, Notes: [['x']] } });
  uninstall = workbook.install();
  const result = await createOfficeAssessmentOperations().shareWithoutAddIn(model, 'zh-CN');

  const hrCells: { address: string; formula: string }[] = [];
  grid.forEach((row, r) => row.forEach((cell, c) => typeof cell === 'object' && cell !== null && 'formula' in cell && /HR\./.test(cell.formula) && hrCells.push({ address: cellA1(r, c), formula: cell.formula })));
  const foreign = hrCells.pop()!;
  const raters = hrCells.filter((cell) => cell.formula.includes('HR.RATERS.'));
  expect(raters).toHaveLength(2);
  hrCells.splice(0, hrCells.length, ...hrCells.filter((cell) => !raters.includes(cell)));
  expect(result.converted).toBe(hrCells.length);
  expect(new Set(result.unconverted)).toEqual(new Set([...raters, foreign].map((cell) => `${sheet.name}!${cell.address}`)));
  expect(hrCells.length).toBeGreaterThan(20);
  for (const cell of hrCells) expect(workbook.formula(sheet.name, cell.address)).toBe(nativeFormula(cell.formula, model));
  expect(workbook.formula(sheet.name, foreign.address)).toBe(foreign.formula);
});
