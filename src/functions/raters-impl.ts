import { invalidValue } from '../core/errors';
import { builtInCatalogue, type ModelCatalogue } from '../core/model/catalogue';
import { levelNumber } from '../core/scoring/scale';
import { krippendorffAlpha, type AgreementMetric, type RatingValue } from '../core/raters/agreement';
import { combineRatings, type Rating } from '../core/raters/combine';
import { DEFAULT_ROLE_NAMES, ROLE_IDS, roleOfName, type RoleId } from '../core/raters/roles';
import { defineRound, type RoundChanges } from '../core/raters/round';
import { raterMessages, raterPlaces } from '../core/raters/messages';
import { listSaid, modelText, Said, type Text } from '../core/message';
import { argument, cellMessages, functionMessages, place } from './messages';
import {
  asMatrix,
  guarded,
  HostErrorValue,
  isBlank,
  isOmitted,
  nameOrBlank,
  numberOrBlank,
  propagate,
  requiredNumber,
  single,
  vector,
  type Cell,
  type Matrix,
  type Out,
} from './cells';

/**
 * RATERS.COMBINE and RATERS.AGREEMENT, host independent like impl.ts: the rules live in
 * core/raters; this file only reads the cells and names what is wrong and where.
 */

type Arg = Cell | Matrix;
const roleName = (id: RoleId) => modelText(DEFAULT_ROLE_NAMES[id]);
const ROLE_LIST = listSaid(ROLE_IDS.map((id) => new Said((language) => `"${roleName(id).text(language)}"`)));
const ROLE_ORDER = listSaid(ROLE_IDS.map(roleName));

function readRole(cell: Cell, where: Text): RoleId | null {
  const name = nameOrBlank(cell, where);
  if (name === null) return null;
  const role = roleOfName(String(name));
  if (role === null)
    throw invalidValue(raterMessages.notARole(where, String(name), ROLE_LIST));
  return role;
}

function readLevel(cell: Cell, where: Text): number | null {
  if (typeof cell === 'string' && cell.trim() !== '' && Number.isNaN(Number(cell))) throw invalidValue(raterMessages.labelNotNumber(where, cell.trim()));
  return numberOrBlank(cell, where);
}

/**
 * Per-role numbers (weights or minimums): five values in role order (self, manager, peer, report,
 * other), or a two-column table of role and value; roles a table does not name keep their default.
 */
export function readPerRole(value: Arg | undefined, what: Said): Partial<Record<RoleId, number>> | undefined {
  if (value === undefined || isOmitted(value)) return undefined;
  const matrix = asMatrix(value);
  const result: Partial<Record<RoleId, number>> = {};
  if (matrix[0].length === 2 && matrix.length >= 1 && matrix.some((row) => typeof row[0] === 'string' && Number.isNaN(Number(row[0])))) {
    matrix.forEach((row, r) => {
      if (row.every(isBlank)) return;
      const row1 = place.tableRow(what, r + 1);
      const role = readRole(row[0], row1);
      if (role === null) throw invalidValue(raterMessages.tableRowWithoutRole(row1));
      result[role] = requiredNumber(row[1], place.perRole(what, roleName(role)));
    });
    return result;
  }
  const cells = vector(value, place.whole(what));
  if (cells.length !== ROLE_IDS.length) throw invalidValue(raterMessages.perRoleCount(what, cells.length, ROLE_ORDER));
  cells.forEach((cell, i) => {
    const n = numberOrBlank(cell, raterPlaces.perRoleItem(what, i + 1, roleName(ROLE_IDS[i])));
    if (n !== null) result[ROLE_IDS[i]] = n;
  });
  return result;
}

export function readTrim(value: Arg | undefined): boolean {
  if (value === undefined || isOmitted(value)) return false;
  const where = place.whole(raterPlaces.trim());
  const cell = single(value, where);
  if (cell instanceof HostErrorValue) throw propagate(cell, where);
  if (typeof cell === 'boolean') return cell;
  if (cell === 0 || cell === 1) return cell === 1;
  throw invalidValue(raterMessages.trimBoolean());
}

