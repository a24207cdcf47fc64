import { describe, expect, test } from 'vitest';
import { readDate, type CellValue } from '../../../src/core/cells';
import {
  currentHistory,
  historyHeader,
  historyLayout,
  historyRow,
  planHistoryAppend,
  appendHistoryPlan,
  readHistory,
} from '../../../src/core/history/table';
import { correctSavedReview } from '../../../src/core/review/corrections';
import { sampleReview, SAMPLE_SCORES } from '../../../src/core/review/sample';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import { agreement } from '../../../src/core/review/consensus';
import type { SheetPlan } from '../../../src/core/workbook/plan';
import { findConflicts, planCellText } from '../../../src/core/workbook/plan';
import { generateHistory } from './generate';

const ITEMS = DEFAULT_SCALE.items;
const layout = historyLayout();

/** What a host does with a plan: writes its blocks into the grid. */
function applyPlan(grid: CellValue[][], plan: SheetPlan): CellValue[][] {
  const next = grid.map((row) => [...row]);
  for (const block of plan.blocks) {
    block.values.forEach((values, r) => {
      const row = (next[block.row + r] ??= []);
      values.forEach((value, c) => {
        if (value !== null) row[block.column + c] = planCellText(value);
      });
    });
  }
  for (let r = 0; r < next.length; r++) next[r] ??= [];
  return next;
}

describe('history rows', () => {
  test('the sample review: id, service, team, date, 25 scores, section means, total, level', () => {
    const row = historyRow(sampleReview());
    expect(row).toMatchObject({
      reviewId: 'sample-2025-06-07',
      service: 'Fiktiv Organisasjon',
      team: 'IPS-teamet',
      date: '2025-06-07',
      sectionMeans: [5, 3.5, 4.29],
      total: 103,
      type: 'baseline',
      evaluators: 'Jan Jansen, Britt Larsen, Signe Olsen',
      revision: 0,
      corrections: '',
    });
    expect(row.scores).toEqual([...SAMPLE_SCORES]);
    expect(row.level?.name.nb).toBe('God kvalitet');
  });

  test('header and column layout', () => {
    const header = historyHeader('nb');
    expect(header).toHaveLength(layout.width);
    expect(header.slice(0, 5)).toEqual(['Evaluerings-ID', 'Sted', 'Team', 'Dato', 'Bemanning 1']);
    expect(header[layout.firstScore + 24]).toBe('Tjenester 14');
    expect(header.slice(layout.firstMean, layout.total + 2)).toEqual([
      'Bemanning gjennomsnitt',
      'Organisasjon gjennomsnitt',
      'Tjenester gjennomsnitt',
      'Totalt',
      'Kvalitetsnivå',
    ]);
    expect(historyHeader('en')[0]).toBe('Review ID');
  });

  test('an incomplete review is refused with #N/A naming the items', () => {
    const review = sampleReview();
    review.items[ITEMS[6]!.id]!.consensus = null;
    expect(() => historyRow(review)).toThrow(/incomplete: 1 item without a score: Organisasjon 4/);
  });

  test('corrections: the effective scores, a higher revision, the corrections as text', () => {
    const corrected = correctSavedReview(sampleReview(), ITEMS[3]!.id, 3, 'Regnefeil.', '2025-06-20');
    const row = historyRow(corrected);
    expect(row).toMatchObject({ total: 104, revision: 1, corrections: 'Organisasjon 1: 2→3 (2025-06-20) Regnefeil.' });
  });
});

