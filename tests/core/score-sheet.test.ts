/**
 * The score sheet: the plan written and read back (consensus, notes, components, raters), the
 * wired items' live formulas over the input tables, the consensus cell following the computed
 * score until an evaluator types over it, and totals that say what is missing.
 */
import { describe, expect, it } from 'vitest';
import { SheetError } from '../../src/preview/engine/values';
import { itemFormula, wiredItemIds } from '../../src/core/inputs/wiring';
import { expectedItem } from '../shared/expected-items';
import { newReview, type Review } from '../../src/core/review/model';
import { sampleReview } from '../../src/core/review/sample';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';
import type { Score } from '../../src/core/scale/types';
import {
  cellAddress,
  isPlanFormula,
  isoDateSerial,
  planBounds,
  planCellText,
  type SheetPlan,
} from '../../src/core/workbook/plan';
import {
  COLUMNS,
  HEADER_ROWS,
  componentsText,
  followComputedFormula,
  followedScores,
  followingItems,
  isWiredScoreSheet,
  keepFollowing,
  readComputedScores,
  readScoreSheet,
  scoreSheetLayout,
  scoreSheetPlan,
  wiringCapacity,
} from '../../src/core/sheets/score-sheet';
import { startRepeatReview, pendingSuggestions, confirmSuggestion } from '../../src/core/review/repeat';
import { levelName } from '../../src/core/totals';
import { fullTables } from './inputs/full-tables';
import { bookFromTables, PlainBook } from './inputs/sheet-book';

const SHEET = 'IPS Team Nord 2025-03-01';
const ITEMS = DEFAULT_SCALE.items;
const WIRED = new Set(wiredItemIds());
const layout = scoreSheetLayout();

/** A planned cell as a host reads it back (a formula as its text); `isPlanFormula` on the plan says which are formulas. */
function cell(plan: SheetPlan, row: number, column: number) {
  return planCellText(plan.blocks[0]!.values[row]![column]!);
}

/** A review with something in every field: consensus, notes, components, three raters' scores. */
function fullReview(): Review {
  const review = newReview({
    id: 'r-2025-03-01',
    service: 'Fiktiv Organisasjon',
    team: 'Team Nord',
    date: '2025-03-01',
    raters: [
      { id: 'r1', name: 'Kari Nordmann' },
      { id: 'r2', name: 'Ola Nordmann' },
      { id: 'r3', name: 'Per Hansen' },
    ],
  });
  review.evaluators = 'Kari Nordmann og Ola Nordmann';
  ITEMS.forEach((item, index) => {
    const record = review.items[item.id]!;
    record.consensus = ((index % 5) + 1) as Score;
    record.evidence = `Funn ${index + 1}: 1/2 av journalene; 70 %`;
    record.recommendation = index % 2 ? `Anbefaling ${index + 1}` : '';
    record.consensusNote = index % 3 ? '' : `Enige etter drøfting (${index + 1})`;
    record.raterScores = {
      r1: ((index % 5) + 1) as Score,
      r2: index % 4 ? ((((index + 1) % 5) + 1) as Score) : null,
      r3: 3,
    };
    if (item.kind === 'components') record.components = item.components!.map((_, i) => i % 2 === 0);
  });
  return review;
}

