/**
 * Issue 11: axe-core on every view of the pane, in bokmål and English, in Debian's chromium at
 * 360 × 800 (the width of Excel's task pane and the Sheets sidebar): 0 violations of any impact
 * (minor and moderate as well as serious and critical), with axe's default rules (WCAG 2.x A and
 * AA, and its best practices).
 *
 * axe runs on the whole preview page, so the page around the pane (its banner and the workbook
 * grid) is checked with every view; the exported standalone report (the HTML file «Eksporter
 * HTML» downloads) is checked on its own, and the preview page once more at 1280 × 800 with the
 * grid beside the pane. axe is axe-core's own axe.min.js from node_modules, put into the page by
 * playwright: nothing is fetched from the network.
 *
 * The views (25 per language): the start screen, the new-review form sent empty and filled in,
 * the question before leaving, an item with its calculator and a result, the consensus view empty,
 * in rater mode, with two raters' disagreements, the «Bruk alle samstemte skårer» question and
 * done, the overview, the privacy dialog (a fødselsnummer in a comment) and its notice, the dialog
 * that asks before cells are overwritten, the report before and after it is made, the history, the
 * report's HTML code, the correction dialog, the start screen with the saved review, a repeat
 * review's form, item and overview, the input tables and an import's preview with its privacy check.
 * Text contrast is judged once more in the pane alone, scrolled a screen at a time, so nothing the
 * sticky header covers goes unjudged.
 *
 * The walk also reads numbers off the screen: bokmål writes «0,8» (a number typed into the sheet,
 * in the overwrite dialog), «3,50» (a section mean in the history, number format 0.00, in the
 * workbook grid) and the weighted kappa with a decimal comma; English 0.8 and 3.50.
 *
 * Each view is also saved as a picture of the pane alone to test-artifacts/axe-<language>-<view>.png.
 * IPS_AXE_LOG=1 prints each view's findings as the walk goes; IPS_AXE_INCOMPLETE=1 also what axe
 * could not decide (text over a picture, under the sticky header).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';
import type { Score } from '../../src/core/scale/types';
import { HISTORY_SHEET } from '../../src/core/history/table';
import { sheetNameFor } from '../../src/ui/state';
import { PANE_ONLY_CSS } from '../support/guide-shots';
import { closePreviewInBrowser, collectPageErrors, openPreviewInBrowser } from '../support/preview-browser';
import { ROOT, type PreviewBuild, type StaticServer } from './build-preview';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const VIEWPORT = { width: 360, height: 800 } as const;
const LANGUAGES = ['nb', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

const ITEMS = DEFAULT_SCALE.items;
const N = ITEMS.length;
const REVIEW = {
  service: 'Fiktiv Organisasjon',
  team: 'Team Vest',
  date: '2025-09-01',
  raters: ['Kari Nordmann', 'Ola Nordmann'],
};
const SHEET = sheetNameFor(REVIEW.service, REVIEW.team, REVIEW.date);
/** The date of the repeat review that starts from the first. */
const NEXT_DATE = '2026-03-02';
/**
 * The first rater's scores: Organisasjon 1–8 add up to 28, a mean of 3.50. The second rater gives
 * one less on Bemanning 3 (3↔4) and Organisasjon 4 (4↔5), where the higher score is agreed.
 */
const FIRST: Score[] = [
  4,
  5,
  4,
  3,
  4,
  3,
  5,
  3,
  4,
  3,
  3,
  ...ITEMS.slice(11).map((_, index) => ([4, 5, 3] as const)[index % 3]!),
];
const SECOND: Score[] = [...FIRST];
SECOND[2] = 3;
SECOND[6] = 4;
/** A job list with a name and a (synthetic test) fødselsnummer in it, for the import's privacy check. */
const JOBS_CSV = [
  'Deltaker;Jobbspesialist;Startdato;Stilling;Arbeidsgiver;Ordinær jobb',
  '01817010055;AB;01.02.2025;Kokk;Kafé Sentrum;ja',
  'Per Hansen;AB;15.01.2025;Butikkmedarbeider;Rema 1000;ja',
  'P103;CD;10.01.2025;Sjåfør;Posten;ja',
].join('\n');

