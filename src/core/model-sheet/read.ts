import type { ImportIssue, ModelImportResult } from './parse';
import { modelText } from '../message';
import { sheetMessages, sheetThings } from './messages';
import {
  COMPETENCY_FIELDS,
  DEDUCTION_FIELDS,
  ELEMENT_FIELDS,
  EXAM_FIELDS,
  INFO_FIELDS,
  KIND_LABELS,
  LEVEL_FIELDS,
  SECTION_TITLES,
  parseFieldName,
  type SectionKey,
} from './columns';
import { cellText } from '../cell-text';
import { fieldNames, Issues, readNumber, readTable, splitSections, type Section, type SheetRow } from './parse';
import { readCompetencyTable } from './read-levels';
import { readDeductionTable, readElementTable, readExamTable } from './read-points';
import { textMatches } from '../text';
import type { CompetencyModel, LevelModel, LocalText, PointsModel, ProficiencyLevel, Scale, ScoreBand } from '../model/types';
import { issueText, validateModel } from '../model/validate';

/**
 * The Model sheet read back into a model (see model-sheet.ts for the layout). Either the whole
 * sheet from A1 (all sections), or the table alone (header first) with the model information and
 * levels taken from `base`, the model the workbook was built with. `firstRow` is the sheet row of
 * `rows[0]`, so issues name real sheet rows. Any problem rejects the whole import: the result then
 * holds every issue found, each with its row, and no model.
 */
