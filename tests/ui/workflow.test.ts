import { describe, expect, it } from 'vitest';
import {
  historyHeader,
  historyRow,
  historyRowValues,
  planHistoryAppend,
  readHistory,
} from '../../src/core/history/table';
import { ACTION_PLAN_LAYOUT } from '../../src/core/report/action-plan';
import { correctSavedReview, effectiveScore } from '../../src/core/review/corrections';
import type { Review } from '../../src/core/review/model';
import { sampleReview, SAMPLE_SCORES } from '../../src/core/review/sample';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';
import type { Score } from '../../src/core/scale/types';
import { planBounds, planCellText, type PlanValue, type SheetPlan } from '../../src/core/workbook/plan';
import {
  chartsOutput,
  checkHistoryAppend,
  findPrevious,
  foreignDataConflicts,
  historyEntry,
  historySheetCandidates,
  historySnapshot,
  isScanSkipped,
  MAX_SHEET_NAME,
  parseCorrectionsText,
  reconcileWithHistory,
  reportFileName,
  reportPlans,
  reportTrend,
  reviewForSheet,
  reviewFromHistoryRow,
  reviewSheetNames,
  rowsWithAppended,
} from '../../src/ui/workflow';

const ITEMS = DEFAULT_SCALE.items;

function review(overrides: Partial<Review> = {}): Review {
  return { ...sampleReview(), ...overrides };
}

function historyValues(...reviews: Review[]): (string | number)[][] {
  return [historyHeader('nb'), ...reviews.map((entry) => historyRowValues(historyRow(entry), 'nb'))];
}

function rowsOf(...reviews: Review[]) {
  return readHistory(historyValues(...reviews));
}

/** Every value of a plan, placed on a grid from A1 (what a host would read back: formulas as their text). */
function grid(plan: SheetPlan): (string | number | boolean)[][] {
  const out: PlanValue[][] = [];
  for (const block of plan.blocks) {
    block.values.forEach((values, r) =>
      values.forEach((value, c) => {
        const row = (out[block.row + r] ??= []);
        row[block.column + c] = value;
      }),
    );
  }
  return out.map((row) => Array.from(row, (value) => planCellText(value ?? '') ?? ''));
}

describe('sheet names', () => {
  // Building and shortening the names: tests/ui/sheet-names.test.ts.
  it('names the report, action plan, chart and overview sheets per language', () => {
    const names = reviewSheetNames({ service: 'Fiktiv Organisasjon', team: 'Team Nord', date: '2025-09-01' }, 'en');
    expect(names).toEqual({
      // A service word is worth more than the day of the month.
      report: 'Report Fiktiv Team Nord 2025-09',
      actionPlan: 'Action plan Team Nord 2025-09',
      charts: 'IPS charts Fiktiv Team Nord',
      overview: 'IPS overview',
    });
    for (const name of Object.values(names)) expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });

  it('skips input tables and generated sheets when scanning, but not score sheets or the history', () => {
    expect(isScanSkipped('Ansatte')).toBe(true);
    expect(isScanSkipped('Caseloads')).toBe(true);
    expect(isScanSkipped('Rapport Team Nord 2025-09-01')).toBe(true);
    expect(isScanSkipped('IPS-diagram Team Nord')).toBe(true);
    expect(isScanSkipped('IPS-oversikt')).toBe(true);
    for (const sheet of ['Vurderingsplan', 'Review plan', 'Kildelogg', 'Journalutvalg', 'Datainnhenting', 'Resultater'])
      expect(isScanSkipped(sheet), sheet).toBe(true);
    expect(isScanSkipped('IPS Team Nord 2025-09-01')).toBe(false);
    expect(isScanSkipped('IPS-historikk')).toBe(false);
    expect(historySheetCandidates('en')).toEqual(['IPS history', 'IPS-historikk']);
  });

  it('makes a safe file name for the HTML report', () => {
    expect(reportFileName({ service: 'Fiktiv / Org', team: 'Team: Nord', date: '2025-09-01' }, 'nb')).toBe(
      'IPS-rapport Fiktiv - Org Team- Nord 2025-09-01.html',
    );
  });
});

