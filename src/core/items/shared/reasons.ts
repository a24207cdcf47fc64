import type { Reason } from '../../result';
import { SCORES, type Score } from '../../scale/types';
import { formatNumber as formatText } from '../../text';

/** Builds a reason; every calculator explains itself in both languages. */
export function reason(rule: string, nb: string, en: string): Reason {
  return { rule, text: { nb, en } };
}

/** Round down, as the manual requires (rule 11), tolerant of binary floating-point noise (0.1+0.2+0.7). */
export function floorMetric(value: number): number {
  return Math.floor(value + 1e-9);
}

export function asScore(value: number): Score {
  const score = SCORES.find((s) => s === value);
  if (score === undefined) throw new RangeError(`not a score: ${value}`);
  return score;
}

/** A number in a reason, at most `decimals` decimals, by the one formatter (decimal comma in bokmål). */
export function formatNumber(value: number, language: 'nb' | 'en', decimals = 2): string {
  return formatText(value, language, { decimals });
}

/**
 * A finite number as an exact fraction [numerator, denominator > 0]: the simplest fraction within
 * a relative 1e-12 of it (continued fractions, denominator ≤ 1e9). Recovers what the user meant
 * from the binary double: 0.1 → 1/10, 0.7 → 7/10, =2/3 → 2/3, 93.5 → 187/2. Undefined when no
 * such fraction exists in safe integers (e.g. 5e-324). Plain numbers, no BigInt, so the core
 * also runs where the build targets ES2019 (Apps Script).
 */
export function toFraction(value: number): readonly [number, number] | undefined {
  if (!Number.isFinite(value)) return undefined;
  if (Number.isInteger(value)) return Number.isSafeInteger(value) ? [value, 1] : undefined;
  const negative = value < 0;
  const x = Math.abs(value);
  const tolerance = 1e-12 * x;
  let [h0, h1, k0, k1] = [0, 1, 1, 0];
  let rest = x;
  for (let step = 0; step < 64 && Number.isFinite(rest); step++) {
    const whole = Math.floor(rest);
    [h0, h1] = [h1, whole * h1 + h0];
    [k0, k1] = [k1, whole * k1 + k0];
    if (!Number.isSafeInteger(h1) || k1 > 1e9) return undefined;
    if (Math.abs(h1 / k1 - x) <= tolerance) return [negative ? -h1 : h1, k1];
    const fraction = rest - whole;
    if (fraction <= 0) break;
    rest = 1 / fraction;
  }
  return undefined;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** A sum of numbers: exactly as a fraction [numerator, denominator > 0] when possible, and as a plain float sum. */
export interface ExactTotal {
  /** Σ as one exact fraction of the fractions the user typed (see toFraction); undefined beyond safe integers. */
  readonly exact: readonly [number, number] | undefined;
  /** Σ in floating point, added in the order given (the fallback beyond safe integers). */
  readonly float: number;
}

/** The sum of n ones (e.g. n specialists): exact while n is a safe integer. */
export function countTotal(n: number): ExactTotal {
  return { exact: Number.isSafeInteger(n) ? [n, 1] : undefined, float: n };
}

/**
 * The fixed-point unit of exact sums: 1/3600 (3600 = 2⁴·3²·5²), so halves, thirds, quarters,
 * fifths, sixths, eighths, ninths, tenths, twelfths, sixteenths, twentieths and hundredths (FTEs
 * such as 0.8 or 2/3, percents such as 93.5) are whole numbers of units, and sums of them are
 * sums of integers.
 */
export const EXACT_UNIT = 3600;

/** Below this size a value's units are exact and its fraction is k/EXACT_UNIT (see exactUnits). */
const UNITS_BELOW = 10_000;

/**
 * The value as a whole number k of units (value = k / EXACT_UNIT as a double), or NaN when it is
 * not one (e.g. 0.001, 1/7) or not below 10 000 in size. When it is, toFraction(value) is
 * k / EXACT_UNIT in lowest terms: that fraction is within half a unit in the last place of value,
 * so it is a convergent of its continued fraction (Legendre), and any simpler fraction lies at
 * least 1/3600² ≈ 7.7e-8 away, far outside toFraction's tolerance of 1e-12 × value for values
 * below 10 000 (every such k was checked once; tests/core/items/shared/exact-sums.test.ts samples them). Adding
 * units is therefore the same exact sum as adding the fractions, without a toFraction per value.
 */
export function exactUnits(value: number): number {
  const units = Math.round(value * EXACT_UNIT);
  return units / EXACT_UNIT === value && units < UNITS_BELOW * EXACT_UNIT && units > -UNITS_BELOW * EXACT_UNIT
    ? units
    : NaN;
}

/**
 * The values of an exact sum that are neither whole numbers nor whole numbers of units (see
 * exactUnits; rare in real lists, e.g. 0.001 or 1/7), counted per distinct value, so each
 * distinct value is turned into a fraction (toFraction) once, when the total is taken.
 *
 * Used by ExactSum, which adds the whole numbers and the units itself.
 */
class OddFractions {
  private counts: Map<number, number> | undefined;
  private invalid = false;

  /** Counts one value; a value that is not finite makes the exact total unknown. */
  add(value: number): void {
    if (!Number.isFinite(value)) {
      this.invalid = true;
      return;
    }
    const counts = (this.counts ??= new Map<number, number>());
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }

  /**
   * The exact sum of `whole` (a sum of whole numbers), `units` (a sum of whole numbers of units)
   * and the values counted here, each multiplied by `scale` (e.g. 100 for fractions read as
   * percent); `float` is the float sum the caller added up in its order. The exact sum is
   * undefined when `whole` or `units` is not a safe integer (a sum of values ≥ 0 that went past
   * one is not), or a value has no fraction (see toFraction); it does not depend on the order of
   * the values.
   */
  total(whole: number, units: number, float: number, scale = 1): ExactTotal {
    return { exact: this.exact(whole, units, scale), float };
  }

  private exact(whole: number, units: number, scale: number): [number, number] | undefined {
    if (this.invalid || !Number.isSafeInteger(whole) || !Number.isSafeInteger(units)) return undefined;
    let num = whole * scale;
    let den = 1;
    if (!Number.isSafeInteger(num)) return undefined;
    const add = (n: number, d: number): boolean => {
      if (!Number.isSafeInteger(n)) return false;
      const common = (den / gcd(den, d)) * d; // lcm
      num = num * (common / den) + n * (common / d);
      den = common;
      if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den)) return false;
      const divisor = gcd(num, den);
      if (divisor > 1) {
        num /= divisor;
        den /= divisor;
      }
      return true;
    };
    if (units !== 0 && !add(units * scale, EXACT_UNIT)) return undefined;
    if (this.counts !== undefined) {
      for (const [value, count] of this.counts) {
        const fraction = toFraction(scale === 1 ? value : value * scale);
        if (!fraction || !add(fraction[0] * count, fraction[1])) return undefined;
      }
    }
    return [num, den];
  }
}

