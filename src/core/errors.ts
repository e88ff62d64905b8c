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

/** #VALUE!: the input has the wrong type or meaning. */
export const invalidValue = (message: string): CompetencyError => new CompetencyError('value', message);
/** #N/A: the input names something that does not exist (unknown level, model, competency). */
export const notAvailable = (message: string): CompetencyError => new CompetencyError('notAvailable', message);
/** #DIV/0!: nothing to divide by (all weights zero), as Excel's own SUMPRODUCT/SUM would say. */
export const divideByZero = (message: string): CompetencyError => new CompetencyError('divideByZero', message);
/** #NUM!: a number outside what the rule allows. */
export const badNumber = (message: string): CompetencyError => new CompetencyError('number', message);

export function isCompetencyError(value: unknown): value is CompetencyError {
  return value instanceof CompetencyError;
}
