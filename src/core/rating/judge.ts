import { cellA1 } from '../a1';
import { localize, textMatches } from '../text';
import type { LevelModel, LocalText, Locale } from '../model/types';
import type { ColumnMapping } from './assessment';
import { PERSON_KEY_LABEL, ambiguousPerson, personIdentification, sharingAmong, type PersonRef } from './person-key';
import { planKeyColumns, type KeyColumnMigration } from './record-migration';
import {
  AUDIT_COLUMNS,
  AUDIT_SHEET,
  AUDIT_TABLE,
  EVIDENCE_COLUMNS,
  EVIDENCE_SHEET,
  EVIDENCE_TABLE,
  auditCells,
  evidenceCells,
  findEvidenceRow,
  freeSheetName,
  hasRecordColumns,
  headers,
  ratingCellReference,
  recordKeyColumn,
  storedText,
  type EvidenceKeyRow,
  type RatingChange,
  type RecordCell,
  type RecordRow,
  missingAuditColumns,
} from './records';
import { CHAIN_START, chainTipAfter, type ChainTip } from './audit-chain';
import { isRatingTable, tableLayout } from './selection';
import { ratingMessages } from './messages';
import { listSaid, modelText, type Said } from '../message';

/**
 * Applying a rating, decided once for every host: may this cell be written (only a rating cell of
 * an assessment table, never one of the add-in's Targets, Model, Evidence or Audit tables), does it
 * need the assessor's confirmation (the cell holds a rating, or changed since it was read), and
 * which evidence and audit rows follow. A host reads what `RatingRead` asks for in one round trip,
 * then writes exactly what the decision says, or nothing.
 */

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
  /** The person's key as the pane read it (its selection context's personKey), so a host can look for others holding it. */
  personKey?: string;
  competency: string;
  evidence: string;
  comment: string;
  /** "ct-am@1" */
  model: string;
  locale: Locale;
}

export type ApplyRatingResult =
  /** The level is in the cell, the evidence row replaced, the audit line appended. */
  | { status: 'written'; change: RatingChange; notices?: string[] }
  /** Nothing written: the cell holds a rating (or changed since it was read) and overwriting was not confirmed. */
  | { status: 'needs-confirmation'; current: string }
  /** Nothing written: the target is not a rating cell of an assessment table. */
  | { status: 'refused'; reason: string }
  /** A write failed part-way: what is in the workbook now and what was repaired (reconcile.ts). */
  | { status: 'failed'; reason: string };

/** Excel's grid: a request beyond it names no cell of any table. */
const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

/** What a host read of the target table, the target row and the record tables. */
export interface RatingRead {
  /** The table named by the request, or null when the workbook has none of that name. */
  table: {
    name: string;
    headers: readonly string[];
    /** Its data rows and columns now. */
    rowCount: number;
    columnCount: number;
  } | null;
  /** Where the target cell (data row rowIndex, column columnIndex of the table) is: its sheet, 0-based row and column. */
  cell: { sheet: string; row: number; column: number };
  /** The target row's cell texts by table column ([] when the row is outside the table). */
  rowTexts: readonly string[];
  /** The target cell's text now. */
  current: string;
  /**
   * The key and name of every data row of the target table, to tell people apart (person-key.ts);
   * null when the host did not read them (then only the target row's key is checked).
   */
  people: readonly PersonRef[] | null;
  /**
   * How many rows of the target table hold the target row's name and key (1 = only it; 2 = two or
   * more), for a host that looked them up instead of reading `people`; null: count them in `people`.
   */
  sharing?: { name: number; key: number } | null;
  /** The Evidence table: its header row and who each data row is about (evidenceKeyRows); null when there is none. */
  evidence: { headers: readonly unknown[]; keys: readonly EvidenceKeyRow[] } | null;
  /** The Audit table's header row, and its rows' Person texts when it has no Person key column yet (for the migration); null when there is none. */
  audit: { headers: readonly unknown[]; persons?: readonly string[]; last?: readonly unknown[] | null } | null;
  /** Every sheet's name, for naming a new record sheet. */
  sheetNames: readonly string[];
}

