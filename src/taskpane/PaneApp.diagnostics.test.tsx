/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { runOfficeDiagnostics } from '../excel/office-diagnostics';
import { ExcelWorkbookMock } from '../../test/office/counting-mock';
import { ctAmWorkbook, renderPane } from '../../test/helpers/pane-render';

describe('first-run check in the pane', () => {
  it('runs the probes against Excel (the strict mock) and shows a report to copy, in Chinese', async () => {
    const excel = new ExcelWorkbookMock({ sheets: { 评估: [['姓名']] }, requirementSets: { ExcelApi: '1.19', SharedRuntime: '1.1' } });
    const uninstall = excel.install();
    try {
      const { user } = renderPane(ctAmWorkbook(), { runDiagnostics: runOfficeDiagnostics });
      await user.click(await screen.findByRole('button', { name: '运行检查' }));
      const report = (await screen.findByRole('textbox', { name: '可复制的报告' })) as HTMLTextAreaElement;
      expect(report.value).toContain('yes ExcelApi 1.9');
      expect(report.value).toContain('NO  ExcelApi 1.20');
      expect(report.value).toContain('merge-undo-rename: not-supported');
      expect(report.value).toContain('scratch sheet removed: yes');
      expect(excel.sheetNames()).toEqual(['评估']);
    } finally {
      uninstall();
    }
  });

  it('is not offered where the host has no check (the workbench)', async () => {
    renderPane(ctAmWorkbook(), { initialLocale: 'en-US' });
    await screen.findByRole('heading', { level: 2, name: 'Resilience' });
    expect(screen.queryByRole('button', { name: 'Run the check' })).toBeNull();
  });
});
