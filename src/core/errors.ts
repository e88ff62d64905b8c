/**
 * Domain errors are values the user can act on. `kind` maps onto an Excel error in the
 * function adapters; `message` says what was wrong, where, and what to do.
 */
export type ErrorKind = 'value' | 'notAvailable' | 'number' | 'divideByZero';

export class CompetencyError extends Error {
  readonly kind: ErrorKind;
  constructor(kind: ErrorKind, message: string) {
    super(message);
    this.name = 'CompetencyError';
    this.kind = kind;
  }
}

/**
 * A domain error without a captured stack: functions make one per bad cell of a whole column, and
 * capturing a stack would cost more than the rule itself. Still `instanceof CompetencyError` and `Error`.
 */
function domainError(kind: ErrorKind, message: string): CompetencyError {
  const error = Object.create(CompetencyError.prototype) as { -readonly [K in keyof CompetencyError]: CompetencyError[K] };
  error.kind = kind;
  error.message = message;
  error.name = 'CompetencyError';
  return error as CompetencyError;
}

/** #VALUE!: the input has the wrong type or meaning. */
export const invalidValue = (message: string): CompetencyError => domainError('value', message);
/** #N/A: the input names something that does not exist (unknown level, model, competency). */
export const notAvailable = (message: string): CompetencyError => domainError('notAvailable', message);
/** #DIV/0!: nothing to divide by (all weights zero), as Excel's own SUMPRODUCT/SUM would say. */
export const divideByZero = (message: string): CompetencyError => domainError('divideByZero', message);
/** #NUM!: a number outside what the rule allows. */
export const badNumber = (message: string): CompetencyError => domainError('number', message);

export function isCompetencyError(value: unknown): value is CompetencyError {
  return value instanceof CompetencyError;
}
