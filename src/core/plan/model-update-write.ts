import { cellA1 } from '../a1';
import { textEntry, trimmedCellText as cellText } from '../cell-text';
import { modelVersionTag } from '../model/model-version';
import type { LevelModel, LocalText, Locale } from '../model/types';
import { auditPlacement, type AuditWrite, type RatingRead, type RecordPlacement } from '../rating/judge';
import { CHAIN_START } from '../rating/audit-chain';
import { AUDIT_COLUMNS, AUDIT_SHEET, AUDIT_TABLE, EVIDENCE_COLUMNS, auditCells, hasEvidenceColumns, sameCompetency, freeSheetName, headers, storedText, type RatingChange, type RecordCell } from '../rating/records';
import { COLUMN_LABELS } from '../rating/assessment';
import { personKeyColumn } from '../rating/person-key';
import { headerKey, localize, normalizeName, textMatches } from '../text';
import { asCell, sheetName } from './labels';
import { levelSheetGeometry } from './levels';
import { ARCHIVE_SHEET, carryLevel, type CarriedLevel, describeColumnFate, matchUpdate, previewModelUpdate, type ModelUpdatePreview, type ModelUpdateRead, type TableMatch } from './model-update';
import type { PlanCell, WorkbookPlan } from './plan';
import { TARGETS_TABLE, planAssessmentWorkbook } from './workbook-plan';

/**
 * What a model update writes (the decision is model-update.ts): the workbook plan of the new model
 * with the people, ratings and targets carried into it column by competency id; the archive rows
 * of the columns that go; the audit lines. A host writes the archive rows first (so a failure
 * later loses nothing), then applies the plan as a rebuild (the Model sheet of the old version is
 * kept, model-archive.ts), then appends the audit lines (sealed onto the audit chain, source
 * "model update") and gives Evidence rows of a renamed competency its new name.
 */

export const ARCHIVE_TABLE = 'CompetencyArchive';
export const ARCHIVE_COLUMNS: LocalText[] = [
  { zh: '时间', en: 'Time' },
  { zh: '工作表', en: 'Sheet' },
  { zh: '姓名', en: 'Person' },
  { zh: '岗位', en: 'Role' },
  { zh: '列', en: 'Column' },
  { zh: '能力素质项编号', en: 'Competency id' },
  { zh: '值', en: 'Value' },
  { zh: '模型', en: 'Model' },
];

/** What the host found besides the tables: for where the archive rows and audit lines go. */
export interface ModelUpdateContext {
  now: Date;
  assessor: string;
  sheetNames: readonly string[];
  /** The archive table exists. */
  archiveTable: boolean;
  /** The Audit table's header row and last row (where the chain goes on from), or null when there is none. */
  audit: RatingRead['audit'];
}

export interface ModelUpdateWrite {
  preview: ModelUpdatePreview;
  plan: WorkbookPlan;
  /** Null when no column goes to the archive or it held nothing. */
  archive: { rows: string[][]; placement: RecordPlacement } | null;
  /** The audit lines up to their Source, for the host to seal after `tip` (audit-chain.ts), with where they go. */
  audit: Omit<AuditWrite, 'row'> & { rows: RecordCell[][] };
  changes: RatingChange[];
  /** Evidence data rows (0-based) that name a renamed competency, and the cell input of its new name for their Competency column. */
  evidence: { row: number; competency: string }[];
}

/** The Evidence table's Competency column (fixed since the first version). */
export const EVIDENCE_COMPETENCY_COLUMN = EVIDENCE_COLUMNS.findIndex((c) => c.en === 'Competency');

/** The Targets table's header row (0-based): A3, under the title and the note (workbook-plan.ts). */
const TARGETS_HEADER_ROW = 2;

type Read = ModelUpdateRead & { assessment: NonNullable<ModelUpdateRead['assessment']> };


/** A carried value as a plan cell: text stays text, a level number stays a number. */
function valueCell(value: unknown): PlanCell {
  if (typeof value === 'number') return value;
  return asCell(cellText(value));
}

/** The rows HR filled in: a row with nothing in the person, role, rating and other columns is the build's empty row. */
function filledRows(rows: TableValues['rows'], match: TableMatch): TableValues['rows'] {
  const columns = [match.person, match.role, ...match.competencies.map((c) => c.index), ...match.others.map((c) => c.index)].filter((c): c is number => c !== null);
  return rows.filter((row) => columns.some((c) => cellText(row[c]) !== ''));
}
type TableValues = NonNullable<ModelUpdateRead['targets']>;

function planText(cell: PlanCell): string {
  return typeof cell === 'object' && cell !== null ? ('text' in cell ? cell.text : '') : cellText(cell);
}

/**
 * The writes of a model update, or null when the workbook has no Assessment table. `context.now`
 * and the assessor go into the audit lines and archive rows.
 */
