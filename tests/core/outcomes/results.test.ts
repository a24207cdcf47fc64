/**
 * Outcomes beside fidelity (issue 12): the «Resultater» input table written and read back, the
 * supervisor indicators per specialist (Organisasjon 5: three job starts a quarter, 45 % employed;
 * under 40 % or under three starts: monthly field mentoring), and the chart data per quarter.
 */
import { describe, expect, it } from 'vitest';
import { rowsBlock, TABLE_LAYOUT, tableSheetPlan } from '../../../src/core/inputs/tables';
import { EMPLOYMENT_BAND_LINES, employmentSeries } from '../../../src/core/outcomes/employment-series';
import {
  RESULTS_FIRST_DATA_ROW,
  RESULTS_TABLE,
  readQuarter,
  readResultsRows,
  type ResultsRow,
} from '../../../src/core/outcomes/results-table';
import { specialistIndicators } from '../../../src/core/outcomes/specialist-indicators';
import { MemoryWorkbook } from '../../../src/preview/memory-workbook';

const row = (
  service: string,
  quarter: string,
  specialist: string,
  served: number,
  employed: number,
  jobStarts: number | null = null,
): ResultsRow => ({ service, quarter: readQuarter(quarter)!, specialist, served, employed, jobStarts });

describe('the «Resultater» table', () => {
  it('reads quarters written as 2025-Q1, 2025-K1, K1 2025, «1. kvartal 2025» or a date in the quarter', () => {
    for (const text of ['2025-Q1', '2025-k1', 'K1 2025', 'Q1-2025', '1. kvartal 2025', '2025-03-31'])
      expect(readQuarter(text)?.id, text).toBe('2025-Q1');
    expect(readQuarter(45_930)?.id).toBe('2025-Q3'); // 2025-09-30 as a serial
    expect(readQuarter('2025-Q5')).toBeNull();
    expect(readQuarter('')).toBeNull();
  });

  it("reads data from the input tables' first data row", () => {
    expect(RESULTS_FIRST_DATA_ROW).toBe(TABLE_LAYOUT.firstDataRow);
  });

  it('is written as an input table and read back on the preview workbook', async () => {
    const workbook = new MemoryWorkbook();
    const plan = tableSheetPlan(RESULTS_TABLE, 'nb');
    const typed = [
      { service: 'Nordby', quarter: '2025-Q1', specialist: '', served: 40, employed: 18, jobStarts: 7 },
      { service: 'Nordby', quarter: '2025-K2', specialist: 'JS1', served: 20, employed: 9, jobStarts: 3 },
      { service: '=1+1', quarter: '2025-Q2', specialist: null, served: 10, employed: 0, jobStarts: null },
    ];
    await workbook.write([
      {
        ...plan,
        blocks: [
          ...plan.blocks,
          rowsBlock(
            RESULTS_TABLE,
            typed.map((values) => ({ values })),
            'nb',
          ),
        ],
      },
    ]);
    expect(workbook.sheetNames).toContain('Resultater');
    const rows = readResultsRows(await workbook.readSheet('Resultater'));
    expect(
      rows.map((entry) => [
        entry.service,
        entry.quarter.id,
        entry.specialist,
        entry.served,
        entry.employed,
        entry.jobStarts,
      ]),
    ).toEqual([
      ['Nordby', '2025-Q1', '', 40, 18, 7],
      ['Nordby', '2025-Q2', 'JS1', 20, 9, 3],
      ['=1+1', '2025-Q2', '', 10, 0, null],
    ]);
  });

  it('refuses a row with more employed than served, or a quarter it cannot read, naming the row', () => {
    const header = [['Tjeneste'], ['help']];
    expect(() => readResultsRows([...header, ['A', '2025-Q1', '', 5, 6]])).toThrow(
      /results row 3: 6 employed is more than the 5 served/,
    );
    expect(() => readResultsRows([...header, ['A', 'våren', '', 5, 1]])).toThrow(/results row 3, quarter/);
    expect(() => readResultsRows([...header, ['A', '2025-Q1', '', 5.5, 1]])).toThrow(
      /results row 3, participants served/,
    );
  });
});

