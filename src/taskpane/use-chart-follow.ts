import { useEffect, useRef } from 'react';
import { chartPersonCell } from '../core/plan/chart-person';
import type { LevelModel } from '../core/model/types';
import type { SelectionContext, WorkbookOperations } from '../host/workbook-operations';

/**
 * The profile charts follow the selected row: when the selection moves to another person's
 * rating in the built Assessment table, their name goes into the charts' person cell (core
 * chartPersonCell decides where, the host whether it may write without costing the undo history).
 * A failed follow loses nothing and is tried again on the next move.
 */
/** How long the selection stays on a person before the charts follow. */
export const FOLLOW_AFTER_MS = 400;

export function useChartFollow(ops: WorkbookOperations, model: LevelModel | null, context: SelectionContext | null): void {
  const shown = useRef<string | null>(null);
  const cell = context?.kind === 'rating' && model ? chartPersonCell(context, model) : null;
  const person = context?.kind === 'rating' ? context.person : '';
  const target = cell ? `${cell.sheet}!${cell.address}` : null;
  useEffect(() => {
    const key = `${target}\u0000${person}`;
    if (!cell || shown.current === key) return;
    // Once the selection rests: moving down a column with the arrow keys writes once, not per row.
    const timer = setTimeout(() => {
      shown.current = key;
      ops.showPersonInCharts(cell, person).catch(() => {
        shown.current = null;
      });
    }, FOLLOW_AFTER_MS);
    return () => clearTimeout(timer);
    // `cell` is rebuilt each render; `target` names it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ops, target, person]);
}
