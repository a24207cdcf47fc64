/** A stand-in for Excel's `CustomFunctions` global, shared by the adapter and bundle tests. */
import type { CellArg } from '../../src/core/cells';
import { invokeSafely } from '../../src/core/functions/invoke';
import type { FunctionSpec } from '../../src/core/functions/types';
import type { CustomFunctionsHost } from '../../src/excel/custom-functions';

/** Excel's CustomFunctions.ErrorCode values (custom-functions-runtime). */
export const EXCEL_ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

/** Like the runtime's CustomFunctions.Error: an Error with the cell error code and a message. */
export class StandInError extends Error {
  constructor(
    readonly code: string = EXCEL_ERROR_CODES.invalidValue,
    message?: string,
  ) {
    super(message ?? '');
  }
}

export function standInHost() {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const host: CustomFunctionsHost = {
    associate: (id, implementation) => {
      if (associated.has(id)) throw new Error(`${id} associated twice`);
      associated.set(id, implementation);
    },
    Error: StandInError,
    ErrorCode: EXCEL_ERROR_CODES,
  };
  return { host, associated };
}

export type Answer = { value: unknown } | { error: string; message: string };

/** Calls an associated implementation the way Excel does, turning a thrown CustomFunctions.Error into an answer. */
export function callExcel(implementation: (...args: unknown[]) => unknown, args: unknown[]): Answer {
  try {
    // JSON round trip: values from another realm (node:vm) compare like local ones.
    return { value: JSON.parse(JSON.stringify(implementation(...args))) };
  } catch (error) {
    if (!(error instanceof StandInError)) throw error;
    return { error: error.code, message: error.message };
  }
}

/** What the core answers for the same Excel-shaped arguments, in Excel's terms (the reference). */
export function coreAnswer(spec: FunctionSpec, args: readonly unknown[]): Answer {
  const outcome = invokeSafely(spec, args as CellArg[]);
  if (!outcome.ok) return { error: EXCEL_ERROR_CODES[outcome.code], message: outcome.message };
  const value =
    spec.result.dimensionality === 'matrix' && !Array.isArray(outcome.value) ? [[outcome.value]] : outcome.value;
  return { value: JSON.parse(JSON.stringify(value)) };
}
