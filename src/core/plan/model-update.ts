import { trimmedCellText as cellText } from '../cell-text';
import { COLUMN_LABELS, competencyForHeader } from '../rating/assessment';
import type { TableValues } from '../rating/snapshot';
import { findLevel, levelNumberOrError } from '../scoring/scale';
import { headerKey, localize, textMatches } from '../text';
import { canonicalJson } from '../model/model-version';
import type { CompetencyModel, LevelModel, LocalText, Locale } from '../model/types';
import { readColumnIds } from './column-ids';
import { uniqueHeaders } from './labels';
import { planAssessmentWorkbook } from './workbook-plan';
import { bothTexts, joinSaid, listSaid, modelText, type Said } from '../message';
import { modelUpdateLines } from './messages';

/**
 * A model update over a built workbook (a new version of its level model): which existing column
 * of the Assessment and Targets tables rates which competency, and what happens to each. Columns
 * are matched by competency id: the id the workbook recorded for the column (column-ids.ts), else
 * (a workbook built before the record) the competency the header names in the previous or the new
 * model, in either language. Then a competency of the new model keeps its column (renamed when its
 * name changed), one the new model dropped is archived with its values, a new one gets a column,
 * and a value whose level the new scale no longer has is flagged, never dropped. This module
 * decides the columns; model-update-write.ts turns the decision into what the hosts write.
 */

/** What a host reads before an update: the Assessment and Targets tables and the id record. */
export interface ModelUpdateRead {
  /** The Assessment table: its sheet, its top-left cell (0-based) and its values; null when the workbook has none. */
  assessment: (TableValues & { sheet: string; top: number; left: number }) | null;
  targets: TableValues | null;
  /** The cells of columnIdReadWindow; null when not read. */
  columnIds: readonly (readonly unknown[])[] | null;
  /** The Evidence table's header row and its Competency column (one value per data row); absent or null when there is none. */
  evidence?: { headers: readonly unknown[]; competencies: readonly unknown[] } | null;
}

/** A value that no longer names a level of the new scale: kept in its cell as it was, and listed. */
export interface FlaggedValue {
  /** The person (Assessment) or the role (Targets) of the row. */
  row: string;
  value: string;
  table: 'assessment' | 'targets';
}

interface CarriedValues {
  /** Values kept under the new label of their level (a level renamed in the new scale). */
  relabelled: number;
  flagged: FlaggedValue[];
}

/** What happens to one column of the Assessment table (and the Targets column of the same competency). */
export type ColumnFate =
  | ({ kind: 'kept'; competencyId: string; header: string; values: number } & CarriedValues)
  | ({ kind: 'renamed'; competencyId: string; from: string; to: string; values: number } & CarriedValues)
  /** Moved to the archive table with its values; competencyId null: a column that rates nothing (HR's own). */
  | { kind: 'archived'; competencyId: string | null; header: string; values: number }
  | { kind: 'added'; competencyId: string; header: string };

/** The per-column decision the pane shows before anything is written. */
export interface ModelUpdatePreview {
  modelId: string;
  from: string;
  to: string;
  columns: ColumnFate[];
}

/** One existing column and the competency it was found to rate. */
interface MatchedColumn {
  index: number;
  header: string;
  competencyId: string | null;
}

/** The columns of a table HR's data lives in, classified: person, role, the add-in's computed columns, competencies, others. */
export interface TableMatch {
  person: number | null;
  role: number | null;
  competencies: MatchedColumn[];
  /** Columns neither the add-in's nor a competency's: kept in the archive, as the new table has no place for them. */
  others: MatchedColumn[];
  /** Columns the new table has under the same header (a person key): carried as they are. */
  same: MatchedColumn[];
}

const ADDIN_COLUMNS = [COLUMN_LABELS.weightedScore, COLUMN_LABELS.overallLevel, COLUMN_LABELS.totalGap, COLUMN_LABELS.modelVersion];

/** The competency id a header stands for: the recorded one, else the one it names in the previous or the new model. */
function competencyOf(header: string, recorded: ReadonlyMap<string, string>, previous: LevelModel, next: LevelModel): string | null {
  const known = (id: string) => previous.competencies.some((c) => c.id === id) || next.competencies.some((c) => c.id === id);
  const id = recorded.get(header);
  if (id !== undefined && known(id)) return id;
  return (competencyForHeader(previous, header) ?? competencyForHeader(next, header))?.id ?? null;
}

/** Classifies a table's columns; a competency rated by two columns keeps the first, the second goes to the archive. */
export function matchTableColumns(headers: readonly unknown[], recorded: ReadonlyMap<string, string>, previous: LevelModel, next: LevelModel, planColumns: readonly string[] = []): TableMatch {
  const match: TableMatch = { person: null, role: null, competencies: [], others: [], same: [] };
  const planned = new Set(planColumns.map(headerKey));
  const seen = new Set<string>();
  headers.forEach((raw, index) => {
    const header = cellText(raw);
    if (header === '') return;
    const id = competencyOf(header, recorded, previous, next);
    if (id !== null && !seen.has(id)) {
      seen.add(id);
      match.competencies.push({ index, header, competencyId: id });
    } else if (match.person === null && textMatches(COLUMN_LABELS.person, header)) match.person = index;
    else if (match.role === null && textMatches(COLUMN_LABELS.role, header)) match.role = index;
    else if (ADDIN_COLUMNS.some((label) => textMatches(label, header))) return;
    else if (planned.has(headerKey(header))) match.same.push({ index, header, competencyId: null });
    else match.others.push({ index, header, competencyId: id });
  });
  return match;
}

