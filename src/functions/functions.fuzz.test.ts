import fc from 'fast-check';
import { CustomFunctionsError, installCustomFunctions } from '../../test/helpers/custom-functions';
import * as functions from './functions';
import { functionsModels } from './runtime';

/**
 * Every HR function through the entry points Excel calls, with anything a cell, a range or a
 * formula can hand it (and some things no host sends): each call returns a rectangular array of
 * finite numbers, text, booleans and errors (a one-cell error in its 1x1 array), or throws a CustomFunctions.Error; never anything
 * else, and no message longer than a reader can take in.
 */
installCustomFunctions();
functionsModels().setWorkbookModels([]);

const MESSAGE_LIMIT = 400;
const LONG = 'x'.repeat(100_000);

const text = fc.oneof(
  fc.constantFrom('初级', '中级', '高级', '资深', 'Senior', '三级', '四级', '五级', 'Level 3', 'L4', 'ct-am', 'hw-sm', 'cm-gcam', 'tier3', '抗挫能力', 'customer-visits', '通用基础知识', 'Professional basic knowledge', 'general-basic-knowledge', '3', ' 75 ', '', ' ', 'constructor', '__proto__', 'toString', 'TRUE', '#N/A'),
  fc.string({ maxLength: 12 }),
);
const anyText = fc.oneof({ arbitrary: text, weight: 30 }, { arbitrary: fc.constant(LONG), weight: 1 });
const number = fc.oneof(
  fc.constantFrom(0, 1, 2, 3, 4, 5, 1.5, 59.99999999999999, 60, 75, 90, 100, 150, -1, -0, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity),
  fc.double(),
  fc.integer({ min: -5, max: 120 }),
);
const dataType = fc.oneof(
  number.map((n) => ({ type: 'Double', basicValue: n, numberFormat: '0.0' })),
  text.map((t) => ({ type: 'Entity', text: t, basicValue: t, properties: { a: { type: 'String', basicValue: 'b' } } })),
  fc.constantFrom({ type: 'Error', basicValue: '#N/A', errorType: 'NotAvailable' }, { type: 'Entity', text: 'no basic value', properties: {} }, { type: 'FormattedNumber', basicValue: { nested: 1 } }),
);
const cell: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: number, weight: 4 },
  { arbitrary: anyText, weight: 4 },
  { arbitrary: fc.constantFrom(null, undefined, true, false), weight: 2 },
  { arbitrary: fc.constantFrom('#N/A', '#VALUE!', '#DIV/0!', '#REF!', '#NUM!').map((code) => new CustomFunctionsError(code)), weight: 1 },
  { arbitrary: fc.constantFrom({ code: '#N/A' }, {}, [], [1, 2], () => 1, Symbol('s'), 10n), weight: 1 },
  { arbitrary: dataType, weight: 1 },
);
const range: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 4 }).chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 4 })), weight: 6 },
  { arbitrary: fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 }), weight: 1 },
  { arbitrary: fc.array(cell, { maxLength: 4 }), weight: 1 },
  { arbitrary: cell, weight: 2 },
  { arbitrary: fc.integer({ min: 18, max: 22 }).chain((w) => fc.array(fc.oneof(number, fc.constant(null)), { minLength: w, maxLength: w }).map((row) => [row])), weight: 1 },
);
const optional = fc.oneof(fc.constant(undefined), range);

type Call = [string, (...args: never[]) => unknown, unknown[]];
const call: fc.Arbitrary<Call> = fc.oneof(
  fc.tuple(range, optional).map(([a, b]): Call => ['COMPETENCY.LEVEL', functions.competencyLevel, [a, b]]),
  fc.tuple(range, range, optional).map(([a, b, c]): Call => ['WEIGHTED.SCORE', functions.weightedScore, [a, b, c]]),
  fc.tuple(range, range, optional).map(([a, b, c]): Call => ['COMPETENCY.DESCRIPTOR', functions.competencyDescriptor, [a, b, c]]),
  fc.tuple(range, range, optional).map(([a, b, c]): Call => ['COMPETENCY.GAP', functions.competencyGap, [a, b, c]]),
  fc.tuple(range, optional, optional).map(([a, b, c]): Call => ['LEVEL.NUMBER', functions.levelNumber, [a, b, c]]),
  fc.tuple(range, range, optional, optional).map(([a, b, c, d]): Call => ['POINTS.TOTAL', functions.pointsTotal, [a, b, c, d]]),
  fc.tuple(range, range, optional, optional, optional).map(([a, b, c, d, e]): Call => ['RATERS.COMBINE', functions.ratersCombine, [a, b, c, d, e]]),
  fc.tuple(range, optional, optional, optional).map(([a, b, c, d]): Call => ['RATERS.AGREEMENT', functions.ratersAgreement, [a, b, c, d]]),
);

function checkError(error: unknown, name: string): void {
  if (!(error instanceof CustomFunctionsError)) throw new Error(`${name} threw ${String(error)}`);
  if (error.message.length > MESSAGE_LIMIT) throw new Error(`${name}: a message of ${error.message.length} characters`);
}

function checkResult(result: unknown, name: string): void {
  if (result instanceof Promise) throw new Error(`${name} waited although the models are known`);
  if (!Array.isArray(result) || result.length === 0 || !result.every((row) => Array.isArray(row))) throw new Error(`${name} returned ${typeof result}, not a 2-D array`);
  const width = result[0].length;
  if (width === 0 || !result.every((row: unknown[]) => row.length === width)) throw new Error(`${name} returned a ragged or empty array`);
  for (const row of result as unknown[][])
    for (const value of row) {
      if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`${name} returned ${value}`);
      if (value instanceof CustomFunctionsError) checkError(value, name);
      else if (!['number', 'string', 'boolean'].includes(typeof value)) throw new Error(`${name} returned a cell of type ${typeof value}`);
    }
}

describe('every HR function, fuzzed through the Excel entry points', () => {
  it('returns values or specific errors for 100,000 random calls', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(call, ([name, fn, args]) => {
        seen.add(name);
        let result: unknown;
        try {
          result = (fn as (...values: unknown[]) => unknown)(...args);
        } catch (error) {
          checkError(error, name);
          return;
        }
        checkResult(result, name);
      }),
      { numRuns: 100_000 },
    );
    expect(seen.size).toBe(8);
  });
});
