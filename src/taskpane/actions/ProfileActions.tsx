import { Button, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { choosePeople, type PeopleChoice } from '../../core/rating/people-choice';
import type { CompetencyModel, Locale } from '../../core/model/types';
import type { AssessmentOperations, AssessmentSnapshot } from '../../host/assessment-operations';
import type { DeckPerson } from '../../export/deck';
import { Notice } from '../Notice';
import { DeckPeopleChoice } from './DeckPeopleChoice';
import { usePaneLanguage } from '../pane-context';
import { usePaneStyles } from '../styles';
import { useAction } from './use-action';

/**
 * Builds the slide deck of a snapshot. Where the workbook has several raters per person, `spreadSlides`
 * says which people of a snapshot get a spread slide too, so the count shown before the deck is made is its real length.
 */
export interface ExportDeck {
  (snapshot: AssessmentSnapshot, locale: Locale): Promise<Uint8Array>;
  spreadSlides?(snapshot: AssessmentSnapshot, locale: Locale): Promise<readonly boolean[]>;
}

/** The assessment as read for a deck, and whom of its people a spread slide is for. */
interface DeckSource {
  snapshot: AssessmentSnapshot;
  hasSpread(person: DeckPerson): boolean;
}

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Profile charts in the workbook and, where the export function is given, the slide deck. */
export function ProfileActions({ assessmentOps, exportDeck, model }: { assessmentOps: AssessmentOperations; exportDeck?: ExportDeck; model: CompetencyModel }) {
  const { t, locale } = usePaneLanguage();
  const styles = usePaneStyles();
  const { busy, notice, run } = useAction();
  // The assessment as read when the user asked for a deck; they choose whom it covers before it is made.
  const [toExport, setToExport] = useState<DeckSource | null>(null);

  const drawCharts = () =>
    run(async () => {
      await assessmentOps.drawProfileCharts(null, locale);
      return { intent: 'success', text: t.chartsDone };
    });

  const readForExport = () =>
    run(async () => {
      const snapshot = await assessmentOps.readAssessment(model, locale);
      if (snapshot.people.length === 0) return { intent: 'warning', text: t.exportNoPeople };
      const spreads = (await exportDeck?.spreadSlides?.(snapshot, locale)) ?? [];
      const withSpread = new Set(snapshot.people.filter((_, i) => spreads[i]));
      setToExport({ snapshot, hasSpread: (person) => withSpread.has(person) });
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
          snapshot={toExport.snapshot}
          hasSpread={toExport.hasSpread}
          locale={locale}
          busy={busy}
          onExport={(choice) => void exportSlides(exportDeck, toExport.snapshot, choice)}
          onCancel={() => setToExport(null)}
        />
      ) : null}
      <Notice notice={notice} />
    </div>
  );
}
