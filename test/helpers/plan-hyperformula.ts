import { HyperFormula, type CellValue, type RawCellContent } from 'hyperformula';
import { registerHrFunctions, setFunctionLocale } from '../../src/workbench/hr-plugin';
import type { PlanCell, PlanListValidation, PlanNumberValidation, PlanTable, WorkbookPlan } from '../../src/core/plan/plan';
import { cellA1, parseCell, shiftFormula } from '../../src/core/a1';
import { toFormulaEntry } from '../../src/core/cell-text';
import type { Locale } from '../../src/core/model/types';

/**
 * A test-only applier: writes a WorkbookPlan into HyperFormula with the HR functions (sheets by
 * name, blocks and tables as plain cells at their origin), so formula tests check what each
 * planned formula computes. Also evaluates the plan's relative rule formulas (conditional formats,
 * validation maxima) for any cell of their column, the way Excel applies them. Reusable by the
 * workbench's tests. HyperFormula is GPL-3.0: tests only.
 */

export interface Position {
  row: number;
  column: number;
}

export function parseA1(a1: string): Position {
  const cell = parseCell(a1);
  if (!cell) throw new Error(`not an A1 cell: ${a1}`);
  return { row: cell.row, column: cell.col };
}

/** A plan cell as HyperFormula content, by the hosts' one rule (text that looks like a formula or number stays text). */
export function rawContent(cell: PlanCell): RawCellContent {
  return cell === null ? null : toFormulaEntry(cell);
}

export { shiftFormula };

export interface PlanWorkbook {
  hf: HyperFormula;
  sheetId(name: string): number;
  value(sheet: string, a1: string): CellValue;
  set(sheet: string, a1: string, value: RawCellContent): void;
  /** Where a table's data cell is: `row` is 0-based among the data rows. */
  tableCell(table: string, header: string, row: number): { sheet: string; a1: string };
  tableValue(table: string, header: string, row: number): CellValue;
  setTableValue(table: string, header: string, row: number, value: RawCellContent): void;
  /** Header and data values of a table, as a reader gets them back. */
  tableValues(table: string): { headers: string[]; rows: CellValue[][] };
  /** A rule formula written for `from` (the column's first data cell), evaluated for `to`. */
  evaluateAt(sheet: string, formula: string, from: string, to: string): CellValue;
  listAllows(validation: PlanListValidation, value: unknown): boolean;
  /** Whether a number validation lets `value` into data row `row` of its column. */
  numberAllows(validation: PlanNumberValidation, row: number, value: number): boolean;
  destroy(): void;
}

export function applyPlanToHyperFormula(plan: WorkbookPlan, locale: Locale): PlanWorkbook {
  registerHrFunctions();
  setFunctionLocale(locale);
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', useArrayArithmetic: true });
  const tables = new Map<string, { sheet: string; table: PlanTable; origin: Position }>();
  for (const sheet of plan.sheets) hf.addSheet(sheet.name);
  const sheetId = (name: string): number => {
    const id = hf.getSheetId(name);
    if (id === undefined) throw new Error(`no sheet "${name}"`);
    return id;
  };
  hf.batch(() => {
    for (const sheet of plan.sheets) {
      const id = sheetId(sheet.name);
      for (const block of sheet.blocks) {
        const origin = parseA1(block.origin);
        if (block.cells.length > 0) hf.setCellContents({ sheet: id, row: origin.row, col: origin.column }, block.cells.map((row) => row.map(rawContent)));
      }
      for (const table of sheet.tables) {
        const origin = parseA1(table.origin);
        tables.set(table.name, { sheet: sheet.name, table, origin });
        hf.setCellContents({ sheet: id, row: origin.row, col: origin.column }, [table.headers.map((h) => `'${h}`), ...table.rows.map((row) => row.map(rawContent))]);
      }
    }
  });
  const at = (sheet: string, a1: string) => {
    const p = parseA1(a1);
    return { sheet: sheetId(sheet), row: p.row, col: p.column };
  };
  const tableCell = (name: string, header: string, row: number) => {
    const placed = tables.get(name);
    if (!placed) throw new Error(`no table "${name}"`);
    const column = placed.table.headers.indexOf(header);
    if (column < 0) throw new Error(`table "${name}" has no column "${header}"`);
    return { sheet: placed.sheet, a1: cellA1(placed.origin.row + 1 + row, placed.origin.column + column) };
  };
  const value = (sheet: string, a1: string) => hf.getCellValue(at(sheet, a1));
  const evaluateAt = (sheet: string, formula: string, from: string, to: string): CellValue => {
    const a = parseA1(from);
    const b = parseA1(to);
    const result = hf.calculateFormula(shiftFormula(formula, b.row - a.row, b.column - a.column), sheetId(sheet));
    return Array.isArray(result) ? result[0][0] : result;
  };
  return {
    hf,
    sheetId,
    value,
    set: (sheet, a1, content) => void hf.setCellContents(at(sheet, a1), [[content]]),
    tableCell,
    tableValue: (name, header, row) => {
      const cell = tableCell(name, header, row);
      return value(cell.sheet, cell.a1);
    },
    setTableValue: (name, header, row, content) => {
      const cell = tableCell(name, header, row);
      hf.setCellContents(at(cell.sheet, cell.a1), [[content]]);
    },
    tableValues: (name) => {
      const placed = tables.get(name)!;
      const id = sheetId(placed.sheet);
      const rows: CellValue[][] = [];
      for (let r = 0; r < Math.max(1, placed.table.rows.length); r++)
        rows.push(placed.table.headers.map((_, c) => hf.getCellValue({ sheet: id, row: placed.origin.row + 1 + r, col: placed.origin.column + c })));
      return { headers: placed.table.headers, rows };
    },
    evaluateAt,
    listAllows: (validation, candidate) => validation.values.includes(String(candidate)),
    numberAllows: (validation, row, candidate) => {
      const first = tableCell(validation.table, validation.header, 0);
      const target = tableCell(validation.table, validation.header, row);
      const max = typeof validation.max === 'number' ? validation.max : evaluateAt(first.sheet, validation.max.formula, first.a1, target.a1);
      if (typeof max !== 'number') return false;
      if (validation.integer && !Number.isInteger(candidate)) return false;
      return candidate >= validation.min && candidate <= max;
    },
    destroy: () => hf.destroy(),
  };
}
