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
import { bandSeries, stackedBands, type StackedBand } from '../workbook/chart-bands';

// Okabe–Ito colours (safe for the common colour-vision deficiencies) for the data series.
const TOTAL_COLOR = '#0072B2';
const SECTION_COLORS = ['#E69F00', '#009E73', '#CC79A7', '#56B4E9'] as const;
export { BAND_TINTS } from '../workbook/chart-bands';

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

/** A fidelity level as a shaded band: its name carries its range of totals, e.g. «Godkjent kvalitet (74–99)». */
export type LevelBand = StackedBand;

/**
 * The fidelity levels as shaded bands, lowest first, from the scale's levels (manual
 * [000:2396–2406]): Ikke IPS ≤ 73, Godkjent 74–99, God 100–114, Meget god 115–125. Stacked,
 * they cover the value axis from the lowest level's bottom to the top score without a gap.
 */
export function levelBands(scale: ScaleDefinition = DEFAULT_SCALE): LevelBand[] {
  const levels = [...scale.levels].sort((a, b) => a.min - b.min);
  const edges = levels.map((level, index) => {
    const range = index === 0 ? `≤ ${level.max}` : `${level.min}–${level.max}`;
    return { from: level.min, name: { nb: `${level.name.nb} (${range})`, en: `${level.name.en} (${range})` } };
  });
  return stackedBands(edges, levels[levels.length - 1]!.max);
}

/** The value axis a total is drawn on: the whole range of possible totals. */
function totalAxis(scale: ScaleDefinition): { min: number; max: number; majorUnit: number; title: Text } {
  const bands = levelBands(scale);
  return { min: bands[0]!.from, max: bands[bands.length - 1]!.to, majorUnit: 25, title: LABELS.total };
}

export interface BandColumns {
  readonly bands: readonly (LevelBand & { readonly range: RangeRect })[];
}

function column(row: number, col: number, rows: number): RangeRect {
  return { row, column: col, rows, columns: 1 };
}

function pick(textValue: Text, language: Language): string {
  return textValue[language];
}

/** The chart «Vis diagrammer» shows first on a service's chart sheet. */
export const TOTAL_OVER_TIME_CHART_ID = 'total-over-time';
/** The comparison chart on the overview of all services. */
export const OVERVIEW_CHART_ID = 'multi-service-latest-totals';

// ---------------------------------------------------------------------------------------------
// Where charts go: top left of their sheet, where the eye lands; the chart data beside them
// ---------------------------------------------------------------------------------------------

/** Pixel width of the columns under the charts (hosts set it, so the data starts right of them). */
const CHART_AREA_COLUMN_WIDTH = 100;
/** Columns under the charts: 8 × 100 px, room for a 760 px chart and a margin. */
export const CHART_AREA_COLUMNS = 8;
const CHART_SIZE = { width: 760, height: 380 } as const;
/** Rows from one chart's top to the next: 20 rows are ≥ 400 px in Excel (20 px), Sheets (21) and the preview (22). */
const CHART_ROWS = 20;

/** The i-th chart of a sheet, stacked down from A1. */
export function chartSlot(sheet: string, index: number): ChartPlacement {
  return { sheet, row: index * CHART_ROWS, column: 0, ...CHART_SIZE };
}

/**
 * A service's chart sheet shows fidelity and outcomes together (issue 12): the total over time
 * and the employment rate per quarter one above the other, low enough that both are in view on a
 * laptop with the pane open (1280 × 800); the section means below them, then the outcome data.
 * 14 rows are ≥ 280 px in Excel (20 px), Sheets (21) and the preview (22+), so the pair never overlaps.
 */
const PAIR_CHART_SIZE = { width: CHART_SIZE.width, height: 270 } as const;
const PAIR_ROWS = 14;
export const SERVICE_SHEET_LAYOUT = {
  totalOverTime: { row: 0, ...PAIR_CHART_SIZE },
  employmentRate: { row: PAIR_ROWS, ...PAIR_CHART_SIZE },
  sectionMeans: { row: 2 * PAIR_ROWS, ...CHART_SIZE },
  /** First row of the outcome data table, under the charts in columns A–H. */
  outcomeDataRow: 2 * PAIR_ROWS + CHART_ROWS,
} as const;

/** Where a chart of a service's chart sheet goes (see SERVICE_SHEET_LAYOUT). */
export function serviceSheetSlot(
  sheet: string,
  chart: 'totalOverTime' | 'employmentRate' | 'sectionMeans',
): ChartPlacement {
  return { sheet, column: 0, ...SERVICE_SHEET_LAYOUT[chart] };
}

/** The overview sheet: the fidelity comparison at A1, the employment rate of all services under it, then its data. */
export const OVERVIEW_SHEET_LAYOUT = { employmentRateSlot: 1, outcomeDataRow: 2 * CHART_ROWS } as const;

function chartAreaWidths(): number[] {
  return new Array<number>(CHART_AREA_COLUMNS).fill(CHART_AREA_COLUMN_WIDTH);
}

// ---------------------------------------------------------------------------------------------
// One service over time
// ---------------------------------------------------------------------------------------------