/**
 * Adds numbers exactly, cheaply for long lists: whole numbers are added as integers, whole
 * numbers of units (see exactUnits) as integers of units, and every other value is counted per
 * distinct value (OddFractions). Linear in the number of values, no allocation per value. The
 * result does not depend on the order of the values.
 */
export class ExactSum {
  private whole = 0;
  private units = 0;
  private safe = true;
  private float = 0;
  private readonly odd = new OddFractions();

  add(value: number): void {
    this.float += value;
    if (Number.isInteger(value)) {
      this.whole += value;
      if (!Number.isSafeInteger(this.whole)) this.safe = false;
      return;
    }
    const units = exactUnits(value);
    if (units === units) {
      this.units += units;
      if (!Number.isSafeInteger(this.units)) this.safe = false;
      return;
    }
    this.odd.add(value);
  }

  total(): ExactTotal {
    return this.safe ? this.odd.total(this.whole, this.units, this.float) : { exact: undefined, float: this.float };
  }
}

/** A compensated (Neumaier) sum: the result does not depend on the order of the terms in practice. */
export class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  add(value: number): void {
    const next = this.sum + value;
    this.compensation += Math.abs(this.sum) >= Math.abs(value) ? this.sum - next + value : value - next + this.sum;
    this.sum = next;
  }

  total(): number {
    return this.sum + this.compensation;
  }
}

/** Σ values as an ExactTotal (exact fraction and float sum). */
export function sumExactly(values: ArrayLike<number>): ExactTotal {
  const sum = new ExactSum();
  for (let i = 0; i < values.length; i++) sum.add(values[i]!);
  return sum.total();
}

