/**
 * Issue 12 on the preview page in Debian's chromium at 1280 × 800 (a laptop with the pane open):
 * a service with two reviews in the history and six quarters in «Resultater». After «Lagre i
 * historikk» (the fidelity charts) and the outcome command (writeOutcomeCharts, run here against
 * the page's own workbook), the manager sees the total over time and the employment rate per
 * quarter together on the service's chart sheet, both whole, without scrolling. Screenshots go to
 * test-artifacts/outcomes-<language>.png. With one row per specialist in «Resultater», the history
 * card lists each specialist's last quarter with the manual's action (Organisasjon 5).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyRow, type HistoryRow } from '../../src/core/history/table';
import { tableSheetPlan } from '../../src/core/inputs/tables';
import {
  ALL_SERVICES_EMPLOYMENT_CHART_ID,
  EMPLOYMENT_CHART_ID,
  SERVICE_LINE_COLORS,
} from '../../src/core/outcomes/charts';
import { RESULTS_TABLE } from '../../src/core/outcomes/results-table';
import { sampleReview } from '../../src/core/review/sample';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';
import type { Score } from '../../src/core/scale/types';
import type { Language } from '../../src/core/text';
import type { SheetPlan } from '../../src/core/workbook/plan';
import type { Workbook } from '../../src/core/workbook/workbook';
import { writeOutcomeCharts } from '../../src/ui/commands/outcomes';
import { sheetNameFor } from '../../src/ui/state';
import { chartsOutput, reviewSheetNames } from '../../src/ui/workflow';
import { OUTCOME_QUARTERS, OUTCOME_ROWS } from '../core/outcomes/outcome-fixture';
import { prng, scoresForTotal } from '../core/history/generate';
import { launchChromium } from '../support/chromium';
import { buildPreview, ROOT, serveStatic, type PreviewBuild, type StaticServer } from './build-preview';

const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const VIEWPORT = { width: 1280, height: 800 };
const SERVICE = 'Fiktiv Organisasjon';
const random = prng(12);

function reviewRow(id: string, date: string, total: number, sheetRow: number): HistoryRow {
  const review = sampleReview();
  Object.assign(review, { id, service: SERVICE, team: 'Team Nord', date });
  const scores = scoresForTotal(total, random);
  DEFAULT_SCALE.items.forEach((item, index) => (review.items[item.id]!.consensus = scores[index]! as Score));
  return { ...historyRow(review), sheetRow };
}

/** Two reviews half a year apart. */
const ROWS = [reviewRow('r1', '2025-03-01', 84, 2), reviewRow('r2', '2025-09-01', 101, 3)];

/** «Resultater» in the pane's language with six quarters of the service, as a user types them. */
function resultsPlans(language: Language): SheetPlan[] {
  const table = tableSheetPlan(RESULTS_TABLE, language);
  const rows = OUTCOME_QUARTERS.map(([quarter, served, employed]) => [SERVICE, quarter, '', served, employed, '']);
  return [table, { sheet: table.sheet, blocks: [{ row: 2, column: 0, values: rows }] }];
}

/** The page's MemoryWorkbook as a Workbook in node: each call is one page.evaluate. */
function pageWorkbook(page: Page): Workbook {
  const call = <T>(method: string, ...args: unknown[]) =>
    page.evaluate(
      ([name, list]) => {
        const workbook = window.ipsPreview!.workbook as unknown as Record<string, (...a: unknown[]) => unknown>;
        return workbook[name as string]!(...(list as unknown[]));
      },
      [method, args] as const,
    ) as Promise<T>;
  return {
    host: 'preview',
    listSheets: () => call('listSheets'),
    readSheet: (name) => call('readSheet', name),
    readSheets: (names) => call('readSheets', names),
    readTargets: (plans) => call('readTargets', plans),
    write: (plans) => call('write', plans),
    appendRow: (request) => call('appendRow', request),
    writeCharts: (charts, language) => call('writeCharts', charts, language),
    activate: (name) => call('activate', name),
    showChart: (sheet, chartId) => call('showChart', sheet, chartId),
  };
}

/** How much of an element is inside the grid's scroll area and the window (1: all of it). */
async function visibleFraction(page: Page, selector: string): Promise<number> {
  return page.evaluate((target) => {
    const element = document.querySelector(target)!;
    const box = element.getBoundingClientRect();
    let area: Element | null = element.parentElement;
    while (area && !(area.scrollHeight > area.clientHeight || area.scrollWidth > area.clientWidth))
      area = area.parentElement;
    const view = area ? area.getBoundingClientRect() : { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
    const width = Math.min(box.right, view.right, innerWidth) - Math.max(box.left, view.left, 0);
    const height = Math.min(box.bottom, view.bottom, innerHeight) - Math.max(box.top, view.top, 0);
    return (Math.max(0, width) * Math.max(0, height)) / (box.width * box.height);
  }, selector);
}

let build: PreviewBuild;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  build = await buildPreview();
  server = await serveStatic(build.dir);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  build?.cleanup();
});

