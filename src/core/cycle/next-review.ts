/**
 * When the next fidelity review is due. The QA process reviews the IPS service «minst hver 6.
 * måned … eller til god kvalitet er nådd, og deretter minst hvert år» [000:10517–10521]; the QA
 * table: «Hver sjette måned til man har oppnådd god kvalitet, deretter årlig» [000:16550–16560].
 * «God kvalitet» is the level 100–114 on the score sheet [000:11676–11682].
 */
import { invalidNumber } from '../errors';
import type { ScaleDefinition } from '../scale/types';
import { DEFAULT_SCALE } from '../scale/registry';
import { maximumTotal, minimumTotal } from '../totals';
import { addMonths } from './dates';

/** The review intervals as data: months until the next review, by the last total. */
export const REVIEW_INTERVALS = {
  /** The lowest total of «God kvalitet» (Good fidelity) [000:11676–11682]. */
  goodFidelityFrom: 100,
  /** Below good fidelity: at least every 6 months [000:10517–10521]. */
  monthsBelowGoodFidelity: 6,
  /** From good fidelity on: at least yearly [000:16550–16560]. */
  monthsFromGoodFidelity: 12,
} as const;

/** Months from a review with this total to the next one: 6 while below 100, 12 from 100. */
export function reviewIntervalMonths(total: number): number {
  return total >= REVIEW_INTERVALS.goodFidelityFrom
    ? REVIEW_INTERVALS.monthsFromGoodFidelity
    : REVIEW_INTERVALS.monthsBelowGoodFidelity;
}

/**
 * The serial date of the next review after one on `lastReview` with this total (EDATE semantics).
 * A total that is not a whole number within the scale's range is #NUM! naming `totalArgument`.
 */
export function nextReviewSerial(
  lastReview: number,
  total: number,
  totalArgument = 'total',
  scale: ScaleDefinition = DEFAULT_SCALE,
): number {
  const min = minimumTotal(scale);
  const max = maximumTotal(scale);
  if (!Number.isInteger(total) || total < min || total > max) {
    throw invalidNumber(
      `argument '${totalArgument}': expected a whole total score from ${min} to ${max}, got ${total}`,
    );
  }
  return addMonths(lastReview, reviewIntervalMonths(total));
}
