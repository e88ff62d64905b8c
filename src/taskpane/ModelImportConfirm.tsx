import { Text } from '@fluentui/react-components';
import { archivedModelSheetName, modelVersionTag, type ModelImport } from '../core/model/model-version';
import { UPDATE_COLUMNS_HEADING, describeColumnFates, type ModelUpdatePreview } from '../core/plan/model-update';
import { localize } from '../core/text';
import { ConfirmDialog } from './ConfirmDialog';
import { usePaneLanguage } from './pane-context';
import { usePaneStyles } from './styles';

// Loaded with the first import (see ModelImport.tsx): the version planning is not needed before.
export { planModelImport } from '../core/model/model-version';
export { UPDATE_STALE, describeUpdateDone } from '../core/plan/model-update';

/** Changes listed in the dialog; the rest are counted. */
const SHOWN_CHANGES = 8;

export interface Pending {
  plan: ModelImport;
  /** What happens to each column of the built sheets; null when there are none to carry over. */
  update: ModelUpdatePreview | null;
  answer(yes: boolean): void;
}

/** The question before an import replaces the workbook's model: the version change and what changed. */
export function ModelImportConfirm({ pending }: { pending: Pending | null }) {
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
        {pending.update ? (
          <>
            <Text as="p" weight="semibold" className={styles.heading}>
              {localize(UPDATE_COLUMNS_HEADING, locale)}
            </Text>
            <ul className={styles.list} aria-label={localize(UPDATE_COLUMNS_HEADING, locale)}>
              {describeColumnFates(pending.update).map((line, i) => (
                <li key={i}>{localize(line, locale)}</li>
              ))}
            </ul>
          </>
        ) : null}
        <Text as="p" className={styles.heading}>
          {t.importArchiveNote(modelVersionTag(replaces), archivedModelSheetName(replaces, locale))}
        </Text>
      </div>
    </ConfirmDialog>
  );
}
