import { describe, expect, test } from 'vitest';
import { historyLayout, historyRow, readHistory, type HistoryRow } from '../../../src/core/history/table';
import { multiServiceSummary, serviceTrend } from '../../../src/core/history/trends';
import { buildReport } from '../../../src/core/report/build';
import { reportHtml } from '../../../src/core/report/html';
import { sampleReview } from '../../../src/core/review/sample';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import type { Score } from '../../../src/core/scale/types';
import {
  historyHeatmapChart,
  levelBands,
  multiServiceLatestChart,
  multiServiceTablePlan,
  serviceChartsPlan,
  totalOverTimeChart,
  trendTablePlan,
} from '../../../src/core/history/charts';
import { isoDateSerial, planBounds } from '../../../src/core/workbook/plan';
import { generateHistory, scoresForTotal, prng } from './generate';

const ITEMS = DEFAULT_SCALE.items;

function row(
  reviewId: string,
  service: string,
  team: string,
  date: string,
  scores: Score[],
  extra: Partial<HistoryRow> = {},
): HistoryRow {
  const review = sampleReview();
  review.id = reviewId;
  review.service = service;
  review.team = team;
  review.date = date;
  ITEMS.forEach((item, index) => (review.items[item.id]!.consensus = scores[index]!));
  return { ...historyRow(review), ...extra };
}

const flat = (score: Score) => ITEMS.map(() => score);

describe('serviceTrend', () => {
  const up = flat(4);
  up[0] = 5;
  const rows = [
    row('b', 'Tjeneste A', 'Team 1', '2024-06-01', flat(4)), // 100
    row('a', 'Tjeneste A', 'Team 1', '2023-12-01', flat(3)), // 75 (baseline, listed out of order)
    row('x', 'Tjeneste B', 'Team 1', '2024-01-01', flat(2)),
    row('c', 'tjeneste a ', 'Team 1', '2024-12-01', up), // 101, service name in other case
  ];

  test('totals over time, oldest first, with the change since the previous review', () => {
    const trend = serviceTrend(rows, 'Tjeneste A');
    expect(trend.points.map((p) => [p.reviewId, p.date, p.total, p.change])).toEqual([
      ['a', '2023-12-01', 75, null],
      ['b', '2024-06-01', 100, 25],
      ['c', '2024-12-01', 101, 1],
    ]);
    expect(trend.points.map((p) => p.level?.name.nb)).toEqual(['Godkjent kvalitet', 'God kvalitet', 'God kvalitet']);
    expect(trend.latest.reviewId).toBe('c');
    expect(trend.previous?.reviewId).toBe('b');
    expect(trend.changeSincePrevious).toBe(1);
  });

  test('section means and the item-by-review matrix', () => {
    const trend = serviceTrend(rows, 'Tjeneste A', 'team 1');
    expect(trend.points.map((p) => p.sectionMeans)).toEqual([
      [3, 3, 3],
      [4, 4, 4],
      [4.33, 4, 4],
    ]);
    expect(trend.matrix).toHaveLength(25);
    expect(trend.matrix[0]).toEqual([3, 4, 5]);
    expect(trend.matrix[24]).toEqual([3, 4, 4]);
    expect(trend.itemChanges[0]).toEqual({ itemId: ITEMS[0]!.id, previous: 4, latest: 5, change: 1 });
    expect(trend.itemChanges[1]!.change).toBe(0);
  });

  test('one review: no previous, no change', () => {
    const trend = serviceTrend(rows, 'Tjeneste B');
    expect(trend.previous).toBeNull();
    expect(trend.changeSincePrevious).toBeNull();
    expect(trend.itemChanges[0]).toEqual({ itemId: ITEMS[0]!.id, previous: null, latest: 2, change: null });
  });

  test('several teams must not be mixed; unknown service or team is #N/A', () => {
    const withTeams = [...rows, row('d', 'Tjeneste A', 'Team 2', '2025-01-01', flat(5))];
    expect(() => serviceTrend(withTeams, 'Tjeneste A')).toThrow(/several teams \(Team 1, Team 2\): name the team/);
    expect(serviceTrend(withTeams, 'Tjeneste A', 'Team 2').points).toHaveLength(1);
    expect(() => serviceTrend(rows, 'Ukjent')).toThrow(/no reviews of "Ukjent"/);
    expect(() => serviceTrend(rows, 'Tjeneste A', 'Team 9')).toThrow(/team "Team 9"/);
  });

  test('a superseded revision is ignored', () => {
    const corrected = [...rows, row('b', 'Tjeneste A', 'Team 1', '2024-06-01', up, { revision: 1 })];
    expect(serviceTrend(corrected, 'Tjeneste A').points.map((p) => p.total)).toEqual([75, 101, 101]);
  });
});

