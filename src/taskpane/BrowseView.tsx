import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Ref } from 'react';
import type { Competency, LevelModel } from '../core/model/types';
import type { SelectionContext } from '../host/workbook-operations';
import { CompetencyHeader } from './CompetencyHeader';
import { LevelChecklist } from './LevelChecklist';
import { usePaneLanguage } from './pane-context';
import { usePaneStyles } from './styles';

/** A competency found by search that the selected table cannot rate here: its descriptors, for reading. */
export function BrowseView({
  model,
  competency,
  context,
  onBack,
  headingRef,
}: {
  model: LevelModel;
  competency: Competency;
  context: SelectionContext | null;
  onBack(): void;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const { t } = usePaneLanguage();
  const styles = usePaneStyles();
  return (
    <div className={styles.looseStack}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{context?.kind === 'rating' ? t.browseNoColumn(context.table) : t.browseOnly}</MessageBarBody>
      </MessageBar>
      <div>
        <Button onClick={onBack}>{t.backToSelection}</Button>
      </div>
      <CompetencyHeader model={model} competency={competency} headingRef={headingRef} />
      <LevelChecklist model={model} competency={competency} />
    </div>
  );
}
