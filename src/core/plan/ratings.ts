import { absRange, cellA1, formulaText, rangeA1, sheetRef } from '../a1';
import type { LevelModel, LocalText, Locale } from '../model/types';
import { DEFAULT_ROLE_NAMES, ROLE_IDS } from '../raters/roles';
import { DEFAULT_MINIMUMS, DEFAULT_WEIGHTS } from '../raters/round';
import { localize } from '../text';
import type { PlanBlock, PlanCell, PlanSheet } from './plan';

/**
 * The Ratings sheet: one row per rating (person, competency, rater, role, level, evidence, time,
 * source), the table every rater writes to and that returned assessor files are merged into. The
 * column headers are fixed ASCII in every language so files can be combined by machine (Power
 * Query from a folder); role and level values may be in either language. Beside it the round's
 * settings (the RaterRoles table: weight and anonymity minimum per role) that HR edits in place
 * and the Assessment sheet's formulas read.
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

export const ROUND_TABLE = 'RaterRoles';
/** The round's table: one row per role in the fixed role order (the formulas read the columns in that order). */
export const ROUND_HEADERS = ['Role', 'Weight', 'Minimum'] as const;
/** Where the round's table starts: after the Ratings table's columns and one blank column. */
const ROUND_COLUMN = RATINGS_COLUMNS.length + 1;
export const ASSIGNMENTS_TABLE = 'RaterAssignments';
/** Who rates whom, for preparing the assessor workbooks (one row per person and rater). */
export const ASSIGNMENT_HEADERS = ['PersonKey', 'RaterKey', 'Role'] as const;
const ASSIGNMENTS_COLUMN = ROUND_COLUMN + ROUND_HEADERS.length + 1;
/** The data rows the Assessment formulas read (row 2 on; within HyperFormula's default 40,000 rows); a round past it is refused when collected. */
export const RATINGS_REACH_ROWS = 39000;

type RatingsSheetPlan = PlanSheet;

/**
 * The Ratings sheet: the table at A1 (nothing above it, so a query can take the first row as
 * headers) and the round's table beside it. Kept on a rebuild: the ratings and the round are data.
 */
export function planRatingsSheet(model: LevelModel, locale: Locale, rows: readonly RatingsRow[] = []): RatingsSheetPlan {
  const headers = RATINGS_COLUMNS.map((c) => c.header);
  const asCell = (value: string | number | null | undefined): PlanCell => (typeof value === 'string' ? { text: value } : (value ?? null));
  const zh = locale === 'zh-CN';
  return {
    key: 'ratings',
    name: localize(RATINGS_SHEET, locale),
    blocks: [{ origin: cellA1(ROLE_IDS.length + 2, ROUND_COLUMN), cells: [[zh ? '权重与最少评价人数可改;行序勿改(自评、上级、同事、下属、其他)。' : 'Edit the weights and minimums; keep the rows in this order (self, manager, peers, reports, other).']] }],
    tables: [
      { name: RATINGS_TABLE, origin: 'A1', headers, rows: rows.map((row) => headers.map((h) => asCell(row[h]))) },
      {
        name: ROUND_TABLE,
        origin: cellA1(0, ROUND_COLUMN),
        headers: [...ROUND_HEADERS],
        rows: ROLE_IDS.map((id) => [{ text: localize(DEFAULT_ROLE_NAMES[id], locale) }, DEFAULT_WEIGHTS[id], DEFAULT_MINIMUMS[id]]),
        numberFormats: { Weight: '0%' },
      },
      { name: ASSIGNMENTS_TABLE, origin: cellA1(0, ASSIGNMENTS_COLUMN), headers: [...ASSIGNMENT_HEADERS], rows: [] },
    ],
    listValidations: [
      {
        table: RATINGS_TABLE,
        header: 'Role',
        values: ROLE_IDS.map((id) => localize(DEFAULT_ROLE_NAMES[id], locale)),
        errorMessage: zh ? '请选择评价人角色' : 'Choose the rater’s role',
      },
      {
        table: ASSIGNMENTS_TABLE,
        header: 'Role',
        values: ROLE_IDS.map((id) => localize(DEFAULT_ROLE_NAMES[id], locale)),
        errorMessage: zh ? '请选择评价人角色' : 'Choose the rater’s role',
      },
      {
        table: RATINGS_TABLE,
        header: 'Level',
        values: model.scale.levels.map((l) => localize(l.label, locale)),
        errorMessage: zh ? '请选择模型中的级别' : 'Choose a level of the model',
      },
    ],
    numberValidations: [
      { table: ROUND_TABLE, header: 'Weight', min: 0, max: 100, errorMessage: zh ? '权重为不小于 0 的数' : 'A weight is a number of 0 or more' },
      { table: ROUND_TABLE, header: 'Minimum', min: 1, max: 1000, integer: true, errorMessage: zh ? '最少人数为不小于 1 的整数' : 'A minimum is a whole number of 1 or more' },
    ],
    conditionalFormats: [],
    columnWidths: { A: 90, B: 110, C: 90, D: 80, G: 150, H: 150 },
    freeze: { rows: 1, columns: 0 },
    keepIfExists: true,
  };
}

