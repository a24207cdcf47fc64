import type { ChartPlan, ChartSeriesPlan, ColorScalePlan, SeriesKind } from '../core/workbook/chart-plan';
import { isOwnColorScale, type FoundColorStop } from '../core/workbook/color-scale';
import { cellAddress, type RangeRect } from '../core/workbook/plan';
import type { Language } from '../core/text';

/**
 * ChartPlans as Office.js operations. Native charts are built series by series (the series of a
 * plan are separate columns, not one block), which needs ExcelApi 1.7 (series.add, setValues,
 * setXAxisValues, per-series chartType, lineStyle, markerStyle, hasDataLabels, a DateAxis
 * category axis). The level bands are stacked-area series under the data series: Excel draws
 * area groups behind line and column groups. Heat maps are colour-scale conditional formats
 * (ExcelApi 1.6).
 *
 * Excel has no API for a chart's alt text (only shapes, tables and PivotTables have
 * altTextDescription), so `altText` is not written; the title is.
 */

/** ExcelApi version native charts need. */
export const CHARTS_API = '1.7';
/** ExcelApi version Chart.activate (selecting a chart) needs. */
export const SHOW_CHART_API = '1.9';
/** ExcelApi version a value axis's number format (rates as %) needs; older Excel shows the fractions. */
export const AXIS_FORMAT_API = '1.8';
/** ExcelApi version colour-scale conditional formats need. */
export const HEATMAP_API = '1.6';

/** Plans give sizes in pixels; Excel positions charts in points (96 px = 72 pt). */
const POINTS_PER_PIXEL = 0.75;
/** Columns between the data and a chart placed without a placement. */
const DEFAULT_GAP = 1;

export type ExcelChartType = 'Line' | 'ColumnClustered' | 'AreaStacked';

export function isHeatmap(plan: ChartPlan): boolean {
  return plan.kind === 'heatmap-by-conditional-format';
}

/** The sheet a native chart goes on: its placement's, else its source sheet. */
export function chartSheetOf(plan: ChartPlan): string {
  return plan.placement?.sheet ?? plan.sourceSheet;
}

export function excelChartType(kind: SeriesKind): ExcelChartType {
  return kind === 'column' ? 'ColumnClustered' : kind === 'area' ? 'AreaStacked' : 'Line';
}

/** How a series is drawn: its own kind in a combination chart, else the chart's. */
export function seriesKindOf(plan: ChartPlan, series: ChartSeriesPlan): SeriesKind {
  return series.seriesKind ?? (plan.kind === 'column' ? 'column' : 'line');
}

function usable(rect: RangeRect | undefined): rect is RangeRect {
  return !!rect && rect.rows > 0 && rect.columns > 0;
}

/** The series a chart can draw: those with at least one cell. */
export function drawnSeries(plan: ChartPlan): ChartSeriesPlan[] {
  return plan.series.filter((series) => usable(series.values));
}

/** The last plan per (sheet, id): a call never makes two charts with one id on a sheet. */
export function latestPerId(charts: readonly ChartPlan[]): ChartPlan[] {
  const byKey = new Map<string, ChartPlan>();
  for (const plan of charts) {
    const sheet = isHeatmap(plan) ? plan.sourceSheet : chartSheetOf(plan);
    const key = `${sheet.toLowerCase()}\u0000${plan.id}`;
    byKey.delete(key);
    byKey.set(key, plan);
  }
  return [...byKey.values()];
}

/** The colour scale as Excel's criteria: numbers, as the plan gives them. */
export function colorScaleCriteria(scale: ColorScalePlan): Excel.ConditionalColorScaleCriteria {
  const stop = (value: number, color: string): Excel.ConditionalColorScaleCriterion => ({
    formula: String(value),
    type: 'Number',
    color,
  });
  return {
    minimum: stop(scale.min.value, scale.min.color),
    ...(scale.mid ? { midpoint: stop(scale.mid.value, scale.mid.color) } : {}),
    maximum: stop(scale.max.value, scale.max.color),
  };
}

/** Where a chart without a placement goes: right of its data, at the top. */
function defaultAnchor(plan: ChartPlan): { row: number; column: number } {
  const rects = [plan.categories, ...plan.series.map((series) => series.values)].filter(usable);
  const right = Math.max(0, ...rects.map((rect) => rect.column + rect.columns));
  return { row: 0, column: right + DEFAULT_GAP };
}

