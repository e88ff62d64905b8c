import { COLUMN_LABELS } from '../rating/assessment';
import { needsTextMarker } from '../cell-text';

export { needsTextMarker };
import type { PlanCell, PlanValue, SheetKey } from './plan';
import { AUDIT_SHEET, EVIDENCE_SHEET } from '../rating/records';
import { RATINGS_SHEET } from './ratings';
import { localize, normalizeName } from '../text';
import type { LocalText, Locale, LevelModel, PointsModel } from '../model/types';

/** Names and texts of the assessment workbook, in both languages. */

export const WORKBOOK_SHEETS: Record<SheetKey, LocalText> = {
  model: { zh: '模型', en: 'Model' },
  targets: { zh: '目标级别', en: 'Targets' },
  assessment: { zh: '评估', en: 'Assessment' },
  ratings: RATINGS_SHEET,
  evidence: EVIDENCE_SHEET,
  audit: AUDIT_SHEET,
};

/** The sheet's name in the workbook's language. */
export function sheetName(key: SheetKey, locale: Locale): string {
  return localize(WORKBOOK_SHEETS[key], locale);
}

/** ASCII table names, fixed in every language (the Model table is MODEL_TABLE in model-sheet.ts). */
export { TARGETS_TABLE } from '../rating/records';
export const ASSESSMENT_TABLE = 'CompetencyAssessment';
export const POINTS_TABLE = 'CompetencyPoints';

export const DEFAULT_ROLE: LocalText = { zh: '默认岗位', en: 'Default role' };

export const TEXT = {
  assessmentTitle: { zh: '能力素质评估', en: 'Competency assessment' },
  pointsTitle: { zh: '任职资格积分评估', en: 'Qualification points assessment' },
  targetsTitle: { zh: '目标级别（各岗位的标准级别设置）', en: 'Target levels (the standard level each role requires)' },
  targetsNote: {
    zh: '每行一个岗位；单元格为该岗位对该能力素质要求的级别，空白 = 未设定。新增岗位请在表格内插入行。',
    en: 'One row per role; each cell is the level the role requires for the competency, blank = not set. Add roles by inserting rows inside the table.',
  },
  selectedPerson: { zh: '选定人员', en: 'Selected person' },
  selectedHint: { zh: '在左侧单元格输入评估表中的姓名，下方各行和图表随之更新', en: 'Type a name from the table in the cell to the left: the rows below and the charts follow' },
  personLevels: { zh: '本人级别', en: 'Person level' },
  roleTargets: { zh: '岗位目标', en: 'Role target' },
  teamAverage: { zh: '团队平均', en: 'Team average' },
  averageTarget: { zh: '平均目标', en: 'Average target' },
  weights: { zh: '权重', en: 'Weight' },
  levelNumber: { zh: '级别序号', en: 'Level number' },
  level: { zh: '级别', en: 'Level' },
  helperTitle: { zh: '各人目标级别（按岗位从目标级别表查得；公式，勿编辑）', en: 'Target level per person (looked up from Targets by role; formulas, do not edit)' },
  targetRow: { zh: '目标表行号', en: 'Targets row' },
  personChart: { zh: '能力素质状况图（选定人员）', en: 'Competency profile (selected person)' },
  pickPersonPrompt: { zh: '从列表中选择评估表中的姓名：下方各行和图表随之更新', en: 'Pick a name of the table from the list: the rows below and the charts follow' },
  pickPersonMessage: { zh: '请从列表中选择评估表中的姓名', en: 'Choose a name from the assessment table' },
  unknownPerson: { zh: '不在评估表中：请从列表中选择姓名', en: 'is not in the assessment table: pick a name from the list' },
  weightPrompt: { zh: '权重：0 或更大的数（如 1、20 或 0.2），按比例计入加权得分', en: 'Weight: a number of 0 or more (such as 1, 20 or 0.2), counted in proportion in the weighted score' },
  weightMessage: { zh: '权重须为 0 或更大的数（如 1、20 或 0.2）', en: 'A weight must be a number of 0 or more (such as 1, 20 or 0.2)' },
  teamChart: { zh: '团队能力素质状况图', en: 'Team competency profile' },
  qualificationLevel: { zh: '资格级别', en: 'Qualification level' },
  knowledgeScore: { zh: '知识得分', en: 'Knowledge score' },
  behaviourPoints: { zh: '行为积分', en: 'Behaviour points' },
  rankWithinLevel: { zh: '级内排名', en: 'Rank within level' },
  maximaLabel: { zh: '各级要素最高分与要求数量', en: 'Per level: element maximum, count required' },
  fullMarks: { zh: '满分', en: 'Full marks' },
  share: { zh: '占比 (%)', en: 'Share (%)' },
  casesMessage: { zh: '请输入 0 或正整数', en: 'Enter a whole number, 0 or more' },
  elementMessage: {
    zh: '请输入 0 到该资格级别下此要素的最高分（见表格上方；请先填资格级别）',
    en: "Enter 0 to the element's maximum at the person's qualification level (see above the table; set the level first)",
  },
} satisfies Record<string, LocalText>;

