/**
 * What Tjenester 3 and 7 share: one 1–5 rating per specialist, averaged and rounded down, then
 * lowered by the item's caps from the registry.
 */
import { applyCaps as applyRegistryCaps } from '../shared/judgement';
import { plural, fmt } from './shared';
import { collect } from './readers';
import { asScore, floorMetric, reason } from '../shared/reasons';
import { Score } from '../../scale/types';
import { itemById } from '../../scale/registry';
import { Reason, ItemResult } from '../../result';
import { notAvailable, invalidNumber } from '../../errors';
import { CellArg, readNumber } from '../../cells';

export function averageRatings(
  itemId: string,
  ratings: readonly number[],
  reasons: Reason[],
): { score: Score; exact: number } {
  if (ratings.length === 0) throw notAvailable("argument 'ratings': no specialist ratings to average");
  let sum = 0;
  for (let i = 0; i < ratings.length; i++) {
    const rating = ratings[i]!;
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
      throw invalidNumber(`argument 'ratings' (entry ${i + 1}): expected a whole score 1–5, got ${rating}`);
    }
    sum += rating;
  }
  const n = ratings.length;
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

export function readRatings(arg: CellArg): number[] {
  return collect([{ argument: 'ratings', arg }], (row, values) => {
    const value = values[0];
    if (value === 1 || value === 2 || value === 3 || value === 4 || value === 5) return value;
    return readNumber(
      value,
      { argument: 'ratings', row },
      { min: 1, max: 5, integer: true, expected: 'a whole score 1–5' },
    );
  });
}
