/* global CustomFunctions */
import type { CompetencyError } from '../core/errors';
import type { Locale } from '../core/model/types';
import { builtInModelsLoading, DEFAULT_MODEL_ID, loadBuiltInModel } from '../core/model/built-in';
import { ModelLoadingError, UnknownModelError, type ModelCatalogue } from '../core/model/catalogue';
import { functionsLocale, functionsModels } from './runtime';
import { cellMessage, HostErrorValue, unreadable, type Cell, type Matrix, type Out } from './cells';
import { unreadableValue } from './messages';
import * as impl from './impl';
import * as ratersImpl from './raters-impl';
import * as ratersTableImpl from './raters-table-impl';

/**
 * Excel's custom functions (namespace HR). Thin adapters: Excel values in, `impl` computes,
 * domain errors out as CustomFunctions.Error. The JSDoc below is the metadata source
 * (custom-functions-metadata-plugin); zh-CN names live in functions.zh-CN.json.
 */

const ERROR_CODES = {
  value: 'invalidValue',
  notAvailable: 'notAvailable',
  number: 'invalidNumber',
  divideByZero: 'divisionByZero',
} as const;

/**
 * One cell as Excel passes it: a number, text, boolean or blank as it is; an error (the metadata
 * allows errors in) as a HostErrorValue; a data type (formatted number, entity) by its basic value.
 */
function cellFromExcel(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  const type = typeof value;
  if (type === 'number' || type === 'string' || type === 'boolean') return value as Cell;
  if (type !== 'object' || Array.isArray(value)) return unreadable(Array.isArray(value) ? unreadableValue.nestedRange() : unreadableValue.valueOfType(type));
  const record = value as { code?: unknown; type?: unknown; basicValue?: unknown; errorType?: unknown };
  if (value instanceof CustomFunctions.Error || (record.type === undefined && typeof record.code === 'string')) return new HostErrorValue(String(record.code));
  if (record.type === 'Error') return new HostErrorValue(typeof record.basicValue === 'string' ? record.basicValue : '#VALUE!');
  const basic = record.basicValue;
  if (basic === null || basic === undefined) return null;
  if (typeof basic === 'number' || typeof basic === 'string' || typeof basic === 'boolean') return basic;
  return unreadable(typeof record.type === 'string' ? unreadableValue.dataType(record.type.slice(0, 20)) : unreadableValue.object());
}

function isPlainCell(value: unknown): boolean {
  const type = typeof value;
  return value === null || value === undefined || type === 'number' || type === 'string' || type === 'boolean';
}

/** An argument as Excel passes it; ranges are copied only when a cell needs converting (whole columns stay cheap). */
function fromExcel(value: unknown): Cell | Matrix {
  if (!Array.isArray(value)) return cellFromExcel(value);
  let plain = true;
  for (let r = 0; plain && r < value.length; r++) {
    const row: unknown = value[r];
    if (!Array.isArray(row)) plain = false;
    else for (let c = 0; c < row.length; c++) if (!isPlainCell(row[c])) { plain = false; break; }
  }
  if (plain) return value as Matrix;
  return value.map((row: unknown) => (Array.isArray(row) ? row.map(cellFromExcel) : cellFromExcel(row))) as Matrix;
}

/**
 * Excel error values already made, per display language and domain error: a column repeating one
 * bad input shares one value, and a message made in one language is never shown in the other.
 */
const excelErrors: Record<Locale, WeakMap<CompetencyError, CustomFunctions.Error>> = { 'en-US': new WeakMap(), 'zh-CN': new WeakMap() };

function toExcelError(error: CompetencyError, locale: Locale): CustomFunctions.Error {
  const made = excelErrors[locale];
  let excel = made.get(error);
  if (excel) return excel;
  const code = CustomFunctions.ErrorCode[ERROR_CODES[error.kind]];
  // Excel shows a message only with #VALUE! and #N/A.
  const withMessage = error.kind === 'value' || error.kind === 'notAvailable';
  // The runtime's Error drops the stack it captures (stack = undefined): capturing none saves most of its cost.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    excel = withMessage ? new CustomFunctions.Error(code, cellMessage(error, locale)) : new CustomFunctions.Error(code);
  } finally {
    Error.stackTraceLimit = limit;
  }
  made.set(error, excel);
  return excel;
}

