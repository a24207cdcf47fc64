/**
 * Issue 11, points 2 and 3, on the preview page in Debian's chromium at 1280 × 800 (a laptop with
 * the pane open): after the charts are written, the manager sees the total-over-time chart whole,
 * at the top left of the chart sheet, without scrolling; «Vis diagrammer» (Workbook.showChart)
 * brings it back into view after scrolling away and marks it. Screenshots of the chart sheet and
 * the overview, in bokmål and English, go to test-artifacts/charts-<language>.png and
 * charts-overview-<language>.png.
 *
 * The plans are the ones the pane writes on «Lagre i historikk» (chartsOutput), for a service with
 * four reviews at uneven intervals and a second service, so the overview is written too.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyRow, type HistoryRow } from '../../src/core/history/table';
import { sampleReview } from '../../src/core/review/sample';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';
import type { Score } from '../../src/core/scale/types';
import type { Language } from '../../src/core/text';
import { chartsOutput, reviewSheetNames } from '../../src/ui/workflow';
import { prng, scoresForTotal } from '../core/history/generate';
import { launchChromium } from '../support/chromium';
import { buildPreview, ROOT, serveStatic, type PreviewBuild, type StaticServer } from './build-preview';

const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const VIEWPORT = { width: 1280, height: 800 };
const random = prng(2025);

function reviewRow(id: string, service: string, date: string, total: number): HistoryRow {
  const review = sampleReview();
  Object.assign(review, { id, service, team: 'Team Nord', date });
  const scores = scoresForTotal(total, random);
  DEFAULT_SCALE.items.forEach((item, index) => (review.items[item.id]!.consensus = scores[index]! as Score));
  return { ...historyRow(review), sheetRow: 0 };
}

/** Four reviews of one service (a month, then a year and more apart) and one of another service. */
const ROWS = [
  reviewRow('r1', 'Fiktiv Organisasjon', '2023-01-15', 68),
  reviewRow('r2', 'Fiktiv Organisasjon', '2023-02-20', 81),
  reviewRow('r3', 'Fiktiv Organisasjon', '2024-06-10', 97),
  reviewRow('r4', 'Fiktiv Organisasjon', '2025-09-01', 108),
  reviewRow('z1', 'Annen tjeneste', '2025-03-01', 119),
].map((row, index) => ({ ...row, sheetRow: index + 2 }));

function paneOutput(language: Language) {
  const review = { ...sampleReview(), id: 'r4', service: 'Fiktiv Organisasjon', team: 'Team Nord', date: '2025-09-01' };
  const names = reviewSheetNames(review, language);
  const output = chartsOutput(ROWS, ROWS.slice(0, -1), review, names, 'IPS-historikk', language);
  return { names, output };
}

let build: PreviewBuild;
let server: StaticServer;
let browser: Browser;
const pageErrors: string[] = [];

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

/** Writes the pane's chart data and charts into the page's workbook and brings the chart sheet to the front, as the pane does. */
async function writeCharts(page: Page, language: Language) {
  const { names, output } = paneOutput(language);
  await page.evaluate(
    async ([data, charts, sheet, lang]) => {
      const workbook = window.ipsPreview!.workbook;
      await workbook.write(data as never);
      await workbook.writeCharts(charts as never, lang as never);
      await workbook.activate(sheet as string);
    },
    // The history sheet itself (with its heat map) is not part of this page.
    [
      output.data,
      output.charts.filter((plan) => plan.sourceSheet !== 'IPS-historikk'),
      names.charts,
      language,
    ] as const,
  );
  const chart = `#grid [data-role="grid-chart"][data-chart-id="total-over-time"]`;
  await page.waitForSelector(chart);
  return { names, chart };
}

