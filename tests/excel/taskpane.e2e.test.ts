/**
 * The built task pane page (taskpane.html + functions.js + taskpane.js, production) in Debian's
 * chromium, with Office.js replaced by tests/excel/fake-office.ts (Excel.run on the recording
 * FakeExcel). Every request is answered from the build or refused: the test proves the page needs
 * nothing else, that both bundles share one runtime (the functions are callable from the pane's
 * page), and that saving a new review writes the score sheet in two round trips plus activation,
 * with a service name typed as "=1+1" stored as text (the total stays a formula).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTION_LIST } from '../../src/core/functions/table';
import { ensureAddinBuild, ROOT, TEST_BASE_URL } from './addin-build';
import { launchChromium } from '../support/chromium';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const refused: string[] = [];

/** tests/excel/fake-office.ts for the browser; office-addin-mock's only Node-side import is replaced by its enum. */
async function fakeOfficeJs(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, 'tests/excel/fake-office.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'silent',
    plugins: [
      {
        name: 'office-addin-manifest-enum',
        setup(build) {
          build.onResolve({ filter: /^office-addin-manifest$/ }, () => ({
            path: 'office-addin-manifest',
            namespace: 'stub',
          }));
          build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
            contents:
              'export const OfficeApp = { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" };',
            loader: 'js',
          }));
        },
      },
    ],
  });
  return result.outputFiles[0]!.text;
}

const api = <T>(expression: string): Promise<T> => page.evaluate(expression) as Promise<T>;

beforeAll(async () => {
  const [dir, officeJs] = await Promise.all([ensureAddinBuild(), fakeOfficeJs()]);
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ contentType: 'text/javascript', body: officeJs });
    if (url.startsWith(TEST_BASE_URL)) {
      const file = path.join(dir, new URL(url).pathname.slice(new URL(TEST_BASE_URL).pathname.length));
      if (existsSync(file))
        return route.fulfill({
          contentType: TYPES[path.extname(file)] ?? 'application/octet-stream',
          body: readFileSync(file),
        });
    }
    refused.push(url);
    return route.abort();
  });
  await page.goto(`${TEST_BASE_URL}taskpane.html`);
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

describe('the task pane page in Excel (Office.js stand-in)', () => {
  it('starts the pane, in Norwegian, and lists the workbook', async () => {
    await page.waitForSelector('[data-key="form-service"]', { state: 'visible', timeout: 30_000 });
    expect(await api<string[]>('window.__ipsExcel.sheets()')).toEqual(['Ark1']);
    expect(await page.textContent('#app')).toMatch(/vurder/i); // Norwegian, from Office's display language nb-NO
  });

  it('associated every custom function in the same runtime, and they answer from the pane page', async () => {
    expect((await api<string[]>('window.__ipsExcel.associated()')).sort()).toEqual(
      FUNCTION_LIST.map((spec) => spec.name).sort(),
    );
    expect(await api('window.__ipsExcel.call("LEVEL", [103, null])')).toEqual({ value: 'God kvalitet' });
    expect(await api('window.__ipsExcel.call("TOTAL", [[[1]]])')).toMatchObject({ error: '#VALUE!' });
  });

  it('saves a new review as a score sheet: 2 round trips, then 1 to show the sheet', async () => {
    // A service name that Excel would take as a formula: it must be written as text.
    await page.fill('[data-key="form-service"]', '=1+1');
    await page.fill('[data-key="form-team"]', 'Team Nord');
    await page.fill('[data-key="form-date"]', '2025-09-01');
    await page.fill('[data-key="form-rater-0"]', 'Kari Nordmann');
    await page.fill('[data-key="form-rater-1"]', 'Ola Nordmann');
    await page.click('[data-key="form-create"]');
    await page.waitForSelector('[data-role="item-name"]');

    const before = await api<number>('window.__ipsExcel.roundTrips()');
    await page.click('[data-key="save"]');
    await page.waitForSelector('[data-role="notice"][data-kind="success"]', { timeout: 30_000 });
    expect((await api<number>('window.__ipsExcel.roundTrips()')) - before).toBe(3);

    const sheets = await api<string[]>('window.__ipsExcel.sheets()');
    expect(sheets).toHaveLength(2);
    const sheet = sheets[1]!;
    expect(await api(`window.__ipsExcel.active()`)).toBe(sheet);
    expect(await api(`window.__ipsExcel.cell(${JSON.stringify(sheet)}, "A1")`)).toBe(
      'Skårskjema for IPS-kvalitetsskalaen',
    );
    expect(await api(`window.__ipsExcel.cell(${JSON.stringify(sheet)}, "C4")`)).toBe('Team Nord');
    expect(await api(`window.__ipsExcel.cell(${JSON.stringify(sheet)}, "C3")`)).toBe('=1+1');
    expect(await api(`window.__ipsExcel.isFormula(${JSON.stringify(sheet)}, "C3")`)).toBe(false);
    expect(await api(`window.__ipsExcel.isFormula(${JSON.stringify(sheet)}, "C6")`)).toBe(true);
    expect(await api<string>(`window.__ipsExcel.cell(${JSON.stringify(sheet)}, "C6")`)).toMatch(/^=IF\(COUNT\(/);
    expect(await api<string[]>(`window.__ipsExcel.validations(${JSON.stringify(sheet)})`)).toHaveLength(2);
    expect(await api(`window.__ipsExcel.frozenRows(${JSON.stringify(sheet)})`)).toBe(9);
  });

  it('made no request outside the build and Office.js, and logged no errors', () => {
    expect(refused).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
