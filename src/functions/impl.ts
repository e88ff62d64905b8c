import { CompetencyError, invalidValue, notAvailable } from '../core/errors';
import { competencyLevelReader } from '../core/scoring/exam';
import { competencyForHeader } from '../core/rating/assessment';
import { descriptorText } from '../core/scoring/descriptor';
import { pointsTotalOrError } from '../core/scoring/points';
import { builtInCatalogue, type ModelCatalogue } from '../core/model/catalogue';
import { bandOrError, bandsOf, checkBandTable, bandReach, levelReader, SCALE_SCORE_RANGE, type LabelBand, type LevelReader } from '../core/scoring/scale';
import { localize } from '../core/text';
import { perObject, remembered } from '../core/memo';
import type { CompetencyModel, Locale, Scale } from '../core/model/types';
import { clipped, type Said } from '../core/message';
import { argument, cellMessages, functionMessages, place } from './messages';
import { weightedScore } from '../core/scoring/weighted';
import {
  asMatrix,
  cellResult,
  guarded,
  HostErrorValue,
  isBlank,
  isOmitted,
  mapCells,
  nameOrBlank,
  refusedNumber,
  numbersOrBlanks,
  propagate,
  requiredNumber,
  requiredText,
  single,
  vector,
  type Cell,
  type Matrix,
  type Out,
} from './cells';

/**
 * Host-independent implementations of the HR functions. Excel's custom functions and the
 * workbench's HyperFormula plugin both call these; each adapter only maps `Out` errors onto its
 * host's error values.
 */

type Arg = Cell | Matrix;

/** The place of one cell of an argument: the argument itself when it is one value. */
function cellPlace(arg: Said, row: number, column: number, matrix: Matrix): Said {
  return matrix.length === 1 && matrix[0].length === 1 ? place.whole(arg) : place.cell(arg, row + 1, column + 1);
}

// Whole arguments as places, made once: one-cell formulas name them on every call.
const SCALE = place.whole(argument.scale());
const BAND_TABLE = place.whole(argument.bandTable());
const SCORE = place.whole(argument.score());
const WEIGHTS = place.whole(argument.weights());
const FULL_MARKS = place.whole(argument.fullMarks());
const COMPETENCY = place.whole(argument.competency());
const LEVEL = place.whole(argument.level());
const MODEL = place.whole(argument.model());
const ACTUAL = place.whole(argument.actual());
const TARGET = place.whole(argument.target());
const POINTS = place.whole(argument.points());
const COUNTS = place.whole(argument.count());

/** A scale argument: omitted (the default model's scale), a scale or model id, or a band table. */
function resolveScale(scale: Arg | undefined, models: ModelCatalogue): Scale {
  if (scale === undefined || isOmitted(scale)) return models.scale(null);
  const id = nameOrBlank(single(scale, SCALE), SCALE);
  if (typeof id !== 'string') throw invalidValue(functionMessages.scaleId());
  return models.scale(id);
}

/** The bands a score is read against, their labels in the display language, and the scale's 0 to 100 range (none for a user's table). */
interface ResolvedBands {
  bands: LabelBand[];
  labels: string[];
  /** The lowest score on each band (its bound less BAND_TOLERANCE). */
  reach: number[];
  range?: { min: number; max: number };
}

function readBands(bands: LabelBand[], locale: Locale, range?: { min: number; max: number }): ResolvedBands {
  return { bands, labels: bands.map((b) => localize(b.label, locale)), reach: bands.map((b) => bandReach(b.min)), range };
}

/** A scale's bands read once per scale and language: one-cell formulas repeat the same look-up a million times. */
const scaleBands = perObject((scale: Scale) => remembered((locale: Locale) => readBands(bandsOf(scale), locale, SCALE_SCORE_RANGE), 4));