export interface RowsToModelOptions {
  /** 1-based sheet row of rows[0] (default 1: the rows start at A1). */
  firstRow?: number;
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

type InfoValues = Map<string, { value: unknown; row: number }>;

function readInfo(section: Section, issues: Issues): InfoValues {
  const values: InfoValues = new Map();
  for (const row of section.rows) {
    const name = cellText(row.cells[0]).trim();
    const field = name === '' ? undefined : parseFieldName(name, INFO_FIELDS);
    if (!field) {
      issues.add(row.row, sheetMessages.unknownInfoField(name, fieldNames(INFO_FIELDS)));
      continue;
    }
    const id = field.language ? `${field.key}.${field.language}` : field.key;
    if (values.has(id)) issues.add(row.row, sheetMessages.infoFieldTwice(name, values.get(id)!.row));
    else values.set(id, { value: row.cells[1], row: row.row });
  }
  return values;
}

class Info {
  constructor(
    private readonly values: InfoValues,
    private readonly titleRow: number,
    private readonly issues: Issues,
  ) {}
  row(key: string): number {
    return this.values.get(key)?.row ?? this.values.get(`${key}.zh`)?.row ?? this.values.get(`${key}.en`)?.row ?? this.titleRow;
  }
  text(key: string): string | undefined {
    const text = cellText(this.values.get(key)?.value).trim();
    return text === '' ? undefined : cellText(this.values.get(key)?.value);
  }
  localText(key: string): LocalText | undefined {
    const zh = this.text(`${key}.zh`);
    const en = this.text(`${key}.en`);
    return zh === undefined && en === undefined ? undefined : { ...(zh !== undefined ? { zh } : {}), ...(en !== undefined ? { en } : {}) };
  }
  required<T>(key: string, value: T | undefined): T | undefined {
    if (value === undefined) this.issues.add(this.row(key), sheetMessages.blank(modelText(INFO_FIELDS.find((f) => f.key === key)!.label)));
    return value;
  }
  id(key: string): string | undefined {
    const value = this.required(key, this.text(key)?.trim());
    if (value !== undefined && !ID_PATTERN.test(value)) {
      this.issues.add(this.row(key), sheetMessages.badId(modelText(INFO_FIELDS.find((f) => f.key === key)!.label), value));
      return undefined;
    }
    return value;
  }
  raw(key: string): unknown {
    return this.values.get(key)?.value;
  }
}

function readKind(info: Info, tableSection: SectionKey | undefined, issues: Issues): 'levels' | 'points' | undefined {
  const fromTable = tableSection === 'competencies' ? 'levels' : tableSection === 'elements' ? 'points' : undefined;
  const text = info.text('kind')?.trim();
  if (text === undefined) return fromTable;
  const kind = textMatches(KIND_LABELS.levels, text) || text === 'levels' ? 'levels' : textMatches(KIND_LABELS.points, text) || text === 'points' ? 'points' : undefined;
  if (!kind) issues.add(info.row('kind'), sheetMessages.badKind(text, modelText(KIND_LABELS.levels), modelText(KIND_LABELS.points)));
  else if (fromTable && kind !== fromTable)
    issues.add(info.row('kind'), sheetMessages.kindMismatch(text, modelText(SECTION_TITLES[tableSection!])));
  return kind;
}

function readLevels(section: Section, info: Info | null, base: CompetencyModel | undefined, issues: Issues): Scale | undefined {
  const table = readTable(section.rows, LEVEL_FIELDS, modelText(SECTION_TITLES.levels), ['levelId', 'label'], issues, section.titleRow);
  if (!table) return undefined;
  const levels: ProficiencyLevel[] = [];
  const bands: ScoreBand[] = [];
  const seen = new Map<string, number>();
  for (const record of table.records) {
    const id = record.text('levelId').trim();
    const label = record.localText('label');
    const idField = modelText(LEVEL_FIELDS.find((f) => f.key === 'levelId')!.label);
    if (!ID_PATTERN.test(id)) issues.add(record.row, id === '' ? sheetMessages.blank(idField) : sheetMessages.badId(idField, id));
    else if (seen.has(id)) issues.add(record.row, sheetMessages.usedTwice(sheetThings.levelId(), id, seen.get(id)!));
    if (!label) issues.add(record.row, sheetMessages.levelNoLabel());
    const min = readNumber(record.raw('bandMin'), record.row, LEVEL_FIELDS[3].label, issues);
    if (!label || !ID_PATTERN.test(id) || seen.has(id)) continue;
    seen.set(id, record.row);
    const description = record.localText('description');
    levels.push({ id, label, ...(description ? { description } : {}) });
    if (typeof min === 'number') bands.push({ min, levelId: id });
  }
  const scaleId = info?.text('scaleId')?.trim() ?? base?.scale.id;
  const name = info?.localText('scaleName') ?? base?.scale.name;
  if (!scaleId || !name) {
    issues.add(info ? info.row(scaleId ? 'scaleName' : 'scaleId') : section.titleRow, sheetMessages.scaleNeeded());
    return undefined;
  }
  const note = info ? info.localText('scoreBandsNote') : base?.scale.scoreBandsNote;
  return { id: scaleId, name, levels, ...(bands.length > 0 ? { scoreBands: bands } : {}), ...(note ? { scoreBandsNote: note } : {}) };
}

function sectionMap(sections: Section[], issues: Issues): Map<SectionKey, Section> {
  const map = new Map<SectionKey, Section>();
  for (const section of sections) {
    if (map.has(section.key)) issues.add(section.titleRow, sheetMessages.sectionTwice(modelText(SECTION_TITLES[section.key]), map.get(section.key)!.titleRow));
    else map.set(section.key, section);
  }
  return map;
}

interface Placement {
  competencyRows: number[];
  classRows: number[];
  elementRows: Map<string, number>;
  sectionRows: Map<SectionKey, number>;
  tableRow: number;
}

/** The sheet row where the validator's finding at `path` belongs. */
function rowForPath(path: string, model: CompetencyModel, place: Placement): number {
  let match = /^competencies\[(\d+)\]/.exec(path);
  if (match) return place.competencyRows[Number(match[1])] ?? place.tableRow;
  match = /^classes\[(\d+)\]/.exec(path);
  if (match) return place.classRows[Number(match[1])] ?? place.tableRow;
  match = /^groups\[(\d+)\]\.elements\[(\d+)\]/.exec(path);
  if (match && model.kind === 'points') return place.elementRows.get(model.groups[Number(match[1])]?.elements[Number(match[2])]?.id) ?? place.tableRow;
  if (path.startsWith('scale')) return place.sectionRows.get('levels') ?? place.tableRow;
  if (path.startsWith('knowledge')) return place.sectionRows.get('exams') ?? place.tableRow;
  if (path.startsWith('deductions')) return place.sectionRows.get('deductions') ?? place.tableRow;
  if (/^(id|version|name|source|description|kind|levelTotal)/.test(path)) return place.sectionRows.get('info') ?? place.tableRow;
  return place.tableRow;
}

function rejected(issues: ImportIssue[]): ModelImportResult {
  return { ok: false, issues: [...issues].sort((a, b) => a.row - b.row) };
}

/** Reads the Model sheet's rows back into a validated model, or every issue with its sheet row. */
export function rowsToModel(rows: ReadonlyArray<ReadonlyArray<unknown>>, base?: CompetencyModel, options: RowsToModelOptions = {}): ModelImportResult {
  const firstRow = options.firstRow ?? 1;
  const issues = new Issues();
  const split = splitSections(rows, firstRow);
  if (split.rows.length === 0) return rejected([{ row: firstRow, message: sheetMessages.sheetEmpty() }]);
  const sections = split.sections ? sectionMap(split.sections, issues) : null;
  const tableKey: SectionKey | undefined = sections ? (sections.has('competencies') ? 'competencies' : sections.has('elements') ? 'elements' : undefined) : undefined;
  const tableRows: SheetRow[] = sections ? (tableKey ? sections.get(tableKey)!.rows : []) : split.rows;
  const tableTitleRow = sections && tableKey ? sections.get(tableKey)!.titleRow : firstRow;
  if (sections && !tableKey)
    return rejected([...issues.list, { row: split.rows[split.rows.length - 1].row, message: sheetMessages.noTable(modelText(SECTION_TITLES.competencies), modelText(SECTION_TITLES.elements)) }]);

  const infoSection = sections?.get('info');
  const info = infoSection ? new Info(readInfo(infoSection, issues), infoSection.titleRow, issues) : null;
  if (!info && !base)
    return rejected([...issues.list, { row: split.rows[0].row, message: sheetMessages.noInfo(modelText(SECTION_TITLES.info)) }]);
  const kind = info ? readKind(info, tableKey, issues) : base!.kind;
  const id = info ? info.id('id') : base!.id;
  const version = info ? info.required('version', info.text('version')?.trim()) : base!.version;
  const name = info ? info.required('name', info.localText('name')) : base!.name;
  const source = info ? info.localText('source') : base!.source;
  const description = info ? info.localText('description') : base!.description;
  const levelsSection = sections?.get('levels');
  const scale = levelsSection ? readLevels(levelsSection, info, base, issues) : base?.scale;
  if (!scale) issues.add(tableTitleRow, sheetMessages.noLevels(modelText(SECTION_TITLES.levels)));
  if (!kind || !scale) return rejected(issues.list);

  const place: Placement = { competencyRows: [], classRows: [], elementRows: new Map(), sectionRows: new Map([...(sections ?? [])].map(([k, s]) => [k, s.titleRow])), tableRow: tableRows[0]?.row ?? tableTitleRow };
  // Blank id, version or name are reported already; the table is still read so every issue shows at once.
  const meta = { id: id ?? '', version: version ?? '', kind, name: name ?? {}, ...(source !== undefined ? { source } : {}), ...(description ? { description } : {}), scale };
  let model: CompetencyModel;
  if (kind === 'levels') {
    const table = readTable(tableRows, COMPETENCY_FIELDS, modelText(SECTION_TITLES.competencies), ['competencyId', 'competency', 'level', 'indicator', 'classId'], issues, tableTitleRow);
    if (!table) return rejected(issues.list);
    const read = readCompetencyTable(table, scale, issues);
    place.competencyRows = read.competencyRows;
    place.classRows = read.classRows;
    const competencyIds = new Set(read.competencies.map((c) => c.id));
    const roles = base?.kind === 'levels' ? base.roles?.map((role) => ({ ...role, targets: Object.fromEntries(Object.entries(role.targets).filter(([c, l]) => competencyIds.has(c) && scale.levels.some((x) => x.id === l))) })) : undefined;
    model = { ...meta, kind, classes: read.classes, competencies: read.competencies, ...(roles ? { roles } : {}) } as LevelModel;
  } else {
    const levelTotal = info ? readNumber(info.raw('levelTotal'), info.row('levelTotal'), INFO_FIELDS.find((f) => f.key === 'levelTotal')!.label, issues) : base?.kind === 'points' ? base.levelTotal : undefined;
    if (levelTotal === undefined) issues.add(info?.row('levelTotal') ?? tableTitleRow, sheetMessages.levelTotalNeeded());
    const table = readTable(tableRows, ELEMENT_FIELDS, modelText(SECTION_TITLES.elements), ['groupId', 'group', 'elementId', 'element', 'level', 'maxPoints'], issues, tableTitleRow);
    const examSection = sections?.get('exams');
    const deductionSection = sections?.get('deductions');
    const examTable = examSection ? readTable(examSection.rows, EXAM_FIELDS, modelText(SECTION_TITLES.exams), ['examId', 'exam', 'fullMarks', 'share'], issues, examSection.titleRow) : null;
    const deductionTable = deductionSection
      ? readTable(deductionSection.rows, DEDUCTION_FIELDS, modelText(SECTION_TITLES.deductions), ['deductionId', 'deduction', 'pointsEach'], issues, deductionSection.titleRow)
      : null;
    if (!table || typeof levelTotal !== 'number') return rejected(issues.list);
    const elements = readElementTable(table, scale, issues);
    place.elementRows = elements.elementRows;
    const basePoints = base?.kind === 'points' ? base : undefined;
    const exams = examTable ? readExamTable(examTable, issues) : examSection ? [] : (basePoints?.knowledge.exams ?? []);
    const deductions = deductionTable ? readDeductionTable(deductionTable, scale, issues) : deductionSection ? [] : (basePoints?.deductions ?? []);
    model = { ...meta, kind, levelTotal, groups: elements.groups, knowledge: { exams }, deductions } as PointsModel;
  }
  if (issues.any) return rejected(issues.list);
  const validated = validateModel(model);
  if (!validated.ok) return rejected(validated.issues.map((issue) => ({ row: rowForPath(issue.path, model, place), message: issueText(issue) })));
  return { ok: true, model: validated.value };
}
