import { Button, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { choosePeople, type PeopleChoice } from '../../core/rating/people-choice';
import type { CompetencyModel, Locale } from '../../core/model/types';
import type { AssessmentOperations, AssessmentSnapshot } from '../../host/assessment-operations';
import { Notice } from '../Notice';
import { DeckPeopleChoice } from './DeckPeopleChoice';
import { usePaneLanguage } from '../pane-context';
import { usePaneStyles } from '../styles';
import { useAction } from './use-action';

export type ExportDeck = (snapshot: AssessmentSnapshot, locale: Locale) => Promise<Uint8Array>;

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Profile charts in the workbook and, where the export function is given, the slide deck. */
export function ProfileActions({ assessmentOps, exportDeck, model }: { assessmentOps: AssessmentOperations; exportDeck?: ExportDeck; model: CompetencyModel }) {
  const { t, locale } = usePaneLanguage();
  const styles = usePaneStyles();
  const { busy, notice, run } = useAction();
  // The assessment as read when the user asked for a deck; they choose whom it covers before it is made.
  const [toExport, setToExport] = useState<AssessmentSnapshot | null>(null);

  const drawCharts = () =>
    run(async () => {
      await assessmentOps.drawProfileCharts(null, locale);
      return { intent: 'success', text: t.chartsDone };
    });

  const readForExport = () =>
    run(async () => {
      const snapshot = await assessmentOps.readAssessment(model, locale);
      if (snapshot.people.length === 0) return { intent: 'warning', text: t.exportNoPeople };
      setToExport(snapshot);
      return null;
    });

  const exportSlides = (deck: ExportDeck, snapshot: AssessmentSnapshot, choice: PeopleChoice) =>
    run(async () => {
      const chosen = choosePeople(snapshot, choice);
      if (!chosen.ok) return { intent: 'warning', text: t.deckNobodyChosen };
      const data = await deck(chosen.snapshot, locale);
      const fileName = `competency-${model.id}-${new Date().toISOString().slice(0, 10)}.pptx`;
      await assessmentOps.deliverFile(fileName, data, PPTX);
      setToExport(null);
      return { intent: 'success', text: t.exportDone(fileName) };
    });

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void drawCharts()}>
          {t.chartsButton}
        </Button>
        {exportDeck ? (
          <Button disabled={busy || toExport !== null} onClick={() => void readForExport()}>
            {t.exportButton}
          </Button>
        ) : null}
        {busy ? <Spinner size="tiny" label={t.working} /> : null}
      </div>
      {exportDeck && toExport ? (
        <DeckPeopleChoice
          snapshot={toExport}
          locale={locale}
          busy={busy}
          onExport={(choice) => void exportSlides(exportDeck, toExport, choice)}
          onCancel={() => setToExport(null)}
        />
      ) : null}
      <Notice notice={notice} />
    </div>
  );
}
