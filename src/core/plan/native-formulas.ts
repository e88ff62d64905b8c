import { cellA1, columnNumber, formulaText } from '../a1';
import type { CompetencyModel, PointsModel, ProficiencyLevel } from '../model/types';
import { examScoreBounds } from '../scoring/exam';

/**
 * The add-in's HR.* formulas as native Excel formulas that give the same results, for a copy
 * opened where the add-in is not installed. Each shape the planners write (levels.ts, points.ts)
 * maps to plain SUMPRODUCT / INDEX / MATCH arithmetic that every Excel version evaluates without
 * array entry, and that HyperFormula evaluates too (the proof: native-formulas.test.ts).
 * Level labels become string literals compared with "=" (case-insensitive, as HR's look-up is),
 * so a label is never run; the level table the sheet holds supplies the bands.
 * Equal to HR for what the sheet's validations allow (labels of the model's levels, numbers in
 * range) and for blanks; an unknown label gives #N/A on both.
 */

interface Call {
  start: number;
  end: number;
  args: string[];
}

/** The call of `name` starting at `at` (just before the name), with its top-level arguments. */
function parseCall(formula: string, at: number, name: string): Call | null {
  let i = at + name.length;
  if (formula[i] !== '(') return null;
  const args: string[] = [];
  let depth = 0;
  let current = '';
  for (i = i + 1; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') {
      const close = formula.indexOf('"', i + 1);
      let end = close;
      while (end >= 0 && formula[end + 1] === '"') end = formula.indexOf('"', end + 2);
      if (end < 0) return null;
      current += formula.slice(i, end + 1);
      i = end;
      continue;
    }
    if (ch === '(' || ch === '{') depth++;
    if (ch === ')' || ch === '}') {
      if (depth === 0) {
        args.push(current);
        return { start: at, end: i + 1, args };
      }
      depth--;
    }
    if (ch === ',' && depth === 0) {
      args.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  return null;
}

/** Positions of `name(` outside string literals, not preceded by a name character. */
function callSites(formula: string, name: string): number[] {
  const sites: number[] = [];
  let inString = false;
  for (let i = 0; i < formula.length; i++) {
    if (formula[i] === '"') inString = !inString;
    if (inString) continue;
    if (formula.startsWith(`${name}(`, i) && !/[A-Za-z0-9_.]/.test(formula[i - 1] ?? '')) sites.push(i);
  }
  return sites;
}

/** Rewrites every call of `name` the rewrite accepts (innermost last, so offsets stay valid). */
function rewriteCalls(formula: string, name: string, rewrite: (args: string[]) => string | null): string {
  let result = formula;
  for (const site of callSites(formula, name).reverse()) {
    const call = parseCall(result, site, name);
    if (!call) continue;
    const replacement = rewrite(call.args);
    if (replacement !== null) result = result.slice(0, call.start) + replacement + result.slice(call.end);
  }
  return result;
}

/** The spellings a cell may hold for a level (labels in both languages, the id), once each as Excel compares them. */
function spellings(level: ProficiencyLevel): string[] {
  const seen = new Set<string>();
  return [level.label.zh, level.label.en, level.id].filter((s): s is string => {
    if (s === undefined || s.trim() === '' || seen.has(s.toLowerCase())) return false;
    seen.add(s.toLowerCase());
    return true;
  });
}

/** A text as a formula's string literal; quotes as CHAR(34), which every engine reads (not all read ""). */
function literal(text: string): string {
  return text.includes('"') ? text.split('"').map((part) => `"${part}"`).join('&CHAR(34)&') : `"${text}"`;
}

/** 1 where `x` names the level, else 0 (cell by cell for a range). */
function isLevel(x: string, level: ProficiencyLevel, extra: string[] = []): string {
  const terms = [...spellings(level).map((s) => `(${x}=${literal(s)})`), ...extra];
  return terms.length === 1 ? terms[0] : `((${terms.join('+')})>0)`;
}

/**
 * The level position of `x` (1 = lowest), 0 where it names no level; cell by cell for a range.
 * With `scores` (LEVEL.NUMBER was told the competencies, so exam items hold 0-100 scores) a
 * number is a score and takes its band's position: the sheet's validations allow numbers only in
 * exam columns. Arithmetic only, so SUMPRODUCT evaluates it without array entry.
 */
function position(x: string, model: CompetencyModel, scores = false): string {
  const labels = model.scale.levels.map((level, k) => `${isLevel(x, level)}*${k + 1}`);
  const bounds = scores ? examScoreBounds(model.scale) : [];
  if (bounds.length === 0) return `(${labels.join('+')})`;
  const at = bounds.map((b) => model.scale.levels.findIndex((l) => l.label === b.label) + 1);
  const steps = bounds.map((b, j) => `(${x}>=${b.min})*${at[j] - (j === 0 ? 0 : at[j - 1])}`);
  return `(${labels.join('+')}+ISNUMBER(${x})*(${steps.join('+')}))`;
}

/** A LEVEL.NUMBER call of the planners' shapes: its cells, and whether it names the competencies (exam scores). */
function levelNumberCall(text: string, model: CompetencyModel): { cells: string; scores: boolean } | null {
  const call = parseCall(text.trim(), 0, 'HR.LEVEL.NUMBER');
  if (!call || call.end !== text.trim().length || call.args.length > 3 || !isModelArg(call.args[1], model) || /HR\./i.test(call.args.join(','))) return null;
  return { cells: call.args[0], scores: call.args.length === 3 };
}

/** The formula text of `id` as the planners write the model argument. */
function isModelArg(arg: string | undefined, model: CompetencyModel): boolean {
  return arg === undefined || arg.trim() === formulaText(model.id) || arg.trim() === formulaText(model.scale.id);
}

function weightedLevels(ratings: string, weights: string, model: CompetencyModel, scores: boolean): string {
  const p = position(ratings, model, scores);
  return `IF(SUMPRODUCT(--(${ratings}<>""))=0,"",IF(SUMPRODUCT((${ratings}<>"")*(${p}=0))>0,NA(),SUMPRODUCT(${p}*${weights})/SUMPRODUCT((${ratings}<>"")*${weights})))`;
}

function weightedScores(scores: string, weights: string, fullMarks: string | undefined): string {
  const value = fullMarks ? `${scores}/${fullMarks}*100` : scores;
  return `IF(SUMPRODUCT(--(${scores}<>""))=0,"",SUMPRODUCT(${value}*${weights})/SUMPRODUCT((${scores}<>"")*${weights}))`;
}

function gapSum(actual: string, target: string, model: CompetencyModel, scores: boolean): string {
  const pa = position(actual, model, scores);
  const pt = position(target, model);
  const both = `(${actual}<>"")*(${target}<>"")`;
  return `IF(SUMPRODUCT(${both}*((${pa}=0)+(${pt}=0)))>0,NA(),SUMPRODUCT(${both}*((${pt}-${pa})>0)*(${pt}-${pa})))`;
}

function averageLevel(cells: string, model: CompetencyModel, scores: boolean): string {
  const p = position(cells, model, scores);
  return `IF(SUMPRODUCT((${cells}<>"")*(${p}=0))>0,NA(),SUMPRODUCT(${p})/SUMPRODUCT(--(${cells}<>"")))`;
}

/** "C5:D6" -> its two columns as ranges, when it is a two-column range of one sheet. */
function splitBandColumns(range: string): { numbers: string; labels: string } | null {
  const m = /^(\$?)([A-Z]{1,3})(\$?\d+):(\$?)([A-Z]{1,3})(\$?\d+)$/.exec(range.trim());
  if (!m || columnNumber(m[5]) !== columnNumber(m[2]) + 1) return null;
  return { numbers: `${m[1]}${m[2]}${m[3]}:${m[1]}${m[2]}${m[6]}`, labels: `${m[4]}${m[5]}${m[3]}:${m[4]}${m[5]}${m[6]}` };
}

/** The cells of a one-row range ("X10:Z10" -> X10, Y10, Z10). */
function rowCells(range: string): string[] | null {
  const m = /^(\$?)([A-Z]{1,3})(\$?)(\d+)(?::(\$?)([A-Z]{1,3})(\$?)(\d+))?$/.exec(range.trim());
  if (!m) return null;
  const first = columnNumber(m[2]);
  const last = m[6] ? columnNumber(m[6]) : first;
  if (m[8] && m[8] !== m[4]) return null;
  const row = Number(m[4]) - 1;
  return Array.from({ length: last - first + 1 }, (_, k) => cellA1(row, first + k, { column: m[1] === '$', row: m[3] === '$' }));
}

function pointsTotal(points: string, level: string, counts: string, model: PointsModel): string | null {
  const elements = model.groups.flatMap((g) => g.elements);
  const countCells = counts.trim() === '""' ? [] : rowCells(counts);
  if (!countCells || countCells.length > model.deductions.length) return null;
  // 1 for the row's qualification level: its labels, its id, or the number in an id such as "L3".
  const at = model.scale.levels.map((l) => {
    const digits = /^L(\d+)$/i.exec(l.id);
    return isLevel(level, l, digits ? [`(${level}&""="${digits[1]}")`] : []);
  });
  const known = `(${at.join('+')})`;
  const maxima = `(${model.scale.levels.map((l, k) => `${at[k]}*{${elements.map((e) => e.maxPoints[l.id] ?? 0).join(',')}}`).join('+')})`;
  // Points above the level's maximum are refused as HR.POINTS.TOTAL refuses them (#VALUE!), never capped.
  const over = `SUMPRODUCT(--(${points}>${maxima}))>0`;
  const behaviour = `SUMPRODUCT(${points}*1)`;
  const deductions = countCells.map((cell, j) => {
    const rule = model.deductions[j];
    const required = `(${model.scale.levels.map((l, k) => `${at[k]}*${rule.requiredByLevel[l.id] ?? 0}`).join('+')})`;
    // A blank count is no case published: deducted, as HR.POINTS.TOTAL does.
    return `MAX(0,${required}-${cell})*${rule.pointsEach}`;
  });
  return `IF(${known}=0,NA(),IF(${over},"points above the maximum"+0,MAX(0,${behaviour}${deductions.map((d) => `-${d}`).join('')})))`;
}

/**
 * The native equivalent of one formula the add-in wrote, for `model` (the one its HR.* calls
 * name); the formula itself when it has no HR.* call; null when it holds an HR.* call of a shape
 * the planners do not write, or of another model (such a cell is left as it is and reported).
 */
export function nativeFormula(formula: string, model: CompetencyModel): string | null {
  if (!/HR\./i.test(formula)) return formula;
  let result = formula;
  // Shapes that wrap an HR call first: the gap sum and the average of level numbers.
  result = rewriteCalls(result, 'SUMPRODUCT', (args) => {
    if (args.length !== 2 || model.kind !== 'levels') return null;
    const gap = /^--\((.*)>0\)$/.exec(args[0].trim());
    if (!gap || gap[1] !== args[1].trim() || !gap[1].startsWith('HR.COMPETENCY.GAP(')) return null;
    const call = parseCall(gap[1], 0, 'HR.COMPETENCY.GAP');
    if (!call || call.end !== gap[1].length || call.args.length < 2 || !isModelArg(call.args[2], model)) return null;
    // The actual levels as ratings, or as LEVEL.NUMBER of ratings that may hold exam scores.
    const actual = call.args[0].trim().startsWith('HR.LEVEL.NUMBER(') ? levelNumberCall(call.args[0], model) : { cells: call.args[0], scores: false };
    return actual && !/HR\./i.test(actual.cells) ? gapSum(actual.cells, call.args[1], model, actual.scores) : null;
  });
  result = rewriteCalls(result, 'AVERAGE', (args) => {
    if (args.length !== 1 || !args[0].trim().startsWith('HR.LEVEL.NUMBER(')) return null;
    const call = levelNumberCall(args[0], model);
    return call ? averageLevel(call.cells, model, call.scores) : null;
  });
  result = rewriteCalls(result, 'HR.WEIGHTED.SCORE', (args) => {
    if (args.length < 2 || args.length > 3) return null;
    const inner = args[0].trim();
    if (inner.startsWith('HR.LEVEL.NUMBER(')) {
      const call = args.length === 2 ? levelNumberCall(inner, model) : null;
      return call ? weightedLevels(call.cells, args[1], model, call.scores) : null;
    }
    return /HR\./i.test(args.join(',')) ? null : weightedScores(args[0], args[1], args[2]);
  });
  result = rewriteCalls(result, 'HR.COMPETENCY.LEVEL', (args) => {
    const bands = args.length === 2 ? splitBandColumns(args[1]) : null;
    return bands && !/HR\./i.test(args[0]) ? `INDEX(${bands.labels},MATCH(${args[0]},${bands.numbers},1))` : null;
  });
  result = rewriteCalls(result, 'HR.POINTS.TOTAL', (args) =>
    model.kind === 'points' && args.length === 4 && isModelArg(args[3], model) ? pointsTotal(args[0], args[1], args[2], model) : null,
  );
  // A single level (the selected person's row): its position, #N/A when it names no level.
  result = rewriteCalls(result, 'HR.LEVEL.NUMBER', (args) => {
    if (args.length > 3 || !isModelArg(args[1], model) || /HR\./i.test(args.join(','))) return null;
    const p = position(args[0], model, args.length === 3);
    return `IF(${p}=0,NA(),${p})`;
  });
  return /HR\./i.test(result) ? null : result;
}

/** A formula cell as a host reads it. */
export interface FormulaCell {
  sheet: string;
  /** A1 without the sheet. */
  address: string;
  formula: string;
}

export interface NativeConversion {
  /** The cells to rewrite, with their native formula. */
  writes: FormulaCell[];
  /** "Sheet!A1" of HR.* formulas that have no native equivalent (left as they are). */
  unconverted: string[];
}

/** What converting a workbook's formula cells to native formulas writes, and what it cannot convert. */
export function nativeConversion(cells: readonly FormulaCell[], model: CompetencyModel): NativeConversion {
  const writes: FormulaCell[] = [];
  const unconverted: string[] = [];
  for (const cell of cells) {
    if (!/HR\./i.test(cell.formula)) continue;
    const native = nativeFormula(cell.formula, model);
    if (native === null) unconverted.push(`${cell.sheet}!${cell.address}`);
    else writes.push({ ...cell, formula: native });
  }
  return { writes, unconverted };
}

/** The copy's file name: "评估 (无需加载项).xlsx" / "Assessment (no add-in).xlsx". */
export function nativeCopyFileName(base: string, locale: 'zh-CN' | 'en-US'): string {
  const safe = base.replace(/\.xlsx$/i, '').replace(/[\\/:*?"<>|\s]+/g, ' ').trim() || 'Competency';
  return `${safe} ${locale === 'zh-CN' ? '(无需加载项)' : '(no add-in)'}.xlsx`;
}
