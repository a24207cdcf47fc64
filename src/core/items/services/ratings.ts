/**
 * What Tjenester 3 and 7 share: one 1–5 rating per specialist, averaged and rounded down, then
 * lowered by the item's caps from the registry.
 */
import { applyCaps as applyRegistryCaps } from '../shared/judgement';
import { plural, fmt } from './shared';
import { readInTwoCalls } from '../shared/long-lists';
import { asScore, floorMetric, reason } from '../shared/reasons';
import { Score } from '../../scale/types';
import { itemById } from '../../scale/registry';
import { Reason, ItemResult } from '../../result';
import { notAvailable, invalidNumber } from '../../errors';
import { CellArg, CellMatrix, CellValue, columnRows, isBlank, isOmitted, readNumber } from '../../cells';

/** How many ratings there are and their sum: all the mean needs. */
export interface RatingTotals {
  readonly count: number;
  readonly sum: number;
}

/** The totals of typed ratings, each checked to be a whole score 1–5. */
export function totalOfRatings(ratings: readonly number[]): RatingTotals {
  let sum = 0;
  for (let i = 0; i < ratings.length; i++) {
    const rating = ratings[i]!;
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
      throw invalidNumber(`argument 'ratings' (entry ${i + 1}): expected a whole score 1–5, got ${rating}`);
    }
    sum += rating;
  }
  return { count: ratings.length, sum };
}

/** The mean of the ratings rounded down (rule 11, 1758–1768), with its reason. */
export function meanOfRatings(
  itemId: string,
  { count: n, sum }: RatingTotals,
  reasons: Reason[],
): { score: Score; exact: number } {
  if (n === 0) throw notAvailable("argument 'ratings': no specialist ratings to average");
  const exact = sum / n;
  const score = asScore(floorMetric(exact));
  reasons.push(
    reason(
      `${itemId}.mean_rounded_down`,
      `Skårene for ${n} ${plural(n, 'jobbspesialist', 'jobbspesialister')} summeres til ${sum} og deles på ${n}: ${fmt(exact, 'nb')}, rundet ned → ${score}.`,
      `The ratings of ${n} ${plural(n, 'specialist', 'specialists')} add up to ${sum}, divided by ${n}: ${fmt(exact, 'en')}, rounded down → ${score}.`,
    ),
  );
  return { score, exact };
}

/** The averaged score lowered by the registry caps that apply (shared with JUDGEMENT). */
export function withRegistryCaps(
  itemId: string,
  mean: Score,
  exact: number,
  flags: readonly boolean[] | undefined,
  reasons: Reason[],
): ItemResult {
  const capped = applyRegistryCaps(itemById(itemId), mean, flags ?? []);
  return {
    itemId,
    score: capped.score,
    metric: mean,
    metricUnit: 'score',
    exactMetric: exact,
    reasons: [...reasons, ...capped.reasons],
  };
}

/**
 * The ratings in `ratings`, one per row, blank rows left out, as their count and sum (a list of
 * 100 000 numbers costs more than reading them). The usual cell (a whole score 1–5) is read by a
 * loop without calls (see long-lists.ts) that stops at any other cell; that one goes through
 * readRatingCell (the same messages, in row order), and the loop goes on after it.
 */
export function readRatingTotals(arg: CellArg): RatingTotals {
  const cells = isOmitted(arg) ? [] : columnRows(arg, 'ratings');
  const totals = new Float64Array(2);
  readInTwoCalls(cells.length, (from, to) => readRatingRange(cells, from, to, totals));
  return { count: totals[COUNT]!, sum: totals[SUM]! };
}

/** Where readRatingRange keeps its running totals. */
const COUNT = 0;
const SUM = 1;

/** Rows [from, to) of `cells`, added to `totals`. */
function readRatingRange(cells: CellMatrix, from: number, to: number, totals: Float64Array): void {
  for (let r = from; r < to; r++) {
    r = readUsualRatings(cells, r, to, totals);
    if (r === to) break;
    const value = cells[r]![0];
    if (isBlank(value)) continue;
    totals[COUNT]!++;
    totals[SUM]! += readRatingCell(value, r + 1);
  }
}

/** Rows from `from` while each holds a whole score 1–5, added to `totals`: the index of the first other row (or `to`). */
function readUsualRatings(cells: CellMatrix, from: number, to: number, totals: Float64Array): number {
  let count = totals[COUNT]!;
  let sum = totals[SUM]!;
  let r = from;
  for (; r < to; r++) {
    const value = cells[r]![0];
    if (value !== 1 && value !== 2 && value !== 3 && value !== 4 && value !== 5) break;
    count++;
    sum += value;
  }
  totals[COUNT] = count;
  totals[SUM] = sum;
  return r;
}

/** Any other cell that is not blank: a rating, or the error naming the row. */
function readRatingCell(value: CellValue, row: number): number {
  return readNumber(
    value,
    { argument: 'ratings', row },
    { min: 1, max: 5, integer: true, expected: 'a whole score 1–5' },
  );
}
