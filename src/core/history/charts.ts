/**
 * The chart builders: the history's trend tables and the ChartPlans drawn over them (the plan
 * types themselves are ground, in workbook/chart-plan.ts).
 */
import { DEFAULT_SCALE, itemLabel } from '../scale/registry';
import type { ScaleDefinition } from '../scale/types';
import type { Language, Text } from '../text';
import type { ChartPlacement, ChartPlan, ColorScalePlan } from '../workbook/chart-plan';
import { dateValue, type PlanFormat, type PlanValue, type RangeRect, type SheetPlan } from '../workbook/plan';
import { historyLayout, HISTORY_LABELS } from './table';
import type { MultiServiceSummary, ServiceTrend } from './trends';
import { TERMS } from '../i18n/terms';

const TOTAL_COLOR = '#2B579A';
const BAND_COLORS = ['#C19C00', '#498205', '#0B6A0B'] as const;
const SECTION_COLORS = ['#8764B8', '#038387', '#CA5010', '#4F6BED'] as const;

/** Colours for item scores 1–5: red (not implemented) → yellow (3) → green (fully implemented). */
export const SCORE_COLOR_SCALE: ColorScalePlan = {
  min: { value: 1, color: '#F8696B' },
  mid: { value: 3, color: '#FFEB84' },
  max: { value: 5, color: '#63BE7B' },
};

const LABELS = {
  date: TERMS.date,
  total: TERMS.totalScore,
  totalOverTime: TERMS.totalOverTime,
  sectionMeans: { nb: 'Gjennomsnittlig skår per område over tid', en: 'Mean score per section over time' },
  meanScore: { nb: 'Gjennomsnittlig skår (1–5)', en: 'Mean score (1–5)' },
  heatmap: { nb: 'Skår per evalueringspunkt', en: 'Score per item' },
  latestTotals: { nb: 'Siste totalskår per tjeneste', en: 'Latest total score per service' },
  service: TERMS.site,
  team: TERMS.team,
  level: TERMS.level,
  change: TERMS.change,
  reviews: { nb: 'Antall evalueringer', en: 'Reviews' },
  count: { nb: 'Antall', en: 'Count' },
  item: TERMS.item,
  reviewId: HISTORY_LABELS.reviewId,
} as const satisfies Record<string, Text>;

/** The level bands drawn as lines: each level's lower bound except the lowest level's (74, 100, 115). */
export function levelBands(scale: ScaleDefinition = DEFAULT_SCALE): { value: number; name: Text }[] {
  return [...scale.levels]
    .filter((level) => level.min > scale.items.length)
    .sort((a, b) => a.min - b.min)
    .map((level) => ({
      value: level.min,
      name: { nb: `${level.name.nb} (${level.min})`, en: `${level.name.en} (${level.min})` },
    }));
}

function column(row: number, col: number, rows: number): RangeRect {
  return { row, column: col, rows, columns: 1 };
}

function pick(textValue: Text, language: Language): string {
  return textValue[language];
}

// ---------------------------------------------------------------------------------------------
// One service over time
// ---------------------------------------------------------------------------------------------

export interface TrendTableLayout {
  readonly sheet: string;
  /** Dates, one per review (rows of the over-time table). */
  readonly categories: RangeRect;
  readonly totals: RangeRect;
  readonly bands: readonly { readonly value: number; readonly name: Text; readonly range: RangeRect }[];
  readonly sectionMeans: readonly { readonly sectionId: string; readonly name: Text; readonly range: RangeRect }[];
  /** Items (rows) × reviews (columns): the scores, for the per-service heat map. */
  readonly matrix: RangeRect;
  /** First column after the tables, for placing charts. */
  readonly nextColumn: number;
  readonly nextRow: number;
}

export interface TrendTableOptions {
  readonly sheet: string;
  readonly language: Language;
  readonly scale?: ScaleDefinition;
}

/**
 * The chart-data table of one service: dates, totals, the three band columns, section means;
 * below it the item-by-review matrix. Written to its own sheet (hosts may hide it).
 */
