import type { Said } from '../core/message';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnMapping } from '../core/rating/assessment';
import type { LevelModel } from '../core/model/types';
import type { SelectionContext, WorkbookOperations } from '../host/workbook-operations';
import { errorMessage } from './pane-context';

export interface FollowedSelection {
  /** null while the first read is under way, or when no level model is chosen. */
  context: SelectionContext | null;
  error: Said | string | null;
  /** Reads the selection again (after a write, a move or a mapping change). */
  refresh(): Promise<void>;
}

/**
 * Follows Excel's selection: reads it on start, whenever it changes and whenever the model or the
 * mappings change. A read that a newer one overtook is dropped, so a fast run of selection
 * changes ends on the last cell.
 */
export function useSelection(
  ops: WorkbookOperations,
  model: LevelModel | null,
  mappings: Record<string, ColumnMapping> | null,
  onSelectionEvent: () => void,
): FollowedSelection {
  const [state, setState] = useState<{ context: SelectionContext | null; error: Said | string | null }>({ context: null, error: null });
  const inputs = useRef({ model, mappings });
  const onEvent = useRef(onSelectionEvent);
  onEvent.current = onSelectionEvent;
  const sequence = useRef(0);

  const refresh = useCallback(async () => {
    const { model: current, mappings: currentMappings } = inputs.current;
    const id = ++sequence.current;
    if (!current || !currentMappings) {
      setState({ context: null, error: null });
      return;
    }
    try {
      const context = await ops.readSelection(current, currentMappings);
      if (id === sequence.current) setState({ context, error: null });
    } catch (error) {
      if (id === sequence.current) setState((previous) => ({ context: previous.context, error: errorMessage(error) }));
    }
  }, [ops]);

  useEffect(() => {
    inputs.current = { model, mappings };
    void refresh();
  }, [model, mappings, refresh]);

  useEffect(() => {
    let live = true;
    let unsubscribe: (() => void) | undefined;
    ops
      .onSelectionChanged(() => {
        onEvent.current();
        void refresh();
      })
      .then(
        (stop) => {
          if (live) unsubscribe = stop;
          else stop();
        },
        (error: unknown) => live && setState((previous) => ({ ...previous, error: errorMessage(error) })),
      );
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, [ops, refresh]);

  return { ...state, refresh };
}