/**
 * The result as Excel takes it, converted in place: `impl` hands out arrays of its own, and a whole
 * column is copied once, not twice. A one-cell error stays in its 1x1 array (Microsoft documents
 * errors returned within arrays) rather than being thrown: a throw costs several times the look-up
 * in a column of one call per cell.
 */
function toExcel(result: Out[][]): ExcelResult {
  let locale: Locale | undefined;
  for (let r = 0; r < result.length; r++) {
    const row = result[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === 'object') (row as unknown[])[c] = toExcelError(cell, (locale ??= functionsLocale()));
    }
  }
  return result as ExcelResult;
}

type ExcelResult = (number | string | CustomFunctions.Error)[][];

/**
 * Computes with the models known now. A model or scale nobody knows yet may be one of the
 * workbook's own, still being read at start, or a built-in one whose data is still loading:
 * then the result waits until it is known and is computed again (a cell never shows a model's
 * absence that is only a matter of time).
 */
function withModels(compute: (models: ModelCatalogue) => Out[][]): ExcelResult | Promise<ExcelResult> {
  const source = functionsModels();
  const result = compute(source.catalogue());
  // Settled models (the usual case once the page has started): no cell can be waiting.
  if (source.isReady && !builtInModelsLoading()) return toExcel(result);
  const wait = waitingOn(result, source.isReady ? null : source.ready);
  return wait ? wait.then(() => withModels(compute)) : toExcel(result);
}

/** What a result waits on: a built-in model's data on its way, or the workbook's models (`ready`, until they are known). */
function waitingOn(result: Out[][], ready: Promise<void> | null): Promise<void> | null {
  for (const row of result) {
    for (const cell of row) {
      if (cell instanceof ModelLoadingError) return cell.loaded;
      if (ready && cell instanceof UnknownModelError) return ready;
    }
  }
  return null;
}

/**
 * Converts a score (0-100) to its proficiency level label. A range of scores returns a range of the same shape.
 * @customfunction COMPETENCY.LEVEL COMPETENCY.LEVEL
 * @param {any[][]} score A score or a range of scores. Blank cells give blank results.
 * @param {any[][]} [scale] A scale or model id (default "ct-am": 0 初级, 60 中级, 75 高级, 90 资深), or a two-column range of lower bound and label read like an approximate-match lookup table.
 * @returns {any[][]} The level label of each score.
 */
export function competencyLevel(score: unknown[][], scale?: unknown[][]) {
  return withModels((models) => impl.competencyLevel(fromExcel(score), fromExcel(scale ?? null), functionsLocale(), models));
}

/**
 * The weighted mean of scores; blank scores are not assessed and drop out with their weights. With full marks, each score is first converted to a percentage of its full marks.
 * @customfunction WEIGHTED.SCORE WEIGHTED.SCORE
 * @param {any[][]} scores One row of scores, or several rows (one result per row).
 * @param {any[][]} weights One weight per score column (a row or a column), 0 or more.
 * @param {any[][]} [fullMarks] Full marks per score column, e.g. 100 and 500; omit to use scores as they are.
 * @returns {any[][]} One weighted score per row of scores.
 */
export function weightedScore(scores: unknown[][], weights: unknown[][], fullMarks?: unknown[][]): unknown[][] {
  return toExcel(impl.weightedScores(fromExcel(scores), fromExcel(weights), fromExcel(fullMarks ?? null)));
}

/**
 * The behaviour indicators of a competency at a level, as text (summary, then one indicator per line).
 * @customfunction COMPETENCY.DESCRIPTOR COMPETENCY.DESCRIPTOR
 * @param {any} competency The competency's name (Chinese or English) or id.
 * @param {any} level The level label (e.g. 中级) or number (1 = lowest).
 * @param {any} [model] The model id (default "ct-am").
 * @returns {any[][]} The descriptor text.
 */
