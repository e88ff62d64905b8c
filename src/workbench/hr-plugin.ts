import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from 'hyperformula';
// HyperFormula's package exports hide these plugin types; tsconfig maps the path to its typings.
import type { ProcedureAst } from 'hyperformula/typings/parser';
import type { InterpreterState } from 'hyperformula/typings/interpreter/InterpreterState';
import type { InterpreterValue } from 'hyperformula/typings/interpreter/InterpreterValue';
import type { CompetencyError } from '../core/errors';
import type { Locale } from '../core/model/types';
import { cellMessage, HostErrorValue, type Cell, type Matrix, type Out } from '../functions/cells';
import * as impl from '../functions/impl';
import { functionsModels } from '../functions/runtime';
import * as ratersImpl from '../functions/raters-impl';
import * as ratersTableImpl from '../functions/raters-table-impl';

/**
 * The HR functions inside HyperFormula (the workbench and the formula tests): the same `impl`
 * as Excel's custom functions, with HyperFormula's values and errors at the edges.
 * HyperFormula is GPL-3.0: this file belongs to the workbench bundle only.
 */

const ERROR_TYPES: Record<CompetencyError['kind'], ErrorType> = {
  value: ErrorType.VALUE,
  notAvailable: ErrorType.NA,
  number: ErrorType.NUM,
  divideByZero: ErrorType.DIV_BY_ZERO,
};
const HF_ERROR_CODES: Partial<Record<ErrorType, string>> = {
  [ErrorType.NA]: '#N/A',
  [ErrorType.DIV_BY_ZERO]: '#DIV/0!',
  [ErrorType.NUM]: '#NUM!',
  [ErrorType.VALUE]: '#VALUE!',
  [ErrorType.REF]: '#REF!',
  [ErrorType.NAME]: '#NAME?',
};

let currentLocale: Locale = 'zh-CN';
/** The models the page's runtime knows; HyperFormula computes synchronously, so it never waits for them. */
const models = () => functionsModels().catalogue();
/** The language of level labels and descriptors the functions return in the workbench. */
export function setFunctionLocale(locale: Locale): void {
  currentLocale = locale;
}

function fromScalar(value: unknown): Cell {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof CellError) return new HostErrorValue(HF_ERROR_CODES[value.type] ?? '#VALUE!');
  if (typeof value === 'object' && value !== null && 'val' in value) return (value as { val: number }).val; // rich numbers (percent, dates)
  return value as Cell;
}

function fromHf(value: unknown): Cell | Matrix | undefined {
  if (value === undefined) return undefined;
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(fromScalar));
  return fromScalar(value);
}

function toHfCell(cell: Out): number | string | CellError {
  return typeof cell === 'object' ? new CellError(ERROR_TYPES[cell.kind], cellMessage(cell, currentLocale)) : cell;
}

function toHf(result: Out[][]): InterpreterValue {
  if (result.length === 1 && result[0].length === 1) return toHfCell(result[0][0]);
  return SimpleRangeValue.onlyValues(result.map((row) => row.map(toHfCell)));
}

const anyArg = { argumentType: FunctionArgumentType.ANY };
const optionalArg = { argumentType: FunctionArgumentType.ANY, optionalArg: true };

