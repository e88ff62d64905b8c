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

/** What Excel would show for a function's outcome: the values, or the error a throw or a rejection carries. */
export async function excelOutcome(call: () => unknown): Promise<unknown> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof CustomFunctionsError) return error;
    throw error;
  }
}