function resolveBands(scale: Arg | undefined, locale: Locale, models: ModelCatalogue): ResolvedBands {
  const matrix = scale === undefined ? [[null]] : asMatrix(scale, BAND_TABLE);
  if (matrix[0].length >= 2) {
    const rows = matrix.filter((row) => !row.every(isBlank));
    const bands = checkBandTable(
      rows.map((row) => {
        const error = row.find((c): c is HostErrorValue => c instanceof HostErrorValue);
        if (error) throw propagate(error, BAND_TABLE);
        return { min: row[0], label: row[1] };
      }),
    );
    return readBands(bands, locale);
  }
  return scaleBands(resolveScale(scale, models))(locale);
}

/** COMPETENCY.LEVEL: each score to its level label; blank scores give "". */
export function competencyLevel(score: Arg, scale: Arg | undefined, locale: Locale, models: ModelCatalogue = builtInCatalogue()): Out[][] {
  return guarded(() => {
    const { bands, labels, reach, range } = resolveBands(scale, locale, models);
    const scores = asMatrix(score, SCORE);
    const low = range ? range.min : bands[0].min;
    const high = range ? range.max : Infinity;
    const last = bands.length - 1;
    const out: Out[][] = new Array(scores.length);
    for (let r = 0; r < scores.length; r++) {
      const row = scores[r];
      const result: Out[] = new Array(row.length);
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        // The common case inline: a number inside the range, its band found as bandForScore would.
        if (typeof cell === 'number' && cell >= low && cell <= high) {
          let found = last;
          while (found >= 0 && cell < reach[found]) found--;
          if (found >= 0) {
            result[c] = labels[found];
            continue;
          }
        }
        result[c] = cell === null || cell === undefined || cell === '' ? '' : slowLevel(cell, r, c, scores, bands, locale, range);
      }
      out[r] = result;
    }
    return out;
  });
}

/** A cell the inline path leaves (not blank): its error, or its level when it is a number on a band edge case. */
function slowLevel(cell: Exclude<Cell, null | undefined>, r: number, c: number, scores: Matrix, bands: LabelBand[], locale: Locale, range?: { min: number; max: number }): Out {
  if (typeof cell !== 'number' || !Number.isFinite(cell)) return refusedNumber(cell, cellPlace(argument.score(), r, c, scores));
  const band = bandOrError(cell, bands, range);
  return band instanceof CompetencyError ? band : localize(band.label, locale);
}

/**
 * WEIGHTED.SCORE: one weighted mean per row of scores. Weights are one row or column with one
 * weight per score column (a single column of scores with a column of weights is one set).
 */
export function weightedScores(scores: Arg, weights: Arg, fullMarks: Arg | undefined): Out[][] {
  return guarded(() => {
    let matrix = asMatrix(scores);
    const weightCells = vector(weights, WEIGHTS);
    const singleColumn = matrix.length > 1 && matrix[0].length === 1 && weightCells.length === matrix.length;
    if (singleColumn) matrix = [matrix.map((row) => row[0])];
    if (matrix[0].length !== weightCells.length)
      throw invalidValue(functionMessages.weightsPerColumn(matrix[0].length, weightCells.length));
    const weightValues = weightCells.map((w, i) => requiredNumber(w, place.item(argument.weight(), i + 1)));
    let fullMarkValues: number[] | undefined;
    if (fullMarks !== undefined && !isOmitted(fullMarks)) {
      const fullCells = vector(fullMarks, FULL_MARKS);
      if (fullCells.length !== weightCells.length) throw invalidValue(functionMessages.fullMarksPerWeight(weightCells.length, fullCells.length));
      fullMarkValues = fullCells.map((f, i) => requiredNumber(f, place.item(argument.fullMarks(), i + 1)));
    }
    const width = matrix[0].length;
    const values: (number | null)[] = new Array(width);
    const out: Out[][] = new Array(matrix.length);
    for (let r = 0; r < matrix.length; r++) {
      const row = matrix[r];
      // Numbers and blanks as they are; a message is built only for a cell that needs one.
      let refused: Out | undefined;
      for (let c = 0; c < width; c++) {
        const cell = row[c];
        if (typeof cell === 'number' && Number.isFinite(cell)) values[c] = cell;
        else if (cell === null || cell === undefined || cell === '') values[c] = null;
        else {
          refused = refusedNumber(cell, matrix.length === 1 ? place.item(argument.score(), c + 1) : place.itemOfRow(argument.score(), c + 1, r + 1));
          break;
        }
      }
      out[r] = [refused ?? rowScore(values, weightValues, fullMarkValues)];
    }
    return out;
  });
}