/** How an existing value reads on the new scale: unchanged, under its level's new label, flagged, or blank. */
export type CarriedLevel = { outcome: 'blank' } | { outcome: 'same'; value: unknown } | { outcome: 'relabelled'; from: string; to: string } | { outcome: 'flagged'; value: string };

/**
 * A rating or target carried to the new scale: a label (either language) or id of a level that the
 * new scale has under the same id keeps its level, written with the new label when the label
 * changed; a level number the new scale accepts stays; anything else is flagged.
 */
export function carryLevel(value: unknown, previous: LevelModel, next: LevelModel, locale: Locale): CarriedLevel {
  const text = cellText(value);
  if (text === '') return { outcome: 'blank' };
  if (typeof value === 'number' || /^\d+$/.test(text)) return typeof levelNumberOrError(next.scale, Number(text)) === 'number' ? { outcome: 'same', value } : { outcome: 'flagged', value: text };
  const level = findLevel(previous.scale, text) ?? findLevel(next.scale, text);
  const now = level ? next.scale.levels.find((l) => l.id === level.id) : undefined;
  if (!now) return { outcome: 'flagged', value: text };
  if (textMatches(now.label, text) || text === now.id) return { outcome: 'same', value };
  return { outcome: 'relabelled', from: text, to: localize(now.label, locale) };
}

/** The recorded ids, the matched tables and the new headers: what both the preview and the write start from. */
export interface UpdateMatch {
  assessment: TableMatch;
  targets: TableMatch | null;
  /** New header per competency id, in the new model's order. */
  headers: Map<string, string>;
}

export function matchUpdate(read: ModelUpdateRead & { assessment: NonNullable<ModelUpdateRead['assessment']> }, previous: LevelModel, next: LevelModel, locale: Locale): UpdateMatch {
  const recorded = readColumnIds(read.columnIds);
  const names = uniqueHeaders(next.competencies, locale);
  // The new table's own columns besides person, role and ratings (a person key, say) take their values as they are.
  const own = new Set([...names, localize(COLUMN_LABELS.person, locale), localize(COLUMN_LABELS.role, locale)]);
  const planColumns = planAssessmentWorkbook(next, [], locale).sheets.find((s) => s.key === 'assessment')!.tables[0].headers.filter((h) => !own.has(h));
  return {
    assessment: matchTableColumns(read.assessment.headers, recorded, previous, next, planColumns),
    targets: read.targets ? matchTableColumns(read.targets.headers, recorded, previous, next) : null,
    headers: new Map(next.competencies.map((c, k) => [c.id, names[k]])),
  };
}

function rowName(row: readonly unknown[], column: number | null): string {
  return column === null ? '' : cellText(row[column]);
}

/** Values of a column: how many are not blank, how many are relabelled, which are flagged. */
function countValues(table: TableValues, column: MatchedColumn, nameColumn: number | null, kind: FlaggedValue['table'], previous: LevelModel, next: LevelModel, locale: Locale): { values: number } & CarriedValues {
  const out = { values: 0, relabelled: 0, flagged: [] as FlaggedValue[] };
  for (const row of table.rows) {
    const carried = carryLevel(row[column.index], previous, next, locale);
    if (carried.outcome === 'blank') continue;
    out.values++;
    if (carried.outcome === 'relabelled') out.relabelled++;
    if (carried.outcome === 'flagged') out.flagged.push({ row: rowName(row, nameColumn), value: carried.value, table: kind });
  }
  return out;
}

function nonBlank(table: TableValues, index: number): number {
  return table.rows.filter((row) => cellText(row[index]) !== '').length;
}

/**
 * What an update does to each column, in table order, then the columns it adds: null when the
 * workbook has no Assessment table (nothing in the sheets to update).
 */
