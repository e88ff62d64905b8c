import { Button, Field, Spinner, Text, Textarea } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { CompetencyModel } from '../../core/model/types';
import type { AssessmentOperations, BuildAssessmentResult, PersonRow } from '../../host/assessment-operations';
import { ConfirmDialog } from '../ConfirmDialog';
import { Notice, type NoticeMessage } from '../Notice';
import { usePaneLanguage } from '../pane-context';
import { usePaneStyles } from '../styles';
import { parsePeople } from './people';
import { useAction } from './use-action';

/** Builds the assessment sheets from the model and a list of people; asks before replacing sheets. */
export function BuildAssessment({ assessmentOps, model }: { assessmentOps: AssessmentOperations; model: CompetencyModel }) {
  const { t, locale } = usePaneLanguage();
  const styles = usePaneStyles();
  const headingId = useId();
  const [peopleText, setPeopleText] = useState('');
  const [confirming, setConfirming] = useState<PersonRow[] | null>(null);
  const { busy, notice, run } = useAction();
  const people = parsePeople(peopleText);

  const builtMessage = (result: BuildAssessmentResult): NoticeMessage => {
    const parts = [t.built(result.sheets.join(t.listSeparator), result.table)];
    if (result.archivedModelSheet) parts.push(t.builtArchived(result.archivedModelSheet));
    if (result.duplicateNames?.length) parts.push(t.builtDuplicateNames(result.duplicateNames.join(t.listSeparator)));
    return { intent: result.duplicateNames?.length ? 'warning' : 'success', text: parts.join(' ') };
  };

  const build = (rows: PersonRow[]) => run(async () => builtMessage(await assessmentOps.buildAssessment({ model, people: rows, locale })));

  const start = () =>
    run(async () => {
      if (await assessmentOps.hasAssessmentSheets(locale)) {
        setConfirming(people);
        return null;
      }
      return builtMessage(await assessmentOps.buildAssessment({ model, people, locale }));
    });

  return (
    <section aria-labelledby={headingId} className={styles.stack}>
      <Text as="h4" id={headingId} weight="semibold" className={styles.heading}>
        {t.buildHeading}
      </Text>
      <Field label={t.peopleLabel} hint={t.peopleCount(people.length)}>
        <Textarea value={peopleText} onChange={(_, data) => setPeopleText(data.value)} resize="vertical" rows={4} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void start()}>
          {t.buildButton}
        </Button>
        {busy ? <Spinner size="tiny" label={t.working} /> : null}
      </div>
      <Notice notice={notice} />
      <ConfirmDialog
        open={confirming !== null}
        title={t.buildConfirmTitle}
        confirmLabel={t.buildReplace}
        onConfirm={() => {
          const rows = confirming ?? [];
          setConfirming(null);
          void build(rows);
        }}
        onCancel={() => setConfirming(null)}
      >
        <Text as="p">{t.buildConfirmBody}</Text>
      </ConfirmDialog>
    </section>
  );
}
