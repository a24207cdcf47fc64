import { describe, expect, test } from 'vitest';
import { IpsError } from '../../../src/core/errors';
import {
  agreement,
  clearConsensus,
  compareRaters,
  raterAgreement,
  setConsensus,
  setRaterScore,
} from '../../../src/core/review/consensus';
import { newReview } from '../../../src/core/review/model';
import { sampleReview } from '../../../src/core/review/sample';
import type { Score } from '../../../src/core/scale/types';
import { deepFreeze, id, ITEMS, twoRaterReview } from './helpers';

const all = (score: Score): Score[] => ITEMS.map(() => score);

describe('compareRaters', () => {
  // Rater A is 4 everywhere; rater B differs on a few items.
  const first: (Score | null)[] = all(4);
  const second: (Score | null)[] = all(4);
  first[1] = 1;
  second[1] = 2; //  item 2: 1↔2 (low)
  first[2] = 3;
  second[2] = 4; //  item 3: 3↔4 (high)
  first[4] = 4;
  second[4] = 5; //  item 5: 4↔5 (high)
  first[6] = 2;
  second[6] = 5; //  item 7: 2↔5 crosses 2|3, 3|4, 4|5 (high, two important boundaries)
  first[8] = 2;
  second[8] = 3; //  item 9: 2↔3 (low)
  first[10] = 1;
  second[10] = 3; // item 11: 1↔3 (low, spread 2)
  second[12] = null; //              item 13: B has no score
  const review = twoRaterReview(first, second);

  test("per item: the raters' scores, whether they differ, spread and boundaries", () => {
    const result = compareRaters(review);
    expect(result.items).toHaveLength(25);
    const item7 = result.items[6]!;
    expect(item7.itemId).toBe(id(7));
    expect(item7.scores).toEqual([
      { raterId: 'a', name: 'Rater A', score: 2 },
      { raterId: 'b', name: 'Rater B', score: 5 },
    ]);
    expect(item7).toMatchObject({
      differ: true,
      spread: 3,
      min: 2,
      max: 5,
      boundaries: ['2|3', '3|4', '4|5'],
      importance: 'high',
      unanimous: null,
    });
    expect(result.items[0]).toMatchObject({
      differ: false,
      spread: 0,
      boundaries: [],
      importance: 'none',
      unanimous: 4,
    });
    expect(result.items[1]).toMatchObject({ boundaries: ['1|2'], importance: 'low' });
    expect(result.items[10]).toMatchObject({ spread: 2, boundaries: ['1|2', '2|3'], importance: 'low' });
    // One missing score: not a disagreement, not unanimous.
    expect(result.items[12]).toMatchObject({ differ: false, spread: 0, missingRaterIds: ['b'], unanimous: null });
  });

  test('disagreements: 3↔4 and 4↔5 first, 1↔2 and 2↔3 last', () => {
    const order = compareRaters(review).disagreements.map((item) => item.sheetNumber);
    // 7 crosses both important boundaries; then 3 (3|4) and 5 (4|5) by sheet order;
    // then the low ones: 11 (spread 2) before 2 and 9 (spread 1).
    expect(order).toEqual([7, 3, 5, 11, 2, 9]);
  });

  test('warnings: a rater missing scores, and fewer than two raters', () => {
    const warnings = compareRaters(review).warnings;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'raterMissingScores', raterId: 'b', itemIds: [id(13)] });
    expect(warnings[0]!.message.nb).toContain('Rater B');

    const single = newReview({
      id: 'x',
      service: 's',
      team: 't',
      date: '2025-01-01',
      raters: [{ id: 'a', name: 'A' }],
    });
    const codes = compareRaters(single).warnings.map((warning) => warning.code);
    expect(codes).toEqual(['fewerThanTwoRaters', 'raterMissingScores']);
    const none = newReview({ id: 'x', service: 's', team: 't', date: '2025-01-01', raters: [] });
    expect(compareRaters(none).warnings.map((warning) => warning.code)).toEqual(['fewerThanTwoRaters']);
  });

  test('the sample review: three raters without preliminary scores are each flagged', () => {
    const result = compareRaters(sampleReview());
    expect(result.warnings.map((w) => w.raterId)).toEqual(['r1', 'r2', 'r3']);
    expect(result.disagreements).toEqual([]);
    expect(result.items.map((item) => item.consensus)).toEqual([
      5, 5, 5, 2, 3, 4, 5, 3, 4, 3, 4, 4, 4, 4, 4, 4, 5, 4, 4, 5, 5, 5, 3, 5, 4,
    ]);
  });

  test('nothing is averaged: the consensus stays unset until recorded', () => {
    const result = compareRaters(review);
    expect(result.items.every((item) => item.consensus === null)).toBe(true);
  });
});