describe('reading the history back into a review', () => {
  const base = review({ id: 'rev-a', date: '2025-06-07' });
  const corrected = correctSavedReview(
    correctSavedReview(base, ITEMS[3]!.id, 3, 'Feil telling; rettet etter journalgjennomgang.', '2025-07-01'),
    ITEMS[10]!.id,
    5,
    'Ny dokumentasjon',
    '2025-07-02',
  );

  it('parses the corrections column as historyRow writes it', () => {
    const text = historyRow(corrected).corrections;
    expect(parseCorrectionsText(text)).toEqual(corrected.corrections);
    expect(parseCorrectionsText('')).toEqual([]);
  });

  it('re-attaches corrections and takes the saved scores from the history', () => {
    const rows = rowsOf(base, corrected);
    // The sheet holds the effective scores (reviewForSheet) and no corrections.
    const fromSheet = { ...reviewForSheet(corrected), corrections: [] };
    const reconciled = reconcileWithHistory(fromSheet, rows);
    expect(reconciled.entry?.revision).toBe(2);
    expect(reconciled.unrecorded).toEqual({});
    expect(reconciled.correctionsUnreadable).toBe(false);
    expect(reconciled.review.corrections).toEqual(corrected.corrections);
    expect(reconciled.review.items[ITEMS[3]!.id]!.consensus).toBe(SAMPLE_SCORES[3]);
    expect(effectiveScore(reconciled.review, ITEMS[3]!.id)).toBe(3);
    // The same history row again: the append would be "unchanged".
    expect(checkHistoryAppend(rows, reconciled.review)).toEqual({ ok: true, kind: 'unchanged' });
    expect(planHistoryAppend(historyValues(base, corrected), reconciled.review, { language: 'nb' }).action).toBe(
      'unchanged',
    );
  });

  it('reports a sheet score that differs from the history as unrecorded, keeping the history score', () => {
    const rows = rowsOf(base);
    const edited = {
      ...base,
      items: { ...base.items, [ITEMS[0]!.id]: { ...base.items[ITEMS[0]!.id]!, consensus: 3 as Score } },
    };
    const reconciled = reconcileWithHistory(edited, rows);
    expect(reconciled.unrecorded).toEqual({ [ITEMS[0]!.id]: 3 });
    expect(reconciled.review.items[ITEMS[0]!.id]!.consensus).toBe(SAMPLE_SCORES[0]);
  });

  it('leaves a review that is not in the history as it is', () => {
    const reconciled = reconcileWithHistory(base, rowsOf(review({ id: 'other' })));
    expect(reconciled.entry).toBeNull();
    expect(reconciled.review).toBe(base);
  });

  it('keeps the review type the history has (baseline or follow-up)', () => {
    const followUp = review({ id: 'rev-b', date: '2025-12-01', previousReviewId: 'rev-a' });
    const rows = rowsOf(base, followUp);
    const fromSheet = { ...followUp };
    delete fromSheet.previousReviewId;
    const reconciled = reconcileWithHistory(fromSheet, rows);
    expect(reconciled.review.previousReviewId).toBe('rev-a');
    expect(checkHistoryAppend(rows, reconciled.review)).toEqual({ ok: true, kind: 'unchanged' });
    expect(reconcileWithHistory({ ...base, previousReviewId: 'x' }, rows).review.previousReviewId).toBeUndefined();
  });

  it('finds the previous review of the same site and team, from a sheet or the history', () => {
    const older = review({ id: 'old', date: '2024-06-01' });
    const newer = review({ id: 'mid', date: '2025-01-01' });
    const otherTeam = review({ id: 'other', date: '2025-02-01', team: 'Annet team' });
    const current = review({ id: 'now', date: '2025-06-07' });
    expect(
      findPrevious(current, [{ review: older }, { review: newer }, { review: otherTeam }, { review: current }], [])?.id,
    ).toBe('mid');
    // Only in the history: rebuilt from its row.
    const fromHistory = findPrevious(current, [{ review: older }], rowsOf(newer));
    expect(fromHistory?.id).toBe('mid');
    expect(ITEMS.map((item) => effectiveScore(fromHistory!, item.id))).toEqual(SAMPLE_SCORES);
    expect(findPrevious(older, [{ review: newer }], [])).toBeNull();
    expect(reviewFromHistoryRow(rowsOf(corrected)[0]!).corrections).toHaveLength(2);
  });

  it('reads the history sheet under either language name', () => {
    const snapshot = historySnapshot(['IPS history', 'IPS-historikk'], [null, historyValues(base)]);
    expect(snapshot).toMatchObject({ sheet: 'IPS-historikk', exists: true });
    expect(historyEntry(snapshot.rows, 'rev-a')?.total).toBe(103);
    expect(historySnapshot(['IPS history', 'IPS-historikk'], [null, null])).toEqual({
      sheet: 'IPS history',
      exists: false,
      rows: [],
    });
    expect(historySnapshot(['IPS-historikk'], [[['Noe annet']]]).error).toContain('not an IPS history table');
  });
});

