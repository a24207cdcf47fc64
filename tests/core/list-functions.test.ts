/**
 * The list functions read their rows in one pass, in two calls (the first WARM_UP_ROWS rows, then
 * the rest; see src/core/functions/long-lists.ts), with float sums and an exact second pass near
 * rounding edges. These tests hold them to the calculators on lists longer than the first call,
 * with blank and excluded rows on both sides of it, and to the order of their errors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allPhases,
  caseloadFromColumns,
  teamIntegration,
  vocationalTimeFromColumns,
} from '../../src/core/items/calculators';
import {
  communityTimeFromColumn,
  competitiveJobs,
  employerContacts,
  individualizedJobSearch,
} from '../../src/core/items/calculators';
import { isIpsError } from '../../src/core/errors';
import type { CellArg, CellValue } from '../../src/core/cells';
import { KeptRows, readInTwoCalls, WARM_UP_ROWS } from '../../src/core/items/shared/long-lists';
import { FUNCTIONS } from '../../src/core/functions/table';
import type { ItemResult } from '../../src/core/result';

/** Calls a function with named arguments, placed by its own parameter list. */
function call(
  name: string,
  args: Readonly<Record<string, CellArg>>,
): ReturnType<NonNullable<(typeof FUNCTIONS)[string]>['invoke']> {
  const spec = FUNCTIONS[name]!;
  const names = spec.parameters.map((parameter) => parameter.name);
  for (const key of Object.keys(args)) if (!names.includes(key)) throw new Error(`${name} has no parameter ${key}`);
  return spec.invoke(...names.map((parameter) => args[parameter] ?? null));
}

const col = (values: readonly CellValue[]): CellValue[][] => values.map((value) => [value]);

/** What a function shows for a result: the metric and both explanations. */
function shown(result: ItemResult): { metric: number | undefined; nb: string; en: string } {
  return {
    metric: result.metric,
    nb: result.reasons.map((reason) => reason.text.nb).join(' '),
    en: result.reasons.map((reason) => reason.text.en).join(' '),
  };
}

/** The same three outputs through the spreadsheet function (no metric: undefined). */
function shownBy(name: string, args: Readonly<Record<string, CellArg>>): { metric: unknown; nb: unknown; en: unknown } {
  let metric: unknown;
  try {
    metric = call(name, { ...args, output: 'metric' });
  } catch (error) {
    if (!(isIpsError(error) && error.message.startsWith('this item has no metric'))) throw error;
  }
  return {
    metric,
    nb: call(name, { ...args, output: 'reason', language: 'nb' }),
    en: call(name, { ...args, output: 'reason', language: 'en' }),
  };
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isIpsError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error('expected an error');
}

/** Rows around the first call's end: shorter, as long as, and longer than it. */
const LENGTHS = fc.integer({ min: 1, max: 3 * WARM_UP_ROWS });

describe('readInTwoCalls and KeptRows', () => {
  it('reads rows [0, count) as the first WARM_UP_ROWS rows, then the rest; a short list in one call', () => {
    const calls: [number, number][] = [];
    readInTwoCalls(150, (from, to) => calls.push([from, to]));
    expect(calls).toEqual([
      [0, WARM_UP_ROWS],
      [WARM_UP_ROWS, 150],
    ]);
    calls.length = 0;
    readInTwoCalls(WARM_UP_ROWS, (from, to) => calls.push([from, to]));
    readInTwoCalls(0, (from, to) => calls.push([from, to]));
    expect(calls).toEqual([
      [0, WARM_UP_ROWS],
      [0, 0],
    ]);
  });

  it('KeptRows: row i until a row is skipped, then the stored indices', () => {
    const kept = new KeptRows(10);
    expect(kept.at(3)).toBe(3);
    const indices = kept.start(2);
    indices[2] = 5;
    expect([kept.at(0), kept.at(1), kept.at(2)]).toEqual([0, 1, 5]);
  });
});

