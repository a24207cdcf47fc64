/**
 * The buttons wired into the pane after its restructuring, as a user reaches them in Debian's
 * chromium at 360 × 800 with the preview's pane filling the page (as Excel's task pane shows it):
 * «Vis diagrammer» and «Lag resultatdiagram» beside «Lagre i historikk», the export that says
 * only what happened, the version line, the services due on the start screen with «Vurderingsplan»,
 * and a review's preparation sheets with the evidence log's coverage on the item and in the report.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleReview } from '../../src/core/review/sample';
import { sheetNameFor } from '../../src/ui/state';
import { reviewSheetNames } from '../../src/ui/workflow';
import { PANE_ONLY_CSS } from '../support/guide-shots';
import { closePreviewInBrowser, collectPageErrors, openPreviewInBrowser } from '../support/preview-browser';
import { ROOT, type PreviewBuild, type StaticServer } from './build-preview';

const VIEWPORT = { width: 360, height: 800 } as const;
const SAMPLE = sampleReview();
const SAMPLE_SHEET = sheetNameFor(SAMPLE.service, SAMPLE.team, SAMPLE.date);

let build: PreviewBuild;
let server: StaticServer;
let browser: Browser;
const pageErrors: string[] = [];

const key = (name: string) => `[data-key="${name}"]`;
const noticeOf = (kind: string) => `[data-role="notice"][data-kind="${kind}"]`;

async function openPane(language: 'nb' | 'en' = 'nb'): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT, locale: language === 'nb' ? 'nb-NO' : 'en-GB' });
  collectPageErrors(page, pageErrors);
  await page.goto(`${server.url}/${build.page}?lang=${language}`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.addStyleTag({ content: PANE_ONLY_CSS });
  return page;
}

/** Opens the preview's sample review and goes to a view. */
async function openSample(page: Page, view?: 'report' | 'overview'): Promise<void> {
  await page.click(key(`open-${SAMPLE_SHEET}`));
  await page.waitForSelector('[data-role="item-name"]');
  await page.click(key('notice-dismiss'));
  if (view) {
    await page.click(key(`view-${view}`));
    await page.waitForSelector(view === 'report' ? '[data-role="report-view"]' : '.ipsf-overview');
  }
}

async function noticeText(page: Page, kind: string): Promise<string> {
  await page.waitForSelector(noticeOf(kind));
  return ((await page.textContent('[data-role="notice"]')) ?? '').trim();
}

