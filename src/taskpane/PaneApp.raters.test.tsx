/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { RATINGS_COLUMNS } from '../core/plan/ratings';
import { createWorkbenchRaters } from '../workbench/workbench-raters';
import { valueText } from '../workbench/format';
import { PaneWorkbook } from '../../test/helpers/pane-workbook';
import { dialogButton, findDialog, renderPane } from '../../test/helpers/pane-render';
import { memoryStore } from '../../test/host-cases/rater-cases';

/**
 * Rating as one of several raters in the pane, over a real workbench workbook: the identity is
 * asked once and kept per user, a rating becomes the rater's row of the Ratings table (asked
 * before replacing it), and the selected cell shows the spread per role without naming raters of
 * a role below its minimum.
 */

const HEADERS = RATINGS_COLUMNS.map((c) => c.header);
const rated = (rater: string, role: string, level: string) => ['E1', '成就导向', rater, role, level, '', '2026-11-20T00:00:00.000Z', 'a.xlsx'];

function workbook() {
  const ops = new PaneWorkbook({
    tables: [
      { name: 'Assessment', sheet: '评估', headers: ['人员编号', '姓名', '岗位', '抗挫能力', '成就导向'], rows: [['E1', '张三', '客户经理', '', ''], ['E2', '李四', '客户经理', '', '']] },
      {
        name: 'Ratings',
        sheet: '评价记录',
        headers: HEADERS,
        rows: [rated('E1', '自评', '高级'), rated('M1', '上级', '中级'), rated('P1', '同事', '中级'), rated('P2', '同事', '初级'), rated('P3', '同事', '高级'), rated('R1', '下属', '初级')],
      },
      { name: 'RaterRoles', sheet: '轮次', headers: ['Role', 'Weight', 'Minimum'], rows: [['自评', '0.1', '1'], ['上级', '0.5', '1'], ['同事', '0.2', '3'], ['下属', '0.2', '3'], ['其他', '0', '3']] },
    ],
    selection: { table: 'Assessment', row: 0, column: 4 },
    settings: { modelId: 'ct-am', mappings: {} },
  });
  return ops;
}

const ratingsRows = (ops: PaneWorkbook) => ops.workbook.tableRows('Ratings').map((row) => row.map(valueText));