/** Where a record row goes. */
export type RecordPlacement =
  | { into: 'replace'; index: number }
  | { into: 'append' }
  /** A new table of that name with these headers at A1 of a new sheet, the row below them. */
  | { into: 'new-table'; table: string; sheet: string; headers: string[] };

export interface RatingWrite {
  /** Sheet and 0-based position of the rating cell, and the cell input that stores the level as text. */
  sheet: string;
  row: number;
  column: number;
  input: string;
  change: RatingChange;
  /** Person key columns to add to record tables from before keys, first (record-migration.ts). */
  migrations: KeyColumnMigration[];
  evidence: { row: RecordRow; placement: RecordPlacement };
  /** The audit line up to its Source (sealAuditLines numbers and hashes it after `tip`); `addColumns`: Source, Line and Hash headers an older table lacks. */
  audit: AuditWrite;
  /** What the assessor is told besides "written" (a migration, rows left without a key). */
  notices: string[];
  /** The assessor's language: what the host says if the write fails part-way, and the audit's correction note. */
  locale: Locale;
}

export interface AuditWrite {
  row: RecordRow;
  placement: RecordPlacement;
  addColumns: string[];
  tip: ChainTip;
}

/** Where audit lines go in the Audit table read (or a new one), the columns an older table lacks and the chain's tip. */
export function auditPlacement(audit: RatingRead['audit'], sheetNames: string[], locale: Locale, keyAdded = false): Omit<AuditWrite, 'row'> {
  if (!audit) {
    return { placement: { into: 'new-table', table: AUDIT_TABLE, sheet: freeSheetName(localize(AUDIT_SHEET, locale), sheetNames), headers: headers(AUDIT_COLUMNS, locale) }, addColumns: [], tip: CHAIN_START };
  }
  // The Person key column, when a key migration of this write adds it, is not added twice.
  const missing = (missingAuditColumns(audit.headers) ?? []).filter((column) => !(keyAdded && column === PERSON_KEY_LABEL));
  return { placement: { into: 'append' }, addColumns: missing.map((c) => localize(c, locale)), tip: missing.length > 0 ? CHAIN_START : chainTipAfter(audit.last) };
}

/** An audit line's record row: the Person key sits right after the fixed columns, Source after it. */
export function auditRecordRow(cells: RecordCell[]): RecordRow {
  return { cells, keyColumn: cells.length - 1 };
}

export type RatingDecision = { answer: Exclude<ApplyRatingResult, { status: 'written' } | { status: 'failed' }> } | { write: RatingWrite };

function refused(reason: string): RatingDecision {
  return { answer: { status: 'refused', reason } };
}

function isLevelOf(model: LevelModel, level: string): boolean {
  return model.scale.levels.some((l) => l.id === level || textMatches(l.label, level));
}

/** Refusals that need nothing read: a position no table can have, a level the model does not have. */
export function ratingRequestProblem(request: ApplyRatingRequest, model: LevelModel): string | null {
  const { rowIndex, columnIndex } = request;
  if (!Number.isInteger(rowIndex) || rowIndex < 0 || rowIndex >= MAX_ROWS || !Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex >= MAX_COLUMNS) {
    return ratingMessages.notACell(rowIndex + 1, columnIndex + 1, request.table).in(request.locale);
  }
  if (!isLevelOf(model, request.level)) {
    return ratingMessages.notALevel(request.level, model.id, listSaid(model.scale.levels.map((l) => modelText(l.label)))).in(request.locale);
  }
  return null;
}

/** Why a record table cannot take rows (its headers are not the add-in's), or null. */
function recordTableProblem(table: { headers: readonly unknown[] } | null, name: string, columns: LocalText[]): Said | null {
  if (table === null || hasRecordColumns(table.headers, columns)) return null;
  return ratingMessages.recordColumns(name, listSaid(columns.map(modelText)));
}