describe('setConsensus', () => {
  test('returns a new review and leaves the input untouched', () => {
    const review = deepFreeze(twoRaterReview(all(3), all(4)));
    const agreed = setConsensus(review, id(4), 4, '  Enige etter gjennomgang av journalene.  ');
    expect(agreed).not.toBe(review);
    expect(agreed.items[id(4)]).toMatchObject({
      consensus: 4,
      consensusNote: 'Enige etter gjennomgang av journalene.',
    });
    expect(agreed.items[id(4)]!.raterScores).toEqual({ a: 3, b: 4 });
    expect(review.items[id(4)]!.consensus).toBeNull();
    // Other item records are shared, not copied (cheap), and unchanged.
    expect(agreed.items[id(5)]).toBe(review.items[id(5)]);
  });

  test('the score is whatever the raters agreed, even outside their range', () => {
    const review = twoRaterReview(all(3), all(4));
    expect(setConsensus(review, id(1), 5).items[id(1)]!.consensus).toBe(5);
  });

  test('typed errors: bad score, unknown item', () => {
    const review = twoRaterReview(all(3), all(4));
    expect(() => setConsensus(review, id(1), 6 as Score)).toThrow(IpsError);
    expect(() => setConsensus(review, id(1), 4.5 as Score)).toThrow(/whole score/);
    expect(() => setConsensus(review, 'no.such_item', 4)).toThrow(/unknown item/);
  });

  test('clearConsensus and setRaterScore are immutable too', () => {
    const review = deepFreeze(setConsensus(twoRaterReview(all(3), all(4)), id(2), 3));
    expect(clearConsensus(review, id(2)).items[id(2)]!.consensus).toBeNull();
    const changed = setRaterScore(review, 'b', id(2), 3);
    expect(changed.items[id(2)]!.raterScores).toEqual({ a: 3, b: 3 });
    expect(review.items[id(2)]!.raterScores).toEqual({ a: 3, b: 4 });
    expect(() => setRaterScore(review, 'zz', id(2), 3)).toThrow(/unknown rater/);
  });
});

describe('agreement', () => {
  test('identical scores: exact 1, kappa 1', () => {
    expect(agreement([1, 2, 3, 4, 5], [1, 2, 3, 4, 5])).toMatchObject({ exact: 1, kappa: 1, pairs: 5, agreements: 5 });
  });

  test('reversed scores: kappa −1 (hand-computed: observed 40/5 = 8, expected 2·Var = 4)', () => {
    const result = agreement([1, 2, 3, 4, 5], [5, 4, 3, 2, 1]);
    expect(result.exact).toBeCloseTo(0.2, 12);
    expect(result.kappa).toBeCloseTo(-1, 12);
  });

  test('hand-computed: [3,4,4,5] vs [3,4,5,5] → exact 0.75, kappa 1 − 1/5 = 0.8', () => {
    // Observed Σw·n = 1 (one 4↔5 pair). Expected Σw·r_i·c_j/n = (9 + 6 + 5)/4 = 5.
    const result = agreement([3, 4, 4, 5], [3, 4, 5, 5]);
    expect(result).toMatchObject({
      items: 4,
      pairs: 4,
      agreements: 3,
      disagreements: 1,
      excluded: 0,
      kappaUndefinedReason: null,
    });
    expect(result.exact).toBe(0.75);
    expect(result.kappa).toBeCloseTo(0.8, 12);
  });

  test('hand-computed with blanks skipped pairwise: kappa 1 − 1/15', () => {
    // Pairs (1,2), (5,5), (2,2). Observed 1; expected (18 + 18 + 9)/3 = 15.
    const result = agreement([1, null, 3, 5, 2], [2, 4, null, 5, 2]);
    expect(result).toMatchObject({ items: 5, pairs: 3, agreements: 2, excluded: 2 });
    expect(result.exact).toBeCloseTo(2 / 3, 12);
    expect(result.kappa).toBeCloseTo(14 / 15, 12);
  });

  test('constant but different ratings: kappa 0 (defined)', () => {
    expect(agreement([4, 4], [5, 5])).toMatchObject({ exact: 0, kappa: 0 });
  });

  test('kappa undefined: every pair the same single score → exact 1, kappa null ("noVariation")', () => {
    expect(agreement([4, 4, 4, null], [4, 4, 4, 2])).toMatchObject({
      exact: 1,
      kappa: null,
      kappaUndefinedReason: 'noVariation',
      pairs: 3,
    });
  });

  test('no pairs: exact and kappa null ("noPairs")', () => {
    expect(agreement([null, 3], [2, null])).toMatchObject({
      exact: null,
      kappa: null,
      kappaUndefinedReason: 'noPairs',
      pairs: 0,
    });
    expect(agreement([], [])).toMatchObject({ exact: null, pairs: 0 });
  });

  test('lists of different lengths, and values that are not scores, are refused', () => {
    expect(() => agreement([1, 2], [1])).toThrow(/different lengths/);
    expect(() => agreement([1, 6 as Score], [1, 2])).toThrow(/rater 1, item 2: expected a score 1–5, got 6/);
    expect(() => agreement([1, 2], [1, 2.5 as Score])).toThrow(/rater 2, item 2/);
  });

  test('raterAgreement reads two raters of a review', () => {
    const first = all(4),
      second = all(4);
    second[0] = 5;
    const result = raterAgreement(twoRaterReview(first, second), 'a', 'b');
    expect(result.pairs).toBe(25);
    expect(result.exact).toBeCloseTo(24 / 25, 12);
    expect(() => raterAgreement(twoRaterReview(first, second), 'a', 'c')).toThrow(/unknown rater/);
  });
});
