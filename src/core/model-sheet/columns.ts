import { normalizeName, textMatches } from '../text';
import type { LocalText, Locale } from '../model/types';

/**
 * The vocabulary of the Model sheet: section titles, column headers and field names in both
 * languages. A text field has a column per language: the workbook's language under the plain
 * header ("能力素质项"), the other under the header with a language mark ("能力素质项（英文）",
 * "Competency (Chinese)"). Reading accepts every spelling in either language, so a sheet written
 * in one locale imports in the other.
 */

export type TextLanguage = 'zh' | 'en';

/** A column or field: `bilingual` ones hold one language per column, the others one value. */
export interface FieldDef {
  key: string;
  label: LocalText;
  bilingual?: boolean;
}

const f = (key: string, zh: string, en: string, bilingual = false): FieldDef => ({ key, label: { zh, en }, bilingual });

export const SECTION_TITLES = {
  info: { zh: '模型信息', en: 'Model information' },
  levels: { zh: '级别划分', en: 'Levels' },
  exams: { zh: '知识考试', en: 'Knowledge exams' },
  deductions: { zh: '扣分规则', en: 'Deductions' },
  competencies: { zh: '能力素质与行为指标', en: 'Competencies and behaviour indicators' },
  elements: { zh: '行为要素与积分', en: 'Behaviour elements and points' },
} satisfies Record<string, LocalText>;

export type SectionKey = keyof typeof SECTION_TITLES;

/** Key/value rows of the model information section. */
export const INFO_FIELDS: FieldDef[] = [
  f('id', '模型 ID', 'Model ID'),
  f('version', '版本', 'Version'),
  f('kind', '类型', 'Kind'),
  f('name', '模型名称', 'Model name', true),
  f('source', '来源', 'Source', true),
  f('description', '说明', 'Description', true),
  f('scaleId', '量表 ID', 'Scale ID'),
  f('scaleName', '量表名称', 'Scale name', true),
  f('scoreBandsNote', '分数段说明', 'Score bands note', true),
  f('levelTotal', '各级行为总分', 'Behaviour points per level'),
];

export const KIND_LABELS = {
  levels: { zh: '级别模型', en: 'Level model' },
  points: { zh: '积分模型', en: 'Points model' },
} satisfies Record<string, LocalText>;

export const LEVEL_FIELDS: FieldDef[] = [
  f('levelId', '级别 ID', 'Level ID'),
  f('label', '级别', 'Level', true),
  f('description', '级别说明', 'Level description', true),
  f('bandMin', '分数下限', 'Score from'),
];

/** The competency table of a level model: one row per behaviour indicator (or per level without one). */
export const COMPETENCY_FIELDS: FieldDef[] = [
  f('competencyId', '能力素质项 ID', 'Competency ID'),
  f('class', '类别', 'Class', true),
  f('competency', '能力素质项', 'Competency', true),
  f('definition', '定义', 'Definition', true),
  f('level', '级别', 'Level'),
  f('summary', '级别概述', 'Level summary', true),
  f('indicator', '行为指标', 'Behaviour indicator', true),
  f('weight', '权重', 'Weight'),
  f('assessment', '评估方式', 'Assessed by'),
  f('note', '备注', 'Note'),
  f('classId', '类别 ID', 'Class ID'),
];

/** The element table of a points model: one row per behaviour element and level. */
export const ELEMENT_FIELDS: FieldDef[] = [
  f('groupId', '分组 ID', 'Group ID'),
  f('group', '分组', 'Group', true),
  f('elementId', '要素 ID', 'Element ID'),
  f('element', '行为要素', 'Behaviour element', true),
  f('level', '级别', 'Level'),
  f('maxPoints', '最高分', 'Maximum points'),
  f('criteria', '评估标准', 'Assessment standard', true),
];

export const EXAM_FIELDS: FieldDef[] = [
  f('examId', '考试 ID', 'Exam ID'),
  f('exam', '考试', 'Exam', true),
  f('fullMarks', '满分', 'Full marks'),
  f('share', '占比 (%)', 'Share (%)'),
];

export const DEDUCTION_FIELDS: FieldDef[] = [
  f('deductionId', '扣分 ID', 'Deduction ID'),
  f('deduction', '扣分项', 'Deduction', true),
  f('level', '级别', 'Level'),
  f('required', '要求数量', 'Required count'),
  f('pointsEach', '每项扣分', 'Points each'),
  f('windowMonths', '统计期（月）', 'Window (months)'),
];

/** Written in the indicator column of a level the source document has no text for. */
export const MISSING_MARK: LocalText = { zh: '源文件缺失', en: 'missing in source' };

export const ASSESSMENT_LABELS = {
  behaviour: { zh: '行为', en: 'behaviour' },
  exam: { zh: '考试', en: 'exam' },
} satisfies Record<string, LocalText>;

export function mainLanguage(locale: Locale): TextLanguage {
  return locale === 'zh-CN' ? 'zh' : 'en';
}

export function otherLanguage(locale: Locale): TextLanguage {
  return locale === 'zh-CN' ? 'en' : 'zh';
}

const LANGUAGE_MARKS: Record<Locale, Record<TextLanguage, string>> = {
  'zh-CN': { zh: '（中文）', en: '（英文）' },
  'en-US': { zh: ' (Chinese)', en: ' (English)' },
};

/** The header of a field's column: plain in the workbook's language, marked for the other one. */
export function fieldHeader(field: FieldDef, locale: Locale, language?: TextLanguage): string {
  const base = locale === 'zh-CN' ? field.label.zh! : field.label.en!;
  if (!field.bilingual || language === undefined || language === mainLanguage(locale)) return base;
  return base + LANGUAGE_MARKS[locale][language];
}

/** Headers of a table: every field, then the other-language column of each bilingual field. */
export function tableHeaders(fields: FieldDef[], locale: Locale): { header: string; key: string; language?: TextLanguage }[] {
  const main = mainLanguage(locale);
  const other = otherLanguage(locale);
  return [
    ...fields.map((field) => ({ header: fieldHeader(field, locale), key: field.key, language: field.bilingual ? main : undefined })),
    ...fields.filter((field) => field.bilingual).map((field) => ({ header: fieldHeader(field, locale, other), key: field.key, language: other })),
  ];
}

const MARK_PATTERN = /^(.*?)\s*[(（]\s*(英文|中文|english|chinese|en|zh)\s*[)）]\s*$/i;

/** Which field (and language) a header or field name names, in any spelling either locale writes. */
export function parseFieldName(text: string, fields: FieldDef[]): { key: string; language?: TextLanguage } | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const marked = MARK_PATTERN.exec(trimmed);
  const exact = fields.find((field) => textMatches(field.label, trimmed));
  if (exact) return { key: exact.key, language: exact.bilingual ? languageOfLabel(exact, trimmed) : undefined };
  if (!marked) return undefined;
  const field = fields.find((candidate) => candidate.bilingual && textMatches(candidate.label, marked[1]));
  if (!field) return undefined;
  const mark = marked[2].toLowerCase();
  return { key: field.key, language: mark === '英文' || mark === 'english' || mark === 'en' ? 'en' : 'zh' };
}

function languageOfLabel(field: FieldDef, text: string): TextLanguage {
  return field.label.zh !== undefined && normalizeName(field.label.zh) === normalizeName(text) ? 'zh' : 'en';
}

/** The section a title row names. */
export function parseSectionTitle(text: string): SectionKey | undefined {
  return (Object.keys(SECTION_TITLES) as SectionKey[]).find((key) => textMatches(SECTION_TITLES[key], text));
}