describe('supervisor indicators per specialist (Organisasjon 5)', () => {
  const indicators = specialistIndicators([
    row('S', '2025-Q1', 'met', 20, 9, 3), // 45 %, 3 starts
    row('S', '2025-Q1', 'watch', 20, 8, 4), // 40 %: not 45 %, not under 40 %
    row('S', '2025-Q1', 'fewStarts', 20, 12, 2),
    row('S', '2025-Q1', 'lowShare', 20, 7, 5), // 35 %
    row('S', '2025-Q1', 'almost', 1000, 449, 3), // 44.9 %: never rounded up to 45 %
    row('S', '2025-Q1', 'noStarts', 20, 12),
    row('S', '2025-Q1', 'noStartsLow', 20, 5),
    row('S', '2025-Q1', 'newWithStarts', 0, 0, 3), // no caseload (yet): no share to judge
    row('S', '2025-Q1', 'newFewStarts', 0, 0, 1),
    row('S', '2025-Q1', '', 200, 100, 20), // the whole service: no indicator
  ]);
  const of = (specialist: string) => indicators.find((entry) => entry.specialist === specialist)!;

  it('meets both thresholds at exactly 3 job starts and 45 %', () => {
    expect(of('met')).toMatchObject({
      status: 'met',
      meetsJobStarts: true,
      meetsEmployedShare: true,
      employedShare: 0.45,
    });
    expect(of('met').text.nb).toBe('3 jobbstarter, 9 av 20 i arbeid (45,0 %): Mål nådd: feltveiledning hvert kvartal');
    expect(of('met').text.en).toBe('3 job starts, 9 of 20 employed (45.0 %): Goals met: field mentoring each quarter');
  });

  it('asks for monthly field mentoring under three job starts or under 40 % employed; watches 40–45 %', () => {
    expect(of('watch').status).toBe('watch');
    expect(of('fewStarts')).toMatchObject({
      status: 'monthlyMentoring',
      meetsJobStarts: false,
      meetsEmployedShare: true,
    });
    expect(of('lowShare')).toMatchObject({
      status: 'monthlyMentoring',
      meetsJobStarts: true,
      meetsEmployedShare: false,
    });
    expect(of('almost')).toMatchObject({ status: 'watch', meetsEmployedShare: false });
  });

  it('says when job starts are missing, unless the share alone calls for monthly mentoring; leaves out whole-service rows', () => {
    expect(of('noStarts')).toMatchObject({ status: 'unknown', meetsJobStarts: null });
    expect(of('noStartsLow').status).toBe('monthlyMentoring');
    expect(indicators.some((entry) => entry.specialist === '')).toBe(false);
  });

  it('says an empty caseload once, and still asks for monthly mentoring under three job starts', () => {
    expect(of('newWithStarts')).toMatchObject({
      status: 'noCaseload',
      employedShare: null,
      meetsEmployedShare: null,
      text: { nb: '3 jobbstarter: Ingen i porteføljen', en: '3 job starts: No one in the caseload' },
    });
    expect(of('newFewStarts')).toMatchObject({
      status: 'monthlyMentoring',
      text: {
        nb: '1 jobbstart, ingen i porteføljen: Månedlig feltveiledning',
        en: '1 job start, no one in the caseload: Monthly field mentoring',
      },
    });
  });
});

describe('the outcome chart data', () => {
  it('gives per service the rate and band per quarter in time order, then all services summed', () => {
    const series = employmentSeries([
      row('Sørby', '2025-Q2', 'A', 10, 4),
      row('Sørby', '2025-Q2', 'B', 12, 5),
      row('Nordby', '2025-Q2', '', 1000, 409), // 40.9 %: Minimal, not Average
      row('Nordby', '2025-Q1', '', 40, 20),
      row('Nordby', '2025-Q1', 'A', 20, 3), // a service row counts over its specialists' rows
    ]);
    expect(series.map((entry) => entry.service)).toEqual(['Nordby', 'Sørby', '']);
    expect(series[0]!.points.map((point) => [point.quarter, point.rate, point.band])).toEqual([
      ['2025-Q1', 0.5, 'excellent'],
      ['2025-Q2', 0.409, 'minimal'],
    ]);
    expect(series[1]!.points).toEqual([{ quarter: '2025-Q2', served: 22, employed: 9, rate: 9 / 22, band: 'minimal' }]);
    expect(series[2]!.points.map((point) => [point.quarter, point.served, point.employed])).toEqual([
      ['2025-Q1', 40, 20],
      ['2025-Q2', 1022, 418],
    ]);
    expect(EMPLOYMENT_BAND_LINES).toEqual([
      { id: 'excellent', from: 0.5 },
      { id: 'average', from: 0.41 },
      { id: 'minimal', from: 0.31 },
    ]);
    expect(employmentSeries([])).toEqual([]);
  });
});
