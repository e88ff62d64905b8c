import { cellA1, parseCell } from '../a1';
import type { LevelModel } from '../model/types';
import type { CellRef, RatingCellContext } from '../rating/selection';
import { ASSESSMENT_TABLE } from './labels';
import { levelSheetGeometry } from './level-geometry';

/**
 * The profile charts follow the person whose rating is selected: the cell that chooses their
 * person (B3 of the level Assessment sheet) takes the selected row's name. Only for the add-in's
 * own Assessment table where it was built (header on row 9), so no cell of a sheet HR made is
 * ever written this way; null elsewhere.
 */
export function chartPersonCell(context: RatingCellContext, model: LevelModel): CellRef | null {
  if (context.table !== ASSESSMENT_TABLE || context.person.trim() === '') return null;
  const at = parseCell(context.cell.address.replace(/\$/g, ''));
  const { rows } = levelSheetGeometry(model, 0);
  if (!at || at.row - context.rowIndex - 1 !== rows.header) return null;
  return { sheet: context.cell.sheet, address: cellA1(rows.selected, 1) };
}
