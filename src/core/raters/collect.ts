import type { LocalText } from '../model/types';
import type { Scale } from '../model/types';
import { levelNumberOrError } from '../scoring/scale';
import { normalizeName } from '../text';
import { CompetencyError } from '../errors';
import { RATINGS_REACH_ROWS, type RatingsRow } from '../plan/ratings';
import { roleOfName } from './roles';
import { storedText, type RatingChange } from '../rating/records';

/**
 * Collecting returned assessor workbooks into the master's Ratings table: which files are taken
 * and which are refused, and why. A file is taken whole or refused whole, so a bad file never
 * leaves half its ratings behind and never touches what was collected before.
 */

/** What a returned file holds, as its host read it. */
export interface ReturnedFile {
  fileName: string;
  /** The model id and version the file's Model sheet records; null when it has none. */
  modelId: string | null;
  modelVersion: string | null;
  /** The rows of its Ratings table (blank Level = not rated). */
  rows: RatingsRow[];
}

/** What the master workbook already holds. */
export interface MasterRound {
  modelId: string;
  modelVersion: string;
  /** The person keys of the Assessment table. */
  people: string[];
  /** The competency headers ratings may name. */
  competencies: string[];
  scale: Scale;
  /** The master's Ratings rows so far. */
  rows: RatingsRow[];
}

export interface CollectedFile {
  fileName: string;
  /** The rows to append to the master's Ratings table, Source set to the file name. */
  rows: RatingsRow[];
  raters: string[];
}

export interface RefusedFile {
  fileName: string;
  reasons: LocalText[];
}

export interface Collection {
  taken: CollectedFile[];
  refused: RefusedFile[];
}

const text = (value: RatingsRow[keyof RatingsRow]) => (value === null || value === undefined ? '' : String(value).trim());
const isRated = (row: RatingsRow) => text(row.Level) !== '';
const cellKey = (row: RatingsRow) => [row.PersonKey, row.Competency, row.RaterKey].map((v) => normalizeName(text(v))).join('\u0000');
const levelOf = (row: RatingsRow, scale: Scale) => {
  const level = levelNumberOrError(scale, typeof row.Level === 'number' ? row.Level : text(row.Level));
  return level instanceof CompetencyError ? null : level;
};

/** At most a few examples in a reason, so a report stays readable for a file with hundreds of bad rows. */
function examples(values: string[]): string {
  const unique = [...new Set(values)];
  return unique.length <= 5 ? unique.join(', ') : `${unique.slice(0, 5).join(', ')} … (+${unique.length - 5})`;
}

/** The master's Ratings columns collecting reads: never the evidence texts nor the times, its longest cells. */
const MASTER_COLUMNS_READ = ['PersonKey', 'Competency', 'RaterKey', 'Role', 'Level', 'Source'];

/** Where the columns collecting reads sit among the master's Ratings headers (0-based, in header order); a host reads only these. */
export function masterColumnsRead(headers: readonly string[]): number[] {
  return headers.map((header, i) => (MASTER_COLUMNS_READ.includes(header) ? i : -1)).filter((i) => i >= 0);
}

