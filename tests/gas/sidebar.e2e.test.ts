/**
 * dist/gas/Sidebar.html in headless Chromium (Debian's /usr/bin/chromium through playwright-core;
 * no browser is downloaded). google.script.run is replaced, before the page's own script runs, by a
 * stand-in wired to the real server code over an in-memory spreadsheet (tests/gas/e2e/page-server.ts).
 * The test fills a whole review (25 consensus scores) as a user would and saves it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_SCORES } from '../../src/core/review/sample';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';
import { COLUMNS, scoreSheetLayout } from '../../src/core/sheets/score-sheet';
import { cellAddress } from '../../src/core/workbook/plan';
import { launchChromium } from '../support/chromium';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SIDEBAR = path.join(ROOT, 'dist/gas/Sidebar.html');

interface PageApi {
  calls(): { name: string; ok: boolean; error: string | null }[];
  lastWrite(): unknown[] | null;
  sheets(): string[];
  activeSheet(): string;
  cell(sheet: string, a1: string): unknown;
  column(sheet: string, a1Range: string): unknown[];
  type(sheet: string, a1: string, value: unknown): void;
}

let browser: Browser | undefined;
let pageServer = '';

async function openSidebar(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser!.newPage({ viewport: { width: 300, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  // Nothing may leave the page: Apps Script serves one self-contained file.
  await page.route(/^(?!file:)/, (route) => {
    errors.push(`request: ${route.request().url()}`);
    return route.abort();
  });
  await page.addInitScript({ content: pageServer });
  await page.goto(pathToFileURL(SIDEBAR).href);
  return { page, errors };
}

const api = <T>(page: Page, fn: (ips: PageApi) => T): Promise<T> =>
  page.evaluate(`(${fn.toString()})(window.__ips)`) as Promise<T>;

describe('the Google Sheets sidebar (Sidebar.html in Chromium)', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-gas.mjs')], { cwd: ROOT, encoding: 'utf8' });
    const bundled = await esbuild.build({
      entryPoints: [path.join(ROOT, 'tests/gas/e2e/page-server.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'chrome100',
      logLevel: 'silent',
    });
    pageServer = bundled.outputFiles[0]!.text;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is one self-contained HTML file', () => {
    const html = readFileSync(SIDEBAR, 'utf8');
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/i);
  });

  it('fills a full review, saves it through google.script.run, and the spreadsheet holds it', async () => {
    const { page, errors } = await openSidebar();
    try {
      // The start screen lists the workbook's sheets through the server.
      await page.waitForSelector('[data-key="form-service"]');
      await expect.poll(() => api(page, (ips) => ips.calls().map((c) => c.name))).toContain('ipsListSheets');

      await page.fill('[data-key="form-service"]', 'Fiktiv Organisasjon');
      await page.fill('[data-key="form-team"]', 'IPS-teamet');
      await page.fill('[data-key="form-date"]', '2025-06-07');
      await page.fill('[data-key="form-rater-0"]', 'Jan Jansen');
      await page.fill('[data-key="form-rater-1"]', 'Britt Larsen');
      await page.fill('[data-key="form-sheet"]', 'Skårskjema');
      await page.click('[data-key="form-create"]');

      for (const [index, score] of SAMPLE_SCORES.entries()) {
        const item = DEFAULT_SCALE.items[index]!;
        await page.waitForSelector(`[data-item="${item.id}"]`);
        await page.check(`[data-key="consensus-${score}"]`);
        if (index < SAMPLE_SCORES.length - 1) await page.click('[data-key="nav-next"]');
      }
      await expect.poll(() => page.textContent('.ipsf-total-num')).toBe('103');

      await page.click('[data-key="save"]');
      await page.waitForSelector('[data-role="notice"][data-kind="success"]');

      const calls = await api(page, (ips) => ips.calls());
      const names = calls.map((c) => c.name);
      expect(
        calls.every((c) => c.ok),
        JSON.stringify(calls),
      ).toBe(true);
      expect(names.slice(names.indexOf('ipsReadTargets'))).toEqual(['ipsReadTargets', 'ipsWrite', 'ipsActivate']);

      // The stand-in received the write: one plan for the new sheet, with the 25 scores.
      const write = (await api(page, (ips) => ips.lastWrite())) as [
        { sheet: string; blocks: { values: unknown[][] }[] }[],
      ];
      expect(write[0]!.map((plan) => plan.sheet)).toEqual(['Skårskjema']);
      const layout = scoreSheetLayout();
      const firstRow = layout.firstScoreRow;
      const planned = DEFAULT_SCALE.items.map(
        (item) => write[0]![0]!.blocks[0]!.values[layout.itemRows[item.id]!]![COLUMNS.score],
      );
      expect(planned).toEqual(SAMPLE_SCORES);

      // …and the spreadsheet behind the server has them, with the native total formula.
      expect(await api(page, (ips) => ips.sheets())).toEqual(['Ark1', 'Skårskjema']);
      expect(await api(page, (ips) => ips.activeSheet())).toBe('Skårskjema');
      const range = `${cellAddress(firstRow, COLUMNS.score)}:${cellAddress(layout.lastScoreRow, COLUMNS.score)}`;
      const column = (await page.evaluate(`window.__ips.column('Skårskjema', '${range}')`)) as unknown[];
      const byItem = DEFAULT_SCALE.items.map((item) => column[layout.itemRows[item.id]! - firstRow]);
      expect(byItem).toEqual(SAMPLE_SCORES);
      expect(await page.evaluate(`window.__ips.cell('Skårskjema', '${layout.totalCell}')`)).toMatch(/^=IF\(COUNT\(/);
      expect(await page.evaluate(`window.__ips.cell('Skårskjema', 'C3')`)).toBe('Fiktiv Organisasjon');

      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('asks before overwriting a cell the user changed, and writes nothing when told no', async () => {
    const { page, errors } = await openSidebar();
    try {
      await page.waitForSelector('[data-key="form-service"]');
      await page.fill('[data-key="form-service"]', 'Tjeneste');
      await page.fill('[data-key="form-team"]', 'Team');
      await page.fill('[data-key="form-date"]', '2025-06-07');
      await page.fill('[data-key="form-rater-0"]', 'Jan');
      await page.fill('[data-key="form-sheet"]', 'Ark2');
      await page.click('[data-key="form-create"]');
      await page.waitForSelector(`[data-item="${DEFAULT_SCALE.items[0]!.id}"]`);
      await page.check('[data-key="consensus-4"]');
      await page.click('[data-key="save"]');
      await page.waitForSelector('[data-role="notice"][data-kind="success"]');

      // Someone types in the score cell of item 1 in the sheet; the pane then saves a 3 there.
      const a1 = cellAddress(scoreSheetLayout().itemRows[DEFAULT_SCALE.items[0]!.id]!, COLUMNS.score);
      await page.evaluate(`window.__ips.type('Ark2', '${a1}', 2)`);
      await page.check('[data-key="consensus-3"]');
      const writesBefore = (await api(page, (ips) => ips.calls())).filter((c) => c.name === 'ipsWrite').length;
      await page.click('[data-key="save"]');
      await page.waitForSelector('[data-role="dialog"]');
      await page.click('[data-role="dialog-cancel"]');
      await page.waitForSelector('[data-role="notice"][data-kind="warning"]');

      const calls = await api(page, (ips) => ips.calls());
      expect(calls.filter((c) => c.name === 'ipsWrite').length).toBe(writesBefore);
      expect(await page.evaluate(`window.__ips.cell('Ark2', '${a1}')`)).toBe(2);

      await page.click('[data-key="save"]');
      await page.waitForSelector('[data-role="dialog"]');
      await page.click('[data-role="dialog-confirm"]');
      await page.waitForSelector('[data-role="notice"][data-kind="success"]');
      expect(await page.evaluate(`window.__ips.cell('Ark2', '${a1}')`)).toBe(3);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
