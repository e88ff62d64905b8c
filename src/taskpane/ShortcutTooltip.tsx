import { useEffect, useState, type ReactElement } from 'react';

/**
 * A button's tooltip, loaded after the first render: Fluent's Tooltip brings the positioning code
 * (floating-ui) that nothing else in the first view needs. Until it is there the button shows
 * without it; its name and shortcut are on the button itself (aria-label, aria-keyshortcuts).
 */
type TooltipModule = typeof import('./tooltip-part');
let loaded: TooltipModule | null = null;
let loading: Promise<TooltipModule> | null = null;

function loadTooltip(): Promise<TooltipModule> {
  loading ??= import(/* webpackChunkName: "tooltip" */ './tooltip-part').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export function ShortcutTooltip({ content, children }: { content: string; children: ReactElement }) {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (module) return;
    let live = true;
    loadTooltip().then(
      (m) => live && setModule(m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [module]);
  if (!module) return children;
  const { Tooltip } = module;
  return (
    <Tooltip content={content} relationship="description" withArrow>
      {children}
    </Tooltip>
  );
}
