import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ColumnMapping as SavedMapping } from '../core/rating/assessment';
import { localize } from '../core/text';
import type { LevelModel } from '../core/model/types';
import type { UnmappedTableContext } from '../host/workbook-operations';
import { ColumnMapping } from './ColumnMapping';
import { usePaneLanguage } from './pane-context';
import { usePaneStyles } from './styles';

/** The selection is in a table but not on a rating cell: say what to select, and offer to map the columns. */
export function TableView({
  model,
  context,
  mapping,
  onSaveMapping,
}: {
  model: LevelModel;
  context: UnmappedTableContext;
  mapping: SavedMapping | undefined;
  onSaveMapping(table: string, mapping: SavedMapping): Promise<void>;
}) {
  const { t, locale } = usePaneLanguage();
  const styles = usePaneStyles();
  const rates = context.layout.ratingColumns.length > 0;
  return (
    <div className={styles.looseStack}>
      <MessageBar intent={rates ? 'info' : 'warning'} layout="multiline">
        <MessageBarBody>
          {rates ? t.tableSelectRatingCell(context.table) : t.tableNoRatingColumns(context.table, localize(model.name, locale))}
        </MessageBarBody>
      </MessageBar>
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
