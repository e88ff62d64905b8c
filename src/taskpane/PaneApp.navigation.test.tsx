/** @jest-environment jsdom */
import { act, screen, waitFor } from '@testing-library/react';
import { ctAmWorkbook, renderPane } from '../../test/helpers/pane-render';

const FIRST_L1 = '面对挫折,会感到沮丧,有时会抱怨,工作偶尔会停顿,但不会半途而废。';

describe('moving along the table', () => {
  it('moves to the next and previous competency and person with the buttons', async () => {
    const { user, ops } = renderPane(ctAmWorkbook());
    await screen.findByRole('heading', { level: 2, name: '抗挫能力' });
    // The buttons remount once as their tooltips arrive, moments after the first view: click after that, as a person would.
    await waitFor(() => expect(screen.getByRole('button', { name: '下一个能力素质项' })).toHaveAccessibleDescription(/Alt\+→/));
    expect(screen.getByRole('button', { name: '上一个能力素质项' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: '上一人' })).toHaveAttribute('aria-disabled', 'true');

    await user.click(screen.getByRole('button', { name: '下一个能力素质项' }));
    expect(await screen.findByRole('heading', { level: 2, name: '成就导向' })).toBeInTheDocument();
    expect(ops.calls.selectTableCell).toEqual([{ table: 'Assessment', rowIndex: 0, columnIndex: 3 }]);

    await user.click(screen.getByRole('button', { name: '下一人' }));
    expect(await screen.findByText(/姓名: 李四/)).toBeInTheDocument();
    expect(ops.calls.selectTableCell[1]).toEqual({ table: 'Assessment', rowIndex: 1, columnIndex: 3 });
    expect(screen.getByRole('button', { name: '下一人' })).toHaveAttribute('aria-disabled', 'true');

    await user.click(screen.getByRole('button', { name: '上一个能力素质项' }));
    expect(await screen.findByRole('heading', { level: 2, name: '抗挫能力' })).toBeInTheDocument();
    expect(screen.getByText(/姓名: 李四/)).toBeInTheDocument();
  });

  it('moves with Alt+arrows while a behaviour checkbox has the focus, without ticking it', async () => {
    const { user, ops } = renderPane(ctAmWorkbook());
    await screen.findByRole('heading', { level: 2, name: '抗挫能力' });
    const checkbox = screen.getByRole('checkbox', { name: FIRST_L1 });
    act(() => checkbox.focus());

    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(await screen.findByText(/姓名: 李四/)).toBeInTheDocument();
    expect(ops.calls.selectTableCell).toEqual([{ table: 'Assessment', rowIndex: 1, columnIndex: 2 }]);
    expect(screen.getByRole('checkbox', { name: FIRST_L1 })).not.toBeChecked();

    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(await screen.findByRole('heading', { level: 2, name: '成就导向' })).toBeInTheDocument();
    // The checkbox that had the focus is gone with its competency: the focus goes to the new heading.
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: '成就导向' })).toHaveFocus());

    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(await screen.findByText(/姓名: 张三/)).toBeInTheDocument();
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(await screen.findByRole('heading', { level: 2, name: '抗挫能力' })).toBeInTheDocument();
    expect(ops.calls.selectTableCell.map((c) => [c.rowIndex, c.columnIndex])).toEqual([
      [1, 2],
      [1, 3],
      [0, 3],
      [0, 2],
    ]);
  });

  it('leaves Alt+arrows to text fields and lists, and Space still ticks a behaviour', async () => {
    const { user, ops } = renderPane(ctAmWorkbook());
    await screen.findByRole('heading', { level: 2, name: '抗挫能力' });
    await user.click(screen.getByRole('textbox', { name: '评语(可选)' }));
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    act(() => screen.getByRole('combobox', { name: '写入的级别' }).focus());
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(ops.calls.selectTableCell).toHaveLength(0);

    act(() => screen.getByRole('checkbox', { name: FIRST_L1 }).focus());
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: FIRST_L1 })).toBeChecked();
    expect(ops.calls.selectTableCell).toHaveLength(0);
  });

  it('does not move at the edge of the table', async () => {
    const { user, ops } = renderPane(ctAmWorkbook({ table: 'Assessment', row: 1, column: 4 }));
    await screen.findByRole('heading', { level: 2, name: '沟通倾听能力' });
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(ops.calls.selectTableCell).toHaveLength(0);
  });

  it('documents the shortcuts in the help', async () => {
    renderPane(ctAmWorkbook(), { initialLocale: 'en-US' });
    await screen.findByRole('heading', { level: 2, name: 'Resilience' });
    const help = screen.getByRole('heading', { name: 'Keyboard shortcuts' });
    const section = help.closest('section')!;
    for (const text of ['Alt+→ next competency (same person)', 'Alt+← previous competency', 'Alt+↓ next person (same competency)', 'Alt+↑ previous person'])
      expect(section).toHaveTextContent(text);
    expect(screen.getByRole('button', { name: 'Next person' })).toHaveAttribute('aria-keyshortcuts', 'Alt+ArrowDown');
  });

  it("describes each move button with its shortcut (the tooltips' own chunk loaded)", async () => {
    renderPane(ctAmWorkbook(), { initialLocale: 'en-US' });
    await screen.findByRole('heading', { level: 2, name: 'Resilience' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Next person' })).toHaveAccessibleDescription('Next person (Alt+↓)'));
    expect(screen.getByRole('button', { name: 'Previous competency' })).toHaveAccessibleDescription('Previous competency (Alt+←)');
  });
});