describe('appendHistoryPlan: append only, never rewrite', () => {
  test('a new sheet gets the header and the first row; the next review goes below', () => {
    const first = planHistoryAppend(null, sampleReview(), { language: 'nb' });
    expect(first.action).toBe('created');
    expect(first.row).toBe(1);
    expect(first.plan.sheet).toBe('IPS-historikk');
    expect(first.plan.blocks.map((b) => b.row)).toEqual([0, 1]);
    expect(first.plan.frozenRows).toBe(1);
    let grid = applyPlan([], first.plan);

    const second = sampleReview();
    second.id = 'sample-2025-12-10';
    second.date = '2025-12-10';
    second.previousReviewId = 'sample-2025-06-07';
    const append = planHistoryAppend(grid, second, { language: 'nb' });
    expect(append.action).toBe('appended');
    expect(append.row).toBe(2);
    expect(append.plan.blocks).toHaveLength(1);
    expect(append.plan.blocks[0]!.row).toBe(2);
    expect(append.plan.columnWidths).toBeUndefined(); // the user's widths are kept
    // Writing it never touches a filled cell.
    expect(findConflicts(append.plan, grid.slice(2))).toEqual([]);
    grid = applyPlan(grid, append.plan);
    const rows = readHistory(grid);
    expect(rows.map((r) => [r.reviewId, r.type, r.total])).toEqual([
      ['sample-2025-06-07', 'baseline', 103],
      ['sample-2025-12-10', 'followUp', 103],
    ]);
  });

  test('appends after the last used row even with blank rows in between', () => {
    const grid = applyPlan([], appendHistoryPlan(null, sampleReview(), { language: 'en', sheet: 'History' }));
    grid.push([], ['', ''], []);
    grid.push(grid[1]!.map((cell, column) => (column === 0 ? 'manual-row' : cell)));
    const second = { ...sampleReview(), id: 'later' };
    const plan = appendHistoryPlan(grid, second, { language: 'en', sheet: 'History' });
    expect(plan.blocks[0]!.row).toBe(grid.length);
    expect(plan.sheet).toBe('History');
  });

  test('the same review again: unchanged if identical, refused if different', () => {
    const grid = applyPlan([], appendHistoryPlan(null, sampleReview(), { language: 'nb' }));
    const again = planHistoryAppend(grid, sampleReview(), { language: 'en' });
    expect(again).toMatchObject({ action: 'unchanged', row: 1 });
    expect(again.plan.blocks).toEqual([]);
    const changed = sampleReview();
    changed.items[ITEMS[0]!.id]!.consensus = 4;
    expect(() => planHistoryAppend(grid, changed, { language: 'nb' })).toThrow(
      /already in the history \(row 2\) with other values/,
    );
    try {
      planHistoryAppend(grid, changed, { language: 'nb' });
    } catch (error) {
      expect((error as { code: string }).code).toBe('invalidValue');
    }
  });

  test('a corrected review is appended as a new revision; the original row stays; stale copies are refused', () => {
    let grid = applyPlan([], appendHistoryPlan(null, sampleReview(), { language: 'nb' }));
    const corrected = correctSavedReview(sampleReview(), ITEMS[3]!.id, 3, 'Regnefeil.', '2025-06-20');
    const plan = planHistoryAppend(grid, corrected, { language: 'nb' });
    expect(plan).toMatchObject({ action: 'appended', row: 2 });
    grid = applyPlan(grid, plan.plan);
    const rows = readHistory(grid);
    expect(rows.map((r) => [r.revision, r.total])).toEqual([
      [0, 103],
      [1, 104],
    ]);
    expect(currentHistory(rows).map((r) => [r.revision, r.total])).toEqual([[1, 104]]);
    // The original, identical, is already there: nothing to write.
    expect(planHistoryAppend(grid, sampleReview(), { language: 'nb' }).action).toBe('unchanged');
    // Two corrections written; then a copy with only the first one is stale.
    const twice = correctSavedReview(corrected, ITEMS[3]!.id, 4, 'Ny gjennomgang.', '2025-06-25');
    const thrice = correctSavedReview(twice, ITEMS[4]!.id, 4, 'Ny gjennomgang.', '2025-06-26');
    grid = applyPlan(grid, planHistoryAppend(grid, thrice, { language: 'nb' }).plan);
    expect(() => planHistoryAppend(grid, twice, { language: 'nb' })).toThrow(
      /revision 3, newer than this copy \(revision 2\)/,
    );
  });

  test('reading: dates as serials or Date objects, text scores, recomputed totals, typed errors', () => {
    const grid = applyPlan([], appendHistoryPlan(null, sampleReview(), { language: 'nb' }));
    const asSerial = grid.map((row, r) =>
      r === 1 ? row.map((cell, c) => (c === layout.date ? readDate(cell, { argument: 'd' }) : cell)) : row,
    );
    expect(readHistory(asSerial)[0]!.date).toBe('2025-06-07');
    const asDate = grid.map((row, r) =>
      r === 1 ? row.map((cell, c) => (c === layout.date ? new Date(2025, 5, 7) : cell)) : row,
    );
    expect(readHistory(asDate)[0]!.date).toBe('2025-06-07');
    // A user edits a score (as text) and leaves the stale total: the scores win.
    const edited = grid.map((row) => [...row]);
    edited[1]![layout.firstScore] = '4';
    expect(readHistory(edited)[0]).toMatchObject({ total: 102, sectionMeans: [4.67, 3.5, 4.29] });
    edited[1]![layout.firstScore] = '';
    expect(readHistory(edited)[0]).toMatchObject({ total: null, level: null, sectionMeans: [null, 3.5, 4.29] });
    edited[1]![layout.firstScore] = 7;
    expect(() => readHistory(edited)).toThrow(/history row 2, column E \(Bemanning 1\): expected a score 1–5/);
    const badDate = grid.map((row) => [...row]);
    badDate[1]![layout.date] = 'i fjor';
    expect(() => readHistory(badDate)).toThrow(/history row 2, column D \(Dato\): expected a date/);
    expect(() => readHistory([['Noe annet']])).toThrow(/not an IPS history table/);
    expect(readHistory(null)).toEqual([]);
    expect(readHistory([[], ['', null]])).toEqual([]);
  });
});

