/**
 * End to end, the review workflow in the preview page (pane + in-memory workbook) in Debian's
 * chromium via playwright-core: two raters score independently (rater mode, digits only), the
 * consensus view resolves their disagreements (3↔4 and 4↔5 first), the review is saved, the report
 * and action plan are written, the HTML report is downloaded, the review goes into the history
 * with its charts, a saved score is corrected with a reason, and a second review starts from the
 * first with every suggestion confirmed or changed. Then a history of 500 reviews: the time to
 * make the report and the charts, and the host calls per operation.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyHeader, historyLayout, historyRow, historyRowValues } from '../../src/core/history/table';
import { compareRaters, raterAgreement } from '../../src/core/review/consensus';
import { newReview, type Review } from '../../src/core/review/model';
import { DEFAULT_SCALE, itemLabel } from '../../src/core/scale/registry';
import type { Score } from '../../src/core/scale/types';
import { cellAddress, type PlanValue, type SheetPlan } from '../../src/core/workbook/plan';
import { scoreSheetPlan } from '../../src/core/sheets/score-sheet';
import { levelName } from '../../src/core/totals';
import { sheetNameFor } from '../../src/ui/state';
import { reviewSheetNames } from '../../src/ui/workflow';
import { generateHistory } from '../core/history/generate';
import { ROOT, type PreviewBuild, type StaticServer } from './build-preview';
import { closePreviewInBrowser, collectPageErrors, openPreviewInBrowser } from '../support/preview-browser';

const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const ITEMS = DEFAULT_SCALE.items;
const N = ITEMS.length;

const FIRST = {
  service: 'Fiktiv Organisasjon',
  team: 'Team Nord',
  date: '2025-09-01',
  raters: ['Kari Nordmann', 'Ola Nordmann'],
};
const SECOND_DATE = '2026-03-02';
const SHEET = sheetNameFor(FIRST.service, FIRST.team, FIRST.date);
const NAMES = reviewSheetNames(FIRST, 'nb');
const SECOND_NAMES = reviewSheetNames({ ...FIRST, date: SECOND_DATE }, 'nb');
const HISTORY = 'IPS-historikk';

/** Kari's scores; Ola differs on four items: 3↔4, 4↔5, 1↔2 and 2↔4. */
const KARI: Score[] = ITEMS.map((_, index) => ([4, 5, 3, 4, 5] as const)[index % 5]!);
KARI[11] = 1;
KARI[17] = 2;
const OLA: Score[] = [...KARI];
OLA[2] = 4; // 3|4
OLA[6] = 4; // 4|5 (Kari 5)
OLA[11] = 2; // within 1–3
OLA[17] = 4; // 2|3 and 3|4, spread 2
/** What the raters agree on for the four. */
const AGREED: Readonly<Record<number, Score>> = { 2: 4, 6: 5, 11: 2, 17: 3 };
const CONSENSUS: Score[] = KARI.map((score, index) => AGREED[index] ?? score);
const TOTAL = CONSENSUS.reduce<number>((sum, score) => sum + score, 0);
/** The correction made after the review is in the history. */
const CORRECTED_INDEX = 3;
const CORRECTED_TO: Score = 5;

/** The same review built with the core, for the expected comparisons. */
function coreReview(): Review {
  const review = newReview({
    id: 'x',
    service: FIRST.service,
    team: FIRST.team,
    date: FIRST.date,
    raters: [
      { id: 'r1', name: FIRST.raters[0]! },
      { id: 'r2', name: FIRST.raters[1]! },
    ],
  });
  ITEMS.forEach((item, index) => {
    review.items[item.id]!.raterScores = { r1: KARI[index]!, r2: OLA[index]! };
  });
  return review;
}

let build: PreviewBuild;
let server: StaticServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const foreignRequests: string[] = [];
const callLog: Record<string, Record<string, number>> = {};

const key = (name: string) => `[data-key="${name}"]`;
const notice = (kind: string) => `[data-role="notice"][data-kind="${kind}"]`;
const tab = (sheet: string) => `#grid .grid-tab[data-sheet="${sheet}"]`;

async function text(selector: string, on: Page = page): Promise<string> {
  return ((await on.textContent(selector)) ?? '').trim();
}

async function shot(name: string, selector?: string, on: Page = page): Promise<void> {
  const file = path.join(ARTIFACTS, `${name}.png`);
  if (selector) await on.locator(selector).screenshot({ path: file });
  else await on.screenshot({ path: file });
}

async function resetCalls(on: Page = page): Promise<void> {
  await on.evaluate(() => window.ipsPreview!.workbook.resetCalls());
}

/** The host calls since resetCalls, without the zeros; logged under `operation`. */
async function calls(operation: string, on: Page = page): Promise<Record<string, number>> {
  const all = await on.evaluate(() => ({ ...window.ipsPreview!.workbook.calls }));
  const used = Object.fromEntries(Object.entries(all).filter(([, count]) => count > 0));
  callLog[operation] = used;
  return used;
}