describe('checking an append before planHistoryAppend does it', () => {
  const base = review({ id: 'rev-a' });
  it('agrees with planHistoryAppend on every case', () => {
    const values = historyValues(base);
    const rows = readHistory(values);
    const other = review({ id: 'rev-b', date: '2025-12-01' });
    expect(checkHistoryAppend(rows, other)).toEqual({ ok: true, kind: 'new' });
    expect(planHistoryAppend(values, other, { language: 'nb' }).action).toBe('appended');

    const changed = {
      ...base,
      items: { ...base.items, [ITEMS[0]!.id]: { ...base.items[ITEMS[0]!.id]!, consensus: 1 as Score } },
    };
    expect(checkHistoryAppend(rows, changed)).toEqual({ ok: false, kind: 'changed', row: 2 });
    expect(() => planHistoryAppend(values, changed, { language: 'nb' })).toThrow(/never rewritten/);

    const corrected = correctSavedReview(base, ITEMS[0]!.id, 4, 'Feil', '2025-07-01');
    expect(checkHistoryAppend(rows, corrected)).toEqual({ ok: true, kind: 'revision' });
    expect(planHistoryAppend(values, corrected, { language: 'nb' }).action).toBe('appended');
    // A copy older than the newest revision, whose own revision is not in the history: stale.
    const twice = correctSavedReview(corrected, ITEMS[1]!.id, 4, 'Feil igjen', '2025-07-02');
    const newer = readHistory(historyValues(base, twice));
    expect(checkHistoryAppend(newer, corrected)).toEqual({ ok: false, kind: 'stale', revision: 2 });
    expect(() => planHistoryAppend(historyValues(base, twice), corrected, { language: 'nb' })).toThrow(/newer/);
    // The identical revision-0 row is "unchanged" even when a newer revision exists (as the core says).
    expect(checkHistoryAppend(newer, base)).toEqual({ ok: true, kind: 'unchanged' });

    const incomplete = {
      ...base,
      items: { ...base.items, [ITEMS[0]!.id]: { ...base.items[ITEMS[0]!.id]!, consensus: null } },
    };
    expect(checkHistoryAppend(rows, incomplete)).toEqual({ ok: false, kind: 'incomplete' });
  });
});