export interface TrendTableLayout extends BandColumns {
  readonly sheet: string;
  /** Dates (serials), one per review (rows of the over-time table). */
  readonly categories: RangeRect;
  readonly totals: RangeRect;
  readonly sectionMeans: readonly { readonly sectionId: string; readonly name: Text; readonly range: RangeRect }[];
  /** Items (rows) × reviews (columns): the scores, for the per-service heat map. */
  readonly matrix: RangeRect;
  /** First column after the tables. */
  readonly nextColumn: number;
  readonly nextRow: number;
}

export interface TrendTableOptions {
  readonly sheet: string;
  readonly language: Language;
  readonly scale?: ScaleDefinition;
  /** First column of the table (0: column A). */
  readonly column?: number;
}

/**
 * The chart-data table of one service: dates, totals, the band columns, section means; below it
 * the item-by-review matrix. From `options.column` on (charts on the same sheet go left of it).
 */
export function trendTablePlan(
  trend: ServiceTrend,
  options: TrendTableOptions,
): { plan: SheetPlan; layout: TrendTableLayout } {
  const scale = options.scale ?? DEFAULT_SCALE;
  const { language } = options;
  const left = options.column ?? 0;
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
      ...bands.map((band) => band.thickness),
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
  const at = (rect: RangeRect): RangeRect => ({ ...rect, column: rect.column + left });
  const formats: PlanFormat[] = [
    { range: at({ row: 0, column: 0, rows: 1, columns: 1 }), bold: true, fontSize: 12 },
    { range: at({ row: 1, column: 0, rows: 1, columns: width }), bold: true, fill: '#DEECF9', wrap: true },
    { range: at(column(first, 0, n)), numberFormat: 'yyyy-mm-dd', horizontalAlignment: 'left' },
    {
      range: at({ row: first, column: 3 + bands.length, rows: n, columns: scale.sections.length }),
      numberFormat: '0.00',
    },
    { range: at({ row: matrixTop, column: 0, rows: 1, columns: n + 1 }), bold: true, fill: '#DEECF9' },
    {
      range: at({ row: matrixTop + 1, column: 1, rows: trend.itemIds.length, columns: n }),
      horizontalAlignment: 'center',
    },
  ];
  const layout: TrendTableLayout = {
    sheet: options.sheet,
    categories: at(column(first, 0, n)),
    totals: at(column(first, 2, n)),
    bands: bands.map((band, index) => ({ ...band, range: at(column(first, 3 + index, n)) })),
    sectionMeans: scale.sections.map((section, index) => ({
      sectionId: section.id,
      name: section.name,
      range: at(column(first, 3 + bands.length + index, n)),
    })),
    matrix: at({ row: matrixTop + 1, column: 1, rows: trend.itemIds.length, columns: n }),
    nextColumn: left + Math.max(width, n + 1) + 1,
    nextRow: matrixTop + 1 + trend.itemIds.length + 1,
  };
  const tableWidths = [110, 150, 80, ...bands.map(() => 130), ...scale.sections.map(() => 100)];
  return {
    plan: {
      sheet: options.sheet,
      blocks: [
        { row: 0, column: left, values },
        { row: matrixTop, column: left, values: matrixRows },
      ],
      formats,
      columnWidths: [...(left > 0 ? chartAreaWidths().slice(0, left) : []), ...tableWidths],
    },
    layout,
  };
}

/** The total over time: the level bands shaded behind it, on a date axis, each point labelled (manual [000:2396–2406]). */
export function totalOverTimeChart(
  layout: TrendTableLayout,
  placement: ChartPlacement = serviceSheetSlot(layout.sheet, 'totalOverTime'),
  scale: ScaleDefinition = DEFAULT_SCALE,
): ChartPlan {
  return {
    id: TOTAL_OVER_TIME_CHART_ID,
    kind: 'line',
    title: LABELS.totalOverTime,
    altText: {
      nb: 'Linjediagram over totalskåren ved hver evaluering, plassert etter dato, med kvalitetsnivåene som skraverte felt bak.',
      en: 'Line chart of the total score at each review, placed by date, with the fidelity levels as shaded bands behind it.',
    },
    sourceSheet: layout.sheet,
    categories: layout.categories,
    categoryAxis: 'date',
    // Bands first: they are drawn underneath, and the total line over them.
    series: [
      ...bandSeries(layout.bands),
      { name: LABELS.total, values: layout.totals, role: 'data', color: TOTAL_COLOR, valueLabels: true },
    ],
    valueAxis: totalAxis(scale),
    categoryAxisTitle: LABELS.date,
    placement,
  };
}