describe('score sheet plan and read-back', () => {
  it('round-trips consensus, evidence, recommendations, consensus notes, components and raters', () => {
    const review = fullReview();
    const book = new PlainBook();
    book.write(scoreSheetPlan(review, { sheet: SHEET, language: 'nb' }));
    const back = readScoreSheet(book.displayed(SHEET))!;
    expect(back).not.toBeNull();
    expect(back.raters).toEqual(review.raters);
    expect({ ...back, corrections: [] }).toEqual({
      ...review,
      schemaVersion: 1,
      scaleId: DEFAULT_SCALE.id,
      corrections: [],
    });
  });

  it('round-trips with wiring too (the given consensus wins over the computed score)', () => {
    const review = fullReview();
    const book = bookFromTables(fullTables(), 'nb');
    book.write(scoreSheetPlan(review, { sheet: SHEET, language: 'nb', wiring: { host: 'excel' } }));
    const back = readScoreSheet(book.displayed(SHEET))!;
    expect(back.items).toEqual(review.items);
    expect(back.raters.map((rater) => rater.name)).toEqual(['Kari Nordmann', 'Ola Nordmann', 'Per Hansen']);
  });

  it("keeps a repeat review's suggestions, confirmed or not, in the «Forrige skår» column and the header", () => {
    const previous = fullReview();
    let review = startRepeatReview(previous, {
      id: 'r-2026-03-01',
      date: '2026-03-01',
      raters: [{ id: 'r1', name: 'Kari Nordmann' }],
    });
    const [first, second] = ITEMS;
    review = confirmSuggestion(review, first!.id, { language: 'nb' });
    review.items[second!.id]!.consensus = 1; // replaced by another consensus
    const pending = pendingSuggestions(review);
    expect(pending).toHaveLength(ITEMS.length - 2);
    for (const language of ['nb', 'en'] as const) {
      const plan = scoreSheetPlan(review, { sheet: SHEET, language });
      expect(cell(plan, HEADER_ROWS.columnHeads, COLUMNS.previous)).toBe(
        language === 'nb' ? 'Forrige skår' : 'Previous score',
      );
      expect(cell(plan, HEADER_ROWS.previousReview, 0)).toBe(
        language === 'nb' ? 'Forrige evaluering:' : 'Previous review:',
      );
      expect(cell(plan, HEADER_ROWS.previousReview, 2)).toBe(previous.id);
      expect(cell(plan, HEADER_ROWS.previousReview, 3)).toBe(isoDateSerial(previous.date));
      expect(cell(plan, layout.itemRows[first!.id]!, COLUMNS.previous)).toBe(previous.items[first!.id]!.consensus);
      const book = new PlainBook();
      book.write(plan);
      const back = readScoreSheet(book.displayed(SHEET))!;
      expect(back.items).toEqual(review.items);
      expect(back.previousReviewId).toBe(previous.id);
      expect(pendingSuggestions(back)).toEqual(pending);
      expect(back.raters.map((rater) => rater.name)).toEqual(['Kari Nordmann']);
      // With wiring too (the computed columns sit before the previous-score column).
      const wiredBook = bookFromTables(fullTables(), language);
      wiredBook.write(scoreSheetPlan(review, { sheet: SHEET, language, wiring: { host: 'excel' } }));
      const wiredBack = readScoreSheet(wiredBook.displayed(SHEET))!;
      expect(pendingSuggestions(wiredBack)).toEqual(pending.filter((id) => !WIRED.has(id)));
      for (const id of ITEMS.map((item) => item.id))
        expect(wiredBack.items[id]!.suggested, id).toEqual(review.items[id]!.suggested);
    }
  });

  it('writes an empty previous-score column and no previous review for a first review', () => {
    const plan = scoreSheetPlan(fullReview(), { sheet: SHEET, language: 'nb' });
    expect(cell(plan, HEADER_ROWS.previousReview, 0)).toBe('');
    for (const item of ITEMS) expect(cell(plan, layout.itemRows[item.id]!, COLUMNS.previous)).toBe('');
    const book = new PlainBook();
    book.write(plan);
    const back = readScoreSheet(book.displayed(SHEET))!;
    expect(back.previousReviewId).toBeUndefined();
    for (const item of ITEMS) expect(back.items[item.id]!.suggested).toBeUndefined();
  });

  it('reads a sheet written before the previous-score column (raters from M)', () => {
    const review = fullReview();
    const values = scoreSheetPlan(review, { sheet: SHEET, language: 'nb' }).blocks[0]!.values.map((row) =>
      row.map((value) => planCellText(value) ?? ''),
    );
    const legacy = values.map((row) => [...row.slice(0, COLUMNS.previous), ...row.slice(COLUMNS.firstRater)]);
    const back = readScoreSheet(legacy)!;
    expect(back.raters.map((rater) => rater.name)).toEqual(['Kari Nordmann', 'Ola Nordmann', 'Per Hansen']);
    for (const item of ITEMS)
      expect(back.items[item.id]!.raterScores, item.id).toEqual(review.items[item.id]!.raterScores);
  });

  it("reads the tables' capacity back from a wired sheet's formulas", () => {
    const review = fullReview();
    const formulas = (capacity?: { jobs: number }) =>
      scoreSheetPlan(review, {
        sheet: SHEET,
        language: 'nb',
        wiring: { host: 'excel', ...(capacity ? { capacity } : {}) },
      }).blocks[0]!.values.map((row) => row.map((value) => planCellText(value) ?? ''));
    expect(wiringCapacity(formulas())).toEqual({});
    expect(wiringCapacity(formulas({ jobs: 11_000 }))).toEqual({ jobs: 11_000 });
    const sheets = scoreSheetPlan(review, {
      sheet: SHEET,
      language: 'en',
      wiring: { host: 'sheets', capacity: { jobs: 4000 } },
    }).blocks[0]!.values.map((row) => row.map((value) => planCellText(value) ?? ''));
    expect(wiringCapacity(sheets)).toEqual({ jobs: 4000 });
  });

  it('takes over a following consensus after the tables changed, never one the evaluators set', () => {
    const review = fullReview();
    for (const id of WIRED) review.items[id]!.consensus = null;
    const typed = [...WIRED][0]!;
    const book = bookFromTables({ ...fullTables(), jobs: [] }, 'nb');
    book.write(scoreSheetPlan(review, { sheet: SHEET, language: 'nb', wiring: { host: 'excel' } }));
    const before = book.displayed(SHEET);
    review.items[typed]!.consensus = 2; // typed in the pane after the sheet was read
    const full = bookFromTables(fullTables(), 'nb');
    full.write(
      scoreSheetPlan(
        { ...review, items: { ...review.items, [typed]: { ...review.items[typed]!, consensus: null } } },
        { sheet: SHEET, language: 'nb', wiring: { host: 'excel' } },
      ),
    );
    const after = full.displayed(SHEET);
    const computed = readComputedScores(after);
    const taken = followedScores(review, before, after);
    // Every blank consensus that follows takes the score computed now; the typed one is left alone.
    expect(Object.keys(taken).sort()).toEqual(
      [...WIRED].filter((id) => id !== typed && computed[id]!.score !== null).sort(),
    );
    expect(taken['services.competitive_jobs']).toBe(computed['services.competitive_jobs']!.score);
    for (const [id, score] of Object.entries(taken)) expect(score, id).toBe(computed[id]!.score);
    // A consensus equal to the computed score shown before still follows; a sheet cell typed over does not.
    const shownBefore = readComputedScores(before);
    const held = [...WIRED].find(
      (id) => id !== typed && shownBefore[id]?.score != null && shownBefore[id]!.score !== computed[id]!.score,
    );
    if (held) {
      const following = {
        ...review,
        items: { ...review.items, [held]: { ...review.items[held]!, consensus: shownBefore[held]!.score } },
      };
      expect(followedScores(following, before, after)[held]).toBe(computed[held]!.score);
    }
  });

  it('reads raters by their headers, so a sheet written before the computed columns (raters from K) still reads', () => {
    const review = fullReview();
    const values = scoreSheetPlan(review, { sheet: SHEET, language: 'en' }).blocks[0]!.values.map((row) =>
      row.map((value) => planCellText(value) ?? ''),
    );
    // The old layout: no computed or reason columns; raters right after the ID column.
    const legacy = values.map((row) => [...row.slice(0, COLUMNS.computed), ...row.slice(COLUMNS.firstRater)]);
    const back = readScoreSheet(legacy)!;
    expect(back.raters.map((rater) => rater.name)).toEqual(['Kari Nordmann', 'Ola Nordmann', 'Per Hansen']);
    for (const item of ITEMS)
      expect(back.items[item.id]!.raterScores, item.id).toEqual(review.items[item.id]!.raterScores);
  });

  it("keeps judgement items' evidence-note cells as text and their data-source codes", () => {
    const plan = scoreSheetPlan(fullReview(), { sheet: SHEET, language: 'nb', wiring: { host: 'excel' } });
    const judgement = ITEMS.filter((item) => !WIRED.has(item.id));
    expect(judgement.length).toBe(ITEMS.length - WIRED.size);
    for (const item of judgement) {
      const row = layout.itemRows[item.id]!;
      expect(cell(plan, row, COLUMNS.sources), item.id).toBe(item.sources.join(', '));
      expect(String(cell(plan, row, COLUMNS.comments))).toMatch(/^Funn/);
      expect(cell(plan, row, COLUMNS.computed), item.id).toBe('');
      expect(cell(plan, row, COLUMNS.reason), item.id).toBe('');
    }
    const textFormat = plan.formats!.find((format) => format.numberFormat === '@')!;
    expect(textFormat.range).toMatchObject({
      column: COLUMNS.comments,
      columns: 4,
      row: layout.firstScoreRow,
      rows: ITEMS.length + DEFAULT_SCALE.sections.length - 1,
    });
  });

  it('gives the components column the ☒/☐ marks', () => {
    const review = fullReview();
    const item = ITEMS.find((candidate) => candidate.kind === 'components')!;
    const plan = scoreSheetPlan(review, { sheet: SHEET, language: 'nb' });
    expect(cell(plan, layout.itemRows[item.id]!, COLUMNS.components)).toBe(
      componentsText(review.items[item.id]!.components!),
    );
  });
});

