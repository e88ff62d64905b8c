import { Button, Field, Select, Spinner, Text } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ColumnMapping as SavedMapping, TableLayout } from '../core/rating/assessment';
import { localize } from '../core/text';
import type { LevelModel } from '../core/model/types';
import { Notice, type NoticeMessage } from './Notice';
import { errorMessage, usePaneLanguage } from './pane-context';
import { usePaneStyles } from './styles';

const NOT_RATING = '__none__';

interface ColumnMappingProps {
  table: string;
  layout: TableLayout;
  model: LevelModel;
  /** The mapping saved for this table. */
  mapping: SavedMapping | undefined;
  onSave(mapping: SavedMapping): Promise<void>;
}

/**
 * For a table made by hand: each column whose header does not name a competency is mapped to one,
 * or marked "not a rating column". Columns mapped before are listed too, so a mapping can be undone.
 */
export function ColumnMapping({ table, layout, model, mapping = {}, onSave }: ColumnMappingProps) {
  const { t, locale } = usePaneLanguage();
  const styles = usePaneStyles();
  const headingId = useId();
  // Just after a save the new mapping arrives before the table is read again: one row per header.
  const rows = [
    ...layout.unmatched.map((c) => ({ header: c.header, initial: '' })),
    ...layout.ratingColumns.filter((c) => c.mapped).map((c) => ({ header: c.header, initial: c.competencyId })),
    ...Object.entries(mapping)
      .filter(([, competencyId]) => competencyId === null)
      .map(([header]) => ({ header, initial: NOT_RATING })),
  ].filter((row, index, all) => all.findIndex((other) => other.header === row.header) === index);
  const [choices, setChoices] = useState<Record<string, string>>(() => Object.fromEntries(rows.map((r) => [r.header, r.initial])));
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const ratedByName = new Set(layout.ratingColumns.filter((c) => !c.mapped).map((c) => c.competencyId));

  async function save() {
    const next: SavedMapping = { ...mapping };
    for (const { header } of rows) {
      const choice = choices[header] ?? '';
      if (choice === '') delete next[header];
      else next[header] = choice === NOT_RATING ? null : choice;
    }
    setBusy(true);
    try {
      await onSave(next);
      setNotice({ intent: 'success', text: t.mappingSaved });
    } catch (error) {
      setNotice({ intent: 'error', text: t.failed(errorMessage(error)) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={headingId} className={styles.card}>
      <Text as="h3" id={headingId} weight="semibold" size={400} className={styles.heading}>
        {t.mappingHeading}
      </Text>
      {rows.length === 0 ? (
        <Text as="p">{t.mappingNothing}</Text>
      ) : (
        <>
          <Text as="p" className={styles.heading}>
            {t.mappingIntro}
          </Text>
          {rows.map(({ header }) => {
            const takenElsewhere = new Set([...ratedByName, ...rows.filter((r) => r.header !== header).map((r) => choices[r.header])]);
            return (
              <Field className={styles.shrinkable} key={`${table}|${header}`} label={t.mappingColumn(header)}>
                <Select className={styles.shrinkable} value={choices[header] ?? ''} onChange={(_, data) => setChoices((previous) => ({ ...previous, [header]: data.value }))}>
                  <option value="">{t.mappingUnset}</option>
                  <option value={NOT_RATING}>{t.mappingNone}</option>
                  {model.competencies.map((competency) => {
                    const name = localize(competency.name, locale);
                    const taken = takenElsewhere.has(competency.id);
                    return (
                      <option key={competency.id} value={competency.id} disabled={taken}>
                        {taken ? t.mappingTaken(name) : name}
                      </option>
                    );
                  })}
                </Select>
              </Field>
            );
          })}
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void save()} disabled={busy}>
              {t.mappingSave}
            </Button>
            {busy ? <Spinner size="tiny" label={t.working} /> : null}
          </div>
        </>
      )}
      <Notice notice={notice} />
    </section>
  );
}
