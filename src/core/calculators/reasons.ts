import type { Reason } from '../result';
import { SCORES, type Score } from '../scale/types';

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

/** Norwegian number formatting for reasons (decimal comma). */
export function formatNumber(value: number, language: 'nb' | 'en', decimals = 2): string {
  const rounded = Math.round(value * 10 ** decimals) / 10 ** decimals;
  const textValue = String(rounded);
  return language === 'nb' ? textValue.replace('.', ',') : textValue;
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

/** How many distinct non-integer values are kept in a plain array before switching to a Map. */
const SMALL_DISTINCT = 8;

/**
 * Adds numbers exactly, cheaply for long lists: whole numbers are added as integers; every other
 * value is counted per distinct value, and each distinct value is turned into a fraction
 * (toFraction) once, when the total is taken. Linear in the number of values, no allocation per
 * value. The result does not depend on the order of the values.
 */
export class ExactSum {
  private integers = 0;
  private integersSafe = true;
  private float = 0;
  /** Distinct non-integer values and their counts: first in two small arrays, then in a Map. */
  private readonly smallValues: number[] = [];
  private readonly smallCounts: number[] = [];
  private many: Map<number, number> | undefined;
  private invalid = false;

  add(value: number): void {
    this.float += value;
    if (Number.isInteger(value)) {
      this.integers += value;
      if (this.integersSafe && !Number.isSafeInteger(this.integers)) this.integersSafe = false;
      return;
    }
    if (!Number.isFinite(value)) {
      this.invalid = true;
      return;
    }
    const many = this.many;
    if (many !== undefined) {
      many.set(value, (many.get(value) ?? 0) + 1);
      return;
    }
    const values = this.smallValues;
    for (let i = 0; i < values.length; i++) {
      if (values[i] === value) {
        this.smallCounts[i]!++;
        return;
      }
    }
    if (values.length < SMALL_DISTINCT) {
      values.push(value);
      this.smallCounts.push(1);
      return;
    }
    const map = new Map<number, number>();
    for (let i = 0; i < values.length; i++) map.set(values[i]!, this.smallCounts[i]!);
    map.set(value, 1);
    this.many = map;
  }

  total(): ExactTotal {
    return { exact: this.exact(), float: this.float };
  }

  private exact(): [number, number] | undefined {
    if (this.invalid || !this.integersSafe) return undefined;
    let num = this.integers;
    let den = 1;
    const add = (value: number, count: number): boolean => {
      const fraction = toFraction(value);
      if (!fraction) return false;
      const n = fraction[0] * count;
      const d = fraction[1];
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
    if (this.many !== undefined) {
      for (const [value, count] of this.many) if (!add(value, count)) return undefined;
    } else {
      for (let i = 0; i < this.smallValues.length; i++) if (!add(this.smallValues[i]!, this.smallCounts[i]!)) return undefined;
    }
    return [num, den];
  }
}

/** Σ values as an ExactTotal (exact fraction and float sum). */
export function sumExactly(values: ArrayLike<number>): ExactTotal {
  const sum = new ExactSum();
  for (let i = 0; i < values.length; i++) sum.add(values[i]!);
  return sum.total();
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
