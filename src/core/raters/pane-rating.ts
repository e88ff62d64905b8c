import { CompetencyError } from '../errors';
import { cellA1, quoteSheetName } from '../a1';
import type { LevelModel, Locale } from '../model/types';
import { RATINGS_COLUMNS } from '../plan/ratings';
import { storedText, type RatingChange } from '../rating/records';
import { textEntry } from '../cell-text';
import { levelNumberOrError } from '../scoring/scale';
import { localize, normalizeName } from '../text';
import { ratingsOf, type RatingsEntry } from './ratings-table';
import { DEFAULT_ROLE_NAMES, ROLE_IDS, type RoleId } from './roles';
import { defineRound, type RoundDefinition } from './round';
import { spreadByRole, type RoleSpread } from './spread';

/**
 * A rater rating in the pane of a workbook that has a Ratings table: their rating is a row of that
 * table (never a cell of the Assessment table, whose combined block recomputes from the rows), one
 * row per person, competency and rater; the same rater rating again replaces their row once they
 * said yes. Also what the pane shows for the selected cell: the spread per role.
 */

/** Who rates in this workbook, as this user told the pane (kept per user, never in the document). */
export interface RaterIdentity {
  /** The rater's key as the Ratings table holds it (RaterKey), e.g. an employee number. */
  raterKey: string;
  /** The name shown in the audit log. */
  name: string;
  role: RoleId;
}

/** The identity as stored (JSON text), or null when there is none or it is not one. */
export function identityFromStored(raw: string | null | undefined): RaterIdentity | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Record<keyof RaterIdentity, unknown>>;
    const role = ROLE_IDS.find((id) => id === value.role);
    if (typeof value.raterKey !== 'string' || value.raterKey.trim() === '' || !role) return null;
    return { raterKey: value.raterKey.trim(), name: typeof value.name === 'string' ? value.name.trim() : '', role };
  } catch {
    return null;
  }
}

export function identityToStore(identity: RaterIdentity): string {
  return JSON.stringify({ raterKey: identity.raterKey.trim(), name: identity.name.trim(), role: identity.role });
}

/** The Ratings table and the round's settings as a host read them. */
export interface RatingsTableRead {
  sheet: string;
  /** 0-based sheet row of the header row and sheet column of the table's first column. */
  headerRow: number;
  firstColumn: number;
  headers: readonly string[];
  /** The data rows' values by table column (Excel keeps one blank row in an empty table); the Evidence, Time and Source cells may be null, as nothing here reads them (Excel leaves them in the workbook). */
  rows: readonly (readonly unknown[])[];
  /** The RaterRoles table's Weight and Minimum cells in role order; null when it is missing. */
  weights: readonly unknown[] | null;
  minimums: readonly unknown[] | null;
}

/**
 * Whether this workbook's round of several raters has begun: its Ratings table holds a rating.
 * Every level workbook is built with an empty Ratings table; until someone rates there (or
 * chooses to), the pane rates the Assessment cell as a single assessor does.
 */
export function roundInUse(read: RatingsTableRead): boolean {
  return read.rows.some((row) => row.some((cell) => cell !== null && cell !== undefined && String(cell).trim() !== ''));
}

export interface RatingsRatingRequest {
  personKey: string;
  person: string;
  /** The competency as the Assessment table's header names it (what the combined block matches). */
  competency: string;
  rater: RaterIdentity;
  /** The level label to write. */
  level: string;
  evidence: string;
  comment: string;
  /** The rater's own level the pane showed ('' when none): a different one in the table now asks again. */
  expected: string;
  /** The rater confirmed replacing their own rating. */
  confirmReplace: boolean;
  /** "ct-am@1" */
  model: string;
  locale: Locale;
}

