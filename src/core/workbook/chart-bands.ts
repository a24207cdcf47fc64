import type { Text } from '../text';
import type { ChartSeriesPlan } from './chart-plan';
import type { RangeRect } from './plan';

/**
 * Benchmark bands shaded behind a chart's data, from any band table (the fidelity levels, the
 * employment-rate bands): each band is a stacked area whose column holds the band's thickness, so
 * the stack covers the value axis from 0 to the top without a gap.
 */

/**
 * Band tints, lowest band first: light tints of one hue whose lightness falls as the band rises,
 * so the bands differ by lightness alone (and carry their names as labels too).
 */
export const BAND_TINTS = ['#F2F2F2', '#DCEFE7', '#BFE1D3', '#9ACFBB'] as const;

export interface StackedBand {
  /** Lowest value in the band. */
  readonly from: number;
  /** Where the next band starts (the axis top for the highest band): bands meet without a gap. */
  readonly to: number;
  /** The band's name with its range, shown in the legend and on the band. */
  readonly name: Text;
  /** What the band's column holds: its thickness in the stack (the lowest band stacks from 0). */
  readonly thickness: number;
  readonly color: string;
}

/** Bands from a table's lower edges (lowest first), up to `top`; tints by position. */
export function stackedBands(
  edges: readonly { readonly from: number; readonly name: Text }[],
  top: number,
): StackedBand[] {
  const sorted = [...edges].sort((a, b) => a.from - b.from);
  return sorted.map((edge, index) => {
    const to = sorted[index + 1]?.from ?? top;
    return {
      from: edge.from,
      to,
      name: edge.name,
      thickness: index === 0 ? to : to - edge.from,
      color: BAND_TINTS[Math.min(index, BAND_TINTS.length - 1)]!,
    };
  });
}

/** The band series of a chart, under its data: one stacked area per band, with the band's name. */
export function bandSeries(bands: readonly (StackedBand & { readonly range: RangeRect })[]): ChartSeriesPlan[] {
  return bands.map((band) => ({
    name: band.name,
    values: band.range,
    role: 'band' as const,
    constant: band.thickness,
    band: { from: band.from, to: band.to },
    seriesKind: 'area' as const,
    color: band.color,
  }));
}
