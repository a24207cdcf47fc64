/**
 * Exact arithmetic for rounding down (rule 11, manual 1758–1768): the helpers of
 * src/core/items/shared/reasons.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  ExactSum,
  exactQuotient,
  floorOfQuotient,
  lazyReason,
  sumExactly,
  toFraction,
} from '../../../../src/core/items/shared/reasons';
import fc from 'fast-check';
import { call } from '../helpers/staffing-organization';

// ---------------------------------------------------------------------------------------------
// Exact arithmetic (rule 11: round down) — reasons.ts helpers
// ---------------------------------------------------------------------------------------------

describe('exact rounding down (rule 11, 1758–1768)', () => {
  it('rule 11 (1762–1768): an average of 5,6 is rounded down to 5, never to the nearest whole number', () => {
    expect(floorOfQuotient([5.6], [1])).toBe(5);
    expect(floorOfQuotient([11], [3])).toBe(3); // «3,6 -> 3» (3199, 3394)
  });

  it('recovers the decimals the user typed from binary doubles', () => {
    expect(toFraction(0.1)).toEqual([1, 10]);
    expect(toFraction(0.7)).toEqual([7, 10]);
    expect(toFraction(2 / 3)).toEqual([2, 3]);
    expect(toFraction(93.5)).toEqual([187, 2]);
    expect(toFraction(-0.25)).toEqual([-1, 4]);
    expect(toFraction(12)).toEqual([12, 1]);
    expect(toFraction((100 * (320 - 4.5)) / 320)).toEqual([3155, 32]);
    expect(toFraction(5e-324)).toBeUndefined();
    expect(toFraction(NaN)).toBeUndefined();
  });

  it('float trap: 21 ÷ (0,1 + 0,2 + 0,3 + 0,3 + 0,1) is exactly 21 (IEEE gives 20,999…); 21 ÷ (0,1 + 0,2 + 0,7) is 21 in any order', () => {
    expect(21 / (0.1 + 0.2 + 0.3 + 0.3 + 0.1)).toBeLessThan(21);
    expect(floorOfQuotient([21], [0.1, 0.2, 0.3, 0.3, 0.1])).toBe(21);
    expect(floorOfQuotient([21], [0.1, 0.2, 0.7])).toBe(21);
    expect(floorOfQuotient([21], [0.7, 0.2, 0.1])).toBe(21);
    expect(floorOfQuotient([14], [1 / 3, 1 / 3])).toBe(21);
    expect(floorOfQuotient([29], [1])).toBe(29);
    expect(floorOfQuotient([0.29 * 100], [1])).toBe(29);
  });

  it('rejects a zero denominator; falls back to a tolerant floor beyond safe integers', () => {
    expect(() => floorOfQuotient([1], [0])).toThrow(RangeError);
    expect(floorOfQuotient([1e300], [1e290])).toBe(1e10);
    expect(floorOfQuotient([5e-324], [1])).toBe(0);
  });

  /** Σ values as an exact fraction with BigInt, one toFraction per value: the reference. */
  function referenceSum(values: readonly number[]): [bigint, bigint] {
    let num = 0n;
    let den = 1n;
    for (const value of values) {
      const [n, d] = toFraction(value)!;
      num = num * BigInt(d) + BigInt(n) * den;
      den *= BigInt(d);
    }
    const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
    const divisor = gcd(num, den);
    return [num / divisor, den / divisor];
  }

  it('ExactSum: the exact sum of the typed values (as BigInt arithmetic gives), in any order, with few or many distinct values', () => {
    const value = fc.oneof(
      fc.integer({ min: -500, max: 500 }),
      fc.integer({ min: 1, max: 100 }).map((hundredths) => hundredths / 100),
      fc.integer({ min: -1000, max: 1000 }).map((tenths) => tenths / 10),
      fc.constantFrom(1 / 3, 2 / 3, 0.1, 0.2, 0.7, 93.5),
    );
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 40 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
        (values, order) => {
          const [num, den] = referenceSum(values);
          const total = sumExactly(values);
          expect(total.exact).toEqual([Number(num), Number(den)]);
          const shuffled = values
            .map((v, i) => ({ v, k: order[i % order.length]! * 100 + i }))
            .sort((a, b) => a.k - b.k)
            .map(({ v }) => v);
          expect(sumExactly(shuffled).exact).toEqual(total.exact);
          // the float sum is the plain left-to-right sum (the fallback beyond safe integers)
          expect(total.float).toBe(values.reduce((a, b) => a + b, 0));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('ExactSum: non-finite or unsafe values give no exact sum; adding one at a time equals summing a list', () => {
    expect(sumExactly([1, NaN]).exact).toBeUndefined();
    expect(sumExactly([Infinity]).exact).toBeUndefined();
    expect(sumExactly([2 ** 53, 1]).exact).toBeUndefined();
    expect(sumExactly([5e-324]).exact).toBeUndefined();
    expect(sumExactly([]).exact).toEqual([0, 1]);
    const sum = new ExactSum();
    for (let i = 0; i < 30; i++) sum.add((i % 12) / 10); // 12 distinct values: past the small list, into the Map
    expect(sum.total().exact).toEqual(sumExactly(Array.from({ length: 30 }, (_, i) => (i % 12) / 10)).exact);
    expect(sum.total().exact).toEqual([147, 10]); // (0 + … + 1.1) · 2 + (0 + … + 0.5) = 13.2 + 1.5 = 14.7
    expect(exactQuotient([21], [0.1, 0.2, 0.3, 0.3, 0.1])).toBe(21);
  });

  it('lazyReason: the text is built when read, once per language, and reads, spreads, compares and serialises as plain text', () => {
    let built = 0;
    const lazy = lazyReason(
      'x.rule',
      () => `nb ${++built}`,
      () => `en ${++built}`,
    );
    expect(built).toBe(0);
    expect(lazy.text.nb).toBe('nb 1');
    expect(lazy.text.nb).toBe('nb 1');
    expect(built).toBe(1);
    expect(lazy).toEqual({ rule: 'x.rule', text: { nb: 'nb 1', en: 'en 2' } });
    expect(built).toBe(2);
    expect(JSON.parse(JSON.stringify(lazy))).toEqual({ rule: 'x.rule', text: { nb: 'nb 1', en: 'en 2' } });
    expect({ ...lazy.text }).toEqual({ nb: 'nb 1', en: 'en 2' });
    expect(structuredClone(lazy)).toEqual({ rule: 'x.rule', text: { nb: 'nb 1', en: 'en 2' } });
  });

  it('the per-specialist explanations of 100 000 rows are built only when the reason is asked for', () => {
    const phases = Array.from({ length: 100_000 }, (_, i) => [true, true, true, i % 4 !== 0, true, true]);
    const started = performance.now();
    expect(call('ALL_PHASES', { phases })).toBe(4);
    const scoreOnly = performance.now() - started;
    const reason = call('ALL_PHASES', { phases, output: 'reason', language: 'en' }) as string;
    expect(reason.startsWith('Row 1: 5 of 6 phases (missing job development) → 4; Row 2: all six phases → 5;')).toBe(
      true,
    );
    expect(reason).toContain('Calculation: 4 + 5 + 5 + 5 + 4');
    expect(scoreOnly).toBeLessThan(1000); // linear and lazy: milliseconds, not seconds
  });
});
