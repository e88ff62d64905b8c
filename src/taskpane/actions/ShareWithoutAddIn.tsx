import { Button, Spinner, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { CompetencyModel } from '../../core/model/types';
import type { AssessmentOperations, NativeShareResult } from '../../host/assessment-operations';
import { ConfirmDialog } from '../ConfirmDialog';
import { Notice, type NoticeMessage } from '../Notice';
import { usePaneLanguage } from '../pane-context';
import { usePaneStyles } from '../styles';
import { useAction } from './use-action';

/**
 * For people without the add-in: computed cells with native formulas. The workbench downloads a
 * copy; Excel converts this workbook, so the pane asks first and says to save it under a new name.
 */
export function ShareWithoutAddIn({ assessmentOps, model }: { assessmentOps: AssessmentOperations; model: CompetencyModel }) {
  const { t, locale } = usePaneLanguage();
  const styles = usePaneStyles();
  const [confirming, setConfirming] = useState(false);
  const { busy, notice, run } = useAction();

  const message = (result: NativeShareResult): NoticeMessage => {
    const done = result.fileName ? t.shareCopied(result.fileName, result.converted) : t.shareConverted(result.converted);
    if (result.unconverted.length === 0) return { intent: 'success', text: done };
    return { intent: 'warning', text: `${done} ${t.shareUnconverted(result.unconverted.length)}`, issues: result.unconverted };
  };
  const share = () => run(async () => message(await assessmentOps.shareWithoutAddIn(model, locale)));

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => (assessmentOps.sharesInPlace ? setConfirming(true) : void share())}>
          {assessmentOps.sharesInPlace ? t.shareConvertButton : t.shareCopyButton}
        </Button>
        {busy ? <Spinner size="tiny" label={t.working} /> : null}
      </div>
      <Text size={200}>{t.shareHint}</Text>
      <Notice notice={notice} />
      <ConfirmDialog
        open={confirming}
        title={t.shareConfirmTitle}
        confirmLabel={t.shareConfirm}
        onConfirm={() => {
          setConfirming(false);
          void share();
        }}
        onCancel={() => setConfirming(false)}
      >
        <Text as="p">{t.shareConfirmBody}</Text>
      </ConfirmDialog>
    </div>
  );
}
