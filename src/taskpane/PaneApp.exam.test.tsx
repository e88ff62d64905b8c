/** @jest-environment jsdom */
import { act, screen } from '@testing-library/react';
import { dialogButton, findDialog, renderPane } from '../../test/helpers/pane-render';
import { PaneWorkbook } from '../../test/helpers/pane-workbook';

/** HR's table with a knowledge item assessed by exam (ct-am item 9) beside a behaviour competency. */
function examWorkbook(): PaneWorkbook {
  return new PaneWorkbook({
    tables: [{ name: 'Assessment', sheet: '评估', headers: ['姓名', '岗位', '通用基础知识', '抗挫能力'], rows: [['张三', '客户经理', '', ''], ['李四', '客户经理', '74', '']] }],
    selection: { table: 'Assessment', row: 0, column: 2 },
  });
}

const BANDS = '0 分起为初级，60 分起为中级，75 分起为高级，90 分起为资深';

describe('rating a knowledge item assessed by exam', () => {
  it('takes a 0-100 score instead of ticked behaviours, says which level it gives, and writes the score', async () => {
    const { user, ops } = renderPane(examWorkbook());
    expect(await screen.findByRole('heading', { level: 2, name: '通用基础知识' })).toBeInTheDocument();
    expect(screen.getByText(/请填写考试分数,级别由分数得出/)).toBeInTheDocument();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    const score = screen.getByRole('spinbutton', { name: /考试分数/ });
    expect(screen.getAllByText(`分数对应级别:${BANDS}。`).length).toBeGreaterThan(0);

    await user.type(score, '101');
    expect(screen.getByText('分数必须在 0 到 100 之间。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /写入|选择/ })).toBeDisabled();

    await user.clear(score);
    await user.type(score, '82');
    expect(screen.getAllByText(`对应级别:高级(${BANDS})。`).length).toBeGreaterThan(0);
    await user.type(screen.getByRole('textbox', { name: /您的姓名/ }), '王五');
    await user.click(screen.getByRole('button', { name: '将「82(高级)」写入 评估!C2' }));

    expect(await screen.findByText('已为 张三 · 通用基础知识 写入「82(高级)」。')).toBeInTheDocument();
    expect(ops.calls.applyRating[0]).toMatchObject({ level: '高级', score: 82, competency: '通用基础知识', columnIndex: 2 });
    expect(ops.workbook.text('评估', 1, 2)).toBe('82');
  });

  it('starts from the score the cell holds, and asks before replacing it', async () => {
    const { user, ops } = renderPane(examWorkbook());
    await screen.findByRole('heading', { level: 2, name: '通用基础知识' });
    act(() => ops.select({ table: 'Assessment', row: 1, column: 2 }));
    await screen.findByText(/姓名: 李四/);
    const score = screen.getByRole('spinbutton', { name: /考试分数/ });
    expect(score).toHaveValue(74);
    expect(screen.getAllByText(`对应级别:中级(${BANDS})。`).length).toBeGreaterThan(0);

    await user.clear(score);
    await user.type(score, '90');
    await user.type(screen.getByRole('textbox', { name: /您的姓名/ }), '王五');
    await user.click(screen.getByRole('button', { name: '将「90(资深)」写入 评估!C3' }));
    const dialog = await findDialog('将「74」替换为「90(资深)」?');
    await user.click(dialogButton(dialog, '替换'));
    expect(await screen.findByText('已为 李四 · 通用基础知识 写入「90(资深)」。')).toBeInTheDocument();
    expect(ops.workbook.text('评估', 2, 2)).toBe('90');
  });

  it('keeps levels for the behaviour competency beside it', async () => {
    renderPane(
      new PaneWorkbook({
        tables: [{ name: 'Assessment', sheet: '评估', headers: ['姓名', '岗位', '通用基础知识', '抗挫能力'], rows: [['张三', '客户经理', '', '']] }],
        selection: { table: 'Assessment', row: 0, column: 3 },
      }),
    );
    expect(await screen.findByRole('heading', { level: 2, name: '抗挫能力' })).toBeInTheDocument();
    expect(screen.queryByRole('spinbutton', { name: /考试分数/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(0);
  });
});
