/** @jest-environment jsdom */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PaneWorkbook } from '../../test/helpers/pane-workbook';
import { renderPane } from '../../test/helpers/pane-render';
import { chineseWeightsBelow, englishWeightsAbove, type HandMadeSheet } from '../../test/fixtures/hand-made-sheets';
import { TARGETS_TABLE } from '../core/rating/records';
import { createWorkbenchOperations } from '../workbench/workbench-operations';
import { WorkbenchWorkbook } from '../workbench/workbook';
import { PaneApp } from './PaneApp';

/** The pane over the workbench's real operations, on hand-made sheets in plain ranges. */

function workbookWith(sheet: HandMadeSheet, values = sheet.values): WorkbenchWorkbook {
  const workbook = new WorkbenchWorkbook({ empty: true });
  workbook.addSheet(sheet.sheet);
  workbook.setValues(sheet.sheet, 0, 0, values);
  return workbook;
}

function renderOver(workbook: WorkbenchWorkbook, locale: 'zh-CN' | 'en-US') {
  const user = userEvent.setup();
  const ops = createWorkbenchOperations(workbook);
  render(<PaneApp ops={ops} initialLocale={locale} />);
  return { user, ops };
}

// A whole pane over HyperFormula, its views loaded on demand: slow in jsdom on a busy machine.
jest.setTimeout(20000);

describe('the pane on a hand-made range', () => {
  it('rates a cell of the range like a table cell', async () => {
    const workbook = workbookWith(chineseWeightsBelow);
    workbook.select('能力评估', 6, 5);
    renderOver(workbook, 'zh-CN');
    expect(await screen.findByRole('heading', { level: 2, name: '抗挫能力' })).toBeInTheDocument();
    expect(screen.getByText(/王芳/)).toBeInTheDocument();
  });

  it('shows what making a table changes, and makes it once confirmed', async () => {
    const workbook = workbookWith(englishWeightsAbove);
    workbook.select('Assessment 2024', 3, 1);
    const { user } = renderOver(workbook, 'en-US');
    expect(await screen.findByText('This cell is not a rating cell. Select a cell under a competency column, in a person’s row.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Hand-made assessment on sheet Assessment 2024 (A1:F7)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Make it an Excel table…' }));
    expect(screen.getByText('Excel makes a table over Assessment 2024!A4:F7: the header row and the 3 people below it.')).toBeInTheDocument();
    expect(screen.getByText('Rows 1, 2, 3 stay as they are, outside the table.')).toBeInTheDocument();
    expect(workbook.tables()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Make the table' }));
    await waitFor(() => expect(workbook.table('HandMadeAssessment')).toBeDefined());
    expect(workbook.text('Assessment 2024', 2, 3)).toBe('20');
  });

  it('says which weights are not numbers of 0 or more, and why the range stays a range', async () => {
    const values = chineseWeightsBelow.values.map((row) => [...row]);
    values[2][4] = '高';
    const workbook = workbookWith(chineseWeightsBelow, values);
    workbook.select('能力评估', 2, 4);
    renderOver(workbook, 'zh-CN');
    expect(await screen.findByText('权重必须是大于或等于 0 的数(例如 20、0.2 或 20%)。权重行中以下单元格不是:')).toBeInTheDocument();
    expect(screen.getByText('E3:「（一）成就导向」下的“高”')).toBeInTheDocument();
    expect(screen.getByText('权重行位于标题行与人员之间(表格会把它当作一个人)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '转换为 Excel 表格…' })).not.toBeInTheDocument();
  });
});

describe('the add-in’s own tables', () => {
  it('says what the Targets table is for and offers no column mapping', async () => {
    const ops = new PaneWorkbook({
      tables: [{ name: TARGETS_TABLE, sheet: 'Targets', headers: ['岗位', '成就导向', '抗挫能力'], rows: [['客户经理', '中级', '']] }],
      selection: { table: TARGETS_TABLE, row: 0, column: 1 },
    });
    renderPane(ops);
    expect(await screen.findByText(/这是目标级别表:每个岗位一行/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '列与能力素质项' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /^列“/ })).not.toBeInTheDocument();
  });
});
