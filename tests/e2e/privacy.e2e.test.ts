/**
 * End to end: the privacy check before a save, in the preview page (pane + in-memory workbook) in
 * Debian's chromium via playwright-core. A comment pasted with a participant's name and
 * fødselsnummer is refused — the dialog and the notice name the field and the value, and the
 * workbook gets no sheet — and a bank account number that passes the fødselsnummer check is
 * marked as not personal data and saved, the mark shown in the sheet and kept when the sheet is
 * opened again.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privacyFieldLabel } from '../../src/core/review/privacy';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';
import { sheetNameFor } from '../../src/ui/state';
import { ROOT, type PreviewBuild, type StaticServer } from './build-preview';
import { closePreviewInBrowser, collectPageErrors, openPreviewInBrowser } from '../support/preview-browser';

const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const ITEM = DEFAULT_SCALE.items[0]!;
const REVIEW = {
  service: 'Fiktiv Organisasjon',
  team: 'Team Sør',
  date: '2025-09-01',
  raters: ['Jan Jansen', 'Britt Larsen'],
};
const SHEET = sheetNameFor(REVIEW.service, REVIEW.team, REVIEW.date);
const FIELD = privacyFieldLabel(`item:${ITEM.id}:evidence`).nb;
const ACCOUNT = '15030000037';

let build: PreviewBuild;
let server: StaticServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

const key = (name: string) => `[data-key="${name}"]`;
const notice = (kind: string) => `[data-role="notice"][data-kind="${kind}"]`;
const evidence = `textarea[data-key="evidence-${ITEM.id}"]`;

async function sheets(): Promise<string[]> {
  return page.evaluate(() => window.ipsPreview!.workbook.listSheets());
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ({ build, server, browser } = await openPreviewInBrowser());
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
  collectPageErrors(page, pageErrors, { console: false });
  await page.goto(`${server.url}/${build.page}`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.fill(key('form-service'), REVIEW.service);
  await page.fill(key('form-team'), REVIEW.team);
  await page.fill(key('form-date'), REVIEW.date);
  await page.fill(key('form-rater-0'), REVIEW.raters[0]!);
  await page.fill(key('form-rater-1'), REVIEW.raters[1]!);
  await page.click(key('form-create'));
  await page.waitForSelector(evidence);
}, 120_000);

afterAll(async () => {
  await closePreviewInBrowser({ build, server, browser });
});

describe('the privacy check in the pane', () => {
  it('a save of a comment with a fødselsnummer is refused: the field and the value are shown, nothing is written', async () => {
    const before = await sheets();
    await page.fill(evidence, 'Deltaker Kari Nordmann 01019012480 fikk jobb');
    await page.click(key('save'));
    await page.waitForSelector('[data-role="dialog"]');
    expect(await page.textContent('[data-role="dialog-lines"]')).toContain(`${FIELD}: «01019012480»`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'privacy-blocked-dialog.png') });
    await page.click('[data-role="dialog-cancel"]');
    const shown = (await page.textContent(notice('error'))) ?? '';
    expect(shown).toContain(`${FIELD}: «01019012480»`);
    expect(shown).toContain('Ingenting ble skrevet');
    expect(await sheets()).toEqual(before);
    expect(await sheets()).not.toContain(SHEET);
    expect(await page.$(`#grid .grid-tab[data-sheet="${SHEET}"]`)).toBeNull();
  });

  it('an account number marked as not personal data is saved, the mark shown in the sheet and kept on reopening', async () => {
    await page.fill(evidence, `Lønn til konto ${ACCOUNT}.`);
    await page.click(key('save'));
    await page.waitForSelector('[data-role="dialog"]');
    expect(await page.textContent('[data-role="dialog-lines"]')).toContain(`${FIELD}: «${ACCOUNT}»`);
    await page.click('[data-role="dialog-confirm"]');
    expect(await page.textContent(notice('success'))).toContain(SHEET);
    const cells = await page.evaluate((sheet) => window.ipsPreview!.workbook.readSheet(sheet), SHEET);
    const markRow = cells!.findIndex((row) => row[0] === 'Merket som ikke personopplysninger');
    expect(markRow).toBeGreaterThan(0);
    expect(cells![markRow + 1]!.slice(2, 6)).toEqual([FIELD, '', ACCOUNT, expect.anything()]);

    // Opened again from the start screen: saving asks nothing, the mark is still there.
    await page.click(key('back'));
    await page.click(key(`open-${SHEET}`));
    await page.waitForSelector(evidence);
    expect(await page.inputValue(evidence)).toBe(`Lønn til konto ${ACCOUNT}.`);
    await page.click(key('save'));
    expect(await page.textContent(notice('success'))).toContain(SHEET);
    expect(await page.$('[data-role="dialog"]')).toBeNull();
    expect(pageErrors).toEqual([]);
  });
});
