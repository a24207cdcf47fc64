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