function rowScore(values: readonly (number | null)[], weights: readonly number[], fullMarks: readonly number[] | undefined): Out {
  return cellResult(() => weightedScore(values, weights, fullMarks) ?? '');
}

/** The model argument: omitted or blank is null (the default model). */
function modelArgument(model: Arg | undefined): string | number | null {
  return model === undefined ? null : nameOrBlank(single(model, MODEL), MODEL);
}

/** COMPETENCY.DESCRIPTOR: a competency's behaviour anchors at a level, as text. */
export function competencyDescriptor(competency: Arg, level: Arg, model: Arg | undefined, locale: Locale, models: ModelCatalogue = builtInCatalogue()): Out[][] {
  if (isScalar(competency) && isScalar(level) && isScalar(model)) return [[descriptorOutcomes(models)(locale)(model)(level)(competency)]];
  return descriptorOf(competency, level, model, locale, models);
}

type Scalar = string | number | null | undefined;
/** A plain one-cell argument: text, a number or a blank (what DESCRIPTOR's memo is keyed on). */
export const isScalar = (value: Arg | undefined): value is Scalar => value === null || value === undefined || typeof value === 'string' || typeof value === 'number';

/**
 * DESCRIPTOR's outcome per catalogue, language and arguments as given (text, numbers, blanks): a
 * column of one-cell formulas asks for the same few again and again, and each is read once. A new
 * catalogue (the workbook's models changed) is a new object and starts afresh.
 */
const descriptorOutcomes = perObject((models: ModelCatalogue) =>
  remembered((locale: Locale) =>
    remembered((model: Scalar) => remembered((level: Scalar) => remembered((competency: Scalar) => descriptorOf(competency, level, model, locale, models)[0][0], 256), 64), 16),
    4,
  ),
);

function descriptorOf(competency: Arg, level: Arg, model: Arg | undefined, locale: Locale, models: ModelCatalogue): Out[][] {
  return guarded(() => {
    const name = requiredText(single(competency, COMPETENCY), COMPETENCY);
    const levelValue = nameOrBlank(single(level, LEVEL), LEVEL);
    if (levelValue === null) throw invalidValue(functionMessages.levelBlank());
    const modelId = modelArgument(model);
    return [[descriptorsOf(models.model(modelId === null ? null : String(modelId)))(locale)(levelValue)(name)]];
  });
}

/**
 * Descriptor texts (or their errors) per model, language, level and competency as asked: one
 * DESCRIPTOR formula per cell asks for the same few again and again.
 */
const descriptorsOf = perObject((model: CompetencyModel) =>
  remembered((locale: Locale) => remembered((level: string | number) => remembered((name: string) => cellResult(() => descriptorText(model, name, level, locale))), 64), 4),
);

/** A cell that is neither text, a number nor blank, where a level belongs: its error, naming the place. */
function notALevelCell(cell: Cell, where: Said): CompetencyError {
  return cellResult(() => {
    nameOrBlank(cell, where);
    throw invalidValue(cellMessages.notALevel(where));
  }) as CompetencyError;
}

/** A level cell's number: blank is null; text and numbers by the scale's reader (remembered); other values refused naming the place. */
function levelCell(read: LevelReader, cell: Cell, where: () => Said): number | null | CompetencyError {
  if (typeof cell === 'string' || typeof cell === 'number') return read(cell);
  if (cell === null || cell === undefined) return null;
  return notALevelCell(cell, where());
}

