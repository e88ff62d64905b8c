import { cellA1, quoteSheetName } from '../a1';
import type { Locale } from '../model/types';
import { auditCells, type RecordCell } from '../rating/records';
import { collectionChange, type CollectedFile } from './collect';

/** What both hosts share when they collect a round's files, beside what core decides in collect.ts. */

/** Where a collection's rows go: the first sheet row they fill (0-based) and the Ratings table's columns. */
export interface CollectionPlace {
  sheet: string;
  firstRow: number;
  firstColumn: number;
  width: number;
}

/** The Audit rows of a collection, one per file taken in order, each naming the Ratings rows its ratings were appended to. */
export function collectionAuditRows(taken: readonly CollectedFile[], place: CollectionPlace, modelTag: string, time: string, locale: Locale): RecordCell[][] {
  let next = place.firstRow;
  return taken.map((file) => {
    const first = next;
    next += file.rows.length;
    const cell = `${quoteSheetName(place.sheet)}!${cellA1(first, place.firstColumn)}:${cellA1(next - 1, place.firstColumn + place.width - 1)}`;
    return auditCells(collectionChange(file, cell, modelTag, time, locale), locale);
  });
}
