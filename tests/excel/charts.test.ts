import { describe, expect, it } from 'vitest';
import { multiServiceSummary } from '../../src/core/history/trends';
import {
  historyHeatmapChart,
  levelBands,
  multiServiceLatestChart,
  multiServiceTablePlan,
  SCORE_COLOR_SCALE,
} from '../../src/core/history/charts';
import { rangeAddress } from '../../src/core/workbook/plan';
import { SERVICE_SHEET_LAYOUT } from '../../src/core/history/charts';
import {
  ALL_SERVICES_EMPLOYMENT_CHART_ID,
  allServicesEmploymentCharts,
  EMPLOYMENT_CHART_ID,
  employmentBands,
  SERVICE_LINE_COLORS,
  serviceEmploymentCharts,
} from '../../src/core/outcomes/charts';
import { employmentSeries } from '../../src/core/outcomes/employment-series';
import { OUTCOME_ROWS, OUTCOME_SERVICE, outcomeSeries } from '../core/outcomes/outcome-fixture';
import { colorScaleCriteria, latestPerId } from '../../src/excel/charts';
import { ExcelWorkbook } from '../../src/excel/workbook';
import { DATA_SHEET, sampleServiceCharts } from './chart-fixture';
import { FakeExcel, type FakeExcelOptions } from './fake-excel';

function setup(options: FakeExcelOptions = {}, supports: (version: string) => boolean = () => true) {
  const excel = new FakeExcel(options);
  const workbook = new ExcelWorkbook({ excel, supports });
  return { excel, workbook };
}

async function withServiceData(language: 'nb' | 'en' = 'nb', reviews = 3) {
  const made = setup({ sheets: { Ark1: [] } });
  const { data, charts } = sampleServiceCharts(language, reviews);
  await made.workbook.write([data]);
  return { ...made, data, charts };
}

