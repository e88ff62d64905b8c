import { absRange, formulaText, sheetRef } from '../a1';
import type { LevelModel, LocalText, Locale } from '../model/types';
import { DEFAULT_ROLE_NAMES, ROLE_IDS } from '../raters/roles';
import { localize } from '../text';
import type { PlanCell, PlanSheet } from './plan';

/**
 * The Ratings sheet: one row per rating (person, competency, rater, role, level, evidence, time,
 * source), the table every rater writes to and that returned assessor files are merged into. The
 * column headers are fixed ASCII in every language so files can be combined by machine (Power
 * Query from a folder); role and level values may be in either language. Not yet part of the
 * built workbook: the sheet key joins SheetKey when the build takes it.
 */

export const RATINGS_TABLE = 'Ratings';
export const RATINGS_SHEET: LocalText = { zh: '评价记录', en: 'Ratings' };

export interface RatingsColumn {
  header: string;
  name: LocalText;
  description: LocalText;
}

/** The columns in order; their headers never change (other files and queries depend on them). */
export const RATINGS_COLUMNS: readonly RatingsColumn[] = [
  { header: 'PersonKey', name: { zh: '人员编号', en: 'Person key' }, description: { zh: '被评价人的唯一编号(如工号)', en: 'The rated person’s unique key (e.g. employee number)' } },
  { header: 'Competency', name: { zh: '能力素质项', en: 'Competency' }, description: { zh: '能力素质项名称,与评估表列标题相同', en: 'The competency’s name, as in the Assessment table’s header' } },
  { header: 'RaterKey', name: { zh: '评价人编号', en: 'Rater key' }, description: { zh: '评价人的唯一编号;不在匿名不足的角色中显示', en: 'The rater’s unique key; never shown for a role below its minimum' } },
  { header: 'Role', name: { zh: '角色', en: 'Role' }, description: { zh: '自评、上级、同事、下属或其他(英文亦可)', en: 'Self, Manager, Peers, Direct reports or Other (Chinese names too)' } },
  { header: 'Level', name: { zh: '级别', en: 'Level' }, description: { zh: '模型量表上的级别名称或序号;空白 = 尚未评价', en: 'A level label or number of the model’s scale; blank = not rated yet' } },
  { header: 'Evidence', name: { zh: '证据引用', en: 'Evidence reference' }, description: { zh: '证据记录的引用(证据表中的编号或链接)', en: 'Reference to the evidence (its key in the Evidence sheet, or a link)' } },
  { header: 'Time', name: { zh: '时间', en: 'Time' }, description: { zh: '评价时间,ISO 8601 UTC 文本', en: 'When it was rated, ISO 8601 UTC text' } },
  { header: 'Source', name: { zh: '来源', en: 'Source' }, description: { zh: '评价来自哪里:本工作簿,或收回的文件名', en: 'Where the rating came from: this workbook, or the returned file’s name' } },
];

export type RatingsRow = Partial<Record<(typeof RATINGS_COLUMNS)[number]['header'], string | number | null>>;

type RatingsSheetPlan = Omit<PlanSheet, 'key'> & { key: 'ratings' };

/** The Ratings sheet: the table at A1 (nothing above it, so a query can take the first row as headers). */
export function planRatingsSheet(model: LevelModel, locale: Locale, rows: readonly RatingsRow[] = []): RatingsSheetPlan {
  const headers = RATINGS_COLUMNS.map((c) => c.header);
  const asCell = (value: string | number | null | undefined): PlanCell => (typeof value === 'string' ? { text: value } : (value ?? null));
  return {
    key: 'ratings',
    name: localize(RATINGS_SHEET, locale),
    blocks: [],
    tables: [{ name: RATINGS_TABLE, origin: 'A1', headers, rows: rows.map((row) => headers.map((h) => asCell(row[h]))) }],
    listValidations: [
      {
        table: RATINGS_TABLE,
        header: 'Role',
        values: ROLE_IDS.map((id) => localize(DEFAULT_ROLE_NAMES[id], locale)),
        errorMessage: locale === 'zh-CN' ? '请选择评价人角色' : 'Choose the rater’s role',
      },
      {
        table: RATINGS_TABLE,
        header: 'Level',
        values: model.scale.levels.map((l) => localize(l.label, locale)),
        errorMessage: locale === 'zh-CN' ? '请选择模型中的级别' : 'Choose a level of the model',
      },
    ],
    numberValidations: [],
    conditionalFormats: [],
    freeze: { rows: 1, columns: 0 },
  };
}

/** Where the Assessment formulas read the Ratings table: its sheet and how many data rows they cover. */
export interface RatingsReach {
  sheet: string;
  /** Data rows the formulas read (row 2 on); rows past it are not combined. */
  rows: number;
}

function column(reach: RatingsReach, header: string): string {
  const index = RATINGS_COLUMNS.findIndex((c) => c.header === header);
  return `${sheetRef(reach.sheet)}${absRange(1, index, reach.rows, 1)}`;
}

/** 1 for rows of this person and competency that hold a level, as an array condition. */
function rated(reach: RatingsReach, person: string | null, competency: string): string {
  const personPart = person === null ? '' : `(${column(reach, 'PersonKey')}=${person})*`;
  return `${personPart}(${column(reach, 'Competency')}=${competency})*(${column(reach, 'Level')}<>"")`;
}

/**
 * The combined level of the person in `personCell` on the competency in `competencyCell` (A1
 * references on the Assessment sheet): the Ratings rows that match, as level numbers with their
 * roles, into HR.RATERS.COMBINE with the round's weights and minimums (defaults when omitted).
 */
export function combinedLevelFormula(reach: RatingsReach, personCell: string, competencyCell: string, modelId: string, round?: { weights?: string; minimums?: string }): string {
  const mask = rated(reach, personCell, competencyCell);
  const levels = `HR.LEVEL.NUMBER(IF(${mask},${column(reach, 'Level')},""),${formulaText(modelId)})`;
  // &"" turns a blank role into "" (a bare blank cell in an array is 0), so COMBINE can say the role is missing.
  const roles = `IF(${mask},${column(reach, 'Role')}&"","")`;
  const extra = round?.weights || round?.minimums ? `,${round.weights ?? '""'},${round.minimums ?? '""'}` : '';
  return `=HR.RATERS.COMBINE(${levels},${roles}${extra})`;
}

/** Krippendorff's alpha (ordinal) of one competency across the people rated: how far the raters read it alike. */
export function competencyAgreementFormula(reach: RatingsReach, competencyCell: string, modelId: string): string {
  const mask = rated(reach, null, competencyCell);
  return `=HR.RATERS.AGREEMENT(IF(${mask},${column(reach, 'Level')},""),"ordinal",${formulaText(modelId)},IF(${mask},${column(reach, 'PersonKey')}&"",""))`;
}
