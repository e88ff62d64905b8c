import { Tooltip } from '@fluentui/react-components';
import type { ReactElement } from 'react';

/** A move button's tooltip (its name and shortcut). Its own chunk: see RatingNavigation. */
export function MoveTooltip({ content, children }: { content: string; children: ReactElement }) {
  return (
    <Tooltip content={content} relationship="description" withArrow>
      {children}
    </Tooltip>
  );
}
