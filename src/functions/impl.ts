import { invalidValue, type CompetencyError } from '../core/errors';
import { descriptorText } from '../core/scoring/descriptor';
import { pointsTotal } from '../core/scoring/points';
import { builtInCatalogue, type ModelCatalogue } from '../core/model/catalogue';
import { bandForScore, bandsOf, checkBandTable, bandReach, levelNumberOrError, SCALE_SCORE_RANGE, type LabelBand } from '../core/scoring/scale';
import { localize } from '../core/text';
import type { Locale, Scale } from '../core/model/types';
import type { Said } from '../core/message';
import { argument, cellMessages, functionMessages, place } from './messages';
import { weightedScore } from '../core/scoring/weighted';
import {
  asMatrix,
  cellResult,
  guarded,
  HostErrorValue,
  isBlank,
  isOmitted,
  nameOrBlank,
  numberOrBlank,
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

/** A scale argument: omitted (the default model's scale), a scale or model id, or a band table. */
function resolveScale(scale: Arg | undefined, models: ModelCatalogue): Scale {
  if (scale === undefined || isOmitted(scale)) return models.scale(null);
  const where = place.whole(argument.scale());
  const id = nameOrBlank(single(scale, where), where);
  if (typeof id !== 'string') throw invalidValue(functionMessages.scaleId());
  return models.scale(id);
}

/** The bands a score is read against, their labels in the display language, and the scale's 0 to 100 range (none for a user's table). */
interface ResolvedBands {
  bands: LabelBand[];
  labels: string[];
  range?: { min: number; max: number };
}

function resolveBands(scale: Arg | undefined, locale: Locale, models: ModelCatalogue): ResolvedBands {
  const matrix = scale === undefined ? [[null]] : asMatrix(scale, place.whole(argument.bandTable()));
  if (matrix[0].length >= 2) {
    const rows = matrix.filter((row) => !row.every(isBlank));
    const bands = checkBandTable(
      rows.map((row) => {
        const error = row.find((c): c is HostErrorValue => c instanceof HostErrorValue);
        if (error) throw propagate(error, place.whole(argument.bandTable()));
        return { min: row[0], label: row[1] };
      }),
    );
    return { bands, labels: bands.map((b) => localize(b.label, locale)) };
  }
  const bands = bandsOf(resolveScale(scale, models));
  return { bands, labels: bands.map((b) => localize(b.label, locale)), range: SCALE_SCORE_RANGE };
}

/** COMPETENCY.LEVEL: each score to its level label; blank scores give "". */
export function competencyLevel(score: Arg, scale: Arg | undefined, locale: Locale, models: ModelCatalogue = builtInCatalogue): Out[][] {
  return guarded(() => {
    const { bands, labels, range } = resolveBands(scale, locale, models);
    const scores = asMatrix(score, place.whole(argument.score()));
    const low = range ? range.min : bands[0].min;
    const high = range ? range.max : Infinity;
    const last = bands.length - 1;
    const reach = bands.map((b) => bandReach(b.min));
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
        result[c] = isBlank(cell) ? '' : slowLevel(cell, r, c, scores, bands, locale, range);
      }
      out[r] = result;
    }
    return out;
  });
}

function slowLevel(cell: Cell, r: number, c: number, scores: Matrix, bands: LabelBand[], locale: Locale, range?: { min: number; max: number }): Out {
  return cellResult(() => {
    const value = numberOrBlank(cell, cellPlace(argument.score(), r, c, scores));
    return value === null ? '' : localize(bandForScore(value, bands, range).label, locale);
  });
}

/**
 * WEIGHTED.SCORE: one weighted mean per row of scores. Weights are one row or column with one
 * weight per score column (a single column of scores with a column of weights is one set).
 */
export function weightedScores(scores: Arg, weights: Arg, fullMarks: Arg | undefined): Out[][] {
  return guarded(() => {
    let matrix = asMatrix(scores);
    const weightCells = vector(weights, place.whole(argument.weights()));
    const singleColumn = matrix.length > 1 && matrix[0].length === 1 && weightCells.length === matrix.length;
    if (singleColumn) matrix = [matrix.map((row) => row[0])];
    if (matrix[0].length !== weightCells.length)
      throw invalidValue(functionMessages.weightsPerColumn(matrix[0].length, weightCells.length));
    const weightValues = weightCells.map((w, i) => requiredNumber(w, place.item(argument.weight(), i + 1)));
    let fullMarkValues: number[] | undefined;
    if (fullMarks !== undefined && !isOmitted(fullMarks)) {
      const fullCells = vector(fullMarks, place.whole(argument.fullMarks()));
      if (fullCells.length !== weightCells.length) throw invalidValue(functionMessages.fullMarksPerWeight(weightCells.length, fullCells.length));
      fullMarkValues = fullCells.map((f, i) => requiredNumber(f, place.item(argument.fullMarks(), i + 1)));
    }
    return matrix.map((row, r) => [
      cellResult(() => {
        // Numbers and blanks as they are; a message is built only for a cell that needs one.
        const values = row.map((cell, c) =>
          typeof cell === 'number' && Number.isFinite(cell) ? cell : isBlank(cell) ? null : numberOrBlank(cell, matrix.length === 1 ? place.item(argument.score(), c + 1) : place.itemOfRow(argument.score(), c + 1, r + 1)),
        );
        const result = weightedScore(values, weightValues, fullMarkValues);
        return result === null ? '' : result;
      }),
    ]);
  });
}