export function trendTablePlan(
  trend: ServiceTrend,
  options: TrendTableOptions,
): { plan: SheetPlan; layout: TrendTableLayout } {
  const scale = options.scale ?? DEFAULT_SCALE;
  const { language } = options;
  const bands = levelBands(scale);
  const n = trend.points.length;
  const head: PlanValue[] = [
    pick(LABELS.date, language),
    pick(LABELS.reviewId, language),
    pick(LABELS.total, language),
    ...bands.map((band) => band.name[language]),
    ...scale.sections.map((section) => section.name[language]),
  ];
  const width = head.length;
  const values: PlanValue[][] = [
    [`${trend.service} – ${trend.team}`, ...new Array<PlanValue>(width - 1).fill('')],
    head,
  ];
  for (const point of trend.points) {
    values.push([
      dateValue(point.date),
      point.reviewId,
      point.total ?? '',
      ...bands.map((band) => band.value),
      ...point.sectionMeans.map((mean) => mean ?? ''),
    ]);
  }
  const first = 2;
  const matrixTop = first + n + 1;
  values.push(new Array<PlanValue>(width).fill(''));
  const matrixHead: PlanValue[] = [pick(LABELS.item, language), ...trend.points.map((point) => point.date)];
  const matrixRows: PlanValue[][] = [matrixHead];
  trend.itemIds.forEach((itemId, index) => {
    const item = scale.items.find((candidate) => candidate.id === itemId);
    matrixRows.push([
      item ? itemLabel(item, language, scale) : itemId,
      ...trend.matrix[index]!.map((score) => score ?? ''),
    ]);
  });
  const formats: PlanFormat[] = [
    { range: { row: 0, column: 0, rows: 1, columns: 1 }, bold: true, fontSize: 12 },
    { range: { row: 1, column: 0, rows: 1, columns: width }, bold: true, fill: '#DEECF9', wrap: true },
    { range: column(first, 0, n), numberFormat: 'yyyy-mm-dd', horizontalAlignment: 'left' },
    { range: { row: first, column: 3 + bands.length, rows: n, columns: scale.sections.length }, numberFormat: '0.00' },
    { range: { row: matrixTop, column: 0, rows: 1, columns: n + 1 }, bold: true, fill: '#DEECF9' },
    { range: { row: matrixTop + 1, column: 1, rows: trend.itemIds.length, columns: n }, horizontalAlignment: 'center' },
  ];
  const layout: TrendTableLayout = {
    sheet: options.sheet,
    categories: column(first, 0, n),
    totals: column(first, 2, n),
    bands: bands.map((band, index) => ({ ...band, range: column(first, 3 + index, n) })),
    sectionMeans: scale.sections.map((section, index) => ({
      sectionId: section.id,
      name: section.name,
      range: column(first, 3 + bands.length + index, n),
    })),
    matrix: { row: matrixTop + 1, column: 1, rows: trend.itemIds.length, columns: n },
    nextColumn: Math.max(width, n + 1) + 1,
    nextRow: matrixTop + 1 + trend.itemIds.length + 1,
  };
  return {
    plan: {
      sheet: options.sheet,
      blocks: [
        { row: 0, column: 0, values },
        { row: matrixTop, column: 0, values: matrixRows },
      ],
      formats,
      columnWidths: [110, 150, 80, ...bands.map(() => 110), ...scale.sections.map(() => 100)],
    },
    layout,
  };
}

function defaultPlacement(layout: { sheet: string; nextColumn: number }, index: number): ChartPlacement {
  return { sheet: layout.sheet, row: index * 18, column: layout.nextColumn, width: 640, height: 340 };
}

