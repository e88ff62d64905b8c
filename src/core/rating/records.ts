import { cellText, needsTextMarker } from '../cell-text';
import type { LevelModel, LocalText, Locale } from '../model/types';
import { localize, normalizeName, textMatches } from '../text';
import { PERSON_KEY_LABEL, samePerson, type PersonRef } from './person-key';
import { localDateSerial, recordTimeText } from './record-time';

/**
 * The rows the add-in keeps beside the ratings: the evidence behind each current rating
 * (one row per person and competency, replaced when the rating changes) and the audit log
 * (one row per change, never edited). Both are native Excel tables on their own sheets, so a
 * reader of the workbook sees them without the add-in, and the audit log is how a user
 * recovers after an add-in write cleared Excel's undo stack.
 */

export const EVIDENCE_SHEET: LocalText = { zh: '证据', en: 'Evidence' };
export const AUDIT_SHEET: LocalText = { zh: '审计日志', en: 'Audit' };
/** Table names are ASCII and fixed, whatever the language, so formulas and code find them. */
export const EVIDENCE_TABLE = 'CompetencyEvidence';
export const AUDIT_TABLE = 'CompetencyAudit';
/** The Targets and Model tables of an assessment workbook (see workbook-plan.ts, model-sheet.ts). */
export const TARGETS_TABLE = 'CompetencyTargets';
export const MODEL_TABLE = 'CompetencyModel';

/**
 * The add-in's own tables that hold no ratings, whatever their headers look like: the Targets
 * table has a column per competency, but a cell there is a target, not a rating.
 */
export function isNonRatingTable(name: string): boolean {
  return name === EVIDENCE_TABLE || name === AUDIT_TABLE || name === TARGETS_TABLE || name === MODEL_TABLE;
}

export const EVIDENCE_COLUMNS: LocalText[] = [
  { zh: '姓名', en: 'Person' },
  { zh: '能力素质项', en: 'Competency' },
  { zh: '级别', en: 'Level' },
  { zh: '观察到的行为', en: 'Behaviours observed' },
  { zh: '评语', en: 'Comment' },
  { zh: '评估人', en: 'Assessor' },
  { zh: '日期', en: 'Date' },
  { zh: '单元格', en: 'Cell' },
  PERSON_KEY_LABEL,
];

export const AUDIT_COLUMNS: LocalText[] = [
  { zh: '时间', en: 'Time' },
  { zh: '评估人', en: 'Assessor' },
  { zh: '单元格', en: 'Cell' },
  { zh: '姓名', en: 'Person' },
  { zh: '能力素质项', en: 'Competency' },
  { zh: '原值', en: 'Old value' },
  { zh: '新值', en: 'New value' },
  { zh: '观察到的行为', en: 'Behaviours observed' },
  { zh: '评语', en: 'Comment' },
  { zh: '模型', en: 'Model' },
  PERSON_KEY_LABEL,
  { zh: '来源', en: 'Source' },
  { zh: '序号', en: 'Line' },
  { zh: '校验值', en: 'Hash' },
];

/** The Evidence column that holds a date value. */
export const EVIDENCE_DATE_COLUMN = 6;

/** The Audit columns of workbooks written before person keys, the change source and the hash chain: such a table gets the others added. */
export const LEGACY_AUDIT_COLUMN_COUNT = 10;

/** Where a rating change came from, as the Audit table's Source column says. */
export type ChangeSource = 'pane' | 'typed' | 'pasted' | 'rebuild' | 'undo' | 'repair' | 'model-update' | 'collect';

export const CHANGE_SOURCES: Record<ChangeSource, LocalText> = {
  pane: { zh: '任务窗格', en: 'Task pane' },
  typed: { zh: '在单元格中输入', en: 'Typed in the cell' },
  pasted: { zh: '粘贴或填充', en: 'Pasted or filled' },
  rebuild: { zh: '重建工作簿', en: 'Workbook rebuilt' },
  undo: { zh: '撤销', en: 'Undo' },
  repair: { zh: '写入修复', en: 'Write repaired' },
  'model-update': { zh: '模型更新', en: 'Model update' },
  collect: { zh: '收回评估人工作簿', en: 'Collected from an assessor' },
};

/** A record cell as written: text, or a date serial for the times. */
export type RecordCell = string | number;

/**
 * The columns a record table has had since the first version, read by position. The Person key
 * column came later: it is found by its header, so a table made before it (and one HR added
 * columns to) still reads, and gets the column when the add-in next writes to it.
 */
