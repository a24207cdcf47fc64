/** The preview grid's geometry: which rows and columns a sheet shows, their offsets, and the window in view. */
import { chartAnchor, chartExtent } from './charts';
import type { MemoryChart, MemoryWorkbook } from './memory-workbook';

const MIN_ROWS = 30;
const MIN_COLUMNS = 8;
export const ROW_HEADER = 40;
/** Rows drawn above and below the ones in view, and pixels left and right. */
const OVERSCAN_ROWS = 15;
const OVERSCAN_PX = 320;

export interface Layout {
  readonly name: string;
  readonly rows: number;
  /** The columns shown (hidden ones left out). */
  readonly visible: readonly number[];
  /** Left edge of each shown column in the table (index into visible), and the table's width last. */
  readonly offsets: readonly number[];
  readonly windowed: boolean;
  readonly frozen: number;
  readonly heatmaps: ReturnType<MemoryWorkbook['chartsOf']>;
  readonly charts: readonly MemoryChart[];
}

export interface Window {
  readonly r0: number;
  readonly r1: number;
  readonly c0: number;
  readonly c1: number;
}

/** Row and header heights (measured once drawn) and the scroll box's size. */
export interface Metrics {
  readonly rowHeight: number;
  readonly headHeight: number;
  readonly clientHeight: number;
  readonly clientWidth: number;
}

export function cellWidth(widths: readonly number[] | undefined, column: number): number {
  return Math.max(40, Math.min(widths?.[column] ?? 80, 320));
}

/** A sheet's layout; windowed when it has more than `windowCells` shown cells. */
export function layoutOf(workbook: MemoryWorkbook, name: string, windowCells: number): Layout {
  const sheet = workbook.sheet(name)!;
  const used = workbook.usedSize(name);
  const plans = workbook.chartsOf(name);
  const heatmaps = plans.filter((plan) => plan.kind === 'heatmap-by-conditional-format');
  const charts = sheet.charts.filter((chart) => chart.plan.kind !== 'heatmap-by-conditional-format');
  // Enough rows and columns to hold every chart's anchor and most of its area.
  const reach = charts.map((chart) => {
    const anchor = chartAnchor(chart.plan),
      extent = chartExtent(chart.plan);
    return { rows: anchor.row + extent.rows, columns: anchor.column + 2 };
  });
  const rows = Math.max(MIN_ROWS, used.rows + 5, ...reach.map((r) => r.rows));
  const columns = Math.max(MIN_COLUMNS, used.columns + 2, ...reach.map((r) => r.columns));
  const hidden = new Set(sheet.hiddenColumns ?? []);
  const visible: number[] = [];
  for (let c = 0; c < columns; c++) if (!hidden.has(c)) visible.push(c);
  const offsets = [ROW_HEADER];
  for (const c of visible) offsets.push(offsets[offsets.length - 1]! + cellWidth(sheet.columnWidths, c));
  return {
    name,
    rows,
    visible,
    offsets,
    windowed: rows * visible.length > windowCells,
    frozen: sheet.frozenRows ?? 0,
    heatmaps,
    charts,
  };
}

/** The rows (indexes) and shown columns (indexes into layout.visible) in view at a scroll position. */
export function inView(at: Layout, metrics: Metrics, top: number, left: number): Window {
  const { rowHeight, headHeight } = metrics;
  const height = metrics.clientHeight || 1000;
  const width = metrics.clientWidth || 1600;
  const r0 = Math.min(at.rows - 1, Math.max(0, Math.floor((top - headHeight) / rowHeight)));
  const r1 = Math.min(at.rows, Math.max(r0 + 1, Math.ceil((top + height) / rowHeight)));
  const x0 = left + ROW_HEADER;
  const x1 = left + width;
  let c0 = 0;
  while (c0 < at.visible.length - 1 && at.offsets[c0 + 1]! <= x0) c0++;
  let c1 = c0 + 1;
  while (c1 < at.visible.length && at.offsets[c1]! < x1) c1++;
  return { r0, r1, c0, c1 };
}

/** What to draw for a scroll position: the rows and columns in view and a margin around them. */
export function windowAt(at: Layout, metrics: Metrics, top: number, left: number): Window {
  const view = inView(at, metrics, top - OVERSCAN_ROWS * metrics.rowHeight, left - OVERSCAN_PX);
  const end = inView(at, metrics, top + OVERSCAN_ROWS * metrics.rowHeight, left + OVERSCAN_PX);
  return { r0: view.r0, r1: end.r1, c0: view.c0, c1: end.c1 };
}

/** Every row and column: a sheet drawn whole. */
export function wholeWindow(at: Layout): Window {
  return { r0: 0, r1: at.rows, c0: 0, c1: at.visible.length };
}
