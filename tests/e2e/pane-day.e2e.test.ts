/**
 * The evaluator's and the manager's day in the pane (issue 11), in Debian's chromium at 360 × 800
 * with the preview's pane filling the page, as Excel's task pane shows it:
 * - #6 a keyboard-only review of the 25 items in under 100 key presses, and a visible focus ring
 *   on every control the Tab key reaches;
 * - #7 a header of at most 20 % of the pane, with or without a message, and nothing the keyboard
 *   reaches hidden under it;
 * - #9 «Bruk alle samstemte skårer» and «Bekreft alle uendrede», each listing what it will do and
 *   undone with «Angre»; the disagreement warning cleared once the consensus is set;
 * - #8 sheet names previewed as the form is typed, unique, without repeating «IPS», cut at words;
 * - #12 taskpane.html outside Office says where it runs instead of loading forever.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';
import { sampleReview } from '../../src/core/review/sample';
import { sheetNameFor } from '../../src/ui/state';
import { reviewSheetNames } from '../../src/ui/workflow';
import { closePreviewInBrowser, collectPageErrors, openPreviewInBrowser } from '../support/preview-browser';
import { PANE_ONLY_CSS } from '../support/guide-shots';
import { bundle, ROOT, serveStatic, type PreviewBuild, type StaticServer } from './build-preview';

const ITEMS = DEFAULT_SCALE.items;
const N = ITEMS.length;
const VIEWPORT = { width: 360, height: 800 } as const;
const SAMPLE = sampleReview();
const SAMPLE_SHEET = sheetNameFor(SAMPLE.service, SAMPLE.team, SAMPLE.date);
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

let build: PreviewBuild;
let server: StaticServer;
let browser: Browser;
const pageErrors: string[] = [];
const foreignRequests: string[] = [];

const key = (name: string) => `[data-key="${name}"]`;

async function openPane(language: 'nb' | 'en' = 'nb'): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT, locale: language === 'nb' ? 'nb-NO' : 'en-GB' });
  collectPageErrors(page, pageErrors);
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  await page.goto(`${server.url}/${build.page}?lang=${language}`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.addStyleTag({ content: PANE_ONLY_CSS });
  return page;
}

async function newReview(
  page: Page,
  fields: { service: string; team: string; date: string; raters: readonly string[] },
): Promise<void> {
  await page.fill(key('form-service'), fields.service);
  await page.fill(key('form-team'), fields.team);
  await page.fill(key('form-date'), fields.date);
  for (const [index, name] of fields.raters.entries()) await page.fill(key(`form-rater-${index}`), name);
  await page.click(key('form-create'));
  await page.waitForSelector('[data-role="item-name"]');
}

const focusedKey = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['key'] ?? '');
const total = async (page: Page) => ((await page.textContent('[data-role="total"]')) ?? '').trim();

/** Heights of the pane, its header and the notice in it, and the header's share of the pane. */
async function headerShare(page: Page): Promise<{ header: number; pane: number; share: number }> {
  return page.evaluate(() => {
    const pane = document.getElementById('pane')!.getBoundingClientRect().height;
    const header = document.querySelector('#pane .ipsf-top')!.getBoundingClientRect().height;
    return { header, pane, share: header / pane };
  });
}

/**
 * Where the focused control is drawn: its ring (a radio draws it on the box beside it), whether
 * that ring is a solid outline of at least 2 px with a contrast of at least 3:1 against what is
 * behind it, and whether the control is in view between the header and the item navigation.
 */
