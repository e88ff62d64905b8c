import { Button, Field, Select, Spinner, Text, mergeClasses } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons';
import { useId, useRef, type ChangeEvent } from 'react';
import { localize, textIn } from '../core/text';
import type { CompetencyModel } from '../core/model/types';
import type { AssessmentOperations } from '../host/assessment-operations';
import type { WorkbookSettings } from '../host/workbook-operations';
import { useAction } from './actions/use-action';
import { modelChoices, readFileText } from './model-choice';
import { Notice, type NoticeMessage } from './Notice';
import { errorMessage, usePaneLanguage } from './pane-context';
import { usePaneStyles } from './styles';
import type { Strings } from './i18n';

interface ModelPickerProps {
  settings: WorkbookSettings;
  model: CompetencyModel;
  /** The model id the settings asked for when it is not available. */
  unavailable?: string;
  onChoose(modelId: string): Promise<void>;
  /** Makes a model the workbook's own and chooses it (after asking, when it replaces one); resolves to the message to show. */
  onImport(model: CompetencyModel): Promise<NoticeMessage>;
  /** Delivers the exported model file; without it there is no export button. */
  assessmentOps?: AssessmentOperations;
}

/** A seed document named in a model's source ("(seed 003)", "(seed 000_….txt)") reads in the pane's language; the rest is the model's own text. */
function sourceLine(source: string, t: Strings): string {
  return source.replace(/\s*\(seed (\d{3})[^)]*\)/g, (_, seed: string) => t.modelSeed(seed));
}

/** Picks a built-in model or the workbook's own, imports a model file (validated whole) and exports the chosen one. */
export function ModelPicker({ settings, model, unavailable, onChoose, onImport, assessmentOps }: ModelPickerProps) {
  const { t, locale } = usePaneLanguage();
  const styles = usePaneStyles();
  const headingId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const { busy, notice, setNotice, run } = useAction();

  async function choose(modelId: string) {
    setNotice(null);
    try {
      await onChoose(modelId);
    } catch (error) {
      setNotice({ intent: 'error', text: t.failed(errorMessage(error)) });
    }
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setNotice(null);
    try {
      // The validator (zod) loads with the first import, not with the pane.
      const { parseModelFile } = await import('../core/model/model-file');
      const parsed = parseModelFile(await readFileText(file));
      if (parsed.ok) {
        setNotice(await onImport(parsed.model));
      } else {
        const issues = parsed.issues.map((i) => t.issue(i.path, i.message));
        setNotice({ intent: 'error', text: t.importRejected(file.name, issues.length), issues });
      }
    } catch (error) {
      setNotice({ intent: 'error', text: t.failed(errorMessage(error)) });
    }
  }

  /** The chosen model as a JSON file another workbook can import (the same format the import reads). */
  const exportModel = (delivery: AssessmentOperations) =>
    run(async () => {
      // Loaded lazily, as the import does: the validator stays out of the first bundle.
      const { modelFileName, serializeModelFile } = await import('../core/model/model-file');
      const fileName = modelFileName(model);
      await delivery.deliverFile(fileName, new TextEncoder().encode(serializeModelFile(model)), 'application/json');
      return { intent: 'success', text: t.modelExported(localize(model.name, locale), fileName) };
    });

  return (
    <section aria-labelledby={headingId} className={styles.stack}>
      <Text as="h2" id={headingId} weight="semibold" size={400} className={styles.heading}>
        {t.modelHeading}
      </Text>
      <Field className={styles.shrinkable} label={t.modelLabel} hint={`${model.id} · ${t.modelVersion(model.version)}${model.source ? ` · ${sourceLine(textIn(model.source, locale), t)}` : ''}`}>
        <Select className={styles.shrinkable} value={model.id} onChange={(_, data) => void choose(data.value)}>
          {modelChoices(settings).map((choice) => (
            <option key={`${choice.custom}|${choice.id}`} value={choice.id}>
              {choice.custom ? t.modelOptionCustom(localize(choice.name, locale)) : localize(choice.name, locale)}
            </option>
          ))}
        </Select>
      </Field>
      {unavailable ? (
        <Text as="p" className={mergeClasses(styles.heading, styles.muted)}>
          {t.modelFallback(unavailable)}
        </Text>
      ) : null}
      <div className={styles.row}>
        <Button icon={<ArrowUploadRegular />} onClick={() => fileInput.current?.click()}>
          {t.importModelFile}
        </Button>
        {assessmentOps ? (
          <Button icon={<ArrowDownloadRegular />} disabled={busy} onClick={() => void exportModel(assessmentOps)}>
            {t.exportModelFile}
          </Button>
        ) : null}
        {busy ? <Spinner size="tiny" label={t.working} /> : null}
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-label={t.importModelFileInput}
          className={styles.hiddenInput}
          onChange={(event) => void importFile(event)}
        />
      </div>
      <Notice notice={notice} />
    </section>
  );
}
