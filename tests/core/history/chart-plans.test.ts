/**
 * Issue 11, points 2 and 3: where the charts go (top left of their sheet, the data beside them)
 * and how they show the levels (shaded bands over the whole time axis from the scale's levels,
 * a date axis, value labels, texts in the pane's language, colour-blind-safe colours).
 */
import { describe, expect, test } from 'vitest';
import {
  BAND_TINTS,
  CHART_AREA_COLUMNS,
  SERVICE_SHEET_LAYOUT,
  levelBands,
  multiServiceLatestChart,
  multiServiceTablePlan,
  serviceChartsPlan,
} from '../../../src/core/history/charts';
import { historyRow, type HistoryRow } from '../../../src/core/history/table';
import { multiServiceSummary, serviceTrend } from '../../../src/core/history/trends';
import { sampleReview } from '../../../src/core/review/sample';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import type { ScaleDefinition, Score } from '../../../src/core/scale/types';
import type { ChartPlan } from '../../../src/core/workbook/chart-plan';
import { isoDateSerial, type PlanValue, type SheetPlan } from '../../../src/core/workbook/plan';
import { prng, scoresForTotal } from './generate';

const random = prng(11);

function row(reviewId: string, service: string, date: string, total: number): HistoryRow {
  const review = sampleReview();
  review.id = reviewId;
  review.service = service;
  review.team = 'T';
  review.date = date;
  const scores = scoresForTotal(total, random);
  DEFAULT_SCALE.items.forEach((item, index) => (review.items[item.id]!.consensus = scores[index]! as Score));
  return historyRow(review);
}

// Uneven gaps on purpose: a month, then two years.
const rows = [row('a', 'S', '2021-01-10', 70), row('b', 'S', '2021-02-10', 90), row('c', 'S', '2023-02-10', 110)];
const trend = serviceTrend(rows, 'S');

/** The value a plan writes at a sheet cell (0-based), or undefined. */
function cellOf(plan: SheetPlan, r: number, c: number): PlanValue | undefined {
  for (const block of plan.blocks) {
    const value = block.values[r - block.row]?.[c - block.column];
    if (value !== undefined) return value;
  }
  return undefined;
}

function relativeLuminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

describe('level bands', () => {
  test('the bands cover 25–125 without a gap, Ikke IPS ≤ 73 to Meget god 115–125', () => {
    const bands = levelBands();
    expect(bands[0]!.from).toBe(25);
    expect(bands[bands.length - 1]!.to).toBe(125);
    for (let k = 1; k < bands.length; k++) expect(bands[k]!.from).toBe(bands[k - 1]!.to);
    expect(bands.map((band) => band.name.nb)).toEqual([
      'Ikke IPS (≤ 73)',
      'Godkjent kvalitet (74–99)',
      'God kvalitet (100–114)',
      'Meget god kvalitet (115–125)',
    ]);
    // Stacked from 0, the thicknesses reach each band's top.
    let top = 0;
    for (const band of bands) {
      top += band.thickness;
      expect(top).toBe(band.to);
    }
  });

  test("the bands come from the scale's levels, not a list of their own", () => {
    const levels = [
      { min: 90, max: 125, name: { nb: 'Høy', en: 'High' } },
      { min: 25, max: 89, name: { nb: 'Lav', en: 'Low' } },
    ];
    const scale: ScaleDefinition = { ...DEFAULT_SCALE, levels };
    expect(levelBands(scale).map((band) => [band.from, band.to, band.name.en])).toEqual([
      [25, 90, 'Low (≤ 89)'],
      [90, 125, 'High (90–125)'],
    ]);
  });

  test('band tints differ by lightness alone, darker as the level rises, all light enough for labels', () => {
    const light = BAND_TINTS.map(relativeLuminance);
    for (let k = 1; k < light.length; k++) expect(light[k - 1]! - light[k]!).toBeGreaterThan(0.05);
    // Dark text (#424242, luminance ≈ 0.05) on the darkest band keeps a contrast of at least 4.5:1.
    expect((Math.min(...light) + 0.05) / (relativeLuminance('#424242') + 0.05)).toBeGreaterThan(4.5);
  });
});

