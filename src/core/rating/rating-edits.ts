import { cellA1 } from '../a1';
import { cellText } from '../cell-text';
import type { LevelModel } from '../model/types';
import { DEFAULT_MODEL_ID, loadBuiltInModel } from '../model/built-in';
import { modelCatalogue, workbookModelsOf } from '../model/catalogue';
import type { WorkbookSettings } from '../settings';
import type { ColumnMapping } from './assessment';
import type { ChangeSource, RatingChange } from './records';
import { isRatingTable, tableLayout } from './selection';

/**
 * Ratings changed in the sheet itself (typed, pasted, filled, undone) rather than by the pane:
 * which of the changed cells are rating cells, and the audit change for each one whose value
 * differs. Both hosts read the changed block, its rows and what the cells held before, and
 * append what this returns.
 */

/** A block of cells of one table that changed, as a host read it. */
export interface TableEditRead {
  table: { name: string; headers: readonly string[] };
  sheet: string;
  /** Sheet row and column (0-based) of the block's top-left cell and of the table's first data cell. */
  top: number;
  left: number;
  bodyTop: number;
  bodyLeft: number;
  /** The block's values before and after the change (same shape). */
  before: readonly (readonly unknown[])[];
  after: readonly (readonly unknown[])[];
  /** Each block row's whole table row (texts by table column), for the person. */
  rows: readonly (readonly string[])[];
}

/** Who and when: the assessor and model the settings name, where the change came from. */
export interface EditStamp {
  assessor: string;
  /** "ct-am@1" */
  model: string;
  source: ChangeSource;
  time: Date;
}

/** The level model the settings choose, whose ratings the audit follows; null for a points model. */
export function settingsLevelModel(settings: WorkbookSettings): LevelModel | null {
  const { model } = modelCatalogue(workbookModelsOf(settings)).chosen(settings.modelId);
  return model.kind === 'levels' ? model : null;
}

/** The same, once the built-in model the settings name (or the default they fall back to) is loaded. */
export async function loadedSettingsLevelModel(settings: WorkbookSettings): Promise<LevelModel | null> {
  await Promise.all([loadBuiltInModel(settings.modelId), loadBuiltInModel(DEFAULT_MODEL_ID)]);
  return settingsLevelModel(settings);
}

/** A change of one cell in several cells' paste reads as pasted; a host that knows better says so. */
export function editSource(cellCount: number): ChangeSource {
  return cellCount > 1 ? 'pasted' : 'typed';
}

/** The audit changes of the rating cells in the block whose value changed, row by row. */
export function ratingEditChanges(read: TableEditRead, model: LevelModel, mappings: Record<string, ColumnMapping>, stamp: EditStamp): RatingChange[] {
  if (!isRatingTable(read.table, model, mappings)) return [];
  const layout = tableLayout(read.table, model, mappings);
  const changes: RatingChange[] = [];
  read.after.forEach((row, r) =>
    row.forEach((value, c) => {
      const column = read.left - read.bodyLeft + c;
      const rating = layout.ratingColumns.find((rc) => rc.index === column);
      const sheetRow = read.top + r;
      if (!rating || sheetRow < read.bodyTop) return;
      const oldValue = cellText(read.before[r]?.[c]).trim();
      const newValue = cellText(value).trim();
      if (oldValue === newValue) return;
      const competency = model.competencies.find((x) => x.id === rating.competencyId);
      changes.push({
        time: stamp.time.toISOString(),
        assessor: stamp.assessor,
        cell: `${read.sheet}!${cellA1(sheetRow, read.left + c)}`,
        person: layout.personColumn === null ? '' : (read.rows[r]?.[layout.personColumn] ?? '').trim(),
        personKey: layout.keyColumn === null ? '' : (read.rows[r]?.[layout.keyColumn] ?? '').trim(),
        competency: competency ? rating.header : rating.competencyId,
        oldValue,
        newValue,
        evidence: '',
        comment: '',
        model: stamp.model,
        source: stamp.source,
      });
    }),
  );
  return changes;
}
