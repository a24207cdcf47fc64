/** History rows for the review-cycle tests: scores adding up to a total, and the history sheet holding them. */
import { historyHeaderPlan, historyRowValues, type HistoryRow, type ReviewType } from '../../../src/core/history/table';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import type { Score } from '../../../src/core/scale/types';
import { fidelityLevel } from '../../../src/core/totals';
import type { SheetPlan } from '../../../src/core/workbook/plan';

/** A history row whose scores add up to `total`. */
export function row(
  reviewId: string,
  service: string,
  team: string,
  date: string,
  total: number,
  type: ReviewType = 'followUp',
  revision = 0,
): HistoryRow {
  const count = DEFAULT_SCALE.items.length;
  const scores: Score[] = Array.from({ length: count }, () => 1 as Score);
  for (let extra = total - count, i = 0; extra > 0; i++, extra -= Math.min(4, extra))
    scores[i] = (1 + Math.min(4, extra)) as Score;
  return {
    reviewId,
    service,
    team,
    date,
    scores,
    sectionMeans: DEFAULT_SCALE.sections.map(() => null),
    total,
    level: fidelityLevel(total),
    type,
    evaluators: 'A og B',
    revision,
    corrections: '',
  };
}

/** The history sheet holding `rows` below its header, in Norwegian. */
export function historyPlan(sheet: string, rows: readonly HistoryRow[]): SheetPlan {
  const header = historyHeaderPlan(sheet, 'nb');
  return {
    ...header,
    blocks: [...header.blocks, { row: 1, column: 0, values: rows.map((entry) => historyRowValues(entry, 'nb')) }],
  };
}