describe('wiring: live formulas over the input tables', () => {
  it("puts the computed score and reason formula beside every wired item, in the host's syntax", () => {
    const review = newReview({
      id: 'x',
      service: 'S',
      team: 'T',
      date: '2025-03-01',
      raters: [{ id: 'r1', name: 'A' }],
    });
    for (const host of ['excel', 'sheets'] as const) {
      for (const language of ['nb', 'en'] as const) {
        const plan = scoreSheetPlan(review, { sheet: SHEET, language, wiring: { host } });
        expect(cell(plan, HEADER_ROWS.columnHeads, COLUMNS.computed)).toBe(language === 'nb' ? 'Beregnet' : 'Computed');
        expect(cell(plan, HEADER_ROWS.columnHeads, COLUMNS.reason)).toBe(language === 'nb' ? 'Begrunnelse' : 'Reason');
        expect(cell(plan, HEADER_ROWS.columnHeads, COLUMNS.firstRater)).toBe(
          language === 'nb' ? 'Vurdering: A' : 'Rating: A',
        );
        for (const itemId of WIRED) {
          const row = layout.itemRows[itemId]!;
          expect(cell(plan, row, COLUMNS.computed)).toBe(itemFormula(itemId, host, language));
          expect(cell(plan, row, COLUMNS.reason)).toBe(itemFormula(itemId, host, language, { output: 'reason' }));
          expect(String(cell(plan, row, COLUMNS.computed))).toMatch(
            host === 'excel' ? /IPS\.[A-Z_]+\(/ : /IPS_[A-Z_]+\(/,
          );
          // No consensus yet: the score follows the computed cell, e.g. =IFERROR(K12,"").
          expect(cell(plan, row, COLUMNS.score)).toBe(`=IFERROR(K${row + 1},"")`);
          expect(cell(plan, row, COLUMNS.score)).toBe(followComputedFormula(row));
          // Marked as formulas in the plan, never recognised by their leading "=".
          for (const column of [COLUMNS.computed, COLUMNS.reason, COLUMNS.score])
            expect(isPlanFormula(plan.blocks[0]!.values[row]![column])).toBe(true);
        }
      }
    }
  });

  it('passes a larger table capacity on to the ranges', () => {
    const review = newReview({ id: 'x', service: 'S', team: 'T', date: '2025-03-01', raters: [] });
    const plan = scoreSheetPlan(review, {
      sheet: SHEET,
      language: 'nb',
      wiring: { host: 'excel', capacity: { employerContacts: 50_000 } },
    });
    const row = layout.itemRows['services.employer_contacts']!;
    expect(String(cell(plan, row, COLUMNS.computed))).toContain("'Arbeidsgiverkontakter'!$A$3:$A$50002");
  });

  it('leaves the computed cells alone without wiring, so saving an unwired review keeps them', () => {
    const review = newReview({
      id: 'x',
      service: 'S',
      team: 'T',
      date: '2025-03-01',
      raters: [{ id: 'r1', name: 'A' }],
    });
    const plan = scoreSheetPlan(review, { sheet: SHEET, language: 'nb' });
    expect(cell(plan, HEADER_ROWS.columnHeads, COLUMNS.computed)).toBeNull();
    for (const item of ITEMS) {
      const row = layout.itemRows[item.id]!;
      expect(cell(plan, row, COLUMNS.computed)).toBeNull();
      expect(cell(plan, row, COLUMNS.reason)).toBeNull();
      expect(cell(plan, row, COLUMNS.score)).toBe('');
    }
    expect(planBounds(plan).columns).toBe(COLUMNS.firstRater + 1);
    expect(plan.columnWidths!.length).toBe(COLUMNS.firstRater + 1);
  });

  it('computes over the tables: computed = expectedItem, the consensus follows it, and a typed consensus wins', () => {
    const data = fullTables();
    const review = newReview({
      id: 'x',
      service: 'S',
      team: 'T',
      date: '2025-03-01',
      raters: [{ id: 'r1', name: 'A' }],
    });
    for (const item of ITEMS) if (!WIRED.has(item.id)) review.items[item.id]!.consensus = 4;
    const book = bookFromTables(data, 'nb');
    book.write(scoreSheetPlan(review, { sheet: SHEET, language: 'nb', wiring: { host: 'excel' } }));
    const expected: Record<string, number> = {};
    for (const itemId of WIRED) {
      const row = layout.itemRows[itemId]!;
      const { outcome } = expectedItem(itemId, data, 'nb');
      expect(outcome.ok, itemId).toBe(true);
      expected[itemId] = outcome.ok ? (outcome.value as number) : NaN;
      expect(book.value(SHEET, row, COLUMNS.computed), itemId).toBe(expected[itemId]);
      expect(book.value(SHEET, row, COLUMNS.score), itemId).toBe(expected[itemId]);
      const reason = expectedItem(itemId, data, 'nb', { output: 'reason' }).outcome;
      expect(book.value(SHEET, row, COLUMNS.reason), itemId).toEqual(reason.ok ? reason.value : undefined);
    }
    const total = 4 * (ITEMS.length - WIRED.size) + Object.values(expected).reduce((sum, value) => sum + value, 0);
    expect(book.value(SHEET, HEADER_ROWS.total, 2)).toBe(total);
    expect(book.value(SHEET, HEADER_ROWS.total, 3)).toBe(levelName(total, 'nb'));

    // Read back: the displayed consensus is the computed score; the computed scores are readable too.
    const values = book.displayed(SHEET);
    const back = readScoreSheet(values)!;
    for (const itemId of WIRED) expect(back.items[itemId]!.consensus).toBe(expected[itemId]);
    const computed = readComputedScores(values);
    expect(Object.keys(computed).sort()).toEqual([...WIRED].sort());
    expect(computed['services.job_diversity']).toMatchObject({ score: expected['services.job_diversity'] });
    expect(computed['services.job_diversity']!.reason.length).toBeGreaterThan(10);

    // The evaluator types over one: their consensus wins and the total follows.
    const row = layout.itemRows['services.competitive_jobs']!;
    const typed = expected['services.competitive_jobs'] === 1 ? 2 : 1;
    book.set(SHEET, row, COLUMNS.score, typed);
    expect(book.value(SHEET, HEADER_ROWS.total, 2)).toBe(total - expected['services.competitive_jobs']! + typed);
    expect(readScoreSheet(book.displayed(SHEET))!.items['services.competitive_jobs']!.consensus).toBe(typed);
  });

  it('keeps a read-back consensus following the tables when saved again (wiring.follow), unless the evaluators changed it', () => {
    const data = fullTables();
    const review = newReview({ id: 'x', service: 'S', team: 'T', date: '2025-03-01', raters: [] });
    const book = bookFromTables(data, 'nb');
    book.write(scoreSheetPlan(review, { sheet: SHEET, language: 'nb', wiring: { host: 'excel' } }));
    const values = book.displayed(SHEET);
    expect(isWiredScoreSheet(values)).toBe(true);
    const raw = book.sheets.get(SHEET)!.map((row) => row.map((value) => value ?? ''));
    const following = followingItems(raw);
    expect(following.sort()).toEqual([...WIRED].sort());

    // The pane opened the sheet (consensus = the values shown) and the evaluators set one item.
    const opened = readScoreSheet(values)!;
    const changed = 'services.job_diversity';
    opened.items[changed]!.consensus = 2;
    expect(keepFollowing(opened, raw, values).sort()).toEqual(following.filter((id) => id !== changed).sort());
    const plan = scoreSheetPlan(opened, {
      sheet: SHEET,
      language: 'nb',
      wiring: { host: 'excel', follow: keepFollowing(opened, raw, values) },
    });
    for (const itemId of WIRED) {
      const row = layout.itemRows[itemId]!;
      expect(cell(plan, row, COLUMNS.score), itemId).toBe(itemId === changed ? 2 : followComputedFormula(row));
    }
    expect(isWiredScoreSheet(new PlainBook().displayed(SHEET))).toBe(false);
  });

  it('a table change recalculates the computed score and the total', () => {
    const data = fullTables();
    const review = newReview({ id: 'x', service: 'S', team: 'T', date: '2025-03-01', raters: [] });
    for (const item of ITEMS) if (!WIRED.has(item.id)) review.items[item.id]!.consensus = 3;
    const book = bookFromTables(data, 'nb');
    book.write(scoreSheetPlan(review, { sheet: SHEET, language: 'nb', wiring: { host: 'sheets' } }));
    const row = layout.itemRows['services.competitive_jobs']!;
    const before = book.value(SHEET, row, COLUMNS.computed);
    const totalBefore = book.value(SHEET, HEADER_ROWS.total, 2) as number;
    // Mark every job as not competitive: Tjenester 10 drops to 1.
    const jobs = book.sheets.get('Jobber')!;
    for (let r = 2; r < jobs.length; r++) if (jobs[r]![9]) book.set('Jobber', r, 9, 'nei');
    expect(book.value(SHEET, row, COLUMNS.computed)).toBe(1);
    expect(book.value(SHEET, HEADER_ROWS.total, 2)).toBe(totalBefore - (before as number) + 1);
  });

  it("with empty tables a wired item shows the function's error, its consensus stays blank, and the total says what is missing", () => {
    const review = newReview({ id: 'x', service: 'S', team: 'T', date: '2025-03-01', raters: [] });
    const book = bookFromTables({}, 'en');
    book.write(scoreSheetPlan(review, { sheet: SHEET, language: 'en', wiring: { host: 'excel' } }));
    const row = layout.itemRows['services.job_diversity']!;
    const computed = book.value(SHEET, row, COLUMNS.computed);
    expect(computed).toBeInstanceOf(SheetError);
    expect((computed as SheetError).code).toBe('#N/A');
    expect(book.value(SHEET, row, COLUMNS.score)).toBe('');
    expect(readScoreSheet(book.displayed(SHEET))!.items['services.job_diversity']!.consensus).toBeNull();
    expect(readComputedScores(book.displayed(SHEET))['services.job_diversity']).toMatchObject({
      score: null,
      error: '#N/A',
    });
    expect(book.value(SHEET, HEADER_ROWS.total, 2)).toMatch(/^Missing \d+ of 25$/);
  });
});

describe('totals', () => {
  it('an incomplete sheet shows «Mangler N av 25», never a partial sum; a complete one the total and level', () => {
    const review = sampleReview();
    const book = new PlainBook();
    const missing = ITEMS.slice(0, 4).map((item) => item.id);
    for (const id of missing) review.items[id]!.consensus = null;
    book.write(scoreSheetPlan(review, { sheet: SHEET, language: 'nb' }));
    expect(book.value(SHEET, HEADER_ROWS.total, 2)).toBe('Mangler 4 av 25');
    expect(book.value(SHEET, HEADER_ROWS.total, 3)).toBe('');
    expect(book.value(SHEET, layout.totalRow, COLUMNS.score)).toBe('Mangler 4 av 25');

    const en = new PlainBook();
    en.write(scoreSheetPlan(review, { sheet: SHEET, language: 'en' }));
    expect(en.value(SHEET, HEADER_ROWS.total, 2)).toBe('Missing 4 of 25');

    book.write(scoreSheetPlan(sampleReview(), { sheet: SHEET, language: 'nb' }));
    expect(book.value(SHEET, HEADER_ROWS.total, 2)).toBe(103);
    expect(book.value(SHEET, HEADER_ROWS.total, 3)).toBe(levelName(103, 'nb'));
    expect(cellAddress(HEADER_ROWS.total, 2)).toBe(layout.totalCell);
  });
});
