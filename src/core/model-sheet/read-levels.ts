import { ASSESSMENT_LABELS, COMPETENCY_FIELDS, MISSING_MARK } from './columns';
import { joinSaid, modelText } from '../message';
import { sheetMessages, sheetThings } from './messages';
import { Agreed, Issues, readId, readNumber, type SectionTable } from './parse';
import { findLevel, listLevels } from '../scoring/scale';
import { normalizeName, textMatches } from '../text';
import type { Competency, CompetencyClass, LevelDescriptor, LocalText, Scale } from '../model/types';

/** The competency table of a level model read back into classes and competencies. */

const label = (key: string): LocalText => COMPETENCY_FIELDS.find((f) => f.key === key)!.label;

interface LevelRows {
  levelId: string;
  firstRow: number;
  agreed: Agreed;
  indicators: LocalText[];
  missing: boolean;
}

interface CompetencyRows {
  id: string;
  firstRow: number;
  agreed: Agreed;
  levels: Map<string, LevelRows>;
  /** A row had a level that is not on the scale: which level it meant is unknown, so no "no row for level". */
  badLevel: boolean;
}

export interface CompetencyTableResult {
  classes: CompetencyClass[];
  competencies: Competency[];
  /** First sheet row of each competency and class, to place the model validator's findings. */
  competencyRows: number[];
  classRows: number[];
}

function isMissingMark(text: string): boolean {
  return text.trim() !== '' && textMatches(MISSING_MARK, text);
}

function readAssessment(text: string, row: number, issues: Issues): string | undefined {
  if (text.trim() === '') return undefined;
  if (textMatches(ASSESSMENT_LABELS.behaviour, text)) return 'behaviour';
  if (textMatches(ASSESSMENT_LABELS.exam, text)) return 'exam';
  issues.add(row, sheetMessages.badAssessment(modelText(label('assessment')), text, modelText(ASSESSMENT_LABELS.behaviour), modelText(ASSESSMENT_LABELS.exam)));
  return undefined;
}

function readRows(table: SectionTable, scale: Scale, issues: Issues): Map<string, CompetencyRows> {
  const competencies = new Map<string, CompetencyRows>();
  for (const record of table.records) {
    const id = readId(record, 'competencyId', label('competencyId'), issues);
    if (!id) continue;
    let competency = competencies.get(id);
    if (!competency) {
      competency = { id, firstRow: record.row, agreed: new Agreed(sheetThings.competency(id), issues), levels: new Map(), badLevel: false };
      competencies.set(id, competency);
    }
    const { agreed } = competency;
    const classId = readId(record, 'classId', label('classId'), issues, false);
    if (classId) agreed.set('classId', classId, record.row, modelText(label('classId')));
    agreed.setText(record, 'class', label('class'));
    agreed.setText(record, 'competency', label('competency'));
    agreed.setText(record, 'definition', label('definition'));
    const weight = readNumber(record.raw('weight'), record.row, label('weight'), issues, { min: 0 });
    if (typeof weight === 'number') agreed.set('weight', String(weight), record.row, modelText(label('weight')));
    const assessment = readAssessment(record.text('assessment'), record.row, issues);
    if (assessment) agreed.set('assessment', assessment, record.row, modelText(label('assessment')));

    const levelText = record.text('level').trim();
    const level = levelText === '' ? undefined : findLevel(scale, levelText);
    if (!level) competency.badLevel = true;
    if (levelText === '') {
      issues.add(record.row, sheetMessages.levelBlank(modelText(label('level')), listLevels(scale)));
      continue;
    }
    if (!level) {
      issues.add(record.row, sheetMessages.notALevel(levelText, listLevels(scale)));
      continue;
    }
    let rows = competency.levels.get(level.id);
    if (!rows) {
      rows = { levelId: level.id, firstRow: record.row, agreed: new Agreed(sheetThings.competencyAtLevel(id, modelText(level.label)), issues), indicators: [], missing: false };
      competency.levels.set(level.id, rows);
    }
    rows.agreed.setText(record, 'summary', label('summary'));
    rows.agreed.set('note', record.text('note'), record.row, modelText(label('note')));
    const zh = record.text('indicator', 'zh');
    const en = record.text('indicator', 'en');
    if (isMissingMark(zh) || isMissingMark(en)) rows.missing = true;
    else {
      const indicator = record.localText('indicator');
      if (indicator) rows.indicators.push(indicator);
    }
  }
  return competencies;
}

