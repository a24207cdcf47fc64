import type { ChartPlan, ChartSeriesPlan, ColorScalePlan, SeriesKind } from '../../src/core/workbook/chart-plan';
import { isOwnColorScale, type FoundColorStop } from '../../src/core/workbook/color-scale';
import type { RangeRect } from '../../src/core/workbook/plan';
import type { Language } from '../../src/core/text';
import type {
  ConditionalFormatRuleLike,
  DeveloperMetadataLike,
  EmbeddedChartBuilderLike,
  EmbeddedChartLike,
  GasServices,
  GradientConditionLike,
  SheetLike,
  SpreadsheetLike,
} from './services';

/**
 * ChartPlans as Sheets charts and colour-scale rules, over SpreadsheetApp.
 *
 * Apps Script charts have no name, and options the chart does not know (say `ipsId`) are not kept,
 * so which chart belongs to which plan is stored as developer metadata on the chart's sheet: key
 * "ips-chart:<plan id>", value the chart's id (EmbeddedChart.getChartId, stable across the
 * spreadsheet). Writing a plan again removes the chart(s) its metadata names and inserts the new
 * one. Developer metadata needs only the spreadsheets.currentonly scope.
 *
 * A heat map is a gradient conditional-format rule. It replaces the add-in's own gradient rules
 * that meet its range (the previous heat map of the same table, which grows by a column or row per
 * review), known by their points (see isOwnColorScale: rules carry no name or metadata); every
 * other rule, the user's own gradients included, is kept, in order.
 *
 * The level bands are stacked area series under the data (a combo chart, `isStacked`, which
 * stacks each series type on its own); a date category column makes a continuous time axis,
 * so reviews sit in proportion to the time between them; `dataLabel: 'value'` labels the points.
 *
 * SpreadsheetApp has no call for a chart's alt text, so `altText` is not written; the title is.
 */

export const CHART_METADATA_PREFIX = 'ips-chart:';
/** Google Charts' dash pattern for band lines (dash, gap in px). */
export const BAND_DASH = [6, 4] as const;

function isHeatmap(plan: ChartPlan): boolean {
  return plan.kind === 'heatmap-by-conditional-format';
}

function chartSheetOf(plan: ChartPlan): string {
  return plan.placement?.sheet ?? plan.sourceSheet;
}

function usable(rect: RangeRect | undefined): rect is RangeRect {
  return !!rect && rect.rows > 0 && rect.columns > 0;
}

/** The last plan per (sheet, id). */
function latestPerId(charts: readonly ChartPlan[]): ChartPlan[] {
  const byKey = new Map<string, ChartPlan>();
  for (const plan of charts) {
    const key = `${isHeatmap(plan) ? plan.sourceSheet : chartSheetOf(plan)}\u0000${plan.id}`;
    byKey.delete(key);
    byKey.set(key, plan);
  }
  return [...byKey.values()];
}

function intersects(a: RangeRect, b: RangeRect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

/** A sheet-local A1 range as Range.getA1Notation gives it ("B3:D7", "A1", "A:C", "2:5"), 0-based; null if not understood. */
export function parseA1Range(a1: string): RangeRect | null {
  const columnIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const part = /^([A-Z]*)(\d*)$/;
  const [from, to = from] = a1.trim().toUpperCase().replace(/\$/g, '').split(':');
  const a = part.exec(from ?? ''),
    b = part.exec(to ?? '');
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) return null;
  const MAX = 10_000_000;
  const c1 = a[1] ? columnIndex(a[1]) : 0,
    c2 = b[1] ? columnIndex(b[1]) : MAX;
  const r1 = a[2] ? Number(a[2]) - 1 : 0,
    r2 = b[2] ? Number(b[2]) - 1 : MAX;
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    columns: Math.abs(c2 - c1) + 1,
  };
}

/** Checks what came over google.script.run before touching the spreadsheet. */
export function assertCharts(charts: unknown): asserts charts is ChartPlan[] {
  const rect = (value: unknown) => {
    const r = value as Partial<RangeRect> | undefined;
    return !!r && [r.row, r.column, r.rows, r.columns].every((n) => Number.isInteger(n) && (n as number) >= 0);
  };
  if (!Array.isArray(charts)) throw new Error('ipsWriteCharts: expected a list of chart plans');
  for (const plan of charts as Partial<ChartPlan>[]) {
    if (!plan || typeof plan.id !== 'string' || plan.id === '') throw new Error('ipsWriteCharts: a chart has no id');
    if (typeof plan.sourceSheet !== 'string' || plan.sourceSheet.trim() === '')
      throw new Error(`ipsWriteCharts: chart "${plan.id}" has no source sheet`);
    if (plan.kind !== 'line' && plan.kind !== 'column' && plan.kind !== 'heatmap-by-conditional-format') {
      throw new Error(`ipsWriteCharts: chart "${plan.id}" has an unknown kind`);
    }
    if (!Array.isArray(plan.series) || plan.series.some((series) => !series || !rect(series.values)))
      throw new Error(`ipsWriteCharts: chart "${plan.id}" has a malformed series`);
    if (plan.categories !== undefined && !rect(plan.categories))
      throw new Error(`ipsWriteCharts: chart "${plan.id}" has malformed categories`);
    if (plan.kind === 'heatmap-by-conditional-format' && (!plan.heatmap || !rect(plan.heatmap.range)))
      throw new Error(`ipsWriteCharts: heat map "${plan.id}" has no range`);
  }
}

