/**
 * Cell readers and parameters the services spreadsheet functions share. Conventions: one row per
 * participant / contact / specialist / job; rows blank in every range are skipped; row order never
 * matters; text keys are compared without case and surrounding spaces.
 */

import {
  CellValue,
  readKey,
  readDate,
  CellArg,
  forEachParallelRow,
  scalar,
  isOmitted,
  isBlank,
  readYesNo,
  Where,
  readNumber,
  describe,
} from '../../cells';
import { invalidValue, IpsError } from '../../errors';
import { scalarParameter, recordsParameter } from '../shared/define';

/** A text label (job type, employer, specialist) as typed, trimmed; blank or non-text is #VALUE! naming the argument and row. */
export function readText(value: CellValue, argument: string, row: number): string {
  if (typeof value === 'string') {
    // Fast path: no surrounding spaces (the usual case) needs no trimming.
    if (value.length > 0 && value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32) return value;
    const trimmed = value.trim();
    if (trimmed !== '') return trimmed;
  }
  // readKey accepts numbers (e.g. an employee number) and reports everything else precisely.
  return readKey(value, { argument, row });
}

/** A date cell as a day number (see readDate), an ordinary serial number answered at once. */
export function readDay(value: CellValue, argument: string, row: number): number {
  return typeof value === 'number' && value >= 1 && value < 2_958_466
    ? Math.floor(value)
    : readDate(value, { argument, row });
}

/** Walks parallel ranges row by row (rows blank in every range skipped), with `undefined` for an omitted range. */
export function eachRow(
  ranges: readonly { argument: string; arg: CellArg | undefined }[],
  visit: (row: number, values: readonly CellValue[]) => void,
): void {
  forEachParallelRow(
    ranges.map((range) => ({ argument: range.argument, arg: range.arg ?? null })),
    visit,
  );
}

/** An optional yes/no argument given as one cell: omitted or blank → undefined. */
export function readOptionalFlag(arg: CellArg, argument: string): boolean | undefined {
  const value = scalar(arg, argument);
  if (isOmitted(value) || isBlank(value)) return undefined;
  return readYesNo(value, { argument });
}

export const YES_NO_WORDS = 'TRUE/FALSE, 1/0, ja/nei, yes/no';

/**
 * A reader for one yes/no column, memoised per spelling (a long list repeats "ja"/"nei"), with
 * the error location built only when needed. `blank`: what a blank cell in a kept row means.
 * `kinds`: extra words accepted (e.g. kinds of job), checked before yes/no.
 */
export function yesNoColumn(
  argument: string,
  blank: 'no' | 'error',
  kinds?: ReadonlyMap<string, boolean>,
  expected?: string,
): (value: CellValue, row: number) => boolean {
  const cache = new Map<string, boolean>();
  return (value, row) => {
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string') {
      const known = cache.get(value);
      if (known !== undefined) return known;
    }
    const where: Where = { argument, row };
    let result: boolean | undefined;
    if (isBlank(value)) {
      if (blank === 'error')
        throw invalidValue(`${describe(where)}: expected yes/no (${YES_NO_WORDS}), the cell is blank`);
      result = false;
    } else if (kinds !== undefined && typeof value === 'string') {
      result = kinds.get(value.trim().toLowerCase().replace(/\s+/g, ' '));
    }
    if (result === undefined) {
      try {
        result = readYesNo(value, where);
      } catch (error) {
        if (expected === undefined || !(error instanceof IpsError)) throw error;
        throw invalidValue(
          `${describe(where)}: expected ${expected}, got ${typeof value === 'string' ? `text "${value}"` : String(value)}`,
        );
      }
    }
    if (typeof value === 'string') cache.set(value, result);
    return result;
  };
}

/** The optional number of employment specialists on the team (a whole number ≥ 1). */
export function readSpecialists(arg: CellArg, argument = 'specialists'): number | undefined {
  const value = scalar(arg, argument);
  if (isOmitted(value) || isBlank(value)) return undefined;
  return readNumber(
    value,
    { argument },
    { min: 1, integer: true, expected: 'a whole number of employment specialists ≥ 1' },
  );
}

/**
 * Reads parallel ranges row by row (rows blank in every range skipped) into one value per row.
 * Linear and without intermediate row objects, so 100 000 rows stay cheap.
 */
export function collect<T>(
  ranges: readonly { argument: string; arg: CellArg | undefined }[],
  read: (row: number, values: readonly CellValue[]) => T,
): T[] {
  const out: T[] = [];
  forEachParallelRow(
    ranges.map((range) => ({ argument: range.argument, arg: range.arg ?? null })),
    (row, values) => {
      out.push(read(row, values));
    },
  );
  return out;
}

export const SPECIALISTS_PARAMETER = scalarParameter('specialists', true);

export const BEFORE_IPS_PARAMETER = recordsParameter('before_ips', true);
