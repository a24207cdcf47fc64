import { invalidValue } from '../errors';
import { readDate } from '../cells';
import { DEFAULT_SCALE } from '../scale/registry';
import type { ScaleDefinition, Score } from '../scale/types';
import { toScore } from '../totals';
import type { Correction, Review } from './model';

/**
 * Corrections to a saved review (manual tip 10, [000:1749–1756]): when evaluators find an earlier
 * score was wrong, they acknowledge it and use the right score from then on. A correction is
 * appended, never written over the original: the consensus stays as saved, the effective score
 * is the last correction's, and the report shows both.
 */

/** The corrections of one item, oldest first. */
export function correctionsFor(review: Review, itemId: string): Correction[] {
  return review.corrections.filter((correction) => correction.itemId === itemId);
}

/** The score that counts for an item: the last correction's, otherwise the saved consensus. */
export function effectiveScore(review: Review, itemId: string): Score | null {
  let score: Score | null = review.items[itemId]?.consensus ?? null;
  for (const correction of review.corrections) if (correction.itemId === itemId) score = correction.corrected;
  return score;
}

/** Effective scores of every item of the scale, keyed by item id (for totals and history). */
export function effectiveScores(review: Review, scale: ScaleDefinition = DEFAULT_SCALE): Record<string, Score | null> {
  const scores: Record<string, Score | null> = {};
  for (const item of scale.items) scores[item.id] = review.items[item.id]?.consensus ?? null;
  for (const correction of review.corrections)
    if (correction.itemId in scores) scores[correction.itemId] = correction.corrected;
  return scores;
}

function isoDate(value: string, argument: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw invalidValue(`argument '${argument}': expected a date as yyyy-mm-dd, got "${value}"`);
  readDate(value, { argument }); // rejects impossible dates such as 2025-02-30
  return value;
}

/**
 * Records a correction of a saved review's score (returns a new review): a Correction with the
 * score it replaces, the corrected score, the reason and the date is appended. Refuses a
 * correction without a reason, to the score the item already has, dated before the review or
 * before the item's previous correction, or for an item not in the scale.
 */
export function correctSavedReview(
  review: Review,
  itemId: string,
  score: Score,
  reason: string,
  date: string,
  scale: ScaleDefinition = DEFAULT_SCALE,
): Review {
  if (!scale.items.some((item) => item.id === itemId))
    throw invalidValue(`argument 'itemId': unknown item "${itemId}"`);
  const corrected = toScore(score, `argument 'score'`);
  const why = reason.trim();
  if (why === '') throw invalidValue(`argument 'reason': a correction needs a reason (the report acknowledges it)`);
  const when = isoDate(date, 'date');
  if (when < review.date) throw invalidValue(`argument 'date': ${when} is before the review date ${review.date}`);
  const earlier = correctionsFor(review, itemId);
  const last = earlier[earlier.length - 1];
  if (last && when < last.date)
    throw invalidValue(`argument 'date': ${when} is before this item's previous correction (${last.date})`);
  const previous = effectiveScore(review, itemId);
  if (previous === corrected)
    throw invalidValue(`argument 'score': the item's score is already ${corrected}; nothing to correct`);
  const correction: Correction = { itemId, previous, corrected, reason: why, date: when };
  return { ...review, corrections: [...review.corrections, correction] };
}