function seriesKindOf(plan: ChartPlan, series: ChartSeriesPlan): SeriesKind {
  return series.seriesKind ?? (plan.kind === 'column' ? 'column' : 'line');
}

/** The Google Charts options of each series, by index (the category column is not a series). */
export function seriesOptions(
  plan: ChartPlan,
  series: readonly ChartSeriesPlan[],
  language: Language,
): Record<number, Record<string, unknown>> {
  const combo = series.some((s) => seriesKindOf(plan, s) !== (plan.kind === 'column' ? 'column' : 'line'));
  const options: Record<number, Record<string, unknown>> = {};
  series.forEach((s, index) => {
    const kind = seriesKindOf(plan, s);
    const band = s.role === 'band';
    const option: Record<string, unknown> = { color: s.color, labelInLegend: s.name[language] };
    if (combo) option['type'] = kind === 'column' ? 'bars' : kind === 'area' ? 'area' : 'line';
    if (kind === 'line') {
      option['lineWidth'] = band ? 1 : 2;
      option['pointSize'] = band ? 0 : 5;
      if (s.dashed) option['lineDashStyle'] = [...BAND_DASH];
    }
    // A band is an opaque tint without an outline, so the bands read as zones.
    if (kind === 'area') Object.assign(option, { areaOpacity: 1, lineWidth: 0, pointSize: 0 });
    if (s.valueLabels) option['dataLabel'] = 'value';
    options[index] = option;
  });
  return options;
}

/** Whether a plan's series mix lines and columns (a Sheets combo chart). */
function isCombo(plan: ChartPlan, series: readonly ChartSeriesPlan[]): boolean {
  const chartKind = plan.kind === 'column' ? 'column' : 'line';
  return series.some((s) => seriesKindOf(plan, s) !== chartKind);
}

/**
 * One chart, built but not inserted. The ranges are merged as columns (categories first, then
 * each series); when every range has a row above it, that row is taken in as the header (the
 * series names in the chart-data tables), and `labelInLegend` names each series as the plan does.
 */
export function buildChart(
  services: GasServices,
  target: SheetLike,
  source: SheetLike,
  plan: ChartPlan,
  language: Language,
): EmbeddedChartLike | null {
  const series = plan.series.filter((s) => usable(s.values));
  if (series.length === 0 || isHeatmap(plan)) return null;
  const { ChartType, ChartMergeStrategy } = services.charts;
  const categories = usable(plan.categories) ? plan.categories : null;
  const rects = [...(categories ? [categories] : []), ...series.map((s) => s.values)];
  const header = rects.every((rect) => rect.row >= 1) ? 1 : 0;
  const combo = isCombo(plan, series);
  const dateAxis = categories !== null && plan.categoryAxis === 'date';
  let builder: EmbeddedChartBuilderLike = target
    .newChart()
    .setChartType(combo ? ChartType.COMBO : plan.kind === 'column' ? ChartType.COLUMN : ChartType.LINE)
    .setMergeStrategy(ChartMergeStrategy.MERGE_COLUMNS);
  for (const rect of rects)
    builder = builder.addRange(
      source.getRange(rect.row + 1 - header, rect.column + 1, rect.rows + header, rect.columns),
    );
  builder = builder
    .setNumHeaders(header)
    .setOption('useFirstColumnAsDomain', categories !== null)
    // Dates make a continuous time axis; other categories are labels, evenly spaced.
    .setOption('treatLabelsAsText', !dateAxis)
    .setOption('title', plan.title[language])
    .setOption('legend', { position: 'bottom' })
    .setOption('series', seriesOptions(plan, series, language));
  if (combo) builder = builder.setOption('seriesType', plan.kind === 'column' ? 'bars' : 'line');
  if (series.some((s) => s.role === 'band')) builder = builder.setOption('isStacked', true);
  if (plan.valueAxis) {
    const { min, max, majorUnit, title, numberFormat } = plan.valueAxis;
    const vAxis: Record<string, unknown> = { title: title[language], viewWindow: { min, max } };
    if (majorUnit) vAxis['gridlines'] = { count: Math.round((max - min) / majorUnit) + 1 };
    // Google Charts number patterns follow ICU: '0%' and '0.0%' read as in Excel.
    if (numberFormat) vAxis['format'] = numberFormat;
    builder = builder.setOption('vAxis', vAxis);
  }
  const hAxis: Record<string, unknown> = {};
  if (plan.categoryAxisTitle) hAxis['title'] = plan.categoryAxisTitle[language];
  if (dateAxis) hAxis['format'] = 'yyyy-MM-dd';
  if (Object.keys(hAxis).length > 0) builder = builder.setOption('hAxis', hAxis);
  const anchor = plan.placement ?? {
    row: 0,
    column: Math.max(0, ...rects.map((rect) => rect.column + rect.columns)) + 1,
  };
  if (plan.placement)
    builder = builder.setOption('width', plan.placement.width).setOption('height', plan.placement.height);
  return builder.setPosition(anchor.row + 1, anchor.column + 1, 0, 0).build();
}

