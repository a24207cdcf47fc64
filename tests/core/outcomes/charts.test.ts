import { describe, expect, it } from 'vitest';
import { SERVICE_SHEET_LAYOUT, serviceChartsPlan } from '../../../src/core/history/charts';
import {
  ALL_SERVICES_EMPLOYMENT_CHART_ID,
  allServicesEmploymentCharts,
  chartRate,
  EMPLOYMENT_CHART_ID,
  employmentBands,
  RATE_FORMAT,
  SERVICE_LINE_COLORS,
  serviceEmploymentCharts,
} from '../../../src/core/outcomes/charts';
import { EMPLOYMENT_RATE_BANDS, employmentBand } from '../../../src/core/outcomes/employment-rate';
import { employmentSeries, type EmploymentSeries } from '../../../src/core/outcomes/employment-series';
import type { PlanValue, RangeRect, SheetPlan } from '../../../src/core/workbook/plan';
import { OUTCOME_QUARTERS, OUTCOME_ROWS, OUTCOME_SERVICE, outcomeSeries } from './outcome-fixture';

/** The values a plan writes in a one-column range. */
function columnValues(plan: SheetPlan, rect: RangeRect): PlanValue[] {
  const block = plan.blocks[0]!;
  return Array.from(
    { length: rect.rows },
    (_, r) => block.values[rect.row - block.row + r]![rect.column - block.column]!,
  );
}

const { own } = outcomeSeries();