describe('multiServiceSummary', () => {
  test('latest per service and team; counts per level', () => {
    const rows = [
      row('a1', 'A', 'T', '2023-01-01', flat(3)),
      row('a2', 'A', 'T', '2024-01-01', flat(5)), // 125 Meget god
      row('b1', 'B', 'T', '2024-02-01', flat(4)), // 100 God
      row('b2', 'B', 'T2', '2024-03-01', flat(2)), // 50 Ikke IPS
      row('c1', 'C', 'T', '2024-04-01', flat(3)), // 75 Godkjent
    ];
    const summary = multiServiceSummary(rows);
    expect(
      summary.services.map((s) => [s.service, s.team, s.latest.reviewId, s.latest.total, s.change, s.reviewCount]),
    ).toEqual([
      ['A', 'T', 'a2', 125, 50, 2],
      ['B', 'T', 'b1', 100, null, 1],
      ['B', 'T2', 'b2', 50, null, 1],
      ['C', 'T', 'c1', 75, null, 1],
    ]);
    expect(summary.levelCounts.map((entry) => [entry.level.name.nb, entry.count])).toEqual([
      ['Meget god kvalitet', 1],
      ['God kvalitet', 1],
      ['Godkjent kvalitet', 1],
      ['Ikke IPS', 1],
    ]);
    expect(summary.reviewCount).toBe(5);
    expect(summary.incomplete).toBe(0);
  });
});

describe('500 generated reviews', () => {
  const { reviews, services } = generateHistory();
  const rows = reviews.map((review) => historyRow(review));

  test('the multi-service view: 50 services, each at its latest review; counts add up', () => {
    const summary = multiServiceSummary(rows);
    expect(summary.reviewCount).toBe(500);
    expect(summary.services).toHaveLength(50);
    expect(summary.services.map((s) => s.service)).toEqual(services);
    for (const entry of summary.services) {
      const own = rows.filter((r) => r.service === entry.service);
      const latest = own.reduce((a, b) => (b.date > a.date ? b : a));
      expect(entry.latest.reviewId).toBe(latest.reviewId);
      expect(entry.latest.total).toBe(latest.total);
      expect(entry.reviewCount).toBe(10);
      expect(entry.change).toBe(latest.total! - own[own.length - 2]!.total!);
    }
    expect(summary.levelCounts.reduce((sum, entry) => sum + entry.count, 0)).toBe(50);
  });

  test('every service trend matches its own rows', () => {
    for (const service of services) {
      const trend = serviceTrend(rows, service);
      const own = rows.filter((r) => r.service === service);
      expect(trend.points.map((p) => p.total)).toEqual(own.map((r) => r.total));
      expect(trend.matrix[5]).toEqual(own.map((r) => r.scores[5]));
      for (let k = 1; k < own.length; k++) expect(trend.points[k]!.change).toBe(own[k]!.total! - own[k - 1]!.total!);
    }
  });

  test('report + trends + chart plans for all 500 reviews in well under a few seconds', () => {
    const started = performance.now();
    const summary = multiServiceSummary(rows);
    const { plan: summaryPlan, layout } = multiServiceTablePlan(summary, { sheet: 'Oversikt', language: 'nb' });
    const charts = [multiServiceLatestChart(layout), historyHeatmapChart('IPS-historikk', rows.length)];
    for (const service of services) {
      const trend = serviceTrend(rows, service);
      const { data, charts: serviceCharts } = serviceChartsPlan(trend, { sheet: `Graf ${service}`, language: 'nb' });
      expect(data.blocks.length).toBe(2);
      charts.push(...serviceCharts);
    }
    for (const review of reviews) {
      const trend = serviceTrend(rows, review.service).points.map((p) => ({
        reviewId: p.reviewId,
        date: p.date,
        total: p.total,
      }));
      reportHtml(buildReport(review, { language: 'nb', trend }));
    }
    const elapsed = performance.now() - started;
    expect(charts).toHaveLength(2 + 3 * 50);
    expect(planBounds(summaryPlan).rows).toBeGreaterThan(50);
    expect(elapsed).toBeLessThan(10_000);
  });
});