describe('ExcelWorkbook.writeCharts: the charts of one service', () => {
  it('adds the total and section-mean line charts and the heat map in 2 round trips', async () => {
    const { excel, workbook, charts } = await withServiceData();
    const before = excel.roundTrips;
    await workbook.writeCharts(charts);
    const trips = excel.roundTrips - before;
    console.log(
      `[excel] writing the charts of a service (total over time + section means + heat map): ${trips} round trips`,
    );
    expect(trips).toBe(2);

    const sheet = excel.sheet(DATA_SHEET);
    expect(sheet.charts.map((chart) => [chart.name, chart.type])).toEqual([
      ['total-over-time', 'Line'],
      ['section-means-over-time', 'Line'],
    ]);
    const [total, sections] = sheet.charts;
    const plan = charts[0]!;
    const categories = rangeAddress(plan.categories!);
    expect(total!.title).toBe('Totalskår over tid');
    expect(total!.valueAxis).toEqual({ minimum: 25, maximum: 125, majorUnit: 25, title: 'Totalskår' });
    // A date axis: reviews sit in proportion to the time between them.
    expect(total!.categoryAxis).toEqual({ title: 'Dato', categoryType: 'DateAxis' });
    expect(total!.legendPosition).toBe('Bottom');
    expect(total!.series.map((series) => series.name)).toEqual([
      ...levelBands().map((band) => band.name.nb),
      'Totalskår',
    ]);
    expect(total!.series.map((series) => series.values)).toEqual(
      plan.series.map((series) => ({ sheet: DATA_SHEET, address: rangeAddress(series.values) })),
    );
    expect(
      total!.series.every((series) => series.xValues?.address === categories && series.xValues.sheet === DATA_SHEET),
    ).toBe(true);
    // The bands are stacked areas in light tints without outlines, under the total line.
    const bands = total!.series.slice(0, 4);
    expect(bands.map((series) => [series.chartType, series.lineStyle, series.hasDataLabels ?? false])).toEqual([
      ['AreaStacked', 'None', false],
      ['AreaStacked', 'None', false],
      ['AreaStacked', 'None', false],
      ['AreaStacked', 'None', false],
    ]);
    expect(bands.map((series) => series.fill)).toEqual(plan.series.slice(0, 4).map((series) => series.color));
    // Each band carries its name as a label on its first point; the total has no such label.
    expect(bands.map((series) => series.pointLabels)).toEqual(
      bands.map(() => ({ 0: { hasDataLabel: true, showSeriesName: true, showValue: false } })),
    );
    expect(total!.series[4]!.pointLabels).toBeUndefined();
    // The total is a solid line with markers and a value label on each point.
    expect(total!.series[4]).toMatchObject({
      lineColor: '#0072B2',
      lineStyle: 'Continuous',
      markerStyle: 'Circle',
      hasDataLabels: true,
    });
    expect(total!.series[4]!.chartType).toBeUndefined();
    // Top left of the sheet, where the eye lands; the data starts at column I.
    expect(total!.position).toEqual({ start: 'A1' });
    expect([total!.width, total!.height]).toEqual([760 * 0.75, 270 * 0.75]);

    expect(sections!.title).toBe('Gjennomsnittlig skår per område over tid');
    expect(sections!.valueAxis).toMatchObject({ minimum: 1, maximum: 5, majorUnit: 1 });
    expect(sections!.categoryAxis.categoryType).toBe('DateAxis');
    expect(sections!.series.map((series) => series.name)).toEqual(['Bemanning', 'Organisasjon', 'Tjenester']);
    expect(sections!.position).toEqual({ start: 'A29' });

    const heat = charts[2]!;
    expect(sheet.conditionalFormats).toEqual([
      {
        address: rangeAddress(heat.heatmap!.range),
        rect: heat.heatmap!.range,
        type: 'ColorScale',
        criteria: {
          minimum: { formula: '1', type: 'Number', color: '#F8696B' },
          midpoint: { formula: '3', type: 'Number', color: '#FFEB84' },
          maximum: { formula: '5', type: 'Number', color: '#63BE7B' },
        },
      },
    ]);
  });

  it('takes titles, series and axis titles in the language asked for', async () => {
    const { excel, workbook, charts } = await withServiceData('en');
    await workbook.writeCharts(charts, 'en');
    const [total, sections] = excel.sheet(DATA_SHEET).charts;
    expect(total!.title).toBe('Total score over time');
    expect(total!.valueAxis.title).toBe('Total score');
    expect(total!.categoryAxis.title).toBe('Date');
    expect(total!.series[4]!.name).toBe('Total score');
    expect(total!.series[0]!.name).toBe('Not IPS (≤ 73)');
    expect(sections!.series.map((series) => series.name)).toEqual(['Staffing', 'Organization', 'Services']);
  });

  it('replaces its own charts and heat map by id, keeping the user’s charts and other formats', async () => {
    const { excel, workbook, charts } = await withServiceData('nb', 2);
    await workbook.writeCharts(charts);
    const sheet = excel.sheet(DATA_SHEET);
    // The user adds a chart of their own and a highlight rule; an old copy of ours got duplicated.
    sheet.charts.push({
      name: 'Mitt diagram',
      type: 'ColumnClustered',
      seriesBy: 'Columns',
      source: { sheet: DATA_SHEET, address: 'C3:C4' },
      valueAxis: {},
      categoryAxis: {},
      series: [],
    });
    sheet.charts.push({ ...sheet.charts[0]!, series: [] });
    const highlight = { address: 'A1:A2', rect: { row: 0, column: 0, rows: 2, columns: 1 }, type: 'CellValue' };
    sheet.conditionalFormats.push(highlight);

    // A third review: the tables grow, the charts are written again.
    const third = sampleServiceCharts('nb', 3);
    await workbook.write([third.data]);
    const before = excel.roundTrips;
    await workbook.writeCharts(third.charts);
    expect(excel.roundTrips - before).toBe(2);

    expect(sheet.charts.map((chart) => chart.name).sort()).toEqual([
      'Mitt diagram',
      'section-means-over-time',
      'total-over-time',
    ]);
    const total = sheet.charts.find((chart) => chart.name === 'total-over-time')!;
    expect(total.series[0]!.values.address).toBe(rangeAddress(third.charts[0]!.series[0]!.values));
    // The larger heat map replaced the smaller one; the highlight rule is still there.
    expect(sheet.conditionalFormats.map((format) => [format.type, format.address])).toEqual([
      ['CellValue', 'A1:A2'],
      ['ColorScale', rangeAddress(third.charts[2]!.heatmap!.range)],
    ]);

    // Writing the same again changes nothing in number.
    await workbook.writeCharts(third.charts);
    expect(sheet.charts).toHaveLength(3);
    expect(sheet.conditionalFormats).toHaveLength(2);
  });

  it('writes many charts on several sheets in the same 2 round trips', async () => {
    const { excel, workbook } = setup({ sheets: { Ark1: [] } });
    const a = sampleServiceCharts('nb', 3, 'Data A');
    const b = sampleServiceCharts('nb', 2, 'Data B');
    await workbook.write([a.data, b.data]);
    const before = excel.roundTrips;
    await workbook.writeCharts([...a.charts, ...b.charts]);
    expect(excel.roundTrips - before).toBe(2);
    expect(excel.sheet('Data A').charts).toHaveLength(2);
    expect(excel.sheet('Data B').charts).toHaveLength(2);
    expect(excel.sheet('Data B').conditionalFormats).toHaveLength(1);
  });

  it('puts charts on their placement sheet, creating it, with series on the data sheet', async () => {
    const { excel, workbook } = setup({ sheets: { Ark1: [] } });
    const { data, charts } = sampleServiceCharts('nb', 3);
    await workbook.write([data]);
    const placed = charts.slice(0, 2).map((plan, index) => ({
      ...plan,
      placement: { sheet: 'Diagrammer', row: index * 20, column: 1, width: 400, height: 200 },
    }));
    await workbook.writeCharts(placed);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(['Ark1', DATA_SHEET, 'Diagrammer']);
    const charts2 = excel.sheet('Diagrammer').charts;
    expect(charts2.map((chart) => chart.position?.start)).toEqual(['B1', 'B21']);
    expect(charts2[0]!.source.sheet).toBe(DATA_SHEET);
    expect(excel.sheet(DATA_SHEET).charts).toEqual([]);
    // The sheet is known now: writing again does not add it twice.
    await workbook.writeCharts(placed);
    expect(excel.sheets).toHaveLength(3);
    expect(excel.sheet('Diagrammer').charts).toHaveLength(2);
  });

  it('draws the latest totals of all services as labelled columns over the shaded bands (a combination chart), at A1', async () => {
    const { excel, workbook } = setup({ sheets: { Ark1: [] } });
    const { historyRow } = await import('../../src/core/history/table');
    const { sampleReview } = await import('../../src/core/review/sample');
    const rows = ['A', 'B'].map((service) => historyRow({ ...sampleReview(), id: service, service }));
    const { plan, layout } = multiServiceTablePlan(multiServiceSummary(rows), { sheet: 'Oversikt', language: 'nb' });
    await workbook.write([plan]);
    await workbook.writeCharts([multiServiceLatestChart(layout)]);
    const [chart] = excel.sheet('Oversikt').charts;
    expect(chart!.type).toBe('ColumnClustered');
    expect(chart!.title).toBe('Siste totalskår per tjeneste');
    expect(chart!.series[4]).toMatchObject({ name: 'Totalskår', fill: '#0072B2', hasDataLabels: true });
    expect(chart!.series[4]!.chartType).toBeUndefined();
    expect(chart!.series.slice(0, 4).map((series) => [series.chartType, series.lineStyle])).toEqual([
      ['AreaStacked', 'None'],
      ['AreaStacked', 'None'],
      ['AreaStacked', 'None'],
      ['AreaStacked', 'None'],
    ]);
    // Services are categories: text labels, evenly spaced.
    expect(chart!.categoryAxis.categoryType).toBe('TextAxis');
    expect(chart!.position).toEqual({ start: 'A1' });
  });

  it('colours the history table as a heat map', async () => {
    const { excel, workbook } = setup({ sheets: { 'IPS-historikk': [['x']] } });
    const heat = historyHeatmapChart('IPS-historikk', 4);
    await workbook.writeCharts([heat]);
    expect(excel.sheet('IPS-historikk').conditionalFormats.map((format) => format.address)).toEqual([
      rangeAddress(heat.heatmap!.range),
    ]);
    expect(excel.sheet('IPS-historikk').charts).toEqual([]);
    expect(excel.roundTrips).toBe(2);
  });

  it('refuses a chart whose data sheet does not exist, before changing anything', async () => {
    const { excel, workbook } = setup({ sheets: { Ark1: [] } });
    const { charts } = sampleServiceCharts('nb');
    await expect(workbook.writeCharts(charts)).rejects.toThrow(`there is no sheet named "${DATA_SHEET}"`);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(['Ark1']);
    expect(excel.roundTrips).toBe(1);
  });

  it('looks at the sheets first when Excel refuses operations on null objects (the refused try, then 3 round trips)', async () => {
    const { excel, workbook } = setup({ sheets: { Ark1: [] }, nullObjects: 'reject' });
    const { data, charts } = sampleServiceCharts('nb');
    await workbook.write([data]);
    const placed = charts.map((plan) =>
      plan.placement ? { ...plan, placement: { ...plan.placement, sheet: 'Ny' } } : plan,
    );
    const before = excel.roundTrips;
    await workbook.writeCharts(placed);
    // The refused look, the sheet list, the look again, the write.
    expect(excel.roundTrips - before).toBe(4);
    expect(excel.sheet('Ny').charts).toHaveLength(2);
    expect(excel.sheet(DATA_SHEET).conditionalFormats).toHaveLength(1);
  });

  it('needs ExcelApi 1.7 for charts and 1.6 for heat maps, and says so before any round trip', async () => {
    const { excel, workbook, charts } = await withServiceData();
    const before = excel.roundTrips;
    const old = new ExcelWorkbook({ excel, supports: (version) => version < '1.7' });
    await expect(old.writeCharts(charts)).rejects.toThrow('ExcelApi 1.7');
    await old.writeCharts([charts[2]!]);
    const older = new ExcelWorkbook({ excel, supports: (version) => version < '1.6' });
    await expect(older.writeCharts([charts[2]!])).rejects.toThrow('ExcelApi 1.6');
    expect(excel.roundTrips - before).toBe(2);
    void workbook;
  });

  it('makes no round trip for no charts, and one chart per id per sheet', async () => {
    const { excel, workbook } = setup();
    await workbook.writeCharts([]);
    expect(excel.roundTrips).toBe(0);
    const { charts } = sampleServiceCharts('nb');
    expect(
      latestPerId([charts[0]!, charts[1]!, { ...charts[0]!, title: { nb: 'ny', en: 'new' } }]).map(
        (plan) => plan.title.nb,
      ),
    ).toEqual(['Gjennomsnittlig skår per område over tid', 'ny']);
    expect(colorScaleCriteria({ min: SCORE_COLOR_SCALE.min, max: SCORE_COLOR_SCALE.max })).not.toHaveProperty(
      'midpoint',
    );
  });
});

