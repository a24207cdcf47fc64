/**
 * Properties of the Tjenester (services) spreadsheet functions: results are always a whole
 * score 1–5 and a finite metric; blank rows and row order never change a result; garbage gives
 * an IpsError and nothing else; case/space variants of a job type or employer are one key.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IpsError } from '../../../../src/core/errors';
import type { CellArg, CellValue } from '../../../../src/core/cells';
import { SERVICES_FUNCTIONS } from '../../../../src/core/items';
import { STAFFING_ORGANIZATION_FUNCTIONS } from '../../../../src/core/items';

const RUNS = { numRuns: 150 };

function fn(name: string) {
  const spec = SERVICES_FUNCTIONS.find((candidate) => candidate.name === name);
  if (!spec) throw new Error(`no function ${name}`);
  return spec;
}

/**
 * A generated call: rows of a table (one tuple per row, one entry per range argument) and how
 * to turn the rows into the function's arguments (ranges as columns, scalars as they are).
 */
interface Case {
  readonly name: string;
  readonly rows: CellValue[][];
  /** For each leading argument: a column index into the row tuples, or a scalar value. */
  readonly layout: readonly ({ column: number } | { scalar: CellArg })[];
}

/** The leading arguments, padded with omitted (null) ones up to `output` and `language`. */
function argsOf(testCase: Case, rows: readonly CellValue[][]): CellArg[] {
  const args: CellArg[] = testCase.layout.map((slot) =>
    'column' in slot ? rows.map((row) => [row[slot.column]]) : slot.scalar,
  );
  const leading = fn(testCase.name).parameters.length - 2;
  while (args.length < leading) args.push(null);
  return args;
}

type Outcome =
  | { ok: true; score: number; metric: number | undefined; reasonEn: string; reasonNb: string }
  | { ok: false; code: string };

function run(testCase: Case, rows: readonly CellValue[][] = testCase.rows): Outcome {
  const spec = fn(testCase.name);
  const args = argsOf(testCase, rows);
  try {
    const score = spec.invoke(...args, 'score', 'en') as number;
    let metric: number | undefined;
    try {
      metric = spec.invoke(...args, 'metric', 'en') as number;
    } catch (error) {
      if (!(error instanceof IpsError) || error.code !== 'notAvailable') throw error;
    }
    const reasonEn = spec.invoke(...args, 'reason', 'en') as string;
    const reasonNb = spec.invoke(...args, 'reason', 'nb') as string;
    return { ok: true, score, metric, reasonEn, reasonNb };
  } catch (error) {
    if (error instanceof IpsError) return { ok: false, code: error.code };
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Generators of valid calls
// ---------------------------------------------------------------------------------------------

const yesNo = fc.constantFrom<CellValue>(true, false, 1, 0, 'ja', 'nei', 'Yes', 'no', 'x');
const optionalFlag = fc.constantFrom<CellArg>(null, true, false, 'ja', 'nei');
const specialists = fc.constantFrom<CellArg>(null, 1, 2, 3, 5);
const JOB_TYPES = [
  'Kokk',
  'Butikkmedarbeider',
  'Sjåfør',
  'Renholder',
  'Lagermedarbeider',
  'Frisør',
  'Maler',
  'Barnehageassistent',
];
const EMPLOYERS = ['Burgerhjørnet', 'Åsen sykehus', 'XYZ', 'ABC forsikring', 'Lilleby apotek', 'Trygves kafé'];

const daysCase: fc.Arbitrary<Case> = fc
  .record({
    rows: fc.array(
      fc.tuple(
        fc.constantFrom('Anne', 'Bo', 'Cecilie'),
        fc.integer({ min: 45000, max: 46000 }),
        fc.integer({ min: 0, max: 400 }),
      ),
      { minLength: 1, maxLength: 40 },
    ),
    recorded: optionalFlag,
  })
  .map(({ rows, recorded }) => ({
    name: 'DAYS_TO_EMPLOYER_CONTACT',
    rows: rows.map(([specialist, intake, days]) => [specialist, intake, intake + days]),
    layout: [{ column: 0 }, { column: 1 }, { column: 2 }, { scalar: recorded }, { scalar: null }],
  }));

const searchCase: fc.Arbitrary<Case> = fc
  .record({
    rows: fc.array(fc.tuple(yesNo, fc.constantFrom<CellValue>('', 'nei', false)), { minLength: 1, maxLength: 60 }),
    plans: optionalFlag,
    explored: optionalFlag,
    anyJob: optionalFlag,
  })
  .map(({ rows, plans, explored, anyJob }) => ({
    name: 'INDIVIDUALIZED_SEARCH',
    rows,
    layout: [{ column: 0 }, { column: 1 }, { scalar: plans }, { scalar: explored }, { scalar: anyJob }],
  }));

const contactsCase: fc.Arbitrary<Case> = fc
  .record({
    first: fc.tuple(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 1, max: 8 })),
    rest: fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 6 }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.constantFrom<CellValue>('', 0.5, 1, 12),
      ),
      { maxLength: 12 },
    ),
    review: fc.constantFrom<CellArg>(
      null,
      'weekly',
      'monthly',
      'not_reviewed',
      'no_log',
      'mixed',
      'unverifiable',
      'ukentlig',
      'Månedlig',
    ),
  })
  .map(({ first, rest, review }) => ({
    name: 'EMPLOYER_CONTACTS',
    rows: [
      [first[0], first[1], 4, 0, 12],
      // absent weeks are a fraction of the specialist's weeks, so they never exceed them
      ...rest.map(([contacts, weeks, seekers, absentShare, months]) => [
        contacts,
        weeks,
        seekers,
        Math.floor(absentShare * weeks * 4) / 4,
        months,
      ]),
    ],
    layout: [{ column: 0 }, { column: 1 }, { scalar: review }, { column: 2 }, { column: 3 }, { column: 4 }],
  }));

