/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { renderPane } from '../../test/helpers/pane-render';
import { PaneWorkbook, ctAmTable } from '../../test/helpers/pane-workbook';
import { LAST_GOOD_SETTINGS_KEY, SETTINGS_KEY } from '../core/settings';

/** What the pane says about settings it could not fully use (the hosts' reads: test/helpers/settings-cases.ts). */
function workbookWith(items: Record<string, string>) {
  return new PaneWorkbook({ tables: [ctAmTable()], selection: { outside: 'H20' }, storedSettings: items });
}

const good = { modelId: 'ct-am', mappings: { Assessment: { 备注: null } }, assessor: '赵六' };

describe('settings the pane could not fully use', () => {
  it('says in Chinese and in English that damaged settings were replaced by the last good copy, until dismissed', async () => {
    const ops = workbookWith({ [SETTINGS_KEY]: JSON.stringify(good).slice(0, 30), [LAST_GOOD_SETTINGS_KEY]: JSON.stringify(good) });
    const { user } = renderPane(ops);
    expect(await screen.findByText('本工作簿的部分设置无法使用(其他内容均未丢失):')).toBeInTheDocument();
    expect(screen.getByText(/存储的设置已损坏\(无法读取\):已改用上一份完好的副本/)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'en-US');
    expect(screen.getByText(/The stored settings are damaged \(not readable\): the last good copy is used/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/The stored settings are damaged/)).not.toBeInTheDocument();
  });

  it('names each field it ignored and the fields a newer version wrote', async () => {
    const ops = workbookWith({ [SETTINGS_KEY]: JSON.stringify({ ...good, assessor: 7, mappings: { Assessment: { 备注: 3 } }, reviewCycle: '2027' }) });
    renderPane(ops, { initialLocale: 'en-US' });
    expect(await screen.findByText("The assessor's name is not valid: the default is used.")).toBeInTheDocument();
    expect(screen.getByText('Column mappings left out (not a competency id): Assessment / 备注.')).toBeInTheDocument();
    expect(screen.getByText('Settings written by a newer version, kept as they are: reviewCycle.')).toBeInTheDocument();
  });

  it('says nothing when the settings read cleanly', async () => {
    renderPane(workbookWith({ [SETTINGS_KEY]: JSON.stringify(good) }), { initialLocale: 'en-US' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Select a rating cell' })).toBeInTheDocument();
    expect(screen.queryByText(/settings could not be used/)).not.toBeInTheDocument();
  });
});
