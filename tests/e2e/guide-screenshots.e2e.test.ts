/**
 * The user guide's screenshots (docs/images/<language>-<view>.png), taken from the preview page in
 * Debian's chromium at 360 × 800, the width of Excel's task pane and the Sheets sidebar, so they
 * change when the pane does. The pane fills the page (the preview's banner and grid are hidden).
 *
 * One short walk per language: a new review with two raters, rater mode, the consensus view, the
 * overview, the report and the history, a repeat review, and the input tables with the privacy
 * check of an import. Each step waits for what it shows; a file is rewritten only when its pixels
 * changed. docs/guide.*.md link every picture (tests/docs/guide.test.ts checks the links).
 *
 * IPS_GUIDE_IMAGES=<dir> writes the pictures elsewhere (to look at them without touching docs/).
 * The list of pictures is tests/support/guide-shots.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareRaters } from '../../src/core/review/consensus';
import { newReview } from '../../src/core/review/model';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';
import type { Score } from '../../src/core/scale/types';
import { sheetNameFor } from '../../src/ui/state';
import { closePreviewInBrowser, collectPageErrors, openPreviewInBrowser } from '../support/preview-browser';
import { differentPixels } from '../support/png';
import {
  GUIDE_IMAGES,
  GUIDE_LANGUAGES,
  GUIDE_SHOTS,
  GUIDE_VIEWPORT,
  guideImageLink,
  PANE_ONLY_CSS,
  type GuideShot,
} from '../support/guide-shots';
import { type PreviewBuild, type StaticServer } from './build-preview';

type Shot = GuideShot;
/** At most this many pixels differing count as the same picture. */
const UNCHANGED_PIXELS = 64;

const ITEMS = DEFAULT_SCALE.items;
const N = ITEMS.length;
const REVIEW = {
  service: 'Fiktiv Organisasjon',
  team: 'Team Nord',
  date: '2025-09-01',
  raters: ['Kari Nordmann', 'Ola Nordmann'],
};
const NEXT_DATE = '2026-03-02';
/** The first rater's scores; the second differs on three items (3↔4, 4↔5 and 1↔2). */
const FIRST: Score[] = ITEMS.map((_, index) => ([4, 5, 3, 4, 5] as const)[index % 5]!);
FIRST[11] = 1;
const SECOND: Score[] = [...FIRST];
SECOND[2] = 4;
SECOND[6] = 4;
SECOND[11] = 2;
/** A job list with a name and a (synthetic test) fødselsnummer in it, for the privacy check. */
const JOBS_CSV = [
  'Deltaker;Jobbspesialist;Startdato;Stilling;Arbeidsgiver;Ordinær jobb',
  '01817010055;AB;01.02.2025;Kokk;Kafé Sentrum;ja',
  'Per Hansen;AB;15.01.2025;Butikkmedarbeider;Rema 1000;ja',
  'P103;CD;10.01.2025;Sjåfør;Posten;ja',
].join('\n');

let build: PreviewBuild;
let server: StaticServer;
let browser: Browser;
const pageErrors: string[] = [];
const foreignRequests: string[] = [];
const written: string[] = [];

const key = (name: string) => `[data-key="${name}"]`;

/** The pane alone, full height: how Excel's task pane and the Sheets sidebar show it. */
const PANE_ONLY = PANE_ONLY_CSS;

/** Scrolls the pane's main area (below its header) so that `selector`'s first match starts at its top. */
async function scrollPaneTo(page: Page, selector: string): Promise<void> {
  await page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const main = document.querySelector<HTMLElement>('#pane .ipsf-main')!;
      main.scrollTop = Math.round(
        main.scrollTop + element.getBoundingClientRect().top - main.getBoundingClientRect().top - 8,
      );
    });
}

async function shoot(page: Page, language: string, name: Shot, scrollTo?: string): Promise<void> {
  await page.mouse.move(0, 0); // no hover highlight
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // Let the pane finish what the blur started (a change event re-renders the form) before the picture.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.evaluate(() => document.querySelector('#pane .ipsf-main')!.scrollTo(0, 0));
  if (scrollTo) await scrollPaneTo(page, scrollTo);
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  const file = path.join(GUIDE_IMAGES, path.basename(guideImageLink(language, name)));
  // Rewritten only when the picture changed: chromium's compositing leaves a few pixels of rounded
  // corners and borders differing from run to run, which is no reason to change a committed file.
  if (!existsSync(file) || differentPixels(readFileSync(file), png) > UNCHANGED_PIXELS) writeFileSync(file, png);
  written.push(file);
}

async function scoreAsRater(page: Page, raterId: string, scores: readonly Score[], stopAt?: number): Promise<void> {
  await page.click(key(`rater-mode-${raterId}`));
  await page.waitForSelector('[data-role="rater-view"]');
  for (let index = 0; index < (stopAt ?? N); index++) {
    const before = await page.textContent('[data-role="item-name"]');
    await page.keyboard.press(String(scores[index]));
    if (index < N - 1)
      await page.waitForFunction(
        (old) => document.querySelector('[data-role="item-name"]')?.textContent !== old,
        before,
      );
  }
}