describe('ExcelWorkbook.writeCharts: deletes only the colour scales it made', () => {
  it('replaces its own heat map and keeps the user’s colour scales on the same cells', async () => {
    const { excel, workbook, charts } = await withServiceData('nb', 2);
    await workbook.writeCharts(charts);
    const sheet = excel.sheet(DATA_SHEET);
    const heat = charts[2]!.heatmap!.range;
    // The user's own colour scales over the same cells: Excel's default red–yellow–green scale
    // (the same colours as ours, by percentiles), and ours copied with a threshold of their own.
    const excelDefault = {
      minimum: { type: 'LowestValue', formula: null, color: '#F8696B' },
      midpoint: { type: 'Percentile', formula: '50', color: '#FFEB84' },
      maximum: { type: 'HighestValue', formula: null, color: '#63BE7B' },
    };
    const ownThreshold = colorScaleCriteria({
      ...SCORE_COLOR_SCALE,
      max: { value: 4, color: SCORE_COLOR_SCALE.max.color },
    });
    sheet.conditionalFormats.push(
      { address: rangeAddress(heat), rect: heat, type: 'ColorScale', criteria: excelDefault },
      {
        address: 'A1:D2',
        rect: { row: 0, column: 0, rows: 2, columns: 4 },
        type: 'ColorScale',
        criteria: ownThreshold,
      },
    );

    const third = sampleServiceCharts('nb', 3);
    await workbook.write([third.data]);
    await workbook.writeCharts(third.charts);

    expect(sheet.conditionalFormats.map((format) => [format.address, format.criteria])).toEqual([
      [rangeAddress(heat), excelDefault],
      ['A1:D2', ownThreshold],
      [rangeAddress(third.charts[2]!.heatmap!.range), colorScaleCriteria(SCORE_COLOR_SCALE)],
    ]);
  });

  it('recognises its heat map when Excel gives the thresholds back as formulas and colours in lower case', async () => {
    const { excel, workbook, charts } = await withServiceData('nb', 2);
    const heat = charts[2]!.heatmap!.range;
    const asExcelGivesIt = {
      minimum: { type: 'Number', formula: '=1', color: '#f8696b' },
      midpoint: { type: 'Number', formula: '=3', color: '#ffeb84' },
      maximum: { type: 'Number', formula: '=5', color: '#63be7b' },
    };
    excel.sheet(DATA_SHEET).conditionalFormats.push({
      address: rangeAddress(heat),
      rect: heat,
      type: 'ColorScale',
      criteria: asExcelGivesIt,
    });
    await workbook.writeCharts(charts);
    expect(excel.sheet(DATA_SHEET).conditionalFormats.map((format) => format.criteria)).toEqual([
      colorScaleCriteria(SCORE_COLOR_SCALE),
    ]);
  });
});

