import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { agreement, compareRaters, setConsensus } from '../../../src/core/review/consensus';
import { correctSavedReview, effectiveScore } from '../../../src/core/review/corrections';
import { confirmSuggestion, startRepeatReview } from '../../../src/core/review/repeat';
import type { Score } from '../../../src/core/scale/types';
import { deepFreeze, ITEMS, twoRaterReview } from './helpers';

const score = fc.constantFrom<Score>(1, 2, 3, 4, 5);
const maybeScore = fc.option(score, { nil: null, freq: 5 });
/** Two parallel lists of the same length. */
const pairOfLists = fc
  .integer({ min: 0, max: 40 })
  .chain((length) =>
    fc.tuple(
      fc.array(maybeScore, { minLength: length, maxLength: length }),
      fc.array(maybeScore, { minLength: length, maxLength: length }),
    ),
  );
const sheetScores = fc.array(maybeScore, { minLength: 25, maxLength: 25 });

/** Quadratic-weighted kappa by its closed form: 2·cov / (var_a + var_b + (mean_a − mean_b)²). */
function closedFormKappa(a: readonly (Score | null)[], b: readonly (Score | null)[]): number | null {
  const pairs = a.flatMap((x, i) => (x != null && b[i] != null ? [[x, b[i]!] as const] : []));
  const n = pairs.length;
  if (n === 0) return null;
  const ma = pairs.reduce((s, [x]) => s + x, 0) / n;
  const mb = pairs.reduce((s, [, y]) => s + y, 0) / n;
  const va = pairs.reduce((s, [x]) => s + (x - ma) ** 2, 0) / n;
  const vb = pairs.reduce((s, [, y]) => s + (y - mb) ** 2, 0) / n;
  const cov = pairs.reduce((s, [x, y]) => s + (x - ma) * (y - mb), 0) / n;
  const denominator = va + vb + (ma - mb) ** 2;
  return denominator === 0 ? null : (2 * cov) / denominator;
}

describe('agreement properties', () => {
  test('bounds: exact in [0, 1], kappa in [−1, 1]; counts add up', () => {
    fc.assert(
      fc.property(pairOfLists, ([a, b]) => {
        const result = agreement(a, b);
        expect(result.pairs + result.excluded).toBe(a.length);
        expect(result.agreements + result.disagreements).toBe(result.pairs);
        if (result.pairs === 0) {
          expect(result.exact).toBeNull();
          expect(result.kappaUndefinedReason).toBe('noPairs');
        } else {
          expect(result.exact).toBeGreaterThanOrEqual(0);
          expect(result.exact).toBeLessThanOrEqual(1);
        }
        if (result.kappa !== null) {
          expect(result.kappa).toBeGreaterThanOrEqual(-1 - 1e-12);
          expect(result.kappa).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('kappa equals the closed form and is undefined exactly when it is 0/0', () => {
    fc.assert(
      fc.property(pairOfLists, ([a, b]) => {
        const result = agreement(a, b);
        const expected = closedFormKappa(a, b);
        if (expected === null) expect(result.kappa).toBeNull();
        else expect(result.kappa).toBeCloseTo(expected, 9);
        if (result.kappaUndefinedReason === 'noVariation') expect(result.exact).toBe(1);
      }),
      { numRuns: 500 },
    );
  });

  test('symmetric in the two raters', () => {
    fc.assert(
      fc.property(pairOfLists, ([a, b]) => {
        const ab = agreement(a, b),
          ba = agreement(b, a);
        expect(ba.exact).toBe(ab.exact);
        if (ab.kappa === null) expect(ba.kappa).toBeNull();
        else expect(ba.kappa).toBeCloseTo(ab.kappa, 12);
      }),
    );
  });

  test('a rater agrees with themself: exact 1, kappa 1 or undefined', () => {
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 30 }), (a) => {
        const result = agreement(a, a);
        expect(result.exact).toBe(1);
        expect(result.kappa === null || Math.abs(result.kappa - 1) < 1e-12).toBe(true);
      }),
    );
  });

  test('the inputs are not modified', () => {
    fc.assert(
      fc.property(pairOfLists, ([a, b]) => {
        const copyA = [...a],
          copyB = [...b];
        agreement(Object.freeze(a), Object.freeze(b));
        expect(a).toEqual(copyA);
        expect(b).toEqual(copyB);
      }),
    );
  });
});

describe('immutability of review operations', () => {
  test('setConsensus, corrections and repeat reviews never modify their input', () => {
    fc.assert(
      fc.property(sheetScores, sheetScores, fc.integer({ min: 0, max: 24 }), score, (first, second, index, agreed) => {
        const review = deepFreeze(twoRaterReview(first, second));
        const snapshot = JSON.stringify(review);
        const itemId = ITEMS[index]!.id;
        const agreedReview = deepFreeze(setConsensus(review, itemId, agreed, 'note'));
        compareRaters(agreedReview);
        expect(JSON.stringify(review)).toBe(snapshot);
        expect(agreedReview.items[itemId]!.consensus).toBe(agreed);

        const corrected = correctSavedReview(
          agreedReview,
          itemId,
          agreed === 5 ? 4 : 5,
          'feil i utregningen',
          '2025-04-01',
        );
        expect(agreedReview.corrections).toHaveLength(0);
        expect(agreedReview.items[itemId]!.consensus).toBe(agreed);
        expect(corrected.items[itemId]!.consensus).toBe(agreed);
        expect(effectiveScore(corrected, itemId)).toBe(agreed === 5 ? 4 : 5);

        const repeat = startRepeatReview(agreedReview, { id: 'r-2', date: '2025-09-01', raters: agreedReview.raters });
        const confirmed = confirmSuggestion(deepFreeze(repeat), itemId);
        expect(repeat.items[itemId]!.consensus).toBeNull();
        expect(confirmed.items[itemId]!.consensus).toBe(agreed);
        expect(JSON.stringify(review)).toBe(snapshot);
      }),
      { numRuns: 200 },
    );
  });
});
