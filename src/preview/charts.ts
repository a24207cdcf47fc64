import type { ChartPlan, ChartSeriesPlan, ColorScalePlan, SeriesKind } from '../core/workbook/chart-plan';
import type { RangeRect } from '../core/workbook/plan';
import { formatNumber, type Language } from '../core/text';
import { formatValue } from './number-format';

/**
 * The preview's picture of what Excel or Sheets draw for a ChartPlan: line and column charts as
 * inline SVG (title, value axis with its gridlines and title, category labels, the level bands as
 * shaded areas across the whole plot with their names, a date axis in proportion to time, value
 * labels, a legend), and heat maps as cell colours on the grid. Pure functions over a cell
 * reader, so they run without a DOM (tests) and the grid only places the markup.
 */

/** Reads a computed cell of a sheet: numbers, text, booleans; null when blank or an error. */
export type CellReader = (sheet: string, row: number, column: number) => string | number | boolean | null;

export interface ChartSeriesData {
  readonly plan: ChartSeriesPlan;
  readonly name: string;
  readonly kind: SeriesKind;
  /** One per category; null where the cell holds no number. */
  readonly values: readonly (number | null)[];
  /** Each value as its cell shows it (its number format: 0.409 as 40.9%), when the cells were read as shown. */
  readonly labels?: readonly string[];
}

export interface ChartData {
  readonly title: string;
  readonly altText: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeriesData[];
  readonly axis: {
    readonly min: number;
    readonly max: number;
    readonly step: number;
    readonly title: string;
    /** The axis labels' number format (e.g. '0%'); none: as General. */
    readonly format?: string;
  };
  readonly categoryTitle: string;
  /** On a date axis: each category's date serial (null where the cell holds none); else null. */
  readonly dates: readonly (number | null)[] | null;
  /** The chart's language: numbers as it writes them (0,8 in bokmål), as the host's locale would. */
  readonly language: Language;
}

export const DEFAULT_CHART_SIZE = { width: 640, height: 340 } as const;

function cellsOf(rect: RangeRect): { row: number; column: number }[] {
  const cells: { row: number; column: number }[] = [];
  // A one-column or one-row range lists its cells in order; a block is read row by row.
  for (let r = 0; r < rect.rows; r++)
    for (let c = 0; c < rect.columns; c++) cells.push({ row: rect.row + r, column: rect.column + c });
  return cells;
}

function asNumber(value: string | number | boolean | null): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

function label(value: string | number | boolean | null, language: Language): string {
  if (value === null) return '';
  if (typeof value === 'number')
    return formatNumber(Number(value.toPrecision(6)), language, { decimals: 6, grouping: false });
  return String(value);
}

/** A tidy axis when the plan gives none: from 0 (or the data's minimum) to a round maximum. */
function niceAxis(values: readonly number[]): { min: number; max: number; step: number } {
  if (values.length === 0) return { min: 0, max: 1, step: 0.25 };
  const low = Math.min(0, ...values),
    high = Math.max(...values);
  const span = high - low || 1;
  const raw = span / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw) ?? raw;
  return { min: Math.floor(low / step) * step, max: Math.ceil(high / step) * step, step };
}

/** A cell as the sheet shows it, under its number format (a date serial as a date). */
export type CellText = (sheet: string, row: number, column: number) => string;

/**
 * The numbers and labels a chart shows, read from its source sheet. Category labels are the cells
 * as shown (`shown`, e.g. dates from their serials, as Excel and Sheets label a date axis); without
 * it, the values as read.
 */