/**
 * Wraps the page's MemoryWorkbook methods to add up the time spent inside them (the in-memory
 * host, including the preview grid redrawing on every change), so the pane's own share shows.
 */
async function timeHostCalls(on: Page): Promise<void> {
  await on.evaluate(() => {
    const workbook = window.ipsPreview!.workbook as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const spent: Record<string, number> = {};
    (window as unknown as { hostSpent: Record<string, number> }).hostSpent = spent;
    for (const method of [
      'listSheets',
      'readSheet',
      'readSheets',
      'readTargets',
      'write',
      'appendRow',
      'writeCharts',
      'activate',
    ]) {
      const original = workbook[method]!.bind(workbook);
      workbook[method] = async (...args: unknown[]) => {
        const started = performance.now();
        try {
          return await original(...args);
        } finally {
          spent[method] = (spent[method] ?? 0) + performance.now() - started;
        }
      };
    }
  });
}

async function hostSpent(on: Page): Promise<number> {
  return on.evaluate(() => {
    const holder = window as unknown as { hostSpent: Record<string, number> };
    const total = Object.values(holder.hostSpent).reduce((sum, ms) => sum + ms, 0);
    // Reset in place: the wrappers hold this object.
    for (const name of Object.keys(holder.hostSpent)) holder.hostSpent[name] = 0;
    return total;
  });
}

async function lastMeasure(name: string, on: Page = page): Promise<number> {
  return on.evaluate((entry) => {
    const all = performance.getEntriesByName(entry);
    return all.length > 0 ? all[all.length - 1]!.duration : -1;
  }, name);
}

/** Waits for a notice of `kind` that is new (the pane clears the old one before an operation). */
async function waitNotice(kind: string, on: Page = page): Promise<string> {
  await on.waitForSelector(notice(kind));
  return text(notice(kind), on);
}

async function heading(): Promise<string> {
  return text('[data-role="item-name"]');
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ({ build, server, browser } = await openPreviewInBrowser());
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO', acceptDownloads: true });
  collectPageErrors(page, pageErrors);
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:') && url !== 'about:blank')
      foreignRequests.push(url);
  });
}, 120_000);

afterAll(async () => {
  await closePreviewInBrowser({ build, server, browser });
  if (Object.keys(callLog).length > 0) {
    console.log('[workflow] host calls per operation (MemoryWorkbook):');
    for (const [operation, counts] of Object.entries(callLog)) {
      const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
      console.log(
        `  ${operation.padEnd(44)} ${String(total).padStart(2)}  ${Object.entries(counts)
          .map(([method, count]) => `${method} ${count}`)
          .join(', ')}`,
      );
    }
  }
});

