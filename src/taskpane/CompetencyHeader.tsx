import { MessageBar, MessageBarBody, Text, mergeClasses } from '@fluentui/react-components';
import type { Ref } from 'react';
import { localize } from '../core/text';
import type { Competency, LevelModel } from '../core/model/types';
import { usePaneLanguage } from './pane-context';
import { usePaneStyles } from './styles';

/** The competency's name (the view's main heading), its class and its definition. */
export function CompetencyHeader({ model, competency, headingRef }: { model: LevelModel; competency: Competency; headingRef?: Ref<HTMLHeadingElement> }) {
  const { t, locale } = usePaneLanguage();
  const styles = usePaneStyles();
  const className = localize(model.classes.find((c) => c.id === competency.classId)?.name, locale);
  const definition = localize(competency.definition, locale);
  return (
    <div className={styles.stack}>
      <Text as="h2" size={500} weight="semibold" className={styles.heading} ref={headingRef} tabIndex={-1}>
        {localize(competency.name, locale)}
      </Text>
      {className ? (
        <Text size={200} className={styles.muted}>
          {className}
        </Text>
      ) : null}
      <Text as="p" className={mergeClasses(styles.heading, styles.preWrap, !definition && styles.muted)}>
        <Text weight="semibold">{t.definitionLabel}: </Text>
        {definition || t.noDefinition}
      </Text>
      {competency.assessment === 'exam' ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.examCompetency}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
