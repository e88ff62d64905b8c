import { Text } from '@fluentui/react-components';
import { useId } from 'react';
import type { CompetencyModel } from '../../core/model/types';
import type { AssessmentOperations } from '../../host/assessment-operations';
import type { RoundOperations } from '../../host/round-operations';
import { RoundActions } from './RoundActions';
import type { NoticeMessage } from '../Notice';
import { usePaneLanguage } from '../pane-context';
import { usePaneStyles } from '../styles';
import { BuildAssessment } from './BuildAssessment';
import { ImportModelSheet } from './ImportModelSheet';
import { ProfileActions, type ExportDeck } from './ProfileActions';
import { ShareWithoutAddIn } from './ShareWithoutAddIn';
import { VerifyAuditLog } from './VerifyAuditLog';

export interface AssessmentActionsProps {
  assessmentOps: AssessmentOperations;
  exportDeck?: ExportDeck;
  /** The round's files (prepare, collect); without them the round actions are not offered. */
  roundOps?: RoundOperations;
  model: CompetencyModel;
  /** Makes an imported model the workbook's own (after asking, when it replaces one); resolves to the message to show. */
  onModelImported(model: CompetencyModel): Promise<NoticeMessage>;
}

/** The whole-workbook actions offered outside an assessment table. */
export function AssessmentActions(props: AssessmentActionsProps) {
  const { t } = usePaneLanguage();
  const styles = usePaneStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.card}>
      <Text as="h3" id={headingId} weight="semibold" size={400} className={styles.heading}>
        {t.actionsHeading}
      </Text>
      <BuildAssessment assessmentOps={props.assessmentOps} model={props.model} />
      <ProfileActions assessmentOps={props.assessmentOps} exportDeck={props.exportDeck} model={props.model} />
      <ImportModelSheet assessmentOps={props.assessmentOps} onModelImported={props.onModelImported} />
      <ShareWithoutAddIn assessmentOps={props.assessmentOps} model={props.model} />
      <VerifyAuditLog assessmentOps={props.assessmentOps} />
      {props.roundOps && props.model.kind === 'levels' ? <RoundActions roundOps={props.roundOps} model={props.model} /> : null}
    </section>
  );
}