export function text(key: keyof typeof TEXT, locale: Locale): string {
  return localize(TEXT[key], locale);
}

/** How the level sheet's result columns read, written beside the model version. */
export function levelNote(model: LevelModel, locale: Locale): string {
  const labels = model.scale.levels.map((l) => localize(l.label, locale));
  const top = labels.length;
  return locale === 'zh-CN'
    ? `加权得分 = 按权重平均的级别序号（1 = ${labels[0]} … ${top} = ${labels[top - 1]}）；综合级别 = 加权得分达到的最高级别（右侧级别表，如 2.6 为 ${labels[1]}）；差距合计 = 各项低于岗位目标的级数之和（目标见目标级别表）；低于目标的评级标红。`
    : `Weighted score = the weighted mean level number (1 = ${labels[0]} … ${top} = ${labels[top - 1]}); overall level = the highest level the weighted score reaches (level table on the right: 2.6 is ${labels[1]}); total gap = the levels by which ratings fall short of the role's targets (see Targets); ratings below target are shown in red.`;
}

/** How the points sheet's result columns read. */
export function pointsNote(model: PointsModel, locale: Locale): string {
  const deductions = model.deductions.map((d) => localize(d.name, locale)).join(locale === 'zh-CN' ? '、' : ', ');
  return locale === 'zh-CN'
    ? `行为积分 = HR.POINTS.TOTAL：各要素按资格级别封顶（上方为各级最高分，0 = 该级不适用）${deductions ? `，${deductions}每少一项按规则扣分` : ''}，不低于 0。源文件未给出级内等的分数段，故不分等，只按行为积分在同一资格级别内排名（1 = 最高）。知识得分 = 各考试按满分折算为百分制后按占比加权。`
    : `Behaviour points = HR.POINTS.TOTAL: each element capped at its maximum for the qualification level (maxima above; 0 = does not apply)${deductions ? `, minus the deductions for ${deductions} below the level's requirement` : ''}, never below 0. The source gives no score bands for grades within a level, so there are none: people are ranked by behaviour points within their qualification level (1 = highest). Knowledge score = each exam converted to a percentage of its full marks, weighted by its share.`;
}

export function ratingMessage(labels: string[], locale: Locale): string {
  return locale === 'zh-CN' ? `请选择级别：${labels.join('、')}` : `Choose a level: ${labels.join(', ')}`;
}

export function rangeMessage(max: number, locale: Locale): string {
  return locale === 'zh-CN' ? `请输入 0 到 ${max} 之间的数` : `Enter a number from 0 to ${max}`;
}

/** The header of a deduction's count column: "案例发表数量（近18个月）" / "Published cases (count, last 18 months)". */
export function deductionHeader(name: LocalText, windowMonths: number | undefined, locale: Locale): string {
  if (locale === 'zh-CN') return `${localize(name, locale)}数量${windowMonths ? `（近${windowMonths}个月）` : ''}`;
  return `${localize(name, locale)} (count${windowMonths ? `, last ${windowMonths} months` : ''})`;
}

/** Header texts the add-in's own columns use; a competency may not take one of them. */
export function reservedHeaders(locale: Locale): Set<string> {
  return new Set(Object.values(COLUMN_LABELS).flatMap((l) => [l.zh, l.en]).concat(localize(TEXT.qualificationLevel, locale)).map(normalizeName));
}

/**
 * Unique column headers for named things (competencies, elements): the name in the workbook's
 * language, or the id where the name is taken (Excel tables need unique headers, and
 * analyseHeaders recognizes a competency by its id as well as its names).
 */
export function uniqueHeaders(items: { id: string; name: LocalText }[], locale: Locale): string[] {
  const taken = reservedHeaders(locale);
  return items.map((item) => {
    const name = localize(item.name, locale).trim();
    const header = name !== '' && !taken.has(normalizeName(name)) ? name : item.id;
    taken.add(normalizeName(header));
    return header;
  });
}

/** A value as a plan cell: text Excel would read as a formula, number, date or boolean stays text. */
export function asCell(value: PlanValue): PlanCell {
  return typeof value === 'string' && needsTextMarker(value) ? { text: value } : value;
}

/** Column widths that fit a header on one line (11 pt text: a CJK character about 11 pt, other characters about 6 pt, plus the filter button). */
export function headerWidth(header: string, { min = 60, max = 200 }: { min?: number; max?: number } = {}): number {
  let points = 24;
  for (const ch of header) points += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 11.5 : /[A-Z]/.test(ch) ? 7.2 : 6;
  return Math.round(Math.min(max, Math.max(min, points)));
}
