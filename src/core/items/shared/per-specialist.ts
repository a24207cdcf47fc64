/**
 * Items rated per specialist and averaged (Bemanning 3, Organisasjon 1): the mean rounded down and
 * explanations that list every specialist, built only when read.
 */

import { Reason } from '../../result';
import { Score } from '../../scale/types';
import { formatNumber, asScore, reason, lazyReason } from './reasons';

export function nb(value: number, decimals = 2): string {
  return formatNumber(value, 'nb', decimals);
}
export function en(value: number, decimals = 2): string {
  return formatNumber(value, 'en', decimals);
}

/** Mean of per-specialist scores, rounded down («Rund ned (f.eks. 3,6 -> 3)»). */
export function meanScore(sum: number, n: number): { score: Score; exact: number } {
  return { score: asScore(Math.floor(sum / n)), exact: sum / n };
}

/** "5 + 3 + 3 = 11, divided by 3 …": the text lists every score, so it is built only when read. */
export function meanReason(
  rule: string,
  n: number,
  scoreAt: (index: number) => number,
  sum: number,
  exact: number,
  score: Score,
): Reason {
  if (n === 1) return reason(rule, `Én jobbspesialist: skår ${score}.`, `One specialist: score ${score}.`);
  const terms = (): string => {
    const parts: string[] = new Array<string>(n);
    for (let i = 0; i < n; i++) parts[i] = String(scoreAt(i));
    return parts.join(' + ');
  };
  return lazyReason(
    rule,
    () => `Beregning: ${terms()} = ${sum}, delt på ${n} jobbspesialister = ${nb(exact)}; rundet ned gir skår ${score}.`,
    () =>
      `Calculation: ${terms()} = ${sum}, divided by ${n} specialists = ${en(exact)}; rounded down gives score ${score}.`,
  );
}

/** One text per specialist, joined: built only when the explanation is read. */
export function perSpecialistReason(
  rule: string,
  n: number,
  describe: (index: number, language: 'nb' | 'en') => string,
): Reason {
  const build = (language: 'nb' | 'en') => (): string => {
    const parts: string[] = new Array<string>(n);
    for (let i = 0; i < n; i++) parts[i] = describe(i, language);
    return parts.join('; ') + '.';
  };
  return lazyReason(rule, build('nb'), build('en'));
}