describe('report plans', () => {
  const base = review({ id: 'rev-a' });
  const names = reviewSheetNames(base, 'nb');

  it('writes the report and the action plan with blank rows below, to clear a longer earlier version', () => {
    const plans = reportPlans({
      review: base,
      previous: null,
      rows: [],
      language: 'nb',
      roster: '',
      includeFours: false,
      names,
    });
    expect(plans.reportPlan.sheet).toBe(names.report);
    expect(plans.actionPlan.sheet).toBe(names.actionPlan);
    const reportRows = plans.reportPlan.blocks[0]!.values;
    expect(reportRows.slice(-5).every((row) => row.every((value) => value === ''))).toBe(true);
    // Below 4: Organisasjon 1 (2) and the 3s.
    const belowFour = SAMPLE_SCORES.filter((score) => score < 4).length;
    expect(plans.actionRows).toBeGreaterThanOrEqual(belowFour);
    expect(plans.actionPlan.blocks[0]!.values).toHaveLength(ACTION_PLAN_LAYOUT.firstRow + plans.actionRows + 20);
    const withFours = reportPlans({
      review: base,
      previous: null,
      rows: [],
      language: 'nb',
      roster: '',
      includeFours: true,
      names,
    });
    expect(withFours.actionRows).toBeGreaterThan(plans.actionRows);
  });

  it('passes the warnings through: missing recommendations, possible names, incomplete', () => {
    const named = {
      ...base,
      items: {
        ...base.items,
        [ITEMS[0]!.id]: { ...base.items[ITEMS[0]!.id]!, evidence: 'Per Hansen har 19 deltakere.' },
      },
    };
    const plans = reportPlans({
      review: named,
      previous: null,
      rows: [],
      language: 'en',
      roster: 'Per Hansen\n',
      includeFours: false,
      names,
    });
    const codes = plans.report.warnings.map((warning) => warning.code);
    expect(codes).toContain('possibleName');
    expect(codes).toContain('missingRecommendation');
  });

  it('adds this review to the history trend for the report', () => {
    const earlier = review({ id: 'old', date: '2024-06-01' });
    expect(reportTrend(base, [])).toEqual([]);
    const trend = reportTrend(base, rowsOf(earlier));
    expect(trend.map((point) => point.reviewId)).toEqual(['old', base.id]);
  });

  it('saves a corrected review with the corrected scores on the sheet', () => {
    const corrected = correctSavedReview(base, ITEMS[0]!.id, 4, 'Feil', '2025-07-01');
    expect(reviewForSheet(corrected).items[ITEMS[0]!.id]!.consensus).toBe(4);
    expect(reviewForSheet(base)).toBe(base);
  });
});

describe('charts after an append', () => {
  const first = review({ id: 'a1', date: '2024-06-01' });
  const second = review({ id: 'a2', date: '2025-06-07', previousReviewId: 'a1' });
  const elsewhere = review({ id: 'b1', date: '2025-01-01', service: 'Annen tjeneste', team: 'Team Sør' });
  const names = reviewSheetNames(second, 'nb');

  it('one service: the trend table, total over time, section means, heat maps', () => {
    const before = rowsOf(first);
    const after = rowsWithAppended(before, second, 2);
    const output = chartsOutput(after, before, second, names, 'IPS-historikk', 'nb');
    expect(output.data.map((plan) => plan.sheet)).toEqual([names.charts]);
    expect(output.charts.map((chart) => chart.id)).toEqual([
      'total-over-time',
      'section-means-over-time',
      'service-item-heatmap',
      'history-heatmap',
    ]);
    expect(output.points).toBe(2);
    expect(output.services).toBe(1);
    expect(output.before[0]?.sheet).toBe(names.charts);
  });

  it('several services: also the overview table and its chart', () => {
    const before = rowsOf(first, elsewhere);
    const after = rowsWithAppended(before, second, 3);
    const output = chartsOutput(after, before, second, names, 'IPS-historikk', 'nb');
    expect(output.data.map((plan) => plan.sheet)).toEqual([names.charts, names.overview]);
    expect(output.charts.map((chart) => chart.id)).toContain('multi-service-latest-totals');
    expect(output.services).toBe(2);
  });

  it('asks only about cells that are neither the new nor the earlier generated content', () => {
    const before = rowsOf(first);
    const after = rowsWithAppended(before, second, 2);
    const output = chartsOutput(after, before, second, names, 'IPS-historikk', 'nb');
    const plan = output.data[0]!;
    const earlier = output.before[0]!;
    const onSheet = grid(earlier);
    expect(foreignDataConflicts(plan, onSheet, earlier)).toEqual([]);
    // Numbers shown as text are the same value.
    expect(
      foreignDataConflicts(
        plan,
        onSheet.map((row) => row.map((value) => (typeof value === 'number' ? String(value) : value))),
        earlier,
      ),
    ).toEqual([]);
    // A user's note inside the table (which starts at column I, right of the charts) is asked about.
    const bounds = planBounds(plan);
    const edited = onSheet.map((row) => [...row]);
    edited[1]![9] = 'Min merknad';
    const conflicts = foreignDataConflicts(plan, edited, earlier);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ address: 'J2', existing: 'Min merknad' });
    expect(bounds.rows).toBeGreaterThan(2);
    // No earlier content known: everything different is asked about.
    expect(foreignDataConflicts(plan, edited, null).length).toBeGreaterThan(1);
    expect(foreignDataConflicts(plan, null, null)).toEqual([]);
  });
});
