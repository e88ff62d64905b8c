import { Text, mergeClasses } from '@fluentui/react-components';
import { useId } from 'react';
import { findLevel } from '../core/scoring/scale';
import type { LevelModel } from '../core/model/types';
import type { RatingCellContext } from '../host/workbook-operations';
import { usePaneLanguage } from './pane-context';
import { usePaneStyles } from './styles';

/** What the cell holds now and the evidence stored for it. */
export function CurrentRating({ model, context }: { model: LevelModel; context: RatingCellContext }) {
  const { t } = usePaneLanguage();
  const styles = usePaneStyles();
  const headingId = useId();
  const evidence = context.evidence;
  const sameLevel = (a: string, b: string) => a === b || (findLevel(model.scale, a) !== undefined && findLevel(model.scale, a) === findLevel(model.scale, b));
  const mismatch = evidence && context.current !== '' && evidence.level !== '' && !sameLevel(context.current, evidence.level);
  return (
    <section aria-labelledby={headingId} className={styles.card}>
      <Text as="h3" id={headingId} weight="semibold" size={400} className={styles.heading}>
        {t.currentRating}
      </Text>
      <Text as="p" size={400} className={mergeClasses(styles.heading, !context.current && styles.muted)}>
        {context.current || t.notRated}
      </Text>
      {evidence ? (
        <>
          <Text as="h4" weight="semibold" className={styles.heading}>
            {t.storedEvidence}
          </Text>
          {evidence.behaviours ? (
            <Text as="p" className={mergeClasses(styles.heading, styles.preWrap)}>
              {evidence.behaviours}
            </Text>
          ) : null}
          {evidence.comment ? (
            <Text as="p" className={mergeClasses(styles.heading, styles.preWrap)}>
              {t.evidenceComment(evidence.comment)}
            </Text>
          ) : null}
          <Text as="p" size={200} className={mergeClasses(styles.heading, styles.muted)}>
            {t.evidenceBy(evidence.assessor, evidence.date)}
          </Text>
          {mismatch ? (
            <Text as="p" className={styles.heading}>
              {t.evidenceLevelMismatch(context.current, evidence.level)}
            </Text>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
