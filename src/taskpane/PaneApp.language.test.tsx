/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { ctAmWorkbook, renderPane } from '../../test/helpers/pane-render';

describe('language', () => {
  it('shows Chinese texts, switches to English and back, model texts included', async () => {
    const { user } = renderPane(ctAmWorkbook());
    expect(await screen.findByRole('heading', { level: 2, name: '抗挫能力' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: '能力素质测评' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '级别与行为' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '逆境中,会缺乏创意,有点逃避挑战,但不久会恢复。' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'en-US');
    expect(screen.getByRole('heading', { level: 1, name: 'Competency' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Resilience' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Levels and behaviours' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Intermediate' })).toBeInTheDocument();
    expect(screen.getByText('Tick the behaviours you observed: the pane shows the level they support.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en-US');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'zh-CN');
    expect(screen.getByRole('heading', { level: 2, name: '抗挫能力' })).toBeInTheDocument();
  });

  it("names the model's source and its seed document in the pane's language", async () => {
    const { user } = renderPane(ctAmWorkbook());
    await screen.findByRole('heading', { level: 2, name: '抗挫能力' });
    expect(screen.getByText(/中国电信政企客户部《客户经理》能力素质模型（种子文档 003）$/)).toBeInTheDocument();
    expect(screen.queryByText(/seed/)).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'en-US');
    expect(screen.getByText(/China Telecom, Government and Enterprise Customer Department: account manager \(《客户经理》\) competency model \(seed 003\)$/)).toBeInTheDocument();
    expect(screen.queryByText(/中国电信政企客户部/)).toBeNull();
  });

  it('starts in the language it is given (Office display language)', async () => {
    renderPane(ctAmWorkbook({ outside: 'B2' }), { initialLocale: 'en-US' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Select a rating cell' })).toBeInTheDocument();
    expect(screen.getByText('Assessment tables in this workbook: Assessment.')).toBeInTheDocument();
  });

  it('keeps the ticks when the language changes', async () => {
    const { user } = renderPane(ctAmWorkbook());
    await screen.findByRole('heading', { level: 2, name: '抗挫能力' });
    await user.click(screen.getByRole('checkbox', { name: '逆境中,会缺乏创意,有点逃避挑战,但不久会恢复。' }));
    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'en-US');
    expect(screen.getByRole('checkbox', { name: /^In adversity, lacks ideas/ })).toBeChecked();
  });
});
