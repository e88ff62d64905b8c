/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { renderPane } from '../../test/helpers/pane-render';
import { PaneWorkbook, type PaneTable } from '../../test/helpers/pane-workbook';

function handMadeTable(): PaneTable {
  return {
    name: 'Table1',
    sheet: 'Q3',
    headers: ['Name', 'Position', 'Resilience', 'Achievemnt', 'Notes'],
    rows: [['Chen', 'Account manager', '', '', 'new hire']],
  };
}

describe('mapping the columns of a hand-made table', () => {
  it('recognizes a hand-made table by its headers and offers to map the columns that do not match', async () => {
    const ops = new PaneWorkbook({ tables: [handMadeTable()], selection: { table: 'Table1', row: 0, column: 3 } });
    const { user } = renderPane(ops, { initialLocale: 'en-US' });
    expect(await screen.findByText('This cell is not a rating cell. Select a cell under a competency column of Table1.')).toBeInTheDocument();
    const achievement = screen.getByRole('combobox', { name: 'Column “Achievemnt”' });
    const notes = screen.getByRole('combobox', { name: 'Column “Notes”' });
    expect(within(achievement).getByRole('option', { name: 'Resilience (rated by another column)' })).toBeDisabled();

    await user.selectOptions(achievement, 'achievement-orientation');
    await user.selectOptions(notes, '__none__');
    await user.click(screen.getByRole('button', { name: 'Save the mapping' }));

    await waitFor(() => expect(ops.settings?.mappings).toEqual({ Table1: { Achievemnt: 'achievement-orientation', Notes: null } }));
    // The same cell now rates a competency.
    expect(await screen.findByRole('heading', { level: 2, name: 'Achievement orientation' })).toBeInTheDocument();
    expect(screen.getByText(/Person: Chen/)).toBeInTheDocument();
  });

  it('uses a saved mapping, and lets it be changed from the rating view', async () => {
    const ops = new PaneWorkbook({
      tables: [handMadeTable()],
      selection: { table: 'Table1', row: 0, column: 2 },
      settings: { modelId: 'ct-am', mappings: { Table1: { Achievemnt: 'achievement-orientation' } } },
    });
    const { user } = renderPane(ops, { initialLocale: 'en-US' });
    await screen.findByRole('heading', { level: 2, name: 'Resilience' });
    await user.click(screen.getByRole('button', { name: 'Next competency' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Achievement orientation' })).toBeInTheDocument();

    expect(screen.getByText('1 column of this table not recognized')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Map columns' }));
    expect(screen.getByRole('combobox', { name: 'Column “Achievemnt”' })).toHaveValue('achievement-orientation');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Column “Notes”' }), '__none__');
    await user.click(screen.getByRole('button', { name: 'Save the mapping' }));
    await waitFor(() => expect(ops.settings?.mappings.Table1).toEqual({ Achievemnt: 'achievement-orientation', Notes: null }));
  });

  it('says when no column of a table names a competency of the model', async () => {
    const ops = new PaneWorkbook({
      tables: [{ name: 'Budget', sheet: 'Money', headers: ['Item', 'Cost'], rows: [['Pens', '3']] }],
      selection: { table: 'Budget', row: 0, column: 1 },
    });
    renderPane(ops);
    expect(await screen.findByText(/表 Budget 中没有以「中国电信政企客户经理能力素质模型」的能力素质项命名的列/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '列“Item”' })).toBeInTheDocument();
  });
});
