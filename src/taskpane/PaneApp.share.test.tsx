/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { FakeAssessmentOperations } from '../../test/helpers/pane-fakes';
import { ctAmWorkbook, dialogButton, findDialog, renderPane } from '../../test/helpers/pane-render';

const outside = () => ctAmWorkbook({ outside: 'K3' });

describe('sharing with people who do not have the add-in', () => {
  it('downloads the copy at once where the host makes one (the workbench), and says what it did', async () => {
    const assessmentOps = new FakeAssessmentOperations();
    const { user } = renderPane(outside(), { assessmentOps, initialLocale: 'en-US' });
    await user.click(await screen.findByRole('button', { name: 'Download a copy for people without the add-in' }));
    expect(await screen.findByText('Downloaded ct-am (no add-in).xlsx: 12 formulas now built-in.')).toBeInTheDocument();
    expect(assessmentOps.calls.shareWithoutAddIn).toEqual([{ modelId: 'ct-am', locale: 'en-US' }]);
  });

  it('asks before converting the workbook itself (Excel), converts nothing when cancelled, and names cells it could not convert', async () => {
    const assessmentOps = new FakeAssessmentOperations();
    assessmentOps.sharesInPlace = true;
    assessmentOps.shareResult = { converted: 40, unconverted: ['评估!A30'] };
    const { user } = renderPane(outside(), { assessmentOps });
    await user.click(await screen.findByRole('button', { name: '转换为无需加载项的工作簿…' }));
    let dialog = await findDialog('将本工作簿中的 HR 函数替换为内置公式?');
    await user.click(dialogButton(dialog, '取消'));
    expect(assessmentOps.calls.shareWithoutAddIn).toEqual([]);

    await user.click(screen.getByRole('button', { name: '转换为无需加载项的工作簿…' }));
    dialog = await findDialog('将本工作簿中的 HR 函数替换为内置公式?');
    await user.click(dialogButton(dialog, '转换'));
    expect(await screen.findByText(/40 个公式已改为内置公式:请另存为新文件后再分享。 1 个单元格含有非本加载项写入的 HR 函数/)).toBeInTheDocument();
    expect(screen.getByText('评估!A30')).toBeInTheDocument();
    expect(assessmentOps.calls.shareWithoutAddIn).toHaveLength(1);
  });
});
