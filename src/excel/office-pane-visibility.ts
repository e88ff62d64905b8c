/**
 * Whether the task pane is shown. In the shared runtime the page keeps running after the pane is
 * closed, on the thread the custom functions use, so the add-in stops following the selection
 * while it is hidden (Office.addin.onVisibilityModeChanged, SharedRuntime 1.1).
 */

export interface PaneVisibility {
  visible(): boolean;
  /** Stops listening. */
  stop(): Promise<void>;
}

/** Listens for the pane being hidden and shown; `onShown` runs each time it is shown again. Without the API the pane counts as always visible. */
export async function followPaneVisibility(onShown: () => void): Promise<PaneVisibility> {
  let visible = true;
  const addin = typeof Office !== 'undefined' ? (Office as { addin?: Partial<Pick<typeof Office.addin, 'onVisibilityModeChanged'>> }).addin : undefined;
  if (!addin?.onVisibilityModeChanged) return { visible: () => true, stop: async () => undefined };
  const remove = await addin.onVisibilityModeChanged((args) => {
    const now = args.visibilityMode !== 'Hidden';
    const shown = now && !visible;
    visible = now;
    if (shown) onShown();
  });
  return { visible: () => visible, stop: () => remove() };
}
