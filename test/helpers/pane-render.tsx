import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WorkbookSettings } from '../../src/host/workbook-operations';
import { PaneApp, type PaneAppProps } from '../../src/taskpane/PaneApp';
import { preloadDeferredParts } from '../../src/taskpane/deferred-parts';
import { PaneWorkbook, ctAmTable, type PaneSelection } from './pane-workbook';

// A whole Fluent pane renders slowly in jsdom when jest runs several files at once.
configure({ asyncUtilTimeout: 4000 });

// The parts below the view's first screen load as it mounts (their own chunks): here they are loaded before the
// tests, which use them at once (PaneApp.start.test covers the pane before they arrive).
beforeAll(() => preloadDeferredParts());

/** Renders the pane over a workbench workbook (Chinese unless told otherwise) with a user-event session. */
export function renderPane(ops: PaneWorkbook, props: Partial<PaneAppProps> = {}) {
  const user = userEvent.setup();
  const view = render(<PaneApp ops={ops} initialLocale="zh-CN" {...props} />);
  return { user, ops, ...view };
}

/** The ct-am assessment table with the selection on 张三's 抗挫能力 cell unless told otherwise. */
export function ctAmWorkbook(selection: PaneSelection = { table: 'Assessment', row: 0, column: 2 }, settings: WorkbookSettings | null = null): PaneWorkbook {
  return new PaneWorkbook({ tables: [ctAmTable()], selection, settings });
}

// Fluent's focus manager (tabster) finishes with timers after an unmount; in jsdom its stale state
// would mark the next test's dialog aria-hidden. Unmount, then let those timers run.
afterEach(async () => {
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 20));
});

/**
 * The open confirmation dialog with this title, and its buttons. In jsdom, Fluent's focus manager
 * may not see the focus land in a newly opened dialog (its DOM observer and the dialog's focus
 * race), so it can leave the dialog marked aria-hidden, which a browser does not; an aria-hidden
 * element has no accessible name, so the dialog is found by its role and its title's text.
 */
export async function findDialog(title: string): Promise<HTMLElement> {
  return waitFor(() => {
    const dialog = screen
      .getAllByRole('alertdialog', { hidden: true })
      .find((candidate) => document.getElementById(candidate.getAttribute('aria-labelledby') ?? '')?.textContent === title);
    if (!dialog) throw new Error(`no dialog titled "${title}" is open`);
    return dialog;
  });
}

export function dialogButton(dialog: HTMLElement, name: string): HTMLElement {
  return within(dialog).getByRole('button', { name, hidden: true });
}

export function isDialogOpen(): boolean {
  return screen.queryByRole('alertdialog', { hidden: true }) !== null;
}
