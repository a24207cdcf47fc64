/**
 * Shared fixtures of the staffing and organization item tests: calling a spreadsheet function with named
 * arguments, ranges, typed-error and score checks.
 */
import { expect } from 'vitest';
import { isIpsError, type IpsErrorCode } from '../../../../src/core/errors';
import type { ItemResult } from '../../../../src/core/result';
import { STAFFING_ORGANIZATION_FUNCTIONS } from '../../../../src/core/items';
import type { CellArg, CellValue } from '../../../../src/core/cells';
import type { FunctionSpec } from '../../../../src/core/functions/types';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

export function spec(name: string): FunctionSpec {
  const found = STAFFING_ORGANIZATION_FUNCTIONS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no function ${name}`);
  return found;
}

/** Calls a spreadsheet function with named arguments, placed by the function's own parameter list. */
export function call(name: string, args: Readonly<Record<string, CellArg>>): ReturnType<FunctionSpec['invoke']> {
  const fn = spec(name);
  const names = fn.parameters.map((parameter) => parameter.name);
  for (const key of Object.keys(args)) if (!names.includes(key)) throw new Error(`${name} has no parameter ${key}`);
  return fn.invoke(...names.map((parameter) => args[parameter] ?? null));
}

/** A one-column range, as hosts deliver it: [[a], [b], …]. */
export function col(...values: CellValue[]): CellValue[][] {
  return values.map((value) => [value]);
}

/** Rows of cells, e.g. the six phase cells per specialist. */
export function rows(...values: CellValue[][]): CellValue[][] {
  return values;
}

export function expectError(run: () => unknown, code: IpsErrorCode, argument: string): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected an IpsError').toBeDefined();
  expect(isIpsError(caught), String(caught)).toBe(true);
  const error = caught as Error & { code: IpsErrorCode };
  expect(error.code, error.message).toBe(code);
  expect(error.message).toContain(`'${argument}'`);
}

export function expectScore(result: ItemResult, score: number, metric?: number): void {
  expect(result.score).toBe(score);
  if (metric !== undefined) expect(result.metric).toBe(metric);
  for (const reason of result.reasons) {
    expect(reason.text.nb.length).toBeGreaterThan(0);
    expect(reason.text.en.length).toBeGreaterThan(0);
  }
}

export const Y = true;
export const N = false;
