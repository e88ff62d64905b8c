/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { axe, toHaveNoViolations } from 'jest-axe';
import { FakeAssessmentOperations } from '../../test/helpers/pane-fakes';
import { ctAmWorkbook, renderPane } from '../../test/helpers/pane-render';

expect.extend(toHaveNoViolations);

describe('accessibility (axe)', () => {
  it('has no violations while rating, with ticks, a gap and a message', async () => {
    const { user, container } = renderPane(ctAmWorkbook());
    await screen.findByRole('heading', { level: 2, name: '抗挫能力' });
    const [l1, , l3] = ['初级', '中级', '高级'].map((level) => within(screen.getByRole('group', { name: level })).getAllByRole('checkbox'));
    for (const checkbox of [...l1, l3[0]]) await user.click(checkbox);
    expect(screen.getByText(/不计入/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^将「初级」写入/ }));
    expect(screen.getByText(/请输入您的姓名/)).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('has no violations outside a table, with the workbook actions', async () => {
    const { container } = renderPane(ctAmWorkbook({ outside: 'K3' }), { assessmentOps: new FakeAssessmentOperations(), exportDeck: async () => new Uint8Array(), initialLocale: 'en-US' });
    await screen.findByRole('heading', { level: 2, name: 'Select a rating cell' });
    expect(await axe(container)).toHaveNoViolations();
  });

  it('has no violations for a points model and for a table to map', async () => {
    const points = renderPane(ctAmWorkbook(undefined, { modelId: 'hw-sm', mappings: {} }));
    await screen.findByText(/这是积分制模型/);
    expect(await axe(points.container)).toHaveNoViolations();
    points.unmount();

    const mapping = renderPane(ctAmWorkbook(undefined, { modelId: 'cm-gcam', mappings: {} }));
    await screen.findByRole('button', { name: '保存对应关系' });
    expect(await axe(mapping.container)).toHaveNoViolations();
  });
});