async function focusFacts(
  page: Page,
): Promise<{ key: string; ring: boolean; contrast: number; visible: boolean; covered: boolean }> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement;
    const shown =
      active instanceof HTMLInputElement && active.type === 'radio' && active.nextElementSibling
        ? (active.nextElementSibling as HTMLElement)
        : active;
    const style = getComputedStyle(shown);
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
    const luminance = ([r, g, b]: number[]) =>
      [r!, g!, b!]
        .map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    let backing: Element | null = shown.parentElement;
    while (backing && getComputedStyle(backing).backgroundColor.replace(/\s/g, '') === 'rgba(0,0,0,0)')
      backing = backing.parentElement;
    const behind = luminance(rgb(backing ? getComputedStyle(backing).backgroundColor : 'rgb(255,255,255)'));
    const ring = luminance(rgb(style.outlineColor));
    const contrast = (Math.max(behind, ring) + 0.05) / (Math.min(behind, ring) + 0.05);
    const box = shown.getBoundingClientRect();
    const header = document.querySelector('#pane .ipsf-top')!.getBoundingClientRect();
    const nav = document.querySelector('#pane .ipsf-nav')?.getBoundingClientRect();
    const inHeader = document.querySelector('#pane .ipsf-top')!.contains(active);
    const inNav = !!document.querySelector('#pane .ipsf-nav')?.contains(active);
    const visible =
      inHeader || inNav || (box.top >= header.bottom - 1 && box.bottom <= (nav ? nav.top : window.innerHeight) + 1);
    // What is drawn at the control's centre is the control (or its label), not the header over it.
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const covered =
      !hit ||
      !(
        hit === shown ||
        shown.contains(hit) ||
        hit.contains(shown) ||
        hit === active ||
        active.contains(hit) ||
        hit.closest('label')?.contains(active) === true
      );
    return {
      key: active.dataset['key'] ?? active.tagName,
      ring: style.outlineStyle === 'solid' && parseFloat(style.outlineWidth) >= 2,
      contrast,
      visible,
      covered,
    };
  });
}

beforeAll(async () => {
  ({ build, server, browser } = await openPreviewInBrowser());
}, 120_000);

afterAll(async () => {
  await closePreviewInBrowser({ build, server, browser });
});

describe('#6 a review by keyboard', () => {
  it('scores all 25 items in under 100 key presses: a digit scores, Enter goes on with focus on the next score', async () => {
    const page = await openPane();
    await newReview(page, {
      service: 'NAV Sagene',
      team: 'IPS Sagene',
      date: '2026-11-20',
      raters: ['Kari Nordmann', 'Ola Nordmann'],
    });
    let presses = 0;
    const press = async (keyName: string) => {
      presses += 1;
      await page.keyboard.press(keyName);
    };
    const scores = ITEMS.map((_, index) => (index % 5) + 1);
    for (let index = 0; index < N; index++) {
      expect(((await page.textContent('[data-role="item-name"]')) ?? '').trim()).toBe(ITEMS[index]!.name.nb);
      await press(String(scores[index]));
      expect(await focusedKey(page)).toBe(`consensus-${scores[index]}`);
      if (index < N - 1) {
        await press('Enter');
        // The next item, with focus on its score (nothing chosen yet: the «no score» option).
        expect(await focusedKey(page)).toBe('consensus-none');
      }
    }
    expect(presses).toBeLessThan(100);
    console.log(`[pane-day] keyboard-only review: ${N} items in ${presses} key presses`);
    const sum = scores.reduce((a, b) => a + b, 0);
    expect(await total(page)).toBe(String(sum));

    // Back and forth: P and Shift+Enter go back, N on; ← and → too where they do not choose a
    // score (on the heading; on a score they move within the radio group). Focus lands on the score.
    for (const [keyName, index] of [
      ['p', N - 2],
      ['Shift+Enter', N - 3],
      ['ArrowLeft', N - 4],
      ['n', N - 3],
      ['ArrowRight', N - 2],
    ] as const) {
      if (keyName.startsWith('Arrow')) await page.focus(key('item-name'));
      await page.keyboard.press(keyName);
      expect(((await page.textContent('[data-role="item-name"]')) ?? '').trim(), keyName).toBe(ITEMS[index]!.name.nb);
      expect(await focusedKey(page), keyName).toBe(`consensus-${scores[index]}`);
    }
    // Typing in a text field is typing: a digit there scores nothing.
    const item = ITEMS[N - 2]!;
    await page.focus(key(`evidence-${item.id}`));
    await page.keyboard.type('3 av 4 stikkprøver');
    expect(await page.inputValue(key(`evidence-${item.id}`))).toBe('3 av 4 stikkprøver');
    expect(await page.isChecked(key(`consensus-${scores[N - 2]}`))).toBe(true);
    // While a question is open the digits are its own, not the item's.
    await page.click(key('back'));
    await page.waitForSelector('[data-role="dialog"]');
    await page.keyboard.press('1');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-role="dialog"]'));
    expect(await page.isChecked(key(`consensus-${scores[N - 2]}`))).toBe(true);
    await page.close();
  });

  it('digits score in rater mode too, and each moves on to the next item with focus on its score', async () => {
    const page = await openPane();
    await newReview(page, { service: 'Fiktiv', team: 'Team Nord', date: '2025-09-01', raters: ['Kari', 'Ola'] });
    await page.click(key('view-consensus'));
    await page.click(key('rater-mode-r1'));
    await page.waitForSelector('[data-role="rater-view"]');
    for (let index = 0; index < 3; index++) await page.keyboard.press('4');
    expect(((await page.textContent('[data-role="rater-progress"]')) ?? '').trim()).toBe(`3 av ${N} skåret`);
    expect(await focusedKey(page)).toBe('rater-mode-1');
    await page.close();
  });

  it('shows a focus ring on every control Tab reaches, never hidden under the header', async () => {
    const page = await openPane();
    await page.click(key(`open-${SAMPLE_SHEET}`));
    await page.waitForSelector('[data-role="item-name"]');
    await page.click(key('notice-dismiss'));
    // Item 3 has components, caps do not matter: a calculator item has the most controls.
    await page.focus(key('item-name'));
    const seen = new Set<string>();
    const problems: string[] = [];
    for (let step = 0; step < 120; step++) {
      await page.keyboard.press('Tab');
      const facts = await focusFacts(page);
      if (facts.key === 'BODY') continue; // past the last control, before Tab starts over at the top
      if (seen.has(facts.key)) break;
      seen.add(facts.key);
      if (!facts.ring) problems.push(`${facts.key}: no 2 px outline`);
      else if (facts.contrast < 3) problems.push(`${facts.key}: ring contrast ${facts.contrast.toFixed(1)}`);
      if (!facts.visible || facts.covered)
        problems.push(`${facts.key}: not in view (under the header or the navigation)`);
    }
    expect(seen.size).toBeGreaterThan(20);
    expect([...seen]).toEqual(
      expect.arrayContaining([
        'evidence-' + ITEMS[0]!.id,
        'recommendation-' + ITEMS[0]!.id,
        'nav-next',
        'save',
        'view-consensus',
      ]),
    );
    expect(problems).toEqual([]);
    // The start form's text fields too (they showed only a bottom border before).
    await page.click(key('back'));
    await page.waitForSelector(key('form-service'));
    await page.focus(key('form-service'));
    await page.keyboard.press('Tab');
    const team = await focusFacts(page);
    expect(team.key).toBe('form-team');
    expect(team.ring).toBe(true);
    await page.close();
  });
});

