/**
 * The outcome charts (issue 12): the employment rate per quarter with its benchmark bands shaded
 * behind it (employment-rate.ts, the one band table), for one service on its chart sheet under
 * the fidelity total over time, and on the overview one line per service beside all services
 * together. The rates are written as fractions with a % format; the charts read them from a small
 * table under the charts.
 */
import { OVERVIEW_SHEET_LAYOUT, SERVICE_SHEET_LAYOUT, chartSlot, serviceSheetSlot } from '../history/charts';
import type { Language, Text } from '../text';
import { bandSeries, stackedBands, type StackedBand } from '../workbook/chart-bands';
import type { ChartPlacement, ChartPlan, ChartSeriesPlan } from '../workbook/chart-plan';
import type { PlanFormat, PlanValue, RangeRect, SheetPlan } from '../workbook/plan';
import { EMPLOYMENT_RATE_BANDS, bandRange } from './employment-rate';
import type { EmploymentPoint, EmploymentSeries } from './employment-series';

/** The employment rate of one service, under its total over time. */
export const EMPLOYMENT_CHART_ID = 'employment-rate-over-time';
/** The employment rate of all services together, on the overview. */
export const ALL_SERVICES_EMPLOYMENT_CHART_ID = 'employment-rate-all-services';

/** Okabe–Ito vermilion: apart from the fidelity total's blue, so the two charts are not mistaken. */
const RATE_COLOR = '#D55E00';
/**
 * One line per service on the overview, Okabe–Ito colours (safe for the common colour-vision
 * deficiencies, as the fidelity charts in history/charts.ts): blue, orange, reddish purple, sky
 * blue, vermilion first; bluish green and yellow last, as they show least against the green band
 * tints. After seven services the colours come round again, dashed.
 */
export const SERVICE_LINE_COLORS = [
  '#0072B2',
  '#E69F00',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#009E73',
  '#F0E442',
] as const;
/** All services together: Okabe–Ito black, dashed, so it reads as the sum and not one more service. */
const ALL_SERVICES_COLOR = '#000000';
/** Rates in the table: one decimal; on the axis: whole percent. */
export const RATE_FORMAT = '0.0%';
const AXIS_FORMAT = '0%';
/** Columns of the table: quarter, served, employed, rate, then one per band (8: the chart area A–H). */
const FIRST_BAND_COLUMN = 4;

const LABELS = {
  quarter: { nb: 'Kvartal', en: 'Quarter' },
  served: { nb: 'Deltakere', en: 'Participants' },
  employed: { nb: 'I ordinært arbeid', en: 'In competitive work' },
  rate: { nb: 'Andel i arbeid', en: 'Employment rate' },
  serviceTitle: { nb: 'Andel i ordinært arbeid per kvartal', en: 'Employment rate per quarter' },
  allTitle: {
    nb: 'Andel i ordinært arbeid per kvartal, alle tjenester',
    en: 'Employment rate per quarter, all services',
  },
  allServices: { nb: 'Alle tjenester', en: 'All services' },
} as const satisfies Record<string, Text>;

/**
 * The employment-rate bands as fractions, lowest first, from the band table: Under minimum below
 * 31 %, Minimum 31 %, Gjennomsnittlig 41 %, Utmerket 50 % up to 100 %. Stacked, they cover 0–100 %.
 */
export function employmentBands(): StackedBand[] {
  return stackedBands(
    EMPLOYMENT_RATE_BANDS.map((band) => ({
      from: band.minPercent / 100,
      name: {
        nb: `${band.label.nb} (${bandRange(band, 'nb')})`,
        en: `${band.label.en} (${bandRange(band, 'en')})`,
      },
    })),
    1,
  );
}

/**
 * The rate as written: employed ÷ served cut (not rounded) to a tenth of a percent, so neither the
 * point nor its label is ever lifted into the band above (40.96 % is 40.9 %, «Minimum»).
 */
export function chartRate(point: Pick<EmploymentPoint, 'employed' | 'served'>): number | '' {
  return point.served > 0 ? Math.floor((point.employed * 1000) / point.served) / 1000 : '';
}

export interface EmploymentTableLayout {
  readonly sheet: string;
  readonly categories: RangeRect;
  readonly rates: RangeRect;
  readonly bands: readonly (StackedBand & { readonly range: RangeRect })[];
}

const column = (row: number, col: number, rows: number): RangeRect => ({ row, column: col, rows, columns: 1 });

