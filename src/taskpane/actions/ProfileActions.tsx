import { Button, Spinner } from '@fluentui/react-components';
import type { CompetencyModel, Locale } from '../../core/model/types';
import type { AssessmentOperations, AssessmentSnapshot } from '../../host/assessment-operations';
import { Notice } from '../Notice';
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

  const drawCharts = () =>
    run(async () => {
      await assessmentOps.drawProfileCharts(null, locale);
      return { intent: 'success', text: t.chartsDone };
    });

  const exportSlides = (deck: ExportDeck) =>
    run(async () => {
      const snapshot = await assessmentOps.readAssessment(model, locale);
      if (snapshot.people.length === 0) return { intent: 'warning', text: t.exportNoPeople };
      const data = await deck(snapshot, locale);
      const fileName = `competency-${model.id}-${new Date().toISOString().slice(0, 10)}.pptx`;
      await assessmentOps.deliverFile(fileName, data, PPTX);
      return { intent: 'success', text: t.exportDone(fileName) };
    });

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void drawCharts()}>
          {t.chartsButton}
        </Button>
        {exportDeck ? (
          <Button disabled={busy} onClick={() => void exportSlides(exportDeck)}>
            {t.exportButton}
          </Button>
        ) : null}
        {busy ? <Spinner size="tiny" label={t.working} /> : null}
      </div>
      <Notice notice={notice} />
    </div>
  );
}
