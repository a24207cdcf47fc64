import type { Text } from '../text';
import type { RangeRect } from './plan';

/**
 * Charts described as data. A host turns a ChartPlan into a native chart (Excel charts,
 * Sheets EmbeddedChart) or, for the heat map, into a colour-scale conditional format. Every
 * series points at a range on `sourceSheet`; native charts need ranges, so the level bands are
 * constant columns written into the chart-data tables (history/charts.ts), not formulas: each
 * band column holds the band's thickness, and the bands are stacked areas, so together they shade
 * the whole value axis from the lowest level's bottom to the top score.
 */

export type ChartKind = 'line' | 'column' | 'heatmap-by-conditional-format';

export interface ChartSeriesPlan {
  readonly name: Text;
  /** The values, one column on the source sheet (same rows as the categories). */
  readonly values: RangeRect;
  /** A band is a shaded stacked area marking one fidelity level's range of totals. */
  readonly role: 'data' | 'band';
  /** For bands: the constant every cell of `values` holds (the band's thickness in the stack). */
  readonly constant?: number;
  /** For bands: the totals the band covers, `from` (inclusive) up to `to` (the next band's `from`). */
  readonly band?: { readonly from: number; readonly to: number };
  /** Series type in a combination chart (bands are stacked areas under the data). Defaults to the chart's kind. */
  readonly seriesKind?: SeriesKind;
  readonly color: string;
  readonly dashed?: boolean;
  /** Whether each point shows its value as a label. */
  readonly valueLabels?: boolean;
}

export type SeriesKind = 'line' | 'column' | 'area';

export interface ColorStop {
  readonly value: number;
  readonly color: string;
}

export interface ColorScalePlan {
  readonly min: ColorStop;
  readonly mid?: ColorStop;
  readonly max: ColorStop;
}

export interface ChartPlacement {
  readonly sheet: string;
  /** Top-left cell, 0-based. */
  readonly row: number;
  readonly column: number;
  /** Size in pixels. */
  readonly width: number;
  readonly height: number;
}

export interface ChartPlan {
  /** Stable id, e.g. "total-over-time"; hosts use it to find and replace their chart. */
  readonly id: string;
  readonly kind: ChartKind;
  readonly title: Text;
  /** Accessible description. */
  readonly altText: Text;
  readonly sourceSheet: string;
  /** Category (x-axis) labels, one column. Absent for heat maps. */
  readonly categories?: RangeRect;
  readonly series: readonly ChartSeriesPlan[];
  readonly valueAxis?: {
    readonly min: number;
    readonly max: number;
    readonly majorUnit?: number;
    readonly title: Text;
    /** How the axis labels show (e.g. '0%' for rates held as fractions); default General. */
    readonly numberFormat?: string;
  };
  readonly categoryAxisTitle?: Text;
  /**
   * 'date': the categories are date serials placed in proportion to time (a date axis);
   * 'text' (default): evenly spaced labels.
   */
  readonly categoryAxis?: 'date' | 'text';
  /** For heat maps: the cells to colour and the scale. */
  readonly heatmap?: { readonly range: RangeRect; readonly colorScale: ColorScalePlan };
  readonly placement?: ChartPlacement;
}
