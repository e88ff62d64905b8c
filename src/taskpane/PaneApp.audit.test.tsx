/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { FakeAssessmentOperations } from '../../test/helpers/pane-fakes';
import { ctAmWorkbook, renderPane } from '../../test/helpers/pane-render';

const outside = () => ctAmWorkbook({ outside: 'K3' });

describe('verifying the audit log', () => {
  it('says the log is intact and how many lines it checked, the older ones apart', async () => {
    const assessmentOps = new FakeAssessmentOperations();
    assessmentOps.verification = { status: 'intact', checked: 12, beforeChain: 2 };
    const { user } = renderPane(outside(), { assessmentOps, initialLocale: 'en-US' });
    await user.click(await screen.findByRole('button', { name: 'Verify the audit log' }));
    expect(await screen.findByText('The audit log is intact: 12 lines checked. 2 older lines were written before the chain and cannot be checked.')).toBeInTheDocument();
    expect(assessmentOps.calls.verifyAuditLog).toBe(1);
  });

  it('names the first line edited, in the user’s language', async () => {
    const assessmentOps = new FakeAssessmentOperations();
    assessmentOps.verification = { status: 'broken', problem: 'edited', sheetRow: 7, line: 5, checked: 4, beforeChain: 0 };
    const { user } = renderPane(outside(), { assessmentOps });
    await user.click(await screen.findByRole('button', { name: '校验审计日志' }));
    expect(await screen.findByText('审计日志工作表第 7 行(第 5 条)被修改或为手工添加:与其校验值不符。')).toBeInTheDocument();
  });

  it('names lines removed, in the middle or at the end', async () => {
    const assessmentOps = new FakeAssessmentOperations();
    assessmentOps.verification = { status: 'broken', problem: 'removed', sheetRow: 9, line: 8, missing: { from: 6, to: 7 }, checked: 5, beforeChain: 0 };
    const { user } = renderPane(outside(), { assessmentOps, initialLocale: 'en-US' });
    await user.click(await screen.findByRole('button', { name: 'Verify the audit log' }));
    expect(await screen.findByText('Lines 6–7 were removed before row 9 of the Audit sheet.')).toBeInTheDocument();
    assessmentOps.verification = { status: 'broken', problem: 'removed-last', sheetRow: 9, line: 8, missing: { from: 9, to: 9 }, checked: 8, beforeChain: 0 };
    await user.click(screen.getByRole('button', { name: 'Verify the audit log' }));
    expect(await screen.findByText('Line 9, the last one, was removed from the audit log.')).toBeInTheDocument();
  });
});
