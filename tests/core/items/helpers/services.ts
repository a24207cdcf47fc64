/**
 * Shared fixtures of the services item tests: calling a services spreadsheet function as a host does, column
 * ranges, typed-error checks and day-count participants.
 */
import { expect } from 'vitest';
import { IpsError, type IpsErrorCode } from '../../../../src/core/errors';
import type { CellArg, CellValue } from '../../../../src/core/cells';
import { SERVICES_FUNCTIONS } from '../../../../src/core/items';
import type { ItemResult } from '../../../../src/core/result';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

export function fn(name: string) {
  const spec = SERVICES_FUNCTIONS.find((candidate) => candidate.name === name);
  if (!spec) throw new Error(`no function ${name}`);
  return spec;
}

/** Calls a spreadsheet function with its leading arguments, then output and language. */
export function call(
  name: string,
  args: CellArg[],
  output: 'score' | 'metric' | 'reason' = 'score',
  language: 'nb' | 'en' = 'en',
) {
  const spec = fn(name);
  const leading = spec.parameters.length - 2;
  const padded = [...args];
  while (padded.length < leading) padded.push(null);
  return spec.invoke(...padded, output, language);
}

/** A column range: one cell per row. */
export const col = (values: readonly CellValue[]): CellValue[][] => values.map((value) => [value]);

export function expectIpsError(action: () => unknown, code: IpsErrorCode, ...fragments: string[]): IpsError {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(IpsError);
  const error = caught as IpsError;
  expect(error.code).toBe(code);
  for (const fragment of fragments) expect(error.message).toContain(fragment);
  return error;
}

export const rules = (result: ItemResult) => result.reasons.map((r) => r.rule);
export const reasonText = (result: ItemResult, language: 'nb' | 'en' = 'en') =>
  result.reasons.map((r) => r.text[language]).join(' ');

/** Excel serial of 2024-01-01. */
export const DAY0 = 45292;

/** Participants of one specialist with these day counts from intake to first contact. */
export function participantsFromDays(days: readonly number[], specialist = 'JS 1') {
  return days.map((d, i) => ({ specialist, intakeDate: DAY0 + i, firstContactDate: DAY0 + i + d }));
}

/** The same as spreadsheet columns: specialist, intake date, first contact date. */
export function dayColumns(
  days: readonly number[],
  specialist = 'JS 1',
): [CellValue[][], CellValue[][], CellValue[][]] {
  const participants = participantsFromDays(days, specialist);
  return [
    col(participants.map((p) => p.specialist)),
    col(participants.map((p) => p.intakeDate)),
    col(participants.map((p) => p.firstContactDate)),
  ];
}
