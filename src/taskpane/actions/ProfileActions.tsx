import { Button, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { choosePeople, type PeopleChoice } from '../../core/rating/people-choice';
import type { CompetencyModel, Locale } from '../../core/model/types';
import type { AssessmentOperations, AssessmentSnapshot } from '../../host/assessment-operations';
import type { DeckPerson } from '../../export/deck';
import type { CompetencySpread } from '../../core/raters/person-spread';
import { Notice } from '../Notice';
import { DeckPeopleChoice } from './DeckPeopleChoice';
import { usePaneLanguage } from '../pane-context';
import { usePaneStyles } from '../styles';
import { useAction } from './use-action';

/** Per person of a snapshot, in its order: their spread slide's content (null: nobody rated them in the Ratings table). */
export type DeckSpreads = readonly (readonly CompetencySpread[] | null)[];

/**
 * Builds the slide deck of a snapshot, with the spreads read with it where given (else it reads them).
 * `readSpreads`, where the host has several raters per person, reads them once when a deck is asked
 * for: the count shown before it is made includes those slides, and the deck uses the same read.
 */
export interface ExportDeck {
  (snapshot: AssessmentSnapshot, locale: Locale, spreads?: DeckSpreads): Promise<Uint8Array>;
  readSpreads?(snapshot: AssessmentSnapshot, locale: Locale): Promise<DeckSpreads | undefined>;
}

/** The assessment as read for a deck, and its people's spreads read with it (null: the host has none). */
interface DeckSource {
  snapshot: AssessmentSnapshot;
  spreads: Map<DeckPerson, readonly CompetencySpread[] | null> | null;
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
      const spreads = await exportDeck?.readSpreads?.(snapshot, locale);
      setToExport({ snapshot, spreads: spreads ? new Map(snapshot.people.map((person, i) => [person, spreads[i] ?? null])) : null });
      return null;
    });

  const exportSlides = (deck: ExportDeck, { snapshot, spreads }: DeckSource, choice: PeopleChoice) =>
    run(async () => {
      const chosen = choosePeople(snapshot, choice);
      if (!chosen.ok) return { intent: 'warning', text: t.deckNobodyChosen };
      // The chosen people's spreads as read with the snapshot: the Ratings table is not read again.
      const data = spreads ? await deck(chosen.snapshot, locale, chosen.snapshot.people.map((person) => spreads.get(person) ?? null)) : await deck(chosen.snapshot, locale);
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
          hasSpread={(person) => Boolean(toExport.spreads?.get(person))}
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
