import { describe, expect, it } from 'vitest';
import { scriptRunWorkbook, toPlain } from '../../gas/client/script-run-workbook';
import { assertCharts, CHART_METADATA_PREFIX, parseA1Range } from '../../gas/server/charts';
import { workbookServer } from '../../gas/server/workbook-server';
import { writePlans } from '../../gas/server/write-plan';
import { historyRow } from '../../src/core/history/table';
import { multiServiceSummary } from '../../src/core/history/trends';
import { sampleReview } from '../../src/core/review/sample';
import { type ChartPlan } from '../../src/core/workbook/chart-plan';
import {
  historyHeatmapChart,
  levelBands,
  multiServiceLatestChart,
  multiServiceTablePlan,
} from '../../src/core/history/charts';
import { rangeAddress, type RangeRect } from '../../src/core/workbook/plan';
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
import { DATA_SHEET, sampleServiceCharts } from '../excel/chart-fixture';
import {
  callCounts,
  FakeConditionalFormatRule,
  FakeEmbeddedChart,
  fakeServices,
  type FakeRange,
} from './fake-spreadsheet-app';
import { fakeScriptRun } from './fake-script-run';

/** What arrives over google.script.run. */
const sent = <T>(value: T): T => toPlain(value);

/** The A1 of a rectangle with the header row above it. */
function withHeader(rect: RangeRect): string {
  return rangeAddress({ ...rect, row: rect.row - 1, rows: rect.rows + 1 });
}

function setup(reviews = 3, language: 'nb' | 'en' = 'nb') {
  const services = fakeServices();
  const server = workbookServer(services);
  const { data, charts } = sampleServiceCharts(language, reviews);
  server.ipsWrite(sent([data]));
  services.log.length = 0;
  return { services, server, data, charts, sheet: services.book.sheet(DATA_SHEET)! };
}

const ourMetadata = (sheet: { metadata: readonly { key: string; value: string | null }[] }) =>
  sheet.metadata
    .filter((entry) => entry.key.startsWith(CHART_METADATA_PREFIX))
    .map((entry) => [entry.key, entry.value]);

