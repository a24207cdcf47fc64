/**
 * The data for the outcome charts (issue 12): the employment rate per quarter with its benchmark
 * band (employment-rate.ts), per service and across services, so a chart plan (history/charts.ts,
 * reworked separately) only has to lay it out. A service's quarter is its row for the whole
 * service; without one, the sum of its specialists' rows.
 */
import { EMPLOYMENT_RATE_BANDS, employmentBand, type EmploymentBandId } from './employment-rate';
import type { ResultsRow } from './results-table';

export interface EmploymentPoint {
  readonly quarter: string;
  readonly served: number;
  readonly employed: number;
  /** employed ÷ served, 0–1; null when no one is served. */
  readonly rate: number | null;
  readonly band: EmploymentBandId | null;
}

export interface EmploymentSeries {
  /** The service; '' for all services together. */
  readonly service: string;
  readonly points: readonly EmploymentPoint[];
}

/** The bands' lower edges as fractions, for horizontal band lines on the chart (highest first). */
export const EMPLOYMENT_BAND_LINES: readonly { readonly id: EmploymentBandId; readonly from: number }[] =
  EMPLOYMENT_RATE_BANDS.filter((band) => band.minPercent > 0).map((band) => ({
    id: band.id,
    from: band.minPercent / 100,
  }));

function point(quarter: string, served: number, employed: number): EmploymentPoint {
  return {
    quarter,
    served,
    employed,
    rate: served > 0 ? employed / served : null,
    band: served > 0 ? employmentBand(employed, served).id : null,
  };
}

/** Per service (name order) its quarters in time order, then all services summed per quarter (service ''). */
export function employmentSeries(rows: readonly ResultsRow[]): EmploymentSeries[] {
  const byService = new Map<string, Map<string, { whole?: ResultsRow; specialists: ResultsRow[] }>>();
  for (const row of rows) {
    const quarters = byService.get(row.service) ?? new Map();
    byService.set(row.service, quarters);
    const slot = quarters.get(row.quarter.id) ?? { specialists: [] };
    quarters.set(row.quarter.id, slot);
    if (row.specialist === '') slot.whole = row;
    else slot.specialists.push(row);
  }
  const totals = new Map<string, { served: number; employed: number }>();
  const series: EmploymentSeries[] = [...byService.keys()]
    .sort((a, b) => a.localeCompare(b, 'nb'))
    .map((service) => {
      const quarters = byService.get(service)!;
      const points = [...quarters.keys()].sort().map((quarter) => {
        const slot = quarters.get(quarter)!;
        const served = slot.whole ? slot.whole.served : slot.specialists.reduce((sum, row) => sum + row.served, 0);
        const employed = slot.whole
          ? slot.whole.employed
          : slot.specialists.reduce((sum, row) => sum + row.employed, 0);
        const total = totals.get(quarter) ?? { served: 0, employed: 0 };
        totals.set(quarter, { served: total.served + served, employed: total.employed + employed });
        return point(quarter, served, employed);
      });
      return { service, points };
    });
  const all = [...totals.keys()]
    .sort()
    .map((quarter) => point(quarter, totals.get(quarter)!.served, totals.get(quarter)!.employed));
  return series.length > 0 ? [...series, { service: '', points: all }] : [];
}