describe('#7 the header', () => {
  it('takes at most 20 % of a 360 × 800 pane, with or without a message, and the item scrolls below it', async () => {
    const page = await openPane();
    await page.click(key(`open-${SAMPLE_SHEET}`));
    await page.waitForSelector('[data-role="notice"]');
    const withMessage = await headerShare(page);
    await page.click(key('notice-dismiss'));
    const without = await headerShare(page);
    // A long message of several lines stays one line until the user opens it.
    await page.evaluate(() =>
      window.ipsPreview!.app.dispatch({
        type: 'notice',
        notice: {
          kind: 'error',
          text: () =>
            Array.from({ length: 6 }, (_, i) => `Linje ${i + 1} av en lang feilmelding som ikke får plass.`).join('\n'),
        },
      }),
    );
    await page.waitForSelector('[data-role="notice"][data-kind="error"]');
    const withLong = await headerShare(page);
    console.log(
      `[pane-day] header at 360 × 800: ${without.header} px (${(without.share * 100).toFixed(1)} %), with a message ${withMessage.header} px (${(withMessage.share * 100).toFixed(1)} %), with a 6-line error ${withLong.header} px (${(withLong.share * 100).toFixed(1)} %)`,
    );
    for (const measured of [withMessage, without, withLong]) expect(measured.share).toBeLessThanOrEqual(0.2);
    expect(await page.isVisible('[data-role="notice-more"]')).toBe(true);
    await page.click(key('notice-more'));
    expect(await page.getAttribute('[data-role="notice"]', 'data-expanded')).toBe('true');
    await page.click(key('notice-dismiss'));

    // Scrolled to the bottom and back up by keyboard: what gets focus is below the header.
    await page.evaluate(() => {
      const main = document.querySelector<HTMLElement>('#pane .ipsf-main')!;
      main.scrollTop = main.scrollHeight;
    });
    const header = await page.evaluate(() => document.querySelector('#pane .ipsf-top')!.getBoundingClientRect().bottom);
    expect(await page.evaluate(() => document.querySelector('#pane .ipsf-top')!.getBoundingClientRect().top)).toBe(0);
    await page.focus(key('nav-previous'));
    for (let step = 0; step < 12; step++) {
      await page.keyboard.press('Shift+Tab');
      const facts = await focusFacts(page);
      if (
        facts.key.startsWith('view-') ||
        facts.key === 'save' ||
        facts.key.startsWith('lang-') ||
        facts.key === 'back'
      )
        break;
      expect(facts.visible && !facts.covered, facts.key).toBe(true);
    }
    // A link to an item scrolls that item's top into view below the header.
    await page.evaluate(() => {
      const main = document.querySelector<HTMLElement>('#pane .ipsf-main')!;
      main.scrollTop = main.scrollHeight;
    });
    await page.click(key('nav-next'));
    const name = await page.evaluate(
      () => document.querySelector('[data-role="item-name"]')!.getBoundingClientRect().top,
    );
    expect(name).toBeGreaterThanOrEqual(header);
    await page.close();
  });

  it('brings a text field Tab reaches whole into view, not only its first line (Chromium reveals only the caret)', async () => {
    const page = await openPane();
    await page.click(key(`open-${SAMPLE_SHEET}`));
    await page.waitForSelector('[data-role="item-name"]');
    await page.click(key('notice-dismiss'));
    const field = key('recommendation-' + ITEMS[0]!.id);
    // The field's first two lines above the navigation, the rest under it; focus on the field before.
    await page.evaluate((selector) => {
      const main = document.querySelector<HTMLElement>('#pane .ipsf-main')!;
      const box = document.querySelector(selector)!.getBoundingClientRect();
      main.scrollTop += box.top + 40 - main.getBoundingClientRect().bottom;
    }, field);
    await page.evaluate(
      (selector) => document.querySelector<HTMLElement>(selector)!.focus({ preventScroll: true }),
      key('evidence-' + ITEMS[0]!.id),
    );
    const before = await page.evaluate(
      (selector) => document.querySelector(selector)!.getBoundingClientRect().bottom,
      field,
    );
    const navTop = await page.evaluate(() => document.querySelector('#pane .ipsf-nav')!.getBoundingClientRect().top);
    expect(before).toBeGreaterThan(navTop);
    await page.keyboard.press('Tab');
    expect(await focusedKey(page)).toBe('recommendation-' + ITEMS[0]!.id);
    const facts = await focusFacts(page);
    expect(facts.visible && !facts.covered).toBe(true);
    await page.close();
  });
});