describe('review workflow in the preview', () => {
  it('scans the workbook for score sheets in one readSheets call', async () => {
    await page.goto(`${server.url}/${build.page}`);
    await page.waitForSelector('html[data-ready="true"]');
    // The start scan happened before we could reset: the counts since the page loaded are the scan.
    const scan = await calls('start screen: scan the workbook');
    expect(scan).toEqual({ listSheets: 1, readSheets: 1 });
    expect(await text('.ipsf-start-list')).toContain('Fiktiv IPS-teamet 2025-06-07');
  });

  it('creates a review with two raters', async () => {
    await page.fill(key('form-service'), FIRST.service);
    await page.fill(key('form-team'), FIRST.team);
    await page.fill(key('form-date'), FIRST.date);
    await page.fill(key('form-rater-0'), FIRST.raters[0]!);
    await page.fill(key('form-rater-1'), FIRST.raters[1]!);
    await page.click(key('form-create'));
    await page.waitForSelector('[data-role="item-name"]');
    expect(await text('[data-role="total"]')).toBe(`Mangler ${N} av ${N}`);
  });

  it('rater mode: each rater enters only their own 25 scores, by typing digits', async () => {
    await page.click(key('view-consensus'));
    await page.waitForSelector('[data-role="consensus-view"]');
    expect(await text('[data-role="no-disagreements"]')).toContain('enige');
    for (const [raterId, scores] of [
      ['r1', KARI],
      ['r2', OLA],
    ] as const) {
      await page.click(key(`rater-mode-${raterId}`));
      await page.waitForSelector('[data-role="rater-view"]');
      // Independent scoring: neither the consensus nor the other rater is on the page.
      expect(await page.$('[data-role="consensus"]')).toBeNull();
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['key'])).toBe('rater-item-name');
      for (let index = 0; index < N; index++) {
        expect(await heading()).toBe(ITEMS[index]!.name.nb);
        await page.keyboard.press(String(scores[index]));
        if (index < N - 1)
          await page.waitForFunction(
            (old) => document.querySelector('[data-role="item-name"]')?.textContent?.trim() !== old,
            ITEMS[index]!.name.nb,
          );
      }
      await page.waitForSelector('[data-role="rater-done"]');
      expect(await text('[data-role="rater-progress"]')).toBe(`${N} av ${N} skåret`);
      // The last item's choice is shown on its anchor.
      expect(await page.getAttribute(`.ipsf-anchor-option[data-score="${scores[N - 1]}"]`, 'data-chosen')).toBe('true');
      if (raterId === 'r1') await shot('w01-rater-mode', '#pane');
      await page.click(key('rater-mode-end'));
      await page.waitForSelector('[data-role="consensus-view"]');
    }
    // Nothing is filled in: scores from both raters and still no consensus.
    expect(await text('[data-role="total"]')).toBe(`Mangler ${N} av ${N}`);
  });

  it('consensus view: disagreements 3↔4 and 4↔5 first, the anchors side by side, agreement and kappa', async () => {
    const expected = compareRaters(coreReview());
    const order = await page.$$eval('[data-role="disagreement-card"]', (cards) =>
      cards.map((card) => (card as HTMLElement).dataset['item']),
    );
    expect(order).toEqual(expected.disagreements.map((entry) => entry.itemId));
    expect(order).toHaveLength(4);
    const importance = await page.$$eval('[data-role="disagreement-card"]', (cards) =>
      cards.map((card) => (card as HTMLElement).dataset['importance']),
    );
    expect(importance).toEqual(['high', 'high', 'high', 'low']);

    // Each card: the raters' scores and the anchors of exactly those scores.
    for (const entry of expected.disagreements) {
      const index = ITEMS.findIndex((item) => item.id === entry.itemId);
      const card = `[data-role="disagreement-card"][data-item="${entry.itemId}"]`;
      expect(await text(`${card} [data-role="rater-scores"]`)).toBe(
        `Kari Nordmann: ${KARI[index]} · Ola Nordmann: ${OLA[index]}`,
      );
      const anchors = await page.$$eval(`${card} [data-role="compare-anchors"] .ipsf-anchor-text`, (nodes) =>
        nodes.map((node) => node.textContent),
      );
      const given = [...new Set([KARI[index]!, OLA[index]!])].sort();
      expect(anchors).toEqual(given.map((score) => ITEMS[index]!.anchors[score - 1]!.nb));
      expect(await text(`${card} [data-role="resolution"]`)).toBe('Ikke avgjort');
    }

    const agreement = raterAgreement(coreReview(), 'r1', 'r2');
    expect(await text('[data-role="exact-agreement"]')).toBe(
      `${Math.round(agreement.exact! * 100)} % (${agreement.agreements} av ${agreement.pairs} punkter)`,
    );
    expect(await text('[data-role="kappa"]')).toBe(agreement.kappa!.toFixed(2).replace('.', ','));
    await shot('w02-consensus', '#pane');

    // Agree by keyboard: arrows in the radio group, then a note.
    for (const entry of expected.disagreements) {
      const index = ITEMS.findIndex((item) => item.id === entry.itemId);
      await page.focus(key(`agreed-${entry.itemId}-none`));
      for (let step = 0; step < AGREED[index]!; step++) await page.keyboard.press('ArrowRight');
      await page.fill(key(`dis-note-${entry.itemId}`), `Enige om ${AGREED[index]} etter gjennomgang.`);
      expect(await text(`[data-role="disagreement-card"][data-item="${entry.itemId}"] [data-role="resolution"]`)).toBe(
        `✓ Konsensus: ${AGREED[index]}`,
      );
    }

    // The items the raters agree on are offered one by one, never filled in by themselves.
    expect(await page.$$eval('[data-role="unanimous"] li', (items) => items.length)).toBe(N - 4);
    expect(await text('[data-role="total"]')).toBe(`Mangler ${N - 4} av ${N}`);
    const firstUnanimous = ITEMS.find((_, index) => AGREED[index] === undefined)!;
    await page.focus(key(`unanimous-${firstUnanimous.id}`));
    for (let count = 0; count < N - 4; count++) await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('[data-role="unanimous"]'));
    expect(await text('[data-role="total"]')).toBe(String(TOTAL));
    expect(await text('[data-role="level"]')).toBe(levelName(TOTAL, 'nb'));
    await shot('w03-consensus-resolved', '#pane');
  });

  it('the consensus note and the agreed score are on the item page; a name in a comment is caught', async () => {
    const item = ITEMS[2]!;
    await page.click(key('view-overview'));
    const scores = await page.$$eval('.ipsf-ov-item [data-role="ov-score"]', (nodes) =>
      nodes.map((node) => Number(node.textContent)),
    );
    expect(scores).toEqual(CONSENSUS);
    await page.click(`.ipsf-ov-item[data-item="${item.id}"]`);
    expect(await page.inputValue(`textarea[data-key="consensusNote-${item.id}"]`)).toBe(
      'Enige om 4 etter gjennomgang.',
    );
    await page.fill(`textarea[data-key="recommendation-${item.id}"]`, 'Ansett en jobbspesialist til.');
    await page.fill(`textarea[data-key="evidence-${item.id}"]`, 'Per Hansen har for mange deltakere.');

    // The report's name check: the names are typed in the pane only, and the warning follows them.
    await page.click(key('view-report'));
    await page.fill(key('roster'), 'Per Hansen\nLise Berg');
    await page.waitForSelector('[data-role="report-warnings"] li[data-warning="possibleName"]');
    expect(await text('[data-role="report-warnings"] li[data-warning="possibleName"]')).toContain('Per Hansen');
    await page.click(key('view-item'));
    await page.fill(`textarea[data-key="evidence-${item.id}"]`, 'Én jobbspesialist har for mange deltakere.');
    await page.click(key('view-report'));
    expect(await page.$('[data-role="report-warnings"] li[data-warning="possibleName"]')).toBeNull();
  });

  it('saves the score sheet', async () => {
    await resetCalls();
    await page.click(key('save'));
    expect(await waitNotice('success')).toContain(SHEET);
    expect(await calls('save the score sheet')).toEqual({ readTargets: 1, write: 1, activate: 1 });
  });

  it('«Lag rapport» writes the report and the action plan, showing the validation warnings first', async () => {
    await page.click(key('view-report'));
    await page.waitForSelector('[data-role="report-view"]');
    const warnings = await page.$$eval('[data-role="report-warnings"] li', (items) =>
      items.map((item) => (item as HTMLElement).dataset['warning']),
    );
    expect(warnings).toEqual(['missingRecommendation']);
    expect(await text('[data-role="report-warnings"]')).toContain(itemLabel(ITEMS[0]!, 'nb'));
    expect(await page.inputValue(key('roster'))).toBe('Per Hansen\nLise Berg');
    await page.check(key('include-fours'));
    await shot('w04-report-view', '#pane');

    await resetCalls();
    await page.click(key('make-report'));
    const message = await waitNotice('warning');
    expect(message).toContain(NAMES.report);
    expect(message).toContain(NAMES.actionPlan);
    expect(await calls('make report (report + action plan sheets)')).toEqual({ readTargets: 1, write: 1, activate: 1 });
    expect(await page.isVisible(tab(NAMES.report))).toBe(true);
    expect(await page.isVisible(tab(NAMES.actionPlan))).toBe(true);
    expect(await page.getAttribute(tab(NAMES.report), 'aria-selected')).toBe('true');
    expect(await text('#grid td[data-address="A1"]')).toBe('IPS-evalueringsrapport');
    const cells = await page.evaluate(
      (sheet) =>
        window
          .ipsPreview!.workbook.sheet(sheet)!
          .cells.flat()
          .filter((value) => value !== null)
          .map(String),
      NAMES.actionPlan,
    );
    expect(cells).toContain('IPS-handlingsplan (kvalitet)');
    expect(cells.some((value) => value.includes('Ansett en jobbspesialist til.'))).toBe(true);
    await shot('w05-report-sheet');

    // Again: the pane's own cells are overwritten without a question.
    await page.click(key('make-report'));
    await page.waitForSelector(notice('warning'));
    expect(await page.$('[data-role="dialog"]')).toBeNull();
  });

  it('«Eksporter HTML» downloads the standalone report; «Åpne i nytt vindu» shows it', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(key('export-html'))]);
    expect(download.suggestedFilename()).toBe(`IPS-rapport ${FIRST.service} ${FIRST.team} ${FIRST.date}.html`);
    const html = readFileSync((await download.path())!, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`default-src 'none'`);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain(FIRST.team);
    expect(html).toContain(`>${TOTAL}<`);
    expect(html).toContain('Ansett en jobbspesialist til.');
    expect(await waitNotice('success')).toContain('.html');

    const [popup] = await Promise.all([page.waitForEvent('popup'), page.click(key('open-window'))]);
    await popup.waitForLoadState();
    expect(await popup.title()).toContain(FIRST.team);
    expect(await popup.textContent('h1')).toContain('IPS');
    await popup.close();

    await page.click(key('show-html'));
    expect(await page.inputValue('[data-role="html-code"]')).toContain('<!DOCTYPE html>');
    await page.click(key('show-html'));
  });

  it('«Lagre i historikk» appends the review, writes the chart data and the charts', async () => {
    expect(await text('[data-role="history-status"]')).toBe('Ikke lagret i historikken ennå.');
    await resetCalls();
    await page.click(key('save-history'));
    const message = await waitNotice('success');
    expect(message).toContain(`Historikken «${HISTORY}» er opprettet`);
    expect(message).toContain(NAMES.charts);
    expect(await calls('save to history + charts (new history)')).toEqual({
      readSheets: 1,
      appendRow: 1,
      write: 1,
      writeCharts: 1,
      activate: 1,
    });
    expect(await page.isVisible(tab(HISTORY))).toBe(true);
    expect(await page.getAttribute(tab(NAMES.charts), 'aria-selected')).toBe('true');
    const charts = await page.evaluate(
      (sheet) => window.ipsPreview!.workbook.chartsOf(sheet).map((chart) => chart.id),
      NAMES.charts,
    );
    expect(charts).toEqual(['total-over-time', 'section-means-over-time', 'service-item-heatmap']);
    expect(
      await page.evaluate(() => window.ipsPreview!.workbook.chartsOf('IPS-historikk').map((chart) => chart.id)),
    ).toEqual(['history-heatmap']);
    await page.waitForSelector('[data-role="grid-chart"][data-chart-id="total-over-time"]');
    expect(await page.$$eval('#grid td[data-heat]', (cells) => cells.length)).toBe(N);
    expect(await text('[data-role="history-status"]')).toBe('Lagret i historikken (rad 2).');
    await page.locator('[data-role="grid-chart"][data-chart-id="total-over-time"]').scrollIntoViewIfNeeded();
    await shot('w06-history-charts');

    // Again: already there and unchanged; nothing is appended.
    await resetCalls();
    await page.click(key('save-history'));
    expect(await waitNotice('info')).toContain('Allerede lagret i historikken (rad 2), uendret');
    expect(await page.evaluate(() => window.ipsPreview!.workbook.usedSize('IPS-historikk').rows)).toBe(2);
    expect(await calls('save to history again (unchanged)')).toEqual({
      readSheets: 1,
      write: 1,
      writeCharts: 1,
      activate: 1,
    });

    // A history row changed by hand: the review is refused, the history is not rewritten.
    const cell = cellAddress(1, historyLayout().evaluators);
    const original = await page.evaluate(
      (address) => window.ipsPreview!.workbook.rawAt('IPS-historikk', address),
      cell,
    );
    await page.evaluate(
      (address) => window.ipsPreview!.workbook.setCellAt('IPS-historikk', address, 'Noen andre'),
      cell,
    );
    await resetCalls();
    await page.click(key('save-history'));
    expect(await waitNotice('error')).toContain(
      'Avvist: evalueringen står allerede i historikken (rad 2) med andre verdier',
    );
    expect(await calls('save to history (refused)')).toEqual({ readSheets: 1 });
    expect(await page.evaluate(() => window.ipsPreview!.workbook.usedSize('IPS-historikk').rows)).toBe(2);
    await page.evaluate(
      ([address, value]) => window.ipsPreview!.workbook.setCellAt('IPS-historikk', address!, value ?? null),
      [cell, original] as const,
    );
  });

  it('a saved score is changed only as a correction with a reason, which the report acknowledges', async () => {
    const item = ITEMS[CORRECTED_INDEX]!;
    await page.click(`${key('missing-' + item.id)}, ${key('view-overview')}`);
    await page.click(`.ipsf-ov-item[data-item="${item.id}"]`);
    expect(await page.isVisible('[data-role="locked-hint"]')).toBe(true);
    await page.click(`label:has(${key(`consensus-${CORRECTED_TO}`)})`);
    await page.waitForSelector('[data-role="correction-dialog"]');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['key'])).toBe('correction-reason');
    // Escape: nothing changes.
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-role="correction-dialog"]', { state: 'detached' });
    expect(await text('[data-role="total"]')).toBe(String(TOTAL));
    // Without a reason it is not recorded.
    await page.click(`label:has(${key(`consensus-${CORRECTED_TO}`)})`);
    await page.click(key('correction-confirm'));
    expect(await text('#' + (await page.getAttribute(key('correction-reason'), 'aria-describedby'))!)).toBe(
      'Skriv en begrunnelse for korreksjonen.',
    );
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['key'])).toBe('correction-reason');
    await shot('w07-correction-dialog');
    await page.fill(key('correction-reason'), 'Journalgjennomgangen var ufullstendig.');
    await page.click(key('correction-confirm'));
    await page.waitForSelector('[data-role="correction-dialog"]', { state: 'detached' });
    const corrected = TOTAL - CONSENSUS[CORRECTED_INDEX]! + CORRECTED_TO;
    expect(await text('[data-role="total"]')).toBe(String(corrected));
    expect(await text('[data-role="corrections"]')).toContain(
      `Korrigert ${CONSENSUS[CORRECTED_INDEX]} → ${CORRECTED_TO}`,
    );

    await page.click(key('save'));
    await page.waitForFunction(() => !document.querySelector('[data-role="unsaved"]'));
    await page.click(key('view-report'));
    expect(await text('[data-role="history-status"]')).toBe('1 korreksjon er ikke lagret i historikken ennå.');
    await page.click(key('make-report'));
    await page.waitForSelector(notice('warning'));
    const report = await page.evaluate(
      (sheet) =>
        window
          .ipsPreview!.workbook.sheet(sheet)!
          .cells.flat()
          .filter((value) => typeof value === 'string')
          .join('\n'),
      NAMES.report,
    );
    expect(report).toContain(`skåren ${CONSENSUS[CORRECTED_INDEX]} er korrigert til ${CORRECTED_TO}`);
    expect(report).toContain('Journalgjennomgangen var ufullstendig.');

    await page.click(key('save-history'));
    expect(await waitNotice('success')).toContain('Korrigert utgave (revisjon 1) lagt til');
    expect(await page.evaluate(() => window.ipsPreview!.workbook.usedSize('IPS-historikk').rows)).toBe(3);
    expect(await text('[data-role="history-status"]')).toBe('Lagret i historikken (rad 3), revisjon 1.');
  });

  it('reopening the saved review brings its correction back from the history', async () => {
    await page.click(key('back'));
    await page.waitForSelector(`.ipsf-start-list li[data-sheet="${SHEET}"] [data-role="in-history"]`);
    await resetCalls();
    await page.click(key(`open-${SHEET}`));
    await page.waitForSelector('[data-role="item-name"]');
    expect(await calls('open a score sheet (with the history)')).toEqual({ readSheets: 1 });
    const item = ITEMS[CORRECTED_INDEX]!;
    await page.click(key('view-overview'));
    expect(await text(`.ipsf-ov-item[data-item="${item.id}"] [data-role="ov-corrected"]`)).toBe(
      `korrigert ${CONSENSUS[CORRECTED_INDEX]} → ${CORRECTED_TO}`,
    );
    await page.click(key('view-report'));
    expect(await text('[data-role="history-status"]')).toBe('Lagret i historikken (rad 3), revisjon 1.');
  });

  it('a second review starts from the first: every suggestion confirmed or changed before the total counts', async () => {
    await page.click(key('back'));
    await page.waitForSelector(key(`repeat-${SHEET}`));
    await page.click(key(`repeat-${SHEET}`));
    await page.waitForSelector('[data-role="repeat-form"]');
    expect(await page.inputValue(key('form-service'))).toBe(FIRST.service);
    expect(await page.getAttribute(key('form-team'), 'readonly')).not.toBeNull();
    expect(await page.inputValue(key('form-rater-1'))).toBe(FIRST.raters[1]);
    // A date before the previous review is refused.
    await page.fill(key('form-date'), '2025-01-01');
    await page.click(key('form-create'));
    expect(await page.getAttribute(key('form-date'), 'aria-invalid')).toBe('true');
    await page.fill(key('form-date'), SECOND_DATE);
    await page.click(key('form-create'));
    await page.waitForSelector('[data-role="item-name"]');

    const previous = [...CONSENSUS];
    previous[CORRECTED_INDEX] = CORRECTED_TO;
    expect(await text('[data-role="suggestion-short"]')).toBe(`forrige: ${previous[0]} – bekreft?`);
    expect(await text('[data-role="total"]')).toBe(`Mangler ${N} av ${N}`);
    expect(await text('[data-role="pending-suggestions"]')).toBe(`${N} forslag venter på bekreftelse`);
    await shot('w08-repeat-suggestion', '#pane');
    // Confirmed on the item page…
    await page.click(key(`confirm-${ITEMS[0]!.id}`));
    expect(await text('[data-role="held-constant"]')).toContain('holdt konstant');
    // …changed on another…
    await page.click(key('nav-next'));
    const changedTo = (previous[1] === 5 ? 4 : 5) as Score;
    await page.click(`label:has(${key(`consensus-${changedTo}`)})`);
    expect(await text('[data-role="changed-from-previous"]')).toContain(`(${previous[1]})`);

    // …and the rest confirmed from the overview, by keyboard (focus moves to the next one).
    await page.click(key('view-overview'));
    expect(await page.$$eval('[data-role="ov-suggestion"]', (nodes) => nodes.length)).toBe(N - 2);
    expect(await text(`.ipsf-ov-item[data-item="${ITEMS[2]!.id}"] [data-role="ov-suggestion"]`)).toBe(
      `forrige: ${previous[2]} – bekreft?`,
    );
    await page.focus(key(`ov-confirm-${ITEMS[2]!.id}`));
    for (let index = 2; index < N - 1; index++) {
      await page.keyboard.press('Enter');
      expect(await text('[data-role="total"]')).toBe(`Mangler ${N - index - 1} av ${N}`);
    }
    await shot('w09-repeat-overview', '#pane');
    await page.keyboard.press('Enter');
    const total = previous.reduce<number>((sum, score) => sum + score, 0) - previous[1]! + changedTo;
    expect(await text('[data-role="total"]')).toBe(String(total));
    expect(await page.$('[data-role="pending-suggestions"]')).toBeNull();

    await page.click(key('save'));
    await page.waitForFunction(() => !document.querySelector('[data-role="unsaved"]'));
    await page.click(key('view-report'));
    await page.click(key('make-report'));
    await page.waitForSelector(notice('warning'));
    expect(await page.isVisible(tab(SECOND_NAMES.report))).toBe(true);
    const report = await page.evaluate(
      (sheet) =>
        window
          .ipsPreview!.workbook.sheet(sheet)!
          .cells.flat()
          .filter((value) => typeof value === 'string')
          .join('\n'),
      SECOND_NAMES.report,
    );
    expect(report).toContain('oppfølgingsevaluering');
    expect(report).toContain('riktig skår var 5');
    await page.click(key('save-history'));
    expect(await waitNotice('success')).toContain('rad 4');
    const points = await page.evaluate(
      (sheet) =>
        window.ipsPreview!.workbook.chartsOf(sheet).find((chart) => chart.id === 'total-over-time')!.categories!.rows,
      NAMES.charts,
    );
    expect(points).toBe(2);
    await page.locator('[data-role="grid-chart"][data-chart-id="total-over-time"]').scrollIntoViewIfNeeded();
    await shot('w10-second-review-charts');
  });

  it('reads well at 300 px: consensus, rater mode and report views do not overflow', async () => {
    const narrow = await browser.newPage({ viewport: { width: 300, height: 800 }, locale: 'nb-NO' });
    await narrow.goto(`${server.url}/${build.page}`);
    await narrow.waitForSelector('html[data-ready="true"]');
    // The input tables (views/inputs.ts) are reachable from the start screen and back.
    await narrow.click(key('view-inputs'));
    await narrow.waitForSelector('[data-role="inputs"]');
    await narrow.click(key('inputs-back'));
    await narrow.waitForSelector(key('form-service'));
    await narrow.click(key('open-Fiktiv IPS-teamet 2025-06-07'));
    await narrow.waitForSelector('[data-role="item-name"]');
    const overflow = async (name: string) => {
      const size = await narrow.$eval('#pane', (pane) => ({ width: pane.clientWidth, scroll: pane.scrollWidth }));
      expect(size.width, name).toBeLessThanOrEqual(300);
      expect(size.scroll, name).toBeLessThanOrEqual(size.width + 1);
      await narrow.screenshot({ path: path.join(ARTIFACTS, `w11-narrow-300-${name}.png`), fullPage: true });
    };
    await narrow.click(key('view-consensus'));
    await narrow.waitForSelector('[data-role="consensus-view"]');
    await overflow('consensus');
    await narrow.click(key('rater-mode-r1'));
    await narrow.waitForSelector('[data-role="rater-view"]');
    await overflow('rater');
    await narrow.click(key('view-report'));
    await narrow.waitForSelector('[data-role="report-view"]');
    await overflow('report');
    // …and from a review (a button beside Lagre, toggled).
    await narrow.click(key('view-inputs'));
    await narrow.waitForSelector('[data-role="inputs"]');
    expect(await narrow.getAttribute(key('view-inputs'), 'aria-pressed')).toBe('true');
    await narrow.click(key('view-inputs'));
    await narrow.waitForSelector('[data-role="item-name"]');
    // Every tab is reachable and labelled.
    const tabs = await narrow.$$eval('.ipsf-views button', (buttons) => buttons.map((button) => button.textContent));
    expect(tabs).toEqual(['Punkt', 'Oversikt', 'Konsensus', 'Rapport']);
    await narrow.close();
  });

  it('made no requests outside the page and logged no errors', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// A history of 500 reviews

function historyPlan(reviews: readonly Review[]): SheetPlan {
  const values: PlanValue[][] = [
    historyHeader('nb'),
    ...reviews.map((review) => historyRowValues(historyRow(review), 'nb')),
  ];
  return { sheet: HISTORY, blocks: [{ row: 0, column: 0, values }] };
}

function isoDay(start: string, days: number): string {
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

interface Scenario {
  readonly name: string;
  readonly history: Review[];
  /** The review opened, not yet in the history. */
  readonly review: Review;
}

function scenarios(): Scenario[] {
  // a) 50 services × 10 reviews; the open review is the 11th of «Tjeneste 01».
  const spread = generateHistory({ services: 50, reviewsPerService: 10 }).reviews;
  const lastOfFirst = spread.filter((review) => review.service === 'Tjeneste 01').at(-1)!;
  const a: Review = { ...lastOfFirst, id: 'perf-a', date: '2030-01-15', previousReviewId: lastOfFirst.id };
  // b) one service reviewed 500 times (every two weeks from 2005); the open review is the 501st.
  const single = generateHistory({ services: 1, reviewsPerService: 500, seed: 7 }).reviews.map((review, index) => ({
    ...review,
    date: isoDay('2005-01-03', index * 14),
  }));
  const lastOfSingle = single.at(-1)!;
  const b: Review = { ...lastOfSingle, id: 'perf-b', date: '2025-12-01', previousReviewId: lastOfSingle.id };
  return [
    { name: '500 reviews, 50 services', history: spread, review: a },
    { name: '500 reviews of one service', history: single, review: b },
  ];
}

describe('a history of 500 reviews in the preview', () => {
  for (const scenario of scenarios()) {
    it(`${scenario.name}: report and charts`, async () => {
      const perf = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
      perf.on('pageerror', (error) => pageErrors.push(error.message));
      await perf.goto(`${server.url}/${build.page}`);
      await perf.waitForSelector('html[data-ready="true"]');
      const sheet = sheetNameFor(scenario.review.service, scenario.review.team, scenario.review.date);
      const plans = [historyPlan(scenario.history), scoreSheetPlan(scenario.review, { sheet, language: 'nb' })];
      await perf.evaluate((seed) => window.ipsPreview!.workbook.seed(seed), plans);
      await timeHostCalls(perf);
      await resetCalls(perf);
      const scanStart = Date.now();
      await perf.evaluate(() => window.ipsPreview!.app.refreshSheets());
      const scanMs = Date.now() - scanStart;
      expect(await calls(`[${scenario.name}] start scan`, perf)).toEqual({ listSheets: 1, readSheets: 1 });

      await resetCalls(perf);
      await perf.click(key(`open-${sheet}`));
      await perf.waitForSelector('[data-role="item-name"]');
      expect(await calls(`[${scenario.name}] open score sheet`, perf)).toEqual({ readSheets: 1 });

      const reportTabStart = Date.now();
      await perf.click(key('view-report'));
      await perf.waitForSelector('[data-role="report-view"]');
      const reportViewMs = Date.now() - reportTabStart;

      await resetCalls(perf);
      await hostSpent(perf);
      const reportStart = Date.now();
      await perf.click(key('make-report'));
      await perf.waitForSelector(`${notice('success')}, ${notice('warning')}`);
      const reportWall = Date.now() - reportStart;
      const reportMs = await lastMeasure('ips-report', perf);
      const reportHostMs = await hostSpent(perf);
      expect(await calls(`[${scenario.name}] make report`, perf)).toEqual({ readTargets: 1, write: 1, activate: 1 });

      await resetCalls(perf);
      const historyStart = Date.now();
      await perf.click(key('save-history'));
      const message = await waitNotice('success', perf);
      const historyWall = Date.now() - historyStart;
      const historyMs = await lastMeasure('ips-history', perf);
      const historyHostMs = await hostSpent(perf);
      expect(message).toContain('rad 502');
      expect(await calls(`[${scenario.name}] save to history + charts`, perf)).toEqual({
        readSheets: 1,
        appendRow: 1,
        write: 1,
        writeCharts: 1,
        activate: 1,
      });
      const names = reviewSheetNames(scenario.review, 'nb');
      const charts = await perf.evaluate(
        (name) => window.ipsPreview!.workbook.chartsOf(name).map((chart) => chart.id),
        names.charts,
      );
      expect(charts).toEqual(['total-over-time', 'section-means-over-time', 'service-item-heatmap']);
      const multi = scenario.history.some((review) => review.service !== scenario.review.service);
      if (multi)
        expect(
          await perf.evaluate(
            (name) => window.ipsPreview!.workbook.chartsOf(name).map((chart) => chart.id),
            names.overview,
          ),
        ).toEqual(['multi-service-latest-totals']);
      await perf.screenshot({ path: path.join(ARTIFACTS, `w12-500-${multi ? 'services' : 'one-service'}.png`) });

      console.log(
        `[workflow] ${scenario.name}: start scan ${scanMs} ms; report view ${reportViewMs} ms; ` +
          `«Lag rapport» ${reportMs.toFixed(0)} ms in the page (pane ${(reportMs - reportHostMs).toFixed(0)} ms + in-memory host/grid ${reportHostMs.toFixed(0)} ms; ${reportWall} ms wall); ` +
          `«Lagre i historikk» + charts ${historyMs.toFixed(0)} ms in the page (pane ${(historyMs - historyHostMs).toFixed(0)} ms + in-memory host/grid ${historyHostMs.toFixed(0)} ms; ${historyWall} ms wall)`,
      );
      expect(reportMs).toBeGreaterThan(0);
      expect(historyMs).toBeGreaterThan(0);
      expect(reportMs + historyMs).toBeLessThan(20_000);
      await perf.close();
    }, 120_000);
  }
});
