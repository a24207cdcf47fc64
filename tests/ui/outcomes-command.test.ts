/**
 * The outcome commands (src/ui/commands/outcomes.ts) over the preview workbook: the «Resultater»
 * sheet is created, filled as a user would, and read into indicators and chart series.
 */
import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../src/preview/memory-workbook';
import { createResultsSheet, readOutcomes, writeOutcomeCharts } from '../../src/ui/commands/outcomes';
import { SERVICE_SHEET_LAYOUT } from '../../src/core/history/charts';
import { ALL_SERVICES_EMPLOYMENT_CHART_ID, EMPLOYMENT_CHART_ID } from '../../src/core/outcomes/charts';
import type { Conflict } from '../../src/core/workbook/plan';
import { OUTCOME_QUARTERS, OUTCOME_ROWS, OUTCOME_SERVICE } from '../core/outcomes/outcome-fixture';

const NAMES = { charts: 'IPS-diagram Fiktiv Team Nord', overview: 'IPS-oversikt' };

/** «Resultater» as a user fills it in: the pane makes the sheet, the user types the rows. */
async function withResults(rows = OUTCOME_ROWS) {
  const workbook = new MemoryWorkbook();
  await createResultsSheet(workbook, 'nb', async () => true);
  rows.forEach((row, index) => {
    const at = index + 3;
    workbook.setCellAt('Resultater', `A${at}`, row.service);
    workbook.setCellAt('Resultater', `B${at}`, row.quarter.id);
    workbook.setCellAt('Resultater', `D${at}`, row.served);
    workbook.setCellAt('Resultater', `E${at}`, row.employed);
  });
  return workbook;
}

describe('outcome commands', () => {
  it('reads nothing before the sheet exists', async () => {
    expect(await readOutcomes(new MemoryWorkbook(), 'nb')).toEqual({
      present: false,
      rows: [],
      indicators: [],
      series: [],
    });
  });

  it('creates «Resultater», and reads the rows a user typed into indicators and series', async () => {
    const workbook = new MemoryWorkbook();
    expect((await createResultsSheet(workbook, 'nb', async () => true)).written).toBe(true);
    expect(workbook.valueAt('Resultater', 'B1')).toBe('Kvartal');
    workbook.setCellAt('Resultater', 'A3', 'Nordby');
    workbook.setCellAt('Resultater', 'B3', '2025-K3');
    workbook.setCellAt('Resultater', 'C3', 'JS1');
    workbook.setCellAt('Resultater', 'D3', 20);
    workbook.setCellAt('Resultater', 'E3', 7);
    workbook.setCellAt('Resultater', 'F3', 4);
    const read = await readOutcomes(workbook, 'nb');
    expect(read.present).toBe(true);
    expect(read.indicators.map((entry) => [entry.specialist, entry.quarter, entry.status])).toEqual([
      ['JS1', '2025-Q3', 'monthlyMentoring'],
    ]);
    expect(read.series.map((entry) => [entry.service, entry.points[0]!.band])).toEqual([
      ['Nordby', 'minimal'],
      ['', 'minimal'],
    ]);
    // Creating it again over the user's rows changes none of them and asks nothing.
    const again = await createResultsSheet(workbook, 'nb', async () => {
      throw new Error('asked');
    });
    expect(again.written).toBe(true);
    expect(workbook.valueAt('Resultater', 'A3')).toBe('Nordby');
  });
});

