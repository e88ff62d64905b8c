import type { ColumnMapping } from '../core/rating/assessment';
import type { EvidenceRecord } from '../core/rating/records';
import type { IgnoredSetting, SettingsRead, WorkbookSettings } from '../core/settings';
import type { SelectionContext } from '../core/rating/selection';
import type { ApplyRatingRequest, ApplyRatingResult } from '../core/rating/judge';
import type { LevelModel } from '../core/model/types';

/**
 * What the task pane asks of the workbook. Two implementations: Office.js (src/excel/office*.ts)
 * and the workbench's HyperFormula workbook (src/workbench). Components receive one of them and
 * never touch a host API. Every operation batches its reads and writes: the number of round
 * trips does not grow with the number of people or competencies.
 */

export type { EvidenceRecord };
export type { CellRef, OutsideContext, RatingCellContext, SelectionContext, UnmappedTableContext } from '../core/rating/selection';
export type { ApplyRatingRequest, ApplyRatingResult } from '../core/rating/judge';

export type { IgnoredSetting, SettingsRead, WorkbookSettings };

export interface WorkbookOperations {
  /** At most one round trip: the selected cell, its table's headers, the row's person and role, its value and evidence. */
  readSelection(model: LevelModel, mappings: Record<string, ColumnMapping>): Promise<SelectionContext>;
  /** Calls back when the selection changes; resolves to an unsubscribe function. */
  onSelectionChanged(callback: () => void): Promise<() => void>;
  /** At most two round trips. Never writes outside the table's rating cells; never replaces a rating unless confirmed. */
  applyRating(request: ApplyRatingRequest, model: LevelModel, mappings: Record<string, ColumnMapping>): Promise<ApplyRatingResult>;
  /** Selects a cell of a table by data row and column. */
  selectTableCell(table: string, rowIndex: number, columnIndex: number): Promise<void>;
  /** The workbook's settings read field by field (core readSettings), with what was not used. */
  loadSettings(): Promise<SettingsRead>;
  /** Writes the settings without losing what is stored and not understood (core settingsToStore). */
  saveSettings(settings: WorkbookSettings): Promise<void>;
}
