/**
 * A stand-in for Excel's `CustomFunctions` global, as the custom-functions runtime defines it:
 * an Error with a code and an optional message, and the ErrorCode names (CustomFunctionsRuntime 1.2/1.3).
 */
export const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

export class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.message = message ?? '';
  }
}

/** Installs the stub on globalThis (idempotent) so `src/functions/functions.ts` runs as in Excel. */
export function installCustomFunctions(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: CustomFunctionsError, ErrorCode };
}

/**
 * What Excel would show for a function's outcome: the values; the error of a one-cell result (a
 * 1x1 array holding it); or the error a throw or a rejection carries.
 */
export async function excelOutcome(call: () => unknown): Promise<unknown> {
  try {
    const result = await call();
    if (Array.isArray(result) && result.length === 1 && Array.isArray(result[0]) && result[0].length === 1 && result[0][0] instanceof CustomFunctionsError) return result[0][0];
    return result;
  } catch (error) {
    if (error instanceof CustomFunctionsError) return error;
    throw error;
  }
}
