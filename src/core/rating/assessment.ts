import { headerKey, textMatches } from '../text';
import type { Competency, LevelModel, LocalText } from '../model/types';
import { PERSON_KEY_LABEL, isPersonKeyHeader } from './person-key';

/**
 * How an assessment table is laid out: one row per person, one rating column per competency.
 * A table built by the add-in and one HR made by hand are read by the same rules: a rating
 * column is one whose header names a competency of the model (either language, or its id),
 * or one the user mapped to a competency.
 */

/** Headers of the columns the add-in writes or recognizes, in both languages. */
export const COLUMN_LABELS = {
  person: { zh: '姓名', en: 'Person' },
  role: { zh: '岗位', en: 'Role' },
  weightedScore: { zh: '加权得分', en: 'Weighted score' },
  overallLevel: { zh: '综合级别', en: 'Overall level' },
  totalGap: { zh: '差距合计', en: 'Total gap' },
  modelVersion: { zh: '模型版本', en: 'Model version' },
  personKey: PERSON_KEY_LABEL,
} satisfies Record<string, LocalText>;

/** Other header spellings HR uses for the person and role columns. */
const PERSON_ALIASES = keys(['姓名', '人员', '员工', '员工姓名', '被评估人', '被评价人', '被考核人', 'person', 'name', 'employee', 'employee name', 'full name', 'staff', 'assessee']);
const ROLE_ALIASES = keys(['岗位', '角色', '职位', '职级', '职务', '级别', '岗位级别', '岗位名称', '岗位等级', '职位级别', 'role', 'position', 'job', 'job title', 'title', 'grade', 'level', 'job grade', 'job level']);
/** Columns that describe the person without rating anything: not offered for mapping. */
const PERSON_DETAIL_ALIASES = keys([
  '序号', '编号', '工号', '员工编号', '员工号', '人员编号', '部门', '所属部门', '部门名称', '单位', '科室', '班组', '入职日期', '司龄',
  'no', 'no.', '#', 'number', 'id', 'employee id', 'employee no', 'employee number', 'staff no', 'department', 'dept', 'team', 'unit', 'division',
]);
const ADDIN_COLUMNS = Object.values(COLUMN_LABELS).filter((l) => l !== COLUMN_LABELS.person && l !== COLUMN_LABELS.role && l !== COLUMN_LABELS.personKey);

/** A saved user decision for one header: the competency id it rates, or null for "not a rating column". */
export type ColumnMapping = Record<string, string | null>;

export interface RatingColumn {
  /** 0-based column index within the table. */
  index: number;
  header: string;
  competencyId: string;
  /** True when the user mapped it rather than the header naming the competency. */
  mapped: boolean;
}

export interface TableLayout {
  personColumn: number | null;
  roleColumn: number | null;
  /** Other columns about the person (number, department): neither rated nor offered for mapping. */
  personDetailColumns: { index: number; header: string }[];
  /** The column of one key per person (HR's employee number, or the add-in's Person key), or null: people are then told apart by name. */
  keyColumn: number | null;
  ratingColumns: RatingColumn[];
  /** Headers that are neither known columns nor competencies, and not yet mapped: offer to map them. */
  unmatched: { index: number; header: string }[];
  /** Competencies of the model that no column rates. */
  unrated: string[];
}

function keys(aliases: string[]): Set<string> {
  return new Set(aliases.map(headerKey));
}

function matchesAlias(header: string, aliases: Set<string>): boolean {
  return aliases.has(headerKey(header));
}

/** Each model's competencies by the header key of their names and ids, the first competency winning; built once per model. */
const competencyIndexes = new WeakMap<LevelModel, { count: number; byKey: Map<string, Competency> }>();

function competencyIndex(model: LevelModel): Map<string, Competency> {
  const known = competencyIndexes.get(model);
  // The count guards against a model still being filled in when first looked at.
  if (known && known.count === model.competencies.length) return known.byKey;
  const byKey = new Map<string, Competency>();
  for (const c of model.competencies) {
    for (const text of [c.name.zh, c.name.en, c.id]) {
      if (text === undefined) continue;
      const key = headerKey(text);
      if (!byKey.has(key)) byKey.set(key, c);
    }
  }
  competencyIndexes.set(model, { count: model.competencies.length, byKey });
  return byKey;
}

/**
 * Finds the competency a header names (Chinese or English name, or id), ignoring numbering, spaces and punctuation.
 * Read on every selection for every header, so the model's names are keyed once, not per call.
 */
export function competencyForHeader(model: LevelModel, header: string): Competency | undefined {
  const q = headerKey(header);
  if (q === '') return undefined;
  return competencyIndex(model).get(q);
}

/** Reads a table's header row against a model and the user's saved mapping. */
export function analyseHeaders(headers: readonly string[], model: LevelModel, mapping: ColumnMapping = {}): TableLayout {
  const layout: TableLayout = { personColumn: null, roleColumn: null, personDetailColumns: [], keyColumn: null, ratingColumns: [], unmatched: [], unrated: [] };
  const rated = new Set<string>();
  headers.forEach((raw, index) => {
    const header = String(raw ?? '').trim();
    if (header === '') return;
    if (Object.prototype.hasOwnProperty.call(mapping, header)) {
      const competencyId = mapping[header];
      if (competencyId && model.competencies.some((c) => c.id === competencyId) && !rated.has(competencyId)) {
        layout.ratingColumns.push({ index, header, competencyId, mapped: true });
        rated.add(competencyId);
      }
      return;
    }
    const competency = competencyForHeader(model, header);
    if (competency && !rated.has(competency.id)) {
      layout.ratingColumns.push({ index, header, competencyId: competency.id, mapped: false });
      rated.add(competency.id);
      return;
    }
    if (isPersonKeyHeader(header)) {
      if (layout.keyColumn === null) layout.keyColumn = index;
      layout.personDetailColumns.push({ index, header });
    } else if (layout.personColumn === null && matchesAlias(header, PERSON_ALIASES)) layout.personColumn = index;
    else if (layout.roleColumn === null && matchesAlias(header, ROLE_ALIASES)) layout.roleColumn = index;
    else if (matchesAlias(header, PERSON_DETAIL_ALIASES)) layout.personDetailColumns.push({ index, header });
    else if (!ADDIN_COLUMNS.some((label) => textMatches(label, header))) layout.unmatched.push({ index, header });
  });
  layout.unrated = model.competencies.filter((c) => !rated.has(c.id)).map((c) => c.id);
  return layout;
}

/** A table is an assessment table for this model when at least one column rates a competency. */
export function isAssessmentLayout(layout: TableLayout): boolean {
  return layout.ratingColumns.length > 0;
}