/** Whether a gradient is exactly the colour scale the add-in writes for a heat map (see isOwnColorScale). */
export function isOwnGradient(services: GasServices, gradient: GradientConditionLike, scale: ColorScalePlan): boolean {
  const number = services.spreadsheetApp.InterpolationType.NUMBER;
  const point = (
    type: GoogleAppsScript.Spreadsheet.InterpolationType | null,
    value: string,
    color: string,
  ): FoundColorStop | null => (type === null ? null : { isNumber: type === number, value, color });
  return isOwnColorScale(
    {
      min: point(gradient.getMinType(), gradient.getMinValue(), gradient.getMinColor()),
      mid: point(gradient.getMidType(), gradient.getMidValue(), gradient.getMidColor()),
      max: point(gradient.getMaxType(), gradient.getMaxValue(), gradient.getMaxColor()),
    },
    scale,
  );
}

function gradientRule(
  services: GasServices,
  sheet: SheetLike,
  rect: RangeRect,
  scale: ColorScalePlan,
): ConditionalFormatRuleLike {
  const app = services.spreadsheetApp;
  const number = app.InterpolationType.NUMBER;
  let builder = app
    .newConditionalFormatRule()
    .setGradientMinpointWithValue(scale.min.color, number, String(scale.min.value));
  if (scale.mid) builder = builder.setGradientMidpointWithValue(scale.mid.color, number, String(scale.mid.value));
  return builder
    .setGradientMaxpointWithValue(scale.max.color, number, String(scale.max.value))
    .setRanges([sheet.getRange(rect.row + 1, rect.column + 1, rect.rows, rect.columns)])
    .build();
}

interface ChartSheetState {
  readonly name: string;
  sheet: SheetLike | null;
  readonly plans: ChartPlan[];
  /** Chart ids before this write, and the charts by id. */
  readonly charts: Map<number, EmbeddedChartLike>;
  /** Our metadata entries: plan id → entries (chart id as value). */
  readonly metadata: Map<string, DeveloperMetadataLike[]>;
}

/**
 * Writes charts and heat maps. All reads come first (sheets, their charts and metadata, the rules
 * of heat-map sheets), then the writes; only the new charts' ids are read after inserting them
 * (one getCharts per chart sheet), to record them. A missing source sheet is an error before
 * anything changes; a missing chart sheet is inserted.
 */