/** The chart's data table from `row` in columns A–H: a title row, a header, one row per quarter. */
export function employmentTablePlan(
  series: EmploymentSeries,
  options: { readonly sheet: string; readonly language: Language; readonly row: number },
): { plan: SheetPlan; layout: EmploymentTableLayout } {
  const { language, row: top } = options;
  const bands = employmentBands();
  const head: PlanValue[] = [
    LABELS.quarter[language],
    LABELS.served[language],
    LABELS.employed[language],
    LABELS.rate[language],
    ...bands.map((band) => band.name[language]),
  ];
  const title = `${LABELS.rate[language]} – ${series.service === '' ? LABELS.allServices[language] : series.service}`;
  const values: PlanValue[][] = [[title, ...new Array<PlanValue>(head.length - 1).fill('')], head];
  for (const point of series.points) {
    values.push([
      point.quarter,
      point.served,
      point.employed,
      chartRate(point),
      ...bands.map((band) => band.thickness),
    ]);
  }
  const first = top + 2;
  const n = series.points.length;
  const formats: PlanFormat[] = [
    { range: { row: top, column: 0, rows: 1, columns: 1 }, bold: true, fontSize: 12 },
    { range: { row: top + 1, column: 0, rows: 1, columns: head.length }, bold: true, fill: '#DEECF9', wrap: true },
    { range: column(first, 3, n), numberFormat: RATE_FORMAT },
    { range: { row: first, column: FIRST_BAND_COLUMN, rows: n, columns: bands.length }, numberFormat: RATE_FORMAT },
  ];
  return {
    plan: { sheet: options.sheet, blocks: [{ row: top, column: 0, values }], formats },
    layout: {
      sheet: options.sheet,
      categories: column(first, 0, n),
      rates: column(first, 3, n),
      bands: bands.map((band, index) => ({ ...band, range: column(first, FIRST_BAND_COLUMN + index, n) })),
    },
  };
}

/** The employment rate per quarter with the benchmark bands behind it, each point labelled in %. */
export function employmentChart(
  layout: EmploymentTableLayout,
  options: { readonly id: string; readonly title: Text; readonly placement: ChartPlacement },
): ChartPlan {
  return {
    id: options.id,
    kind: 'line',
    title: options.title,
    altText: {
      nb: 'Linjediagram over andelen deltakere i ordinært arbeid hvert kvartal, med nivåene Under minimum, Minimum, Gjennomsnittlig og Utmerket som skraverte felt bak.',
      en: 'Line chart of the share of participants in competitive work each quarter, with the bands Below minimal, Minimal, Average and Excellent shaded behind it.',
    },
    sourceSheet: layout.sheet,
    categories: layout.categories,
    categoryAxis: 'text',
    series: [
      ...bandSeries(layout.bands),
      { name: LABELS.rate, values: layout.rates, role: 'data', color: RATE_COLOR, valueLabels: true },
    ],
    valueAxis: { min: 0, max: 1, majorUnit: 0.25, title: LABELS.rate, numberFormat: AXIS_FORMAT },
    categoryAxisTitle: LABELS.quarter,
    placement: options.placement,
  };
}

export interface OutcomeChartsOutput {
  readonly data: SheetPlan;
  readonly chart: ChartPlan;
}

/** One service's employment rate on its chart sheet, under the fidelity total over time (SERVICE_SHEET_LAYOUT). */
export function serviceEmploymentCharts(
  series: EmploymentSeries,
  options: { readonly sheet: string; readonly language: Language },
): OutcomeChartsOutput {
  const { plan, layout } = employmentTablePlan(series, { ...options, row: SERVICE_SHEET_LAYOUT.outcomeDataRow });
  return {
    data: plan,
    chart: employmentChart(layout, {
      id: EMPLOYMENT_CHART_ID,
      title: LABELS.serviceTitle,
      placement: serviceSheetSlot(options.sheet, 'employmentRate'),
    }),
  };
}

export interface AllServicesTableLayout extends EmploymentTableLayout {
  /** One rate column per service, in the order of the series given. */
  readonly services: readonly { readonly service: string; readonly range: RangeRect }[];
}

/**
 * The overview's table: the quarters of all services together (served, employed, rate) as in
 * employmentTablePlan, then one rate column per service (blank for a quarter it has no row for,
 * so its line has a gap there), then the bands.
 */