export type RatingsDecision =
  /** Write `cells` (table column order) at data row `index`, appending when it is past the last row; then the audit line. */
  | { status: 'write'; index: number; append: boolean; cells: (string | number)[]; change: RatingChange }
  /** Nothing written: this rater already rated this person and competency (`current`), not confirmed. */
  | { status: 'needs-confirmation'; current: string }
  | { status: 'refused'; reason: string };

const SOURCE = 'pane';
const HEADERS = RATINGS_COLUMNS.map((c) => c.header);
const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());
const say = (locale: Locale, en: string, zh: string) => (locale === 'zh-CN' ? zh : en);

function columnsOf(read: RatingsTableRead): Record<string, number> | null {
  const index: Record<string, number> = {};
  for (const header of HEADERS) {
    const at = read.headers.findIndex((h) => normalizeName(text(h)) === normalizeName(header));
    if (at < 0) return null;
    index[header] = at;
  }
  return index;
}

/** What the pane's decisions never read of a rating: the evidence text, the time and the source (the longest cells). */
const UNREAD_COLUMNS = new Set(['Evidence', 'Time', 'Source'].map((header) => normalizeName(header)));

/** The table columns (0-based) the decisions here read, given the Ratings headers: every column but the evidence, time and source. */
export function ratingsColumnsRead(headers: readonly string[]): number[] {
  return headers.map((h, i) => (UNREAD_COLUMNS.has(normalizeName(text(h))) ? -1 : i)).filter((i) => i >= 0);
}

const isBlankRow = (row: readonly unknown[]) => row.every((v) => text(v) === '');

/** The round of the workbook: the RaterRoles weights and minimums, the defaults where a cell is blank. */
export function roundOfTable(read: Pick<RatingsTableRead, 'weights' | 'minimums'>): RoundDefinition {
  const perRole = (cells: readonly unknown[] | null) => {
    const values: Partial<Record<RoleId, number>> = {};
    ROLE_IDS.forEach((id, i) => {
      const cell = cells?.[i];
      if (typeof cell === 'number') values[id] = cell;
      else if (text(cell) !== '' && Number.isFinite(Number(text(cell)))) values[id] = Number(text(cell));
    });
    return values;
  };
  return defineRound({ weights: perRole(read.weights), minimums: perRole(read.minimums) });
}

function rowsOf(read: RatingsTableRead, columns: Record<string, number>, personKey: string, competency: string) {
  const person = normalizeName(personKey);
  const name = normalizeName(competency);
  return read.rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => normalizeName(text(row[columns.PersonKey])) === person && normalizeName(text(row[columns.Competency])) === name);
}

export type CellSpread =
  | { status: 'spread'; roles: RoleSpread[]; /** This rater's own level there ('' when none). */ own: string }
  /** The rows of this cell cannot be combined (a bad role or level, or the round's settings): why. */
  | { status: 'problem'; reason: string };

/** The spread per role of one person's ratings on one competency, and the rater's own rating there. */
export function cellSpread(read: RatingsTableRead, personKey: string, competency: string, raterKey: string, model: LevelModel, locale: Locale): CellSpread {
  const columns = columnsOf(read);
  if (!columns) return { status: 'problem', reason: missingColumns(locale) };
  const rows = rowsOf(read, columns, personKey, competency);
  const entries: RatingsEntry[] = rows.map(({ row }) => ({
    person: text(row[columns.PersonKey]),
    competency: text(row[columns.Competency]),
    rater: text(row[columns.RaterKey]),
    role: text(row[columns.Role]),
    level: typeof row[columns.Level] === 'number' ? (row[columns.Level] as number) : text(row[columns.Level]),
  }));
  const mine = rows.find(({ row }) => raterKey.trim() !== '' && normalizeName(text(row[columns.RaterKey])) === normalizeName(raterKey));
  try {
    const round = roundOfTable(read);
    return { status: 'spread', roles: spreadByRole(ratingsOf(entries, round, model.scale), round, locale), own: mine ? text(mine.row[columns.Level]) : '' };
  } catch (error) {
    if (error instanceof CompetencyError) return { status: 'problem', reason: error.messageIn(locale) };
    throw error;
  }
}

