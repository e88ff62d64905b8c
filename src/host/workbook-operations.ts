import type { ColumnMapping } from '../core/rating/assessment';
import type { EvidenceRecord } from '../core/rating/records';
import type { IgnoredSetting, SettingsRead, WorkbookSettings } from '../core/settings';
import type { CellRef, SelectionContext } from '../core/rating/selection';
import type { ApplyRatingRequest, ApplyRatingResult } from '../core/rating/judge';
import type { LevelModel } from '../core/model/types';
import type { TableConversionProblem } from '../core/rating/plain-range';

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
export type { PlainRangeSummary } from '../core/rating/plain-range-selection';

/** Why a plain range was not made a table: core's reasons, no such range any more, or Excel refused (merged cells it did not report). */
export type ConvertRangeProblem = TableConversionProblem | 'no-range' | 'host-refused';

export type ConvertRangeResult =
  /** The table `table` now covers the header row and the people of the plain range `from`; nothing else changed. */
  | { status: 'converted'; table: string; from: string }
  /** Nothing changed; the range can still be rated in place. */
  | { status: 'refused'; problems: ConvertRangeProblem[]; detail?: string };

export interface WorkbookOperations {
  /** At most one round trip: the selected cell, its table's headers, the row's person and role, its value and evidence. */
  readSelection(model: LevelModel, mappings: Record<string, ColumnMapping>): Promise<SelectionContext>;
  /** Calls back when the selection changes; resolves to an unsubscribe function. */
  onSelectionChanged(callback: () => void): Promise<() => void>;
  /** At most two round trips. Never writes outside the table's rating cells; never replaces a rating unless confirmed. */
  applyRating(request: ApplyRatingRequest, model: LevelModel, mappings: Record<string, ColumnMapping>): Promise<ApplyRatingResult>;
  /** Selects a cell of a table (or of a plain range, by its name) by data row and column. */
  selectTableCell(table: string, rowIndex: number, columnIndex: number): Promise<void>;
  /** Makes the plain range `range` (a name from a selection context) an Excel table where it stands: the header row and the people, nothing else touched. */
  convertRangeToTable(range: string, model: LevelModel, mappings: Record<string, ColumnMapping>): Promise<ConvertRangeResult>;
  /** The workbook's settings read field by field (core readSettings), with what was not used. */
  loadSettings(): Promise<SettingsRead>;
  /** Writes the settings without losing what is stored and not understood (core settingsToStore). */
  saveSettings(settings: WorkbookSettings): Promise<void>;
  /**
   * Puts `person` into the cell that chooses the profile charts' person (core chartPersonCell), as
   * text, unless it holds them already; at most two round trips. Where a write would clear the
   * user's undo history (Excel before ExcelApi 1.20) it writes nothing and resolves false.
   */
  showPersonInCharts(cell: CellRef, person: string): Promise<boolean>;
}
