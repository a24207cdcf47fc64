/** A service with three reviews and its chart plans, shared by the Excel, Sheets and preview chart tests. */
import { historyRow, type HistoryRow } from '../../src/core/history/table';
import { serviceTrend, type ServiceTrend } from '../../src/core/history/trends';
import { sampleReview } from '../../src/core/review/sample';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';
import type { Score } from '../../src/core/scale/types';
import { serviceChartsPlan } from '../../src/core/history/charts';
import type { Language } from '../../src/core/text';

export const DATA_SHEET = 'IPS-diagram Tjeneste A';

function row(reviewId: string, date: string, scores: readonly Score[]): HistoryRow {
  const review = sampleReview();
  review.id = reviewId;
  review.service = 'Tjeneste A';
  review.team = 'Team 1';
  review.date = date;
  DEFAULT_SCALE.items.forEach((item, index) => (review.items[item.id]!.consensus = scores[index]!));
  return historyRow(review);
}

/** Totals 75, 100, 104 (three reviews). */
export function sampleTrend(reviews = 3): ServiceTrend {
  const flat = (score: Score) => DEFAULT_SCALE.items.map(() => score);
  const better = flat(4).map((score, index) => (index < 4 ? 5 : score)) as Score[];
  const rows = [
    row('r1', '2023-12-01', flat(3)),
    row('r2', '2024-06-01', flat(4)),
    row('r3', '2024-12-01', better),
  ].slice(0, reviews);
  return serviceTrend(rows, 'Tjeneste A', 'Team 1');
}

/** The data sheet plan and the three chart plans of one service (total, section means, heat map). */
export function sampleServiceCharts(language: Language = 'nb', reviews = 3, sheet = DATA_SHEET) {
  return serviceChartsPlan(sampleTrend(reviews), { sheet, language });
}