/** The model argument: omitted or blank is null (the default model). */
function modelArgument(model: Arg | undefined): string | number | null {
  return model === undefined ? null : nameOrBlank(single(model, place.whole(argument.model())), place.whole(argument.model()));
}

/** COMPETENCY.DESCRIPTOR: a competency's behaviour anchors at a level, as text. */
export function competencyDescriptor(competency: Arg, level: Arg, model: Arg | undefined, locale: Locale, models: ModelCatalogue = builtInCatalogue): Out[][] {
  return guarded(() => {
    const competencyPlace = place.whole(argument.competency());
    const name = requiredText(single(competency, competencyPlace), competencyPlace);
    const levelValue = nameOrBlank(single(level, place.whole(argument.level())), place.whole(argument.level()));
    if (levelValue === null) throw invalidValue(functionMessages.levelBlank());
    const modelId = modelArgument(model);
    return [[descriptorText(models.model(modelId === null ? null : String(modelId)), name, levelValue, locale)]];
  });
}

/** A level cell's number: blank is null; text and numbers by levelNumber, remembered; other values refused naming the place. */
function levelCell(scale: Scale, cell: Cell, where: () => Said): number | null | CompetencyError {
  if (typeof cell === 'string') {
    if (cell === '' || cell.trim() === '') return null;
    return levelNumberOrError(scale, cell);
  }
  if (typeof cell === 'number') return levelNumberOrError(scale, cell);
  if (cell === null || cell === undefined) return null;
  return cellResult(() => {
    nameOrBlank(cell, where());
    throw invalidValue(cellMessages.notALevel(where()));
  }) as CompetencyError;
}

/** COMPETENCY.GAP: target minus actual in levels, cell by cell; a single target applies to every actual. */
export function competencyGap(actual: Arg, target: Arg, scale: Arg | undefined, models: ModelCatalogue = builtInCatalogue): Out[][] {
  return guarded(() => {
    const resolved = resolveScale(scale, models);
    const actuals = asMatrix(actual, place.whole(argument.actual()));
    const targets = asMatrix(target, place.whole(argument.target()));
    const broadcast = targets.length === 1 && targets[0].length === 1;
    if (!broadcast && (targets.length !== actuals.length || targets[0].length !== actuals[0].length))
      throw invalidValue(functionMessages.gapShapes(actuals.length, actuals[0].length, targets.length, targets[0].length));
    const single = broadcast ? levelCell(resolved, targets[0][0], () => place.whole(argument.target())) : null;
    return actuals.map((row, r) =>
      row.map((cell, c) => {
        const a = levelCell(resolved, cell, () => cellPlace(argument.actual(), r, c, actuals));
        const t = broadcast ? single : levelCell(resolved, targets[r][c], () => cellPlace(argument.target(), r, c, targets));
        if (a === null || t === null) return '';
        if (typeof a !== 'number') return a;
        if (typeof t !== 'number') return t;
        return t - a;
      }),
    );
  });
}

/** LEVEL.NUMBER: each level label to its number on the scale (hw-sm 3 to 5, others 1 = lowest); blank gives "". */
export function levelNumbers(level: Arg, scale: Arg | undefined, models: ModelCatalogue = builtInCatalogue): Out[][] {
  return guarded(() => {
    const resolved = resolveScale(scale, models);
    const levels = asMatrix(level, place.whole(argument.level()));
    return levels.map((row, r) =>
      row.map((cell, c) => {
        const value = levelCell(resolved, cell, () => cellPlace(argument.level(), r, c, levels));
        return value === null ? '' : value;
      }),
    );
  });
}

/** POINTS.TOTAL: a points model's behaviour total at a level, capped per element, minus deductions. */
export function pointsTotals(points: Arg, level: Arg, counts: Arg | undefined, model: Arg | undefined, models: ModelCatalogue = builtInCatalogue): Out[][] {
  return guarded(() => {
    const modelId = modelArgument(model);
    const pointsModel = models.pointsModel(modelId === null ? null : String(modelId));
    const levelValue = nameOrBlank(single(level, place.whole(argument.level())), place.whole(argument.level()));
    if (levelValue === null) throw invalidValue(functionMessages.qualificationLevelBlank());
    const values = vector(points, place.whole(argument.points())).map((cell, i) => numberOrBlank(cell, place.item(argument.points(), i + 1)));
    const countValues =
      counts === undefined || isOmitted(counts) ? [] : vector(counts, place.whole(argument.count())).map((cell, i) => numberOrBlank(cell, place.item(argument.count(), i + 1)));
    return [[pointsTotal(pointsModel, levelValue, values, countValues).total]];
  });
}
