import type { ComponentProps } from 'react';
import { ModelPicker } from './ModelPicker';
import { ShortcutHelp } from './ShortcutHelp';

/** Under the pane's view: the model picker (choose, import, export) and the keyboard shortcuts. */
export function PaneFooter(props: ComponentProps<typeof ModelPicker>) {
  return (
    <>
      <ModelPicker {...props} />
      <ShortcutHelp />
    </>
  );
}
