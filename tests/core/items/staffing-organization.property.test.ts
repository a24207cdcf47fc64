/**
 * Property tests for the Bemanning / Organisasjon functions: for any valid input the score is a
 * whole number 1–5 (never NaN); blank rows and row order never change the result; garbage input
 * gives an IpsError and never another exception; FTEs that trip binary floating point still
 * give the mathematically right band.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isIpsError } from '../../../src/core/errors';
import { IPS_25 } from '../../../src/core/scale/ips25';
import { caseload } from '../../../src/core/items/calculators';
import { STAFFING_ORGANIZATION_FUNCTIONS } from '../../../src/core/items';
import type { CellArg, CellValue } from '../../../src/core/cells';
import type { FunctionSpec } from '../../../src/core/functions/types';

const RUNS = { numRuns: 300 };

function spec(name: string): FunctionSpec {
  const found = STAFFING_ORGANIZATION_FUNCTIONS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no function ${name}`);
  return found;
}

function call(name: string, args: Readonly<Record<string, CellArg>>): ReturnType<FunctionSpec['invoke']> {
  const fn = spec(name);
  return fn.invoke(...fn.parameters.map((parameter) => args[parameter.name] ?? null));
}

const col = (values: readonly CellValue[]): CellValue[][] => values.map((value) => [value]);

function isScore(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** Every output of a function for the same arguments, so "the result" is compared in full. */
function outputs(name: string, args: Readonly<Record<string, CellArg>>): unknown[] {
  return [
    call(name, args),
    call(name, { ...args, output: 'metric' }),
    call(name, { ...args, output: 'reason', language: 'nb' }),
    call(name, { ...args, output: 'reason', language: 'en' }),
  ].map((value) => (typeof value === 'number' && Number.isNaN(value) ? 'NaN' : value));
}

function permute<T>(items: readonly T[], order: readonly number[]): T[] {
  return items
    .map((item, index) => ({ item, key: order[index % order.length]! * 1000 + index }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}

// --- valid inputs --------------------------------------------------------------------------

const fteArb = fc.oneof(
  fc.integer({ min: 1, max: 10 }).map((tenths) => tenths / 10),
  fc.integer({ min: 1, max: 100 }).map((hundredths) => hundredths / 100),
  fc.constantFrom(1 / 3, 2 / 3, 1),
);
const caseloadRowArb = fc.record({
  clients: fc.integer({ min: 0, max: 80 }),
  fte: fteArb,
  exclude: fc.boolean(),
});
const caseloadRowsArb = fc
  .array(caseloadRowArb, { minLength: 1, maxLength: 12 })
  .filter((rows) => rows.some((row) => !row.exclude));
const caseloadArgs = (rows: readonly { clients: number; fte: number; exclude: boolean }[]) => ({
  caseloads: col(rows.map((r) => r.clients)),
  fte: col(rows.map((r) => r.fte)),
  exclude: col(rows.map((r) => (r.exclude ? 'ja' : 'nei'))),
});

const percentRowsArb = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 12 });
const percentArgs = (values: readonly number[]) => ({ percent_vocational: col(values), unit: 'percent' });

const phaseRowArb = fc.record({
  phases: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()),
  refersOut: fc.boolean(),
});
const phaseRowsArb = fc.array(phaseRowArb, { minLength: 1, maxLength: 10 });
const phaseArgs = (rows: readonly { phases: readonly boolean[]; refersOut: boolean }[]) => ({
  phases: rows.map((r) => [...r.phases]),
  refers_out: col(rows.map((r) => r.refersOut)),
});