describe('outcome chart plans: employment rate per quarter with the benchmark bands', () => {
  it('stacks the employment-rate bands from the band table over 0–100 % without a gap', () => {
    const bands = employmentBands();
    expect(bands.map((band) => [band.from, band.to])).toEqual([
      [0, 0.31],
      [0.31, 0.41],
      [0.41, 0.5],
      [0.5, 1],
    ]);
    // Each band starts where the one below ends; the thicknesses add up to 100 %.
    bands.slice(1).forEach((band, index) => expect(band.from).toBe(bands[index]!.to));
    expect(bands.reduce((sum, band) => sum + band.thickness, 0)).toBeCloseTo(1, 12);
    // Lowest edges come from the one band table, not restated.
    expect(bands.map((band) => band.from * 100).sort((a, b) => b - a)).toEqual(
      EMPLOYMENT_RATE_BANDS.map((band) => band.minPercent),
    );
  });

  it('fills every band column for every quarter, so the bands cover the whole chart', () => {
    const { data, chart } = serviceEmploymentCharts(own, { sheet: 'IPS-diagram S', language: 'nb' });
    const bandSeries = chart.series.filter((series) => series.role === 'band');
    expect(bandSeries).toHaveLength(4);
    for (const series of bandSeries) {
      expect(series.seriesKind).toBe('area');
      expect(series.values.rows).toBe(OUTCOME_QUARTERS.length);
      expect(columnValues(data, series.values)).toEqual(new Array(OUTCOME_QUARTERS.length).fill(series.constant));
    }
    expect(chart.valueAxis).toMatchObject({ min: 0, max: 1, numberFormat: '0%' });
    expect(columnValues(data, chart.categories!)).toEqual(OUTCOME_QUARTERS.map(([quarter]) => quarter));
  });

  it('writes the rate as a fraction with a % format, cut so a point is never lifted into the band above', () => {
    const { data, chart } = serviceEmploymentCharts(own, { sheet: 'IPS-diagram S', language: 'nb' });
    const rate = chart.series.find((series) => series.role === 'data')!;
    expect(rate.valueLabels).toBe(true);
    const values = columnValues(data, rate.values) as number[];
    expect(values).toEqual([0.25, 0.35, 0.409, 0.45, 0.52, 0.6]);
    // 34 of 83 is 40.96 %: band «Minimum», and the written rate stays under the 41 % edge.
    expect(employmentBand(34, 83).id).toBe('minimal');
    expect(values[2]!).toBeLessThan(0.41);
    expect(
      data.formats!.some(
        (format) =>
          format.numberFormat === RATE_FORMAT &&
          format.range.column === rate.values.column &&
          format.range.row === rate.values.row &&
          format.range.rows === rate.values.rows,
      ),
    ).toBe(true);
    expect(chartRate({ served: 0, employed: 0 })).toBe('');
  });

  it('sits under the total over time on the service chart sheet, its table under the charts in A–H', () => {
    const { data, chart } = serviceEmploymentCharts(own, { sheet: 'IPS-diagram S', language: 'nb' });
    expect(chart.id).toBe(EMPLOYMENT_CHART_ID);
    expect(chart.placement).toMatchObject({
      sheet: 'IPS-diagram S',
      column: 0,
      row: SERVICE_SHEET_LAYOUT.employmentRate.row,
    });
    // Clear of the fidelity charts and their data (which starts at column I and is on rows the charts do not use).
    expect(data.blocks[0]!.row).toBeGreaterThanOrEqual(SERVICE_SHEET_LAYOUT.outcomeDataRow);
    expect(data.blocks[0]!.values[1]!.length).toBeLessThanOrEqual(8);
    const trend = {
      service: OUTCOME_SERVICE,
      team: 'T',
      points: [],
      itemIds: [],
      matrix: [],
    } as unknown as Parameters<typeof serviceChartsPlan>[0];
    const fidelity = serviceChartsPlan(trend, { sheet: 'IPS-diagram S', language: 'nb' });
    const [total, sections] = fidelity.charts;
    expect(total!.placement!.row + total!.placement!.height / 20).toBeLessThanOrEqual(chart.placement!.row);
    expect(chart.placement!.row + chart.placement!.height / 20).toBeLessThanOrEqual(sections!.placement!.row);
    expect(sections!.placement!.row + sections!.placement!.height / 20).toBeLessThanOrEqual(data.blocks[0]!.row);
  });

  it('shows titles, axes, series and table headers in the pane’s language', () => {
    const nb = serviceEmploymentCharts(own, { sheet: 'S', language: 'nb' });
    const en = serviceEmploymentCharts(own, { sheet: 'S', language: 'en' });
    expect(nb.chart.title).toEqual({ nb: 'Andel i ordinært arbeid per kvartal', en: 'Employment rate per quarter' });
    expect(nb.chart.valueAxis!.title).toEqual({ nb: 'Andel i arbeid', en: 'Employment rate' });
    expect(nb.chart.categoryAxisTitle).toEqual({ nb: 'Kvartal', en: 'Quarter' });
    expect(nb.chart.series.map((series) => series.name.nb)).toEqual([
      'Under minimum (under 31 %)',
      'Minimum (31 % til under 41 %)',
      'Gjennomsnittlig (41 % til under 50 %)',
      'Utmerket (50 % eller mer)',
      'Andel i arbeid',
    ]);
    expect(en.chart.series.map((series) => series.name.en)[3]).toBe('Excellent (50 % or more)');
    expect(nb.data.blocks[0]!.values[1]!.slice(0, 4)).toEqual([
      'Kvartal',
      'Deltakere',
      'I ordinært arbeid',
      'Andel i arbeid',
    ]);
    expect(en.data.blocks[0]!.values[1]!.slice(0, 4)).toEqual([
      'Quarter',
      'Participants',
      'In competitive work',
      'Employment rate',
    ]);
    expect(nb.data.blocks[0]!.values[0]![0]).toBe(`Andel i arbeid – ${OUTCOME_SERVICE}`);
  });

  it('draws all services together on the overview, under the fidelity comparison', () => {
    const { data, chart } = allServicesEmploymentCharts(employmentSeries(OUTCOME_ROWS), {
      sheet: 'IPS-oversikt',
      language: 'en',
    });
    expect(chart.id).toBe(ALL_SERVICES_EMPLOYMENT_CHART_ID);
    expect(chart.title.en).toBe('Employment rate per quarter, all services');
    expect(chart.placement).toMatchObject({ sheet: 'IPS-oversikt', row: 20, column: 0 });
    expect(data.blocks[0]!.values[0]![0]).toBe('Employment rate – All services');
    // Summed per quarter: 2025-Q1 is (34 + 6) of (83 + 20).
    const rate = chart.series.find((series) => series.name.en === 'All services')!;
    expect(columnValues(data, chart.categories!)[2]).toBe('2025-Q1');
    expect(columnValues(data, rate.values)[2]).toBe(Math.floor((40 * 1000) / 103) / 1000);
  });
});

