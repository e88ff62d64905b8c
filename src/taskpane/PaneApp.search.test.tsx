/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { ctAmWorkbook, renderPane } from '../../test/helpers/pane-render';

describe('searching the descriptors', () => {
  it('searches both languages and shows where each competency matched', async () => {
    const { user } = renderPane(ctAmWorkbook());
    await screen.findByRole('heading', { level: 2, name: '抗挫能力' });
    const search = screen.getByRole('searchbox', { name: '搜索名称、定义、级别和行为(中文或英文)' });

    await user.type(search, '逆境');
    expect(await screen.findByRole('button', { name: '查看 抗挫能力' })).toBeInTheDocument();
    expect(screen.getByText(/^\d+ 条结果$/)).toBeInTheDocument();
    const item = screen.getByRole('button', { name: '查看 抗挫能力' }).closest('li')!;
    expect(item).toHaveTextContent('行为 · 初级: 逆境中,会缺乏创意');
    expect(within(item).getAllByText('逆境', { selector: 'mark' }).length).toBeGreaterThan(0);

    await user.clear(search);
    await user.type(search, 'SETBACKS squarely');
    expect(await screen.findByRole('button', { name: '查看 抗挫能力' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '查看 抗挫能力' }).closest('li')).toHaveTextContent('Faces setbacks squarely');

    await user.clear(search);
    await user.type(search, 'no such behaviour anywhere');
    expect(await screen.findByText('模型中没有匹配的内容。')).toBeInTheDocument();
  });

  it("jumps to a competency the table rates: selects its cell in the current row", async () => {
    const { user, ops } = renderPane(ctAmWorkbook({ table: 'Assessment', row: 1, column: 3 }));
    await screen.findByRole('heading', { level: 2, name: '成就导向' });
    await user.type(screen.getByRole('searchbox'), '抗挫');
    await user.click(await screen.findByRole('button', { name: '查看 抗挫能力' }));
    expect(ops.calls.selectTableCell).toEqual([{ table: 'Assessment', rowIndex: 1, columnIndex: 2 }]);
    const heading = await screen.findByRole('heading', { level: 2, name: '抗挫能力' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(0);
  });

  it('shows a competency the table has no column for, for reading, and goes back', async () => {
    const { user, ops } = renderPane(ctAmWorkbook());
    await screen.findByRole('heading', { level: 2, name: '抗挫能力' });
    await user.type(screen.getByRole('searchbox'), '书面表达');
    await user.click(await screen.findByRole('button', { name: '查看 书面表达能力' }));
    expect(await screen.findByRole('heading', { level: 2, name: '书面表达能力' })).toBeInTheDocument();
    expect(screen.getByText('表 Assessment 中没有此能力素质项的列:仅供查看。')).toBeInTheDocument();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getAllByText('源文件缺失:模型中没有此级别的行为描述。')).toHaveLength(2);
    expect(ops.calls.selectTableCell).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: '返回所选单元格' }));
    expect(await screen.findByRole('heading', { level: 2, name: '抗挫能力' })).toBeInTheDocument();
  });

  it('shows a competency for reading outside a table', async () => {
    const { user } = renderPane(ctAmWorkbook({ outside: 'K3' }));
    await screen.findByRole('heading', { name: '请选中评级单元格' });
    await user.type(screen.getByRole('searchbox'), 'Resilience');
    await user.click(await screen.findByRole('button', { name: '查看 抗挫能力' }));
    expect(await screen.findByRole('heading', { level: 2, name: '抗挫能力' })).toBeInTheDocument();
    expect(screen.getByText('仅供查看。选中评级单元格即可评级。')).toBeInTheDocument();
  });
});
