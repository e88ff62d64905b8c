import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ColumnMapping as SavedMapping } from '../core/rating/assessment';
import { AUDIT_TABLE, EVIDENCE_TABLE, MODEL_TABLE, TARGETS_TABLE } from '../core/rating/records';
import { localize } from '../core/text';
import type { LevelModel } from '../core/model/types';
import type { ConvertRangeResult, UnmappedTableContext } from '../host/workbook-operations';
import { ColumnMapping } from './ColumnMapping';
import type { Strings } from './i18n';
import { usePaneLanguage } from './pane-context';
import { PlainRangeOffer } from './PlainRangeOffer';
import { usePaneStyles } from './styles';

/** What the add-in's own tables are for: they never rate and are never mapped. */
function recordTablePurpose(table: string, t: Strings): string | null {
  if (table === EVIDENCE_TABLE) return t.recordTableEvidence;
  if (table === AUDIT_TABLE) return t.recordTableAudit;
  if (table === MODEL_TABLE) return t.recordTableModel;
  if (table === TARGETS_TABLE) return t.recordTableTargets;
  return null;
}

/**
 * The selection is in a table, or in a hand-made range, but not on a rating cell: say what to
 * select, and offer to map the columns (and, for a range, to make it a table). The add-in's own
 * tables are explained instead.
 */
export function TableView({
  model,
  context,
  mapping,
  onSaveMapping,
  onConvertRange,
}: {
  model: LevelModel;
  context: UnmappedTableContext;
  mapping: SavedMapping | undefined;
  onSaveMapping(table: string, mapping: SavedMapping): Promise<void>;
  onConvertRange?(range: string): Promise<ConvertRangeResult>;
}) {
  const { t, locale } = usePaneLanguage();
  const styles = usePaneStyles();
  const purpose = recordTablePurpose(context.table, t);
  if (purpose !== null) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.recordTableHeading}</MessageBarTitle>
          {purpose}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const rates = context.layout.ratingColumns.length > 0;
  const { range } = context;
  const modelName = localize(model.name, locale);
  const message = range
    ? rates
      ? t.rangeSelectRatingCell
      : t.rangeNoRatingColumns(modelName)
    : rates
      ? t.tableSelectRatingCell(context.table)
      : t.tableNoRatingColumns(context.table, modelName);
  return (
    <div className={styles.looseStack}>
      <MessageBar intent={rates ? 'info' : 'warning'} layout="multiline">
        <MessageBarBody>{message}</MessageBarBody>
      </MessageBar>
      {range && onConvertRange ? <PlainRangeOffer key={context.table} range={range} onConvert={() => onConvertRange(context.table)} /> : null}
      <ColumnMapping
        key={context.table}
        table={context.table}
        layout={context.layout}
        model={model}
        mapping={mapping}
        onSave={(next) => onSaveMapping(context.table, next)}
      />
    </div>
  );
}