export function planModelUpdateWrite(read: ModelUpdateRead, previous: LevelModel, next: LevelModel, locale: Locale, context: ModelUpdateContext): ModelUpdateWrite | null {
  const preview = previewModelUpdate(read, previous, next, locale);
  const assessment = read.assessment;
  if (!preview || !assessment) return null;
  const full: Read = { ...read, assessment };
  const match = matchUpdate(full, previous, next, locale);
  const time = context.now.toISOString();
  const oldTag = modelVersionTag(previous);
  const newTag = modelVersionTag(next);
  const changes: RatingChange[] = [];
  const line = (cell: string, person: string, competency: string, oldValue: string, newValue: string, comment: string, personKey = '') =>
    changes.push({ time, assessor: context.assessor, cell, person, competency, oldValue, newValue, evidence: '', comment, model: newTag, personKey, source: 'model-update' });

  const rows = filledRows(assessment.rows, match.assessment);
  const people = rows.map((row) => ({ name: cellText(row[match.assessment.person ?? -1]), role: cellText(row[match.assessment.role ?? -1]) }));
  const plan = planAssessmentWorkbook(next, people, locale);
  const geometry = levelSheetGeometry(next, people.length);
  const assessmentSheet = sheetName('assessment', locale);
  const targetsSheetName = sheetName('targets', locale);
  const indexOf = new Map(next.competencies.map((c, k) => [c.id, k]));
  const relabelComment = (from: string, to: string) => localize({ zh: `模型 ${newTag} 中级别 ${from} 改名为 ${to}`, en: `level ${from} is called ${to} in model ${newTag}` }, locale);
  const flagComment = (value: string) => localize({ zh: `级别 ${value} 已不在模型 ${newTag} 中：保留原值，请复核`, en: `level ${value} is not in model ${newTag}: kept as it was, to be reviewed` }, locale);
  /** A carried value into its new cell; a relabelled or flagged one also gets its audit line. */
  const place = (row: PlanCell[], column: number, carried: Exclude<CarriedLevel, { outcome: 'blank' }>, cell: string, who: string, header: string, key = '') => {
    if (carried.outcome === 'same') row[column] = valueCell(carried.value);
    else if (carried.outcome === 'relabelled') {
      row[column] = asCell(carried.to);
      line(cell, who, header, carried.from, carried.to, relabelComment(carried.from, carried.to), key);
    } else {
      row[column] = asCell(carried.value);
      line(cell, who, header, carried.value, carried.value, flagComment(carried.value), key);
    }
  };

  // Ratings, by competency id, into the new rows; the row's model tag stays where it has ratings (they were given against it).
  const table = plan.sheets.find((s) => s.key === 'assessment')!.tables[0];
  const keyColumn = personKeyColumn(assessment.headers);
  const versionColumn = assessment.headers.findIndex((h) => textMatches(COLUMN_LABELS.modelVersion, cellText(h)));
  rows.forEach((row, i) => {
    const planRow = table.rows[i];
    let rated = false;
    for (const column of match.assessment.competencies) {
      const k = indexOf.get(column.competencyId ?? '');
      if (k === undefined) continue;
      const carried = carryLevel(row[column.index], previous, next, locale);
      if (carried.outcome === 'blank') continue;
      rated = true;
      const at = geometry.firstRatingColumn + k;
      place(planRow, at, carried, `${assessmentSheet}!${cellA1(geometry.rows.firstData + i, at)}`, people[i].name, table.headers[at], keyColumn === null ? '' : cellText(row[keyColumn]));
    }
    for (const column of match.assessment.same) {
      const at = table.headers.findIndex((h) => headerKey(h) === headerKey(column.header));
      if (at >= 0 && cellText(row[column.index]) !== '') planRow[at] = valueCell(row[column.index]);
    }
    const tag = versionColumn >= 0 ? cellText(row[versionColumn]) : '';
    if (rated && tag !== '') planRow[geometry.versionColumn] = asCell(tag);
  });

  // Targets, by role and competency id; roles only the workbook had keep their rows.
  const targetsTable = plan.sheets.find((s) => s.key === 'targets')?.tables.find((t) => t.name === TARGETS_TABLE);
  const targetRows = read.targets && match.targets ? filledRows(read.targets.rows, match.targets) : [];
  if (targetsTable && match.targets) {
    for (const row of targetRows) {
      const role = cellText(row[match.targets.role ?? -1]);
      let at = targetsTable.rows.findIndex((r) => normalizeName(planText(r[0])) === normalizeName(role));
      if (at < 0) {
        targetsTable.rows.push([asCell(role), ...next.competencies.map(() => null)]);
        at = targetsTable.rows.length - 1;
      }
      for (const column of match.targets.competencies) {
        const k = indexOf.get(column.competencyId ?? '');
        if (k === undefined) continue;
        const carried = carryLevel(row[column.index], previous, next, locale);
        if (carried.outcome === 'blank') continue;
        place(targetsTable.rows[at], 1 + k, carried, `${targetsSheetName}!${cellA1(TARGETS_HEADER_ROW + 1 + at, 1 + k)}`, role, targetsTable.headers[1 + k]);
      }
    }
  }

  // The columns that go: every value they hold, with its person or role, into the archive.
  const archiveRows: string[][] = [];
  const archiveRow = (sheet: string, person: string, role: string, column: string, id: string | null, value: unknown) =>
    archiveRows.push([textEntry(time), storedText(sheet), storedText(person), storedText(role), storedText(column), storedText(id ?? ''), storedText(cellText(value)), storedText(oldTag)]);
  const archived = (m: TableMatch) => [...m.competencies.filter((c) => !indexOf.has(c.competencyId ?? '')), ...m.others];
  for (const column of archived(match.assessment))
    for (const row of rows) if (cellText(row[column.index]) !== '') archiveRow(assessment.sheet, cellText(row[match.assessment.person ?? -1]), cellText(row[match.assessment.role ?? -1]), column.header, column.competencyId, row[column.index]);
  if (match.targets)
    for (const column of archived(match.targets))
      for (const row of targetRows) if (cellText(row[column.index]) !== '') archiveRow(targetsSheetName, '', cellText(row[match.targets.role ?? -1]), column.header, column.competencyId, row[column.index]);

  const sheets = [...context.sheetNames];
  const newTable = (table: string, sheet: LocalText, columns: LocalText[]): RecordPlacement => {
    const placement = { into: 'new-table', table, sheet: freeSheetName(localize(sheet, locale), sheets), headers: headers(columns, locale) } as const;
    sheets.push(placement.sheet);
    return placement;
  };
  const archive = archiveRows.length ? { rows: archiveRows, placement: context.archiveTable ? ({ into: 'append' } as const) : newTable(ARCHIVE_TABLE, ARCHIVE_SHEET, ARCHIVE_COLUMNS) } : null;
  const archiveName: LocalText = archive?.placement.into === 'new-table' ? { zh: archive.placement.sheet, en: archive.placement.sheet } : ARCHIVE_SHEET;

  // One line per column that changed, before the lines of its values.
  const columnLines: RatingChange[] = [];
  const headerCell = (k: number) => `${assessmentSheet}!${cellA1(geometry.rows.header, geometry.firstRatingColumn + k)}`;
  for (const fate of preview.columns) {
    const comment = localize(describeColumnFate(fate, archiveName), locale);
    const push = (cell: string, competency: string, oldValue: string, newValue: string) => columnLines.push({ time, assessor: context.assessor, cell, person: '', competency, oldValue, newValue, evidence: '', comment, model: newTag, personKey: '', source: 'model-update' });
    if (fate.kind === 'renamed') push(headerCell(indexOf.get(fate.competencyId)!), fate.to, fate.from, fate.to);
    else if (fate.kind === 'added') push(headerCell(indexOf.get(fate.competencyId)!), fate.header, '', fate.header);
    else if (fate.kind === 'archived') push(`${assessmentSheet}!${cellA1(assessment.top, assessment.left + assessment.headers.findIndex((h) => cellText(h) === fate.header))}`, fate.header, fate.header, '');
  }
  changes.unshift(...columnLines);

  // The plan keeps an Audit sheet that exists as it is (so the table read is the one written to); without its
  // table there (renamed by hand) the lines get a new one; without the sheet, the plan makes the table.
  const auditSheetExists = context.sheetNames.some((s) => s.toLowerCase() === localize(AUDIT_SHEET, locale).toLowerCase());
  const audit: Omit<AuditWrite, 'row'> = context.audit
    ? auditPlacement(context.audit, sheets, locale)
    : { placement: auditSheetExists ? newTable(AUDIT_TABLE, AUDIT_SHEET, AUDIT_COLUMNS) : { into: 'append' }, addColumns: [], tip: CHAIN_START };
  // Evidence of a renamed competency follows the new name, so the pane still finds it beside the rating.
  const evidence: ModelUpdateWrite['evidence'] = [];
  if (read.evidence && hasEvidenceColumns(read.evidence.headers))
    for (const fate of preview.columns) {
      if (fate.kind !== 'renamed') continue;
      read.evidence.competencies.forEach((value, row) => {
        const stored = cellText(value);
        if (stored !== '' && (headerKey(stored) === headerKey(fate.from) || sameCompetency(previous, stored, fate.competencyId))) evidence.push({ row, competency: storedText(fate.to) });
      });
    }
  return { preview, plan, archive, audit: { ...audit, rows: changes.map((change) => auditCells(change, locale)) }, changes, evidence };
}
