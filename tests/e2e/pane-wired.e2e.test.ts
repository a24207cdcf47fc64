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
import { serialToIso } from '../../src/core/cells';
import { HISTORY_SHEET } from '../../src/core/history/table';
import { CASELOAD_TABLE, rowsBlock, tableSheetPlan } from '../../src/core/inputs/tables';
import { sampleReview } from '../../src/core/review/sample';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';
import type { SheetPlan } from '../../src/core/workbook/plan';
import { todaySerial } from '../../src/preview/engine/functions';
import { sheetNameFor } from '../../src/ui/state';
import { reviewSheetNames } from '../../src/ui/workflow';
import { historyPlan, row } from '../core/cycle/history-rows';
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

describe('the review cycle on the start screen', () => {
  it('lists the services due within 30 days or overdue, and «Skriv vurderingsplan» writes the plan', async () => {
    const page = await openPane();
    const daysAgo = (days: number) => serialToIso(todaySerial() - days);
    const plan = historyPlan(HISTORY_SHEET.nb, [
      row('a1', 'Alfa', 'Team 1', daysAgo(200), 92, 'baseline'), // 6 months after: overdue
      row('b1', 'Beta', '', daysAgo(350), 104, 'baseline'), // 12 months after: due in about two weeks
      row('c1', 'Gamma', '', daysAgo(30), 80, 'baseline'), // due in five months
    ]);
    await page.evaluate(async (history) => {
      await window.ipsPreview!.workbook.write([history]);
      await window.ipsPreview!.app.refreshSheets();
    }, plan);
    await page.waitForSelector('[data-role="review-plan"]');
    const entries = await page.$$eval('[data-role="due-entry"]', (nodes) =>
      nodes.map((node) => [node.getAttribute('data-status'), node.textContent]),
    );
    expect(entries.map(([status]) => status)).toEqual(['overdue', 'upcoming']);
    expect(entries[0]![1]).toContain('Alfa · Team 1');
    expect(entries[0]![1]).toMatch(/Neste vurdering \d{4}-\d{2}-\d{2} · Forfalt for \d+ dager siden/);
    expect(entries[1]![1]).toMatch(/Beta.*Forfaller om \d+ dager/);
    await page.locator(key('write-review-plan')).scrollIntoViewIfNeeded();
    expect(await inView(page, key('write-review-plan'))).toBe(true);
    await page.click(key('write-review-plan'));
    expect(await noticeText(page, 'success')).toContain('«Vurderingsplan» er skrevet: 3 tjenester, 2 skal vurderes');
    expect(await page.evaluate(() => window.ipsPreview!.workbook.activeSheet)).toBe('Vurderingsplan');
    await page.close();
  });
});

describe('preparing a review', () => {
  it('writes the checklist, the record sample and the evidence log; the item and the report follow the log', async () => {
    const page = await openPane();
    const caseload = tableSheetPlan(CASELOAD_TABLE, 'nb');
    const rows = Array.from({ length: 12 }, (_, index) => ({
      values: { specialist: 'JS1', participant: `D${index + 1}`, status: index < 6 ? 'employed' : 'jobSeeking' },
    }));
    const withRows = { ...caseload, blocks: [...caseload.blocks, rowsBlock(CASELOAD_TABLE, rows, 'nb')] };
    await page.evaluate(async (plan) => {
      await window.ipsPreview!.workbook.write([plan]);
    }, withRows as SheetPlan);
    await openSample(page, 'overview');
    await page.click(key('preparation-summary'));
    for (const [button, sheet] of [
      ['prep-checklist', 'Datainnhenting'],
      ['prep-record-sample', 'Journalutvalg'],
      ['prep-evidence-log', 'Kildelogg'],
    ] as const) {
      await page.locator(key(button)).scrollIntoViewIfNeeded();
      expect(await inView(page, key(button)), button).toBe(true);
      await page.click(key(button));
      expect(await noticeText(page, 'success'), button).toContain(`«${sheet}»`);
      expect(await page.evaluate(() => window.ipsPreview!.workbook.activeSheet)).toBe(sheet);
      await page.click(key('notice-dismiss'));
    }
    expect(await page.textContent('[data-role="evidence-count"]')).toContain('0 funn');

    // The evaluators log two findings for item 1; the item shows them once it is opened.
    await page.evaluate(() => {
      const workbook = window.ipsPreview!.workbook;
      workbook.setCellAt('Kildelogg', 'A4', 1);
      workbook.setCellAt('Kildelogg', 'C4', 'DOC');
      workbook.setCellAt('Kildelogg', 'E4', 'Porteføljeoversikter.');
      workbook.setCellAt('Kildelogg', 'A5', 1);
      workbook.setCellAt('Kildelogg', 'C5', 'INT');
      workbook.setCellAt('Kildelogg', 'D5', 'Jobbspesialist');
      workbook.setCellAt('Kildelogg', 'E5', 'Bekrefter 19 deltakere.');
    });
    await page.click(key('view-item'));
    await page.waitForSelector('[data-role="evidence-coverage"]');
    await page.waitForFunction(() =>
      document.querySelector('[data-role="evidence-coverage"]')!.textContent!.includes('DOC'),
    );
    const item = DEFAULT_SCALE.items[0]!;
    const missing = item.sources.filter((code) => code !== 'DOC' && code !== 'INT');
    expect(await page.textContent('[data-role="evidence-coverage"]')).toBe(
      `Kildelogg: bevis fra ${item.sources.filter((code) => code === 'DOC' || code === 'INT').join(', ')}` +
        (missing.length > 0 ? ` · ingen ennå fra ${missing.join(', ')}` : ''),
    );
    expect(await page.$$eval('.ipsf-sources [data-covered="true"]', (nodes) => nodes.length)).toBe(
      item.sources.filter((code) => code === 'DOC' || code === 'INT').length,
    );

    // The report's «Informasjonskilder» come from the log.
    await page.click(key('view-report'));
    await page.waitForSelector('[data-role="report-view"]');
    await page.click(key('show-html'));
    expect(await page.inputValue('[data-role="html-code"]')).toContain('Intervju (INT): Jobbspesialist');
    await page.close();
  });
});

describe('the pane', () => {
  it('logged no errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