/** Decides a rating request against what the host read just now; `now` stamps the change. */
export function judgeRating(request: ApplyRatingRequest, model: LevelModel, mappings: Record<string, ColumnMapping>, read: RatingRead, now: Date): RatingDecision {
  const problem = ratingRequestProblem(request, model);
  if (problem) return refused(problem);
  const say = (message: Said) => refused(message.in(request.locale));
  const { table } = read;
  if (!table) return say(ratingMessages.noTable(request.table));
  const layout = tableLayout(table, model, mappings);
  const rating = layout.ratingColumns.find((c) => c.index === request.columnIndex);
  if (!rating || request.columnIndex >= table.columnCount || !isRatingTable(table, model, mappings)) {
    return say(ratingMessages.notARatingColumn(request.columnIndex + 1, table.name, model.id));
  }
  if (request.rowIndex >= table.rowCount) return say(ratingMessages.outsideRows(request.rowIndex + 1, table.rowCount, table.name));
  const rowPerson = layout.personColumn === null ? '' : (read.rowTexts[layout.personColumn] ?? '').trim();
  const person = request.person.trim();
  if (rowPerson !== '' && person !== '' && rowPerson !== person) {
    return say(ratingMessages.otherPerson(request.rowIndex + 1, table.name, rowPerson, person));
  }
  const identification = personIdentification(table.headers, layout.keyColumn);
  const rowKey = identification.by === 'key' ? (read.rowTexts[identification.column] ?? '').trim() : '';
  const who: PersonRef = { key: rowKey, name: rowPerson || person };
  const ambiguous = ambiguousPerson(who, identification, read.sharing ?? sharingAmong(who, read.people ?? [who]));
  if (ambiguous) return say(ambiguous);
  const recordProblem = recordTableProblem(read.evidence, EVIDENCE_TABLE, EVIDENCE_COLUMNS) ?? recordTableProblem(read.audit, AUDIT_TABLE, AUDIT_COLUMNS);
  if (recordProblem) return say(recordProblem);
  // A cell that changed since it was read needs a fresh confirmation, even when the old value was confirmed.
  const { current } = read;
  if (current !== request.expected || (current !== '' && !request.confirmOverwrite)) return { answer: { status: 'needs-confirmation', current } };

  const { sheet, row, column } = read.cell;
  const change: RatingChange = {
    time: now.toISOString(),
    assessor: request.assessor,
    cell: ratingCellReference({ sheet, address: cellA1(row, column) }),
    person: who.name,
    personKey: who.key,
    competency: request.competency,
    oldValue: current,
    newValue: request.level,
    evidence: request.evidence,
    comment: request.comment,
    model: request.model,
    source: 'pane',
  };
  const sheets = [...read.sheetNames];
  const newTable = (name: string, sheet: LocalText, columns: LocalText[]): RecordPlacement => {
    const placement = { into: 'new-table', table: name, sheet: freeSheetName(localize(sheet, request.locale), sheets), headers: headers(columns, request.locale) } as const;
    sheets.push(placement.sheet);
    return placement;
  };
  const migration = planKeyColumns(read, read.people ?? [who], request.locale);
  const evidenceKeys = migration.evidenceKeys ?? read.evidence?.keys ?? [];
  const evidenceIndex = read.evidence ? findEvidenceRow(evidenceKeys, model, { ...who, cell: change.cell }, rating.competencyId, change.competency) : -1;
  const evidencePlacement: RecordPlacement = !read.evidence
    ? newTable(EVIDENCE_TABLE, EVIDENCE_SHEET, EVIDENCE_COLUMNS)
    : evidenceIndex >= 0
      ? { into: 'replace', index: evidenceIndex }
      : { into: 'append' };
  const audit = auditPlacement(read.audit, sheets, request.locale, migration.columns.some((m) => m.table === AUDIT_TABLE));
  const keyAt = (table: { headers: readonly unknown[] } | null, columns: LocalText[]) =>
    table ? (recordKeyColumn(table.headers, columns) ?? table.headers.length) : columns.length - 1;
  return {
    write: {
      sheet,
      row,
      column,
      input: storedText(request.level),
      change,
      migrations: migration.columns,
      evidence: { row: { cells: evidenceCells(change), keyColumn: keyAt(read.evidence, EVIDENCE_COLUMNS) }, placement: evidencePlacement },
      audit: { ...audit, row: auditRecordRow(auditCells(change, request.locale)) },
      notices: migration.notices,
      locale: request.locale,
    },
  };
}
