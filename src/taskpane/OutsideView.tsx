import { Text } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { localize } from '../core/text';
import type { CompetencyModel } from '../core/model/types';
import type { OutsideContext } from '../host/workbook-operations';
import { usePaneLanguage } from './pane-context';
import { usePaneStyles } from './styles';

/** Outside every table: what to select, the assessment tables there are, and the workbook actions. */
export function OutsideView({ model, context, children }: { model: CompetencyModel; context: OutsideContext; children?: ReactNode }) {
  const { t, locale } = usePaneLanguage();
  const styles = usePaneStyles();
  const headingId = useId();
  return (
    <div className={styles.looseStack}>
      <section aria-labelledby={headingId} className={styles.stack}>
        <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
          {t.outsideHeading}
        </Text>
        <Text as="p" className={styles.heading}>
          {t.outsideIntro}
        </Text>
        <Text as="p" className={styles.heading}>
          {context.assessmentTables.length > 0
            ? t.outsideTables(context.assessmentTables.join(t.listSeparator))
            : t.outsideNoTables(localize(model.name, locale))}
        </Text>
      </section>
      {children}
    </div>
  );
}
