/**
 * Shared generators and properties of the staffing and organization functions (fast-check): a valid call of
 * each function, and the properties every function keeps (whole scores, blank rows, row order, garbage in).
 * Each item's property file runs them for its function.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isIpsError } from '../../../../src/core/errors';
import { IPS_25 } from '../../../../src/core/scale/ips25';
import { STAFFING_ORGANIZATION_FUNCTIONS } from '../../../../src/core/items';
import type { CellArg, CellValue } from '../../../../src/core/cells';
import type { FunctionSpec } from '../../../../src/core/functions/types';

export const RUNS = { numRuns: 300 };

export function spec(name: string): FunctionSpec {
  const found = STAFFING_ORGANIZATION_FUNCTIONS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no function ${name}`);
  return found;
}

export function call(name: string, args: Readonly<Record<string, CellArg>>): ReturnType<FunctionSpec['invoke']> {
  const fn = spec(name);
  return fn.invoke(...fn.parameters.map((parameter) => args[parameter.name] ?? null));
}

export const col = (values: readonly CellValue[]): CellValue[][] => values.map((value) => [value]);

export function isScore(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** Every output of a function for the same arguments, so "the result" is compared in full. */
export function outputs(name: string, args: Readonly<Record<string, CellArg>>): unknown[] {
  return [
    call(name, args),
    call(name, { ...args, output: 'metric' }),
    call(name, { ...args, output: 'reason', language: 'nb' }),
    call(name, { ...args, output: 'reason', language: 'en' }),
  ].map((value) => (typeof value === 'number' && Number.isNaN(value) ? 'NaN' : value));
}

export function permute<T>(items: readonly T[], order: readonly number[]): T[] {
  return items
    .map((item, index) => ({ item, key: order[index % order.length]! * 1000 + index }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}

// --- valid inputs --------------------------------------------------------------------------

export const fteArb = fc.oneof(
  fc.integer({ min: 1, max: 10 }).map((tenths) => tenths / 10),
  fc.integer({ min: 1, max: 100 }).map((hundredths) => hundredths / 100),
  fc.constantFrom(1 / 3, 2 / 3, 1),
);
export const caseloadRowArb = fc.record({
  clients: fc.integer({ min: 0, max: 80 }),
  fte: fteArb,
  exclude: fc.boolean(),
});
export const caseloadRowsArb = fc
  .array(caseloadRowArb, { minLength: 1, maxLength: 12 })
  .filter((rows) => rows.some((row) => !row.exclude));
export const caseloadArgs = (rows: readonly { clients: number; fte: number; exclude: boolean }[]) => ({
  caseloads: col(rows.map((r) => r.clients)),
  fte: col(rows.map((r) => r.fte)),
  exclude: col(rows.map((r) => (r.exclude ? 'ja' : 'nei'))),
});

export const percentRowsArb = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 12 });
export const percentArgs = (values: readonly number[]) => ({ percent_vocational: col(values), unit: 'percent' });

export const phaseRowArb = fc.record({
  phases: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()),
  refersOut: fc.boolean(),
});
export const phaseRowsArb = fc.array(phaseRowArb, { minLength: 1, maxLength: 10 });
export const phaseArgs = (rows: readonly { phases: readonly boolean[]; refersOut: boolean }[]) => ({
  phases: rows.map((r) => [...r.phases]),
  refers_out: col(rows.map((r) => r.refersOut)),
});

export const teamRowArb = fc.oneof(
  fc.record({ teams: fc.constant(0), from: fc.constant(null), total: fc.constant(null), notInTeams: fc.boolean() }),
  fc.integer({ min: 1, max: 500 }).chain((total) =>
    fc.record({
      teams: fc.integer({ min: 1, max: 2 }),
      from: fc.integer({ min: 0, max: total }),
      total: fc.constant(total),
      notInTeams: fc.constant(false),
    }),
  ),
  fc.record({
    teams: fc.integer({ min: 3, max: 9 }),
    from: fc.constant(null),
    total: fc.constant(null),
    notInTeams: fc.constant(false),
  }),
);
export const teamRowsArb = fc.array(teamRowArb, { minLength: 1, maxLength: 10 });
export const teamArgs = (
  rows: readonly { teams: number; from: number | null; total: number | null; notInTeams: boolean }[],
) => ({
  teams: col(rows.map((r) => r.teams)),
  clients_from_teams: col(rows.map((r) => r.from)),
  caseload: col(rows.map((r) => r.total)),
  clinicians_not_in_teams: col(rows.map((r) => r.notInTeams)),
});

export const frequencyWordArb = fc.constantFrom(
  'none',
  'ingen',
  'aldri',
  'less than quarterly',
  'sjeldnere enn kvartalsvis',
  'quarterly',
  'kvartalsvis',
  'monthly',
  'månedlig',
  'Hver måned',
  'weekly',
  'ukentlig',
  'HVER UKE',
);

export const componentsItems = IPS_25.items.filter((item) => item.components);
export const componentsCaseArb = fc.constantFrom(...componentsItems).chain((item) =>
  fc.record({
    item: fc.constantFrom<CellValue>(item.id, item.sheetNumber, item.id.toUpperCase()),
    present: fc.array(fc.constantFrom<CellValue>(true, false, 'ja', 'nei', 1, 0, 'x', null, ''), {
      minLength: item.components!.length,
      maxLength: item.components!.length,
    }),
    caps: fc.array(fc.boolean(), { minLength: item.caps?.length ?? 0, maxLength: item.caps?.length ?? 0 }),
  }),
);
export const judgementCaseArb = fc.constantFrom(...IPS_25.items).chain((item) =>
  fc.record({
    item: fc.constantFrom<CellValue>(item.id, item.sheetNumber),
    score: fc.integer({ min: 1, max: 5 }),
    caps: fc.array(fc.boolean(), { minLength: item.caps?.length ?? 0, maxLength: item.caps?.length ?? 0 }),
    maxCap: fc.constant(item.caps ?? []),
  }),
);