const jobDiversityCase: fc.Arbitrary<Case> = fc
  .record({
    rows: fc.array(fc.tuple(fc.constantFrom(...JOB_TYPES), fc.constantFrom<CellValue>('', 'nei', 'ja')), {
      minLength: 1,
      maxLength: 40,
    }),
    specialists,
  })
  .filter(({ rows }) => rows.some(([, before]) => before !== 'ja'))
  .map(({ rows, specialists: count }) => ({
    name: 'JOB_DIVERSITY',
    rows,
    layout: [{ column: 0 }, { scalar: count }, { column: 1 }],
  }));

const employerDiversityCase: fc.Arbitrary<Case> = fc
  .record({
    rows: fc.array(fc.tuple(fc.constantFrom(...EMPLOYERS), fc.constantFrom<CellValue>('', 'Sentrum', 'Nord')), {
      minLength: 1,
      maxLength: 40,
    }),
    specialists,
  })
  .map(({ rows, specialists: count }) => ({
    name: 'EMPLOYER_DIVERSITY',
    rows,
    layout: [{ column: 0 }, { column: 1 }, { scalar: count }, { scalar: null }],
  }));

const competitiveCase: fc.Arbitrary<Case> = fc
  .record({
    rows: fc.array(
      fc.tuple(fc.constantFrom<CellValue>(true, false, 'ja', 'nei', 'frivillig', 'sesong', 'vernet', 'ordinær')),
      { minLength: 1, maxLength: 40 },
    ),
    specialists,
    evidence: fc.constantFrom<CellArg>(true, false, 'ja', 'nei'),
  })
  .map(({ rows, specialists: count, evidence }) => ({
    name: 'COMPETITIVE_JOBS',
    rows,
    layout: [{ column: 0 }, { scalar: count }, { scalar: null }, { scalar: evidence }],
  }));

const communityCase: fc.Arbitrary<Case> = fc
  .oneof(
    // cells formatted as percent (0–1) …
    fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 30 }),
    // … or percent typed as numbers, at least one above 1 so the column is read as percent
    fc.array(fc.tuple(fc.integer({ min: 2, max: 100 })), { minLength: 1, maxLength: 30 }),
  )
  .map((rows) => ({ name: 'COMMUNITY_TIME', rows, layout: [{ column: 0 }] }));

