/**
 * Every spreadsheet function in FUNCTION_LIST, fed spreadsheet-shaped garbage: numbers (NaN,
 * ±Infinity, -0, huge, tiny), text (including words the functions know and property names such as
 * "constructor"), logicals, blanks (null, undefined, ""), dates (valid and invalid), ranges of
 * random sizes (ragged, empty, 1×1) and arrays nested deeper than a range. Whatever the input,
 * a function returns a cell value — a number that is not NaN (nor ±Infinity), a string or a
 * logical, or a 2-D array of those — or throws an IpsError with a message. Never undefined, NaN,
 * an object, or another exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IpsError } from '../../src/core/errors';
import type { CellArg, CellValue } from '../../src/core/cells';
import { FUNCTION_LIST } from '../../src/core/functions/table';
import type { FunctionSpec } from '../../src/core/functions/types';

const WORDS = [
  // output, language and unit words
  'score',
  'metric',
  'reason',
  'begrunnelse',
  'nb',
  'en',
  'percent',
  'fraction',
  'andel',
  'prosent',
  // yes/no, frequencies, log reviews, kinds of job
  'ja',
  'nei',
  'x',
  'TRUE',
  'yes',
  'no',
  'weekly',
  'ukentlig',
  'monthly',
  'månedlig',
  'quarterly',
  'none',
  'mixed',
  'unverifiable',
  'frivillig',
  'ordinær',
  // items, dates and numbers as text
  'org.team_contact',
  'staffing.caseload_size',
  'services.job_diversity',
  '2024-01-15',
  '2024-02-30',
  '20',
  '0,5',
  '55 %',
  // names an object lookup could find on Object.prototype
  'constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  // labels
  'Kokk',
  ' kokk ',
  'Sjåfør',
  'Rema 1000',
  '\u00a0',
  '\t',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 120 }),
  fc.integer({ min: 40_000, max: 50_000 }), // Excel serial dates
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    0.5,
    1,
    2,
    3,
    5,
    6,
    25,
    100,
    1e308,
    5e-324,
    Number.MAX_SAFE_INTEGER + 2,
  ),
  fc.string({ maxLength: 10 }),
  fc.constantFrom(...WORDS),
  fc.boolean(),
  fc.constantFrom<CellValue>(null, undefined, '', '  '),
  fc.date({ min: new Date(1899, 0, 1), max: new Date(2200, 0, 1), noInvalidDate: true }),
  fc.constant(new Date(Number.NaN)),
);

/** A range as hosts deliver it: rows of cells, of random (also ragged or zero) widths. */
const range: fc.Arbitrary<CellValue[][]> = fc.oneof(
  fc.array(fc.tuple(cell), { maxLength: 14 }), // a column
  fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { maxLength: 6 }), // six wide (phases)
  fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 }), // anything, ragged included
  fc.tuple(fc.array(cell, { maxLength: 8 })), // a row
);

/** Arrays nested deeper than a range: not a shape a host sends, but a function must not crash on it. */
const nested: fc.Arbitrary<CellArg> = fc.array(
  fc.array(fc.oneof(cell, fc.array(cell, { maxLength: 3 })), { maxLength: 3 }),
  { maxLength: 3 },
) as fc.Arbitrary<CellArg>;

const arg: fc.Arbitrary<CellArg> = fc.oneof(
  { weight: 4, arbitrary: cell },
  { weight: 4, arbitrary: range },
  { weight: 1, arbitrary: nested },
);

/** The arguments of one call: as many as the function has parameters, give or take (hosts may pass fewer). */
function argsFor(spec: FunctionSpec): fc.Arbitrary<CellArg[]> {
  return fc.array(arg, { minLength: 0, maxLength: spec.parameters.length + 1 });
}

function isCellScalar(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' || typeof value === 'boolean';
}

/** A valid cell result: a scalar, or a non-empty 2-D array of scalars (a spill). */
function describeResult(value: unknown): string | undefined {
  if (isCellScalar(value)) return undefined;
  if (Array.isArray(value)) {
    if (value.length === 0) return 'an empty array';
    for (const row of value) {
      if (!Array.isArray(row)) return `a row that is not an array: ${String(row)}`;
      for (const item of row) if (!isCellScalar(item)) return `a cell ${String(item)} (${typeof item})`;
    }
    return undefined;
  }
  return `${String(value)} (${typeof value})`;
}

function check(spec: FunctionSpec, args: CellArg[]): void {
  let result: unknown;
  try {
    result = spec.invoke(...args);
  } catch (error) {
    expect(error, `${spec.name} threw ${String(error)}`).toBeInstanceOf(IpsError);
    expect((error as IpsError).message.length, `${spec.name}: empty message`).toBeGreaterThan(0);
    expect((error as IpsError).message, `${spec.name}: message`).not.toMatch(/undefined|\[object /);
    return;
  }
  const problem = describeResult(result);
  expect(problem, `${spec.name} returned ${problem}`).toBeUndefined();
}

/** More runs for a local stress run: ALL_FUNCTIONS_RUNS=5000 npx vitest run tests/core/all-functions.property.test.ts */
const RUNS = Number(process.env['ALL_FUNCTIONS_RUNS'] ?? 300);

describe('every function in FUNCTION_LIST: garbage in, a cell value or an IpsError out', () => {
  it('covers every function of the table', () => {
    expect(FUNCTION_LIST.length).toBeGreaterThan(10);
    expect(new Set(FUNCTION_LIST.map((spec) => spec.name)).size).toBe(FUNCTION_LIST.length);
  });

  for (const spec of FUNCTION_LIST) {
    it(spec.name, () => {
      fc.assert(
        fc.property(argsFor(spec), (args) => check(spec, args)),
        { numRuns: RUNS },
      );
    });

    it(`${spec.name}: each output and language, after garbage in the leading arguments`, () => {
      const names = spec.parameters.map((parameter) => parameter.name);
      const output = names.indexOf('output');
      const language = names.indexOf('language');
      if (output < 0) return;
      fc.assert(
        fc.property(
          fc.array(arg, { minLength: output, maxLength: output }),
          fc.constantFrom<CellArg>(null, 'score', 'metric', 'reason', 'verdi', 'constructor', 'toString', '__proto__', [
            ['metric'],
          ]),
          fc.constantFrom<CellArg>(null, 'nb', 'en', 'de', 'constructor'),
          (leading, outputArg, languageArg) => {
            const args: CellArg[] = [...leading];
            args[output] = outputArg;
            if (language >= 0) args[language] = languageArg;
            check(spec, args);
          },
        ),
        { numRuns: Math.ceil((RUNS * 2) / 3) },
      );
    });
  }
});