export function fixedRecordColumns(columns: LocalText[]): LocalText[] {
  const key = columns.indexOf(PERSON_KEY_LABEL);
  return key < 0 ? columns : columns.slice(0, key);
}

/** Where a record table keeps the person key: the column headed Person key after the fixed ones, or null (a table from before keys). */
export function recordKeyColumn(headerRow: readonly unknown[], columns: LocalText[]): number | null {
  const from = fixedRecordColumns(columns).length;
  for (let i = from; i < headerRow.length; i++) if (textMatches(PERSON_KEY_LABEL, cellText(headerRow[i]))) return i;
  return null;
}

/** Evidence: the rating cell's reference, and where the key column is in a table written by this version. */
export const EVIDENCE_CELL_COLUMN = 7;
export const EVIDENCE_PERSON_COLUMN = 0;
export const AUDIT_PERSON_COLUMN = 3;

export interface RatingChange {
  /** ISO 8601 time of the change. */
  time: string;
  assessor: string;
  /** "Sheet!B4" */
  cell: string;
  person: string;
  /** The person's key ('' when their table identifies people by name: see person-key.ts). */
  personKey: string;
  competency: string;
  oldValue: string;
  newValue: string;
  /** The ticked indicators as text (see evidenceText). */
  evidence: string;
  comment: string;
  /** "ct-am@1" */
  model: string;
  source: ChangeSource;
}

export function headers(columns: LocalText[], locale: Locale): string[] {
  return columns.map((c) => localize(c, locale));
}

/** The time of a change as a date value of the local clock. */
function changeSerial(change: RatingChange): number {
  return localDateSerial(new Date(change.time));
}

/** Text that a spreadsheet would read as a formula is stored with a leading apostrophe's effect: as text. */
export function asPlainText(value: string): string {
  return /^[=+\-@]/.test(value) ? `'${value}` : value;
}

/**
 * Text to write into a cell so it holds exactly that text, in Excel and in the workbench alike:
 * text a spreadsheet would run or convert ("=…", "007", "1/2", "50%", "TRUE") gets the text
 * marker, and so does a leading apostrophe, which the spreadsheet would otherwise take as the marker.
 */
export function storedText(text: string): string {
  return needsTextMarker(text) ? `'${text}` : text;
}

/** The Evidence row of a change as cell input, the Person key last: the date is a date value (RECORD_TIME_FORMAT shows it). */
export function evidenceCells(change: RatingChange): RecordCell[] {
  const texts = [change.person, change.competency, change.newValue, change.evidence, change.comment, change.assessor];
  return [...texts.map(storedText), changeSerial(change), storedText(change.cell), storedText(change.personKey)];
}

/** The Audit row of a change as cell input, up to its Source (after the Person key): the chain adds the line number and hash (audit-chain.ts). */
export function auditCells(change: RatingChange, locale: Locale): RecordCell[] {
  const texts = [change.assessor, change.cell, change.person, change.competency, change.oldValue, change.newValue, change.evidence, change.comment, change.model, change.personKey, localize(CHANGE_SOURCES[change.source], locale)];
  return [changeSerial(change), ...texts.map(storedText)];
}

/** The Audit columns a table lacks after the ones it has, when those are the add-in's; null when they are not. */
export function missingAuditColumns(headerRow: readonly unknown[]): LocalText[] | null {
  const present = Math.min(headerRow.length, AUDIT_COLUMNS.length);
  if (present < LEGACY_AUDIT_COLUMN_COUNT || !AUDIT_COLUMNS.slice(0, present).every((column, i) => textMatches(column, cellText(headerRow[i])))) return null;
  return AUDIT_COLUMNS.slice(present);
}

/** A record row to write: its cells in column order, the Person key last, and the column the key goes in. */
export interface RecordRow {
  cells: RecordCell[];
  /** The table's Person key column: right after the fixed columns, or further right in a table that had other columns before it got one. */
  keyColumn: number;
}

/** The runs of adjacent cells a replaced row is written as, so columns HR added between are left alone. */
export function recordSegments(row: RecordRow): { column: number; values: RecordCell[] }[] {
  const fixed = row.cells.slice(0, -1);
  const key = row.cells.slice(-1);
  return row.keyColumn === fixed.length ? [{ column: 0, values: row.cells }] : [{ column: 0, values: fixed }, { column: row.keyColumn, values: key }];
}