/** One violation of one rule, as the test reports it: enough to find the element and fix it. */
interface Finding {
  readonly view: string;
  readonly rule: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly string[];
}

let build: PreviewBuild;
let server: StaticServer;
let browser: Browser;
const pageErrors: string[] = [];
const foreignRequests: string[] = [];
const audited: Record<Language, string[]> = { nb: [], en: [] };
const findings: Record<Language, Finding[]> = { nb: [], en: [] };
const reportHtml: Record<Language, string | undefined> = { nb: undefined, en: undefined };
/** Numbers the walk read off the screen: the kappa, the overwrite dialog's lines and the history's means. */
const shown: Record<Language, { kappa?: string; conflict?: string; means?: string[] }> = { nb: {}, en: {} };

const key = (name: string) => `[data-key="${name}"]`;

/** What axe-core's run returns, as far as the test reads it. */
interface AxeResult {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly failureSummary?: string }[];
}
type AxeWindow = Window & {
  axe?: {
    run(
      context: Document | { include: string[] },
      options: object,
    ): Promise<{ violations: readonly AxeResult[]; incomplete: readonly AxeResult[] }>;
  };
};

/** Runs axe-core (injected from node_modules) on the whole page; returns its violations. */
async function axe(page: Page, view: string): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const incomplete = process.env['IPS_AXE_INCOMPLETE'] === '1';
  const { violations, unsure } = await page.evaluate(async (incomplete) => {
    const result = await (window as AxeWindow).axe!.run(document, {
      resultTypes: incomplete ? ['violations', 'incomplete'] : ['violations'],
    });
    const brief = (list: readonly AxeResult[]) =>
      list.map((violation) => ({
        rule: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map(
          (node) =>
            `${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
        ),
      }));
    return { violations: brief(result.violations), unsure: incomplete ? brief(result.incomplete) : [] };
  }, incomplete);
  if (incomplete)
    console.log(`${view} (axe could not decide):\n${summary(unsure.map((u) => ({ view, ...u }))).join('\n')}`);
  return violations.map((violation) => ({ view, ...violation }));
}

/**
 * Text contrast in the pane alone (as Excel and the Sheets sidebar show it), scrolled a screen at
 * a time: what the pane's sticky header or a dialog covers, axe cannot judge, so each part of the
 * view is judged when it is in the open.
 */
async function contrastWhileScrolling(page: Page, view: string): Promise<Finding[]> {
  const found = new Map<string, Finding>();
  const steps = await page.evaluate(() => {
    const main = document.querySelector<HTMLElement>('#pane .ipsf-main');
    if (!main) return 1;
    return Math.max(1, Math.ceil(main.scrollHeight / Math.max(1, main.clientHeight - 80)));
  });
  for (let step = 0; step < steps; step++) {
    await page.evaluate((step) => {
      const main = document.querySelector<HTMLElement>('#pane .ipsf-main');
      if (main) main.scrollTop = step * Math.max(1, main.clientHeight - 80);
    }, step);
    const violations = await page.evaluate(async () => {
      const result = await (window as AxeWindow).axe!.run(
        { include: ['#pane'] },
        { runOnly: ['color-contrast'], resultTypes: ['violations'] },
      );
      return result.violations.flatMap((violation) =>
        violation.nodes.map((node) => ({
          rule: violation.id,
          impact: violation.impact,
          help: violation.help,
          node: `${node.target.join(' ')} — ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`,
        })),
      );
    });
    for (const { node, ...violation } of violations)
      found.set(node, { view: `${view} (pane scrolled)`, ...violation, nodes: [node] });
  }
  await page.evaluate(() => document.querySelector('#pane .ipsf-main')?.scrollTo(0, 0));
  return [...found.values()];
}

/** Audits the view on screen (the whole page, then the pane alone) and saves a picture of the pane, scrolled to `scrollTo`. */
async function check(page: Page, language: Language, view: string, scrollTo?: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const found = await axe(page, view);
  const style = await page.addStyleTag({ content: PANE_ONLY_CSS });
  found.push(...(await contrastWhileScrolling(page, view)));
  if (process.env['IPS_AXE_LOG']) console.log(summary(found).join('\n'));
  findings[language].push(...found);
  audited[language].push(view);
  if (scrollTo)
    await page
      .locator(scrollTo)
      .first()
      .evaluate((element) => {
        const main = document.querySelector<HTMLElement>('#pane .ipsf-main')!;
        main.scrollTop += element.getBoundingClientRect().top - main.getBoundingClientRect().top - 8;
      });
  await page.screenshot({ path: path.join(ARTIFACTS, `axe-${language}-${view}.png`), animations: 'disabled' });
  await page.evaluate(() => document.querySelector('#pane .ipsf-main')?.scrollTo(0, 0));
  await style.evaluate((element) => (element as HTMLElement).remove());
}

async function scoreAsRater(page: Page, raterId: string, scores: readonly Score[]): Promise<void> {
  await page.click(key(`rater-mode-${raterId}`));
  await page.waitForSelector('[data-role="rater-view"]');
  for (let index = 0; index < N; index++) {
    const before = await page.textContent('[data-role="item-name"]');
    await page.keyboard.press(String(scores[index]));
    if (index < N - 1)
      await page.waitForFunction(
        (old) => document.querySelector('[data-role="item-name"]')?.textContent !== old,
        before,
      );
  }
}

async function openPage(language: Language, viewport: { width: number; height: number } = VIEWPORT): Promise<Page> {
  const page = await browser.newPage({ viewport, locale: language === 'nb' ? 'nb-NO' : 'en-GB' });
  await page.clock.setFixedTime(new Date('2025-09-01T10:00:00'));
  collectPageErrors(page, pageErrors);
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  await page.goto(`${server.url}/${build.page}?lang=${language}`);
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}

/** Every view of the pane, one after another, as an evaluator's review goes. */
async function walk(language: Language): Promise<void> {
  const page = await openPage(language);
  await page.waitForSelector('.ipsf-start-list');
  await check(page, language, 'start');
  // The new-review form: sent empty (each field says what is missing), then filled in.
  await page.fill(key('form-date'), '');
  await page.click(key('form-create'));
  await page.waitForSelector('[aria-invalid="true"]');
  await check(page, language, 'form-errors');
  await page.fill(key('form-service'), REVIEW.service);
  await page.fill(key('form-team'), REVIEW.team);
  await page.fill(key('form-date'), REVIEW.date);
  await page.fill(key('form-rater-0'), REVIEW.raters[0]!);
  await page.fill(key('form-rater-1'), REVIEW.raters[1]!);
  await check(page, language, 'new-review-form');
  await page.click(key('form-create'));
  await page.waitForSelector('[data-role="item-name"]');
  await page.click(key('back'));
  await page.waitForSelector('[data-role="dialog"]');
  await check(page, language, 'leave-dialog');
  await page.click('[data-role="dialog-cancel"]');

  // The item with its calculator: three caseloads pasted as from a sheet, then calculated.
  const first = ITEMS[0]!;
  await page.$eval(key(`calc-${first.id}-0-0`), (input) => {
    const data = new DataTransfer();
    data.setData('text/plain', '19\n18\n19\n');
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.click(key(`calc-run-${first.id}`));
  await page.waitForSelector('[data-role="calc-result"]');
  await check(page, language, 'item-calculator', '[data-role="calculator"]');

  // Consensus: rater mode, then both raters' scores and the disagreements.
  await page.click(key('view-consensus'));
  await page.waitForSelector('[data-role="consensus-view"]');
  await check(page, language, 'consensus-empty');
  await page.click(key('rater-mode-r1'));
  await page.waitForSelector('[data-role="rater-view"]');
  await check(page, language, 'rater-mode');
  await page.click(key('rater-mode-end'));
  await scoreAsRater(page, 'r1', FIRST);
  await page.click(key('rater-mode-end'));
  await scoreAsRater(page, 'r2', SECOND);
  await page.click(key('rater-mode-end'));
  await page.waitForSelector('[data-role="disagreement-card"]');
  await check(page, language, 'consensus', '[data-role="disagreement-card"]');
  shown[language].kappa = ((await page.textContent('[data-role="kappa"]')) ?? '').trim();
  for (const index of [2, 6]) {
    const item = ITEMS[index]!;
    await page.focus(key(`agreed-${item.id}-none`));
    for (let step = 0; step < Math.max(FIRST[index]!, SECOND[index]!); step++) await page.keyboard.press('ArrowRight');
  }
  await page.click(key('bulk-agreed'));
  await page.waitForSelector('[data-role="dialog"]');
  await check(page, language, 'bulk-dialog');
  await page.click('[data-role="dialog-confirm"]');
  await page.waitForSelector('[data-role="bulk-done-agreed"]');
  await check(page, language, 'consensus-done');

  await page.click(key('view-overview'));
  await page.waitForSelector('.ipsf-ov-item [data-role="ov-score"]');
  await check(page, language, 'overview');

  // The privacy check: a fødselsnummer in a comment stops the save.
  await page.click(key('view-item'));
  const evidence = 'textarea[data-key^="evidence-"]';
  await page.waitForSelector(evidence);
  await page.fill(evidence, 'Deltaker 01019012480 fikk jobb');
  await page.click(key('save'));
  await page.waitForSelector('[data-role="dialog"]');
  await check(page, language, 'privacy-dialog');
  await page.click('[data-role="dialog-cancel"]');
  await page.waitForSelector('[data-role="notice"][data-kind="error"]');
  await check(page, language, 'privacy-notice');
  await page.fill(evidence, 'Tre porteføljer gjennomgått.');
  await page.click(key('save'));
  await page.waitForSelector('[data-role="notice"][data-kind="success"]');

  // A number typed into the sheet's comment cell: the next save asks before overwriting it.
  await page.evaluate((sheet) => window.ipsPreview!.workbook.setCellAt(sheet, 'E12', 0.8), SHEET);
  await page.click(key('save'));
  await page.waitForSelector('[data-role="dialog"]');
  await check(page, language, 'conflict-dialog');
  shown[language].conflict = ((await page.textContent('[data-role="dialog-lines"]')) ?? '').trim();
  await page.click('[data-role="dialog-confirm"]');
  await page.waitForSelector('[data-role="notice"][data-kind="success"]');

  // The report, its export, and the history.
  await page.click(key('view-report'));
  await page.waitForSelector('[data-role="report-view"]');
  await check(page, language, 'report');
  await page.click(key('make-report'));
  await page.waitForSelector('[data-role="notice"]:not([data-kind="info"])');
  await check(page, language, 'report-made');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(key('export-html'))]);
  reportHtml[language] = readFileSync((await download.path())!, 'utf8');
  await page.click(key('save-history'));
  await page.waitForSelector('[data-role="history-status"][data-status]:not([data-status="absent"])');
  await check(page, language, 'history', '[data-role="history-status"]');
  // The history's section means (format 0.00) in the workbook grid, as the language writes them.
  await page.click(`#grid .grid-tab[data-sheet="${HISTORY_SHEET[language]}"]`);
  await page.waitForSelector(`#grid .grid-tab[data-sheet="${HISTORY_SHEET[language]}"][aria-selected="true"]`);
  shown[language].means = await page.$$eval('#grid td', (cells) =>
    cells.map((cell) => (cell.textContent ?? '').trim()).filter((text) => /^\d+[.,]\d\d$/.test(text)),
  );
  await page.click(key('show-html'));
  await page.waitForSelector(key('html-code'));
  await check(page, language, 'report-html-code', '[data-role="html-code"]');

  // A saved score changed: the correction dialog, its reason missing.
  await page.click(key('view-overview'));
  await page.click(`.ipsf-ov-item[data-item="${ITEMS[1]!.id}"]`);
  await page.click(`label:has(${key(`consensus-${FIRST[1] === 5 ? 4 : 5}`)})`);
  await page.waitForSelector('[data-role="correction-dialog"]');
  await page.click(key('correction-confirm'));
  await check(page, language, 'correction-dialog');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-role="correction-dialog"]', { state: 'detached' });

  // Back at the start: the saved review listed, and a repeat review's form.
  await page.click(key('back'));
  await page.waitForSelector(key(`repeat-${SHEET}`));
  await check(page, language, 'start-saved');
  await page.click(key(`repeat-${SHEET}`));
  await page.waitForSelector(key('form-cancel-repeat'));
  await check(page, language, 'repeat-form');
  await page.fill(key('form-date'), NEXT_DATE);
  await page.click(key('form-create'));
  await page.waitForSelector('[data-role="suggestion-short"]');
  await check(page, language, 'repeat-item');
  await page.click(key('view-overview'));
  await page.waitForSelector('[data-role="ov-suggestion"]');
  await check(page, language, 'repeat-overview');

  // Input tables, and an import whose privacy check finds a name and a fødselsnummer.
  await page.click(key('view-inputs'));
  await page.waitForSelector('[data-role="input-table"]');
  await check(page, language, 'inputs');
  await page.fill(key('inputs-paste'), JOBS_CSV);
  await page.click(key('inputs-read'));
  await page.waitForSelector('[data-role="import"]');
  await page.selectOption(key('import-table'), 'jobs');
  await page.waitForSelector('[data-key^="pseudonymize-"]');
  await check(page, language, 'import-preview', '[data-role="anonymity"]');
  await page.close();
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ({ build, server, browser } = await openPreviewInBrowser());
}, 120_000);

afterAll(async () => {
  await closePreviewInBrowser({ build, server, browser });
});

const summary = (list: readonly Finding[]) =>
  list.map(
    (finding) =>
      `${finding.view}: ${finding.rule} (${finding.impact}) ${finding.help}\n    ${finding.nodes.join('\n    ')}`,
  );

describe('axe-core: no accessibility violations of any impact', () => {
  it.each(LANGUAGES)(
    '(%s) every view of the pane, and the preview page around it, at 360 × 800',
    async (language) => {
      await walk(language);
      console.log(`[axe] ${language}: ${audited[language].length} views, ${findings[language].length} violations`);
      console.log(summary(findings[language]).join('\n'));
      expect(audited[language].length).toBeGreaterThanOrEqual(25);
      expect(summary(findings[language])).toEqual([]);
      expect(pageErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    },
    420_000,
  );

  it.each(LANGUAGES)('(%s) numbers are written as the language writes them: «0,8» and «3,50» in bokmål', (language) => {
    const { kappa, conflict, means } = shown[language];
    const [mark, other] = language === 'nb' ? [',', '.'] : ['.', ','];
    expect(kappa).toMatch(new RegExp(`^-?\\d\\${mark}\\d\\d$`));
    expect(conflict).toContain(`0${mark}8`);
    expect(conflict).not.toContain(`0${other}8`);
    // Organisasjon 1–8 add up to 28: a mean of 3.50, in the history under the number format 0.00.
    expect(means).toContain(`3${mark}50`);
    expect(means!.filter((mean) => mean.includes(other))).toEqual([]);
  });

  it.each(LANGUAGES)('(%s) the exported standalone report', async (language) => {
    const html = reportHtml[language];
    expect(html, 'the walk exported the report').toBeDefined();
    // The report's own Content-Security-Policy (default-src 'none') forbids every script, axe's
    // too: the test page lets playwright put axe in regardless; the file itself is unchanged.
    const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
    const page = await context.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith('data:') && request.url() !== 'about:blank') foreignRequests.push(request.url());
    });
    await page.setContent(html!, { waitUntil: 'load' });
    const found = await axe(page, 'report-html');
    await page.screenshot({ path: path.join(ARTIFACTS, `axe-${language}-report-html.png`), fullPage: true });
    await context.close();
    console.log(summary(found).join('\n'));
    expect(summary(found)).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it.each(LANGUAGES)('(%s) the preview page at 1280 × 800, the grid beside the pane', async (language) => {
    const page = await openPage(language, { width: 1280, height: 800 });
    const found = await axe(page, 'preview-wide');
    await page.screenshot({ path: path.join(ARTIFACTS, `axe-${language}-preview-wide.png`) });
    await page.close();
    console.log(summary(found).join('\n'));
    expect(summary(found)).toEqual([]);
  });
});
