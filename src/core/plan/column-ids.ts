import { trimmedCellText as cellText } from '../cell-text';
import type { LocalText, Locale } from '../model/types';
import { localize, textMatches } from '../text';
import type { PlanCell } from './plan';

/**
 * Which Assessment column rates which competency, recorded in the workbook itself: a two-column
 * block under the level table to the right of the Assessment table (header row "评估列 |
 * 能力素质项编号", then one row per rating column: its header and the competency id). A model
 * update matches columns by this id, so a competency renamed in the model keeps its column and
 * its ratings even though the header no longer names it. It lives in the sheet rather than in the
 * settings so that a copy of the workbook, or a workbook whose settings were lost, still knows.
 */

export const COLUMN_ID_HEADERS: readonly [LocalText, LocalText] = [
  { zh: '评估列', en: 'Assessment column' },
  { zh: '能力素质项编号', en: 'Competency id' },
];

/** The block's header row (0-based) on the level Assessment sheet: one blank row under the level table. */
export function columnIdBlockRow(levelCount: number): number {
  return levelCount + 2;
}

/** The block's cells: the header row, then header | competency id per rating column. */
export function columnIdBlock(columns: readonly { header: string; competencyId: string }[], locale: Locale): PlanCell[][] {
  return [COLUMN_ID_HEADERS.map((h) => localize(h, locale)), ...columns.map((c): PlanCell[] => [{ text: c.header }, { text: c.competencyId }])];
}

/**
 * Where a host reads the record, relative to the Assessment table: from the sheet's first row, the
 * columns just right of the table (a few more, in case HR widened the table by hand), deep enough
 * for any scale and one row per table column.
 */
export function columnIdReadWindow(table: { left: number; columns: number }): { row: number; column: number; rows: number; columns: number } {
  return { row: 0, column: table.left + table.columns, rows: 32 + table.columns, columns: 8 };
}

/** Header text -> competency id from the cells of the read window; empty when there is no record (a workbook built before it). */
export function readColumnIds(cells: readonly (readonly unknown[])[] | null): Map<string, string> {
  const ids = new Map<string, string>();
  if (!cells) return ids;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    for (let c = 0; c + 1 < row.length; c++) {
      if (!textMatches(COLUMN_ID_HEADERS[0], cellText(row[c])) || !textMatches(COLUMN_ID_HEADERS[1], cellText(row[c + 1]))) continue;
      for (let below = r + 1; below < cells.length; below++) {
        const header = cellText(cells[below][c]);
        const id = cellText(cells[below][c + 1]);
        if (header === '' || id === '') break;
        if (!ids.has(header)) ids.set(header, id);
      }
      return ids;
    }
  }
  return ids;
}