export function competencyDescriptor(competency: any, level: any, model?: any) { // eslint-disable-line @typescript-eslint/no-explicit-any -- the metadata generator takes a scalar {any} parameter only as TypeScript any
  const source = functionsModels();
  // One call per cell over a whole column: plain scalars need no conversion and no wait for the workbook's models.
  if (source.isReady && impl.isScalar(competency) && impl.isScalar(level) && impl.isScalar(model)) {
    const result = impl.competencyDescriptor(competency ?? null, level ?? null, model ?? null, functionsLocale(), source.catalogue());
    // A built-in model still loading: wait for it as below.
    if (!(result[0][0] instanceof ModelLoadingError)) return toExcel(result);
  }
  return withModels((models) => impl.competencyDescriptor(fromExcel(competency), fromExcel(level), fromExcel(model ?? null), functionsLocale(), models));
}

/**
 * Target level minus actual level, in levels: positive is a shortfall. Labels or level numbers; a range returns a range.
 * @customfunction COMPETENCY.GAP COMPETENCY.GAP
 * @param {any[][]} actual The actual level(s).
 * @param {any[][]} target The target level, or a range of targets of the same shape.
 * @param {any[][]} [scale] A scale or model id (default "ct-am").
 * @returns {any[][]} The gap of each actual level.
 */
export function competencyGap(actual: unknown[][], target: unknown[][], scale?: unknown[][]) {
  return withModels((models) => impl.competencyGap(fromExcel(actual), fromExcel(target), fromExcel(scale ?? null), models));
}

/**
 * The number of a level on its scale (1 = lowest), for averaging or weighting ratings. A range returns a range.
 * @customfunction LEVEL.NUMBER LEVEL.NUMBER
 * @param {any[][]} level A level label (Chinese or English) or a range of them.
 * @param {any[][]} [scale] A scale or model id (default "ct-am").
 * @param {any[][]} [competency] The competency (heading or id) of the cells, or one per column: an exam-assessed competency reads a number as its 0-100 score.
 * @returns {any[][]} The level number(s).
 */
export function levelNumber(level: unknown[][], scale?: unknown[][], competency?: unknown[][]) {
  return withModels((models) => impl.levelNumbers(fromExcel(level), fromExcel(scale ?? null), competency === undefined ? undefined : fromExcel(competency), models));
}

/**
 * The behaviour points total of a points model (Huawei service manager): each element capped at its maximum for the level, minus deductions for missing published cases.
 * @customfunction POINTS.TOTAL POINTS.TOTAL
 * @param {any[][]} points The points of every behaviour element, in model order (20 for hw-sm).
 * @param {any} level The qualification level: 3, 4, 5 or 三级, 四级, 五级.
 * @param {any[][]} [cases] Published cases in the 18 months before applying (each missing case deducts 5 points).
 * @param {any} [model] The points model id (default "hw-sm").
 * @returns {any[][]} The total points.
 */
export function pointsTotal(points: unknown[][], level: any, cases?: unknown[][], model?: any) { // eslint-disable-line @typescript-eslint/no-explicit-any -- the metadata generator takes a scalar {any} parameter only as TypeScript any
  return withModels((models) => impl.pointsTotals(fromExcel(points), fromExcel(level), fromExcel(cases ?? null), fromExcel(model ?? null), models));
}

/**
 * Combines one person's ratings of a competency from several raters: the mean per rater role, then the weighted mean over the roles present (weights renormalised). A role with fewer raters than its minimum is pooled into "other", or left out if the pool is still too small.
 * @customfunction RATERS.COMBINE RATERS.COMBINE
 * @param {any[][]} levels The level numbers given (a row or column); blank cells are not rated yet.
 * @param {any[][]} roles The rater role of each level: self, manager, peer, report or other (自评, 上级, 同事, 下属, 其他).
 * @param {any[][]} [weights] Five weights for self, manager, peer, report, other (default 10 %, 50 %, 20 %, 20 %, 0 %), or a two-column table of role and weight.
 * @param {any[][]} [minimums] Five minimum rater counts for anonymity (default 1, 1, 3, 3, 3), or a two-column table of role and minimum.
 * @param {any[][]} [trim] TRUE to drop the highest and lowest rating of a role with four or more raters (default FALSE).
 * @returns {any[][]} The combined level number.
 */
export function ratersCombine(levels: unknown[][], roles: unknown[][], weights?: unknown[][], minimums?: unknown[][], trim?: unknown[][]): unknown[][] {
  return toExcel(
    ratersImpl.ratersCombine(fromExcel(levels), fromExcel(roles), fromExcel(weights ?? null), fromExcel(minimums ?? null), fromExcel(trim ?? null)),
  );
}