/** "'评价记录'!$A$2:$E$39001": the Ratings columns PersonKey … Level that the formulas read. */
export function ratingsRange(ratingsSheet: string): string {
  return `${sheetRef(ratingsSheet)}${absRange(1, 0, RATINGS_REACH_ROWS, 5)}`;
}

/** The round's weights or minimums, five cells in role order. */
export function roundRange(ratingsSheet: string, header: 'Weight' | 'Minimum'): string {
  return `${sheetRef(ratingsSheet)}${absRange(1, ROUND_COLUMN + ROUND_HEADERS.indexOf(header), ROLE_IDS.length, 1)}`;
}

export interface CombinedBlockInput {
  ratingsSheet: string;
  modelId: string;
  /** The competency headers as the Assessment table (and the Ratings table) name them. */
  competencies: string[];
  /** 0-based: the block's first column, its agreement row (the header row follows it), the first person row. */
  column: number;
  agreementRow: number;
  firstRow: number;
  /** The person key formula of each Assessment table row, by its 0-based sheet row. */
  personKey: (row: number) => string;
  rows: number;
  locale: Locale;
}

/**
 * The Assessment sheet's multi-rater block: the agreement per competency, then the person key and
 * combined level per competency for each row of the table. One formula spills all combined levels
 * and one all agreement figures, each reading the Ratings table once.
 */
export function planCombinedBlocks(input: CombinedBlockInput): PlanBlock[] {
  const { column, agreementRow, firstRow, rows, competencies, ratingsSheet, locale } = input;
  const zh = locale === 'zh-CN';
  const names = rangeA1(agreementRow + 1, column + 1, 1, competencies.length, { row: true, column: true });
  const keys = rangeA1(firstRow, column, rows, 1, { row: true, column: true });
  const ratings = ratingsRange(ratingsSheet);
  const id = formulaText(input.modelId);
  const combine = `=HR.RATERS.COMBINE.TABLE(${keys},${names},${ratings},${roundRange(ratingsSheet, 'Weight')},${roundRange(ratingsSheet, 'Minimum')},${id})`;
  return [
    { origin: cellA1(agreementRow - 1, column), cells: [[zh ? '多人评价综合级别（按评价记录表与轮次权重计算；公式，勿编辑）' : 'Combined level from the Ratings sheet (round weights and minimums; formulas, do not edit)']], bold: true },
    { origin: cellA1(agreementRow, column), cells: [[zh ? '一致性 α' : 'Agreement α', { formula: `=HR.RATERS.AGREEMENT.TABLE(${names},${ratings},${id})` }]] },
    { origin: cellA1(agreementRow + 1, column), cells: [[zh ? '人员编号' : 'Person key', ...competencies.map((c) => ({ text: c }))]], bold: true },
    { origin: cellA1(firstRow, column), cells: Array.from({ length: rows }, (_, i) => [{ formula: input.personKey(firstRow + i) }]) },
    // The spill's other cells stay empty in the plan: Excel spills only into empty cells.
    { origin: cellA1(firstRow, column + 1), cells: [[{ formula: combine }]] },
  ];
}