export function allServicesTablePlan(
  all: EmploymentSeries,
  services: readonly EmploymentSeries[],
  options: { readonly sheet: string; readonly language: Language; readonly row: number },
): { plan: SheetPlan; layout: AllServicesTableLayout } {
  const { plan, layout } = employmentTablePlan(all, options);
  const [titleRow, headRow, ...rows] = plan.blocks[0]!.values;
  const rateAt = (series: EmploymentSeries, quarter: PlanValue): PlanValue => {
    const point = series.points.find((candidate) => candidate.quarter === quarter);
    return point ? chartRate(point) : '';
  };
  /** The row with the service columns put in before the band columns. */
  const widen = (row: readonly PlanValue[], extra: readonly PlanValue[]): PlanValue[] => [
    ...row.slice(0, FIRST_BAND_COLUMN),
    ...extra,
    ...row.slice(FIRST_BAND_COLUMN),
  ];
  const values: PlanValue[][] = [
    widen(
      titleRow!,
      services.map(() => ''),
    ),
    // Column D is all services together here: its header names it as the legend does.
    widen(
      headRow!.map((value, index) => (index === 3 ? LABELS.allServices[options.language] : value)),
      services.map((series) => series.service),
    ),
    ...rows.map((row) =>
      widen(
        row,
        services.map((series) => rateAt(series, row[0]!)),
      ),
    ),
  ];
  const first = options.row + 2;
  const n = all.points.length;
  const shift = services.length;
  const bands = layout.bands.map((band) => ({ ...band, range: { ...band.range, column: band.range.column + shift } }));
  const width = values[1]!.length;
  const formats: PlanFormat[] = [
    { range: { row: options.row, column: 0, rows: 1, columns: 1 }, bold: true, fontSize: 12 },
    { range: { row: options.row + 1, column: 0, rows: 1, columns: width }, bold: true, fill: '#DEECF9', wrap: true },
    // All services' rate (column D) and one per service after it.
    { range: { row: first, column: 3, rows: n, columns: 1 + shift }, numberFormat: RATE_FORMAT },
    {
      range: { row: first, column: FIRST_BAND_COLUMN + shift, rows: n, columns: bands.length },
      numberFormat: RATE_FORMAT,
    },
  ];
  return {
    plan: { ...plan, blocks: [{ ...plan.blocks[0]!, values }], formats },
    layout: {
      ...layout,
      bands,
      services: services.map((series, index) => ({
        service: series.service,
        range: column(first, FIRST_BAND_COLUMN + index, n),
      })),
    },
  };
}

/**
 * The employment rate per quarter of every service, one line each with its name in the legend,
 * and all services together as a dashed black line labelled in %, the bands behind them.
 */
export function allServicesEmploymentChart(layout: AllServicesTableLayout, placement: ChartPlacement): ChartPlan {
  const together = employmentChart(layout, { id: ALL_SERVICES_EMPLOYMENT_CHART_ID, title: LABELS.allTitle, placement });
  const bands = together.series.filter((series) => series.role === 'band');
  const lines: ChartSeriesPlan[] = layout.services.map((entry, index) => ({
    name: { nb: entry.service, en: entry.service },
    values: entry.range,
    role: 'data',
    color: SERVICE_LINE_COLORS[index % SERVICE_LINE_COLORS.length]!,
    dashed: index >= SERVICE_LINE_COLORS.length,
  }));
  const all: ChartSeriesPlan = {
    name: LABELS.allServices,
    values: layout.rates,
    role: 'data',
    color: ALL_SERVICES_COLOR,
    dashed: true,
    valueLabels: true,
  };
  return {
    ...together,
    altText: {
      nb: `Linjediagram over andelen deltakere i ordinært arbeid hvert kvartal, én linje per tjeneste (${layout.services.map((entry) => entry.service).join(', ')}) og alle tjenester samlet som stiplet linje, med nivåene Under minimum, Minimum, Gjennomsnittlig og Utmerket som skraverte felt bak.`,
      en: `Line chart of the share of participants in competitive work each quarter, one line per service (${layout.services.map((entry) => entry.service).join(', ')}) and all services together as a dashed line, with the bands Below minimal, Minimal, Average and Excellent shaded behind them.`,
    },
    series: [...bands, ...lines, all],
  };
}

/**
 * Every service's employment rate on the overview under the fidelity comparison: one line per
 * service and all services together (the series with service ''), from employmentSeries.
 */
export function allServicesEmploymentCharts(
  series: readonly EmploymentSeries[],
  options: { readonly sheet: string; readonly language: Language },
): OutcomeChartsOutput {
  const all = series.find((entry) => entry.service === '') ?? { service: '', points: [] };
  const services = series.filter((entry) => entry.service !== '');
  const { plan, layout } = allServicesTablePlan(all, services, {
    ...options,
    row: OVERVIEW_SHEET_LAYOUT.outcomeDataRow,
  });
  return {
    data: plan,
    chart: allServicesEmploymentChart(layout, chartSlot(options.sheet, OVERVIEW_SHEET_LAYOUT.employmentRateSlot)),
  };
}
