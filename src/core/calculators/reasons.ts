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
  let [x, y] = [Math.abs(a), Math.abs(b)];
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** Σ values as one exact fraction, or undefined when it would leave the safe integers. */
function exactSum(values: readonly number[]): [number, number] | undefined {
  let [num, den] = [0, 1];
  for (const value of values) {
    const fraction = toFraction(value);
    if (!fraction) return undefined;
    const [n, d] = fraction;
    const common = den / gcd(den, d) * d; // lcm
    num = num * (common / den) + n * (common / d);
    den = common;
    if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den)) return undefined;
    const divisor = gcd(num, den);
    if (divisor > 1) [num, den] = [num / divisor, den / divisor];
  }
  return [num, den];
}

/**
 * floor(Σ numerators ÷ Σ denominators), computed exactly on the fractions the user typed
 * (see toFraction), so 21 ÷ (0.1 + 0.2 + 0.3 + 0.3 + 0.1) is 21, not 20.999…, and the order of
 * the terms never matters. Beyond safe integers (never with real caseloads, FTEs or percents) it
 * falls back to floorMetric. Throws RangeError when the denominators sum to 0.
 */
export function floorOfQuotient(numerators: readonly number[], denominators: readonly number[]): number {
  const a = exactSum(numerators);
  const b = exactSum(denominators);
  if (a && b) {
    if (b[0] === 0) throw new RangeError('division by zero');
    let p = a[0] * b[1];
    let q = a[1] * b[0];
    if (Number.isSafeInteger(p) && Number.isSafeInteger(q)) {
      if (q < 0) [p, q] = [-p, -q];
      return Math.floor(p / q); // exact for safe integers: the gap to the next integer exceeds the rounding error
    }
  }
  const top = numerators.reduce((sum, value) => sum + value, 0);
  const bottom = denominators.reduce((sum, value) => sum + value, 0);
  if (bottom === 0) throw new RangeError('division by zero');
  return floorMetric(top / bottom);
}

/** Σ numerators ÷ Σ denominators for display, from the exact fractions when possible (21, not 20.999…). */
export function exactQuotient(numerators: readonly number[], denominators: readonly number[]): number {
  const a = exactSum(numerators);
  const b = exactSum(denominators);
  if (a && b && b[0] !== 0) return (a[0] * b[1]) / (a[1] * b[0]);
  return numerators.reduce((sum, value) => sum + value, 0) / denominators.reduce((sum, value) => sum + value, 0);
}
