import { needsTextMarker } from './labels';
import type { PlanListValidation, WorkbookPlan } from './plan';

/**
 * Where each list validation of a plan takes its values from, for both hosts: an inline list
 * ("初级,中级,高级") where every value is safe in one, otherwise a column of text cells on a hidden
 * sheet. An inline source is a formula to Excel when it starts with "=", splits at every comma and
 * holds at most 255 characters, so a level label such as "=HYPERLINK(…)" or "A, B" goes to a range.
 */

/** Hidden sheet holding the lists that cannot be inline. */
export const LIST_SHEET = 'CompetencyLists';
/** Excel's limit for an inline list source ("a,b,c"). */
export const INLINE_LIST_LIMIT = 255;

export type ListSource =
  | { kind: 'inline'; list: string }
  /** Rows 1..rows of a 0-based column of LIST_SHEET, holding the values as text. */
  | { kind: 'range'; column: number; rows: number };

/** The inline list of these values, or null when one of them would not survive in one. */
export function inlineList(values: readonly string[]): string | null {
  const safe = values.every((v) => v !== '' && v === v.trim() && !v.includes(',') && !v.includes('"') && !needsTextMarker(v));
  const list = values.join(',');
  return safe && list.length <= INLINE_LIST_LIMIT ? list : null;
}

export interface PlacedListSources {
  /** The source of each validation, by identity. */
  sourceOf(validation: PlanListValidation): ListSource;
  /** The LIST_SHEET columns (each written once, however many validations share it); empty when none is needed. */
  columns: string[][];
}

export function placeListSources(plan: WorkbookPlan): PlacedListSources {
  const columns: string[][] = [];
  const sources = new Map<PlanListValidation, ListSource>();
  for (const validation of plan.sheets.flatMap((s) => s.listValidations)) {
    const list = inlineList(validation.values);
    if (list !== null) {
      sources.set(validation, { kind: 'inline', list });
      continue;
    }
    const key = JSON.stringify(validation.values);
    let column = columns.findIndex((c) => JSON.stringify(c) === key);
    if (column < 0) column = columns.push([...validation.values]) - 1;
    sources.set(validation, { kind: 'range', column, rows: Math.max(1, validation.values.length) });
  }
  return {
    columns,
    sourceOf(validation) {
      const source = sources.get(validation);
      if (!source) throw new Error(`the list validation of "${validation.header}" is not in the plan`);
      return source;
    },
  };
}