/** A valid call of each function, for the shared properties. */
const VALID_CALLS: readonly { name: string; arb: fc.Arbitrary<Record<string, CellArg>>; rowArgs: readonly string[] }[] =
  [
    { name: 'CASELOAD', arb: caseloadRowsArb.map(caseloadArgs), rowArgs: ['caseloads', 'fte', 'exclude'] },
    { name: 'VOCATIONAL_TIME', arb: percentRowsArb.map(percentArgs), rowArgs: ['percent_vocational'] },
    { name: 'ALL_PHASES', arb: phaseRowsArb.map(phaseArgs), rowArgs: ['phases', 'refers_out'] },
    {
      name: 'TEAM_INTEGRATION',
      arb: teamRowsArb.map(teamArgs),
      rowArgs: ['teams', 'clients_from_teams', 'caseload', 'clinicians_not_in_teams'],
    },
  ];

function validCall(name: string) {
  const found = VALID_CALLS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no valid call of ${name}`);
  return found;
}

/** For any valid input of the function the score is a whole number 1–5 and the metric finite. */
export function itScoresWholeNumbers(name: string): void {
  const { arb } = validCall(name);
  it(`${name}: score is an integer 1–5, never NaN; the metric is a finite number`, () => {
    fc.assert(
      fc.property(arb, (args) => {
        expect(isScore(call(name, args))).toBe(true);
        const metric = call(name, { ...args, output: 'metric' });
        expect(typeof metric === 'number' && Number.isFinite(metric)).toBe(true);
      }),
      RUNS,
    );
  });
}

const blanks = fc.array(fc.constantFrom<CellValue>(null, '', undefined, '   '), { minLength: 1, maxLength: 3 });

/** Trailing blank rows in every range never change any output of the function. */
export function itIgnoresTrailingBlankRows(name: string): void {
  const { arb, rowArgs } = validCall(name);
  it(`${name}: trailing [null] / [""] rows in every range`, () => {
    fc.assert(
      fc.property(arb, blanks, (args, blankCells) => {
        const padded: Record<string, CellArg> = { ...args };
        for (const argument of rowArgs) {
          const range = args[argument] as CellValue[][];
          const width = range[0]?.length ?? 1;
          padded[argument] = [...range, ...blankCells.map((blank) => Array.from({ length: width }, () => blank))];
        }
        expect(outputs(name, padded)).toEqual(outputs(name, args));
      }),
      RUNS,
    );
  });
}

/** Shuffling the rows of every range never changes score or metric. */
export function itIgnoresRowOrder(name: string): void {
  const { arb, rowArgs } = validCall(name);
  it(`${name}: shuffling the rows keeps score and metric`, () => {
    fc.assert(
      fc.property(arb, fc.array(fc.nat(1000), { minLength: 1, maxLength: 12 }), (args, order) => {
        const shuffled: Record<string, CellArg> = { ...args };
        for (const argument of rowArgs) shuffled[argument] = permute(args[argument] as CellValue[][], order);
        expect(call(name, shuffled)).toBe(call(name, args));
        expect(call(name, { ...shuffled, output: 'metric' })).toBe(call(name, { ...args, output: 'metric' }));
      }),
      RUNS,
    );
  });
}

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, 0.1, 0.5, 1, 2, 3, 6),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'ja',
    'nei',
    'x',
    'TRUE',
    'monthly',
    'ukentlig',
    'org.team_contact',
    'score',
    'metric',
    'reason',
    'nb',
    'en',
    '0,5',
    '20',
  ),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(null, undefined, ''),
);
const matrixArb: fc.Arbitrary<CellValue[][]> = fc.array(fc.array(cellArb, { minLength: 0, maxLength: 7 }), {
  minLength: 0,
  maxLength: 6,
});
const argArb: fc.Arbitrary<CellArg> = fc.oneof(cellArb, matrixArb);

/** Garbage in any argument gives an IpsError or a valid result, never another exception. */
export function itThrowsOnlyIpsErrors(name: string): void {
  const fn = spec(name);
  it(`${fn.name}`, () => {
    fc.assert(
      fc.property(fc.array(argArb, { minLength: 0, maxLength: fn.parameters.length + 1 }), (args) => {
        try {
          const result = fn.invoke(...args);
          const ok =
            typeof result === 'string' ||
            typeof result === 'boolean' ||
            (typeof result === 'number' && Number.isFinite(result)) ||
            Array.isArray(result);
          expect(ok, `unexpected result ${String(result)}`).toBe(true);
          if (
            typeof result === 'number' &&
            (args[fn.parameters.length - 2] === undefined || args[fn.parameters.length - 2] === null)
          ) {
            expect(isScore(result), `score ${result}`).toBe(true);
          }
        } catch (error) {
          expect(isIpsError(error), `${fn.name}(${JSON.stringify(args)}) threw ${String(error)}`).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
}

/** The four properties a list function of staffing or organization keeps, each in its own block. */
export function describeListFunctionProperties(name: string): void {
  describe('valid input always gives a whole score 1–5', () => itScoresWholeNumbers(name));
  describe('appending blank rows never changes the result', () => itIgnoresTrailingBlankRows(name));
  describe('row order never changes the result', () => itIgnoresRowOrder(name));
  describe('garbage input gives an IpsError, never another exception', () => itThrowsOnlyIpsErrors(name));
}
