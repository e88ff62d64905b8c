import { Text } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { archivedModelSheetName, modelVersionTag, planModelImport, type ModelImport } from '../core/model-version';
import { builtInModelList } from '../core/registry';
import { localize } from '../core/text';
import type { CompetencyModel } from '../core/types';
import type { WorkbookSettings } from '../excel/operations';
import { ConfirmDialog } from './ConfirmDialog';
import type { NoticeMessage } from './Notice';
import { usePaneLanguage } from './pane-context';
import { usePaneStyles } from './styles';

/** Changes listed in the dialog; the rest are counted. */
const SHOWN_CHANGES = 8;

interface Pending {
  plan: ModelImport;
  answer(yes: boolean): void;
}

/**
 * Importing a model (a file, or the Model sheet read back): core decides its version against the
 * workbook's model; when it replaces something the user sees what changed and confirms first.
 * `store` makes the model the workbook's own. Returns the import function and the dialog to render.
 */
export function useModelImport(settings: WorkbookSettings | null, store: (model: CompetencyModel) => Promise<void>): { importModel(model: CompetencyModel): Promise<NoticeMessage>; dialog: ReactNode } {
  const { t, locale } = usePaneLanguage();
  const [pending, setPending] = useState<Pending | null>(null);

  async function importModel(imported: CompetencyModel): Promise<NoticeMessage> {
    const plan = planModelImport(imported, settings?.customModel, builtInModelList());
    if (plan.replaces) {
      const yes = await new Promise<boolean>((answer) => setPending({ plan, answer }));
      setPending(null);
      if (!yes) return { intent: 'info', text: t.importCancelled };
    }
    await store(plan.model);
    const name = localize(plan.model.name, locale);
    if (!plan.previous) return { intent: 'success', text: t.modelImported(name) };
    if (!plan.changed) return { intent: 'success', text: t.modelUnchanged(name, plan.model.version) };
    return { intent: 'success', text: t.modelImportedVersion(name, plan.previous.version, plan.model.version) };
  }

  const dialog = <ModelImportConfirm pending={pending} />;
  return { importModel, dialog };
}

/** The question before an import replaces the workbook's model: the version change and what changed. */
function ModelImportConfirm({ pending }: { pending: Pending | null }) {
  const { t, locale } = usePaneLanguage();
  const styles = usePaneStyles();
  const plan = pending?.plan;
  const replaces = plan?.replaces;
  if (!pending || !plan || !replaces) return null;
  const name = localize(plan.model.name, locale);
  const title = replaces.id === plan.model.id ? t.importRevisionTitle(name, plan.model.version) : t.importReplaceTitle(localize(replaces.name, locale), name);
  const shown = plan.changes.slice(0, SHOWN_CHANGES);
  const more = plan.changes.length - shown.length;
  return (
    <ConfirmDialog open title={title} confirmLabel={t.importReplace} onConfirm={() => pending.answer(true)} onCancel={() => pending.answer(false)}>
      <div className={styles.stack}>
        {plan.previous && plan.changed ? (
          <>
            <Text as="p" weight="semibold" className={styles.heading}>
              {t.versionChange(plan.previous.version, plan.model.version)}
            </Text>
            {shown.length > 0 ? (
              <ul className={styles.list}>
                {shown.map((change, i) => (
                  <li key={i}>{localize(change.text, locale)}</li>
                ))}
                {more > 0 ? <li>{t.versionMoreChanges(more)}</li> : null}
              </ul>
            ) : (
              <Text as="p">{t.versionOtherChanges}</Text>
            )}
          </>
        ) : null}
        <Text as="p" className={styles.heading}>
          {t.importArchiveNote(modelVersionTag(replaces), archivedModelSheetName(replaces, locale))}
        </Text>
      </div>
    </ConfirmDialog>
  );
}