describe('ExcelWorkbook.showChart («Vis diagrammer»)', () => {
  it('activates the chart sheet and selects the chart by its plan id, in 2 round trips', async () => {
    const { excel, workbook, charts } = await withServiceData();
    await workbook.writeCharts(charts);
    const before = excel.roundTrips;
    expect(await workbook.showChart(DATA_SHEET, 'total-over-time')).toBe(true);
    expect(excel.roundTrips - before).toBe(2);
    expect(excel.activeSheet).toBe(DATA_SHEET);
    expect(excel.activeChart).toEqual({ sheet: DATA_SHEET, name: 'total-over-time' });
  });

  it('before ExcelApi 1.9 activates the sheet only (the chart is at A1, in view)', async () => {
    const excel = new FakeExcel({ sheets: { Ark1: [] } });
    const workbook = new ExcelWorkbook({ excel, supports: (version) => version !== '1.9' });
    const { data, charts } = sampleServiceCharts('nb');
    await workbook.write([data]);
    await workbook.writeCharts(charts);
    expect(await workbook.showChart(DATA_SHEET, 'total-over-time')).toBe(true);
    expect(excel.activeSheet).toBe(DATA_SHEET);
    expect(excel.activeChart).toBeNull();
  });

  it('says false for a missing chart (sheet still activated) or a missing sheet (nothing changes)', async () => {
    const { excel, workbook } = await withServiceData();
    expect(await workbook.showChart(DATA_SHEET, 'total-over-time')).toBe(false);
    expect(excel.activeSheet).toBe(DATA_SHEET);
    excel.activeSheet = null;
    expect(await workbook.showChart('Finnes ikke', 'total-over-time')).toBe(false);
    expect(excel.activeSheet).toBeNull();
    expect(excel.activeChart).toBeNull();
  });
});

