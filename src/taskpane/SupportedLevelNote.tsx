import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import type { SupportedLevel } from '../core/rating/evidence';
import type { LevelModel } from '../core/model/types';
import { usePaneLanguage } from './pane-context';
import { levelLabel } from './rating-text';
import { usePaneStyles } from './styles';

const useBarStyles = makeStyles({
  bar: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    boxShadow: tokens.shadow8,
  },
});

/**
 * The level the ticked behaviours support (core `supportedLevel`) and why: levels passed over for
 * lack of a descriptor, and ticks above an incomplete level that do not count. It stays in view
 * at the bottom of the pane while the assessor ticks, with the write button and its outcome.
 */
export function SupportedLevelNote({
  model,
  result,
  tickCount,
  scored,
  children,
}: {
  model: LevelModel;
  result: SupportedLevel;
  tickCount: number;
  /** An exam-scored competency: its heading and what the score gives, in place of the behaviours' verdict. */
  scored?: { heading: string; text: string };
  children?: ReactNode;
}) {
  const { t, locale } = usePaneLanguage();
  const styles = usePaneStyles();
  const barStyles = useBarStyles();
  const headingId = useId();
  const label = (levelId: string) => levelLabel(model, levelId, locale);
  const list = (levelIds: string[]) => levelIds.map(label).join(t.listSeparator);
  const { checks } = result;
  const supportedIndex = result.levelNumber - 1;
  const gapIndex = checks.findIndex((check, i) => i > supportedIndex && !check.missing);
  const gap = gapIndex >= 0 ? checks[gapIndex] : undefined;
  const aboveGap = result.tickedAbove.filter((levelId) => checks.findIndex((c) => c.levelId === levelId) > gapIndex && gapIndex >= 0);
  const above = checks.slice(supportedIndex + 1);
  const onlyMissingAbove = result.levelId !== null && above.length > 0 && above.every((c) => c.missing);

  let main: string;
  if (checks.every((c) => c.missing)) main = t.noDescriptors;
  else if (tickCount === 0) main = t.supportedNothingTicked;
  else if (result.levelId) main = t.supportedLevel(label(result.levelId));
  else main = t.supportedNone(label(gap?.levelId ?? checks[0].levelId));

  if (scored)
    return (
      <section aria-labelledby={headingId} className={mergeClasses(styles.card, barStyles.bar)}>
        <Text as="h3" id={headingId} weight="semibold" size={300} className={mergeClasses(styles.heading, styles.muted)}>
          {scored.heading}
        </Text>
        <Text as="p" role="status" weight="semibold" className={styles.heading}>
          {scored.text}
        </Text>
        {children}
      </section>
    );
  return (
    <section aria-labelledby={headingId} className={mergeClasses(styles.card, barStyles.bar)}>
      <Text as="h3" id={headingId} weight="semibold" size={300} className={mergeClasses(styles.heading, styles.muted)}>
        {t.supportedHeading}
      </Text>
      <div role="status" className={styles.stack}>
        <Text as="p" weight={result.levelId ? 'semibold' : 'regular'} className={styles.heading}>
          {main}
        </Text>
        {result.skippedMissing.length > 0 ? (
          <Text as="p" className={styles.heading}>
            {t.skippedMissing(list(result.skippedMissing))}
          </Text>
        ) : null}
        {gap && aboveGap.length > 0 ? (
          <Text as="p" className={styles.heading}>
            {t.gapExplained(list(aboveGap), label(gap.levelId), gap.ticked, gap.total)}
          </Text>
        ) : null}
        {onlyMissingAbove && tickCount > 0 ? (
          <Text as="p" className={styles.heading}>
            {t.noDescriptorAbove(list(above.map((c) => c.levelId)))}
          </Text>
        ) : null}
      </div>
      {children}
    </section>
  );
}