async function walk(language: 'nb' | 'en'): Promise<void> {
  const page = await browser.newPage({
    viewport: GUIDE_VIEWPORT,
    locale: language === 'nb' ? 'nb-NO' : 'en-GB',
    deviceScaleFactor: 1,
  });
  // One fixed day, so defaults made from today's date look the same in every run.
  await page.clock.setFixedTime(new Date('2025-09-01T10:00:00'));
  collectPageErrors(page, pageErrors);
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  await page.goto(`${server.url}/${build.page}?lang=${language}`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.addStyleTag({ content: PANE_ONLY });

  // A new review with two raters.
  await page.waitForSelector('.ipsf-start-list');
  await page.fill(key('form-service'), REVIEW.service);
  await page.fill(key('form-team'), REVIEW.team);
  await page.fill(key('form-date'), REVIEW.date);
  await page.fill(key('form-rater-0'), REVIEW.raters[0]!);
  await page.fill(key('form-rater-1'), REVIEW.raters[1]!);
  await shoot(page, language, 'start');
  await page.click(key('form-create'));
  await page.waitForSelector('[data-role="item-name"]');
  await shoot(page, language, 'item');

  // Each rater scores alone in rater mode; the picture is the first rater at item 3.
  await page.click(key('view-consensus'));
  await scoreAsRater(page, 'r1', FIRST, 2);
  await shoot(page, language, 'rater-mode');
  await page.focus(key('rater-item-name')); // the digits go to the item in view
  for (let index = 2; index < N; index++) {
    const before = await page.textContent('[data-role="item-name"]');
    await page.keyboard.press(String(FIRST[index]));
    if (index < N - 1)
      await page.waitForFunction(
        (old) => document.querySelector('[data-role="item-name"]')?.textContent !== old,
        before,
      );
  }
  await page.click(key('rater-mode-end'));
  await page.waitForSelector('[data-role="consensus-view"]');
  await scoreAsRater(page, 'r2', SECOND);
  await page.click(key('rater-mode-end'));
  await page.waitForSelector('[data-role="disagreement-card"]');
  await shoot(page, language, 'consensus', '[data-role="disagreement-card"]');

  // Agree on the disagreements, then confirm the unanimous items.
  const review = newReview({
    id: 'x',
    service: '',
    team: '',
    date: REVIEW.date,
    raters: [
      { id: 'r1', name: 'a' },
      { id: 'r2', name: 'b' },
    ],
  });
  ITEMS.forEach((item, index) => (review.items[item.id]!.raterScores = { r1: FIRST[index]!, r2: SECOND[index]! }));
  for (const entry of compareRaters(review).disagreements) {
    const index = ITEMS.findIndex((item) => item.id === entry.itemId);
    const agreed = Math.max(FIRST[index]!, SECOND[index]!);
    await page.focus(key(`agreed-${entry.itemId}-none`));
    for (let step = 0; step < agreed; step++) await page.keyboard.press('ArrowRight');
  }
  // The items both raters scored alike: all at once, after the list of what that does.
  await page.click(key('bulk-agreed'));
  await page.click('[data-role="dialog-confirm"]');
  await page.waitForSelector('[data-role="bulk-done-agreed"]');
  await page.click(key('view-overview'));
  await page.waitForSelector('.ipsf-ov-item [data-role="ov-score"]');
  await shoot(page, language, 'overview');

  // Save, write the report, save to the history.
  await page.click(key('save'));
  await page.waitForSelector('[data-role="notice"][data-kind="success"]');
  await page.click(key('view-report'));
  await page.waitForSelector('[data-role="report-view"]');
  await page.click(key('make-report'));
  await page.waitForSelector('[data-role="notice"]:not([data-kind="info"])');
  await shoot(page, language, 'report');
  await page.click(key('save-history'));
  await page.waitForSelector('[data-role="history-status"][data-status]:not([data-status="absent"])');
  await shoot(page, language, 'history', '[data-role="report-view"] > :last-child');

  // Back at the start: the next review starts from this one.
  await page.click(key('back'));
  await page.click(key(`repeat-${sheetNameFor(REVIEW.service, REVIEW.team, REVIEW.date)}`));
  await page.waitForSelector(key('form-cancel-repeat'));
  await page.fill(key('form-date'), NEXT_DATE);
  await shoot(page, language, 'repeat');
  await page.click(key('form-cancel-repeat'));

  // Input tables, and an import whose privacy check finds a name and a national ID number.
  await page.click(key('view-inputs'));
  await page.waitForSelector('[data-role="input-table"]');
  await shoot(page, language, 'inputs');
  await page.fill(key('inputs-paste'), JOBS_CSV);
  await page.click(key('inputs-read'));
  await page.waitForSelector('[data-role="import"]');
  await page.selectOption(key('import-table'), 'jobs');
  await page.waitForSelector('[data-key^="pseudonymize-"]');
  await shoot(page, language, 'import-privacy', '[data-role="anonymity"]');
  await page.close();
}

beforeAll(async () => {
  mkdirSync(GUIDE_IMAGES, { recursive: true });
  ({ build, server, browser } = await openPreviewInBrowser());
}, 120_000);

afterAll(async () => {
  await closePreviewInBrowser({ build, server, browser });
});

describe("the user guide's screenshots", () => {
  it.each(GUIDE_LANGUAGES)(
    '(%s) walks a review in the preview and takes every picture the guide shows',
    async (language) => {
      const started = Date.now();
      await walk(language);
      console.log(`[guide] ${language}: ${GUIDE_SHOTS.length} screenshots in ${Date.now() - started} ms`);
      for (const name of GUIDE_SHOTS) {
        const file = path.join(GUIDE_IMAGES, path.basename(guideImageLink(language, name)));
        expect(written, name).toContain(file);
        const png = readFileSync(file);
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], name).toEqual([
          GUIDE_VIEWPORT.width,
          GUIDE_VIEWPORT.height,
        ]);
      }
      expect(pageErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    },
    180_000,
  );
});
