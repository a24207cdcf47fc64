/**
 * The review plan over the history: per service and team, the baseline review [000:921–933], the
 * last review with its total and level, and when the next one is due (next-review.ts: 6 months
 * below «God kvalitet», then yearly [000:10517–10521, 16550–16560]), with how many days are left
 * or how long it is overdue. Superseded revisions are ignored.
 */
import { currentHistory, type HistoryRow } from '../history/table';
import type { FidelityLevel } from '../scale/types';
import type { Text } from '../text';
import { addMonthsIso, daysBetween, isoToSerial } from './dates';
import { REVIEW_INTERVALS, reviewIntervalMonths } from './next-review';

export type DueStatus = 'upcoming' | 'dueToday' | 'overdue';

export interface ReviewRef {
  readonly reviewId: string;
  /** yyyy-mm-dd */
  readonly date: string;
}

export interface ReviewPlanEntry {
  readonly service: string;
  readonly team: string;
  /** The review marked baseline; the earliest review when none is. */
  readonly baseline: ReviewRef;
  readonly last: ReviewRef;
  /** The last review's total and level; null when that review is incomplete. */
  readonly lastTotal: number | null;
  readonly lastLevel: FidelityLevel | null;
  readonly reviewCount: number;
  /** 6 or 12; an incomplete last review counts as not yet at good fidelity (6). */
  readonly intervalMonths: number;
  /** yyyy-mm-dd */
  readonly nextDue: string;
  /** Days from `today` to the due date; negative when overdue. */
  readonly daysUntilDue: number;
  readonly status: DueStatus;
  /** «Forfaller om 12 dager» / "Due in 12 days", «Forfalt for 3 dager siden» / "Overdue by 3 days". */
  readonly statusText: Text;
}

const norm = (value: string) => value.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');

function byDate(a: HistoryRow, b: HistoryRow): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : (a.sheetRow ?? 0) - (b.sheetRow ?? 0);
}

function days(count: number, language: 'nb' | 'en'): string {
  if (language === 'nb') return count === 1 ? '1 dag' : `${count} dager`;
  return count === 1 ? '1 day' : `${count} days`;
}

/** The status of a due date `daysUntilDue` days away, in words. */
export function dueStatusText(daysUntilDue: number): { status: DueStatus; text: Text } {
  if (daysUntilDue === 0) return { status: 'dueToday', text: { nb: 'Forfaller i dag', en: 'Due today' } };
  if (daysUntilDue > 0) {
    return {
      status: 'upcoming',
      text: { nb: `Forfaller om ${days(daysUntilDue, 'nb')}`, en: `Due in ${days(daysUntilDue, 'en')}` },
    };
  }
  const late = -daysUntilDue;
  return {
    status: 'overdue',
    text: { nb: `Forfalt for ${days(late, 'nb')} siden`, en: `Overdue by ${days(late, 'en')}` },
  };
}

function planEntry(group: readonly HistoryRow[], today: string): ReviewPlanEntry {
  const sorted = [...group].sort(byDate);
  const first = sorted[0]!;
  const lastRow = sorted[sorted.length - 1]!;
  const baselineRow = sorted.find((row) => row.type === 'baseline') ?? first;
  const intervalMonths =
    lastRow.total === null ? REVIEW_INTERVALS.monthsBelowGoodFidelity : reviewIntervalMonths(lastRow.total);
  const nextDue = addMonthsIso(lastRow.date, intervalMonths, `the date of review "${lastRow.reviewId}"`);
  const daysUntilDue = daysBetween(today, nextDue);
  const { status, text } = dueStatusText(daysUntilDue);
  return {
    service: lastRow.service,
    team: lastRow.team,
    baseline: { reviewId: baselineRow.reviewId, date: baselineRow.date },
    last: { reviewId: lastRow.reviewId, date: lastRow.date },
    lastTotal: lastRow.total,
    lastLevel: lastRow.level,
    reviewCount: sorted.length,
    intervalMonths,
    nextDue,
    daysUntilDue,
    status,
    statusText: text,
  };
}

/**
 * One entry per service and team (names compared without case and extra spaces), the soonest due
 * first. `today` is yyyy-mm-dd.
 */
export function reviewPlan(rows: readonly HistoryRow[], today: string): ReviewPlanEntry[] {
  isoToSerial(today, 'today'); // checked before anything is computed
  const groups = new Map<string, HistoryRow[]>();
  for (const row of currentHistory(rows)) {
    const key = `${norm(row.service)}\u0000${norm(row.team)}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const entries = [...groups.values()].map((group) => planEntry(group, today));
  return entries.sort(
    (a, b) =>
      a.daysUntilDue - b.daysUntilDue || a.service.localeCompare(b.service, 'nb') || a.team.localeCompare(b.team, 'nb'),
  );
}

/** The entries due within `days` days (30 unless given) or overdue, soonest first. */
export function reviewsDueSoon(plan: readonly ReviewPlanEntry[], days = 30): ReviewPlanEntry[] {
  return plan.filter((entry) => entry.daysUntilDue <= days);
}