describe('ipsWriteCharts: the charts of one service', () => {
  it('inserts the two line charts and the heat-map rule with a few dozen service calls', () => {
    const { services, server, charts, sheet } = setup();
    server.ipsWriteCharts(sent(charts), 'nb');
    const counts = callCounts(services.log);
    console.log(
      `[gas] writing the charts of a service (total over time + section means + heat map): 1 google.script.run call, ` +
        `${services.log.length} Apps Script service calls\n${JSON.stringify(counts, null, 1)}`,
    );
    // Each series is a range and the bands are four of them: a few calls more than with three band lines.
    expect(services.log.length).toBeLessThanOrEqual(76);
    expect(counts['Sheet.insertChart']).toBe(2);
    expect(counts['Sheet.getCharts']).toBe(2); // before (to find old charts) and after (to learn the new ids)
    expect(counts['Sheet.setConditionalFormatRules']).toBe(1);

    // The total over time is a combo chart: the bands as stacked areas, the total as a line.
    expect(sheet.charts.map((chart) => chart.chartType)).toEqual(['COMBO', 'LINE']);
    const [total, sections] = sheet.charts as FakeEmbeddedChart[];
    const plan = charts[0]!;
    expect(total!.ranges).toEqual(
      [plan.categories!, ...plan.series.map((series) => series.values)].map((rect) => ({
        sheet: DATA_SHEET,
        a1: withHeader(rect),
      })),
    );
    expect(total!.numHeaders).toBe(1);
    expect(total!.mergeStrategy).toBe('MERGE_COLUMNS');
    // Top left of the sheet, where the eye lands.
    expect(total!.position).toEqual({ row: 1, column: 1, offsetX: 0, offsetY: 0 });
    expect(total!.options).toMatchObject({
      title: 'Totalskår over tid',
      useFirstColumnAsDomain: true,
      legend: { position: 'bottom' },
      vAxis: { title: 'Totalskår', viewWindow: { min: 25, max: 125 }, gridlines: { count: 5 } },
      // Dates as dates: a continuous time axis.
      treatLabelsAsText: false,
      hAxis: { title: 'Dato', format: 'yyyy-MM-dd' },
      seriesType: 'line',
      isStacked: true,
      width: 760,
      height: 270,
    });
    const series = total!.options['series'] as Record<string, Record<string, unknown>>;
    expect([0, 1, 2, 3].map((i) => series[String(i)])).toEqual(
      levelBands().map((band, index) => ({
        color: plan.series[index]!.color,
        labelInLegend: band.name.nb,
        type: 'area',
        areaOpacity: 1,
        lineWidth: 0,
        pointSize: 0,
      })),
    );
    expect(series['4']).toEqual({
      color: '#0072B2',
      labelInLegend: 'Totalskår',
      type: 'line',
      lineWidth: 2,
      pointSize: 5,
      dataLabel: 'value',
    });
    expect(sections!.options).toMatchObject({
      title: 'Gjennomsnittlig skår per område over tid',
      vAxis: { viewWindow: { min: 1, max: 5 } },
    });
    expect(sections!.position).toEqual({ row: 29, column: 1, offsetX: 0, offsetY: 0 });
    expect(sections!.options).toMatchObject({ treatLabelsAsText: false, hAxis: { format: 'yyyy-MM-dd' } });
    expect(sections!.options['isStacked']).toBeUndefined();

    // Which chart is which plan's: developer metadata on the sheet, value = chart id.
    expect(ourMetadata(sheet)).toEqual([
      [`${CHART_METADATA_PREFIX}total-over-time`, String(total!.id)],
      [`${CHART_METADATA_PREFIX}section-means-over-time`, String(sections!.id)],
    ]);

    const heat = charts[2]!;
    expect(sheet.conditionalFormatRules).toHaveLength(1);
    const rule = sheet.conditionalFormatRules[0]!;
    expect(rule.ranges.map((range) => range.a1())).toEqual([rangeAddress(heat.heatmap!.range)]);
    expect(rule.gradient).toEqual({
      min: { color: '#F8696B', type: 'NUMBER', value: '1' },
      mid: { color: '#FFEB84', type: 'NUMBER', value: '3' },
      max: { color: '#63BE7B', type: 'NUMBER', value: '5' },
    });

    // All reads before the writes, except the one look at the new charts' ids.
    const firstWrite = services.log.findIndex(
      (call) =>
        /\.(insert|remove|set[A-Z]|add)/.test(call) &&
        !call.startsWith('EmbeddedChartBuilder') &&
        !call.startsWith('ConditionalFormatRuleBuilder'),
    );
    const reads = services.log
      .map((call, index) => (/\.get/.test(call) && !call.startsWith('Sheet.getRange') ? index : -1))
      .filter((index) => index > firstWrite);
    expect(reads.map((index) => services.log[index])).toEqual([
      'Sheet.getCharts',
      'EmbeddedChart.getChartId',
      'EmbeddedChart.getChartId',
    ]);
  });

  it('takes the language asked for', () => {
    const { server, charts, sheet } = setup(3, 'en');
    server.ipsWriteCharts(sent(charts), 'en');
    const [total] = sheet.charts;
    expect(total!.options).toMatchObject({
      title: 'Total score over time',
      hAxis: { title: 'Date' },
      vAxis: { title: 'Total score' },
    });
    const series = total!.options['series'] as Record<string, { labelInLegend: string }>;
    expect(series['4']!.labelInLegend).toBe('Total score');
    expect(series['0']!.labelInLegend).toBe('Not IPS (≤ 73)');
  });

  it('replaces its charts and heat map by id, and keeps the user’s charts and rules', () => {
    const { services, server, charts, sheet } = setup(2);
    server.ipsWriteCharts(sent(charts), 'nb');
    const oldIds = sheet.charts.map((chart) => chart.id);
    // The user adds a chart and a rule of their own.
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType('BAR' as never)
        .addRange(sheet.getRange(3, 3, 2, 1))
        .build(),
    );
    const userChart = sheet.charts.at(-1)!.id;
    const userRange = sheet.getRange(1, 1, 2, 1) as FakeRange;
    sheet.conditionalFormatRules.push(
      new FakeConditionalFormatRule(services.log, null, [userRange], 'text contains "x"'),
    );

    const third = sampleServiceCharts('nb', 3);
    server.ipsWrite(sent([third.data]));
    services.log.length = 0;
    server.ipsWriteCharts(sent(third.charts), 'nb');
    console.log(
      `[gas] writing the charts of a service again (replacing them): ${services.log.length} Apps Script service calls`,
    );
    expect(callCounts(services.log)['Sheet.removeChart']).toBe(2);

    expect(sheet.charts.map((chart) => chart.id)).toContain(userChart);
    expect(sheet.charts).toHaveLength(3);
    expect(sheet.charts.filter((chart) => oldIds.includes(chart.id))).toEqual([]);
    const [total] = sheet.charts.filter((chart) => chart.id !== userChart);
    expect(total!.ranges[1]!.a1).toBe(withHeader(third.charts[0]!.series[0]!.values));
    expect(ourMetadata(sheet).map(([key]) => key)).toEqual([
      `${CHART_METADATA_PREFIX}total-over-time`,
      `${CHART_METADATA_PREFIX}section-means-over-time`,
    ]);
    expect(ourMetadata(sheet).map(([, value]) => Number(value))).toEqual(
      sheet.charts.filter((chart) => chart.id !== userChart).map((chart) => chart.id),
    );

    // The grown heat map replaced the old one; the user's rule is kept, first.
    expect(
      sheet.conditionalFormatRules.map((rule) => [rule.description, rule.ranges.map((range) => range.a1())]),
    ).toEqual([
      ['text contains "x"', ['A1:A2']],
      ['', [rangeAddress(third.charts[2]!.heatmap!.range)]],
    ]);

    // Again: the same numbers.
    server.ipsWriteCharts(sent(third.charts), 'nb');
    expect(sheet.charts).toHaveLength(3);
    expect(sheet.conditionalFormatRules).toHaveLength(2);
    expect(ourMetadata(sheet)).toHaveLength(2);
  });

  it('inserts a chart again when the user deleted it, dropping the stale metadata', () => {
    const { server, charts, sheet } = setup();
    server.ipsWriteCharts(sent(charts), 'nb');
    sheet.removeChart(sheet.charts[0]!);
    server.ipsWriteCharts(sent(charts), 'nb');
    expect(sheet.charts).toHaveLength(2);
    expect(
      ourMetadata(sheet)
        .map(([, value]) => Number(value))
        .sort(),
    ).toEqual(sheet.charts.map((chart) => chart.id).sort());
  });

  it('puts charts on their placement sheet, inserting it, with ranges on the data sheet', () => {
    const { server, charts, services } = setup();
    const placed = charts.slice(0, 2).map((plan, index) => ({
      ...plan,
      placement: { sheet: 'Diagrammer', row: index * 20, column: 1, width: 400, height: 200 },
    }));
    server.ipsWriteCharts(sent(placed), 'nb');
    const target = services.book.sheet('Diagrammer')!;
    expect(target.charts.map((chart) => chart.position?.row)).toEqual([1, 21]);
    expect(target.charts[0]!.ranges.every((range) => range.sheet === DATA_SHEET)).toBe(true);
    expect(services.book.sheet(DATA_SHEET)!.charts).toEqual([]);
    expect(ourMetadata(target)).toHaveLength(2);
  });

  it('draws the latest totals per service as a combo chart: labelled columns over the shaded bands, at A1', () => {
    const services = fakeServices();
    const server = workbookServer(services);
    const rows = ['A', 'B'].map((service) => historyRow({ ...sampleReview(), id: service, service }));
    const { plan, layout } = multiServiceTablePlan(multiServiceSummary(rows), { sheet: 'Oversikt', language: 'nb' });
    server.ipsWrite(sent([plan]));
    server.ipsWriteCharts(sent([multiServiceLatestChart(layout)]), 'nb');
    const [chart] = services.book.sheet('Oversikt')!.charts;
    expect(chart!.chartType).toBe('COMBO');
    expect(chart!.options['seriesType']).toBe('bars');
    const series = chart!.options['series'] as Record<string, Record<string, unknown>>;
    expect(series['4']).toEqual({ color: '#0072B2', labelInLegend: 'Totalskår', type: 'bars', dataLabel: 'value' });
    expect(series['0']).toMatchObject({ type: 'area', areaOpacity: 1 });
    expect(chart!.options).toMatchObject({ isStacked: true, treatLabelsAsText: true });
    expect(chart!.position).toEqual({ row: 1, column: 1, offsetX: 0, offsetY: 0 });
  });

  it('colours the history table: a gradient rule only, no chart', () => {
    const services = fakeServices();
    services.book.addSheet('IPS-historikk').maxColumns = 60;
    workbookServer(services).ipsWriteCharts(sent([historyHeatmapChart('IPS-historikk', 4)]), 'nb');
    const sheet = services.book.sheet('IPS-historikk')!;
    expect(sheet.charts).toEqual([]);
    expect(sheet.conditionalFormatRules).toHaveLength(1);
    expect(callCounts(services.log)['Sheet.getCharts']).toBeUndefined();
  });

  it('refuses a missing source sheet or a malformed plan before changing anything', () => {
    const services = fakeServices();
    const server = workbookServer(services);
    const { charts } = sampleServiceCharts('nb');
    expect(() => server.ipsWriteCharts(sent(charts), 'nb')).toThrow(`there is no sheet named "${DATA_SHEET}"`);
    expect(() => server.ipsWriteCharts({} as never)).toThrow('list of chart plans');
    expect(() => server.ipsWriteCharts([{ ...charts[0]!, id: '' }])).toThrow('has no id');
    expect(() => server.ipsWriteCharts([{ ...charts[0]!, kind: 'pie' } as unknown as ChartPlan])).toThrow(
      'unknown kind',
    );
    expect(() =>
      server.ipsWriteCharts([{ ...charts[0]!, series: [{ values: { row: -1 } }] } as unknown as ChartPlan]),
    ).toThrow('malformed series');
    expect(() => server.ipsWriteCharts([{ ...charts[2]!, heatmap: undefined } as unknown as ChartPlan])).toThrow(
      'has no range',
    );
    expect(services.log.filter((call) => /insert|remove|set[A-Z]|add/.test(call))).toEqual([]);
    expect(() => assertCharts([])).not.toThrow();
  });

  it('parses the A1 forms getA1Notation gives', () => {
    expect(parseA1Range('B3:D7')).toEqual({ row: 2, column: 1, rows: 5, columns: 3 });
    expect(parseA1Range('C4')).toEqual({ row: 3, column: 2, rows: 1, columns: 1 });
    expect(parseA1Range('A:B')).toMatchObject({ row: 0, column: 0, columns: 2 });
    expect(parseA1Range('2:3')).toMatchObject({ row: 1, rows: 2, column: 0 });
    expect(parseA1Range('3B')).toBeNull();
    expect(parseA1Range('A1:')).toBeNull();
  });
});