describe('generated history: 50 services × 10 reviews', () => {
  const { reviews } = generateHistory();

  test('shaped like published results', () => {
    expect(reviews).toHaveLength(500);
    const totals = reviews.map((review) => historyRow(review).total!);
    expect(Math.min(...totals)).toBeGreaterThanOrEqual(60);
    expect(Math.max(...totals)).toBeLessThanOrEqual(125);
    const middle = totals.filter((total) => total >= 90 && total <= 110).length / totals.length;
    expect(middle).toBeGreaterThan(0.5);
    const a = reviews.flatMap((review) => ITEMS.map((item) => review.items[item.id]!.raterScores.r1 ?? null));
    const b = reviews.flatMap((review) => ITEMS.map((item) => review.items[item.id]!.raterScores.r2 ?? null));
    const result = agreement(a, b);
    expect(result.exact).toBeGreaterThanOrEqual(0.9);
    expect(result.exact).toBeLessThanOrEqual(0.95);
    expect(result.kappa).toBeGreaterThan(0.8);
  });

  test('append one by one, read back: round-trips every review', () => {
    let grid: CellValue[][] = [];
    let exists = false;
    for (const review of reviews) {
      const append = planHistoryAppend(exists ? grid : null, review, { language: 'nb' });
      expect(append.action).toBe(exists ? 'appended' : 'created');
      grid = applyPlan(grid, append.plan);
      exists = true;
    }
    expect(grid).toHaveLength(501);
    const rows = readHistory(grid);
    expect(rows).toHaveLength(500);
    rows.forEach((row, index) => {
      const { sheetRow, ...read } = row;
      const { ...written } = historyRow(reviews[index]!);
      expect(read).toEqual(written);
      expect(sheetRow).toBe(index + 1);
    });
    // Appending any of them again changes nothing.
    expect(planHistoryAppend(grid, reviews[123]!, { language: 'en' }).action).toBe('unchanged');
  });
});