describe('fidelity and outcomes together (1280 × 800)', () => {
  for (const language of ['nb', 'en'] as const) {
    it(`shows the total over time and the employment rate per quarter whole, one above the other (${language})`, async () => {
      const page = await browser.newPage({ viewport: VIEWPORT, locale: language === 'nb' ? 'nb-NO' : 'en-GB' });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/${build.page}`);
      await page.waitForFunction(() => window.ipsPreview !== undefined);
      await page.click(`[data-key="lang-${language}"]`);
      await page.waitForSelector(`[data-key="lang-${language}"][aria-pressed="true"]`);

      const review = { ...sampleReview(), id: 'r2', service: SERVICE, team: 'Team Nord', date: '2025-09-01' };
      const names = reviewSheetNames(review, language);
      const fidelity = chartsOutput(ROWS, ROWS.slice(0, 1), review, names, 'IPS-historikk', language);
      const workbook = pageWorkbook(page);
      await workbook.write([...resultsPlans(language), ...fidelity.data]);
      await workbook.writeCharts(
        fidelity.charts.filter((plan) => plan.sourceSheet !== 'IPS-historikk'),
        language,
      );
      const outcome = await writeOutcomeCharts(workbook, { language, service: SERVICE, names }, async () => {
        throw new Error('asked about cells on a fresh sheet');
      });
      expect(outcome).toMatchObject({ written: true, sheets: [names.charts] });
      await workbook.activate(names.charts);

      const total = '#grid [data-role="grid-chart"][data-chart-id="total-over-time"]';
      const rate = `#grid [data-role="grid-chart"][data-chart-id="${EMPLOYMENT_CHART_ID}"]`;
      await page.waitForSelector(rate);
      const fractions = [await visibleFraction(page, total), await visibleFraction(page, rate)];
      const boxes = await page.evaluate(
        (selectors) =>
          selectors.map((selector) => {
            const box = document.querySelector(selector)!.getBoundingClientRect();
            return { top: Math.round(box.top), bottom: Math.round(box.bottom), left: Math.round(box.left) };
          }),
        [total, rate],
      );
      console.log(
        `[outcomes] ${language}: total over time ${JSON.stringify(boxes[0])}, employment rate ${JSON.stringify(boxes[1])}, ` +
          `visible ${fractions.map((f) => `${Math.round(f * 100)} %`).join(' and ')} at 1280 × 800`,
      );
      expect(fractions).toEqual([1, 1]);
      // One above the other, not overlapping, the same left edge.
      expect(boxes[1]!.top).toBeGreaterThanOrEqual(boxes[0]!.bottom);
      expect(boxes[1]!.left).toBe(boxes[0]!.left);

      const svg = await page.$eval(rate, (node) => ({
        title: node.querySelector('title')?.textContent,
        bands: node.querySelectorAll('.series-band').length,
        ticks: [...node.querySelectorAll('.axis-label')].map((label) => label.textContent),
        labels: [...node.querySelectorAll('.value-label')].map((label) => label.textContent),
      }));
      expect(svg.title).toBe(language === 'nb' ? 'Andel i ordinært arbeid per kvartal' : 'Employment rate per quarter');
      expect(svg.bands).toBe(4);
      expect(svg.ticks).toEqual(['0%', '25%', '50%', '75%', '100%']);
      const labels = ['25.0%', '35.0%', '40.9%', '45.0%', '52.0%', '60.0%'];
      // The cell's 0.0% format in the chart's locale: a decimal comma in bokmål.
      expect(svg.labels).toEqual(language === 'nb' ? labels.map((text) => text.replace('.', ',')) : labels);
      await page.screenshot({ path: path.join(ARTIFACTS, `outcomes-${language}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('the supervisor indicators per specialist in the pane', () => {
  it("lists each specialist's last quarter with the manual's action, in bokmål and then English", async () => {
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'nb-NO' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/${build.page}`);
    await page.waitForFunction(() => window.ipsPreview !== undefined);
    const table = tableSheetPlan(RESULTS_TABLE, 'nb');
    // service, quarter, specialist, served, employed, job starts: the earlier quarter is not shown.
    const rows = [
      [SERVICE, '2025-Q1', 'AB', 20, 4, 1],
      [SERVICE, '2025-Q2', 'AB', 20, 9, 3],
      [SERVICE, '2025-Q2', 'CD', 20, 8, 4],
      [SERVICE, '2025-Q2', 'EF', 20, 9, 2],
    ];
    await pageWorkbook(page).write([table, { sheet: table.sheet, blocks: [{ row: 2, column: 0, values: rows }] }]);

    const sample = sampleReview();
    await page.click(`[data-key="open-${sheetNameFor(sample.service, sample.team, sample.date)}"]`);
    await page.waitForSelector('[data-role="item-name"]');
    await page.click('[data-key="view-report"]');
    await page.waitForSelector('[data-role="report-view"]');
    await page.click('[data-key="specialist-indicators"]');
    await page.waitForSelector('[data-role="specialist-indicator"]');
    const shown = () =>
      page.$$eval('[data-role="specialist-indicator"]', (items) =>
        items.map((item) => [item.getAttribute('data-status'), item.textContent?.trim()]),
      );
    expect(await page.textContent('[data-role="indicators-body"]')).toContain('2. kvartal 2025');
    expect(await shown()).toEqual([
      ['met', 'AB: 3 jobbstarter, 9 av 20 i arbeid (45,0 %): Mål nådd: feltveiledning hvert kvartal'],
      ['watch', 'CD: 4 jobbstarter, 8 av 20 i arbeid (40,0 %): Under 45 % i arbeid: følg med'],
      ['monthlyMentoring', 'EF: 2 jobbstarter, 9 av 20 i arbeid (45,0 %): Månedlig feltveiledning'],
    ]);
    const visible = await page.isVisible('[data-role="specialist-indicator"]');
    expect(visible).toBe(true);

    await page.click('[data-key="lang-en"]');
    await page.waitForSelector('[data-key="lang-en"][aria-pressed="true"]');
    expect(await page.textContent('[data-role="indicators-body"]')).toContain('Q2 2025');
    expect((await shown()).map(([, text]) => text)).toEqual([
      'AB: 3 job starts, 9 of 20 employed (45.0 %): Goals met: field mentoring each quarter',
      'CD: 4 job starts, 8 of 20 employed (40.0 %): Below 45 % employed: keep watch',
      'EF: 2 job starts, 9 of 20 employed (45.0 %): Monthly field mentoring',
    ]);
    await page.locator('[data-role="indicators-body"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'outcomes-indicators-en.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the employment rate of every service on the overview', () => {
  it('draws one line per service in its Okabe–Ito colour, named in the legend, and all services dashed', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'nb-NO' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/${build.page}`);
    await page.waitForFunction(() => window.ipsPreview !== undefined);
    const table = tableSheetPlan(RESULTS_TABLE, 'nb');
    const rows = OUTCOME_ROWS.map((row) => [row.service, row.quarter.id, '', row.served, row.employed, '']);
    const workbook = pageWorkbook(page);
    await workbook.write([table, { sheet: table.sheet, blocks: [{ row: 2, column: 0, values: rows }] }]);
    const review = { ...sampleReview(), service: SERVICE };
    const names = reviewSheetNames(review, 'nb');
    const outcome = await writeOutcomeCharts(workbook, { language: 'nb', service: SERVICE, names }, async () => {
      throw new Error('asked about cells on a fresh sheet');
    });
    expect(outcome).toMatchObject({ written: true, sheets: [names.charts, names.overview] });
    await workbook.activate(names.overview);
    const chart = `#grid [data-role="grid-chart"][data-chart-id="${ALL_SERVICES_EMPLOYMENT_CHART_ID}"]`;
    await page.waitForSelector(chart);
    const svg = await page.$eval(chart, (node) => ({
      lines: [...node.querySelectorAll('.series-line')].map((line) => [
        line.getAttribute('data-series'),
        line.getAttribute('stroke'),
        line.hasAttribute('stroke-dasharray'),
      ]),
      legend: [...node.querySelectorAll('.legend-entry')].map((entry) => entry.textContent),
      bands: node.querySelectorAll('.series-band').length,
    }));
    // «Annen tjeneste» has no rows for the first two quarters: its line starts at 2025-Q1, no gap drawn as 0.
    expect(svg.lines).toEqual([
      ['Annen tjeneste', SERVICE_LINE_COLORS[0], false],
      [SERVICE, SERVICE_LINE_COLORS[1], false],
      ['Alle tjenester', '#000000', true],
    ]);
    expect(svg.legend).toEqual(expect.arrayContaining(['Annen tjeneste', SERVICE, 'Alle tjenester']));
    expect(svg.bands).toBe(4);
    // It sits under the fidelity comparison; brought into view as «Vis diagrammer» does, it is whole.
    await workbook.showChart(names.overview, ALL_SERVICES_EMPLOYMENT_CHART_ID);
    await page.waitForFunction(
      (selector) => document.querySelector(selector)!.getBoundingClientRect().top < 700,
      chart,
    );
    expect(await visibleFraction(page, chart)).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'outcomes-all-services-nb.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