describe('#9 confirming many items at once', () => {
  it('«Bruk alle samstemte skårer» lists the agreed items, sets them in one step and «Angre» takes them back', async () => {
    const page = await openPane();
    await newReview(page, { service: 'Fiktiv', team: 'Team Nord', date: '2025-09-01', raters: ['Kari', 'Ola'] });
    await page.click(key('view-consensus'));
    const kari = ITEMS.map((_, index) => (index % 5) + 1);
    const ola = kari.map((score, index) => (index === 2 ? 4 : index === 6 ? 3 : score));
    for (const [rater, scores] of [
      ['r1', kari],
      ['r2', ola],
    ] as const) {
      await page.click(key(`rater-mode-${rater}`));
      await page.waitForSelector('[data-role="rater-view"]');
      for (const score of scores) await page.keyboard.press(String(score));
      await page.click(key('rater-mode-end'));
    }
    const agreed = N - 2;
    expect(await page.textContent(key('bulk-agreed'))).toBe(`Bruk alle samstemte skårer (${agreed})`);
    await page.click(key('bulk-agreed'));
    await page.waitForSelector('[data-role="dialog"]');
    const lines = await page.$$eval('[data-role="dialog-lines"] li', (nodes) => nodes.map((node) => node.textContent));
    expect(lines).toHaveLength(agreed);
    expect(lines[0]).toBe(`Bemanning 1 ${ITEMS[0]!.name.nb}: 1`);
    await page.click('[data-role="dialog-confirm"]');
    await page.waitForSelector('[data-role="bulk-done-agreed"]');
    expect(await total(page)).toBe(`Mangler 2 av ${N}`);
    expect(await focusedKey(page)).toBe('bulk-undo-agreed');
    expect(await page.$$eval('[data-role="bulk-list-agreed"] li', (nodes) => nodes.length)).toBe(agreed);
    await page.keyboard.press('Enter'); // «Angre»
    await page.waitForSelector(key('bulk-agreed'));
    expect(await total(page)).toBe(`Mangler ${N} av ${N}`);
    expect(await page.$('[data-role="bulk-done-agreed"]')).toBeNull();
    await page.click(key('bulk-agreed'));
    await page.click('[data-role="dialog-confirm"]');
    await page.waitForSelector('[data-role="bulk-done-agreed"]');

    // A disagreement: the warning shows until the consensus is set, then a note of what was agreed.
    await page.click(key(`dis-goto-${ITEMS[2]!.id}`));
    expect(await page.isVisible('[data-role="disagreement"]')).toBe(true);
    await page.keyboard.press('4');
    await page.waitForSelector('[data-role="disagreement-resolved"]');
    expect(await page.$('[data-role="disagreement"]')).toBeNull();
    expect(await page.textContent('[data-role="disagreement-resolved"]')).toContain('3, 4');
    await page.close();
  });

  it('«Bekreft alle uendrede» confirms every previous score of a repeat review in one step, with undo', async () => {
    const page = await openPane();
    await page.click(key(`repeat-${SAMPLE_SHEET}`));
    await page.fill(key('form-date'), '2026-01-15');
    await page.click(key('form-create'));
    await page.waitForSelector('[data-role="item-name"]');
    await page.keyboard.press('2'); // the first item changed: the evaluators score it themselves
    await page.click(key('pending-suggestions'));
    await page.waitForSelector('[data-role="unchanged-pending"]');
    await page.click(key('bulk-unchanged'));
    const lines = await page.$$eval('[data-role="dialog-lines"] li', (nodes) => nodes.map((node) => node.textContent));
    expect(lines).toHaveLength(N - 1);
    await page.click('[data-role="dialog-confirm"]');
    await page.waitForSelector('[data-role="bulk-done-unchanged"]');
    expect(await page.$('[data-role="pending-suggestions"]')).toBeNull();
    const scores = await page.$$eval('.ipsf-ov-item [data-role="ov-score"]', (nodes) =>
      nodes.map((node) => Number(node.textContent)),
    );
    const previous = ITEMS.map((item) => SAMPLE.items[item.id]!.consensus);
    expect(scores).toEqual([2, ...previous.slice(1)]);
    expect(await page.$$eval('[data-role="ov-held"]', (nodes) => nodes.length)).toBe(N - 1);
    await page.click(key('bulk-undo-unchanged'));
    await page.waitForSelector('[data-role="pending-suggestions"]');
    expect(await page.$$eval('[data-role="ov-confirm"]', (nodes) => nodes.length)).toBe(N - 1);
    await page.close();
  });
});