export function chartData(plan: ChartPlan, read: CellReader, language: Language, shown?: CellText): ChartData {
  const series = plan.series
    .filter((s) => s.values.rows > 0 && s.values.columns > 0)
    .map((s) => ({
      plan: s,
      name: s.name[language],
      kind: s.seriesKind ?? (plan.kind === 'column' ? 'column' : 'line'),
      values: cellsOf(s.values).map((cell) => asNumber(read(plan.sourceSheet, cell.row, cell.column))),
      // Value labels show the cell's format, as Excel's and Sheets' data labels do by default.
      ...(shown ? { labels: cellsOf(s.values).map((cell) => shown(plan.sourceSheet, cell.row, cell.column)) } : {}),
    }));
  const count = Math.max(0, ...series.map((s) => s.values.length));
  const categories = plan.categories
    ? cellsOf(plan.categories).map((cell) =>
        shown
          ? shown(plan.sourceSheet, cell.row, cell.column)
          : label(read(plan.sourceSheet, cell.row, cell.column), language),
      )
    : Array.from({ length: count }, (_, index) => String(index + 1));
  const numbers = series.flatMap((s) => s.values.filter((value): value is number => value !== null));
  const auto = niceAxis(numbers);
  const axis = plan.valueAxis
    ? {
        min: plan.valueAxis.min,
        max: plan.valueAxis.max,
        step: plan.valueAxis.majorUnit ?? (plan.valueAxis.max - plan.valueAxis.min) / 4,
        title: plan.valueAxis.title[language],
        ...(plan.valueAxis.numberFormat ? { format: plan.valueAxis.numberFormat } : {}),
      }
    : { ...auto, title: '' };
  return {
    title: plan.title[language],
    altText: plan.altText[language],
    categories,
    series,
    axis: axis.max > axis.min && axis.step > 0 ? axis : { ...axis, max: axis.min + 1, step: 1 },
    categoryTitle: plan.categoryAxisTitle?.[language] ?? '',
    dates:
      plan.categoryAxis === 'date' && plan.categories
        ? cellsOf(plan.categories).map((cell) => asNumber(read(plan.sourceSheet, cell.row, cell.column)))
        : null,
    language,
  };
}

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}

const round = (value: number) => Math.round(value * 10) / 10;