export function previewModelUpdate(read: ModelUpdateRead, previous: LevelModel, next: LevelModel, locale: Locale): ModelUpdatePreview | null {
  const assessment = read.assessment;
  if (!assessment) return null;
  const match = matchUpdate({ ...read, assessment }, previous, next, locale);
  const columns: ColumnFate[] = [];
  const targetColumn = (id: string) => match.targets?.competencies.find((c) => c.competencyId === id);
  for (const column of [...match.assessment.competencies, ...match.assessment.others].sort((a, b) => a.index - b.index)) {
    const header = match.headers.get(column.competencyId ?? '');
    if (header === undefined || !match.assessment.competencies.includes(column)) {
      columns.push({ kind: 'archived', competencyId: column.competencyId, header: column.header, values: nonBlank(assessment, column.index) });
      continue;
    }
    const counted = countValues(assessment, column, match.assessment.person, 'assessment', previous, next, locale);
    const target = targetColumn(column.competencyId!);
    if (target && read.targets) {
      const targets = countValues(read.targets, target, match.targets!.role, 'targets', previous, next, locale);
      counted.relabelled += targets.relabelled;
      counted.flagged.push(...targets.flagged);
    }
    const id = column.competencyId!;
    columns.push(headerKey(header) === headerKey(column.header) ? { kind: 'kept', competencyId: id, header, ...counted } : { kind: 'renamed', competencyId: id, from: column.header, to: header, ...counted });
  }
  const rated = new Set(match.assessment.competencies.map((c) => c.competencyId));
  for (const [id, header] of match.headers) if (!rated.has(id)) columns.push({ kind: 'added', competencyId: id, header });
  return { modelId: next.id, from: previous.version, to: next.version, columns };
}

/** True when the update needs the user's yes: anything but columns kept as they are. */
export function updateChangesColumns(preview: ModelUpdatePreview): boolean {
  return preview.columns.some((c) => c.kind !== 'kept' || c.relabelled > 0 || c.flagged.length > 0);
}

/** Parts of one line: ", " in English, "，" in Chinese. */
const LIST = { en: ', ', zh: '，' };

/** The column's fate in both languages, for the update dialog and the audit log. */
export function describeColumnFate(fate: ColumnFate, archiveSheet: LocalText = ARCHIVE_SHEET): LocalText {
  const extra = (c: CarriedValues) => {
    const parts: Said[] = [];
    if (c.relabelled) parts.push(modelUpdateLines.relabelled(c.relabelled));
    if (c.flagged.length) parts.push(modelUpdateLines.flagged(c.flagged.length, listSaid([...new Set(c.flagged.map((f) => f.value))])));
    return parts.length ? modelUpdateLines.extra(joinSaid(parts, LIST)) : '';
  };
  const sheet = modelText(archiveSheet);
  switch (fate.kind) {
    case 'kept':
      return bothTexts(modelUpdateLines.kept(fate.header, fate.values, extra(fate)));
    case 'renamed':
      return bothTexts(modelUpdateLines.renamed(fate.from, fate.to, fate.values, extra(fate)));
    case 'archived':
      return bothTexts(fate.competencyId === null ? modelUpdateLines.archivedOther(fate.header, fate.values, sheet) : modelUpdateLines.archivedRemoved(fate.header, fate.values, sheet));
    case 'added':
      return bothTexts(modelUpdateLines.added(fate.header));
  }
}

/** The sheet archived columns go to. */
export const ARCHIVE_SHEET: LocalText = { zh: '归档', en: 'Archive' };

/** The two models as level models, or null: a points model's sheet has no competency columns to carry. */
export function levelModelsOf(previous: CompetencyModel, next: CompetencyModel): { previous: LevelModel; next: LevelModel } | null {
  return previous.kind === 'levels' && next.kind === 'levels' && previous.id === next.id ? { previous, next } : null;
}

/** The workbook still reads as the user saw it in the dialog: otherwise the update must be shown again, not written. */
export function samePreview(shown: ModelUpdatePreview, now: ModelUpdatePreview | null): boolean {
  return now !== null && canonicalJson(shown) === canonicalJson(now);
}

/** The dialog's lines for the columns: one per column that changes, then the columns kept as they are in one line. */
export function describeColumnFates(preview: ModelUpdatePreview): LocalText[] {
  const plain = (f: ColumnFate) => f.kind === 'kept' && f.relabelled === 0 && f.flagged.length === 0;
  const lines = preview.columns.filter((f) => !plain(f)).map((f) => describeColumnFate(f));
  const kept = preview.columns.filter(plain).map((f) => (f.kind === 'kept' ? f.header : ''));
  if (kept.length) lines.push(bothTexts(modelUpdateLines.keptColumns(kept.length, listSaid(kept))));
  return lines;
}

/** What the update did, for the pane's notice after it was written. */
export function describeUpdateDone(preview: ModelUpdatePreview, archiveSheet: string | undefined): LocalText {
  const count = (kind: ColumnFate['kind']) => preview.columns.filter((f) => f.kind === kind).length;
  const flagged = preview.columns.reduce((n, f) => n + ('flagged' in f ? f.flagged.length : 0), 0);
  const parts: Said[] = [
    modelUpdateLines.renamedCount(count('renamed')),
    modelUpdateLines.addedCount(count('added')),
    archiveSheet ? modelUpdateLines.archivedCountIn(count('archived'), archiveSheet) : modelUpdateLines.archivedCount(count('archived')),
  ];
  if (flagged) parts.push(modelUpdateLines.toReview(flagged));
  return bothTexts(modelUpdateLines.done(preview.to, joinSaid(parts, LIST)));
}

/** Said when the workbook changed between the dialog and the write. */
export const UPDATE_STALE: LocalText = bothTexts(modelUpdateLines.stale());

/** The dialog's heading over the column lines. */
export const UPDATE_COLUMNS_HEADING: LocalText = bothTexts(modelUpdateLines.heading());
