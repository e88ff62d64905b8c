import { Button, Spinner, Text } from '@fluentui/react-components';
import type { AssessmentOperations, AuditVerification } from '../../host/assessment-operations';
import { Notice, type NoticeMessage } from '../Notice';
import type { Strings } from '../i18n';
import { usePaneLanguage } from '../pane-context';
import { usePaneStyles } from '../styles';
import { useAction } from './use-action';

/** What the verification found, as the assessor reads it. */
export function verificationMessage(result: AuditVerification, t: Strings): NoticeMessage {
  if (result.status === 'empty') return { intent: 'info', text: t.auditEmpty };
  if (result.status === 'intact') return { intent: 'success', text: t.auditIntact(result.checked, result.beforeChain) };
  const missing = result.missing ?? { from: 0, to: 0 };
  if (result.problem === 'removed') return { intent: 'error', text: t.auditRemoved(result.sheetRow, missing.from, missing.to) };
  if (result.problem === 'removed-last') return { intent: 'error', text: t.auditRemovedLast(missing.from, missing.to) };
  return { intent: 'error', text: t.auditEdited(result.sheetRow, result.line) };
}

/** "Verify the audit log": checks the hash chain and names the first line that does not fit. */
export function VerifyAuditLog({ assessmentOps }: { assessmentOps: AssessmentOperations }) {
  const { t } = usePaneLanguage();
  const styles = usePaneStyles();
  const { busy, notice, run } = useAction();
  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void run(async () => verificationMessage(await assessmentOps.verifyAuditLog(), t))}>
          {t.verifyAuditButton}
        </Button>
        {busy ? <Spinner size="tiny" label={t.working} /> : null}
      </div>
      <Text size={200}>{t.verifyAuditHint}</Text>
      <Notice notice={notice} />
    </div>
  );
}
