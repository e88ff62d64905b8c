import { Button, Field, SearchBox, Text, mergeClasses } from '@fluentui/react-components';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { localize } from '../core/text';
import type { CompetencyModel } from '../core/model/types';
import type { Strings } from './i18n';
import { usePaneLanguage } from './pane-context';
import { searchModel, snippet, type SearchField } from './search';
import { usePaneStyles } from './styles';

const SHOWN_RESULTS = 20;
const SHOWN_HITS = 3;

const FIELD_LABELS: Record<SearchField, keyof Strings> = {
  name: 'fieldName',
  definition: 'fieldDefinition',
  summary: 'fieldSummary',
  indicator: 'fieldIndicator',
  criteria: 'fieldCriteria',
};

/** Searches every descriptor of the model in both languages and jumps to a competency (or element). */
export function DescriptorSearch({ model, onJump }: { model: CompetencyModel; onJump(targetId: string): void }) {
  const { t, locale } = usePaneLanguage();
  const styles = usePaneStyles();
  const headingId = useId();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const results = useMemo(() => searchModel(model, deferredQuery, locale), [model, deferredQuery, locale]);
  const levelName = (levelId: string) => localize(model.scale.levels.find((l) => l.id === levelId)?.label, locale);

  return (
    <section aria-labelledby={headingId} className={styles.stack}>
      <Text as="h2" id={headingId} weight="semibold" size={400} className={styles.heading}>
        {t.searchHeading}
      </Text>
      <Field label={t.searchLabel}>
        <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} />
      </Field>
      {deferredQuery.trim() ? (
        <Text role="status" size={200} className={styles.muted}>
          {results.length ? t.searchCount(results.length) : t.searchNone}
        </Text>
      ) : null}
      {results.length > 0 ? (
        <ul className={mergeClasses(styles.list, styles.stack)} aria-labelledby={headingId}>
          {results.slice(0, SHOWN_RESULTS).map((result) => {
            const name = localize(result.name, locale);
            return (
              <li key={result.targetId} className={styles.stack}>
                <div>
                  <Button size="small" appearance="secondary" onClick={() => onJump(result.targetId)}>
                    {t.searchShow(name)}
                  </Button>
                </div>
                {result.hits.slice(0, SHOWN_HITS).map((hit, i) => {
                  const part = snippet(hit.text, deferredQuery);
                  const where = [t[FIELD_LABELS[hit.field]] as string, hit.levelId ? levelName(hit.levelId) : ''].filter(Boolean).join(' · ');
                  return (
                    <Text key={i} size={200} className={styles.preWrap}>
                      <span className={styles.muted}>{where}: </span>
                      {part.before}
                      {part.match ? <mark>{part.match}</mark> : null}
                      {part.after}
                    </Text>
                  );
                })}
              </li>
            );
          })}
        </ul>
      ) : null}
      {results.length > SHOWN_RESULTS ? <Text size={200}>{t.searchMore(results.length - SHOWN_RESULTS)}</Text> : null}
    </section>
  );
}
