import { Button, Text } from '@fluentui/react-components';
import { useEffect, useId, useState, type Ref } from 'react';
import type { ColumnMapping as SavedMapping } from '../core/rating/assessment';
import type { LevelModel } from '../core/model/types';
import type { RatingCellContext, WorkbookOperations } from '../host/workbook-operations';
import { CompetencyHeader } from './CompetencyHeader';
import { CurrentRating } from './CurrentRating';
import { lazyModule } from './lazy-part';
import type { Move } from './navigation';
import { usePaneLanguage } from './pane-context';
import { RatingForm, type RatingFormProps } from './RatingForm';
import { RaterRating } from './RaterRating';
import type { RaterOperations } from '../host/rater-operations';
import { cellName, ratingFormKey } from './rating-text';
import { RatingNavigation } from './RatingNavigation';
import { usePaneStyles } from './styles';

/** The column mapping opens on request: it loads on demand, ahead of time when the table is mappable. */
const mappingModule = lazyModule(() => import(/* webpackChunkName: "column-mapping" */ './ColumnMapping'));
const ColumnMapping = mappingModule.part((module) => module.ColumnMapping);

export interface RatingViewProps {
  ops: WorkbookOperations;
  model: LevelModel;
  context: RatingCellContext;
  mappings: Record<string, SavedMapping>;
  onSaveMapping(table: string, mapping: SavedMapping): Promise<void>;
  assessor: string;
  onAssessor(assessor: string): void;
  onWritten(assessor: string): Promise<void>;
  onMove(move: Move): void;
  headingRef: Ref<HTMLHeadingElement>;
  /** Several raters: with a Ratings table in the workbook the rating becomes this rater's row there. */
  raterOps?: RaterOperations;
  /** Reads the selection again (after a rating written as a row, which leaves the cell as it was). */
  onRefresh?: () => Promise<void>;
}

/** The selected rating cell: who, which competency, what is there now, and the rating form. */
export function RatingView(props: RatingViewProps) {
  const { ops, model, context, mappings } = props;
  const { t } = usePaneLanguage();
  const styles = usePaneStyles();
  const [showMapping, setShowMapping] = useState(false);
  const personHeadingId = useId();
  const competency = model.competencies.find((c) => c.id === context.competencyId);
  const form = (shown: NonNullable<typeof competency>, writing?: Partial<RatingFormProps>) => (
    <RatingForm
      key={ratingFormKey(model, context)}
      ops={ops}
      model={model}
      competency={shown}
      context={context}
      mappings={mappings}
      assessor={props.assessor}
      onAssessor={props.onAssessor}
      onWritten={props.onWritten}
      {...writing}
    />
  );
  const unmatched = context.layout.unmatched.length;
  const mappable = unmatched > 0 || Object.keys(mappings[context.table] ?? {}).length > 0;
  useEffect(() => {
    if (mappable) void mappingModule.preload().catch(() => undefined);
  }, [mappable]);
  return (
    <div className={styles.looseStack}>
      <section aria-labelledby={personHeadingId} className={styles.stack}>
        <div className={styles.row}>
          <Text id={personHeadingId} weight="semibold" size={400}>
            {t.personLabel}: {context.person || t.blank}
          </Text>
          <Text className={styles.muted}>
            {t.roleLabel}: {context.role || t.noRole}
          </Text>
        </div>
        <Text size={200} className={styles.muted}>
          {t.cellLabel} {cellName(context)} · {t.personPosition(context.rowIndex + 1, context.rowCount)}
        </Text>
        <RatingNavigation context={context} onMove={props.onMove} />
      </section>
      {competency ? (
        <>
          <CompetencyHeader model={model} competency={competency} headingRef={props.headingRef} />
          <CurrentRating model={model} context={context} />
          {props.raterOps ? (
            <RaterRating raterOps={props.raterOps} model={model} context={context}>
              {(writing) =>
                writing ? (
                  form(competency, { assessor: writing.assessor, onAssessor: () => undefined, onWritten: async () => props.onRefresh?.(), applyRating: writing.apply })
                ) : (
                  form(competency)
                )
              }
            </RaterRating>
          ) : (
            form(competency)
          )}
        </>
      ) : null}
      {mappable ? (
        <div className={styles.stack}>
          <div className={styles.row}>
            {unmatched > 0 ? <Text>{t.mappingUnmatched(unmatched)}</Text> : null}
            <Button size="small" aria-expanded={showMapping} onClick={() => setShowMapping((shown) => !shown)}>
              {showMapping ? t.mappingHide : t.mappingShow}
            </Button>
          </div>
          {showMapping ? (
            <ColumnMapping
              key={context.table}
              table={context.table}
              layout={context.layout}
              model={model}
              mapping={mappings[context.table]}
              onSave={(mapping) => props.onSaveMapping(context.table, mapping)}
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
