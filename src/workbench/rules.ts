import type { CellValue } from 'hyperformula';
import { shiftFormula, type CellRange } from '../core/a1';
import { valueText } from './format';
import type { FileConditionalFormat, FileListValidation, FileNumberValidation, FileStyle } from '../xlsx/xlsx-sheet-write';

/**
 * What Excel keeps on cells beside their values and the workbench honours: list and number
 * validations, conditional formats and styles, and how a rule written for the first cell of its
 * range applies to another cell of it (relative references move, as in Excel).
 */

/** The cell rules as a file keeps them (src/xlsx), each on its sheet. */
export interface ListValidation extends FileListValidation {
  sheet: string;
}

export interface NumberValidation extends FileNumberValidation {
  sheet: string;
}

export type Validation = ListValidation | NumberValidation;

/** A rule: the formula, relative to the range's first cell, is true → the cell gets the fill. */
export interface ConditionalFormat extends FileConditionalFormat {
  sheet: string;
}

export type CellStyle = FileStyle;

export interface StyledRange {
  sheet: string;
  range: CellRange;
  style: CellStyle;
}

/** Evaluates a formula in the rule's sheet. */
export type Evaluate = (formula: string) => CellValue | CellValue[][];

/** The rule's formula as it reads at a cell of its range. */
function formulaAt(formula: string, range: CellRange, row: number, col: number): string {
  return shiftFormula(formula, row - range.startRow, col - range.startCol);
}

/** Why an input breaks the validation at (row, col), or null when it is allowed. Blank is always allowed. */
export function validationProblem(validation: Validation, row: number, col: number, input: string, evaluate: Evaluate): string | null {
  if (input === '') return null;
  const value = input.startsWith('=') ? evaluate(input) : input;
  if (Array.isArray(value)) return validation.errorMessage || 'This value does not match the data validation of the cell.';
  const text = valueText(value).trim();
  if (validation.kind === 'list') {
    const values = listValues(validation, evaluate);
    return values.includes(text) ? null : validation.errorMessage || `Choose one of: ${values.join(', ')}.`;
  }
  // Typed "30%" is the number 0.3, as Excel reads it.
  const percent = /^([-+]?\d+(?:\.\d+)?)\s*%$/u.exec(text);
  const number = typeof value === 'number' ? value : percent ? Number(percent[1]) / 100 : Number(text);
  // A bound that is not a number (an error: what it depends on is blank) lets nothing in, as in Excel; a blank bound is 0.
  const maxValue = typeof validation.max === 'number' ? validation.max : evaluate(formulaAt(validation.max.formula, validation.range, row, col));
  const max = maxValue === null ? 0 : typeof maxValue === 'number' ? maxValue : Number.NaN;
  const fits = text !== '' && Number.isFinite(number) && number >= validation.min && number <= max && (!validation.wholeNumber || Number.isInteger(number));
  return fits ? null : validation.errorMessage || `Enter a number from ${validation.min} to ${Number.isNaN(max) ? '…' : max}.`;
}

/** A list's values now: those of its source cells when it has them (as Excel reads them), else its own. */
export function listValues(validation: ListValidation, evaluate: Evaluate): string[] {
  if (!validation.source) return validation.values;
  const cells = evaluate(`=${validation.source.replace(/^=/, '')}`);
  // A source the engine cannot read keeps the values read with the file.
  if (!Array.isArray(cells)) return typeof cells === 'string' || typeof cells === 'number' ? [valueText(cells)] : validation.values;
  return cells.flat().map(valueText).map((v) => v.trim()).filter((v) => v !== '');
}

/** True when the conditional format's rule holds at (row, col). */
export function formatHolds(format: ConditionalFormat, row: number, col: number, evaluate: Evaluate): boolean {
  const result = evaluate(formulaAt(format.formula, format.range, row, col));
  return result === true || (typeof result === 'number' && result !== 0);
}
