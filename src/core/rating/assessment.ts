import { normalizeName, textMatches } from '../text';
import type { Competency, LevelModel, LocalText } from '../model/types';

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
} satisfies Record<string, LocalText>;

/** Other header spellings HR uses for the person and role columns. */
const PERSON_ALIASES = ['姓名', '人员', '员工', '员工姓名', '被评估人', 'person', 'name', 'employee', 'employee name'];
const ROLE_ALIASES = ['岗位', '角色', '职位', '职级', 'role', 'position', 'job', 'grade'];
const ADDIN_COLUMNS = Object.values(COLUMN_LABELS).filter((l) => l !== COLUMN_LABELS.person && l !== COLUMN_LABELS.role);

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
  ratingColumns: RatingColumn[];
  /** Headers that are neither known columns nor competencies, and not yet mapped: offer to map them. */
  unmatched: { index: number; header: string }[];
  /** Competencies of the model that no column rates. */
  unrated: string[];
}

function matchesAlias(header: string, aliases: string[]): boolean {
  return aliases.includes(normalizeName(header));
}

/** Finds the competency a header names (Chinese or English name, or id). */
export function competencyForHeader(model: LevelModel, header: string): Competency | undefined {
  const q = normalizeName(header);
  return model.competencies.find((c) => textMatches(c.name, header) || normalizeName(c.id) === q);
}

/** Reads a table's header row against a model and the user's saved mapping. */
export function analyseHeaders(headers: readonly string[], model: LevelModel, mapping: ColumnMapping = {}): TableLayout {
  const layout: TableLayout = { personColumn: null, roleColumn: null, ratingColumns: [], unmatched: [], unrated: [] };
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
    if (layout.personColumn === null && matchesAlias(header, PERSON_ALIASES)) layout.personColumn = index;
    else if (layout.roleColumn === null && matchesAlias(header, ROLE_ALIASES)) layout.roleColumn = index;
    else if (!ADDIN_COLUMNS.some((label) => textMatches(label, header))) layout.unmatched.push({ index, header });
  });
  layout.unrated = model.competencies.filter((c) => !rated.has(c.id)).map((c) => c.id);
  return layout;
}

/** A table is an assessment table for this model when at least one column rates a competency. */
export function isAssessmentLayout(layout: TableLayout): boolean {
  return layout.ratingColumns.length > 0;
}
