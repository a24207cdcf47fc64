/**
 * The exact sums behind the floors of CASELOAD and VOCATIONAL_TIME (rule 11: 21 ÷ (0.1 + 0.2 +
 * 0.7) = 21): whole numbers of units of 1/3600 (exactUnits) must read as toFraction reads them,
 * ExactSum must equal the sum of the fractions whatever the values, and the rounding-edge tests
 * (nearWholeNumber, nearDisplayTie) must catch every float result that could round otherwise.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CompensatedSum,
  EXACT_UNIT,
  ExactSum,
  exactUnits,
  nearDisplayTie,
  nearWholeNumber,
  sumExactly,
  toFraction,
} from '../../../../src/core/items/shared/reasons';

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/** Σ values as an exact fraction with BigInt, one toFraction per value: the reference. */
function referenceSum(values: readonly number[]): [bigint, bigint] | undefined {
  let num = 0n;
  let den = 1n;
  for (const value of values) {
    const fraction = toFraction(value);
    if (!fraction) return undefined;
    num = num * BigInt(fraction[1]) + BigInt(fraction[0]) * den;
    den *= BigInt(fraction[1]);
  }
  const big = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : big(b, a % b));
  const divisor = big(num, den);
  return [num / divisor, den / divisor];
}

describe('exactUnits', () => {
  it('k / 3600 for any whole k below 10 000 × 3600 in size is k units, and toFraction reads it as k/3600 in lowest terms', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10_000 * EXACT_UNIT - 1), max: 10_000 * EXACT_UNIT - 1 }), (k) => {
        const value = k / EXACT_UNIT;
        expect(exactUnits(value)).toBe(k);
        const divisor = gcd(k, EXACT_UNIT) || 1;
        expect(toFraction(value)).toEqual([k / divisor, EXACT_UNIT / divisor]);
      }),
      { numRuns: 20_000 },
    );
  });

  it('values that are not whole units, too large, or not finite have none (NaN)', () => {
    for (const value of [0.001, 1 / 7, 0.1234, 5e-324, 10_000, -10_000, 1e20, NaN, Infinity, -Infinity]) {
      expect(exactUnits(value), String(value)).toBeNaN();
    }
    expect(exactUnits(0.8)).toBe(2880);
    expect(exactUnits(2 / 3)).toBe(2400);
    expect(exactUnits(93.5)).toBe(336_600);
  });
});

describe('ExactSum', () => {
  it('equals the sum of the fractions (BigInt) for units, odd fractions and whole numbers mixed, in any order', () => {
    const value = fc.oneof(
      fc.integer({ min: -500, max: 500 }),
      fc.integer({ min: -100_000, max: 100_000 }).map((units) => units / EXACT_UNIT),
      fc.integer({ min: 1, max: 999 }).map((thousandths) => thousandths / 1000), // not all whole units
      fc.constantFrom(1 / 7, 2 / 7, 0.001, 1 / 3, 0.15, 99.99, 12.3456),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), (values) => {
        const reference = referenceSum(values);
        const total = sumExactly(values);
        if (
          reference === undefined ||
          reference[0] > BigInt(Number.MAX_SAFE_INTEGER) ||
          reference[1] > BigInt(Number.MAX_SAFE_INTEGER)
        )
          return;
        if (total.exact === undefined) return; // past safe integers on the way: no exact sum, never a wrong one
        expect(total.exact).toEqual([Number(reference[0]), Number(reference[1])]);
        expect(sumExactly([...values].reverse()).exact).toEqual(total.exact);
      }),
      { numRuns: 2000 },
    );
  });

  it('the float sum is the plain sum in the order given; whole numbers past 2^53 or a value without a fraction give no exact sum', () => {
    const values = [0.1, 0.2, 0.7, 1 / 7, 3];
    const sum = new ExactSum();
    for (const value of values) sum.add(value);
    expect(sum.total().float).toBe(values.reduce((a, b) => a + b, 0));
    expect(sumExactly([2 ** 53, 1]).exact).toBeUndefined();
    expect(sumExactly([0.5, 5e-324]).exact).toBeUndefined();
  });

  it('CompensatedSum adds as the Neumaier sum does: 1e16 + 1 − 1e16 = 1', () => {
    const sum = new CompensatedSum();
    for (const value of [1e16, 1, -1e16]) sum.add(value);
    expect(sum.total()).toBe(1);
  });
});

describe('nearWholeNumber and nearDisplayTie', () => {
  it('a float result within the error of a sum of n terms of a whole number, or of a tie in hundredths, is near; others are not', () => {
    expect(nearWholeNumber(21, 3)).toBe(true);
    expect(nearWholeNumber(20.999999999999996, 3)).toBe(true);
    expect(nearWholeNumber(21.000000001, 3)).toBe(true); // floorMetric's 1e-9
    expect(nearWholeNumber(21.00001, 3)).toBe(false);
    expect(nearWholeNumber(28.695751985206243, 100_000)).toBe(false);
    expect(nearDisplayTie(0.625, 2)).toBe(true);
    expect(nearDisplayTie(0.6249999999999999, 2)).toBe(true);
    expect(nearDisplayTie(76666.40000004823, 100_000)).toBe(false);
    expect(nearDisplayTie(0.63, 2)).toBe(false);
    expect(nearWholeNumber(NaN, 1) && nearDisplayTie(Infinity, 1)).toBe(true);
  });

  it('whenever a float sum of tenths, twentieths or thirds over a whole count floors or rounds differently from the exact quotient, it is near', () => {
    const share = fc.constantFrom(0.1, 0.2, 0.3, 0.7, 0.8, 0.9, 0.15, 0.35, 1 / 3, 2 / 3, 0.05, 0.45);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4000 }),
        fc.array(share, { minLength: 1, maxLength: 300 }),
        (clients, shares) => {
          const floatSum = shares.reduce((a, b) => a + b, 0);
          const exact = sumExactly(shares).exact!;
          const quotient = clients / floatSum;
          const exactQuotient = (clients * exact[1]) / exact[0];
          const floors =
            Math.floor(quotient + 1e-9) !== Math.floor(exactQuotient) ||
            Math.floor(quotient) !== Math.floor(exactQuotient);
          const rounds = (value: number) => Math.round(value * 100);
          if (floors) expect(nearWholeNumber(quotient, shares.length)).toBe(true);
          if (rounds(quotient) !== rounds(exactQuotient)) expect(nearDisplayTie(quotient, shares.length)).toBe(true);
          if (rounds(floatSum) !== rounds(exact[0] / exact[1]))
            expect(nearDisplayTie(floatSum, shares.length)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