/** COMPETENCY.GAP: target minus actual in levels, cell by cell; a single target applies to every actual. */
export function competencyGap(actual: Arg, target: Arg, scale: Arg | undefined, models: ModelCatalogue = builtInCatalogue()): Out[][] {
  return guarded(() => {
    const read = levelReader(resolveScale(scale, models));
    const actuals = asMatrix(actual, ACTUAL);
    const targets = asMatrix(target, TARGET);
    const broadcast = targets.length === 1 && targets[0].length === 1;
    if (!broadcast && (targets.length !== actuals.length || targets[0].length !== actuals[0].length))
      throw invalidValue(functionMessages.gapShapes(actuals.length, actuals[0].length, targets.length, targets[0].length));
    const single = broadcast ? levelCell(read, targets[0][0], () => TARGET) : null;
    return mapCells(actuals, (cell, r, c) => {
      const a = levelCell(read, cell, () => cellPlace(argument.actual(), r, c, actuals));
      const t = broadcast ? single : levelCell(read, targets[r][c], () => cellPlace(argument.target(), r, c, targets));
      return a === null || t === null ? '' : typeof a !== 'number' ? a : typeof t !== 'number' ? t : t - a;
    });
  });
}

/**
 * LEVEL.NUMBER: each level label to its number on the scale (hw-sm 3 to 5, others 1 = lowest); blank gives "".
 * With `competency` (the competencies' headings or ids: one for every cell, or one per column), a
 * number in the cells of a competency assessed by exam is its 0-100 score, read as the level its band gives.
 */
export function levelNumbers(level: Arg, scale: Arg | undefined, competency?: Arg, models: ModelCatalogue = builtInCatalogue()): Out[][] {
  return guarded(() => {
    const levels = asMatrix(level, LEVEL);
    const readers = competency === undefined || isOmitted(competency) ? null : columnReaders(levels, scale, competency, models);
    const read = readers ? null : levelReader(resolveScale(scale, models));
    return mapCells(levels, (cell, r, c) => levelCell(read ?? readers![c], cell, () => cellPlace(argument.level(), r, c, levels)) ?? '');
  });
}

/** One reader per column of `levels`, from the competency each column rates (exam.ts). */
function columnReaders(levels: Matrix, scale: Arg | undefined, competency: Arg, models: ModelCatalogue): LevelReader[] {
  const id = scale === undefined || isOmitted(scale) ? null : nameOrBlank(single(scale, MODEL), MODEL);
  if (id !== null && typeof id !== 'string') throw invalidValue(functionMessages.modelForCompetencies());
  const model = models.levelModel(id);
  const names = asMatrix(competency, COMPETENCY);
  const width = levels[0].length;
  const perColumn = names.length === 1 && names[0].length === width;
  if (!perColumn && (names.length !== 1 || names[0].length !== 1))
    throw invalidValue(functionMessages.competencyShape(names.length, names[0].length, width));
  return Array.from({ length: width }, (_, c) => {
    const name = perColumn ? names[0][c] : names[0][0];
    if (name instanceof HostErrorValue) throw propagate(name, COMPETENCY);
    const text = typeof name === 'string' || typeof name === 'number' ? String(name) : '';
    const found = text.trim() === '' ? undefined : competencyForHeader(model, text);
    if (!found) throw notAvailable(functionMessages.noSuchCompetency(clipped(text), model.id));
    return competencyLevelReader(model, found);
  });
}

/** POINTS.TOTAL: a points model's behaviour total at a level, capped per element, minus deductions. */
export function pointsTotals(points: Arg, level: Arg, counts: Arg | undefined, model: Arg | undefined, models: ModelCatalogue = builtInCatalogue()): Out[][] {
  return guarded(() => {
    const modelId = modelArgument(model);
    const pointsModel = models.pointsModel(modelId === null ? null : String(modelId));
    const levelValue = nameOrBlank(single(level, LEVEL), LEVEL);
    if (levelValue === null) throw invalidValue(functionMessages.qualificationLevelBlank());
    const values = numbersOrBlanks(vector(points, POINTS), (i) => place.item(argument.points(), i + 1));
    const countValues = counts === undefined || isOmitted(counts) ? [] : numbersOrBlanks(vector(counts, COUNTS), (i) => place.item(argument.count(), i + 1));
    const total = pointsTotalOrError(pointsModel, levelValue, values, countValues);
    return [[total instanceof CompetencyError ? total : total.total]];
  });
}