interface Plot {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * Where each category sits across the plot. On a date axis, in proportion to its date (a year's
 * gap is twice a half-year's), with half a slot of margin at each end; otherwise evenly spaced.
 */
export function categoryPositions(data: ChartData, plotX: number, plotW: number): number[] {
  const n = Math.max(1, data.categories.length);
  const dates = data.dates;
  const known = dates?.filter((date): date is number => date !== null) ?? [];
  if (dates && known.length === dates.length && known.length > 0) {
    const first = Math.min(...known),
      last = Math.max(...known);
    if (last === first) return dates.map(() => plotX + plotW / 2);
    const margin = plotW / (2 * n);
    return dates.map((date) => plotX + margin + ((date! - first) / (last - first)) * (plotW - 2 * margin));
  }
  const slot = plotW / n;
  return data.categories.map((_, index) => plotX + slot * (index + 0.5));
}

/** Each band's range of values: from its plan, else stacked from its thickness (the first from 0). */
function bandRanges(data: ChartData): { series: ChartSeriesData; from: number; to: number }[] {
  let top = 0;
  return data.series
    .filter((s) => s.plan.role === 'band')
    .map((s) => {
      const thickness = s.plan.constant ?? s.values.find((value) => value !== null) ?? 0;
      const from = s.plan.band?.from ?? top;
      const to = s.plan.band?.to ?? top + thickness;
      top = s.plan.band ? s.plan.band.to : top + thickness;
      return { series: s, from, to };
    });
}

/**
 * The level bands: shaded across the whole plot, whatever the dates (`areas`, drawn under
 * everything), each with its name inside (`names`, drawn over the columns and lines with a white
 * halo, so a bar never hides which band it reaches).
 */
function bandParts(data: ChartData, plot: Plot, y: (value: number) => number): { areas: string[]; names: string[] } {
  const areas: string[] = [];
  const names: string[] = [];
  for (const { series, from, to } of bandRanges(data)) {
    const top = y(to),
      bottom = y(from);
    if (bottom - top <= 0) continue;
    areas.push(
      `<rect class="series-band" data-series="${escapeXml(series.name)}" data-from="${from}" data-to="${to}" x="${plot.x}" y="${round(top)}" width="${round(plot.w)}" height="${round(bottom - top)}" fill="${escapeXml(series.plan.color)}"/>`,
    );
    if (bottom - top >= 12)
      names.push(
        `<text class="band-label" x="${plot.x + 6}" y="${round(top + 12)}" font-size="10" fill="#424242" stroke="#fff" stroke-width="3" paint-order="stroke">${escapeXml(series.name)}</text>`,
      );
  }
  return { areas, names };
}

/** Category labels under the plot, skipping any that would overlap the one before. */
function categoryLabelParts(data: ChartData, plot: Plot, xs: readonly number[]): string[] {
  const parts: string[] = [];
  let last = -Infinity;
  data.categories.forEach((category, index) => {
    const x = xs[index]!;
    if (x - last < 64) return;
    last = x;
    parts.push(
      `<text class="category-label" x="${round(x)}" y="${plot.y + plot.h + 16}" text-anchor="middle" font-size="11" fill="#616161">${escapeXml(category)}</text>`,
    );
  });
  return parts;
}

/** Line and column series over the bands, with value labels where the plan asks for them. */
function dataParts(data: ChartData, plot: Plot, xs: readonly number[], y: (value: number) => number): string[] {
  const parts: string[] = [];
  const { min } = data.axis;
  const slot = plot.w / Math.max(1, data.categories.length);
  // A white halo keeps a value label readable over a band and its name.
  const valueLabel = (x: number, top: number, value: number, shown?: string) =>
    `<text class="value-label" x="${round(x)}" y="${round(top - 7)}" text-anchor="middle" font-size="11" font-weight="600" fill="#242424" stroke="#fff" stroke-width="3" paint-order="stroke">${escapeXml(shown || label(value, data.language))}</text>`;
  const columns = data.series.filter((s) => s.kind === 'column');
  const barWidth = (slot * 0.6) / Math.max(1, columns.length);
  columns.forEach((s, k) => {
    s.values.forEach((value, index) => {
      if (value === null) return;
      const left = xs[index]! - (barWidth * columns.length) / 2 + k * barWidth;
      const top = y(Math.max(value, min));
      parts.push(
        `<rect class="series-bar" data-series="${escapeXml(s.name)}" x="${round(left)}" y="${round(top)}" width="${round(barWidth)}" height="${round(plot.y + plot.h - top)}" fill="${escapeXml(s.plan.color)}"><title>${escapeXml(`${s.name}: ${label(value, data.language)}`)}</title></rect>`,
      );
      if (s.plan.valueLabels) parts.push(valueLabel(left + barWidth / 2, top, value, s.labels?.[index]));
    });
  });
  for (const s of data.series.filter((candidate) => candidate.kind === 'line')) {
    const dash = s.plan.dashed ? ' stroke-dasharray="6 4"' : '';
    const segments: string[][] = [[]];
    s.values.forEach((value, index) => {
      if (value === null) segments.push([]);
      else segments[segments.length - 1]!.push(`${round(xs[index]!)},${round(y(value))}`);
    });
    for (const points of segments.filter((segment) => segment.length > 0)) {
      parts.push(
        `<polyline class="series-line" data-series="${escapeXml(s.name)}" points="${points.join(' ')}" fill="none" stroke="${escapeXml(s.plan.color)}" stroke-width="2.5"${dash}/>`,
      );
    }
    s.values.forEach((value, index) => {
      if (value === null) return;
      parts.push(
        `<circle class="series-marker" cx="${round(xs[index]!)}" cy="${round(y(value))}" r="4" fill="${escapeXml(s.plan.color)}" stroke="#fff" stroke-width="1"><title>${escapeXml(`${s.name}, ${data.categories[index] ?? ''}: ${label(value, data.language)}`)}</title></circle>`,
      );
      if (s.plan.valueLabels) parts.push(valueLabel(xs[index]!, y(value), value, s.labels?.[index]));
    });
  }
  return parts;
}

/** The legend, three entries a row: a line for lines, a swatch for columns and bands. */
function legendParts(data: ChartData, width: number, height: number, rows: number): string[] {
  const top = height - rows * 18 - 4;
  const columnWidth = (width - 24) / 3;
  return data.series.map((s, index) => {
    const lx = 12 + (index % 3) * columnWidth,
      ly = top + Math.floor(index / 3) * 18;
    const swatch =
      s.kind === 'line'
        ? `<line x1="${round(lx)}" x2="${round(lx + 18)}" y1="${ly + 7}" y2="${ly + 7}" stroke="${escapeXml(s.plan.color)}" stroke-width="2"${s.plan.dashed ? ' stroke-dasharray="4 3"' : ''}/>`
        : `<rect x="${round(lx)}" y="${ly + 1}" width="14" height="12" fill="${escapeXml(s.plan.color)}" stroke="#8A8886" stroke-width="0.5"/>`;
    return `<g class="legend-entry">${swatch}<text x="${round(lx + 24)}" y="${ly + 11}" font-size="11" fill="#424242">${escapeXml(s.name)}</text></g>`;
  });
}

/**
 * One chart as a self-contained SVG element (markup), drawn as the hosts draw the plan: level
 * bands as shaded areas across the whole plot (under everything), gridlines, then columns and
 * lines with markers (broken where a value is missing) and value labels. `id` makes the
 * title/desc ids unique in the page.
 */
export function chartSvg(
  plan: ChartPlan,
  data: ChartData,
  size: { width: number; height: number } = plan.placement ?? DEFAULT_CHART_SIZE,
  id = plan.id,
): string {
  const { width, height } = size;
  const legendRows = Math.ceil(data.series.length / 3);
  const margin = {
    top: 36,
    right: 16,
    bottom: 44 + (data.categoryTitle ? 16 : 0) + legendRows * 18,
    left: data.axis.title ? 58 : 40,
  };
  const plot: Plot = {
    x: margin.left,
    y: margin.top,
    w: Math.max(10, width - margin.left - margin.right),
    h: Math.max(10, height - margin.top - margin.bottom),
  };
  const { min, max, step } = data.axis;
  const y = (value: number) => plot.y + plot.h - ((Math.min(max, Math.max(min, value)) - min) / (max - min)) * plot.h;
  const xs = categoryPositions(data, plot.x, plot.w);
  const safeId = escapeXml(id.replace(/[^A-Za-z0-9_-]/g, '-'));
  const bands = bandParts(data, plot, y);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="preview-chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" ` +
      `aria-labelledby="chart-${safeId}-title chart-${safeId}-desc" data-chart-id="${escapeXml(plan.id)}" data-kind="${plan.kind}" data-axis="${data.dates ? 'date' : 'text'}">`,
    `<title id="chart-${safeId}-title">${escapeXml(data.title)}</title>`,
    `<desc id="chart-${safeId}-desc">${escapeXml(data.altText)}</desc>`,
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" fill="#fff" stroke="#C8C6C4"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="14" font-weight="600" fill="#242424">${escapeXml(data.title)}</text>`,
    ...bands.areas,
  ];

  // Value axis: gridlines and labels at each major unit.
  for (let value = min, guard = 0; value <= max + step / 1000 && guard < 200; value += step, guard++) {
    const tick = Math.round(value * 1e6) / 1e6;
    parts.push(
      `<line class="grid-line" x1="${plot.x}" x2="${plot.x + plot.w}" y1="${round(y(tick))}" y2="${round(y(tick))}" stroke="#C8C6C4" stroke-width="0.5"/>`,
      `<text class="axis-label" x="${plot.x - 6}" y="${round(y(tick) + 4)}" text-anchor="end" font-size="11" fill="#616161">${escapeXml(data.axis.format ? formatValue(tick, data.axis.format, data.language) : label(tick, data.language))}</text>`,
    );
  }
  if (data.axis.title) {
    const cy = plot.y + plot.h / 2;
    parts.push(
      `<text class="axis-title" x="14" y="${cy}" transform="rotate(-90 14 ${cy})" text-anchor="middle" font-size="11" fill="#424242">${escapeXml(data.axis.title)}</text>`,
    );
  }
  parts.push(
    `<line x1="${plot.x}" x2="${plot.x + plot.w}" y1="${plot.y + plot.h}" y2="${plot.y + plot.h}" stroke="#8A8886"/>`,
    ...categoryLabelParts(data, plot, xs),
  );
  if (data.categoryTitle) {
    parts.push(
      `<text class="axis-title" x="${plot.x + plot.w / 2}" y="${plot.y + plot.h + 34}" text-anchor="middle" font-size="11" fill="#424242">${escapeXml(data.categoryTitle)}</text>`,
    );
  }
  parts.push(
    ...dataParts(data, plot, xs, y),
    ...bands.names,
    ...legendParts(data, width, height, legendRows),
    '</svg>',
  );
  return parts.join('');
}

function hex(color: string): [number, number, number] | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!match) return null;
  const n = parseInt(match[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function mix(a: string, b: string, t: number): string {
  const from = hex(a),
    to = hex(b);
  if (!from || !to) return t < 0.5 ? a : b;
  const channel = (i: number) =>
    Math.round(from[i]! + (to[i]! - from[i]!) * t)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(0)}${channel(1)}${channel(2)}`.toUpperCase();
}

/** A value's colour on a colour scale, as Excel and Sheets interpolate it (clamped at the ends). */
export function heatColor(value: number, scale: ColorScalePlan): string {
  const stops = [scale.min, ...(scale.mid ? [scale.mid] : []), scale.max];
  if (value <= stops[0]!.value) return stops[0]!.color.toUpperCase();
  for (let i = 1; i < stops.length; i++) {
    const low = stops[i - 1]!,
      high = stops[i]!;
    if (value <= high.value)
      return mix(low.color, high.color, high.value === low.value ? 1 : (value - low.value) / (high.value - low.value));
  }
  return stops[stops.length - 1]!.color.toUpperCase();
}

function inside(rect: RangeRect, row: number, column: number): boolean {
  return row >= rect.row && row < rect.row + rect.rows && column >= rect.column && column < rect.column + rect.columns;
}

/** The heat-map colour of a cell, or null: the last heat map on the sheet that covers it, for a number. */
export function heatmapColorAt(
  charts: readonly ChartPlan[],
  row: number,
  column: number,
  value: unknown,
): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  for (let i = charts.length - 1; i >= 0; i--) {
    const heat = charts[i]!.heatmap;
    if (charts[i]!.kind === 'heatmap-by-conditional-format' && heat && inside(heat.range, row, column))
      return heatColor(value, heat.colorScale);
  }
  return null;
}

/** Rows and columns a chart covers from its anchor, with the grid's default cell size. */
export function chartExtent(plan: ChartPlan, cell = { width: 80, height: 22 }): { rows: number; columns: number } {
  const size = plan.placement ?? DEFAULT_CHART_SIZE;
  return { rows: Math.ceil(size.height / cell.height) + 1, columns: Math.ceil(size.width / cell.width) + 1 };
}

/** Where a chart without a placement goes: right of its data, at the top (as the hosts do). */
export function chartAnchor(plan: ChartPlan): { row: number; column: number } {
  if (plan.placement) return { row: plan.placement.row, column: plan.placement.column };
  const rects = [plan.categories, ...plan.series.map((s) => s.values)].filter(
    (rect): rect is RangeRect => !!rect && rect.rows > 0 && rect.columns > 0,
  );
  return { row: 0, column: Math.max(0, ...rects.map((rect) => rect.column + rect.columns)) + 1 };
}