export class HrFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    'HR.COMPETENCY.LEVEL': { method: 'competencyLevel', sizeOfResultArrayMethod: 'sizeOfFirstArgument', parameters: [anyArg, optionalArg], vectorizationForbidden: true },
    'HR.WEIGHTED.SCORE': { method: 'weightedScore', sizeOfResultArrayMethod: 'sizeOfWeightedScore', parameters: [anyArg, anyArg, optionalArg], vectorizationForbidden: true },
    'HR.COMPETENCY.DESCRIPTOR': { method: 'competencyDescriptor', parameters: [anyArg, anyArg, optionalArg], vectorizationForbidden: true },
    'HR.COMPETENCY.GAP': { method: 'competencyGap', sizeOfResultArrayMethod: 'sizeOfFirstArgument', parameters: [anyArg, anyArg, optionalArg], vectorizationForbidden: true },
    'HR.LEVEL.NUMBER': { method: 'levelNumber', sizeOfResultArrayMethod: 'sizeOfFirstArgument', parameters: [anyArg, optionalArg], vectorizationForbidden: true },
    'HR.POINTS.TOTAL': { method: 'pointsTotal', parameters: [anyArg, anyArg, optionalArg, optionalArg], vectorizationForbidden: true },
    'HR.RATERS.COMBINE': { method: 'ratersCombine', parameters: [anyArg, anyArg, optionalArg, optionalArg, optionalArg], vectorizationForbidden: true },
    'HR.RATERS.AGREEMENT': { method: 'ratersAgreement', parameters: [anyArg, optionalArg, optionalArg, optionalArg], vectorizationForbidden: true },
    'HR.RATERS.COMBINE.TABLE': {
      method: 'ratersCombineTable',
      sizeOfResultArrayMethod: 'sizeOfPeopleByCompetencies',
      parameters: [anyArg, anyArg, anyArg, optionalArg, optionalArg, optionalArg, optionalArg],
      vectorizationForbidden: true,
    },
    'HR.RATERS.AGREEMENT.TABLE': { method: 'ratersAgreementTable', sizeOfResultArrayMethod: 'sizeOfFirstArgument', parameters: [anyArg, anyArg, optionalArg], vectorizationForbidden: true },
  };

  competencyLevel(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata('HR.COMPETENCY.LEVEL'), (score: unknown, scale: unknown) =>
      toHf(impl.competencyLevel(fromHf(score)!, fromHf(scale), currentLocale, models())),
    );
  }

  weightedScore(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata('HR.WEIGHTED.SCORE'), (scores: unknown, weights: unknown, fullMarks: unknown) =>
      toHf(impl.weightedScores(fromHf(scores)!, fromHf(weights)!, fromHf(fullMarks))),
    );
  }

  competencyDescriptor(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata('HR.COMPETENCY.DESCRIPTOR'), (competency: unknown, level: unknown, model: unknown) =>
      toHf(impl.competencyDescriptor(fromHf(competency)!, fromHf(level)!, fromHf(model), currentLocale, models())),
    );
  }

  competencyGap(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata('HR.COMPETENCY.GAP'), (actual: unknown, target: unknown, scale: unknown) =>
      toHf(impl.competencyGap(fromHf(actual)!, fromHf(target)!, fromHf(scale), models())),
    );
  }

  levelNumber(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata('HR.LEVEL.NUMBER'), (level: unknown, scale: unknown) =>
      toHf(impl.levelNumbers(fromHf(level)!, fromHf(scale), models())),
    );
  }

  pointsTotal(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata('HR.POINTS.TOTAL'), (points: unknown, level: unknown, cases: unknown, model: unknown) =>
      toHf(impl.pointsTotals(fromHf(points)!, fromHf(level)!, fromHf(cases), fromHf(model), models())),
    );
  }

  ratersCombine(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata('HR.RATERS.COMBINE'), (levels: unknown, roles: unknown, weights: unknown, minimums: unknown, trim: unknown) =>
      toHf(ratersImpl.ratersCombine(fromHf(levels)!, fromHf(roles)!, fromHf(weights), fromHf(minimums), fromHf(trim))),
    );
  }

  ratersAgreement(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata('HR.RATERS.AGREEMENT'), (ratings: unknown, metric: unknown, scale: unknown, units: unknown) =>
      toHf(ratersImpl.ratersAgreement(fromHf(ratings)!, fromHf(metric), fromHf(scale), fromHf(units), models())),
    );
  }

  ratersCombineTable(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('HR.RATERS.COMBINE.TABLE'),
      (people: unknown, competencies: unknown, ratings: unknown, weights: unknown, minimums: unknown, model: unknown, trim: unknown) =>
        toHf(ratersTableImpl.ratersCombineTable(fromHf(people)!, fromHf(competencies)!, fromHf(ratings)!, fromHf(weights), fromHf(minimums), fromHf(model), fromHf(trim), models())),
    );
  }

  ratersAgreementTable(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata('HR.RATERS.AGREEMENT.TABLE'), (competencies: unknown, ratings: unknown, model: unknown) =>
      toHf(ratersTableImpl.ratersAgreementTable(fromHf(competencies)!, fromHf(ratings)!, fromHf(model), models())),
    );
  }

  /** COMBINE.TABLE: one row per person (first argument), one column per competency (second). */
  sizeOfPeopleByCompetencies(ast: ProcedureAst, state: InterpreterState): ArraySize {
    if (ast.args.length < 2 || ast.args[0] === undefined || ast.args[1] === undefined) return ArraySize.error();
    const people = this.arraySizeForAst(ast.args[0], state);
    const competencies = this.arraySizeForAst(ast.args[1], state);
    const rows = Math.max(people.width, people.height);
    const columns = Math.max(competencies.width, competencies.height);
    return rows === 1 && columns === 1 ? ArraySize.scalar() : new ArraySize(columns, rows);
  }

  /** Results shaped like the first argument (LEVEL, GAP, LEVEL.NUMBER). */
  sizeOfFirstArgument(ast: ProcedureAst, state: InterpreterState): ArraySize {
    if (ast.args.length < 1 || ast.args[0] === undefined) return ArraySize.error();
    const size = this.arraySizeForAst(ast.args[0], state);
    // A fresh size: the argument's may be flagged as a reference, which would make the result one.
    return size.width === 1 && size.height === 1 ? ArraySize.scalar() : new ArraySize(size.width, size.height);
  }

  /** One result per row of scores; one result when a column of scores meets a column of weights. */
  sizeOfWeightedScore(ast: ProcedureAst, state: InterpreterState): ArraySize {
    if (ast.args.length < 2) return ArraySize.error();
    const scores = this.arraySizeForAst(ast.args[0], state);
    const weights = this.arraySizeForAst(ast.args[1], state);
    if (scores.width === 1 && scores.height > 1 && weights.width === 1 && weights.height === scores.height) return ArraySize.scalar();
    return scores.height === 1 ? ArraySize.scalar() : new ArraySize(1, scores.height);
  }
}

const FUNCTION_NAMES = Object.keys(HrFunctionsPlugin.implementedFunctions);

/** Registers the HR functions with HyperFormula once (idempotent). */
export function registerHrFunctions(): void {
  if (HyperFormula.getRegisteredFunctionNames('enGB').includes('HR.COMPETENCY.LEVEL')) return;
  const names = Object.fromEntries(FUNCTION_NAMES.map((name) => [name, name]));
  HyperFormula.registerFunctionPlugin(HrFunctionsPlugin, { enGB: names, enUS: names });
}