/** RATERS.COMBINE: one combined level from a column of levels and a column of rater roles. */
export function ratersCombine(levels: Arg, roles: Arg, weights: Arg | undefined, minimums: Arg | undefined, trim: Arg | undefined): Out[][] {
  return guarded(() => {
    const levelCells = vector(levels, place.whole(raterPlaces.levels()));
    const roleCells = vector(roles, place.whole(raterPlaces.roles()));
    if (levelCells.length !== roleCells.length) throw invalidValue(raterMessages.rolePerLevel(levelCells.length, roleCells.length));
    const changes: RoundChanges = { weights: readPerRole(weights, raterPlaces.weights()), minimums: readPerRole(minimums, raterPlaces.minimums()) };
    const round = defineRound(changes);
    const useTrim = readTrim(trim);
    const ratings: Rating[] = [];
    levelCells.forEach((cell, i) => {
      const level = readLevel(cell, place.item(raterPlaces.level(), i + 1));
      const role = readRole(roleCells[i], place.item(raterPlaces.role(), i + 1));
      if (level === null) return; // not rated (yet)
      if (role === null) throw invalidValue(raterMessages.levelWithoutRole(i + 1));
      ratings.push({ role, level });
    });
    const result = combineRatings(ratings, round, { trim: useTrim });
    return [[result.level === null ? '' : result.level]];
  });
}

const METRIC_NAMES: Record<AgreementMetric, string[]> = {
  ordinal: ['ordinal', '序数', '定序', '顺序'],
  nominal: ['nominal', '名义', '定类', '类别'],
  interval: ['interval', '定距', '区间', '等距'],
};

function readMetric(value: Arg | undefined): AgreementMetric {
  if (value === undefined || isOmitted(value)) return 'ordinal';
  const where = place.whole(raterPlaces.metric());
  const name = nameOrBlank(single(value, where), where);
  const query = String(name).trim().toLowerCase();
  const metric = (Object.keys(METRIC_NAMES) as AgreementMetric[]).find((m) => METRIC_NAMES[m].includes(query));
  if (!metric) throw invalidValue(raterMessages.unknownMetric(String(name)));
  return metric;
}

/**
 * RATERS.AGREEMENT: Krippendorff's alpha over a range of ratings (rows: units such as behaviour
 * indicators; columns: raters). Labels become level numbers on the scale (default the default
 * model's); the nominal metric without a scale compares text as text. With `units`, the ratings
 * are one column of a long table (such as Ratings) and `units` says which unit each belongs to:
 * alpha needs only the values per unit, not who gave them.
 */
export function ratersAgreement(ratings: Arg, metric: Arg | undefined, scale: Arg | undefined, units?: Arg, models: ModelCatalogue = builtInCatalogue()): Out[][] {
  return guarded(() => {
    const chosen = readMetric(metric);
    const scaleGiven = scale !== undefined && !isOmitted(scale);
    let scaleId: string | null = null;
    if (scaleGiven) {
      const where = place.whole(argument.scale());
      const id = nameOrBlank(single(scale, where), where);
      if (typeof id !== 'string') throw invalidValue(functionMessages.scaleId());
      scaleId = id;
    }
    const resolved = scaleGiven || chosen !== 'nominal' ? models.scale(scaleId) : null;
    const matrix = units === undefined || isOmitted(units) ? asMatrix(ratings) : byUnit(ratings, units);
    const values: RatingValue[][] = matrix.map((row, r) =>
      row.map((cell, c) => {
        const where = units === undefined || isOmitted(units) ? place.cell(raterPlaces.rating(), r + 1, c + 1) : raterPlaces.ratingOfUnit(r + 1);
        if (isBlank(cell)) return null;
        if (cell instanceof HostErrorValue) throw propagate(cell, where);
        if (typeof cell === 'boolean') throw invalidValue(raterMessages.booleanForRating(where, cell ? 'TRUE' : 'FALSE'));
        if (typeof cell === 'number') {
          if (!Number.isFinite(cell)) throw invalidValue(cellMessages.notFinite(where));
          return cell;
        }
        const text = cell.trim();
        if (text === '') return null;
        if (!Number.isNaN(Number(text))) return Number(text);
        return resolved ? levelNumber(resolved, text) : text;
      }),
    );
    return [[krippendorffAlpha(values, chosen).alpha]];
  });
}

/** A column of ratings with a column of unit keys as one row of ratings per unit (blank ratings and blank keys skipped). */
function byUnit(ratings: Arg, units: Arg): Matrix {
  const values = vector(ratings, place.whole(raterPlaces.ratings()));
  const keys = vector(units, place.whole(raterPlaces.units()));
  if (values.length !== keys.length) throw invalidValue(raterMessages.unitPerRating(values.length, keys.length));
  const rows = new Map<string, Cell[]>();
  values.forEach((value, i) => {
    if (isBlank(value)) return;
    const key = nameOrBlank(keys[i], place.item(raterPlaces.unit(), i + 1));
    if (key === null) throw invalidValue(raterMessages.ratingWithoutUnit(i + 1));
    const id = String(key);
    if (!rows.has(id)) rows.set(id, []);
    rows.get(id)!.push(value);
  });
  return rows.size === 0 ? [[null]] : [...rows.values()];
}