describe('writeOutcomeCharts: the employment rate beside fidelity', () => {
  it('writes the service’s table and chart under its total over time, and all services on the overview', async () => {
    const workbook = await withResults();
    const asked: Conflict[][] = [];
    const outcome = await writeOutcomeCharts(
      workbook,
      { language: 'en', service: ' fiktiv organisasjon', names: NAMES },
      async (conflicts) => (asked.push([...conflicts]), true),
    );
    expect(outcome.written).toBe(true);
    expect(outcome.sheets).toEqual([NAMES.charts, NAMES.overview]);
    expect(asked).toEqual([]);
    const [chart] = workbook.chartsOf(NAMES.charts);
    expect(chart!.id).toBe(EMPLOYMENT_CHART_ID);
    expect(workbook.chartsOf(NAMES.overview).map((plan) => plan.id)).toEqual([ALL_SERVICES_EMPLOYMENT_CHART_ID]);
    // The rates show as percentages, one row per quarter, under the charts.
    const first = SERVICE_SHEET_LAYOUT.outcomeDataRow + 2;
    expect(workbook.text(NAMES.charts, first - 1, 3)).toBe('Employment rate');
    expect(
      OUTCOME_QUARTERS.map((_, index) => [
        workbook.text(NAMES.charts, first + index, 0),
        workbook.text(NAMES.charts, first + index, 3),
      ]),
    ).toEqual([
      ['2024-Q3', '25.0%'],
      ['2024-Q4', '35.0%'],
      ['2025-Q1', '40.9%'],
      ['2025-Q2', '45.0%'],
      ['2025-Q3', '52.0%'],
      ['2025-Q4', '60.0%'],
    ]);
    expect(outcome.message.en).toContain(NAMES.charts);
  });

  it('asks before writing over a user’s cells under the charts, and keeps them when told no', async () => {
    const workbook = await withResults();
    const row = SERVICE_SHEET_LAYOUT.outcomeDataRow + 3;
    workbook.setCellAt(NAMES.charts, `B${row}`, 'my note');
    const asked: Conflict[][] = [];
    const outcome = await writeOutcomeCharts(
      workbook,
      { language: 'nb', service: OUTCOME_SERVICE, names: NAMES },
      async (conflicts) => (asked.push([...conflicts]), false),
    );
    expect(outcome.written).toBe(false);
    expect(asked.flat().map((conflict) => [conflict.address, conflict.existing])).toEqual([[`B${row}`, 'my note']]);
    expect(workbook.valueAt(NAMES.charts, `B${row}`)).toBe('my note');
    expect(workbook.chartsOf(NAMES.charts)).toEqual([]);
  });

  it('regenerates its own table when the results grow, without asking', async () => {
    const workbook = await withResults(OUTCOME_ROWS.slice(0, 3));
    const never = async () => {
      throw new Error('asked');
    };
    const options = { language: 'nb' as const, service: OUTCOME_SERVICE, names: NAMES };
    expect((await writeOutcomeCharts(workbook, options, never)).written).toBe(true);
    workbook.setCellAt('Resultater', 'A6', OUTCOME_SERVICE);
    workbook.setCellAt('Resultater', 'B6', '2025-K2');
    workbook.setCellAt('Resultater', 'D6', 40);
    workbook.setCellAt('Resultater', 'E6', 18);
    workbook.setCellAt('Resultater', 'B4', '2024-K1');
    expect((await writeOutcomeCharts(workbook, options, never)).written).toBe(true);
    const first = SERVICE_SHEET_LAYOUT.outcomeDataRow + 2;
    expect([0, 1, 2, 3].map((index) => workbook.text(NAMES.charts, first + index, 0))).toEqual([
      '2024-Q1',
      '2024-Q3',
      '2025-Q1',
      '2025-Q2',
    ]);
  });

  it('says what is missing when «Resultater» is not there or has no rows for the service', async () => {
    const none = await writeOutcomeCharts(
      new MemoryWorkbook(),
      { language: 'nb', service: OUTCOME_SERVICE, names: NAMES },
      async () => true,
    );
    expect(none).toMatchObject({ written: false, sheets: [] });
    expect(none.message.nb).toContain('Lag arket «Resultater»');
    const other = await writeOutcomeCharts(
      await withResults(OUTCOME_ROWS.slice(0, 2)),
      { language: 'en', service: 'Ukjent', names: NAMES },
      async () => true,
    );
    expect(other.written).toBe(false);
    expect(other.message.en).toBe('“Results” has no rows for “Ukjent” yet.');
  });
});
