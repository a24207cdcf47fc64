/**
 * End to end: the «Vurderingsplan» sheet in the preview page (Debian's chromium via
 * playwright-core). A history of three services and the plan sheet are written into the page's
 * MemoryWorkbook; the grid shows the plan with the dates, totals, levels and statuses the page's
 * formula engine computed from the history (TODAY() is the browser's date), as the core's review
 * plan says they are. A service named "=1+1" shows as text.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serialToIso } from '../../src/core/cells';
import { reviewPlan } from '../../src/core/cycle/review-plan';
import { REVIEW_PLAN_COLUMNS as C, reviewPlanSheetPlan } from '../../src/core/cycle/review-plan-sheet';
import { HISTORY_SHEET } from '../../src/core/history/table';
import { cellAddress } from '../../src/core/workbook/plan';
import { todaySerial } from '../../src/preview/engine/functions';
import { historyPlan, row } from '../core/cycle/history-rows';
import { launchChromium } from '../support/chromium';
import { buildPreview, ROOT, serveStatic, type PreviewBuild, type StaticServer } from './build-preview';

const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const PLAN_SHEET = 'Vurderingsplan';

let build: PreviewBuild;
let server: StaticServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  build = await buildPreview();
  server = await serveStatic(build.dir);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'nb-NO' });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.url}/${build.page}`);
  await page.waitForSelector('html[data-ready="true"]');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  build?.cleanup();
});

/** Review dates counted back from today, so the statuses cover overdue, due soon and later. */
function daysAgo(days: number): string {
  return serialToIso(todaySerial() - days);
}

describe('the «Vurderingsplan» sheet in the preview', () => {
  it('is shown in the grid with the due dates and statuses computed from the history', async () => {
    const history = [
      row('a1', 'Alfa', 'Team 1', daysAgo(400), 70, 'baseline'),
      row('a2', 'Alfa', 'Team 1', daysAgo(200), 92), // 6 months after: overdue
      row('b1', 'Beta', '', daysAgo(170), 104, 'baseline'), // 12 months after: later
      row('c1', '=1+1', 'T', daysAgo(160), 80, 'baseline'), // due within about three weeks
    ];
    const plans = [
      historyPlan(HISTORY_SHEET.nb, history),
      reviewPlanSheetPlan(history, { language: 'nb', historySheet: HISTORY_SHEET.nb }),
    ];
    await page.evaluate(async (written) => {
      await window.ipsPreview!.workbook.write(written as never);
    }, plans);
    await page.click(`#grid .grid-tab[data-sheet="${PLAN_SHEET}"]`);
    await page.waitForSelector(`#grid table[data-sheet="${PLAN_SHEET}"]`);
    const cell = async (row: number, column: number) =>
      ((await page.textContent(`#grid td[data-address="${cellAddress(row, column)}"]`)) ?? '').trim();

    const browserToday = await page.evaluate(() => {
      const now = new Date();
      return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    });
    const today = new Date(browserToday).toISOString().slice(0, 10);
    const expected = reviewPlan(history, today);
    const names = plans[1]!.blocks[0]!.values.slice(1);
    for (const [index, cells] of names.entries()) {
      const entry = expected.find((candidate) => candidate.service === cells[C.service])!;
      const at = index + 1;
      expect(await cell(at, C.service)).toBe(entry.service);
      expect(await cell(at, C.baseline)).toBe(entry.baseline.date);
      expect(await cell(at, C.last)).toBe(entry.last.date);
      expect(await cell(at, C.total)).toBe(String(entry.lastTotal));
      expect(await cell(at, C.level)).toBe(entry.lastLevel!.name.nb);
      expect(await cell(at, C.nextDue)).toBe(entry.nextDue);
      expect(await cell(at, C.status)).toBe(entry.statusText.nb);
    }
    expect(expected.map((entry) => entry.status)).toContain('overdue');
    expect(expected.map((entry) => entry.status)).toContain('upcoming');
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-plan-sheet.png') });
    expect(pageErrors).toEqual([]);
  });
});