export function writeCharts(
  services: GasServices,
  spreadsheet: SpreadsheetLike,
  charts: readonly ChartPlan[],
  language: Language = 'nb',
): void {
  const plans = latestPerId(charts);
  if (plans.length === 0) return;
  const lang: Language = language === 'en' ? 'en' : 'nb';

  // ---- reads ----
  const sheets = new Map<string, SheetLike | null>();
  const sheetByName = (name: string): SheetLike | null => {
    if (!sheets.has(name)) sheets.set(name, spreadsheet.getSheetByName(name));
    return sheets.get(name)!;
  };
  for (const plan of plans) {
    if (!sheetByName(plan.sourceSheet))
      throw new Error(`ipsWriteCharts: there is no sheet named "${plan.sourceSheet}" (chart "${plan.id}")`);
  }
  const chartSheets = new Map<string, ChartSheetState>();
  for (const plan of plans.filter((p) => !isHeatmap(p))) {
    const name = chartSheetOf(plan);
    let state = chartSheets.get(name);
    if (!state) {
      const sheet = sheetByName(name);
      state = { name, sheet, plans: [], charts: new Map(), metadata: new Map() };
      if (sheet) {
        for (const chart of sheet.getCharts()) {
          const id = chart.getChartId();
          if (id !== null) state.charts.set(id, chart);
        }
        for (const entry of sheet.getDeveloperMetadata()) {
          const key = entry.getKey();
          if (!key.startsWith(CHART_METADATA_PREFIX)) continue;
          const planId = key.slice(CHART_METADATA_PREFIX.length);
          state.metadata.set(planId, [...(state.metadata.get(planId) ?? []), entry]);
        }
      }
      chartSheets.set(name, state);
    }
    state.plans.push(plan);
  }
  const heatSheets = new Map<string, { sheet: SheetLike; plans: ChartPlan[]; keep: ConditionalFormatRuleLike[] }>();
  for (const plan of plans.filter(isHeatmap)) {
    const entry = heatSheets.get(plan.sourceSheet) ?? { sheet: sheetByName(plan.sourceSheet)!, plans: [], keep: [] };
    entry.plans.push(plan);
    heatSheets.set(plan.sourceSheet, entry);
  }
  for (const entry of heatSheets.values()) {
    const areas = entry.plans.map((plan) => plan.heatmap!.range);
    entry.keep = entry.sheet.getConditionalFormatRules().filter((rule) => {
      const gradient = rule.getGradientCondition();
      if (!gradient || !entry.plans.some((plan) => isOwnGradient(services, gradient, plan.heatmap!.colorScale)))
        return true;
      const meets = rule.getRanges().some((range) => {
        const rect = parseA1Range(range.getA1Notation());
        return rect !== null && areas.some((area) => intersects(rect, area));
      });
      return !meets;
    });
  }

  // ---- writes ----
  const inserted: { state: ChartSheetState; before: Set<number>; planIds: string[] }[] = [];
  for (const state of chartSheets.values()) {
    if (!state.sheet) {
      state.sheet = spreadsheet.insertSheet(state.name);
      sheets.set(state.name, state.sheet);
    }
    const sheet = state.sheet;
    const before = new Set(state.charts.keys());
    for (const plan of state.plans) {
      for (const entry of state.metadata.get(plan.id) ?? []) {
        const chart = state.charts.get(Number(entry.getValue()));
        if (chart) {
          sheet.removeChart(chart);
          state.charts.delete(Number(entry.getValue()));
          before.delete(Number(entry.getValue()));
        }
        entry.remove();
      }
    }
    const planIds: string[] = [];
    for (const plan of state.plans) {
      const chart = buildChart(services, sheet, sheetByName(plan.sourceSheet)!, plan, lang);
      if (!chart) continue;
      sheet.insertChart(chart);
      planIds.push(plan.id);
    }
    if (planIds.length > 0) inserted.push({ state, before, planIds });
  }
  for (const entry of heatSheets.values()) {
    const rules = entry.plans.map((plan) =>
      gradientRule(services, entry.sheet, plan.heatmap!.range, plan.heatmap!.colorScale),
    );
    entry.sheet.setConditionalFormatRules([...entry.keep, ...rules]);
  }

  // ---- the new charts' ids, recorded on their sheet (charts are listed in the order inserted) ----
  for (const { state, before, planIds } of inserted) {
    const fresh = state
      .sheet!.getCharts()
      .map((chart) => chart.getChartId())
      .filter((id): id is number => id !== null && !before.has(id));
    planIds.forEach((planId, index) => {
      const id = fresh[index];
      if (id !== undefined) state.sheet!.addDeveloperMetadata(`${CHART_METADATA_PREFIX}${planId}`, String(id));
    });
  }
}

/**
 * «Vis diagrammer» in Sheets: brings the chart's sheet to the front and selects the cell the chart
 * is anchored at (Apps Script cannot select a chart itself), so the chart is in view. The chart is
 * found by the metadata writeCharts records. False when the sheet or the chart is not there (the
 * sheet, when there, is still brought to the front).
 */
export function showChart(spreadsheet: SpreadsheetLike, sheetName: string, planId: string): boolean {
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) return false;
  sheet.activate();
  const entry = sheet
    .getDeveloperMetadata()
    .find((candidate) => candidate.getKey() === `${CHART_METADATA_PREFIX}${planId}`);
  const chartId = entry ? Number(entry.getValue()) : NaN;
  const chart = sheet.getCharts().find((candidate) => candidate.getChartId() === chartId);
  if (!chart) return false;
  const anchor = chart.getContainerInfo();
  sheet.getRange(anchor.getAnchorRow(), anchor.getAnchorColumn(), 1, 1).activate();
  return true;
}