/** The total over time with the level bands (manual [000:2396–2406]). */
export function totalOverTimeChart(
  layout: TrendTableLayout,
  placement: ChartPlacement = defaultPlacement(layout, 0),
): ChartPlan {
  return {
    id: 'total-over-time',
    kind: 'line',
    title: LABELS.totalOverTime,
    altText: {
      nb: 'Linjediagram over totalskåren ved hver evaluering, med grensene for kvalitetsnivåene som stiplede linjer.',
      en: 'Line chart of the total score at each review, with the fidelity-level bounds as dashed lines.',
    },
    sourceSheet: layout.sheet,
    categories: layout.categories,
    series: [
      { name: LABELS.total, values: layout.totals, role: 'data', color: TOTAL_COLOR },
      ...layout.bands.map((band, index) => ({
        name: band.name,
        values: band.range,
        role: 'band' as const,
        constant: band.value,
        color: BAND_COLORS[index % BAND_COLORS.length]!,
        dashed: true,
      })),
    ],
    valueAxis: { min: 25, max: 125, majorUnit: 25, title: LABELS.total },
    categoryAxisTitle: LABELS.date,
    placement,
  };
}

/** The section means over time (1–5). */
export function sectionMeansChart(
  layout: TrendTableLayout,
  placement: ChartPlacement = defaultPlacement(layout, 1),
): ChartPlan {
  return {
    id: 'section-means-over-time',
    kind: 'line',
    title: LABELS.sectionMeans,
    altText: {
      nb: 'Linjediagram over gjennomsnittlig skår for Bemanning, Organisasjon og Tjenester ved hver evaluering.',
      en: 'Line chart of the mean score of Staffing, Organization and Services at each review.',
    },
    sourceSheet: layout.sheet,
    categories: layout.categories,
    series: layout.sectionMeans.map((section, index) => ({
      name: section.name,
      values: section.range,
      role: 'data' as const,
      color: SECTION_COLORS[index % SECTION_COLORS.length]!,
    })),
    valueAxis: { min: 1, max: 5, majorUnit: 1, title: LABELS.meanScore },
    categoryAxisTitle: LABELS.date,
    placement,
  };
}

/** A heat map of item scores: a 1–5 colour scale as a conditional format on `range`. */
export function itemHeatmapChart(sheet: string, range: RangeRect, id = 'item-heatmap'): ChartPlan {
  return {
    id,
    kind: 'heatmap-by-conditional-format',
    title: LABELS.heatmap,
    altText: {
      nb: 'Fargeskala på skårene: rød for 1, gul for 3, grønn for 5.',
      en: 'Colour scale on the scores: red for 1, yellow for 3, green for 5.',
    },
    sourceSheet: sheet,
    series: [],
    heatmap: { range, colorScale: SCORE_COLOR_SCALE },
  };
}

/** The heat map on the history table itself: the item-score columns of its data rows. */
export function historyHeatmapChart(
  historySheet: string,
  dataRows: number,
  scale: ScaleDefinition = DEFAULT_SCALE,
): ChartPlan {
  const layout = historyLayout(scale);
  return itemHeatmapChart(
    historySheet,
    { row: 1, column: layout.firstScore, rows: Math.max(1, dataRows), columns: layout.itemCount },
    'history-heatmap',
  );
}

export interface ServiceChartsOptions extends TrendTableOptions {
  /** Where the charts go; defaults to the data sheet, right of the tables. */
  readonly chartSheet?: string;
}