describe('ExcelWorkbook.writeCharts: the employment rate per quarter (issue 12)', () => {
  it('draws the rate as a labelled line over the four stacked-area bands, on a % axis, under the total over time', async () => {
    const { excel, workbook } = setup({ sheets: { Ark1: [] } });
    const { data, chart } = serviceEmploymentCharts(outcomeSeries().own, { sheet: DATA_SHEET, language: 'en' });
    await workbook.write([data]);
    await workbook.writeCharts([chart], 'en');
    const [drawn] = excel.sheet(DATA_SHEET).charts;
    expect(drawn!.name).toBe(EMPLOYMENT_CHART_ID);
    expect(drawn!.title).toBe('Employment rate per quarter');
    expect(drawn!.valueAxis).toEqual({
      minimum: 0,
      maximum: 1,
      majorUnit: 0.25,
      title: 'Employment rate',
      numberFormat: '0%',
    });
    expect(drawn!.categoryAxis).toEqual({ title: 'Quarter', categoryType: 'TextAxis' });
    expect(drawn!.series.map((series) => [series.name, series.chartType ?? 'Line'])).toEqual([
      ...employmentBands().map((band) => [band.name.en, 'AreaStacked']),
      ['Employment rate', 'Line'],
    ]);
    expect(drawn!.series[4]!.hasDataLabels).toBe(true);
    expect(drawn!.series.map((series) => series.values)).toEqual(
      chart.series.map((series) => ({ sheet: DATA_SHEET, address: rangeAddress(series.values) })),
    );
    expect(drawn!.position).toEqual({ start: `A${SERVICE_SHEET_LAYOUT.employmentRate.row + 1}` });
    // The rates are fractions shown as %.
    const rate = chart.series[4]!.values;
    expect(excel.sheet(DATA_SHEET).numberFormats.get(`${rate.row},${rate.column}`)).toBe('0.0%');
  });

  it('leaves the axis format out where ExcelApi 1.8 is missing (the chart is still drawn)', async () => {
    const { excel, workbook } = setup({ sheets: { Ark1: [] } }, (version) => version !== '1.8');
    const { data, chart } = serviceEmploymentCharts(outcomeSeries().own, { sheet: DATA_SHEET, language: 'nb' });
    await workbook.write([data]);
    await workbook.writeCharts([chart], 'nb');
    const [drawn] = excel.sheet(DATA_SHEET).charts;
    expect(drawn!.valueAxis.numberFormat).toBeUndefined();
    expect(drawn!.series).toHaveLength(5);
  });
});