describe('service charts', () => {
  const { data, charts } = serviceChartsPlan(trend, { sheet: 'IPS-diagram S', language: 'nb' });
  const [total, sections] = charts as [ChartPlan, ChartPlan, ChartPlan];

  test('charts sit at the top left of their sheet, one under the other, and the data starts right of them', () => {
    expect(total.placement).toMatchObject({ sheet: 'IPS-diagram S', row: 0, column: 0 });
    // The total and the employment rate (outcomes) are a pair at the top; the section means below them.
    const pairRow = SERVICE_SHEET_LAYOUT.employmentRate.row;
    expect(sections.placement).toMatchObject({ sheet: 'IPS-diagram S', row: 2 * pairRow, column: 0 });
    // A row is at least 20 px in every host: each chart ends before the next one starts.
    expect(total.placement!.height).toBeLessThanOrEqual(pairRow * 20);
    expect(sections.placement!.height).toBeLessThanOrEqual((SERVICE_SHEET_LAYOUT.outcomeDataRow - 2 * pairRow) * 20);
    expect(data.blocks.every((block) => block.column === CHART_AREA_COLUMNS)).toBe(true);
    const chartColumns = data.columnWidths!.slice(0, CHART_AREA_COLUMNS).reduce((sum, width) => sum + width, 0);
    expect(chartColumns).toBeGreaterThan(total.placement!.width);
    for (const series of total.series) expect(series.values.column).toBeGreaterThanOrEqual(CHART_AREA_COLUMNS);
  });

  test('the bands span every review: one band cell per date, stacking to each band’s top', () => {
    const bands = total.series.filter((series) => series.role === 'band');
    expect(bands).toHaveLength(4);
    for (const band of bands) expect(band.values.rows).toBe(total.categories!.rows);
    for (let r = 0; r < total.categories!.rows; r++) {
      let top = 0;
      for (const band of bands) {
        top += cellOf(data, band.values.row + r, band.values.column) as number;
        expect(top).toBe(band.band!.to);
      }
    }
    expect(bands.map((band) => band.band)).toEqual(levelBands().map(({ from, to }) => ({ from, to })));
  });

  test('x values are date serials on a date axis, so uneven gaps stay uneven', () => {
    for (const chart of [total, sections]) expect(chart.categoryAxis).toBe('date');
    const dates = Array.from({ length: 3 }, (_, r) =>
      cellOf(data, total.categories!.row + r, total.categories!.column),
    );
    expect(dates).toEqual(['2021-01-10', '2021-02-10', '2023-02-10'].map(isoDateSerial));
  });

  test('the total carries value labels; bands and section means do not', () => {
    expect(total.series.filter((series) => series.valueLabels).map((series) => series.name.en)).toEqual([
      'Total score',
    ]);
    expect(sections.series.some((series) => series.valueLabels)).toBe(false);
  });

  test('titles, axis titles and series names in the language asked for', () => {
    const en = serviceChartsPlan(trend, { sheet: 'IPS charts S', language: 'en' });
    const head = (plan: SheetPlan) => plan.blocks[0]!.values[1]!;
    expect(head(en.data)).toContain('Not IPS (≤ 73)');
    expect(head(data)).toContain('Ikke IPS (≤ 73)');
    expect(total.title.nb).toBe('Totalskår over tid');
    expect(en.charts[0]!.title.en).toBe('Total score over time');
    expect(en.charts[0]!.valueAxis!.title.en).toBe('Total score');
    expect(en.charts[0]!.categoryAxisTitle!.en).toBe('Date');
    expect(total.categoryAxisTitle!.nb).toBe('Dato');
  });

  test('data series use the Okabe–Ito palette', () => {
    const okabeIto = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'];
    const dataColors = [...total.series, ...sections.series].filter((s) => s.role === 'data').map((s) => s.color);
    for (const color of dataColors) expect(okabeIto).toContain(color);
    expect(new Set(sections.series.map((s) => s.color)).size).toBe(sections.series.length);
  });
});

describe('all services', () => {
  test('the comparison chart sits at A1 of the overview, the table right of it, no frozen row across it', () => {
    const summary = multiServiceSummary([...rows, row('z', 'Z', '2022-06-01', 120)]);
    const { plan, layout } = multiServiceTablePlan(summary, { sheet: 'IPS-oversikt', language: 'nb' });
    const chart = multiServiceLatestChart(layout);
    expect(chart.placement).toMatchObject({ sheet: 'IPS-oversikt', row: 0, column: 0 });
    expect(plan.blocks.every((block) => block.column === CHART_AREA_COLUMNS)).toBe(true);
    expect(plan.frozenRows ?? 0).toBe(0);
    // One labelled column per service: the services are told apart by their category labels.
    expect(cellOf(plan, chart.categories!.row, chart.categories!.column)).toBe('S – T');
    expect(chart.series.filter((s) => s.role === 'data')).toHaveLength(1);
  });
});
