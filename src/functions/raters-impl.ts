import { invalidValue } from '../core/errors';
import type { Locale } from '../core/model/types';
import { builtInCatalogue, type ModelCatalogue } from '../core/model/catalogue';
import { levelNumber } from '../core/scoring/scale';
import { krippendorffAlpha, type AgreementMetric, type RatingValue } from '../core/raters/agreement';
import { combineRatings, type Rating } from '../core/raters/combine';
import { DEFAULT_ROLE_NAMES, ROLE_IDS, roleOfName, type RoleId } from '../core/raters/roles';
import { defineRound, type RoundChanges } from '../core/raters/round';
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
const say = (locale: Locale, en: string, zh: string) => (locale === 'zh-CN' ? zh : en);
const ROLE_LIST = {
  en: ROLE_IDS.map((id) => `"${DEFAULT_ROLE_NAMES[id].en}"`).join(', '),
  zh: ROLE_IDS.map((id) => `"${DEFAULT_ROLE_NAMES[id].zh}"`).join('、'),
};

function readRole(cell: Cell, where: string, locale: Locale): RoleId | null {
  const name = nameOrBlank(cell, where);
  if (name === null) return null;
  const role = roleOfName(String(name));
  if (role === null)
    throw invalidValue(
      say(
        locale,
        `${where} is "${name}", not a rater role: use ${ROLE_LIST.en}`,
        `${where} 为"${name}",不是评价人角色:请使用 ${ROLE_LIST.zh}`,
      ),
    );
  return role;
}

function readLevel(cell: Cell, where: string, locale: Locale): number | null {
  if (typeof cell === 'string' && cell.trim() !== '' && Number.isNaN(Number(cell)))
    throw invalidValue(
      say(
        locale,
        `${where} is the label "${cell.trim()}": give level numbers (HR.LEVEL.NUMBER turns labels into numbers)`,
        `${where} 是级别名称"${cell.trim()}":请给出级别序号(可用 HR.LEVEL.NUMBER 转换)`,
      ),
    );
  return numberOrBlank(cell, where);
}

/**
 * Per-role numbers (weights or minimums): five values in role order (self, manager, peer, report,
 * other), or a two-column table of role and value; roles a table does not name keep their default.
 */
export function readPerRole(value: Arg | undefined, what: string, locale: Locale): Partial<Record<RoleId, number>> | undefined {
  if (value === undefined || isOmitted(value)) return undefined;
  const matrix = asMatrix(value);
  const result: Partial<Record<RoleId, number>> = {};
  if (matrix[0].length === 2 && matrix.length >= 1 && matrix.some((row) => typeof row[0] === 'string' && Number.isNaN(Number(row[0])))) {
    matrix.forEach((row, r) => {
      if (row.every(isBlank)) return;
      const role = readRole(row[0], `${what} row ${r + 1}`, locale);
      if (role === null) throw invalidValue(say(locale, `${what} row ${r + 1} has a value but no role`, `${what} 第 ${r + 1} 行有数值但没有角色`));
      result[role] = requiredNumber(row[1], `${what} of ${role}`);
    });
    return result;
  }
  const cells = vector(value, what);
  if (cells.length !== ROLE_IDS.length)
    throw invalidValue(
      say(
        locale,
        `${what} has ${cells.length} value(s): give 5, for ${ROLE_IDS.join(', ')} in that order, or a two-column table of role and value`,
        `${what} 有 ${cells.length} 个值:请按 ${ROLE_IDS.join('、')} 的顺序给出 5 个值,或给出"角色、数值"两列表`,
      ),
    );
  cells.forEach((cell, i) => {
    const n = numberOrBlank(cell, `${what} ${i + 1} (${ROLE_IDS[i]})`);
    if (n !== null) result[ROLE_IDS[i]] = n;
  });
  return result;
}

export function readTrim(value: Arg | undefined, locale: Locale): boolean {
  if (value === undefined || isOmitted(value)) return false;
  const cell = single(value, 'trim');
  if (cell instanceof HostErrorValue) throw propagate(cell, 'trim');
  if (typeof cell === 'boolean') return cell;
  if (cell === 0 || cell === 1) return cell === 1;
  throw invalidValue(say(locale, 'trim must be TRUE or FALSE (or 1 or 0)', 'trim 必须为 TRUE 或 FALSE(或 1、0)'));
}

