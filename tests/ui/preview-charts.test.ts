/**
 * The preview's charts: what the SVG shows (from the plan and the sheet's values), the heat-map
 * colours, and — in Debian's chromium — the grid with the charts of a service floating at their
 * anchor cells and the heat map colouring its cells.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { levelBands, SCORE_COLOR_SCALE } from '../../src/core/history/charts';
import { employmentBands, serviceEmploymentCharts } from '../../src/core/outcomes/charts';
import { outcomeSeries } from '../core/outcomes/outcome-fixture';
import {
  categoryPositions,
  chartAnchor,
  chartData,
  chartSvg,
  escapeXml,
  heatColor,
  heatmapColorAt,
} from '../../src/preview/charts';
import { isoDateSerial } from '../../src/core/workbook/plan';
import { MemoryWorkbook } from '../../src/preview/memory-workbook';
import { bundle, ROOT } from '../e2e/build-preview';
import { DATA_SHEET, sampleServiceCharts, sampleTrend } from '../excel/chart-fixture';
import { launchChromium } from '../support/chromium';

async function serviceWorkbook(language: 'nb' | 'en' = 'nb') {
  const workbook = new MemoryWorkbook();
  const { data, charts } = sampleServiceCharts(language);
  await workbook.write([data]);
  await workbook.writeCharts(charts, language);
  const values = (sheet: string, row: number, column: number) =>
    workbook.displayValue(sheet, row, column) as string | number | boolean;
  // Categories as the grid shows them: the chart table's dates are serials in a date-formatted column.
  const shown = (sheet: string, row: number, column: number) => workbook.text(sheet, row, column);
  return { workbook, charts, read: values, shown };
}

describe('the preview draws the employment rate per quarter (issue 12)', () => {
  it('shades the four bands over 0–100 %, labels the axis and each point in %, in the pane’s language', async () => {
    for (const language of ['nb', 'en'] as const) {
      const workbook = new MemoryWorkbook();
      const { data, chart } = serviceEmploymentCharts(outcomeSeries().own, { sheet: 'S', language });
      await workbook.write([data]);
      await workbook.writeCharts([chart], language);
      const read = (sheet: string, row: number, column: number) =>
        workbook.displayValue(sheet, row, column) as string | number | boolean;
      const shown = (sheet: string, row: number, column: number) => workbook.text(sheet, row, column, language);
      const drawn = chartData(chart, read, language, shown);
      expect(drawn.axis).toEqual({ min: 0, max: 1, step: 0.25, title: chart.valueAxis!.title[language], format: '0%' });
      expect(drawn.categories).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
      const svg = chartSvg(chart, drawn);
      const bands = [
        ...svg.matchAll(/class="series-band" data-series="([^"]*)" data-from="([^"]*)" data-to="([^"]*)"/g),
      ];
      expect(bands.map((band) => [band[2], band[3]])).toEqual([
        ['0', '0.31'],
        ['0.31', '0.41'],
        ['0.41', '0.5'],
        ['0.5', '1'],
      ]);
      expect(bands.map((band) => band[1])).toEqual(employmentBands().map((band) => escapeXml(band.name[language])));
      const ticks = [...svg.matchAll(/class="axis-label"[^>]*>([^<]*)</g)].map((match) => match[1]);
      expect(ticks).toEqual(['0%', '25%', '50%', '75%', '100%']);
      const labels = [...svg.matchAll(/class="value-label"[^>]*>([^<]*)</g)].map((match) => match[1]);
      // As the host writes the cell's 0.0% format in the chart's locale: a decimal comma in bokmål.
      const expected = ['25.0%', '35.0%', '40.9%', '45.0%', '52.0%', '60.0%'];
      expect(labels).toEqual(language === 'nb' ? expected.map((text) => text.replace('.', ',')) : expected);
      expect(svg).toContain(
        `<title id="chart-employment-rate-over-time-title">${escapeXml(chart.title[language])}</title>`,
      );
    }
  });
});

describe('chartData and chartSvg', () => {
  it('reads the categories and series from the source sheet', async () => {
    const { charts, read, shown } = await serviceWorkbook();
    const data = chartData(charts[0]!, read, 'nb', shown);
    expect(data.title).toBe('Totalskår over tid');
    expect(data.categories).toEqual(['2023-12-01', '2024-06-01', '2024-12-01']);
    expect(data.series.map((s) => [s.name, s.values])).toEqual([
      ...levelBands().map((band) => [band.name.nb, [band.thickness, band.thickness, band.thickness]]),
      ['Totalskår', [75, 100, 104]],
    ]);
    // A date axis: the categories' date serials, for placing them in proportion to time.
    expect(data.dates).toEqual(['2023-12-01', '2024-06-01', '2024-12-01'].map(isoDateSerial));
    expect(data.axis).toEqual({ min: 25, max: 125, step: 25, title: 'Totalskår' });
    expect(data.categoryTitle).toBe('Dato');
    const sections = chartData(charts[1]!, read, 'nb');
    const points = sampleTrend().points;
    expect(
      sections.series.map((s, index) => s.values.map((value, review) => value === points[review]!.sectionMeans[index])),
    ).toEqual([
      [true, true, true],
      [true, true, true],
      [true, true, true],
    ]);
    expect(sections.series[0]!.values).toEqual([3, 4, 5]);
  });

  it('draws the bands as shaded areas across the whole plot, the total as a labelled line, with axis labels, title, description and legend', async () => {
    const { charts, read, shown } = await serviceWorkbook();
    const svg = chartSvg(charts[0]!, chartData(charts[0]!, read, 'nb', shown));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('width="760" height="270"');
    expect(svg).toContain('role="img"');
    expect(svg).toContain('data-axis="date"');
    expect(svg).toContain('<title id="chart-total-over-time-title">Totalskår over tid</title>');
    expect(svg).toContain('Linjediagram over totalskåren');
    expect(svg.match(/class="series-line"/g)).toHaveLength(1);
    expect(svg.match(/class="series-marker"/g)).toHaveLength(3);
    // Value labels on the total: 75, 100, 104.
    expect([...svg.matchAll(/class="value-label"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual(['75', '100', '104']);
    expect(svg.match(/class="axis-label"/g)).toHaveLength(5); // 25, 50, 75, 100, 125
    for (const tick of ['25', '50', '75', '100', '125']) expect(svg).toContain(`>${tick}</text>`);
    expect(svg).toContain('>2024-06-01</text>');
    expect(svg.match(/class="legend-entry"/g)).toHaveLength(5);
    // Four bands, each the full plot width, stacked from 25 to 125 without a gap, each with its name.
    const bands = [
      ...svg.matchAll(
        /<rect class="series-band" data-series="([^"]+)" data-from="(\d+)" data-to="(\d+)" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g,
      ),
    ].map((m) => ({
      name: m[1],
      from: Number(m[2]),
      to: Number(m[3]),
      x: Number(m[4]),
      y: Number(m[5]),
      w: Number(m[6]),
      h: Number(m[7]),
    }));
    expect(bands.map((band) => [band.name, band.from, band.to])).toEqual(
      levelBands().map((band) => [band.name.nb, band.from, band.to]),
    );
    const axisLine = /<line x1="([\d.]+)" x2="([\d.]+)" y1="([\d.]+)"[^>]*stroke="#8A8886"/.exec(svg)!;
    for (const band of bands) {
      expect(band.x).toBe(Number(axisLine[1]));
      expect(band.x + band.w).toBeCloseTo(Number(axisLine[2]), 0);
    }
    for (let k = 1; k < bands.length; k++) expect(bands[k]!.y + bands[k]!.h).toBeCloseTo(bands[k - 1]!.y, 0);
    expect(bands[0]!.y + bands[0]!.h).toBeCloseTo(Number(axisLine[3]), 0);
    // Each band carries its name as a label inside it.
    const bandLabels = [...svg.matchAll(/class="band-label"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(bandLabels).toEqual(levelBands().map((band) => escapeXml(band.name.nb)));
    // The band boundary at 100 is at the height of the tick 100.
    const tickY = /y1="([\d.]+)"[^>]*\/><text class="axis-label"[^>]*>100</.exec(svg)![1];
    const good = bands.find((band) => band.from === 100)!;
    expect((good.y + good.h).toFixed(1)).toBe(Number(tickY).toFixed(1));
  });

  it('places reviews on the date axis in proportion to the time between them', () => {
    const data = {
      title: '',
      altText: '',
      categories: ['a', 'b', 'c'],
      series: [],
      axis: { min: 0, max: 1, step: 1, title: '' },
      categoryTitle: '',
      dates: ['2021-01-10', '2021-02-10', '2023-02-10'].map((iso) => isoDateSerial(iso)!),
      language: 'en' as const,
    };
    const [a, b, c] = categoryPositions(data, 0, 600);
    // 31 days, then 730 days.
    expect((c! - b!) / (b! - a!)).toBeCloseTo(730 / 31, 1);
    // Evenly spaced without dates.
    const even = categoryPositions({ ...data, dates: null }, 0, 600);
    expect(even).toEqual([100, 300, 500]);
  });

  it('draws columns for a column chart, lines for its line series, and breaks a line at a missing value', () => {
    const values: Record<string, number | string> = {
      '1,0': 'A',
      '2,0': 'B',
      '1,1': 90,
      '2,1': 110,
      '1,2': 100,
      '2,2': 100,
      '1,3': 80,
      '2,3': '',
    };
    const read = (_sheet: string, row: number, column: number) => values[`${row},${column}`] ?? '';
    const plan = {
      id: 'x',
      kind: 'column' as const,
      title: { nb: 'T', en: 'T' },
      altText: { nb: 'A & <b>', en: 'A' },
      sourceSheet: 'S',
      categories: { row: 1, column: 0, rows: 2, columns: 1 },
      series: [
        {
          name: { nb: 'Sum', en: 'Sum' },
          values: { row: 1, column: 1, rows: 2, columns: 1 },
          role: 'data' as const,
          color: '#111111',
        },
        {
          name: { nb: 'Grense', en: 'Bound' },
          values: { row: 1, column: 2, rows: 2, columns: 1 },
          role: 'band' as const,
          seriesKind: 'line' as const,
          color: '#222222',
          dashed: true,
        },
        {
          name: { nb: 'Linje', en: 'Line' },
          values: { row: 1, column: 3, rows: 2, columns: 1 },
          role: 'data' as const,
          seriesKind: 'line' as const,
          color: '#333333',
        },
      ],
    };
    const data = chartData(plan, read, 'nb');
    expect(data.series.map((s) => s.kind)).toEqual(['column', 'line', 'line']);
    expect(data.series[2]!.values).toEqual([80, null]);
    expect(data.axis).toMatchObject({ min: 0, max: 125, step: 25 });
    const svg = chartSvg(plan, data);
    expect(svg.match(/class="series-bar"/g)).toHaveLength(2);
    // A band's name is drawn over the bars (after them, with a white halo), so no bar hides it.
    expect(svg.lastIndexOf('class="series-bar"')).toBeLessThan(svg.indexOf('class="band-label"'));
    expect(svg.indexOf('class="series-band"')).toBeLessThan(svg.indexOf('class="series-bar"'));
    expect(svg).toMatch(/class="band-label"[^>]*stroke="#fff"[^>]*>Grense</);
    expect(svg.match(/class="series-band"/g)).toHaveLength(1);
    expect(svg).toContain('<desc id="chart-x-desc">A &amp; &lt;b&gt;</desc>');
    expect(escapeXml(`"'`)).toBe('&quot;&#39;');
    expect(chartAnchor(plan)).toEqual({ row: 0, column: 5 });
  });
});

describe('heat maps', () => {
  it('colours like the 1–3–5 colour scale, clamped at the ends', () => {
    expect(heatColor(1, SCORE_COLOR_SCALE)).toBe('#F8696B');
    expect(heatColor(3, SCORE_COLOR_SCALE)).toBe('#FFEB84');
    expect(heatColor(5, SCORE_COLOR_SCALE)).toBe('#63BE7B');
    expect(heatColor(0, SCORE_COLOR_SCALE)).toBe('#F8696B');
    expect(heatColor(9, SCORE_COLOR_SCALE)).toBe('#63BE7B');
    expect(heatColor(4, SCORE_COLOR_SCALE)).toBe('#B1D580');
    expect(heatColor(2, { min: { value: 0, color: '#000000' }, max: { value: 4, color: '#FFFFFF' } })).toBe('#808080');
  });

  it('colours numbers inside a heat map only', async () => {
    const { workbook, charts } = await serviceWorkbook();
    const heat = charts[2]!.heatmap!.range;
    const plans = workbook.chartsOf(DATA_SHEET);
    expect(heatmapColorAt(plans, heat.row, heat.column, 5)).toBe('#63BE7B');
    expect(heatmapColorAt(plans, heat.row, heat.column, '')).toBeNull();
    expect(heatmapColorAt(plans, heat.row - 1, heat.column, 5)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// In chromium: the grid with the charts of a service

const ARTIFACTS = path.join(ROOT, 'test-artifacts');

const PAGE_SCRIPT = `
import { GRID_STYLES, mountGrid } from './src/preview/grid';
import { MemoryWorkbook } from './src/preview/memory-workbook';
import { sampleServiceCharts } from './tests/excel/chart-fixture';

const style = document.createElement('style');
style.textContent = GRID_STYLES + 'html,body{margin:0;height:100%} #grid{height:100%}';
document.head.appendChild(style);
const workbook = new MemoryWorkbook();
const { data, charts } = sampleServiceCharts('nb');
workbook.seed([data]);
workbook.show(data.sheet);
mountGrid(document.getElementById('grid'), workbook);
window.ips = { workbook, charts, write: () => workbook.writeCharts(charts, 'nb') };
`;

describe('the preview grid in chromium', () => {
  let browser: Browser;
  let script = '';

  beforeAll(async () => {
    script = (await bundle({ contents: PAGE_SCRIPT, resolveDir: ROOT })).code;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the charts at their anchor cells and colours the heat map, after one writeCharts', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:') && request.url() !== 'about:blank') requests.push(request.url());
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"></head><body><div id="grid"></div><script>${script.replace(/<\/script/gi, '<\\/script')}</script></body></html>`,
    );
    expect(await page.$$('[data-role="grid-chart"]')).toHaveLength(0);

    await page.evaluate(() => (window as unknown as { ips: { write(): Promise<void> } }).ips.write());
    const charts = await page.$$eval('[data-role="grid-chart"]', (nodes) =>
      nodes.map((node) => ({
        id: (node as HTMLElement).dataset['chartId'],
        lines: node.querySelectorAll('.series-line').length,
        bands: node.querySelectorAll('.series-band').length,
      })),
    );
    expect(charts).toEqual([
      { id: 'total-over-time', lines: 1, bands: 4 },
      { id: 'section-means-over-time', lines: 3, bands: 0 },
    ]);
    // The first chart's corner is on A1 (its placement), the section means' on A29 (under the outcome slot).
    for (const [id, address] of [
      ['total-over-time', 'A1'],
      ['section-means-over-time', 'A29'],
    ] as const) {
      const offset = await page.evaluate(
        ([chartId, cellAddress]) => {
          const chart = document.querySelector(`[data-chart-id="${chartId}"]`)!.getBoundingClientRect();
          const cell = document.querySelector(`td[data-address="${cellAddress}"]`)!.getBoundingClientRect();
          return [Math.round(chart.left - cell.left), Math.round(chart.top - cell.top)];
        },
        [id, address],
      );
      expect(offset).toEqual([0, 0]);
    }
    // Heat map: the matrix cells are coloured by score (item rows × review columns).
    const heat = await page.evaluate(
      () =>
        (window as unknown as { ips: { charts: { heatmap?: { range: { row: number; column: number } } }[] } }).ips
          .charts[2]!.heatmap!.range,
    );
    const first = await page.$eval(
      `td[data-address="${String.fromCharCode(65 + heat.column)}${heat.row + 1}"]`,
      (cell) => [cell.textContent, (cell as HTMLElement).dataset['heat']],
    );
    expect(first).toEqual(['3', '#FFEB84']);
    const latest = await page.$eval(
      `td[data-address="${String.fromCharCode(65 + heat.column + 2)}${heat.row + 1}"]`,
      (cell) => [cell.textContent, (cell as HTMLElement).dataset['heat']],
    );
    expect(latest).toEqual(['5', '#63BE7B']);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview-charts.png') });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('refuses an edit that breaks the cell’s validation, with the rule’s message', async () => {
    const page = await browser.newPage();
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"></head><body><div id="grid"></div><script>${script.replace(/<\/script/gi, '<\\/script')}</script></body></html>`,
    );
    await page.evaluate(() => {
      const { workbook } = (window as unknown as { ips: { workbook: MemoryWorkbook } }).ips;
      workbook.seed([
        {
          sheet: 'V',
          blocks: [],
          validations: [
            {
              range: { row: 0, column: 0, rows: 3, columns: 1 },
              rule: { type: 'decimal', min: 0, max: 1, message: 'Et tall fra 0 til 1.' },
            },
          ],
        },
      ]);
      workbook.show('V');
    });
    await page.click('td[data-address="A1"]');
    await page.fill('[data-role="grid-formula"]', '7');
    await page.keyboard.press('Enter');
    expect(await page.textContent('[data-role="grid-message"]')).toBe('Et tall fra 0 til 1.');
    expect(await page.textContent('td[data-address="A1"]')).toBe('');
    await page.fill('[data-role="grid-formula"]', '0,5');
    await page.keyboard.press('Enter');
    expect(await page.textContent('td[data-address="A1"]')).toBe('0.5');
    expect(await page.textContent('[data-role="grid-message"]')).toBe('');
    await page.close();
  });
});