const teamRowArb = fc.oneof(
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
const teamRowsArb = fc.array(teamRowArb, { minLength: 1, maxLength: 10 });
const teamArgs = (
  rows: readonly { teams: number; from: number | null; total: number | null; notInTeams: boolean }[],
) => ({
  teams: col(rows.map((r) => r.teams)),
  clients_from_teams: col(rows.map((r) => r.from)),
  caseload: col(rows.map((r) => r.total)),
  clinicians_not_in_teams: col(rows.map((r) => r.notInTeams)),
});

const frequencyWordArb = fc.constantFrom(
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

const componentsItems = IPS_25.items.filter((item) => item.components);
const componentsCaseArb = fc.constantFrom(...componentsItems).chain((item) =>
  fc.record({
    item: fc.constantFrom<CellValue>(item.id, item.sheetNumber, item.id.toUpperCase()),
    present: fc.array(fc.constantFrom<CellValue>(true, false, 'ja', 'nei', 1, 0, 'x', null, ''), {
      minLength: item.components!.length,
      maxLength: item.components!.length,
    }),
    caps: fc.array(fc.boolean(), { minLength: item.caps?.length ?? 0, maxLength: item.caps?.length ?? 0 }),
  }),
);
const judgementCaseArb = fc.constantFrom(...IPS_25.items).chain((item) =>
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

describe('valid input always gives a whole score 1–5', () => {
  for (const { name, arb } of VALID_CALLS) {
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

  it('NAV_COLLABORATION: any pair of frequency words gives a score 1–5, monotone in both', () => {
    const order = ['none', 'lessThanQuarterly', 'quarterly', 'monthly', 'weekly'];
    fc.assert(
      fc.property(frequencyWordArb, frequencyWordArb, (meetings, contacts) => {
        expect(isScore(call('NAV_COLLABORATION', { meetings, contacts }))).toBe(true);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.constantFrom(...order), fc.constantFrom(...order), fc.constantFrom(...order), (m, c, higher) => {
        const base = call('NAV_COLLABORATION', { meetings: m, contacts: c }) as number;
        if (order.indexOf(higher) >= order.indexOf(m))
          expect(call('NAV_COLLABORATION', { meetings: higher, contacts: c })).toBeGreaterThanOrEqual(base);
        if (order.indexOf(higher) >= order.indexOf(c))
          expect(call('NAV_COLLABORATION', { meetings: m, contacts: higher })).toBeGreaterThanOrEqual(base);
      }),
      RUNS,
    );
  });

  it('COMPONENTS: any components item with valid yes/no cells gives its own anchor score, capped by the caps that apply', () => {
    fc.assert(
      fc.property(componentsCaseArb, ({ item, present, caps }) => {
        const score = call('COMPONENTS', { item, present: col(present), caps: caps.length ? col(caps) : null });
        expect(isScore(score)).toBe(true);
        const uncapped = call('COMPONENTS', { item, present: col(present) });
        expect(score).toBeLessThanOrEqual(uncapped as number);
        // adding a present component never lowers the uncapped score
        const firstMissing = present.findIndex(
          (cell) => cell === false || cell === 'nei' || cell === 0 || cell === null || cell === '',
        );
        if (firstMissing >= 0) {
          const more = present.map((cell, i) => (i === firstMissing ? true : cell));
          expect(call('COMPONENTS', { item, present: col(more) })).toBeGreaterThanOrEqual(uncapped as number);
        }
      }),
      RUNS,
    );
  });

  it('JUDGEMENT: min(chosen score, max score of every cap that applies)', () => {
    fc.assert(
      fc.property(judgementCaseArb, ({ item, score, caps, maxCap }) => {
        const expected = Math.min(score, ...maxCap.filter((_, i) => caps[i]).map((cap) => cap.maxScore));
        expect(call('JUDGEMENT', { item, score, caps: caps.length ? col(caps) : null })).toBe(expected);
      }),
      RUNS,
    );
  });
});

describe('appending blank rows never changes the result', () => {
  const blanks = fc.array(fc.constantFrom<CellValue>(null, '', undefined, '   '), { minLength: 1, maxLength: 3 });
  for (const { name, arb, rowArgs } of VALID_CALLS) {
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

  it('CASELOAD: a blank row whose exclude cell says "nei" is still blank', () => {
    fc.assert(
      fc.property(caseloadRowsArb, (rows) => {
        const args = caseloadArgs(rows);
        const padded = {
          caseloads: [...args.caseloads, [null]],
          fte: [...args.fte, [null]],
          exclude: [...args.exclude, ['nei']],
        };
        expect(outputs('CASELOAD', padded)).toEqual(outputs('CASELOAD', args));
      }),
      RUNS,
    );
  });
});

describe('row order never changes the result', () => {
  for (const { name, arb, rowArgs } of VALID_CALLS) {
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
});

describe('garbage input gives an IpsError, never another exception', () => {
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

  for (const fn of STAFFING_ORGANIZATION_FUNCTIONS) {
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
});

describe('float-trap FTEs give the mathematically right band', () => {
  const band = (metric: number) => (metric <= 20 ? 5 : metric <= 25 ? 4 : metric <= 30 ? 3 : metric <= 40 ? 2 : 1);

  it('FTEs in tenths or hundredths: the metric is floor(100 × clients ÷ Σ hundredths), computed in integers', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ clients: fc.integer({ min: 0, max: 60 }), hundredths: fc.integer({ min: 1, max: 100 }) }),
          { minLength: 1, maxLength: 10 },
        ),
        (rows) => {
          const totalClients = rows.reduce((sum, r) => sum + r.clients, 0);
          const totalHundredths = rows.reduce((sum, r) => sum + r.hundredths, 0);
          const expected = Math.floor((100 * totalClients) / totalHundredths); // exact: integers well below 2^53
          const result = caseload({ specialists: rows.map((r) => ({ clients: r.clients, fte: r.hundredths / 100 })) });
          expect(result.metric).toBe(expected);
          expect(result.score).toBe(band(expected));
          const args = { caseloads: col(rows.map((r) => r.clients)), fte: col(rows.map((r) => r.hundredths / 100)) };
          expect(call('CASELOAD', { ...args, output: 'metric' })).toBe(expected);
          expect(call('CASELOAD', args)).toBe(band(expected));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('exact band boundaries (ratio exactly 21, 26, 31, 41 per FTE) land in the lower-caseload band', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(20, 21, 25, 26, 30, 31, 40, 41),
        (tenths, ratio) => {
          const totalTenths = tenths.reduce((a, b) => a + b, 0);
          // clients = ratio × Σ FTE must be whole: scale every FTE so Σ tenths is a multiple of 10
          const factor = 10 / gcd(totalTenths, 10);
          const scaled = tenths.flatMap((t) => Array.from({ length: factor }, () => t));
          const totalClients = (ratio * totalTenths * factor) / 10;
          const clients = scaled.map(
            (_, i) => Math.floor(totalClients / scaled.length) + (i < totalClients % scaled.length ? 1 : 0),
          );
          const result = caseload({ specialists: scaled.map((t, i) => ({ clients: clients[i]!, fte: t / 10 })) });
          expect(result.metric).toBe(ratio);
          expect(result.score).toBe(band(ratio));
        },
      ),
      { numRuns: 500 },
    );
  });
});

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