function descriptor(rows: LevelRows): LevelDescriptor {
  const summary = rows.agreed.localText('summary');
  const note = rows.agreed.get('note');
  return {
    levelId: rows.levelId,
    ...(summary ? { summary } : {}),
    indicators: rows.indicators,
    ...(rows.missing ? { missing: true } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}

/** Classes and competencies from the table; issues name the row of each problem. */
export function readCompetencyTable(table: SectionTable, scale: Scale, issues: Issues): CompetencyTableResult {
  const rows = readRows(table, scale, issues);
  const classes = new Map<string, { firstRow: number; agreed: Agreed }>();
  const classByName = new Map<string, string>();
  for (const competency of rows.values()) {
    const classId = competency.agreed.get('classId');
    const name = competency.agreed.localText('class');
    if (classId && name) for (const text of [name.zh, name.en]) if (text) classByName.set(normalizeName(text), classId);
  }
  const result: CompetencyTableResult = { classes: [], competencies: [], competencyRows: [], classRows: [] };
  for (const competency of rows.values()) {
    const { agreed, firstRow } = competency;
    const className = agreed.localText('class');
    const classId = agreed.get('classId') ?? [className?.zh, className?.en].map((t) => (t ? classByName.get(normalizeName(t)) : undefined)).find(Boolean);
    if (!classId) {
      issues.add(firstRow, sheetMessages.noClass(sheetThings.competency(competency.id), modelText(label('classId'))));
      continue;
    }
    let klass = classes.get(classId);
    if (!klass) {
      klass = { firstRow, agreed: new Agreed(sheetThings.class(classId), issues) };
      classes.set(classId, klass);
    }
    for (const language of ['zh', 'en'] as const) {
      const text = className?.[language];
      if (text !== undefined) klass.agreed.set(`class.${language}`, text, firstRow, joinSaid([modelText(label('class')), `(${language})`], { en: ' ', zh: '' }));
    }
    const name = agreed.localText('competency');
    if (!name) issues.add(firstRow, sheetMessages.noName(sheetThings.competency(competency.id), modelText(label('competency'))));
    const levels: LevelDescriptor[] = [];
    for (const level of scale.levels) {
      const levelRows = competency.levels.get(level.id);
      if (!levelRows) {
        if (!competency.badLevel)
          issues.add(firstRow, sheetMessages.noLevelRow(sheetThings.competency(competency.id), modelText(level.label), modelText(MISSING_MARK)));
        continue;
      }
      const built = descriptor(levelRows);
      if (!built.missing && built.indicators.length === 0 && !built.summary)
        issues.add(levelRows.firstRow, sheetMessages.levelWithoutText(sheetThings.competency(competency.id), modelText(level.label), modelText(MISSING_MARK)));
      levels.push(built);
    }
    const definition = agreed.localText('definition');
    const weight = agreed.get('weight');
    const assessment = agreed.get('assessment') as Competency['assessment'];
    result.competencies.push({
      id: competency.id,
      classId,
      name: name ?? {},
      ...(definition ? { definition } : {}),
      ...(weight !== undefined ? { weight: Number(weight) } : {}),
      ...(assessment ? { assessment } : {}),
      levels,
    });
    result.competencyRows.push(firstRow);
  }
  for (const [id, klass] of classes) {
    const name = klass.agreed.localText('class');
    if (!name) issues.add(klass.firstRow, sheetMessages.noName(sheetThings.class(id), modelText(label('class'))));
    result.classes.push({ id, name: name ?? {} });
    result.classRows.push(klass.firstRow);
  }
  return result;
}
