import { invalidNumber, invalidValue } from '../errors';
import type { Score } from '../scale/types';

export interface AgreementCounts {
  /** Items in the two lists (they must be the same length). */
  readonly items: number;
  /** Items both raters scored: the basis of every statistic. */
  readonly pairs: number;
  /** Pairs with equal scores. */
  readonly agreements: number;
  readonly disagreements: number;
  /** Items at least one rater left unscored (excluded). */
  readonly excluded: number;
}

export interface AgreementResult extends AgreementCounts {
  /** Share of pairs with equal scores (0–1); null when there are no pairs. */
  readonly exact: number | null;
  /**
   * Quadratic-weighted Cohen's kappa over the categories 1–5 (−1 … 1); null when it is not
   * defined: no pairs, or both raters gave one and the same score to every pair (the expected
   * disagreement is 0, so kappa is 0/0). In that case `exact` is 1 and `kappaUndefinedReason`
   * says why.
   */
  readonly kappa: number | null;
  readonly kappaUndefinedReason: 'noPairs' | 'noVariation' | null;
}

/**
 * Agreement between two raters' scores of the same items (parallel lists, null = unscored):
 * exact agreement and quadratic-weighted Cohen's kappa, over the items both scored.
 *
 * kappa_w = 1 − Σ w·O / Σ w·E with disagreement weights w = (i − j)², O the observed pair
 * proportions and E the product of the two raters' marginal proportions.
 */
export function agreement(a: readonly (Score | null)[], b: readonly (Score | null)[]): AgreementResult {
  if (a.length !== b.length) {
    throw invalidValue(
      `the two raters' lists have different lengths (${a.length} and ${b.length}): they must hold the same items`,
    );
  }
  const tally = newPairTally(a.length);
  // No call inside the loop, not even the throw (see items/shared/long-lists.ts): a pair that is
  // not two scores 1–5 stops it, and is reported after it.
  let badPair = -1;
  for (let index = 0; index < a.length; index++) {
    const x = a[index],
      y = b[index];
    if (x == null || y == null) continue;
    if (!(Number.isInteger(x) && x >= 1 && x <= 5 && Number.isInteger(y) && y >= 1 && y <= 5)) {
      badPair = index;
      break;
    }
    tally.pairs++;
    if (x === y) tally.agreements++;
    tally.counts[(x - 1) * 5 + y - 1]!++;
    tally.rowTotals[x - 1]!++;
    tally.columnTotals[y - 1]!++;
  }
  if (badPair >= 0) throwBadScore(a[badPair]!, b[badPair]!, badPair);
  return agreementOfTally(tally);
}

/** The pairs of scores counted: what every statistic is computed from. */
export interface PairTally {
  /** Items in the two lists. */
  readonly items: number;
  pairs: number;
  agreements: number;
  /** Pairs per (rater 1's score, rater 2's score): counts[(x − 1) × 5 + y − 1]. */
  readonly counts: Float64Array;
  /** Pairs per rater 1's score, and per rater 2's score. */
  readonly rowTotals: Float64Array;
  readonly columnTotals: Float64Array;
}

export function newPairTally(items: number): PairTally {
  return {
    items,
    pairs: 0,
    agreements: 0,
    counts: new Float64Array(25),
    rowTotals: new Float64Array(5),
    columnTotals: new Float64Array(5),
  };
}

/** Exact agreement and kappa (see agreement) from the pairs counted. */
export function agreementOfTally(tally: PairTally): AgreementResult {
  const { items, pairs, agreements, counts, rowTotals, columnTotals } = tally;
  const base = { items, pairs, agreements, disagreements: pairs - agreements, excluded: items - pairs };
  if (pairs === 0) return { ...base, exact: null, kappa: null, kappaUndefinedReason: 'noPairs' };
  let observed = 0,
    expected = 0;
  for (let i = 0; i < 5; i++) {
    for (let j = 0; j < 5; j++) {
      const weight = (i - j) * (i - j);
      observed += weight * counts[i * 5 + j]!;
      expected += (weight * rowTotals[i]! * columnTotals[j]!) / pairs;
    }
  }
  const exact = agreements / pairs;
  if (expected === 0) return { ...base, exact, kappa: null, kappaUndefinedReason: 'noVariation' };
  return { ...base, exact, kappa: 1 - observed / expected, kappaUndefinedReason: null };
}

/** The error for the first pair that is not two scores 1–5: rater 1's score is checked first. */
function throwBadScore(x: number, y: number, index: number): never {
  const [value, rater] = !Number.isInteger(x) || x < 1 || x > 5 ? [x, 1] : [y, 2];
  throw invalidNumber(`rater ${rater}, item ${index + 1}: expected a score 1–5, got ${value}`);
}