/** The section means over time (1–5), on a date axis. */
export function sectionMeansChart(
  layout: TrendTableLayout,
  placement: ChartPlacement = serviceSheetSlot(layout.sheet, 'sectionMeans'),
): ChartPlan {
  return {
    id: 'section-means-over-time',
    kind: 'line',
    title: LABELS.sectionMeans,
    altText: {
      nb: 'Linjediagram over gjennomsnittlig skår for Bemanning, Organisasjon og Tjenester ved hver evaluering, plassert etter dato.',
      en: 'Line chart of the mean score of Staffing, Organization and Services at each review, placed by date.',
    },
    sourceSheet: layout.sheet,
    categories: layout.categories,
    categoryAxis: 'date',
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
  /** Where the charts go; defaults to the data sheet, whose tables then start right of the charts. */
  readonly chartSheet?: string;
}

/**
 * Everything for one service: the chart-data table and its three charts. The charts start at A1
 * of their sheet, one under the other, where a manager opening the sheet looks first; on the data
 * sheet the tables start right of them (column I).
 */
export function serviceChartsPlan(
  trend: ServiceTrend,
  options: ServiceChartsOptions,
): { data: SheetPlan; charts: ChartPlan[] } {
  const chartSheet = options.chartSheet ?? options.sheet;
  const sameSheet = chartSheet === options.sheet;
  const { plan, layout } = trendTablePlan(trend, {
    ...options,
    column: options.column ?? (sameSheet ? CHART_AREA_COLUMNS : 0),
  });
  return {
    data: plan,
    charts: [
      totalOverTimeChart(layout, serviceSheetSlot(chartSheet, 'totalOverTime'), options.scale),
      sectionMeansChart(layout, serviceSheetSlot(chartSheet, 'sectionMeans')),
      itemHeatmapChart(layout.sheet, layout.matrix, 'service-item-heatmap'),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// All services
// ---------------------------------------------------------------------------------------------

export interface MultiServiceTableLayout extends BandColumns {
  readonly sheet: string;
  readonly categories: RangeRect;
  readonly totals: RangeRect;
  readonly levelCounts: RangeRect;
  readonly nextColumn: number;
}

/**
 * A table of the latest review per service and team (with band columns), then counts per level.
 * It starts right of the chart area (column I) unless `options.column` says otherwise: the
 * comparison chart goes at A1.
 */
export function multiServiceTablePlan(
  summary: MultiServiceSummary,
  options: TrendTableOptions,
): { plan: SheetPlan; layout: MultiServiceTableLayout } {
  const scale = options.scale ?? DEFAULT_SCALE;
  const { language } = options;
  const left = options.column ?? CHART_AREA_COLUMNS;
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
      ...bands.map((band) => band.thickness),
    ]);
  }
  const n = summary.services.length;
  const countsTop = n + 2;
  const countRows: PlanValue[][] = [[pick(LABELS.level, language), pick(LABELS.count, language)]];
  for (const entry of summary.levelCounts) countRows.push([entry.level.name[language], entry.count]);
  const at = (rect: RangeRect): RangeRect => ({ ...rect, column: rect.column + left });
  const layout: MultiServiceTableLayout = {
    sheet: options.sheet,
    categories: at(column(1, 0, n)),
    totals: at(column(1, 2, n)),
    bands: bands.map((band, index) => ({ ...band, range: at(column(1, 6 + index, n)) })),
    levelCounts: at({ row: countsTop + 1, column: 0, rows: summary.levelCounts.length, columns: 2 }),
    nextColumn: left + head.length + 1,
  };
  return {
    plan: {
      sheet: options.sheet,
      blocks: [
        { row: 0, column: left, values },
        { row: countsTop, column: left, values: countRows },
      ],
      formats: [
        { range: at({ row: 0, column: 0, rows: 1, columns: head.length }), bold: true, fill: '#DEECF9', wrap: true },
        { range: at(column(1, 1, n)), numberFormat: 'yyyy-mm-dd', horizontalAlignment: 'left' },
        { range: at({ row: countsTop, column: 0, rows: 1, columns: 2 }), bold: true, fill: '#DEECF9' },
      ],
      // No frozen header row: it would cut through the chart at A1.
      columnWidths: [
        ...(left > 0 ? chartAreaWidths().slice(0, left) : []),
        240,
        90,
        70,
        140,
        70,
        90,
        ...bands.map(() => 130),
      ],
    },
    layout,
  };
}

/**
 * Latest total per service, one labelled column each (a service per category, so no legend is
 * needed to tell them apart), with the level bands shaded behind the columns.
 */
export function multiServiceLatestChart(
  layout: MultiServiceTableLayout,
  placement: ChartPlacement = chartSlot(layout.sheet, 0),
  scale: ScaleDefinition = DEFAULT_SCALE,
): ChartPlan {
  return {
    id: OVERVIEW_CHART_ID,
    kind: 'column',
    title: LABELS.latestTotals,
    altText: {
      nb: 'Stolpediagram over siste totalskår for hver tjeneste, med kvalitetsnivåene som skraverte felt bak.',
      en: 'Column chart of the latest total score of each service, with the fidelity levels as shaded bands behind it.',
    },
    sourceSheet: layout.sheet,
    categories: layout.categories,
    categoryAxis: 'text',
    series: [
      ...bandSeries(layout.bands),
      {
        name: LABELS.total,
        values: layout.totals,
        role: 'data',
        seriesKind: 'column',
        color: TOTAL_COLOR,
        valueLabels: true,
      },
    ],
    valueAxis: totalAxis(scale),
    categoryAxisTitle: LABELS.service,
    placement,
  };
}