/** Everything for one service: the chart-data sheet and its three charts. */
export function serviceChartsPlan(
  trend: ServiceTrend,
  options: ServiceChartsOptions,
): { data: SheetPlan; charts: ChartPlan[] } {
  const { plan, layout } = trendTablePlan(trend, options);
  const at = (index: number): ChartPlacement =>
    options.chartSheet
      ? { sheet: options.chartSheet, row: index * 18, column: 0, width: 640, height: 340 }
      : defaultPlacement(layout, index);
  return {
    data: plan,
    charts: [
      totalOverTimeChart(layout, at(0)),
      sectionMeansChart(layout, at(1)),
      itemHeatmapChart(layout.sheet, layout.matrix, 'service-item-heatmap'),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// All services
// ---------------------------------------------------------------------------------------------

export interface MultiServiceTableLayout {
  readonly sheet: string;
  readonly categories: RangeRect;
  readonly totals: RangeRect;
  readonly bands: readonly { readonly value: number; readonly name: Text; readonly range: RangeRect }[];
  readonly levelCounts: RangeRect;
  readonly nextColumn: number;
}

/** A table of the latest review per service and team (with band columns), then counts per level. */
export function multiServiceTablePlan(
  summary: MultiServiceSummary,
  options: TrendTableOptions,
): { plan: SheetPlan; layout: MultiServiceTableLayout } {
  const scale = options.scale ?? DEFAULT_SCALE;
  const { language } = options;
  const bands = levelBands(scale);
  const head: PlanValue[] = [
    `${pick(LABELS.service, language)} – ${pick(LABELS.team, language)}`,
    pick(LABELS.date, language),
    pick(LABELS.total, language),
    pick(LABELS.level, language),
    pick(LABELS.change, language),
    pick(LABELS.reviews, language),
    ...bands.map((band) => band.name[language]),
  ];
  const values: PlanValue[][] = [head];
  for (const entry of summary.services) {
    values.push([
      `${entry.service} – ${entry.team}`,
      dateValue(entry.latest.date),
      entry.latest.total ?? '',
      entry.latest.level ? entry.latest.level.name[language] : '',
      entry.change ?? '',
      entry.reviewCount,
      ...bands.map((band) => band.value),
    ]);
  }
  const n = summary.services.length;
  const countsTop = n + 2;
  const countRows: PlanValue[][] = [[pick(LABELS.level, language), pick(LABELS.count, language)]];
  for (const entry of summary.levelCounts) countRows.push([entry.level.name[language], entry.count]);
  const layout: MultiServiceTableLayout = {
    sheet: options.sheet,
    categories: column(1, 0, n),
    totals: column(1, 2, n),
    bands: bands.map((band, index) => ({ ...band, range: column(1, 6 + index, n) })),
    levelCounts: { row: countsTop + 1, column: 0, rows: summary.levelCounts.length, columns: 2 },
    nextColumn: head.length + 1,
  };
  return {
    plan: {
      sheet: options.sheet,
      blocks: [
        { row: 0, column: 0, values },
        { row: countsTop, column: 0, values: countRows },
      ],
      formats: [
        { range: { row: 0, column: 0, rows: 1, columns: head.length }, bold: true, fill: '#DEECF9', wrap: true },
        { range: column(1, 1, n), numberFormat: 'yyyy-mm-dd', horizontalAlignment: 'left' },
        { range: { row: countsTop, column: 0, rows: 1, columns: 2 }, bold: true, fill: '#DEECF9' },
      ],
      columnWidths: [240, 90, 70, 140, 70, 90, ...bands.map(() => 110)],
      frozenRows: 1,
    },
    layout,
  };
}

/** Latest total per service as columns, with the level bands as lines. */
export function multiServiceLatestChart(layout: MultiServiceTableLayout, placement?: ChartPlacement): ChartPlan {
  return {
    id: 'multi-service-latest-totals',
    kind: 'column',
    title: LABELS.latestTotals,
    altText: {
      nb: 'Stolpediagram over siste totalskår for hver tjeneste, med grensene for kvalitetsnivåene som linjer.',
      en: 'Column chart of the latest total score of each service, with the fidelity-level bounds as lines.',
    },
    sourceSheet: layout.sheet,
    categories: layout.categories,
    series: [
      { name: LABELS.total, values: layout.totals, role: 'data', seriesKind: 'column', color: TOTAL_COLOR },
      ...layout.bands.map((band, index) => ({
        name: band.name,
        values: band.range,
        role: 'band' as const,
        constant: band.value,
        seriesKind: 'line' as const,
        color: BAND_COLORS[index % BAND_COLORS.length]!,
        dashed: true,
      })),
    ],
    valueAxis: { min: 25, max: 125, majorUnit: 25, title: LABELS.total },
    categoryAxisTitle: LABELS.service,
    placement: placement ?? { sheet: layout.sheet, row: 0, column: layout.nextColumn, width: 760, height: 380 },
  };
}