describe('rating as one of several raters', () => {
  it('asks who the rater is once, writes the rating as their row of the Ratings table and shows the spread per role', async () => {
    const ops = workbook();
    const store = memoryStore();
    const raterOps = createWorkbenchRaters(ops.workbook, { store, now: () => new Date('2026-12-02T08:00:00.000Z') });
    const { user, unmount } = renderPane(ops, { raterOps, initialLocale: 'en-US' });

    expect(await screen.findByRole('heading', { name: 'Who you are as a rater' }, { timeout: 20000 })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Rater key/ }), 'P4');
    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Wang Wu');
    await user.selectOptions(screen.getByRole('combobox', { name: /Your role/ }), 'peer');
    await user.click(screen.getByRole('button', { name: 'Save and start rating' }));

    expect(await screen.findByText('You rate as Wang Wu (Peers); ratings go to the Ratings table')).toBeInTheDocument();
    expect(ops.workbook.settings.get('competency.settings') ?? '').not.toContain('P4');
    const spread = screen.getByTestId('role-spread');
    // Self beside the others; three peers named; one report below its minimum of 3 is neither shown nor named.
    expect(within(spread).getByRole('heading', { name: 'Self' })).toBeInTheDocument();
    expect(within(spread).getByRole('heading', { name: 'Others' })).toBeInTheDocument();
    expect(within(spread).getByText('raters: P1, P2, P3')).toBeInTheDocument();
    expect(within(spread).getByText('too few raters: neither shown nor combined')).toBeInTheDocument();
    expect(spread.textContent).not.toContain('R1');

    await user.selectOptions(screen.getByRole('combobox', { name: /Level to write/ }), screen.getByRole('option', { name: 'Senior' }));
    await user.click(screen.getByRole('button', { name: 'Record Senior as your rating (Ratings table)' }));
    await waitFor(() => expect(ratingsRows(ops)).toHaveLength(7));
    expect(ratingsRows(ops)[6]).toEqual(['E1', '成就导向', 'P4', '同事', '高级', '', '2026-12-02T08:00:00.000Z', 'pane']);
    // The Assessment cell is the combined block's to show, not the rater's to overwrite.
    expect(ops.workbook.tableRows('Assessment')[0][4] ?? '').toBe('');
    expect(await screen.findByText('raters: P1, P2, P3, P4')).toBeInTheDocument();
    expect(screen.getByText('Your rating: 高级')).toBeInTheDocument();

    // Rating again asks before replacing the rater's own row; no second row.
    await user.selectOptions(screen.getByRole('combobox', { name: /Level to write/ }), screen.getByRole('option', { name: 'Intermediate' }));
    await user.click(screen.getByRole('button', { name: 'Record Intermediate as your rating (Ratings table)' }));
    const dialog = await findDialog('Replace 高级 with 中级?');
    await user.click(dialogButton(dialog, 'Replace'));
    await waitFor(() => expect(ratingsRows(ops)[6][4]).toBe('中级'));
    expect(ratingsRows(ops)).toHaveLength(7);
    unmount();

    // The same user opening the pane again is not asked again.
    renderPane(ops, { raterOps: createWorkbenchRaters(ops.workbook, { store }), initialLocale: 'zh-CN' });
    expect(await screen.findByText('您以 Wang Wu(同事)的身份评价;评价写入评价记录表', {}, { timeout: 20000 })).toBeInTheDocument();
    expect(screen.getByText('各角色的评价')).toBeInTheDocument();
    expect(screen.getByText('不显示人数不足的角色中的评价人')).toBeInTheDocument();
  });

  it('in a workbook without a Ratings table the pane rates the cell as before and asks nobody who they are', async () => {
    const ops = new PaneWorkbook({
      tables: [{ name: 'Assessment', sheet: '评估', headers: ['人员编号', '姓名', '岗位', '抗挫能力', '成就导向'], rows: [['E1', '张三', '客户经理', '', '']] }],
      selection: { table: 'Assessment', row: 0, column: 4 },
      settings: { modelId: 'ct-am', mappings: {} },
    });
    renderPane(ops, { raterOps: createWorkbenchRaters(ops.workbook, { store: memoryStore() }), initialLocale: 'en-US' });
    expect(await screen.findByRole('button', { name: 'Choose a level to write' }, { timeout: 20000 })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Who you are as a rater' })).toBeNull();
  });

  it('with the empty Ratings table every build has, the pane rates the cell until the user chooses to rate as one of several raters', async () => {
    const ops = new PaneWorkbook({
      tables: [
        { name: 'Assessment', sheet: '评估', headers: ['人员编号', '姓名', '岗位', '抗挫能力', '成就导向'], rows: [['E1', '张三', '客户经理', '', '']] },
        { name: 'Ratings', sheet: '评价记录', headers: HEADERS, rows: [] },
      ],
      selection: { table: 'Assessment', row: 0, column: 4 },
      settings: { modelId: 'ct-am', mappings: {} },
    });
    const { user } = renderPane(ops, { raterOps: createWorkbenchRaters(ops.workbook, { store: memoryStore() }), initialLocale: 'en-US' });
    expect(await screen.findByRole('button', { name: 'Choose a level to write' }, { timeout: 20000 })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Who you are as a rater' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Rate as one of several raters…' }));
    expect(await screen.findByRole('heading', { name: 'Who you are as a rater' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('button', { name: 'Choose a level to write' })).toBeInTheDocument();
  });

  it('once the round has begun, a user who is not one of the raters may still write the assessment cell', async () => {
    const ops = workbook();
    const { user } = renderPane(ops, { raterOps: createWorkbenchRaters(ops.workbook, { store: memoryStore() }), initialLocale: 'en-US' });
    expect(await screen.findByRole('heading', { name: 'Who you are as a rater' }, { timeout: 20000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Not one of several raters: write the assessment cell' }));
    expect(await screen.findByRole('button', { name: 'Choose a level to write' })).toBeInTheDocument();
  });
});