describe('#8 sheet names', () => {
  it('previews the name as the form is typed, never repeats «IPS», stays unique and cuts only at words', async () => {
    const page = await openPane();
    await page.fill(key('form-service'), 'NAV Sagene');
    // Typed, not filled: the hint follows each key press without waiting for the field to be left.
    await page.focus(key('form-team'));
    await page.keyboard.type('IPS Sagene');
    await page.fill(key('form-date'), '2026-11-20');
    expect(await page.textContent('[data-role="sheet-hint"]')).toBe('Tom: «IPS NAV Sagene 2026-11-20»');
    expect(await page.getAttribute(key('form-sheet'), 'placeholder')).toBe('IPS NAV Sagene 2026-11-20');
    await page.fill(key('form-rater-0'), 'Kari');
    await page.click(key('form-create'));
    await page.waitForSelector('[data-role="item-name"]');
    await page.click(key('save'));
    await page.waitForSelector('[data-role="notice"][data-kind="success"]');
    const names = reviewSheetNames({ service: 'NAV Sagene', team: 'IPS Sagene', date: '2026-11-20' }, 'nb');
    await page.click(key('view-report'));
    await page.click(key('make-report'));
    await page.waitForSelector('[data-role="notice"]:not([data-kind="info"])');
    const sheets = await page.evaluate(() => window.ipsPreview!.workbook.sheetNames);
    expect(sheets).toEqual(expect.arrayContaining(['IPS NAV Sagene 2026-11-20', names.report, names.actionPlan]));
    expect(names.actionPlan).toBe('Handlingsplan Sagene 2026-11-20');

    // The same service and date again: the suggestion avoids the sheet that is there now.
    await page.click(key('back'));
    await page.waitForSelector('.ipsf-start-list');
    await page.fill(key('form-service'), 'NAV Sagene');
    await page.fill(key('form-team'), 'IPS Sagene');
    await page.fill(key('form-date'), '2026-11-20');
    expect(await page.textContent('[data-role="sheet-hint"]')).toBe('Tom: «IPS NAV Sagene 2026-11-20 (2)»');
    // A typed name that exists is refused, with the reason.
    await page.fill(key('form-sheet'), 'IPS NAV Sagene 2026-11-20');
    await page.fill(key('form-rater-0'), 'Kari');
    await page.click(key('form-create'));
    expect(
      await page.textContent('#' + (await page.getAttribute(key('form-sheet'), 'aria-describedby'))!.split(' ')[0]),
    ).toContain('allerede');
    await page.close();
  });
});