/** How much of an element is visible in the grid's scroll area and the window, and the grid's scroll. */
async function visibility(page: Page, selector: string) {
  return page.evaluate((target) => {
    const element = document.querySelector(target)!;
    const box = element.getBoundingClientRect();
    let area: Element | null = element.parentElement;
    while (area && !(area.scrollHeight > area.clientHeight || area.scrollWidth > area.clientWidth))
      area = area.parentElement;
    const view = area ? area.getBoundingClientRect() : { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
    const left = Math.max(box.left, view.left, 0),
      right = Math.min(box.right, view.right, innerWidth);
    const top = Math.max(box.top, view.top, 0),
      bottom = Math.min(box.bottom, view.bottom, innerHeight);
    const shown = Math.max(0, right - left) * Math.max(0, bottom - top);
    return {
      fraction: shown / (box.width * box.height),
      box: { left: Math.round(box.left), top: Math.round(box.top), width: box.width, height: box.height },
      scroll: area ? { top: area.scrollTop, left: area.scrollLeft } : { top: 0, left: 0 },
      window: { x: scrollX, y: scrollY },
    };
  }, selector);
}

describe('charts where the eye lands (1280 × 800)', () => {
  for (const language of ['nb', 'en'] as const) {
    it(`shows the whole total-over-time chart without scrolling after the charts are written (${language})`, async () => {
      const page = await browser.newPage({ viewport: VIEWPORT, locale: language === 'nb' ? 'nb-NO' : 'en-GB' });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${server.url}/${build.page}`);
      await page.waitForFunction(() => window.ipsPreview !== undefined);
      // The pane in the same language as the charts.
      await page.click(`[data-key="lang-${language}"]`);
      await page.waitForSelector(`[data-key="lang-${language}"][aria-pressed="true"]`);
      const { names, chart } = await writeCharts(page, language);

      const seen = await visibility(page, chart);
      console.log(
        `[charts] ${language}: total-over-time chart at (${seen.box.left}, ${seen.box.top}) px, ${seen.box.width} × ${seen.box.height}, ${(seen.fraction * 100).toFixed(0)} % visible at 1280 × 800 without scrolling`,
      );
      expect(seen.scroll).toEqual({ top: 0, left: 0 });
      expect(seen.window).toEqual({ x: 0, y: 0 });
      expect(seen.fraction).toBe(1);
      // Its sheet is in front and the chart's corner is on A1.
      expect(await page.evaluate(() => window.ipsPreview!.workbook.activeSheet)).toBe(names.charts);
      const corner = await page.evaluate((target) => {
        const a = document.querySelector(target)!.getBoundingClientRect();
        const cell = document.querySelector('#grid td[data-address="A1"]')!.getBoundingClientRect();
        return [Math.round(a.left - cell.left), Math.round(a.top - cell.top)];
      }, chart);
      expect(corner).toEqual([0, 0]);
      // Shaded bands, value labels and texts in the pane's language.
      const svg = await page.$eval(chart, (node) => ({
        bands: node.querySelectorAll('.series-band').length,
        labels: [...node.querySelectorAll('.value-label')].map((label) => label.textContent),
        title: node.querySelector('title')?.textContent,
        axis: node.querySelector('svg')?.getAttribute('data-axis'),
      }));
      expect(svg.bands).toBe(4);
      expect(svg.labels).toEqual(['68', '81', '97', '108']);
      expect(svg.title).toBe(language === 'nb' ? 'Totalskår over tid' : 'Total score over time');
      expect(svg.axis).toBe('date');
      await page.screenshot({ path: path.join(ARTIFACTS, `charts-${language}.png`) });

      // «Vis diagrammer»: scrolled away, the chart comes back into view, marked.
      await page.evaluate(() => {
        const body = document.querySelector('#grid [data-role="grid-chart"]')!.closest('.grid-sheet')!.parentElement!;
        body.scrollTop = 2000;
        body.scrollLeft = 1500;
      });
      expect((await visibility(page, chart)).fraction).toBeLessThan(1);
      const shown = await page.evaluate(
        (sheet) => window.ipsPreview!.workbook.showChart(sheet, 'total-over-time'),
        names.charts,
      );
      expect(shown).toBe(true);
      await page.waitForSelector(`${chart}.is-selected`);
      expect((await visibility(page, `${chart}.is-selected`)).fraction).toBe(1);

      // The overview of all services: its comparison chart at A1 too.
      await page.evaluate(
        (sheet) => window.ipsPreview!.workbook.showChart(sheet, 'multi-service-latest-totals'),
        names.overview,
      );
      const overview = '#grid [data-role="grid-chart"][data-chart-id="multi-service-latest-totals"]';
      await page.waitForSelector(overview);
      expect((await visibility(page, overview)).fraction).toBe(1);
      await page.screenshot({ path: path.join(ARTIFACTS, `charts-overview-${language}.png`) });
      expect(pageErrors).toEqual([]);
      await page.close();
    });
  }
});