describe('the across-services outcome chart: one line per service', () => {
  const all = employmentSeries(OUTCOME_ROWS);
  const { data, chart } = allServicesEmploymentCharts(all, { sheet: 'IPS-oversikt', language: 'nb' });
  const lines = chart.series.filter((series) => series.role === 'data');

  it('draws each service as a line named after it in the legend, and all services as a dashed black line', () => {
    expect(lines.map((line) => line.name.nb)).toEqual(['Annen tjeneste', OUTCOME_SERVICE, 'Alle tjenester']);
    expect(lines.map((line) => line.name.en)).toEqual(['Annen tjeneste', OUTCOME_SERVICE, 'All services']);
    expect(lines.map((line) => [line.color, line.dashed ?? false])).toEqual([
      [SERVICE_LINE_COLORS[0], false],
      [SERVICE_LINE_COLORS[1], false],
      ['#000000', true],
    ]);
    // The bands stay behind the lines, and the table's header names each line's column.
    expect(chart.series.slice(0, 4).every((series) => series.role === 'band')).toBe(true);
    const head = data.blocks[0]!.values[1]!;
    for (const line of lines) expect(head[line.values.column]).toBe(line.name.nb);
    expect(chart.altText.nb).toContain(`én linje per tjeneste (Annen tjeneste, ${OUTCOME_SERVICE})`);
  });

  it("writes each service's rate per quarter, cut as the single-service chart, blank where it has no row", () => {
    const quarters = columnValues(data, chart.categories!);
    expect(quarters).toEqual(OUTCOME_QUARTERS.map(([quarter]) => quarter));
    const other = columnValues(data, lines[0]!.values);
    expect(other).toEqual(['', '', 0.3, 0.4, 0.45, 0.55]);
    const own = columnValues(data, lines[1]!.values);
    expect(own).toEqual(OUTCOME_QUARTERS.map(([, served, employed]) => chartRate({ served, employed })));
    // Every rate column and band column carries the % format.
    const rateFormat = data.formats!.find(
      (format) => format.numberFormat === RATE_FORMAT && format.range.column === 3,
    )!;
    expect(rateFormat.range.columns).toBe(3);
    for (const band of chart.series.filter((series) => series.role === 'band'))
      expect(columnValues(data, band.values).every((value) => typeof value === 'number' && value > 0)).toBe(true);
  });

  it('keeps the Okabe–Ito palette for many services, dashed when the colours come round again', () => {
    const many: EmploymentSeries[] = Array.from({ length: 9 }, (_, index) => ({
      service: `Tjeneste ${index + 1}`,
      points: [{ quarter: '2025-Q1', served: 10, employed: index, rate: index / 10, band: null }],
    }));
    const { chart: crowded } = allServicesEmploymentCharts([...many, { service: '', points: many[0]!.points }], {
      sheet: 'IPS-oversikt',
      language: 'en',
    });
    const drawn = crowded.series.filter((series) => series.role === 'data').slice(0, 9);
    expect(drawn.map((line) => line.color)).toEqual([
      ...SERVICE_LINE_COLORS,
      SERVICE_LINE_COLORS[0],
      SERVICE_LINE_COLORS[1],
    ]);
    expect(drawn.map((line) => line.dashed)).toEqual([false, false, false, false, false, false, false, true, true]);
    expect(new Set(SERVICE_LINE_COLORS).size).toBe(SERVICE_LINE_COLORS.length);
  });
});