function missingColumns(locale: Locale): string {
  return say(locale, `the Ratings table needs the columns ${HEADERS.join(', ')}`, `评价记录表需要以下列:${HEADERS.join('、')}`);
}

/** The level as the table shows it, to compare what the rater saw with what is there now. */
function sameLevel(model: LevelModel, a: string, b: string): boolean {
  if (normalizeName(a) === normalizeName(b)) return true;
  const x = levelNumberOrError(model.scale, a);
  const y = levelNumberOrError(model.scale, b);
  return typeof x === 'number' && x === y;
}

/** Where the rating goes and what the audit says, or why it waits for the rater or is refused. */
export function decideRatingsRating(read: RatingsTableRead, request: RatingsRatingRequest, model: LevelModel, time: string): RatingsDecision {
  const { locale } = request;
  const columns = columnsOf(read);
  if (!columns) return { status: 'refused', reason: missingColumns(locale) };
  if (request.personKey.trim() === '')
    return { status: 'refused', reason: say(locale, 'this row has no person key: the Ratings table names people by key', '该行没有人员编号:评价记录表按人员编号记录') };
  if (request.rater.raterKey.trim() === '') return { status: 'refused', reason: say(locale, 'say who you are (your rater key) first', '请先填写您的评价人编号') };
  if (levelNumberOrError(model.scale, request.level) instanceof CompetencyError)
    return { status: 'refused', reason: say(locale, `"${request.level}" is not a level of the model`, `"${request.level}"不是模型中的级别`) };

  const mine = rowsOf(read, columns, request.personKey, request.competency).find(({ row }) => normalizeName(text(row[columns.RaterKey])) === normalizeName(request.rater.raterKey));
  const current = mine ? text(mine.row[columns.Level]) : '';
  if (current !== '' && (!request.confirmReplace || !sameLevel(model, current, request.expected))) return { status: 'needs-confirmation', current };

  const blankOnly = read.rows.length === 1 && isBlankRow(read.rows[0]);
  const index = mine ? mine.index : blankOnly ? 0 : read.rows.length;
  const roleName = localize(DEFAULT_ROLE_NAMES[request.rater.role], locale);
  const values: Record<string, string> = {
    PersonKey: storedText(request.personKey.trim()),
    Competency: storedText(request.competency),
    RaterKey: storedText(request.rater.raterKey.trim()),
    Role: storedText(roleName),
    Level: storedText(request.level),
    Evidence: storedText(request.evidence),
    // ISO 8601 UTC text, as every other row of the table (a returned file's rows too).
    Time: textEntry(time),
    Source: SOURCE,
  };
  const width = read.headers.length;
  const cells: (string | number)[] = Array.from({ length: width }, (_, i) => {
    const header = HEADERS.find((h) => columns[h] === i);
    if (header) return values[header];
    const kept = mine?.row[i];
    return typeof kept === 'number' ? kept : storedText(text(kept));
  });
  const sheetRow = read.headerRow + 1 + index;
  const cell = `${quoteSheetName(read.sheet)}!${cellA1(sheetRow, read.firstColumn)}:${cellA1(sheetRow, read.firstColumn + width - 1)}`;
  const who = request.rater.name.trim() && normalizeName(request.rater.name) !== normalizeName(request.rater.raterKey) ? `${request.rater.name.trim()} (${request.rater.raterKey.trim()})` : request.rater.raterKey.trim();
  const change: RatingChange = {
    time,
    assessor: `${who}, ${roleName}`,
    cell,
    person: request.person,
    personKey: request.personKey.trim(),
    competency: request.competency,
    oldValue: current,
    newValue: request.level,
    evidence: request.evidence,
    comment: request.comment,
    model: request.model,
    source: 'pane',
  };
  return { status: 'write', index, append: index >= read.rows.length, cells, change };
}
