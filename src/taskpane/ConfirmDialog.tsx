import { useEffect } from 'react';
import type { ConfirmDialogProps } from './ConfirmDialogView';
import { lazyModule } from './lazy-part';

/** Fluent's Dialog (and its motion) is a chunk of its own: the pane's first render never opens one. */
const dialogModule = lazyModule(() => import(/* webpackChunkName: "confirm-dialog" */ './ConfirmDialogView'));
const LazyConfirmDialog = dialogModule.part((module) => module.ConfirmDialogView);

/**
 * A yes/no question that must be answered before anything is replaced; Escape and Cancel say no.
 * Mounting it (closed) starts loading the dialog, so it is there by the time it is asked to open;
 * if it is not yet, it opens as soon as it is.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open } = props;
  useEffect(() => {
    // A failed load is tried again the next time the dialog is to open.
    if (open) void dialogModule.preload().catch(() => undefined);
  }, [open]);
  return <LazyConfirmDialog {...props} />;
}
