/**
 * The history's append rules in one place (core/history/append-rules.ts): the pane's
 * checkHistoryAppend and planHistoryAppend must say the same for every case.
 */
import { describe, expect, it } from 'vitest';
import { appendRule } from '../../../src/core/history/append-rules';
import { appendHistoryPlan, historyRow, planHistoryAppend, readHistory } from '../../../src/core/history/table';
import { correctSavedReview } from '../../../src/core/review/corrections';
import type { Review } from '../../../src/core/review/model';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import type { CellValue } from '../../../src/core/cells';
import { planCellText } from '../../../src/core/workbook/plan';
import { checkHistoryAppend } from '../../../src/ui/workflow';
import { reviewWithId } from './reviews';

/** The history sheet's values after appending these reviews, as a host reads them (from A1). */
function historyWith(...reviews: Review[]): CellValue[][] {
  let values: CellValue[][] = [];
  for (const review of reviews) {
    const plan = appendHistoryPlan(values.length > 0 ? values : null, review, { language: 'nb' });
    for (const block of plan.blocks)
      block.values.forEach((row, r) => {
        while (values.length <= block.row + r) values.push([]);
        row.forEach((value, c) => (values[block.row + r]![block.column + c] = planCellText(value) as CellValue));
      });
    values = values.map((row) => Array.from(row, (cell) => cell ?? ''));
  }
  return values;
}

const first = reviewWithId('a1');
const corrected = correctSavedReview(first, DEFAULT_SCALE.items[0]!.id, 1, 'Feil skår', '2025-12-01');
const other = reviewWithId('b2');

function both(values: CellValue[][], review: Review) {
  const rule = appendRule(readHistory(values), historyRow(review));
  let planned: string;
  try {
    planned = planHistoryAppend(values, review, { language: 'nb' }).action;
  } catch {
    planned = 'refused';
  }
  return { rule: rule.kind, planned, pane: checkHistoryAppend(readHistory(values), review).kind };
}

describe('appendRule', () => {
  it('appends a new review id, and says so with planHistoryAppend and the pane', () => {
    expect(both(historyWith(first), other)).toEqual({ rule: 'new', planned: 'appended', pane: 'new' });
  });

  it('leaves an identical row alone', () => {
    expect(both(historyWith(first), first)).toEqual({ rule: 'unchanged', planned: 'unchanged', pane: 'unchanged' });
  });

  it('refuses other values under a saved revision', () => {
    const changed: Review = { ...first, service: 'Annen tjeneste' };
    expect(both(historyWith(first), changed)).toEqual({ rule: 'changed', planned: 'refused', pane: 'changed' });
  });

  it('appends a corrected review as a new revision, and refuses the older copy afterwards', () => {
    expect(both(historyWith(first), corrected)).toEqual({ rule: 'revision', planned: 'appended', pane: 'revision' });
    expect(both(historyWith(first, corrected), first)).toMatchObject({ rule: 'unchanged' });
    const stale: Review = { ...first, service: 'Annen tjeneste' };
    const values = historyWith(corrected);
    expect(appendRule(readHistory(values), historyRow(stale))).toEqual({ kind: 'stale', highest: 1 });
  });
});
