import type { Said } from './message';
import type { Locale } from './model/types';

/**
 * Domain errors are values the user can act on. `kind` maps onto an Excel error in the
 * function adapters; `said` says what was wrong, where, and what to do, in either language:
 * the host renders it in the user's (`messageIn`); `message` is the English text, for logs.
 */
export type ErrorKind = 'value' | 'notAvailable' | 'number' | 'divideByZero';

export class CompetencyError extends Error {
  readonly kind: ErrorKind;
  readonly said: Said;
  constructor(kind: ErrorKind, said: Said) {
    super();
    this.name = 'CompetencyError';
    this.kind = kind;
    this.said = said;
  }

  /** The message in the reader's language. */
  messageIn(locale: Locale): string {
    return this.said.in(locale);
  }
}

// The English text is rendered when read, so an error made for a bad cell costs no formatting.
Object.defineProperty(CompetencyError.prototype, 'message', {
  get(this: CompetencyError) {
    return this.said.toString();
  },
  configurable: true,
});

/**
 * A domain error without a captured stack: functions make one per bad cell of a whole column, and
 * capturing a stack would cost more than the rule itself. Still `instanceof CompetencyError` and `Error`.
 */
function domainError(kind: ErrorKind, said: Said): CompetencyError {
  const error = Object.create(CompetencyError.prototype) as { -readonly [K in keyof CompetencyError]: CompetencyError[K] };
  error.kind = kind;
  error.said = said;
  error.name = 'CompetencyError';
  return error as CompetencyError;
}

/** #VALUE!: the input has the wrong type or meaning. */
export const invalidValue = (said: Said): CompetencyError => domainError('value', said);
/** #N/A: the input names something that does not exist (unknown level, model, competency). */
export const notAvailable = (said: Said): CompetencyError => domainError('notAvailable', said);
/** #DIV/0!: nothing to divide by (all weights zero), as Excel's own SUMPRODUCT/SUM would say. */
export const divideByZero = (said: Said): CompetencyError => domainError('divideByZero', said);
/** #NUM!: a number outside what the rule allows. */
export const badNumber = (said: Said): CompetencyError => domainError('number', said);

export function isCompetencyError(value: unknown): value is CompetencyError {
  return value instanceof CompetencyError;
}
