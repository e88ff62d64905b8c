import { Button, Spinner } from '@fluentui/react-components';
import type { CompetencyModel } from '../../core/model/types';
import type { AssessmentOperations } from '../../host/assessment-operations';
import { Notice, type NoticeMessage } from '../Notice';
import { usePaneLanguage } from '../pane-context';
import { usePaneStyles } from '../styles';
import { useAction } from './use-action';

/** Reads the Model sheet back into the workbook's own model; a bad row rejects it with the row number. */
export function ImportModelSheet({ assessmentOps, onModelImported }: { assessmentOps: AssessmentOperations; onModelImported(model: CompetencyModel): Promise<NoticeMessage> }) {
  const { t, locale } = usePaneLanguage();
  const styles = usePaneStyles();
  const { busy, notice, run } = useAction();

  const importSheet = () =>
    run(async () => {
      const result = await assessmentOps.importModelFromSheet(locale);
      if (!result.ok)
        return {
          intent: 'error',
          text: t.importSheetRejected(result.issues.length),
          issues: result.issues.map((issue) => t.importSheetIssue(issue.row, issue.message)),
        };
      return onModelImported(result.model);
    });

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void importSheet()}>
          {t.importSheetButton}
        </Button>
        {busy ? <Spinner size="tiny" label={t.working} /> : null}
      </div>
      <Notice notice={notice} />
    </div>
  );
}