/**
 * How far a value computed from float sums of `terms` values ≥ 0 (and one division) may lie from
 * the value of the exact sums: such a float sum is within terms·2⁻⁵³ (relative) of the sum of the
 * values, and toFraction reads each value within 1e-12 of it. Twice that, plus 2e-9 for
 * floorMetric's 1e-9.
 */
function floatMargin(value: number, terms: number): number {
  return 2 * (1e-12 + (terms + 2) * 2 ** -53) * Math.abs(value) + 2e-9;
}

/**
 * True when `value`, computed from float sums of `terms` values ≥ 0, is so close to a whole
 * number that its floor from the exact sums might differ. A caller that adds floats in its hot
 * loop adds the values again with ExactSum when this (or nearDisplayTie) is true, so its floors
 * and texts are those of the exact sums.
 */
export function nearWholeNumber(value: number, terms: number): boolean {
  return !Number.isFinite(value) || Math.abs(value - Math.round(value)) <= floatMargin(value, terms);
}

/** True when `value` (see nearWholeNumber) is so close to a tie in hundredths (x.xx5, where formatNumber rounds) that its text from the exact sums might differ. */
export function nearDisplayTie(value: number, terms: number): boolean {
  const hundredths = value * 100;
  return (
    !Number.isFinite(value) || Math.abs(hundredths - Math.floor(hundredths) - 0.5) <= 100 * floatMargin(value, terms)
  );
}

/**
 * floor(a ÷ b) for two totals, exact on the fractions the user typed when both are exact, so
 * 21 ÷ (0.1 + 0.2 + 0.3 + 0.3 + 0.1) is 21, not 20.999…; otherwise floorMetric of the float
 * quotient. Throws RangeError when b is 0.
 */
export function floorOfTotals(a: ExactTotal, b: ExactTotal): number {
  const x = a.exact;
  const y = b.exact;
  if (x && y) {
    if (y[0] === 0) throw new RangeError('division by zero');
    let p = x[0] * y[1];
    let q = x[1] * y[0];
    if (Number.isSafeInteger(p) && Number.isSafeInteger(q)) {
      if (q < 0) {
        p = -p;
        q = -q;
      }
      return Math.floor(p / q); // exact for safe integers: the gap to the next integer exceeds the rounding error
    }
  }
  if (b.float === 0) throw new RangeError('division by zero');
  return floorMetric(a.float / b.float);
}

/** a ÷ b for display, from the exact fractions when possible (21, not 20.999…). */
export function quotientOfTotals(a: ExactTotal, b: ExactTotal): number {
  const x = a.exact;
  const y = b.exact;
  if (x && y && y[0] !== 0) return (x[0] * y[1]) / (x[1] * y[0]);
  return a.float / b.float;
}

/**
 * floor(Σ numerators ÷ Σ denominators), computed exactly on the fractions the user typed
 * (see toFraction), so 21 ÷ (0.1 + 0.2 + 0.3 + 0.3 + 0.1) is 21, not 20.999…, and the order of
 * the terms never matters. Beyond safe integers (never with real caseloads, FTEs or percents) it
 * falls back to floorMetric. Throws RangeError when the denominators sum to 0.
 */
export function floorOfQuotient(numerators: readonly number[], denominators: readonly number[]): number {
  return floorOfTotals(sumExactly(numerators), sumExactly(denominators));
}

/** Σ numerators ÷ Σ denominators for display, from the exact fractions when possible (21, not 20.999…). */
export function exactQuotient(numerators: readonly number[], denominators: readonly number[]): number {
  return quotientOfTotals(sumExactly(numerators), sumExactly(denominators));
}

/**
 * A reason whose text is built only when it is read, once per language: for explanations that
 * list every row (100 000 specialists), which a spreadsheet asking for the score never reads.
 * The text is an ordinary object with the properties nb and en (getters), so it reads, spreads,
 * compares and serialises as a plain Text.
 */
export function lazyReason(rule: string, nb: () => string, en: () => string): Reason {
  let nbText: string | undefined;
  let enText: string | undefined;
  const text = {
    get nb(): string {
      if (nbText === undefined) nbText = nb();
      return nbText;
    },
    get en(): string {
      if (enText === undefined) enText = en();
      return enText;
    },
  };
  return { rule, text };
}
