/**
 * The formula engine, and through it the wiring formulas' TEXT: evaluated over the tables as
 * sheets, each item's formula (Excel and Sheets syntax, nb and en) gives exactly what
 * expectedItem gives from the same rows — the same score, metric, reason or error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FormulaBook } from '../../../src/preview/engine/book';
import { parseSheetFormula } from '../../../src/preview/engine/parse';
import { SheetError, isGrid, type Scalar, type Value } from '../../../src/preview/engine/values';
import type { TypedValue } from '../../../src/core/inputs/tables';
import { itemFormula, wiredItemIds, type TableData } from '../../../src/core/inputs/wiring';
import { expectedItem } from '../../shared/expected-items';
import { bookFromTables, PlainBook } from '../../core/inputs/sheet-book';

type Row = Record<string, TypedValue>;

const CODE: Readonly<Record<string, string>> = {
  invalidValue: '#VALUE!',
  invalidNumber: '#NUM!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
};

function calc(formula: string, cells: Record<string, Scalar> = {}): Value {
  const book = new PlainBook();
  book.sheets.set('S', []);
  for (const [address, value] of Object.entries(cells)) {
    const match = /^([A-Z])(\d+)$/.exec(address)!;
    book.set('S', Number(match[2]) - 1, match[1]!.charCodeAt(0) - 65, value as string | number | boolean | null);
  }
  return book.book.evaluate(formula, 'S');
}

const values = (value: Value) => (isGrid(value) ? [...value.data] : value);

describe('formula engine', () => {
  it('parses sheet-qualified absolute ranges, dotted names, empty arguments and array constants', () => {
    expect(parseSheetFormula("=IPS.X('Tid og faser'!$F$3:$K$20,,{1,2;3,4})")).toMatchObject({
      type: 'call',
      name: 'IPS.X',
      args: [
        { type: 'range', sheet: 'Tid og faser', row: 2, column: 5, row2: 19, column2: 10 },
        { type: 'missing' },
        { type: 'array' },
      ],
    });
    expect(() => parseSheetFormula('=SUM(A1')).toThrow();
  });

  it('works element by element over ranges, broadcasting a single value', () => {
    const cells = { A1: 1, A2: null, A3: 'x', B1: 2, B2: 3, B3: 4 };
    expect(values(calc('=A1:A3=""', cells))).toEqual([false, true, false]);
    expect(values(calc('=IF(A1:A3="","-",B1:B3*10)', cells))).toEqual([20, '-', 40]);
    expect(values(calc('=(A1:A3="")+(B1:B3>2)>0', cells))).toEqual([false, true, true]);
    expect(calc('=SUMPRODUCT((B1:B3>2)*1)', cells)).toBe(2);
    expect(calc('=SUMPRODUCT(B1:B3,B1:B3)', cells)).toBe(29);
    expect(calc('=A3*2', cells)).toBeInstanceOf(SheetError);
    expect(values(calc('=IFERROR(1/(B1:B3-3),"x")', cells))).toEqual([-1, 'x', 1]);
  });

  it('counts with COUNTIFS like a spreadsheet: operators, blanks, numbers as text, wildcards, case', () => {
    const cells = { A1: 'ja', A2: 'Ja', A3: null, A4: 'nei', A5: 'jaha', B1: 5, B2: '7', B3: 9, B4: 1, B5: null };
    expect(calc('=COUNTIFS(A1:A5,"ja")', cells)).toBe(2);
    expect(calc('=COUNTIFS(A1:A5,"<>ja")', cells)).toBe(3);
    expect(calc('=COUNTIFS(A1:A5,"")', cells)).toBe(1);
    expect(calc('=COUNTIFS(A1:A5,"<>")', cells)).toBe(4);
    expect(calc('=COUNTIFS(A1:A5,"ja*")', cells)).toBe(3);
    expect(calc('=COUNTIFS(B1:B5,">="&5)', cells)).toBe(3);
    expect(calc('=COUNTIFS(B1:B5,7)', cells)).toBe(1);
    expect(calc('=COUNTIFS(A1:A5,"ja",B1:B5,"<9")', cells)).toBe(2);
    expect(calc('=COUNTIF(A1:A5,"nei")', cells)).toBe(1);
  });

  it('gives one count per criterion for a range of criteria, indexed or not', () => {
    const cells = {
      A1: 'a',
      A2: 'b',
      A3: 'a',
      A4: 'c',
      B1: 'x',
      B2: 'x',
      B3: 'y',
      B4: 'x',
      C1: 'a',
      C2: 'c',
      C3: null,
      C4: 'A',
    };
    for (const indexedCriteria of [true, false]) {
      const book = new PlainBook({ indexedCriteria });
      book.sheets.set('S', []);
      for (const [address, value] of Object.entries(cells))
        book.set('S', Number(address.slice(1)) - 1, address.charCodeAt(0) - 65, value);
      expect(values(book.book.evaluate('=COUNTIFS(A1:A4,C1:C4,B1:B4,"x")', 'S'))).toEqual([1, 1, 0, 1]);
      expect(values(book.book.evaluate('=IF(C1:C4="","",COUNTIFS(A1:A4,C1:C4))', 'S'))).toEqual([2, 1, '', 2]);
    }
  });

  it('computes dates: EDATE, YEAR, MONTH, DAY on serials', () => {
    expect(calc('=EDATE(45717,-6)')).toBe(45536); // 2025-03-01 → 2024-09-01
    expect(calc('=EDATE(45688,1)')).toBe(45716); // 2025-01-31 → 2025-02-28
    expect([calc('=YEAR(45717)'), calc('=MONTH(45717)'), calc('=DAY(45717)')]).toEqual([2025, 3, 1]);
  });

  it('calls the function table for IPS.* and IPS_*, with its typed errors', () => {
    const cells = { A1: 19, A2: 18, A3: 19, B1: 1, B2: 1, B3: 1 };
    expect(calc('=IPS.CASELOAD(A1:A3,B1:B3)', cells)).toBe(5);
    expect(calc('=IPS_CASELOAD(A1:A3,B1:B3,,,"metric")', cells)).toBe(18);
    const error = calc('=IPS.CASELOAD(A1:A3,B1:B2)', cells);
    expect(error).toBeInstanceOf(SheetError);
    expect((error as SheetError).detail).toMatch(/fte|caseloads/);
    expect((calc('=IPS.NO_SUCH(1)') as SheetError).code).toBe('#NAME?');
  });

  it('reports a circular reference as #REF! and caches until cleared', () => {
    const book = new PlainBook();
    book.sheets.set('S', []);
    book.set('S', 0, 0, '=B1+1');
    book.set('S', 0, 1, '=A1');
    expect((book.value('S', 0, 0) as SheetError).code).toBe('#REF!');
    const fresh = new FormulaBook({ raw: (_, row) => (row === 0 ? '=1+1' : null), hasSheet: () => true });
    expect(fresh.value('S', 0, 0)).toBe(2);
    expect(fresh.value('S', 0, 0)).toBe(2);
    expect(fresh.evaluations).toBe(1);
  });

  it('after one changed cell recomputes only the formulas that read it, through other formulas and sheets', () => {
    const sheets = new Map<string, Map<string, string | number>>([
      [
        'A',
        new Map<string, string | number>([
          ['0,0', "=SUM('B'!A1:A2)"],
          ['0,1', '=A1*2'],
          ['0,2', 7],
          ['0,3', '=C1+1'],
        ]),
      ],
      [
        'B',
        new Map<string, string | number>([
          ['0,0', 2],
          ['1,0', 3],
        ]),
      ],
    ]);
    const book = new FormulaBook({
      raw: (sheet, row, column) => sheets.get(sheet)?.get(`${row},${column}`) ?? null,
      hasSheet: (sheet) => sheets.has(sheet),
    });
    const read = () => [book.value('A', 0, 1), book.value('A', 0, 3)];
    expect(read()).toEqual([10, 8]);
    const counted = () => book.evaluations;
    let before = counted();
    expect(read()).toEqual([10, 8]);
    expect(counted()).toBe(before); // cached

    sheets.get('B')!.set('1,0', 5);
    book.changed('B', 1, 0);
    before = counted();
    expect(read()).toEqual([14, 8]);
    expect(counted() - before).toBe(2); // A1 and B1, not D1

    sheets.get('A')!.set('0,2', 1);
    book.changed('A', 0, 2);
    before = counted();
    expect(read()).toEqual([14, 2]);
    expect(counted() - before).toBe(1); // D1 only

    // A formula replaced by a value.
    sheets.get('A')!.set('0,0', 1);
    book.changed('A', 0, 0);
    expect(read()).toEqual([2, 2]);

    // A whole sheet written: the sheets reading it compute again.
    sheets.get('A')!.set('0,0', "=SUM('B'!A1:A2)");
    sheets.get('B')!.set('0,0', 10);
    book.clear(['B', 'A']);
    expect(read()).toEqual([30, 2]);
    sheets.get('B')!.set('0,0', 0);
    book.clear(['B']);
    expect(read()).toEqual([10, 2]);
  });
});

// ---- the wiring formulas' text against expectedItem ----------------------------------------------

const REVIEW_DATE = '2025-03-01';
const SPECIALISTS = ['A', 'B', 'C', 'MV'] as const;
const iso = (offsetDays: number) => new Date(Date.UTC(2025, 2, 1) + offsetDays * 86_400_000).toISOString().slice(0, 10);

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });
const specialist = fc.constantFrom<string>(...SPECIALISTS);
const yesno = maybe(fc.boolean());
const date = (from: number, to: number) => maybe(fc.integer({ min: from, max: to }).map(iso));

const staffRows = fc.uniqueArray(
  fc.record({
    specialist,
    role: fc.constantFrom('specialist', 'specialist', 'peerSpecialist', 'supervisor'),
    fte: maybe(fc.constantFrom(0.5, 0.8, 1)),
    startDate: date(-2000, -5),
    absentWeeks: maybe(fc.integer({ min: 0, max: 3 })),
  }),
  { selector: (row) => row.specialist, maxLength: 4 },
);
const caseloadRows = fc.array(
  fc.record({
    specialist,
    participant: fc.integer({ min: 1, max: 400 }).map((n) => `P${n}`),
    status: fc.constantFrom('jobSeeking', 'employed', 'education', 'otherActive', 'referred', 'closed'),
    monthlyContact: yesno,
    fromAttachedTeam: yesno,
  }),
  { maxLength: 40 },
);
const timeRows = fc.array(
  fc.record({
    specialist,
    vocationalShare: maybe(fc.constantFrom(0.5, 0.8, 0.95, 1)),
    communityShare: maybe(fc.constantFrom(0.3, 0.5, 0.65, 0.8)),
    communityHours: maybe(fc.integer({ min: 0, max: 30 })),
    scheduledHours: maybe(fc.integer({ min: 0, max: 40 })),
    phaseIntake: yesno,
    phaseEngagement: yesno,
    phaseAssessment: yesno,
    phaseJobDevelopment: yesno,
    phaseCoaching: yesno,
    phaseFollowAlong: yesno,
    refersOut: yesno,
    teams: maybe(fc.integer({ min: 0, max: 3 })),
    cliniciansNotInTeams: yesno,
  }),
  { maxLength: 5 },
);
const jobRows = fc.array(
  fc.record({
    participant: maybe(fc.integer({ min: 1, max: 60 }).map((n) => `P${n}`)),
    specialist: maybe(specialist),
    startDate: date(-400, -1),
    endDate: date(-200, 60),
    jobTitle: maybe(fc.constantFrom('Butikkmedarbeider', 'Kokk', 'Lagerarbeider', 'Renholder', 'Sjåfør')),
    jobType: maybe(fc.constantFrom('Salg', 'Kjøkken', 'Lager')),
    employer: maybe(fc.constantFrom('Rema 1000', 'Kiwi', 'Posten', 'Bakeriet')),
    worksite: maybe(fc.constantFrom('Sentrum', 'Nord')),
    beforeIps: yesno,
    competitive: yesno,
  }),
  { maxLength: 25 },
);
const contactRows = fc.array(
  fc.record({
    date: fc.integer({ min: -70, max: 3 }).map(iso),
    specialist,
    hiringAuthority: maybe(fc.constantFrom('yes', 'no', 'unsure')),
    mode: fc.constantFrom('inPerson', 'inPerson', 'phone', 'email', 'other'),
    specialistPresent: yesno,
    purpose: maybe(fc.constantFrom('jobDevelopment', 'jobSupport', 'other')),
    matchesPreferences: yesno,
    participantInitiated: yesno,
  }),
  { maxLength: 40 },
);
const chartRows = fc
  .array(
    fc.record({
      specialist: maybe(specialist),
      intakeDate: date(-300, -10),
      firstEmployerContact: date(-250, -1),
      notYetSearching: yesno,
    }),
    { maxLength: 15 },
  )
  .map((rows) => rows.map((row, i) => ({ record: String(i + 1), ...row })));
const reviewRow = fc.record({
  reviewDate: fc.option(fc.constant(REVIEW_DATE), { nil: null, freq: 6 }),
  contactWeeks: maybe(fc.constantFrom(4, 8)),
  logReview: maybe(fc.constantFrom('weekly', 'monthly', 'not_reviewed', 'no_log', 'mixed')),
  supervisorRecordsDays: yesno,
  noIndividualCaseloads: yesno,
  splitRole: yesno,
  plansDocumented: yesno,
  preferencesExplored: yesno,
  anyJobEncouraged: yesno,
  smallSampleEvidence: yesno,
});

const tableData: fc.Arbitrary<TableData> = fc.record({
  staff: staffRows as fc.Arbitrary<Row[]>,
  caseload: caseloadRows as fc.Arbitrary<Row[]>,
  specialistTime: timeRows as fc.Arbitrary<Row[]>,
  jobs: jobRows as fc.Arbitrary<Row[]>,
  employerContacts: contactRows as fc.Arbitrary<Row[]>,
  chartReview: chartRows as fc.Arbitrary<Row[]>,
  review: reviewRow.map((row) => [row as Row]),
});

function expectSame(
  itemId: string,
  data: TableData,
  formulaValue: Value,
  output: 'score' | 'metric' | 'reason',
  language: 'nb' | 'en',
): void {
  const { outcome } = expectedItem(itemId, data, language, { output });
  const label = `${itemId} ${output} ${language}`;
  if (outcome.ok) {
    expect(formulaValue, label).toEqual(outcome.value);
  } else {
    expect(formulaValue, label).toBeInstanceOf(SheetError);
    expect((formulaValue as SheetError).code, label).toBe(CODE[outcome.code]);
    expect((formulaValue as SheetError).detail, label).toBe(outcome.message);
  }
}

describe("the wiring formulas, as text, mean what the manual's rules give (expectedItem: the function table over arguments built from the rows)", () => {
  it('for random tables, every wired item, both hosts, both languages (score, metric, reason)', () => {
    fc.assert(
      fc.property(
        tableData,
        fc.constantFrom<'nb' | 'en'>('nb', 'en'),
        fc.constantFrom<'excel' | 'sheets'>('excel', 'sheets'),
        (data, language, host) => {
          const book = bookFromTables(data, language);
          for (const itemId of wiredItemIds()) {
            for (const output of ['score', 'metric', 'reason'] as const) {
              const formula = itemFormula(itemId, host, language, output === 'score' ? {} : { output });
              expectSame(itemId, data, book.book.evaluate(formula, 'IPS'), output, language);
            }
          }
        },
      ),
      { numRuns: 40, seed: 20250301 },
    );
  });

  it('with a larger capacity the ranges reach further rows, and expectedItem agrees', () => {
    const rows: Row[] = Array.from({ length: 2500 }, (_, i) => ({
      participant: `P${i}`,
      jobTitle: ['Kokk', 'Sjåfør', 'Renholder'][i % 3]!,
      employer: `Bedrift ${i % 40}`,
      competitive: i % 10 !== 0,
    }));
    const data: TableData = { staff: [{ specialist: 'A', role: 'specialist' }], jobs: rows };
    const capacity = { jobs: 3000 };
    expect(() => expectedItem('services.competitive_jobs', data, 'nb')).toThrow(/2500 rows; the sheet holds 1998/);
    const book = bookFromTables(data, 'nb', { capacity });
    const formula = itemFormula('services.competitive_jobs', 'excel', 'nb', { output: 'metric', capacity });
    expect(formula).toContain("'Jobber'!$J$3:$J$3002");
    const { outcome } = expectedItem('services.competitive_jobs', data, 'nb', { output: 'metric', capacity });
    expect(outcome).toEqual({ ok: true, value: 90 });
    expect(book.book.evaluate(formula, 'IPS')).toBe(90);
  });
});