function styleSeries(series: Excel.ChartSeries, plan: ChartPlan, seriesPlan: ChartSeriesPlan): void {
  const kind = seriesKindOf(plan, seriesPlan);
  const chartKind = plan.kind === 'column' ? 'column' : 'line';
  if (kind !== chartKind) series.chartType = excelChartType(kind);
  const band = seriesPlan.role === 'band';
  if (kind === 'line') {
    series.format.line.color = seriesPlan.color;
    series.format.line.weight = band ? 1.5 : 2.25;
    series.format.line.lineStyle = seriesPlan.dashed ? 'Dash' : 'Continuous';
    series.markerStyle = band ? 'None' : 'Circle';
    if (!band) {
      series.markerBackgroundColor = seriesPlan.color;
      series.markerForegroundColor = seriesPlan.color;
    }
  } else {
    series.format.fill.setSolidColor(seriesPlan.color);
    // A band is a flat tint: no outline between it and its neighbours.
    if (kind === 'area') series.format.line.lineStyle = 'None';
  }
  if (band && seriesPlan.values.rows > 0) {
    // The band's name on it, at its first point (left, as the preview draws it), besides the legend.
    const point = series.points.getItemAt(0);
    point.hasDataLabel = true;
    point.dataLabel.showSeriesName = true;
    point.dataLabel.showValue = false;
  }
  if (seriesPlan.valueLabels) series.hasDataLabels = true;
}

/**
 * Queues one native chart: created from its first series, named after the plan's id (so the next
 * write finds and replaces it), further series added one by one on their own ranges.
 */
export function queueChart(
  target: Excel.Worksheet,
  source: Excel.Worksheet,
  plan: ChartPlan,
  language: Language,
  axisFormat = true,
): Excel.Chart | null {
  const series = drawnSeries(plan);
  if (series.length === 0 || plan.kind === 'heatmap-by-conditional-format') return null;
  const rangeOf = (rect: RangeRect) => source.getRangeByIndexes(rect.row, rect.column, rect.rows, rect.columns);
  const categories = usable(plan.categories) ? plan.categories : null;
  const first = series[0]!;
  const chart = target.charts.add(
    excelChartType(plan.kind === 'column' ? 'column' : 'line'),
    rangeOf(first.values),
    'Columns',
  );
  chart.name = plan.id;
  chart.title.text = plan.title[language];
  chart.legend.position = 'Bottom';
  if (plan.valueAxis) {
    const axis = chart.axes.valueAxis;
    axis.minimum = plan.valueAxis.min;
    axis.maximum = plan.valueAxis.max;
    if (plan.valueAxis.majorUnit !== undefined) axis.majorUnit = plan.valueAxis.majorUnit;
    axis.title.text = plan.valueAxis.title[language];
    if (plan.valueAxis.numberFormat && axisFormat) axis.numberFormat = plan.valueAxis.numberFormat;
  }
  if (categories) {
    // A date axis places reviews in proportion to the time between them; other categories are labels.
    chart.axes.categoryAxis.categoryType = plan.categoryAxis === 'date' ? 'DateAxis' : 'TextAxis';
  }
  if (plan.categoryAxisTitle) chart.axes.categoryAxis.title.text = plan.categoryAxisTitle[language];
  series.forEach((seriesPlan, index) => {
    let added: Excel.ChartSeries;
    if (index === 0) {
      added = chart.series.getItemAt(0);
      added.name = seriesPlan.name[language];
    } else {
      added = chart.series.add(seriesPlan.name[language]);
      added.setValues(rangeOf(seriesPlan.values));
    }
    if (categories) added.setXAxisValues(rangeOf(categories));
    styleSeries(added, plan, seriesPlan);
  });
  const anchor = plan.placement ?? defaultAnchor(plan);
  chart.setPosition(cellAddress(anchor.row, anchor.column));
  if (plan.placement) {
    chart.width = plan.placement.width * POINTS_PER_PIXEL;
    chart.height = plan.placement.height * POINTS_PER_PIXEL;
  }
  return chart;
}

/** Queues a heat map: a colour-scale conditional format on the plan's range. */
export function queueHeatmap(range: Excel.Range, plan: ChartPlan): void {
  if (!plan.heatmap) return;
  const format = range.conditionalFormats.add('ColorScale');
  format.colorScale.criteria = colorScaleCriteria(plan.heatmap.colorScale);
}

function foundStop(criterion: Excel.ConditionalColorScaleCriterion | null | undefined): FoundColorStop | null {
  if (!criterion) return null;
  return { isNumber: criterion.type === 'Number', value: criterion.formula, color: criterion.color };
}

/**
 * Whether a conditional format (loaded with type and colorScaleOrNullObject/criteria) is a heat
 * map the add-in made with this plan's colour scale; the user's own are never deleted.
 */
export function isOwnHeatmapFormat(format: Excel.ConditionalFormat, plan: ChartPlan): boolean {
  if (format.type !== 'ColorScale' || !plan.heatmap) return false;
  const scale = format.colorScaleOrNullObject;
  if (scale.isNullObject) return false;
  const { minimum, midpoint, maximum } = scale.criteria;
  return isOwnColorScale(
    { min: foundStop(minimum), mid: foundStop(midpoint), max: foundStop(maximum) },
    plan.heatmap.colorScale,
  );
}