/** The control is whole between the header and the bottom of the pane, and what is drawn at its centre. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel)!;
    const box = element.getBoundingClientRect();
    const header = document.querySelector('#pane .ipsf-top')!.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return box.top >= header.bottom - 1 && box.bottom <= window.innerHeight + 1 && !!hit && element.contains(hit);
  }, selector);
}

beforeAll(async () => {
  ({ build, server, browser } = await openPreviewInBrowser());
}, 120_000);

afterAll(async () => {
  await closePreviewInBrowser({ build, server, browser });
});

describe('«Vis diagrammer» beside «Lagre i historikk»', () => {
  it('says there are no charts before the history, then brings the service’s chart to the front', async () => {
    const page = await openPane();
    await openSample(page, 'report');
    await page.locator(key('show-charts')).scrollIntoViewIfNeeded();
    expect(await inView(page, key('show-charts'))).toBe(true);
    expect(await page.textContent(key('show-charts'))).toBe('Vis diagrammer');
    await page.click(key('show-charts'));
    expect(await noticeText(page, 'info')).toContain('Ingen diagrammer ennå');

    await page.click(key('save-history'));
    await page.waitForSelector(noticeOf('success'));
    await page.click(key('show-charts'));
    const names = reviewSheetNames(SAMPLE, 'nb');
    expect(await noticeText(page, 'success')).toContain(names.charts);
    expect(await page.evaluate(() => window.ipsPreview!.workbook.selectedChart)).toEqual({
      sheet: names.charts,
      chartId: 'total-over-time',
    });
    await page.close();
  });

  it('reads “Show charts” in English', async () => {
    const page = await openPane('en');
    await openSample(page, 'report');
    expect(await page.textContent(key('show-charts'))).toBe('Show charts');
    await page.close();
  });
});

describe('«Lag resultatdiagram» and «Resultater»', () => {
  it('inserts «Resultater», then draws the employment rate on the service’s chart sheet', async () => {
    const page = await openPane();
    await openSample(page, 'report');
    await page.click(key('outcome-charts'));
    expect(await noticeText(page, 'info')).toContain('Lag arket «Resultater»');
    await page.locator(key('insert-results')).scrollIntoViewIfNeeded();
    expect(await inView(page, key('insert-results'))).toBe(true);
    await page.click(key('insert-results'));
    expect(await noticeText(page, 'success')).toContain('«Resultater» er satt inn');
    await page.evaluate((service) => {
      const workbook = window.ipsPreview!.workbook;
      [
        ['2025-K1', 40, 14],
        ['2025-K2', 40, 18],
        ['2025-K3', 50, 26],
      ].forEach(([quarter, served, employed], index) => {
        workbook.setCellAt('Resultater', `A${index + 3}`, service);
        workbook.setCellAt('Resultater', `B${index + 3}`, quarter!);
        workbook.setCellAt('Resultater', `D${index + 3}`, served!);
        workbook.setCellAt('Resultater', `E${index + 3}`, employed!);
      });
    }, SAMPLE.service);
    await page.click(key('notice-dismiss'));
    await page.click(key('outcome-charts'));
    const names = reviewSheetNames(SAMPLE, 'nb');
    expect(await noticeText(page, 'success')).toContain(names.charts);
    expect(
      await page.evaluate(
        (sheet) => window.ipsPreview!.workbook.chartsOf(sheet).map((chart) => chart.id),
        names.charts,
      ),
    ).toContain('employment-rate-over-time');
    await page.close();
  });
});

describe('«Eksporter HTML» tells the truth', () => {
  it('the preview downloads the file and says so; a host with a report dialog shows it there and never says «lastet ned»', async () => {
    const page = await openPane();
    await openSample(page, 'report');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(key('export-html'))]);
    expect(download.suggestedFilename()).toMatch(/\.html$/);
    expect(await noticeText(page, 'success')).toContain('lastet ned');
    await page.click(key('notice-dismiss'));

    // As in Google Sheets: Workbook.showReport opens a modal dialog over the spreadsheet.
    await page.evaluate(() => {
      const workbook = window.ipsPreview!.workbook as unknown as Record<string, unknown>;
      const shown: string[] = [];
      (window as unknown as { shownReports: string[] }).shownReports = shown;
      workbook['showReport'] = async (_html: string, title: string) => {
        shown.push(title);
        return 'dialog';
      };
    });
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await page.click(key('export-html'));
    const text = await noticeText(page, 'success');
    expect(text).toContain('åpnet i et eget vindu');
    expect(text).not.toContain('lastet ned');
    expect(downloaded).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { shownReports: string[] }).shownReports)).toEqual([
      `IPS-rapport ${SAMPLE.service} ${SAMPLE.team} ${SAMPLE.date}`,
    ]);
    expect(await page.$('[data-role="html-code"]')).toBeNull();

    // Nothing gets it out: the HTML code to copy opens.
    await page.evaluate(() => {
      (window.ipsPreview!.workbook as unknown as Record<string, unknown>)['showReport'] = async () => {
        throw new Error('blokkert');
      };
    });
    await page.click(key('export-html'));
    expect(await noticeText(page, 'error')).toContain('Kopier HTML-koden');
    expect(await page.inputValue('[data-role="html-code"]')).toContain('<!DOCTYPE html>');
    await page.close();
  });
});

describe('the version line', () => {
  it.each([
    ['nb', 'skala'],
    ['en', 'scale'],
  ] as const)(
    'is at the foot of the start screen, small and muted, never in the header (%s)',
    async (language, word) => {
      const page = await openPane(language);
      const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
        .version;
      const footer = page.locator('[data-role="version"]');
      expect(((await footer.textContent()) ?? '').trim()).toBe(`IPS Fidelity ${version} · ${word} 2008`);
      expect(await page.$('#pane .ipsf-top [data-role="version"]')).toBeNull();
      const style = await footer.evaluate((element) => {
        const computed = getComputedStyle(element);
        return { size: parseFloat(computed.fontSize), color: computed.color };
      });
      expect(style.size).toBeLessThanOrEqual(12);
      expect(style.color).toBe('rgb(97, 97, 97)');
      await footer.scrollIntoViewIfNeeded();
      expect(await inView(page, '[data-role="version"]')).toBe(true);
      await page.close();
    },
  );
});

describe('the pane', () => {
  it('logged no errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