describe('reading several sheets; new validations; text formats', () => {
  it('reads several sheets in one call, null for a missing one', () => {
    const services = fakeServices();
    services.book.addSheet('A').type('B2', 'x');
    const server = workbookServer(services);
    expect(server.ipsReadSheets(['A', 'Nope', 'Ark1'])).toEqual([
      [
        ['', ''],
        ['', 'x'],
      ],
      null,
      [['']],
    ]);
    expect(() => server.ipsReadSheets({} as never)).toThrow('list of sheet names');
    expect(() => server.ipsReadSheets([''])).toThrow('sheet name');
  });

  it('writes decimal and date validations', () => {
    const services = fakeServices();
    const at = (column: number) => ({ row: 0, column, rows: 2, columns: 1 });
    writePlans(services.spreadsheetApp, services.book, [
      {
        sheet: 'V',
        blocks: [],
        validations: [
          { range: at(0), rule: { type: 'decimal', min: 0, max: 1, message: 'a' } },
          { range: at(1), rule: { type: 'decimal', min: 0, message: 'b' } },
          { range: at(2), rule: { type: 'decimal', max: 40, message: 'c' } },
          { range: at(3), rule: { type: 'decimal', message: 'd' } },
          { range: at(4), rule: { type: 'date', message: 'e' } },
        ],
      },
    ]);
    const sheet = services.book.sheet('V')!;
    expect([0, 1, 2, 3, 4].map((c) => sheet.validations.get(`1,${c}`))).toEqual([
      { criteria: 'NUMBER_BETWEEN', args: [0, 1], allowInvalid: false, helpText: 'a' },
      { criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', args: [0], allowInvalid: false, helpText: 'b' },
      { criteria: 'NUMBER_LESS_THAN_OR_EQUAL_TO', args: [40], allowInvalid: false, helpText: 'c' },
      { criteria: 'NUMBER_BETWEEN', args: [-1e300, 1e300], allowInvalid: false, helpText: 'd' },
      { criteria: 'DATE_IS_VALID_DATE', args: [], allowInvalid: false, helpText: 'e' },
    ]);
  });

  it('formats before it writes values; text stays text ("007") with or without a text format', () => {
    const services = fakeServices();
    writePlans(services.spreadsheetApp, services.book, [
      {
        sheet: 'T',
        blocks: [{ row: 0, column: 0, values: [['007', '007']] }],
        formats: [{ range: { row: 0, column: 0, rows: 1, columns: 1 }, numberFormat: '@' }],
      },
    ]);
    const sheet = services.book.sheet('T')!;
    expect(sheet.at('A1')).toBe('007');
    // Sheets would read "007" as 7: the host formats the cell as plain text first.
    expect(sheet.at('B1')).toBe('007');
    expect(services.log.indexOf('RangeList.setNumberFormat')).toBeLessThan(services.log.indexOf('Range.setValues'));
  });
});

describe('the sidebar workbook: readSheets and writeCharts over google.script.run', () => {
  it('reads several sheets and writes all charts with one call each, in the language given', async () => {
    const services = fakeServices();
    const server = workbookServer(services);
    const { run, calls } = fakeScriptRun(server as unknown as Record<string, (...args: never[]) => unknown>);
    const workbook = scriptRunWorkbook(run);
    const { data, charts } = sampleServiceCharts('en');
    await workbook.write([data]);
    expect(await workbook.readSheets(['Nope', DATA_SHEET]).then((all) => [all[0], all[1]![0]![8]])).toEqual([
      null,
      'Tjeneste A – Team 1',
    ]);
    await workbook.writeCharts(charts, 'en');
    await workbook.writeCharts([]);
    expect(calls.map((call) => [call.name, call.ok])).toEqual([
      ['ipsWrite', true],
      ['ipsReadSheets', true],
      ['ipsWriteCharts', true],
    ]);
    expect(calls[2]!.args[1]).toBe('en');
    expect(services.book.sheet(DATA_SHEET)!.charts[0]!.options['title']).toBe('Total score over time');
    // Without a language: Norwegian.
    await workbook.writeCharts(charts);
    expect(calls.at(-1)!.args[1]).toBe('nb');
    expect(services.book.sheet(DATA_SHEET)!.charts[0]!.options['title']).toBe('Totalskår over tid');
  });
});

describe('ipsWriteCharts: deletes only the gradient rules it made', () => {
  it('replaces its own heat map and keeps the user’s gradient rules on the same cells', () => {
    const { services, server, charts, sheet } = setup(2);
    server.ipsWriteCharts(sent(charts), 'nb');
    const heat = charts[2]!.heatmap!.range;
    const onHeat = sheet.getRange(heat.row + 1, heat.column + 1, heat.rows, heat.columns) as FakeRange;
    // The user's own: Sheets' min-to-max white→green scale, and ours with a threshold of their own.
    const sheetsDefault = {
      min: { color: '#FFFFFF', type: 'MIN', value: '' },
      mid: null,
      max: { color: '#57BB8A', type: 'MAX', value: '' },
    };
    const ownThreshold = {
      min: { color: '#F8696B', type: 'NUMBER', value: '1' },
      mid: { color: '#FFEB84', type: 'NUMBER', value: '3' },
      max: { color: '#63BE7B', type: 'NUMBER', value: '4' },
    };
    sheet.conditionalFormatRules.push(
      new FakeConditionalFormatRule(services.log, sheetsDefault, [onHeat]),
      new FakeConditionalFormatRule(services.log, ownThreshold, [sheet.getRange(1, 1, 2, 4) as FakeRange]),
    );

    const third = sampleServiceCharts('nb', 3);
    server.ipsWrite(sent([third.data]));
    server.ipsWriteCharts(sent(third.charts), 'nb');

    expect(sheet.conditionalFormatRules.map((rule) => [rule.gradient, rule.ranges.map((range) => range.a1())])).toEqual(
      [
        [sheetsDefault, [rangeAddress(heat)]],
        [ownThreshold, ['A1:D2']],
        [
          { ...ownThreshold, max: { ...ownThreshold.max, value: '5' } },
          [rangeAddress(third.charts[2]!.heatmap!.range)],
        ],
      ],
    );
  });

  it('recognises its heat map when Sheets gives the colours in lower case', () => {
    const { services, server, charts, sheet } = setup(2);
    const heat = charts[2]!.heatmap!.range;
    const lower = {
      min: { color: '#f8696b', type: 'NUMBER', value: '1' },
      mid: { color: '#ffeb84', type: 'NUMBER', value: '3' },
      max: { color: '#63be7b', type: 'NUMBER', value: '5' },
    };
    sheet.conditionalFormatRules.push(
      new FakeConditionalFormatRule(services.log, lower, [
        sheet.getRange(heat.row + 1, heat.column + 1, heat.rows, heat.columns) as FakeRange,
      ]),
    );
    server.ipsWriteCharts(sent(charts), 'nb');
    expect(sheet.conditionalFormatRules).toHaveLength(1);
    expect(sheet.conditionalFormatRules[0]!.gradient!.min!.color).toBe('#F8696B');
  });
});

describe('ipsShowChart («Vis diagrammer» in Sheets)', () => {
  it('activates the chart sheet and selects the cell the chart is anchored at (Apps Script cannot select a chart)', async () => {
    const { services, server, charts } = setup();
    server.ipsWriteCharts(sent(charts), 'nb');
    services.book.active = services.book.sheet('Ark1')!;
    const { run, calls } = fakeScriptRun(server as unknown as Record<string, (...args: never[]) => unknown>);
    const workbook = scriptRunWorkbook(run);
    expect(await workbook.showChart(DATA_SHEET, 'section-means-over-time')).toBe(true);
    expect(calls.map((call) => [call.name, call.ok])).toEqual([['ipsShowChart', true]]);
    expect(services.book.active.name).toBe(DATA_SHEET);
    // The section-means chart sits at A29, under the total over time (A1) and the outcome slot (A15).
    expect(services.book.activeRange).toEqual({ sheet: DATA_SHEET, a1: 'A29' });
    expect(server.ipsShowChart(DATA_SHEET, 'total-over-time')).toBe(true);
    expect(services.book.activeRange).toEqual({ sheet: DATA_SHEET, a1: 'A1' });
  });

  it('says false without changing the selection when the chart or the sheet is not there', () => {
    const { services, server } = setup();
    expect(server.ipsShowChart(DATA_SHEET, 'total-over-time')).toBe(false);
    expect(services.book.active.name).toBe(DATA_SHEET);
    expect(services.book.activeRange).toBeNull();
    expect(server.ipsShowChart('Finnes ikke', 'total-over-time')).toBe(false);
    expect(() => server.ipsShowChart('', 'total-over-time')).toThrow();
  });
});

describe('ipsWriteCharts: the employment rate per quarter (issue 12)', () => {
  it('draws a combo chart: the rate as a labelled line over the stacked band areas, on a % axis, under the total', () => {
    const services = fakeServices();
    const server = workbookServer(services);
    const { data, chart } = serviceEmploymentCharts(outcomeSeries().own, { sheet: DATA_SHEET, language: 'en' });
    server.ipsWrite(sent([data]));
    server.ipsWriteCharts(sent([chart]), 'en');
    const sheet = services.book.sheet(DATA_SHEET)!;
    const [drawn] = sheet.charts as FakeEmbeddedChart[];
    expect(drawn!.chartType).toBe('COMBO');
    expect(drawn!.ranges).toEqual(
      [chart.categories!, ...chart.series.map((series) => series.values)].map((rect) => ({
        sheet: DATA_SHEET,
        a1: withHeader(rect),
      })),
    );
    expect(drawn!.options).toMatchObject({
      title: 'Employment rate per quarter',
      vAxis: { title: 'Employment rate', viewWindow: { min: 0, max: 1 }, gridlines: { count: 5 }, format: '0%' },
      // Quarters are labels, evenly spaced.
      treatLabelsAsText: true,
      hAxis: { title: 'Quarter' },
      isStacked: true,
      width: 760,
      height: 270,
    });
    const series = drawn!.options['series'] as Record<string, Record<string, unknown>>;
    expect([0, 1, 2, 3].map((i) => [series[String(i)]!['labelInLegend'], series[String(i)]!['type']])).toEqual(
      employmentBands().map((band) => [band.name.en, 'area']),
    );
    expect(series['4']).toMatchObject({ labelInLegend: 'Employment rate', type: 'line', dataLabel: 'value' });
    expect(drawn!.position).toEqual({
      row: SERVICE_SHEET_LAYOUT.employmentRate.row + 1,
      column: 1,
      offsetX: 0,
      offsetY: 0,
    });
    expect(ourMetadata(sheet)).toEqual([[`${CHART_METADATA_PREFIX}${EMPLOYMENT_CHART_ID}`, String(drawn!.id)]]);
  });
});

describe('ipsWriteCharts: the employment rate of every service on the overview (issue 12)', () => {
  it('draws one coloured line per service named in the legend, and all services dashed in black, over the stacked bands', () => {
    const services = fakeServices();
    const server = workbookServer(services);
    const { data, chart } = allServicesEmploymentCharts(employmentSeries(OUTCOME_ROWS), {
      sheet: DATA_SHEET,
      language: 'nb',
    });
    server.ipsWrite(sent([data]));
    server.ipsWriteCharts(sent([chart]), 'nb');
    const sheet = services.book.sheet(DATA_SHEET)!;
    const [drawn] = sheet.charts as FakeEmbeddedChart[];
    expect(drawn!.chartType).toBe('COMBO');
    // Every range with its header row: the header names each service's column as the legend does.
    expect(drawn!.ranges).toEqual(
      [chart.categories!, ...chart.series.map((series) => series.values)].map((rect) => ({
        sheet: DATA_SHEET,
        a1: withHeader(rect),
      })),
    );
    expect(drawn!.options).toMatchObject({
      title: 'Andel i ordinært arbeid per kvartal, alle tjenester',
      legend: { position: 'bottom' },
      isStacked: true,
      vAxis: { viewWindow: { min: 0, max: 1 }, format: '0%' },
    });
    const series = drawn!.options['series'] as Record<string, Record<string, unknown>>;
    expect([4, 5, 6].map((i) => series[String(i)])).toEqual([
      { color: SERVICE_LINE_COLORS[0], labelInLegend: 'Annen tjeneste', type: 'line', lineWidth: 2, pointSize: 5 },
      { color: SERVICE_LINE_COLORS[1], labelInLegend: OUTCOME_SERVICE, type: 'line', lineWidth: 2, pointSize: 5 },
      expect.objectContaining({ color: '#000000', labelInLegend: 'Alle tjenester', type: 'line', dataLabel: 'value' }),
    ]);
    expect(series['6']!['lineDashStyle']).toBeDefined();
    expect(ourMetadata(sheet)).toEqual([
      [`${CHART_METADATA_PREFIX}${ALL_SERVICES_EMPLOYMENT_CHART_ID}`, String(drawn!.id)],
    ]);
  });
});
