/**
 * Error codes shared by every host. Each maps to a spreadsheet error:
 * invalidValue → #VALUE!, invalidNumber → #NUM!, notAvailable → #N/A, divisionByZero → #DIV/0!.
 */
export type IpsErrorCode = 'invalidValue' | 'invalidNumber' | 'notAvailable' | 'divisionByZero';

/** A typed, user-facing error: the message names the argument (and row) and what was expected. */
export class IpsError extends Error {
  readonly code: IpsErrorCode;
  constructor(code: IpsErrorCode, message: string) {
    super(message);
    this.name = 'IpsError';
    this.code = code;
  }
}

export function isIpsError(error: unknown): error is IpsError {
  return error instanceof IpsError;
}

export const invalidValue = (message: string) => new IpsError('invalidValue', message);
export const invalidNumber = (message: string) => new IpsError('invalidNumber', message);
export const notAvailable = (message: string) => new IpsError('notAvailable', message);