/** RATERS.COMBINE: one combined level from a column of levels and a column of rater roles. */
export function ratersCombine(levels: Arg, roles: Arg, weights: Arg | undefined, minimums: Arg | undefined, trim: Arg | undefined, locale: Locale): Out[][] {
  return guarded(() => {
    const levelCells = vector(levels, 'levels');
    const roleCells = vector(roles, 'roles');
    if (levelCells.length !== roleCells.length)
      throw invalidValue(
        say(
          locale,
          `there are ${levelCells.length} level(s) but ${roleCells.length} role(s): give one role per level`,
          `有 ${levelCells.length} 个级别但有 ${roleCells.length} 个角色:每个级别需要一个角色`,
        ),
      );
    const changes: RoundChanges = { weights: readPerRole(weights, 'weights', locale), minimums: readPerRole(minimums, 'minimums', locale) };
    const round = defineRound(changes, locale);
    const useTrim = readTrim(trim, locale);
    const ratings: Rating[] = [];
    levelCells.forEach((cell, i) => {
      const level = readLevel(cell, `level ${i + 1}`, locale);
      const role = readRole(roleCells[i], `role ${i + 1}`, locale);
      if (level === null) return; // not rated (yet)
      if (role === null) throw invalidValue(say(locale, `level ${i + 1} has no role: say who gave it`, `级别 ${i + 1} 没有角色:请注明评价人角色`));
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

function readMetric(value: Arg | undefined, locale: Locale): AgreementMetric {
  if (value === undefined || isOmitted(value)) return 'ordinal';
  const name = nameOrBlank(single(value, 'metric'), 'metric');
  const query = String(name).trim().toLowerCase();
  const metric = (Object.keys(METRIC_NAMES) as AgreementMetric[]).find((m) => METRIC_NAMES[m].includes(query));
  if (!metric)
    throw invalidValue(say(locale, `metric "${name}" is unknown: use "ordinal", "nominal" or "interval"`, `未知的度量"${name}":请使用"序数"、"名义"或"定距"`));
  return metric;
}

/**
 * RATERS.AGREEMENT: Krippendorff's alpha over a range of ratings (rows: units such as behaviour
 * indicators; columns: raters). Labels become level numbers on the scale (default the default
 * model's); the nominal metric without a scale compares text as text. With `units`, the ratings
 * are one column of a long table (such as Ratings) and `units` says which unit each belongs to:
 * alpha needs only the values per unit, not who gave them.
 */
export function ratersAgreement(ratings: Arg, metric: Arg | undefined, scale: Arg | undefined, locale: Locale, units?: Arg, models: ModelCatalogue = builtInCatalogue): Out[][] {
  return guarded(() => {
    const chosen = readMetric(metric, locale);
    const scaleGiven = scale !== undefined && !isOmitted(scale);
    let scaleId: string | null = null;
    if (scaleGiven) {
      const id = nameOrBlank(single(scale, 'scale'), 'scale');
      if (typeof id !== 'string') throw invalidValue(say(locale, 'scale must be a scale or model id such as "ct-am"', 'scale 必须是量表或模型编号,例如 "ct-am"'));
      scaleId = id;
    }
    const resolved = scaleGiven || chosen !== 'nominal' ? models.scale(scaleId) : null;
    const matrix = units === undefined || isOmitted(units) ? asMatrix(ratings) : byUnit(ratings, units, locale);
    const values: RatingValue[][] = matrix.map((row, r) =>
      row.map((cell, c) => {
        const where = units === undefined || isOmitted(units) ? `rating row ${r + 1}, column ${c + 1}` : `the rating of unit ${r + 1}`;
        if (isBlank(cell)) return null;
        if (cell instanceof HostErrorValue) throw propagate(cell, where);
        if (typeof cell === 'boolean') throw invalidValue(say(locale, `${where} is ${cell ? 'TRUE' : 'FALSE'}, not a rating`, `${where} 为 ${cell ? 'TRUE' : 'FALSE'},不是评价`));
        if (typeof cell === 'number') {
          if (!Number.isFinite(cell)) throw invalidValue(`${where} is not a finite number`);
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
function byUnit(ratings: Arg, units: Arg, locale: Locale): Matrix {
  const values = vector(ratings, 'ratings');
  const keys = vector(units, 'units');
  if (values.length !== keys.length)
    throw invalidValue(
      say(locale, `there are ${values.length} rating(s) but ${keys.length} unit key(s): give one unit per rating`, `有 ${values.length} 个评价但有 ${keys.length} 个单元:每个评价需要一个单元`),
    );
  const rows = new Map<string, Cell[]>();
  values.forEach((value, i) => {
    if (isBlank(value)) return;
    const key = nameOrBlank(keys[i], `unit ${i + 1}`);
    if (key === null) throw invalidValue(say(locale, `rating ${i + 1} has no unit: say what it rates`, `评价 ${i + 1} 没有对应的单元`));
    const id = String(key);
    if (!rows.has(id)) rows.set(id, []);
    rows.get(id)!.push(value);
  });
  return rows.size === 0 ? [[null]] : [...rows.values()];
}
