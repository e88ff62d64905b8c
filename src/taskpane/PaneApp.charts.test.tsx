/** @jest-environment jsdom */
import { act, screen, waitFor } from '@testing-library/react';
import { ctAmWorkbook, renderPane } from '../../test/helpers/pane-render';
import { PaneWorkbook } from '../../test/helpers/pane-workbook';

describe('the profile charts follow the selected row', () => {
  it('puts the selected person into the charts’ person cell of the built Assessment sheet once the selection rests', async () => {
    const ops = new PaneWorkbook({
      tables: [{ name: 'CompetencyAssessment', sheet: '评估', top: 8, headers: ['姓名', '岗位', '抗挫能力', '成就导向'], rows: [['张三', '客户经理', '', ''], ['李四', '客户经理', '中级', '']] }],
      selection: { table: 'CompetencyAssessment', row: 0, column: 2 },
    });
    renderPane(ops);
    await screen.findByText(/姓名: 张三/);
    act(() => ops.select({ table: 'CompetencyAssessment', row: 1, column: 2 }));
    await screen.findByText(/姓名: 李四/);
    // 张三 may have been shown first, had the first selection rested long enough.
    await waitFor(() => expect(ops.calls.showPersonInCharts.at(-1)).toEqual({ cell: { sheet: '评估', address: 'B3' }, person: '李四' }), { timeout: 2000 });
    expect(ops.calls.showPersonInCharts.every((c) => ['张三', '李四'].includes(c.person))).toBe(true);
    expect(ops.workbook.text('评估', 2, 1)).toBe('李四');
  });

  it('leaves HR’s own tables alone', async () => {
    const { ops } = renderPane(ctAmWorkbook());
    await screen.findByText(/姓名: 张三/);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(ops.calls.showPersonInCharts).toEqual([]);
  });
});
