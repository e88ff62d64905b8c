import type { ColumnMapping, TableLayout } from '../core/rating/assessment';
import type { EvidenceRecord, RatingChange } from '../core/rating/records';
import type { IgnoredSetting, SettingsRead, WorkbookSettings } from '../core/settings';
import type { LevelModel, Locale } from '../core/model/types';

/**
 * What the task pane asks of the workbook. Two implementations: Office.js (src/excel/office*.ts)
 * and the workbench's HyperFormula workbook (src/workbench). Components receive one of them and
 * never touch a host API. Every operation batches its reads and writes: the number of round
 * trips does not grow with the number of people or competencies.
 */

export interface CellRef {
  sheet: string;
  /** A1 address without the sheet, e.g. "D7". */
  address: string;
}

export type { EvidenceRecord };

/** The selected cell is a rating cell of an assessment table. */
export interface RatingCellContext {
  kind: 'rating';
  cell: CellRef;
  table: string;
  /** 0-based row within the table's data rows, and the table's data row count. */
  rowIndex: number;
  rowCount: number;
  /** 0-based column within the table. */
  columnIndex: number;
  person: string;
  role: string;
  competencyId: string;
  header: string;
  /** The cell's current value as text; '' when blank. */
  current: string;
  evidence: EvidenceRecord | null;
  layout: TableLayout;
}

/** The selection is in a table (or a column of one) that does not rate a competency of the model. */
export interface UnmappedTableContext {
  kind: 'table';
  cell: CellRef;
  table: string;
  layout: TableLayout;
}

/** The selection is outside every table. */
export interface OutsideContext {
  kind: 'outside';
  cell: CellRef | null;
  /** Names of the workbook's tables whose headers rate at least one competency of the model. */
  assessmentTables: string[];
}

export type SelectionContext = RatingCellContext | UnmappedTableContext | OutsideContext;

/** Where to write, what the assessor saw there, and what to write. */
export interface ApplyRatingRequest {
  table: string;
  rowIndex: number;
  columnIndex: number;
  /** The value the pane showed as current; a different value in the cell now means someone changed it. */
  expected: string;
  /** The level label to write. */
  level: string;
  /** The assessor confirmed replacing a non-blank rating. */
  confirmOverwrite: boolean;
  assessor: string;
  person: string;
  competency: string;
  evidence: string;
  comment: string;
  /** "ct-am@1" */
  model: string;
  locale: Locale;
}

export type ApplyRatingResult =
  /** The level is in the cell, the evidence row replaced, the audit line appended. */
  | { status: 'written'; change: RatingChange }
  /** Nothing written: the cell holds a rating (or changed since it was read) and overwriting was not confirmed. */
  | { status: 'needs-confirmation'; current: string }
  /** Nothing written: the target is not a rating cell of an assessment table. */
  | { status: 'refused'; reason: string };

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