describe('the list functions agree with their calculators on long lists with blank and excluded rows', () => {
  const fte = fc.constantFrom(0.1, 0.2, 0.25, 0.3, 0.5, 0.7, 0.8, 1, 1 / 3, 2 / 3, 0.075, 0.001);
  const caseloadRow = fc.oneof(
    {
      weight: 8,
      arbitrary: fc.tuple(fc.integer({ min: 0, max: 40 }), fte, fc.constantFrom<CellValue>(null, 'nei', false)),
    },
    { weight: 1, arbitrary: fc.constant<[CellValue, CellValue, CellValue]>([null, null, null]) }, // a blank row
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 40 }), fte, fc.constant<CellValue>('ja')) }, // the supervisor
  );

  it('CASELOAD = caseloadFromColumns of the rows counted', () => {
    fc.assert(
      fc.property(
        LENGTHS.chain((n) => fc.array(caseloadRow, { minLength: n, maxLength: n })),
        (rows) => {
          const counted = rows.filter(([clients, , skip]) => clients !== null && skip !== 'ja');
          const expected = () =>
            shown(
              caseloadFromColumns({
                clients: counted.map(([clients]) => clients as number),
                fte: counted.map(([, share]) => share as number),
                excluded: rows.filter(([, , skip]) => skip === 'ja').length,
              }),
            );
          const args = {
            caseloads: col(rows.map((row) => row[0])),
            fte: col(rows.map((row) => row[1])),
            exclude: col(rows.map((row) => row[2])),
          };
          if (counted.length === 0) expect(errorOf(() => call('CASELOAD', args))).toMatch(/^notAvailable/);
          else expect(shownBy('CASELOAD', args)).toEqual(expected());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('CASELOAD: the total FTE shown is rounded from the exact sum (0.075 + 0.7 = 0.775 → 0,78; the float sum 0.77499… would show 0,77)', () => {
    const text = call('CASELOAD', {
      caseloads: col([10, 10]),
      fte: col([0.075, 0.7]),
      output: 'reason',
      language: 'nb',
    });
    expect(text).toContain('20 deltakere delt på 0,78 årsverk');
  });

  it('VOCATIONAL_TIME = vocationalTimeFromColumns of the rows counted, in percent or as fractions', () => {
    const percent = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(93.5, 99.9, 33.3, 66.7, 12.345));
    const fraction = fc.constantFrom(0, 0.1, 0.25, 0.5, 0.8, 0.935, 1, 1 / 3, 0.12345);
    const rowsOf = (value: fc.Arbitrary<number>) =>
      LENGTHS.chain((n) =>
        fc.array(
          fc.oneof(
            { weight: 8, arbitrary: fc.tuple(value, fc.constantFrom<CellValue>(null, 'nei')) },
            { weight: 1, arbitrary: fc.constant<[CellValue, CellValue]>([null, null]) },
            { weight: 1, arbitrary: fc.tuple(value, fc.constant<CellValue>('ja')) },
          ),
          { minLength: n, maxLength: n },
        ),
      );
    fc.assert(
      fc.property(
        fc.oneof(rowsOf(percent), rowsOf(fraction)),
        fc.constantFrom<'percent' | 'fraction'>('percent', 'fraction'),
        (rows, unit) => {
          const kept = rows
            .filter(([value, skip]) => value !== null && skip !== 'ja')
            .map(([value]) => value as number);
          const args = {
            percent_vocational: col(rows.map((row) => row[0])),
            exclude: col(rows.map((row) => row[1])),
            unit,
          };
          if (kept.length === 0 || (unit === 'fraction' && kept.some((value) => value > 1))) {
            expect(errorOf(() => call('VOCATIONAL_TIME', args))).toMatch(/^(notAvailable|invalidNumber)/);
            return;
          }
          const result = vocationalTimeFromColumns({
            percents: unit === 'percent' ? kept : kept.map((value) => value * 100),
            excluded: rows.filter(([, skip]) => skip === 'ja').length,
          });
          const expected = shown(result);
          if (unit === 'fraction') {
            expected.nb = `Verdiene er lest som andeler (0,93 = 93 %). ${expected.nb}`;
            expected.en = `The values are read as fractions (0.93 = 93 %). ${expected.en}`;
          }
          expect(shownBy('VOCATIONAL_TIME', args)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('COMMUNITY_TIME = communityTimeFromColumn of the values given (blank cells skipped)', () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(64.99, 65.01, 30.5, 12.345, 99.999));
    fc.assert(
      fc.property(
        LENGTHS.chain((n) =>
          fc.array(fc.oneof({ weight: 9, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) }), {
            minLength: n,
            maxLength: n,
          }),
        ),
        (cells) => {
          const values = cells.filter((cell): cell is number => cell !== null);
          const args = { percent_in_community: col(cells), unit: 'percent' };
          if (values.length === 0) expect(errorOf(() => call('COMMUNITY_TIME', args))).toMatch(/^notAvailable/);
          else expect(shownBy('COMMUNITY_TIME', args)).toEqual(shown(communityTimeFromColumn(values, 'percent')));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('EMPLOYER_CONTACTS = employerContacts of the specialists, with job seekers, absences and months in post now and then', () => {
    const specialist = fc.record({
      contacts: fc.integer({ min: 0, max: 60 }),
      weeks: fc.constantFrom(8, 8, 6.5, 4),
      jobSeekers: fc.option(fc.integer({ min: 0, max: 5 }), { freq: 3 }),
      absentWeeks: fc.option(fc.constantFrom(0, 0.5, 1, 2), { freq: 3 }),
      monthsInPost: fc.option(fc.constantFrom(0.5, 3, 24), { freq: 3 }),
    });
    fc.assert(
      fc.property(
        LENGTHS.chain((n) => fc.array(specialist, { minLength: n, maxLength: n })),
        (specialists) => {
          const cells = (pick: (s: (typeof specialists)[number]) => number | null) => col(specialists.map(pick));
          const args = {
            contacts: cells((s) => s.contacts),
            weeks: cells((s) => s.weeks),
            job_seekers: cells((s) => s.jobSeekers),
            absent_weeks: cells((s) => s.absentWeeks),
            months_in_post: cells((s) => s.monthsInPost),
          };
          let expected: ReturnType<typeof shown> | string;
          try {
            expected = shown(
              employerContacts({
                specialists: specialists.map((s) => ({
                  contacts: s.contacts,
                  weeks: s.weeks,
                  jobSeekers: s.jobSeekers ?? undefined,
                  absentWeeks: s.absentWeeks ?? undefined,
                  monthsInPost: s.monthsInPost ?? undefined,
                })),
              }),
            );
          } catch (error) {
            if (!isIpsError(error)) throw error;
            expected = error.code;
          }
          if (typeof expected === 'string')
            expect(errorOf(() => call('EMPLOYER_CONTACTS', args))).toMatch(new RegExp(`^${expected}`));
          else expect(shownBy('EMPLOYER_CONTACTS', args)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('COMPETITIVE_JOBS and INDIVIDUALIZED_SEARCH = their calculators, with ja/nei, TRUE/FALSE, blank rows and rows taken out', () => {
    const answer = fc.constantFrom<CellValue>(true, false, 'ja', 'nei', 'Ja', 'x', 1, 0);
    const yes = (cell: CellValue) => cell === true || cell === 'ja' || cell === 'Ja' || cell === 'x' || cell === 1;
    const row = fc.oneof(
      { weight: 8, arbitrary: fc.tuple(answer, fc.constantFrom<CellValue>(null, false, 'nei')) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom<CellValue>(null, 'ja'), fc.constant<CellValue>('ja')) },
      { weight: 1, arbitrary: fc.constant<[CellValue, CellValue]>([null, null]) },
    );
    fc.assert(
      fc.property(
        LENGTHS.chain((n) => fc.array(row, { minLength: n, maxLength: n })),
        (rows) => {
          const given = rows.filter(([a, out]) => a !== null || out !== null);
          const jobs = given.map(([a, out]) => ({ competitive: yes(a), beforeIps: out === 'ja' }));
          const args = {
            competitive: col(rows.map((r) => r[0])),
            before_ips: col(rows.map((r) => r[1])),
            specialists: 1,
            small_sample_evidence: true,
          };
          if (jobs.length === 0) expect(errorOf(() => call('COMPETITIVE_JOBS', args))).toMatch(/^notAvailable/);
          else
            expect(shownBy('COMPETITIVE_JOBS', args)).toEqual(
              shown(competitiveJobs({ jobs, specialists: 1, smallSampleEvidence: true })),
            );
          const contacts = given.map(([a, out]) => ({ matchesPreferences: yes(a), notAssessed: out === 'ja' }));
          const searchArgs = { matches_preferences: args.competitive, participant_initiated: args.before_ips };
          if (contacts.every((contact) => contact.notAssessed))
            expect(errorOf(() => call('INDIVIDUALIZED_SEARCH', searchArgs))).toMatch(/^notAvailable/);
          else
            expect(shownBy('INDIVIDUALIZED_SEARCH', searchArgs)).toEqual(shown(individualizedJobSearch({ contacts })));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('TEAM_INTEGRATION and ALL_PHASES = their calculators, the explanations naming the rows after blank rows', () => {
    const specialist = fc.oneof(
      {
        weight: 8,
        arbitrary: fc.tuple(
          fc.integer({ min: 0, max: 4 }),
          fc.integer({ min: 0, max: 20 }),
          fc.integer({ min: 20, max: 30 }),
        ),
      },
      { weight: 1, arbitrary: fc.constant<[null, null, null]>([null, null, null]) },
    );
    fc.assert(
      fc.property(
        LENGTHS.chain((n) => fc.array(specialist, { minLength: n, maxLength: n })),
        (rows) => {
          const args = {
            teams: col(rows.map((r) => r[0])),
            clients_from_teams: col(rows.map((r) => r[1])),
            caseload: col(rows.map((r) => r[2])),
          };
          const given = rows.map((r, index) => ({ r, row: index + 1 })).filter(({ r }) => r[0] !== null);
          if (given.length === 0) {
            expect(errorOf(() => call('TEAM_INTEGRATION', args))).toMatch(/^notAvailable/);
            return;
          }
          const specialists = given.map(({ r, row }) => ({
            teams: r[0]!,
            clientsFromTeams: r[1]!,
            caseload: r[2]!,
            row,
          }));
          expect(shownBy('TEAM_INTEGRATION', args)).toEqual(shown(teamIntegration({ specialists })));
          const phases = rows.map((r) =>
            r[0] === null ? [null, null, null, null, null, null] : [1, 2, 3, 4, 5, 6].map((i) => i <= r[0]! + 2),
          );
          const phaseSpecialists = given.map(({ r, row }) => ({
            phases: [1, 2, 3, 4, 5, 6].map((i) => i <= r[0]! + 2) as [
              boolean,
              boolean,
              boolean,
              boolean,
              boolean,
              boolean,
            ],
            row,
          }));
          expect(shownBy('ALL_PHASES', { phases })).toEqual(shown(allPhases({ specialists: phaseSpecialists })));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('errors come in the order of the passes the one-pass readers replaced', () => {
  const many = (count: number, value: CellValue) => Array.from({ length: count }, () => value);

  it('TEAM_INTEGRATION: a cell that cannot be read (row 100) is reported before an earlier row that cannot be rated (row 2)', () => {
    const teams = [2, 1, ...many(97, 2), 'to'];
    const fromTeams = [15, null, ...many(98, 15)];
    const caseloads = many(100, 20);
    expect(
      errorOf(() =>
        call('TEAM_INTEGRATION', { teams: col(teams), clients_from_teams: col(fromTeams), caseload: col(caseloads) }),
      ),
    ).toBe('invalidValue: argument \'teams\' row 100: expected a whole number of treatment teams ≥ 0, got text "to"');
    teams[99] = 2;
    expect(
      errorOf(() =>
        call('TEAM_INTEGRATION', { teams: col(teams), clients_from_teams: col(fromTeams), caseload: col(caseloads) }),
      ),
    ).toBe(
      "invalidValue: argument 'clients_from_teams' row 2: expected the number of clients from the 1 team, got nothing",
    );
  });

  it('ALL_PHASES: a row that is not six cells wide (row 90) is reported before a cell that cannot be read (row 3) and before a refers_out of the wrong size', () => {
    const phases: CellValue[][] = many(100, null).map(() => [true, true, true, true, true, true]);
    phases[2] = ['kanskje', true, true, true, true, true];
    phases[89] = [true, true, true, true, true];
    expect(errorOf(() => call('ALL_PHASES', { phases }))).toBe(
      "invalidValue: argument 'phases' row 90: expected 6 cells in each row, got 5",
    );
    expect(errorOf(() => call('ALL_PHASES', { phases, refers_out: col([true, false]) }))).toBe(
      "invalidValue: argument 'phases' row 90: expected 6 cells in each row, got 5",
    );
    phases[89] = [true, true, true, true, true, true];
    expect(errorOf(() => call('ALL_PHASES', { phases }))).toMatch(
      /^invalidValue: argument 'phases' row 3: expected yes\/no/,
    );
  });

  it('EMPLOYER_CONTACTS without `weeks`: the missing number of weeks is reported for row 1, as one cell for all would not be', () => {
    expect(errorOf(() => call('EMPLOYER_CONTACTS', { contacts: col([40, 30]) }))).toBe(
      "invalidValue: argument 'weeks' row 1: expected a number of weeks > 0, the cell is blank",
    );
    expect(errorOf(() => call('EMPLOYER_CONTACTS', { contacts: col([40, 30]), weeks: 'åtte' }))).toBe(
      'invalidValue: argument \'weeks\': expected a number of weeks > 0, got text "åtte"',
    );
  });

  it('VOCATIONAL_TIME: cells in row order (an exclude cell before the percent of its row), then the unit', () => {
    const percents = [80, 0.8, ...many(97, 90), 'mye'];
    const exclude = [...many(99, null), 'kanskje'];
    expect(
      errorOf(() => call('VOCATIONAL_TIME', { percent_vocational: col(percents), exclude: col(exclude) })),
    ).toMatch(/^invalidValue: argument 'exclude' row 100: expected yes\/no/);
    exclude[99] = null;
    expect(
      errorOf(() => call('VOCATIONAL_TIME', { percent_vocational: col(percents), exclude: col(exclude) })),
    ).toMatch(/^invalidValue: argument 'percent_vocational' row 100: expected a percent 0–100/);
    percents[99] = 90;
    expect(
      errorOf(() => call('VOCATIONAL_TIME', { percent_vocational: col(percents), exclude: col(exclude) })),
    ).toMatch(/^invalidValue: argument 'percent_vocational': row 2 holds 0.8 but row 1 holds 80/);
  });
});