describe('chart plans', () => {
  const random = prng(7);
  const rows = [70, 85, 96, 104].map((total, k) =>
    row(`r${k}`, 'S', 'T', `202${k}-05-01`, scoresForTotal(total, random)),
  );
  const trend = serviceTrend(rows, 'S');
  const { plan, layout } = trendTablePlan(trend, { sheet: 'Graf S', language: 'nb' });

  test('the chart-data table: dates, totals, band constants, section means, item matrix', () => {
    const values = plan.blocks[0]!.values;
    expect(values[1]).toEqual([
      'Dato',
      'Evaluerings-ID',
      'Totalskår',
      'Ikke IPS (≤ 73)',
      'Godkjent kvalitet (74–99)',
      'God kvalitet (100–114)',
      'Meget god kvalitet (115–125)',
      'Bemanning',
      'Organisasjon',
      'Tjenester',
    ]);
    // Band columns hold each band's thickness in the stack: 0–74, 74–100, 100–115, 115–125.
    expect(values.slice(2, 6).map((r) => [r[0], r[2], r[3], r[4], r[5], r[6]])).toEqual([
      [isoDateSerial('2020-05-01'), 70, 74, 26, 15, 10],
      [isoDateSerial('2021-05-01'), 85, 74, 26, 15, 10],
      [isoDateSerial('2022-05-01'), 96, 74, 26, 15, 10],
      [isoDateSerial('2023-05-01'), 104, 74, 26, 15, 10],
    ]);
    // The dates are serial numbers in a date-formatted column (the hosts show them as dates).
    expect(plan.formats).toContainEqual({
      range: layout.categories,
      numberFormat: 'yyyy-mm-dd',
      horizontalAlignment: 'left',
    });
    expect(layout.totals).toEqual({ row: 2, column: 2, rows: 4, columns: 1 });
    expect(layout.bands.map((b) => [b.from, b.range.column])).toEqual([
      [25, 3],
      [74, 4],
      [100, 5],
      [115, 6],
    ]);
    const matrix = plan.blocks[1]!;
    expect(matrix.row).toBe(layout.matrix.row - 1);
    expect(matrix.values[0]).toEqual(['Punkt', '2020-05-01', '2021-05-01', '2022-05-01', '2023-05-01']);
    expect(matrix.values[1]![0]).toBe('Bemanning 1');
    expect(matrix.values.slice(1).map((r) => r.slice(1))).toEqual(trend.matrix);
  });

  test('total over time: the level bands as stacked areas under the total line, axis 25–125', () => {
    const chart = totalOverTimeChart(layout);
    expect(chart).toMatchObject({
      id: 'total-over-time',
      kind: 'line',
      sourceSheet: 'Graf S',
      categories: layout.categories,
      categoryAxis: 'date',
      valueAxis: { min: 25, max: 125 },
    });
    expect(chart.title).toEqual({ nb: 'Totalskår over tid', en: 'Total score over time' });
    expect(
      chart.series.map((s) => [s.role, s.seriesKind ?? 'line', s.constant ?? null, s.valueLabels ?? false]),
    ).toEqual([
      ['band', 'area', 74, false],
      ['band', 'area', 26, false],
      ['band', 'area', 15, false],
      ['band', 'area', 10, false],
      ['data', 'line', null, true],
    ]);
    expect(chart.series[0]!.name.nb).toBe('Ikke IPS (≤ 73)');
    expect(levelBands().map((b) => [b.from, b.to])).toEqual([
      [25, 74],
      [74, 100],
      [100, 115],
      [115, 125],
    ]);
  });

  test('service charts: section means 1–5 and the item heat map on the matrix', () => {
    const { charts } = serviceChartsPlan(trend, { sheet: 'Graf S', language: 'en', chartSheet: 'Charts' });
    expect(charts.map((c) => [c.id, c.kind])).toEqual([
      ['total-over-time', 'line'],
      ['section-means-over-time', 'line'],
      ['service-item-heatmap', 'heatmap-by-conditional-format'],
    ]);
    expect(charts[1]!.valueAxis).toMatchObject({ min: 1, max: 5 });
    expect(charts[1]!.series.map((s) => s.name.en)).toEqual(['Staffing', 'Organization', 'Services']);
    expect(charts[0]!.placement?.sheet).toBe('Charts');
    expect(charts[2]!.heatmap).toEqual({
      range: layout.matrix,
      colorScale: {
        min: { value: 1, color: '#F8696B' },
        mid: { value: 3, color: '#FFEB84' },
        max: { value: 5, color: '#63BE7B' },
      },
    });
  });

  test('the heat map on the history table covers the item columns of the data rows', () => {
    const chart = historyHeatmapChart('IPS-historikk', 12);
    expect(chart.heatmap!.range).toEqual({ row: 1, column: historyLayout().firstScore, rows: 12, columns: 25 });
    // It matches where readHistory finds the scores.
    expect(readHistory).toBeTypeOf('function');
  });

  test('multi-service: latest totals as labelled columns with the bands shaded behind', () => {
    const summary = multiServiceSummary(rows.concat(row('z', 'Z', 'T', '2024-01-01', flat(5))));
    const { plan: table, layout: multi } = multiServiceTablePlan(summary, { sheet: 'Oversikt', language: 'en' });
    expect(table.blocks[0]!.values[0]![0]).toBe('Site – Team');
    expect(table.blocks[0]!.values.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['S – T', 104, 'Good fidelity'],
      ['Z – T', 125, 'Very good fidelity'],
    ]);
    expect(table.blocks[1]!.values.slice(1)).toEqual([
      ['Very good fidelity', 1],
      ['Good fidelity', 1],
      ['Acceptable fidelity', 0],
      ['Not IPS', 0],
    ]);
    const chart = multiServiceLatestChart(multi);
    expect(chart.kind).toBe('column');
    expect(chart.series.map((s) => s.seriesKind)).toEqual(['area', 'area', 'area', 'area', 'column']);
    expect(chart.series[4]!.valueLabels).toBe(true);
    // The table starts right of the chart (column I); the chart sits at A1.
    expect(chart.categories).toEqual({ row: 1, column: 8, rows: 2, columns: 1 });
    expect(chart.placement).toMatchObject({ sheet: 'Oversikt', row: 0, column: 0 });
  });
});