/** The whole new row of a table `width` columns wide (blank in the columns HR added). */
export function recordRowCells(row: RecordRow, width: number): RecordCell[] {
  const cells = Array<RecordCell>(Math.max(width, row.keyColumn + 1)).fill('');
  row.cells.slice(0, -1).forEach((value, i) => (cells[i] = value));
  cells[row.keyColumn] = row.cells[row.cells.length - 1];
  return cells;
}

/** The evidence currently stored for one person and competency. */
export interface EvidenceRecord {
  level: string;
  behaviours: string;
  comment: string;
  assessor: string;
  date: string;
}

/** A record table's header row still holds the add-in's fixed columns, in either language (with or without the Person key column). */
export function hasRecordColumns(headerRow: readonly unknown[], columns: LocalText[]): boolean {
  const fixed = fixedRecordColumns(columns);
  return headerRow.length >= fixed.length && fixed.every((column, i) => textMatches(column, cellText(headerRow[i])));
}

/** The Evidence table still has the add-in's columns (either language): otherwise it is neither read nor written. */
export function hasEvidenceColumns(headerRow: readonly unknown[]): boolean {
  return hasRecordColumns(headerRow, EVIDENCE_COLUMNS);
}

/** An Evidence row names the competency by either language's name or its id, or as the pane wrote it. */
export function sameCompetency(model: LevelModel, stored: string, competencyId: string, written?: string): boolean {
  if (written !== undefined && normalizeName(stored) === normalizeName(written)) return true;
  const competency = model.competencies.find((c) => c.id === competencyId);
  return normalizeName(stored) === normalizeName(competencyId) || (competency !== undefined && textMatches(competency.name, stored));
}

/** Who an Evidence row is about, as findEvidenceRow compares it. */
export interface EvidenceKeyRow {
  person: string;
  competency: string;
  /** null in a table from before person keys (no Person key column); '' where the key was left blank. */
  key: string | null;
  /** The rating cell it was written for ("Sheet!B4"); '' when not read. */
  cell: string;
}

/** The identifying cells of Evidence rows, from whole rows (or rows read from Person on) and the table's key column. */
export function evidenceKeyRows(rows: readonly (readonly unknown[])[], keyColumn: number | null): EvidenceKeyRow[] {
  return rows.map((row) => ({
    person: cellText(row[EVIDENCE_PERSON_COLUMN]),
    competency: cellText(row[1]),
    key: keyColumn === null ? null : cellText(row[keyColumn]),
    cell: cellText(row[EVIDENCE_CELL_COLUMN]),
  }));
}

/** How a record names a rating cell: "Sheet!B4" (as the Cell column holds it). */
export function ratingCellReference(cell: { sheet: string; address: string }): string {
  return `${cell.sheet}!${cell.address}`;
}

/** The person of a rating context, as findEvidenceRow takes it. */
export function ratedPerson(context: { person: string; personKey: string; cell: { sheet: string; address: string } }): RatedPerson {
  return { name: context.person, key: context.personKey, cell: ratingCellReference(context.cell) };
}

/** The person a rating is for: their key and name, and the rating cell ("Sheet!B4") when known. */
export type RatedPerson = PersonRef & { cell?: string };

/** Index of the person's evidence row for the competency, or -1 (the person is matched as samePerson says). */
export function findEvidenceRow(rows: readonly EvidenceKeyRow[], model: LevelModel, person: RatedPerson, competencyId: string, written?: string): number {
  if (person.name.trim() === '' && person.key.trim() === '') return -1;
  return rows.findIndex(
    (row) => samePerson({ key: row.key, name: row.person, cell: row.cell }, person) && sameCompetency(model, row.competency, competencyId, written),
  );
}

/** The record of an Evidence row (Person, Competency, Level, Behaviours, Comment, Assessor, Date, ...). */
export function evidenceRecord(row: readonly unknown[]): EvidenceRecord {
  const [, , level, behaviours, comment, assessor] = row.map(cellText);
  return { level, behaviours, comment, assessor, date: recordTimeText(row[6]) };
}

/** `base`, or "base (2)", "base (3)", ... : the first name no sheet has (case-insensitive, as Excel compares). */
export function freeSheetName(base: string, sheetNames: readonly string[]): string {
  const taken = new Set(sheetNames.map((n) => n.toLowerCase()));
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base} (${i})`;
  return name;
}