const ratingsCase: fc.Arbitrary<Case> = fc
  .record({
    rows: fc.array(fc.tuple(fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 12 }),
    name: fc.constantFrom('CAREER_ASSESSMENT', 'EMPLOYER_CONTACT_QUALITY'),
  })
  .map(({ rows, name }) => ({ name, rows, layout: [{ column: 0 }] }));

const anyCase = fc.oneof(
  daysCase,
  searchCase,
  contactsCase,
  jobDiversityCase,
  employerDiversityCase,
  competitiveCase,
  communityCase,
  ratingsCase,
);

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('services functions: properties', () => {
  it('scores are whole numbers 1–5 and metrics finite, never NaN', () => {
    fc.assert(
      fc.property(anyCase, (testCase) => {
        const outcome = run(testCase);
        expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
        if (!outcome.ok) return;
        expect(Number.isInteger(outcome.score)).toBe(true);
        expect(outcome.score).toBeGreaterThanOrEqual(1);
        expect(outcome.score).toBeLessThanOrEqual(5);
        if (outcome.metric !== undefined) expect(Number.isFinite(outcome.metric)).toBe(true);
        expect(outcome.reasonEn.length).toBeGreaterThan(0);
        expect(outcome.reasonNb.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('blank rows ([null] or [""]) appended or inserted never change a result', () => {
    fc.assert(
      fc.property(
        anyCase,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom<CellValue>(null, '', undefined, '   ')), {
          minLength: 1,
          maxLength: 5,
        }),
        (testCase, blanks) => {
          const width = testCase.rows[0]!.length;
          const rows = [...testCase.rows];
          for (const [position, blank] of blanks)
            rows.splice(
              position % (rows.length + 1),
              0,
              Array.from({ length: width }, () => blank),
            );
          rows.push(Array.from({ length: width }, () => null));
          expect(run(testCase, rows)).toEqual(run(testCase));
        },
      ),
      RUNS,
    );
  });

  it('shuffled rows never change a result', () => {
    fc.assert(
      fc.property(
        anyCase.chain((testCase) =>
          fc.tuple(
            fc.constant(testCase),
            fc.shuffledSubarray(testCase.rows, { minLength: testCase.rows.length, maxLength: testCase.rows.length }),
          ),
        ),
        ([testCase, shuffled]) => {
          const original = run(testCase);
          const permuted = run(testCase, shuffled);
          if (original.ok && permuted.ok) {
            expect(permuted.score).toBe(original.score);
            expect(permuted.metric).toBe(original.metric);
            expect(permuted.reasonEn).toBe(original.reasonEn);
            expect(permuted.reasonNb).toBe(original.reasonNb);
          } else {
            expect(permuted).toEqual(original);
          }
        },
      ),
      RUNS,
    );
  });

  it('case and space variants of a job type or employer count as one', () => {
    const variant = (text: string) =>
      fc
        .tuple(
          fc.constantFrom('upper', 'lower', 'same'),
          fc.constantFrom('', ' ', '  ', '\t'),
          fc.constantFrom('', ' ', '   '),
        )
        .map(
          ([kind, before, after]) =>
            `${before}${kind === 'upper' ? text.toUpperCase() : kind === 'lower' ? text.toLowerCase() : text}${after}`,
        );
    const cases = fc.oneof(jobDiversityCase, employerDiversityCase);
    fc.assert(
      fc.property(
        cases.chain((testCase) =>
          fc.tuple(fc.constant(testCase), fc.tuple(...testCase.rows.map((row) => variant(row[0] as string)))),
        ),
        ([testCase, labels]) => {
          const varied = testCase.rows.map((row, index) => [labels[index]!, ...row.slice(1)]);
          const original = run(testCase);
          const changed = run(testCase, varied);
          expect(changed.ok).toBe(original.ok);
          if (original.ok && changed.ok) {
            expect(changed.score).toBe(original.score);
            expect(changed.metric).toBe(original.metric);
          }
        },
      ),
      RUNS,
    );
  });

  it('garbage in any argument gives an IpsError or a valid result, never another exception', () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.double(),
      fc.integer({ min: -10, max: 100_000 }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 0.5, 1e308),
      fc.string({ maxLength: 8 }),
      fc.constantFrom('ja', 'nei', 'weekly', 'metric', 'reason', 'en', 'nb', '2024-02-30', '2024-01-15', ' ', ''),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.date({ min: new Date(1800, 0, 1), max: new Date(2200, 0, 1) }),
      fc.constant(new Date(Number.NaN)),
    );
    const matrix = fc.oneof(
      fc.array(fc.array(cell, { minLength: 0, maxLength: 3 }), { maxLength: 6 }),
      fc.array(fc.tuple(cell), { maxLength: 12 }),
    );
    const arg: fc.Arbitrary<CellArg> = fc.oneof(cell, matrix);
    fc.assert(
      fc.property(
        fc.constantFrom(...SERVICES_FUNCTIONS.map((spec) => spec.name)),
        fc.array(arg, { maxLength: 9 }),
        (name, args) => {
          const spec = fn(name);
          try {
            const value = spec.invoke(...args);
            const ok =
              (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.length > 0);
            expect(ok, `${name} returned ${String(value)}`).toBe(true);
          } catch (error) {
            expect(error, `${name} threw ${String(error)}`).toBeInstanceOf(IpsError);
            expect((error as IpsError).message.length).toBeGreaterThan(10);
          }
        },
      ),
      { numRuns: 800 },
    );
  });

  it('COMMUNITY_TIME and VOCATIONAL_TIME read a column of percentages the same way (one reader): same error code or same metric', () => {
    const vocational = STAFFING_ORGANIZATION_FUNCTIONS.find((spec) => spec.name === 'VOCATIONAL_TIME')!;
    const community = fn('COMMUNITY_TIME');
    const value = fc.oneof(
      fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100), // 0–100 in steps of 0.01
      fc.integer({ min: 0, max: 100 }).map((percent) => percent / 100), // 0–1 in steps of 0.01
      fc.constantFrom<CellValue>(0, 1, 0.5, 100, 101, -1, null, '', 'tull', true),
    );
    const outcome = (spec: typeof community, args: CellArg[]) => {
      try {
        return { metric: spec.invoke(...args) };
      } catch (error) {
        if (!(error instanceof IpsError)) throw error;
        return { code: error.code };
      }
    };
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 20 }),
        fc.constantFrom<CellArg>(null, 'percent', 'fraction', 'prosent', 'andel'),
        (values, unit) => {
          const range = values.map((v) => [v]);
          // VOCATIONAL_TIME(percent_vocational, unit, exclude, split_role, output); COMMUNITY_TIME(percent_in_community, unit, output)
          expect(outcome(community, [range, unit, 'metric'])).toEqual(
            outcome(vocational, [range, unit, null, null, 'metric']),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a valid table with one cell garbled gives an IpsError naming the argument, or a valid result', () => {
    const garbage = fc.constantFrom<CellValue>('tull', -3, 1.5, Number.NaN, true, new Date(Number.NaN), 1e9, '42');
    fc.assert(
      fc.property(anyCase, fc.nat(), fc.nat(), garbage, (testCase, r, c, junk) => {
        const rows = testCase.rows.map((row) => [...row]);
        const row = rows[r % rows.length]!;
        const column = c % row.length;
        row[column] = junk;
        const spec = fn(testCase.name);
        try {
          spec.invoke(...argsOf(testCase, rows));
        } catch (error) {
          expect(error).toBeInstanceOf(IpsError);
          const argumentNames = spec.parameters.map((p) => p.name);
          expect(
            argumentNames.some((n) => (error as IpsError).message.includes(n)),
            (error as IpsError).message,
          ).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