/**
 * How far raters agree: Krippendorff's alpha over a range of ratings with one row per unit (e.g. behaviour indicator) and one column per rater; blanks allowed, rows with fewer than two ratings are dropped. 1 is perfect agreement, 0 agreement by chance.
 * @customfunction RATERS.AGREEMENT RATERS.AGREEMENT
 * @param {any[][]} ratings Level numbers or labels, units in rows and raters in columns.
 * @param {any} [metric] "ordinal" (default), "nominal" or "interval".
 * @param {any} [scale] A scale or model id for reading level labels (default "ct-am").
 * @param {any[][]} [units] For a long table: the unit (e.g. person key) of each rating, with the ratings given as one column.
 * @returns {any[][]} Krippendorff's alpha.
 */
export function ratersAgreement(ratings: unknown[][], metric?: any, scale?: any, units?: unknown[][]) { // eslint-disable-line @typescript-eslint/no-explicit-any -- the metadata generator takes a scalar {any} parameter only as TypeScript any
  return withModels((models) => ratersImpl.ratersAgreement(fromExcel(ratings), fromExcel(metric ?? null), fromExcel(scale ?? null), fromExcel(units ?? null), models));
}

/**
 * The combined level of each person on each competency from a whole Ratings table (PersonKey, Competency, RaterKey, Role, Level): per cell the mean per rater role, then the weighted mean over the roles present, with the anonymity minimums. Spills people × competencies.
 * @customfunction RATERS.COMBINE.TABLE RATERS.COMBINE.TABLE
 * @param {any[][]} people The person keys, one per row of the result.
 * @param {any[][]} competencies The competency names as in the Ratings table, one per column of the result.
 * @param {any[][]} ratings The Ratings table's first five columns: PersonKey, Competency, RaterKey, Role, Level (a label or number).
 * @param {any[][]} [weights] Five weights for self, manager, peer, report, other (default 10 %, 50 %, 20 %, 20 %, 0 %).
 * @param {any[][]} [minimums] Five minimum rater counts for anonymity (default 1, 1, 3, 3, 3).
 * @param {any} [model] The model or scale id for reading level labels (default "ct-am").
 * @param {any[][]} [trim] TRUE to drop the highest and lowest rating of a role with four or more raters.
 * @returns {any[][]} The combined level numbers; blank where nobody rated yet.
 */
export function ratersCombineTable(people: unknown[][], competencies: unknown[][], ratings: unknown[][], weights?: unknown[][], minimums?: unknown[][], model?: any, trim?: unknown[][]) { // eslint-disable-line @typescript-eslint/no-explicit-any -- the metadata generator takes a scalar {any} parameter only as TypeScript any
  return withModels((models) =>
    ratersTableImpl.ratersCombineTable(fromExcel(people), fromExcel(competencies), fromExcel(ratings), fromExcel(weights ?? null), fromExcel(minimums ?? null), fromExcel(model ?? null), fromExcel(trim ?? null), models),
  );
}

/**
 * How far raters agree on each competency: Krippendorff's alpha (ordinal) over a whole Ratings table, the people as units. Spills one value per competency.
 * @customfunction RATERS.AGREEMENT.TABLE RATERS.AGREEMENT.TABLE
 * @param {any[][]} competencies The competency names as in the Ratings table.
 * @param {any[][]} ratings The Ratings table's first five columns: PersonKey, Competency, RaterKey, Role, Level.
 * @param {any} [model] The model or scale id for reading level labels (default "ct-am").
 * @returns {any[][]} Krippendorff's alpha per competency; blank where no person has two ratings.
 */
export function ratersAgreementTable(competencies: unknown[][], ratings: unknown[][], model?: any) { // eslint-disable-line @typescript-eslint/no-explicit-any -- the metadata generator takes a scalar {any} parameter only as TypeScript any
  return withModels((models) => ratersTableImpl.ratersAgreementTable(fromExcel(competencies), fromExcel(ratings), fromExcel(model ?? null), models));
}

// Formulas of the default model are the most common as a workbook opens: its data starts loading with the page.
void loadBuiltInModel(DEFAULT_MODEL_ID);
