/**
 * The review plan over the history: per service and team the baseline, the last review with its
 * total and level, the next due date (6 months below 100, 12 from 100) and how far away it is.
 */
import { describe, expect, it } from 'vitest';
import { dueStatusText, reviewPlan, reviewsDueSoon } from '../../../src/core/cycle/review-plan';
import type { HistoryRow, ReviewType } from '../../../src/core/history/table';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import type { Score } from '../../../src/core/scale/types';
import { fidelityLevel } from '../../../src/core/totals';

/** A history row whose scores add up to `total` (null: an incomplete review). */
function row(
  reviewId: string,
  service: string,
  team: string,
  date: string,
  total: number | null,
  type: ReviewType = 'followUp',
  revision = 0,
): HistoryRow {
  const count = DEFAULT_SCALE.items.length;
  const scores: (Score | null)[] = Array.from({ length: count }, () => 1 as Score);
  if (total === null) scores[0] = null;
  else
    for (let extra = total - count, i = 0; extra > 0; i++, extra -= Math.min(4, extra))
      scores[i] = (1 + Math.min(4, extra)) as Score;
  return {
    reviewId,
    service,
    team,
    date,
    scores,
    sectionMeans: [],
    total,
    level: total === null ? null : fidelityLevel(total),
    type,
    evaluators: 'A og B',
    revision,
    corrections: '',
  };
}

const HISTORY: HistoryRow[] = [
  row('n1', 'Nordby', 'Team 1', '2024-03-01', 70, 'baseline'),
  row('n2', 'Nordby', 'Team 1', '2024-08-31', 95),
  row('n3', 'Nordby', ' team  1', '2025-02-28', 103),
  row('s1', 'Sørby', '', '2025-01-10', 80, 'baseline'),
  row('s2', 'Sørby', '', '2025-08-31', 99),
  row('v1', 'Vestby', 'A', '2024-12-01', null, 'baseline'),
];

describe('reviewPlan', () => {
  const plan = reviewPlan(HISTORY, '2025-12-01');
  const of = (service: string) => plan.find((entry) => entry.service === service)!;

  it('has one entry per service and team, names compared without case and extra spaces', () => {
    expect(plan.map((entry) => `${entry.service}/${entry.team}`).sort()).toEqual([
      'Nordby/ team  1',
      'Sørby/',
      'Vestby/A',
    ]);
    expect(of('Nordby').reviewCount).toBe(3);
  });

  it('gives the baseline, the last review, its total and level', () => {
    expect(of('Nordby')).toMatchObject({
      baseline: { reviewId: 'n1', date: '2024-03-01' },
      last: { reviewId: 'n3', date: '2025-02-28' },
      lastTotal: 103,
      lastLevel: { name: { nb: 'God kvalitet' } },
    });
  });

  it('is due 12 months after a review at 100 or more', () => {
    expect(of('Nordby')).toMatchObject({
      intervalMonths: 12,
      nextDue: '2026-02-28',
      daysUntilDue: 89,
      status: 'upcoming',
    });
    expect(of('Nordby').statusText).toEqual({ nb: 'Forfaller om 89 dager', en: 'Due in 89 days' });
  });

  it('is due 6 months after a review below 100, month end kept (31 August → 28 February)', () => {
    expect(of('Sørby')).toMatchObject({ intervalMonths: 6, nextDue: '2026-02-28', lastTotal: 99 });
  });

  it('counts an incomplete last review as below good fidelity, and overdue with the days late', () => {
    expect(of('Vestby')).toMatchObject({
      lastTotal: null,
      lastLevel: null,
      intervalMonths: 6,
      nextDue: '2025-06-01',
      daysUntilDue: -183,
      status: 'overdue',
    });
    expect(of('Vestby').statusText).toEqual({ nb: 'Forfalt for 183 dager siden', en: 'Overdue by 183 days' });
  });

  it('lists the soonest due first', () => {
    expect(plan.map((entry) => entry.last.reviewId)).toEqual(['v1', 'n3', 's2']);
  });

  it('takes the earliest review as the baseline when none is marked', () => {
    const [entry] = reviewPlan(
      [row('b', 'Østby', '', '2025-05-01', 90), row('a', 'Østby', '', '2024-11-01', 80)],
      '2025-06-01',
    );
    expect(entry!.baseline.reviewId).toBe('a');
    expect(entry!.last.reviewId).toBe('b');
  });

  it('uses the latest revision of a corrected review', () => {
    const corrected = [
      row('k1', 'Kby', '', '2025-01-15', 98, 'baseline', 0),
      row('k1', 'Kby', '', '2025-01-15', 101, 'baseline', 1),
    ];
    expect(reviewPlan(corrected, '2025-02-01')[0]).toMatchObject({
      lastTotal: 101,
      intervalMonths: 12,
      nextDue: '2026-01-15',
      reviewCount: 1,
    });
  });

  it('is empty for an empty history and refuses a bad today', () => {
    expect(reviewPlan([], '2025-01-01')).toEqual([]);
    expect(() => reviewPlan(HISTORY, '01.12.2025')).toThrow(/today: expected a date written yyyy-mm-dd/);
  });
});

describe('reviewsDueSoon', () => {
  it('selects the reviews due within 30 days or overdue', () => {
    const plan = reviewPlan(HISTORY, '2026-01-31');
    expect(plan.map((entry) => [entry.last.reviewId, entry.daysUntilDue])).toEqual([
      ['v1', -244],
      ['n3', 28],
      ['s2', 28],
    ]);
    expect(reviewsDueSoon(plan).map((entry) => entry.last.reviewId)).toEqual(['v1', 'n3', 's2']);
    const earlier = reviewPlan(HISTORY, '2026-01-28');
    expect(reviewsDueSoon(earlier).map((entry) => [entry.last.reviewId, entry.daysUntilDue])).toEqual([['v1', -241]]);
    expect(reviewsDueSoon(earlier, 31).map((entry) => entry.last.reviewId)).toEqual(['v1', 'n3', 's2']);
  });

  it('includes a review due today (0 days) and one due in exactly 30 days', () => {
    const plan = reviewPlan(
      [row('t', 'Tby', '', '2025-01-01', 80), row('u', 'Uby', '', '2025-01-31', 80)],
      '2025-07-01',
    );
    expect(plan.map((entry) => [entry.last.reviewId, entry.daysUntilDue, entry.status])).toEqual([
      ['t', 0, 'dueToday'],
      ['u', 30, 'upcoming'],
    ]);
    expect(reviewsDueSoon(plan).length).toBe(2);
  });
});

describe('dueStatusText', () => {
  it('says one day in the singular', () => {
    expect(dueStatusText(1).text).toEqual({ nb: 'Forfaller om 1 dag', en: 'Due in 1 day' });
    expect(dueStatusText(-1).text).toEqual({ nb: 'Forfalt for 1 dag siden', en: 'Overdue by 1 day' });
    expect(dueStatusText(0)).toEqual({ status: 'dueToday', text: { nb: 'Forfaller i dag', en: 'Due today' } });
  });
});
