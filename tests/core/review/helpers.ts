import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import type { Score } from '../../../src/core/scale/types';
import { newReview, type Review } from '../../../src/core/review/model';

export const ITEMS = DEFAULT_SCALE.items;
export const id = (sheetNumber: number) => ITEMS[sheetNumber - 1]!.id;

/** A two-rater review with the given scores (sheet order; null = unscored). */
export function twoRaterReview(
  first: readonly (Score | null)[],
  second: readonly (Score | null)[],
  reviewId = 'r-1',
): Review {
  const review = newReview({
    id: reviewId,
    service: 'Testtjenesten',
    team: 'Team A',
    date: '2025-03-01',
    raters: [
      { id: 'a', name: 'Rater A' },
      { id: 'b', name: 'Rater B' },
    ],
  });
  ITEMS.forEach((item, index) => {
    review.items[item.id]!.raterScores = { a: first[index] ?? null, b: second[index] ?? null };
  });
  return review;
}

/** Deep-freezes a value so any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value as object)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