describe('ExcelWorkbook.writeCharts: the employment rate of every service on the overview (issue 12)', () => {
  it('draws one coloured line per service named in the legend, and all services as a dashed black line, over the bands', async () => {
    const { excel, workbook } = setup({ sheets: { Ark1: [] } });
    const { data, chart } = allServicesEmploymentCharts(employmentSeries(OUTCOME_ROWS), {
      sheet: DATA_SHEET,
      language: 'en',
    });
    await workbook.write([data]);
    await workbook.writeCharts([chart], 'en');
    const [drawn] = excel.sheet(DATA_SHEET).charts;
    expect(drawn!.name).toBe(ALL_SERVICES_EMPLOYMENT_CHART_ID);
    expect(drawn!.title).toBe('Employment rate per quarter, all services');
    expect(drawn!.legendPosition).toBe('Bottom');
    expect(drawn!.series.map((series) => [series.name, series.chartType ?? 'Line'])).toEqual([
      ...employmentBands().map((band) => [band.name.en, 'AreaStacked']),
      ['Annen tjeneste', 'Line'],
      [OUTCOME_SERVICE, 'Line'],
      ['All services', 'Line'],
    ]);
    expect(drawn!.series.slice(4).map((series) => [series.lineColor, series.lineStyle])).toEqual([
      [SERVICE_LINE_COLORS[0], 'Continuous'],
      [SERVICE_LINE_COLORS[1], 'Continuous'],
      ['#000000', 'Dash'],
    ]);
    // Each line reads its own column; only all services together carries value labels.
    expect(drawn!.series.map((series) => series.values)).toEqual(
      chart.series.map((series) => ({ sheet: DATA_SHEET, address: rangeAddress(series.values) })),
    );
    expect(drawn!.series.slice(4).map((series) => series.hasDataLabels ?? false)).toEqual([false, false, true]);
  });
});
