import { Badge, Checkbox, Text, mergeClasses } from '@fluentui/react-components';
import { memo, useId } from 'react';
import { indicatorId, type LevelCheck } from '../core/rating/evidence';
import { localize } from '../core/text';
import type { Competency, LevelDescriptor, LevelModel } from '../core/model/types';
import { usePaneLanguage } from './pane-context';
import { levelLabel } from './rating-text';
import { usePaneStyles } from './styles';

interface LevelChecklistProps {
  model: LevelModel;
  competency: Competency;
  /** The ticked indicators; without them (and onToggle) the levels are shown for reading only. */
  ticks?: ReadonlySet<string>;
  onToggle?(indicator: string, checked: boolean): void;
  checks?: readonly LevelCheck[];
  supportedLevelId?: string | null;
}

/**
 * The competency's levels, lowest first: each with its summary and behaviour indicators (as
 * checkboxes grouped under the level's heading when rating). A level the model has no text for is
 * shown as missing, with the model's note: never hidden, never filled in.
 */
// Memoized: moving to the next person's cell in the same column leaves the checklist as it was (nothing ticked), so it is not drawn again.
export const LevelChecklist = memo(function LevelChecklist({ model, competency, ticks, onToggle, checks, supportedLevelId }: LevelChecklistProps) {
  const { t } = usePaneLanguage();
  const styles = usePaneStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.stack}>
      <Text as="h3" id={headingId} weight="semibold" size={400} className={styles.heading}>
        {t.levelsHeading}
      </Text>
      <Text as="p" size={200} className={mergeClasses(styles.heading, styles.muted)}>
        {t.supportedRule}
      </Text>
      {competency.levels.map((level, index) => (
        <LevelCard
          key={level.levelId}
          model={model}
          level={level}
          check={checks?.[index]}
          ticks={ticks}
          onToggle={onToggle}
          supported={supportedLevelId === level.levelId}
        />
      ))}
    </section>
  );
});

interface LevelCardProps {
  model: LevelModel;
  level: LevelDescriptor;
  check?: LevelCheck;
  ticks?: ReadonlySet<string>;
  onToggle?(indicator: string, checked: boolean): void;
  supported: boolean;
}

function LevelCard({ model, level, check, ticks, onToggle, supported }: LevelCardProps) {
  const { t, locale } = usePaneLanguage();
  const styles = usePaneStyles();
  const headingId = useId();
  const interactive = Boolean(ticks && onToggle);
  const label = levelLabel(model, level.levelId, locale);
  const summary = localize(level.summary, locale);
  const noIndicators = !level.missing && level.indicators.length === 0;
  const status = level.missing ? (
    <Badge appearance="tint" color="warning">
      {t.levelMissingBadge}
    </Badge>
  ) : check && check.total > 0 ? (
    <Badge appearance={check.ticked === check.total ? 'filled' : 'tint'} color={check.ticked === check.total ? 'success' : 'informative'}>
      {t.levelTicked(check.ticked, check.total)}
    </Badge>
  ) : null;
  return (
    <div
      className={mergeClasses(styles.card, styles.offscreenCard, supported && styles.highlighted)}
      role={interactive && level.indicators.length > 0 ? 'group' : undefined}
      aria-labelledby={interactive && level.indicators.length > 0 ? headingId : undefined}
    >
      <div className={styles.row}>
        <Text as="h4" id={headingId} weight="semibold" className={styles.heading}>
          {label}
        </Text>
        {status}
        {supported ? (
          <Badge appearance="filled" color="brand">
            {t.supportedBadge}
          </Badge>
        ) : null}
      </div>
      {summary ? (
        <Text as="p" className={mergeClasses(styles.heading, styles.preWrap)}>
          {summary}
        </Text>
      ) : null}
      {level.missing ? <Text as="p" className={styles.heading}>{t.levelMissing}</Text> : null}
      {noIndicators ? <Text as="p" className={styles.heading}>{t.levelNoIndicators}</Text> : null}
      {interactive
        ? level.indicators.map((indicator, i) => {
            const id = indicatorId(level.levelId, i);
            return (
              <Checkbox
                key={id}
                checked={ticks!.has(id)}
                onChange={(_, data) => onToggle!(id, data.checked === true)}
                label={<span className={styles.preWrap}>{localize(indicator, locale)}</span>}
              />
            );
          })
        : level.indicators.length > 0 && (
            <ul className={styles.list}>
              {level.indicators.map((indicator, i) => (
                <li key={i} className={styles.preWrap}>
                  {localize(indicator, locale)}
                </li>
              ))}
            </ul>
          )}
      {level.note ? (
        <Text as="p" size={200} className={mergeClasses(styles.heading, styles.muted, styles.preWrap)}>
          {t.levelNote(level.note)}
        </Text>
      ) : null}
    </div>
  );
}