/** Sorts the returned files into taken and refused; the taken rows are what the master appends. */
export function collectReturnedFiles(master: MasterRound, files: readonly ReturnedFile[], time: string): Collection {
  const people = new Set(master.people.map(normalizeName));
  const competencies = new Set(master.competencies.map(normalizeName));
  // What is in the master (and in the files taken so far in this collection): level per cell, and where each rater came from.
  const known = new Map<string, number | null>();
  const raterSource = new Map<string, string>();
  for (const row of master.rows) {
    if (!isRated(row)) continue;
    known.set(cellKey(row), levelOf(row, master.scale));
    const rater = normalizeName(text(row.RaterKey));
    if (rater && text(row.Source) && !raterSource.has(rater)) raterSource.set(rater, text(row.Source));
  }
  let room = RATINGS_REACH_ROWS - master.rows.length;
  const taken: CollectedFile[] = [];
  const refused: RefusedFile[] = [];

  for (const file of files) {
    const reasons: LocalText[] = [];
    const say = (en: string, zh: string) => reasons.push({ en, zh });
    if (file.modelId === null) say('it has no Model sheet naming the model and version', '文件中没有注明模型及版本的模型表');
    else if (normalizeName(file.modelId) !== normalizeName(master.modelId) || String(file.modelVersion) !== String(master.modelVersion))
      say(`it was prepared for model ${file.modelId}@${file.modelVersion}, not ${master.modelId}@${master.modelVersion}`, `该文件对应模型 ${file.modelId}@${file.modelVersion},而不是 ${master.modelId}@${master.modelVersion}`);

    const rated = file.rows.filter(isRated);
    if (rated.length === 0) say('it holds no ratings (every Level is blank)', '文件中没有评价(级别均为空白)');
    const unknownPeople = rated.filter((r) => !people.has(normalizeName(text(r.PersonKey)))).map((r) => text(r.PersonKey) || '(blank)');
    if (unknownPeople.length) say(`people not in this assessment: ${examples(unknownPeople)}`, `本评估中没有这些人员:${examples(unknownPeople)}`);
    const unknownCompetencies = rated.filter((r) => !competencies.has(normalizeName(text(r.Competency)))).map((r) => text(r.Competency) || '(blank)');
    if (unknownCompetencies.length) say(`competencies not in the model: ${examples(unknownCompetencies)}`, `模型中没有这些能力素质项:${examples(unknownCompetencies)}`);
    const noRater = rated.filter((r) => text(r.RaterKey) === '').map((r) => text(r.PersonKey));
    if (noRater.length) say(`${noRater.length} rating(s) name no rater (RaterKey blank)`, `${noRater.length} 条评价没有评价人编号(RaterKey 为空)`);
    const badRole = rated.filter((r) => roleOfName(text(r.Role)) === null).map((r) => text(r.Role) || '(blank)');
    if (badRole.length) say(`roles that are not rater roles: ${examples(badRole)}`, `不是评价人角色:${examples(badRole)}`);
    const badLevel = rated.filter((r) => levelOf(r, master.scale) === null).map((r) => text(r.Level));
    if (badLevel.length) say(`levels not on the model’s scale: ${examples(badLevel)}`, `不在模型量表上的级别:${examples(badLevel)}`);

    const inFile = new Map<string, number | null>();
    const twice: string[] = [];
    const conflicts: string[] = [];
    for (const row of rated) {
      const key = cellKey(row);
      const level = levelOf(row, master.scale);
      const where = `${text(row.PersonKey)} / ${text(row.Competency)} / ${text(row.RaterKey)}`;
      if (inFile.has(key)) (inFile.get(key) === level ? twice : conflicts).push(where);
      else if (known.has(key) && known.get(key) !== level) conflicts.push(where);
      inFile.set(key, level);
    }
    if (twice.length) say(`the same rating twice: ${examples(twice)}`, `同一评价出现两次:${examples(twice)}`);
    if (conflicts.length) say(`conflicting ratings for the same person, competency and rater: ${examples(conflicts)}`, `同一人员、能力素质项和评价人的评价互相矛盾:${examples(conflicts)}`);

    const raters = [...new Set(rated.map((r) => text(r.RaterKey)).filter((r) => r !== ''))];
    const elsewhere = raters.filter((r) => raterSource.has(normalizeName(r)) && raterSource.get(normalizeName(r)) !== file.fileName);
    if (elsewhere.length)
      say(
        `raters already collected from another file: ${examples(elsewhere.map((r) => `${r} (${raterSource.get(normalizeName(r))})`))}`,
        `评价人已从其他文件收回:${examples(elsewhere.map((r) => `${r}(${raterSource.get(normalizeName(r))})`))}`,
      );
    const again = raters.filter((r) => raterSource.get(normalizeName(r)) === file.fileName);
    if (again.length) say('this file was collected before', '该文件已经收回过');
    if (reasons.length === 0 && rated.length > room)
      say(`the Ratings table would pass the ${RATINGS_REACH_ROWS} rows the Assessment formulas read`, `评价记录表将超过评估表公式读取的 ${RATINGS_REACH_ROWS} 行`);

    if (reasons.length > 0) {
      refused.push({ fileName: file.fileName, reasons });
      continue;
    }
    room -= rated.length;
    for (const row of rated) known.set(cellKey(row), levelOf(row, master.scale));
    for (const rater of raters) raterSource.set(normalizeName(rater), file.fileName);
    taken.push({
      fileName: file.fileName,
      raters,
      rows: rated.map((row) => ({
        PersonKey: text(row.PersonKey),
        Competency: text(row.Competency),
        RaterKey: text(row.RaterKey),
        Role: text(row.Role),
        Level: typeof row.Level === 'number' ? row.Level : text(row.Level),
        Evidence: text(row.Evidence),
        Time: text(row.Time) || time,
        Source: file.fileName,
      })),
    });
  }
  return { taken, refused };
}

/** Table rows (as a host reads them, by header) as Ratings rows; cells that are not text or numbers read as blank. */
export function ratingsRowsOf(headers: readonly unknown[], rows: readonly (readonly unknown[])[]): RatingsRow[] {
  const names = headers.map((h) => String(h ?? '').trim());
  return rows
    .map((row) => {
      const entry: RatingsRow = {};
      names.forEach((name, i) => {
        const value = row[i];
        (entry as Record<string, string | number | null>)[name] = typeof value === 'number' || typeof value === 'string' ? value : null;
      });
      return entry;
    })
    .filter((row) => Object.values(row).some((v) => v !== null && String(v).trim() !== ''));
}

/** The rows as cell input in the Ratings table's column order: text stays text. */
export function ratingsCells(rows: readonly RatingsRow[], headers: readonly string[]): (string | number)[][] {
  return rows.map((row) => headers.map((h) => {
    const value = row[h];
    if (typeof value === 'number') return value;
    return storedText(value ?? '');
  }));
}

/** The audit line of a collected file: who, how many ratings, from which file. */
export function collectionChange(file: CollectedFile, cell: string, modelTag: string, time: string, locale: 'zh-CN' | 'en-US'): RatingChange {
  const people = new Set(file.rows.map((r) => String(r.PersonKey))).size;
  return {
    time,
    assessor: file.raters.join(', '),
    cell,
    person: locale === 'zh-CN' ? `${people} 人` : `${people} people`,
    // A file covers several people: the line names how many, not one key.
    personKey: '',
    competency: '',
    oldValue: '',
    newValue: locale === 'zh-CN' ? `收回 ${file.rows.length} 条评价` : `${file.rows.length} ratings collected`,
    evidence: '',
    comment: locale === 'zh-CN' ? `来自文件 ${file.fileName}` : `from the file ${file.fileName}`,
    model: modelTag,
    source: 'collect',
  };
}