describe('#12 taskpane.html outside Office', () => {
  let dir: string;
  let pane: StaticServer;

  beforeAll(async () => {
    // The page as webpack makes it (its template, Office.js first), with the entry bundled here.
    dir = mkdtempSync(path.join(tmpdir(), 'ips-taskpane-'));
    const { code } = await bundle(path.join(ROOT, 'src/excel/taskpane.ts'), path.join(dir, 'taskpane.js'));
    writeFileSync(path.join(dir, 'taskpane.js'), code);
    const template = readFileSync(path.join(ROOT, 'src/excel/taskpane.html'), 'utf8');
    writeFileSync(
      path.join(dir, 'taskpane.html'),
      template.replace('</head>', '  <script defer src="taskpane.js"></script>\n  </head>'),
    );
    writeFileSync(path.join(dir, 'preview.html'), '<!doctype html><title>preview</title><p id="preview">preview</p>');
    pane = await serveStatic(dir);
  }, 120_000);

  afterAll(async () => {
    await pane?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens taskpane.html with Office.js answered by `office` (null: it does not load). */
  async function openTaskpane(office: string | null): Promise<{ page: Page; shownAfterMs: number }> {
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'nb-NO' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.route(OFFICE_JS, (route) =>
      office === null ? route.abort() : route.fulfill({ contentType: 'text/javascript', body: office }),
    );
    const started = Date.now();
    await page.goto(`${pane.url}/taskpane.html`);
    await page.waitForSelector('[data-role="outside-office"]', { timeout: 10_000 });
    return { page, shownAfterMs: Date.now() - started };
  }

  async function expectMessage(page: Page): Promise<void> {
    const text = (await page.textContent('#app')) ?? '';
    expect(text).not.toContain('Laster IPS');
    expect(text).toContain('virker inne i Excel');
    expect(text).toContain('runs inside Excel');
    const links = await page.$$eval('[data-role="preview-link"]', (nodes) =>
      nodes.map((node) => (node as HTMLAnchorElement).href),
    );
    expect(links).toEqual([`${pane.url}/preview.html`, `${pane.url}/preview.html`]);
  }

  it('without Office.js (offline, blocked): says at once that it runs in Excel, and links to the preview', async () => {
    const { page, shownAfterMs } = await openTaskpane(null);
    expect(shownAfterMs).toBeLessThan(3000);
    await expectMessage(page);
    await page.click('[data-role="preview-link"]');
    await page.waitForSelector('#preview');
    await page.close();
  });

  it('with Office.js in a plain browser tab whose onReady never answers: says so within seconds', async () => {
    const { page, shownAfterMs } = await openTaskpane(
      'window.Office = { onReady: function () { return new Promise(function () {}); } };',
    );
    expect(shownAfterMs).toBeLessThan(8000);
    await expectMessage(page);
    await page.close();
  });

  it('with Office ready but no Excel and no context: the same message', async () => {
    const { page } = await openTaskpane(
      'window.Office = { HostType: { Excel: "Excel" }, onReady: function (cb) { setTimeout(function () { cb({ host: null, platform: null }); }, 10); return Promise.resolve(); } };',
    );
    await expectMessage(page);
    await page.close();
  });
});

describe('the day in the pane', () => {
  it('made no requests outside the page and logged no errors', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
