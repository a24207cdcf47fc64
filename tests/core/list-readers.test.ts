/**
 * The list readers' loops for the usual rows stop at any other row, which the cell readers then
 * read (src/core/items/shared/long-lists.ts), and the percent readers look up the first value of
 * each kind only after their pass (percent-rows.ts). These tests hold each shape of those loops
 * (with and without the optional ranges) to the calculators and to readPercentColumn, with the
 * other rows before, at and after the end of the first call.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caseloadFromColumns,
  communityTimeFromColumn,
  employerContacts,
  vocationalTimeFromColumns,
} from '../../src/core/items/calculators';
import { careerAssessment } from '../../src/core/items/services/career-assessment';
import { employerContactQuality } from '../../src/core/items/services/employer-contact-quality';
import { agreement } from '../../src/core/review/agreement';
import { agreementOfColumns } from '../../src/core/review/agreement-columns';
import type { Score } from '../../src/core/scale/types';
import { isIpsError } from '../../src/core/errors';
import { readPercentColumn, type CellArg, type CellValue } from '../../src/core/cells';
import { WARM_UP_ROWS } from '../../src/core/items/shared/long-lists';
import { fractionNote } from '../../src/core/items/shared/define';
import { FUNCTIONS } from '../../src/core/functions/table';
import type { ItemResult } from '../../src/core/result';

function call(name: string, args: Readonly<Record<string, CellArg>>): unknown {
  const spec = FUNCTIONS[name]!;
  const names = spec.parameters.map((parameter) => parameter.name);
  for (const key of Object.keys(args)) if (!names.includes(key)) throw new Error(`${name} has no parameter ${key}`);
  return spec.invoke(...names.map((parameter) => args[parameter] ?? null));
}

const col = (values: readonly CellValue[]): CellValue[][] => values.map((value) => [value]);

function shown(result: ItemResult): { metric: number | undefined; nb: string; en: string } {
  return {
    metric: result.metric,
    nb: result.reasons.map((reason) => reason.text.nb).join(' '),
    en: result.reasons.map((reason) => reason.text.en).join(' '),
  };
}

function shownBy(name: string, args: Readonly<Record<string, CellArg>>): { metric: unknown; nb: unknown; en: unknown } {
  return {
    metric: call(name, { ...args, output: 'metric' }),
    nb: call(name, { ...args, output: 'reason', language: 'nb' }),
    en: call(name, { ...args, output: 'reason', language: 'en' }),
  };
}

/** The error a call throws, as "code: message", or the outcome when it throws none. */
function outcome<T>(run: () => T): T | string {
  try {
    return run();
  } catch (error) {
    if (isIpsError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
}

const LENGTHS = fc.integer({ min: 1, max: 3 * WARM_UP_ROWS });
/** Rows at which a long run of usual rows is broken: inside, at the end of and after the first call. */
const BREAKS = [0, 1, WARM_UP_ROWS - 1, WARM_UP_ROWS, WARM_UP_ROWS + 1, 2 * WARM_UP_ROWS + 7];

/** The note a column read as fractions without a unit begins its explanation with. */
const FRACTION_NOTE = fractionNote('staffing.vocational_only.read_as_fraction', true).text;

describe('percent columns without a unit: the unit and its errors as readPercentColumn decides them', () => {
  /** Fractions, percents, zeros and values above 100, each kind now and then, blanks among them. */
  const value = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom<CellValue>(80, 95, 100, 2, 40.5) },
    { weight: 3, arbitrary: fc.constantFrom<CellValue>(0.8, 0.25, 1) },
    { weight: 2, arbitrary: fc.constant<CellValue>(0) },
    { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, 150) },
  );
  const fractionsOrPercents = fc.oneof(
    LENGTHS.chain((n) => fc.array(value, { minLength: n, maxLength: n })),
    // One kind only, with zeros and blanks: the columns that are scored.
    LENGTHS.chain((n) => fc.array(fc.constantFrom<CellValue>(0, 0.5, 0.9, null), { minLength: n, maxLength: n })),
    LENGTHS.chain((n) => fc.array(fc.constantFrom<CellValue>(0, 60, 100, null), { minLength: n, maxLength: n })),
  );

  it('VOCATIONAL_TIME, with and without excluded rows', () => {
    fc.assert(
      fc.property(fractionsOrPercents, fc.boolean(), fc.nat(), (values, withExclude, seed) => {
        const exclude = values.map((_, i) => (withExclude && (i * 7 + seed) % 5 === 0 ? 'ja' : null));
        const args = { percent_vocational: col(values), ...(withExclude ? { exclude: col(exclude) } : {}) };
        const expected = outcome(() => {
          const column = readPercentColumn(
            col(values),
            'percent_vocational',
            undefined,
            'employment specialists',
            (index) => exclude[index] === 'ja', // VOCATIONAL_TIME's rows can always be excluded (its #N/A says so)
          );
          const percents = Array.from(column.values, (v) => (column.unit === 'percent' ? v : 100 * v));
          const result = shown(vocationalTimeFromColumns({ percents, excluded: column.excluded }));
          if (column.unit === 'fraction') {
            result.nb = `${FRACTION_NOTE.nb} ${result.nb}`;
            result.en = `${FRACTION_NOTE.en} ${result.en}`;
          }
          return result;
        });
        expect(outcome(() => shownBy('VOCATIONAL_TIME', args))).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('COMMUNITY_TIME', () => {
    fc.assert(
      fc.property(fractionsOrPercents, (values) => {
        const expected = outcome(() => {
          const column = readPercentColumn(col(values), 'percent_in_community', undefined, 'specialists');
          return shown(communityTimeFromColumn(column.values, column.unit)).metric;
        });
        const metric = outcome(() => call('COMMUNITY_TIME', { percent_in_community: col(values), output: 'metric' }));
        expect(metric).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});

describe('a row that breaks a long run of usual rows is read by the cell readers', () => {
  const usual = (n: number, cell: (i: number) => CellValue) => Array.from({ length: n }, (_, i) => cell(i));

  it('CASELOAD without `fte` or `exclude`, and with `fte` only: = caseloadFromColumns, blank rows anywhere', () => {
    const row = fc.oneof(
      { weight: 8, arbitrary: fc.tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom(0.5, 0.8, 1, 1 / 3)) },
      { weight: 1, arbitrary: fc.constant<[CellValue, CellValue]>([null, null]) },
    );
    fc.assert(
      fc.property(
        LENGTHS.chain((n) => fc.array(row, { minLength: n, maxLength: n })),
        fc.boolean(),
        (rows, withFte) => {
          const counted = rows.filter(([clients]) => clients !== null);
          const args = {
            caseloads: col(rows.map((r) => r[0])),
            ...(withFte ? { fte: col(rows.map((r) => r[1])) } : {}),
          };
          const expected = outcome(() =>
            shown(
              caseloadFromColumns({
                clients: counted.map(([clients]) => clients as number),
                ...(withFte ? { fte: counted.map(([, share]) => share as number) } : {}),
                excluded: 0,
              }),
            ),
          );
          const got = outcome(() => shownBy('CASELOAD', args));
          if (counted.length === 0) expect(got).toMatch(/^notAvailable/);
          else expect(got).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('CASELOAD: a bad count or FTE after usual rows is reported for its own row, by argument', () => {
    for (const at of BREAKS) {
      const n = at + 20;
      const counts = usual(n, (i) => 10 + (i % 7));
      const ftes = usual(n, () => 0.5);
      const withCell = (cells: CellValue[], cell: CellValue) => cells.map((value, i) => (i === at ? cell : value));
      expect(outcome(() => call('CASELOAD', { caseloads: col(withCell(counts, 2.5)), fte: col(ftes) }))).toBe(
        `invalidNumber: argument 'caseloads' row ${at + 1}: expected a whole number of clients ≥ 0, got 2.5`,
      );
      expect(outcome(() => call('CASELOAD', { caseloads: col(counts), fte: col(withCell(ftes, 1.5)) }))).toMatch(
        new RegExp(`^invalidNumber: argument 'fte' row ${at + 1}: expected a fraction of full time`),
      );
      expect(outcome(() => call('CASELOAD', { caseloads: col(counts), fte: col(withCell(ftes, null)) }))).toMatch(
        new RegExp(`^invalidValue: argument 'fte' row ${at + 1}: .*the cell is blank`),
      );
      // "nei" in `exclude` leaves the row in: the loop goes on after it, with the row counted.
      const exclude = usual(n, (i) => (i === at ? 'nei' : null));
      expect(
        call('CASELOAD', { caseloads: col(counts), fte: col(ftes), exclude: col(exclude), output: 'metric' }),
      ).toBe(call('CASELOAD', { caseloads: col(counts), fte: col(ftes), output: 'metric' }));
    }
  });

  it('EMPLOYER_CONTACTS with `contacts` and `weeks` only: = employerContacts, and a bad cell reported for its row', () => {
    const row = fc.oneof(
      { weight: 8, arbitrary: fc.tuple(fc.integer({ min: 0, max: 60 }), fc.constantFrom(8, 6.5, 4)) },
      { weight: 1, arbitrary: fc.constant<[CellValue, CellValue]>([null, null]) },
    );
    fc.assert(
      fc.property(
        LENGTHS.chain((n) => fc.array(row, { minLength: n, maxLength: n })),
        (rows) => {
          const given = rows.filter(([contacts]) => contacts !== null) as [number, number][];
          const args = { contacts: col(rows.map((r) => r[0])), weeks: col(rows.map((r) => r[1])) };
          const expected = outcome(() =>
            shown(employerContacts({ specialists: given.map(([contacts, weeks]) => ({ contacts, weeks })) })),
          );
          const got = outcome(() => shownBy('EMPLOYER_CONTACTS', args));
          if (given.length === 0) expect(got).toMatch(/^notAvailable/);
          else expect(got).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
    for (const at of BREAKS) {
      const n = at + 20;
      const contacts = usual(n, (i) => 30 + (i % 9));
      const weeks = usual(n, () => 8);
      const withCell = (cells: CellValue[], cell: CellValue) => cells.map((value, i) => (i === at ? cell : value));
      expect(
        outcome(() => call('EMPLOYER_CONTACTS', { contacts: col(withCell(contacts, -1)), weeks: col(weeks) })),
      ).toBe(`invalidNumber: argument 'contacts' row ${at + 1}: expected a whole number of contacts ≥ 0, got -1`);
      expect(
        outcome(() => call('EMPLOYER_CONTACTS', { contacts: col(contacts), weeks: col(withCell(weeks, 0)) })),
      ).toBe(
        `divisionByZero: argument 'weeks' row ${at + 1}: expected a number of weeks > 0, got 0 (division by zero)`,
      );
    }
  });

  it('VOCATIONAL_TIME: a bad percent after usual rows is reported for its row, and an excluded row is not read', () => {
    for (const at of BREAKS) {
      const n = at + 20;
      const percents = usual(n, (i) => 80 + (i % 15));
      const withCell = (cell: CellValue) => col(percents.map((value, i) => (i === at ? cell : value)));
      expect(outcome(() => call('VOCATIONAL_TIME', { percent_vocational: withCell('mye') }))).toMatch(
        new RegExp(`^invalidValue: argument 'percent_vocational' row ${at + 1}: expected a percent`),
      );
      const exclude = col(usual(n, (i) => (i === at ? 'ja' : 'nei')));
      const metric = call('VOCATIONAL_TIME', { percent_vocational: withCell('mye'), exclude, output: 'metric' });
      const without = percents.filter((_, i) => i !== at);
      expect(metric).toBe(call('VOCATIONAL_TIME', { percent_vocational: col(without), output: 'metric' }));
    }
  });

  it('CAREER_ASSESSMENT and EMPLOYER_CONTACT_QUALITY: their count and sum = the calculators over the ratings given, blank rows anywhere', () => {
    const cell = fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 1, max: 5 }) },
      { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, '', '  ') },
    );
    fc.assert(
      fc.property(
        LENGTHS.chain((n) => fc.array(cell, { minLength: n, maxLength: n })),
        (cells) => {
          const given = cells.filter((value): value is number => typeof value === 'number');
          const ratings = col(cells);
          const got = outcome(() => shownBy('CAREER_ASSESSMENT', { ratings }));
          if (given.length === 0) expect(got).toMatch(/^notAvailable/);
          else expect(got).toEqual(outcome(() => shown(careerAssessment({ ratings: given }))));
          const quality = outcome(() => shownBy('EMPLOYER_CONTACT_QUALITY', { ratings }));
          if (given.length === 0) expect(quality).toMatch(/^notAvailable/);
          else expect(quality).toEqual(outcome(() => shown(employerContactQuality({ ratings: given }))));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('CAREER_ASSESSMENT and EMPLOYER_CONTACT_QUALITY: a bad rating after usual rows is reported for its row, the loop going on after a good one', () => {
    for (const at of BREAKS) {
      const n = at + 20;
      const ratings = usual(n, (i) => 1 + (i % 5));
      const withCell = (cell: CellValue) => col(ratings.map((value, i) => (i === at ? cell : value)));
      for (const name of ['CAREER_ASSESSMENT', 'EMPLOYER_CONTACT_QUALITY']) {
        expect(outcome(() => call(name, { ratings: withCell(2.5) }))).toBe(
          `invalidNumber: argument 'ratings' row ${at + 1}: expected a whole score 1–5, got 2.5`,
        );
        expect(outcome(() => call(name, { ratings: withCell('god') }))).toBe(
          `invalidValue: argument 'ratings' row ${at + 1}: expected a whole score 1–5, got text "god"`,
        );
        // A blank cell of spaces is not the usual cell: the readers skip it, and the loop goes on after it.
        const rest = ratings.reduce<number>((total, value, i) => total + (i === at ? 0 : (value as number)), 0);
        expect(call(name, { ratings: withCell('  '), output: 'metric' })).toBe(Math.floor(rest / (n - 1)));
        const reason = call(name, { ratings: withCell('  '), output: 'reason', language: 'en' });
        expect(reason).toContain(`The ratings of ${n - 1} specialists add up to ${rest}`);
      }
    }
  });

  it('AGREEMENT: the counting pass over usual columns = agreement over the scores read, for every statistic', () => {
    const cell = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) },
      { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, '') },
    );
    const score = (value: CellValue): Score | null => (typeof value === 'number' ? (value as Score) : null);
    fc.assert(
      fc.property(
        LENGTHS.chain((n) => fc.array(fc.tuple(cell, cell), { minLength: n, maxLength: n })),
        (rows) => {
          const rater1 = col(rows.map((row) => row[0]));
          const rater2 = col(rows.map((row) => row[1]));
          const expected = agreement(
            rows.map((row) => score(row[0])),
            rows.map((row) => score(row[1])),
          );
          expect(agreementOfColumns(rater1, rater2)).toEqual(expected);
          // The same as one row each: a one-row range is read as a column.
          const asRow = (cells: CellValue[][]) => [cells.map((c) => c[0])];
          expect(agreementOfColumns(asRow(rater1), asRow(rater2))).toEqual(expected);
          const byStatistic = {
            exact: expected.exact,
            kappa: expected.kappa,
            count: expected.agreements,
            pairs: expected.pairs,
          };
          for (const [statistic, value] of Object.entries(byStatistic)) {
            const got = outcome(() => call('AGREEMENT', { rater1, rater2, statistic }));
            if (value === null) expect(got).toMatch(/^notAvailable/);
            else expect(got).toBe(value);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('AGREEMENT: a cell that is not a score after usual rows is reported by the readers, rater1 before rater2', () => {
    for (const at of BREAKS) {
      const n = at + 20;
      const rater1 = usual(n, (i) => 1 + (i % 5));
      const rater2 = usual(n, (i) => 1 + ((i + 1) % 5));
      const withCell = (cells: CellValue[], row: number, cell: CellValue) =>
        col(cells.map((value, i) => (i === row ? cell : value)));
      expect(agreementOfColumns(withCell(rater1, at, 7), col(rater2))).toBeUndefined();
      expect(outcome(() => call('AGREEMENT', { rater1: col(rater1), rater2: withCell(rater2, at, 'x') }))).toBe(
        `invalidValue: argument 'rater2' row ${at + 1}: expected a score 1–5, got text "x"`,
      );
      // rater2's bad cell comes first in the rows, but rater1 is read first.
      expect(
        outcome(() => call('AGREEMENT', { rater1: withCell(rater1, at + 5, 0), rater2: withCell(rater2, at, 'x') })),
      ).toBe(`invalidNumber: argument 'rater1' row ${at + 6}: expected a whole score 1–5, got 0`);
      expect(outcome(() => call('AGREEMENT', { rater1: col(rater1), rater2: col(rater2.slice(1)) }))).toBe(
        `invalidValue: argument 'rater2' has ${n - 1} cells but 'rater1' has ${n}: the ranges must be the same size`,
      );
    }
  });

  it('agreement(): a pair that is not two scores after many usual pairs stops the loop and is reported for its item, rater 1 first', () => {
    for (const at of BREAKS) {
      const n = at + 20;
      const a = usual(n, (i) => 1 + (i % 5)) as (Score | null)[];
      const b = usual(n, (i) => (i % 4 === 0 ? null : 1 + ((i + 2) % 5))) as (Score | null)[];
      const bad = (list: (Score | null)[], value: number) =>
        list.map((score, i) => (i === at ? (value as Score) : score));
      expect(outcome(() => agreement(bad(a, 6), bad(b, 0)))).toBe(
        `invalidNumber: rater 1, item ${at + 1}: expected a score 1–5, got 6`,
      );
      expect(
        outcome(() =>
          agreement(
            a,
            bad(bad(b, 2.5), 2.5).map((s, i) => (i === at + 3 ? (7 as Score) : s)),
          ),
        ),
      ).toBe(`invalidNumber: rater 2, item ${at + 1}: expected a score 1–5, got 2.5`);
    }
  });
});
