/**
 * Pieces the Tjenester (services) calculators share: plural words, a stable sum, the items' own
 * "at most N" caps, number checks, text grouping, and the minimum sample of Tjenester 8–10.
 *
 * Global rules used throughout: whole-number scores, metrics rounded DOWN before banding
 * («rundes ned», 1758–1768; «Rund alltid ned», 7426; «Rund ned (f.eks. 3,6 -> 3)», 7704).
 */

import { readKey } from '../../cells';
import { invalidNumber } from '../../errors';
import { formatNumber } from '../shared/reasons';
import { Reason } from '../../result';
import { Score } from '../../scale/types';
import { CompensatedSum, reason } from '../shared/reasons';

export const fmt = formatNumber;

export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** Compensated (Neumaier) sum: the result does not depend on the order of the terms in practice. */
export function stableSum(values: ArrayLike<number>): number {
  const sum = new CompensatedSum();
  for (let i = 0; i < values.length; i++) sum.add(values[i]!);
  return sum.total();
}

export interface Cap {
  readonly rule: string;
  readonly max: Score;
  readonly nb: string;
  readonly en: string;
}

/** Applies caps (each "at most N") to a band score; every cap that holds is explained. */
export function applyCaps(score: Score, caps: readonly Cap[], reasons: Reason[]): Score {
  let capped = score;
  for (const cap of caps) {
    const lowers = cap.max < capped;
    const nbTail = lowers ? ` (${capped} senkes til ${cap.max}).` : '.';
    const enTail = lowers ? ` (${capped} lowered to ${cap.max}).` : '.';
    reasons.push(reason(cap.rule, `${cap.nb} → høyst ${cap.max}${nbTail}`, `${cap.en} → at most ${cap.max}${enTail}`));
    if (lowers) capped = cap.max;
  }
  return capped;
}

export function requireInteger(value: number, min: number, what: string, index?: number): void {
  if (!Number.isInteger(value) || value < min) {
    const where = index === undefined ? what : `${what} (entry ${index + 1})`;
    throw invalidNumber(`${where}: expected a whole number ≥ ${min}, got ${value}`);
  }
}

export function requireFinite(value: number, what: string, index?: number): void {
  if (!Number.isFinite(value)) {
    const where = index === undefined ? what : `${what} (entry ${index + 1})`;
    throw invalidNumber(`${where}: expected a finite number, got ${value}`);
  }
}

/**
 * True for ordinary text that normalisation leaves alone apart from case: printable ASCII, no
 * surrounding spaces, no runs of spaces. Checked with one scan instead of regular expressions.
 */
export function isPlainText(text: string): boolean {
  const length = text.length;
  if (length === 0) return false;
  let previousSpace = true; // a leading space is not plain
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (code < 32 || code > 126) {
      return false;
    } else {
      previousSpace = false;
    }
  }
  return !previousSpace;
}

/**
 * Rows grouped by a text key (job types, employers, specialists): compared without case and
 * surrounding/repeated spaces, the same normalisation as readKey (plain text, see isPlainText,
 * only needs lower case). Lists repeat the same few spellings, so each distinct spelling is
 * normalised once and then maps straight to its group: one Map lookup per row. A Map, not an
 * object, so a spelling such as "constructor" or "__proto__" is an ordinary label. Groups are
 * kept in the order their key first appears.
 */
export class Grouping<T> {
  readonly byKey = new Map<string, T>();
  private readonly bySpelling = new Map<string, T>();
  constructor(
    private readonly what: string,
    /** A new group, first seen with this spelling; `label` is the spelling as displayed (see cleanLabel). */
    private readonly create: (label: string) => T,
    /** Another spelling of an existing group, as displayed. */
    private readonly respelled?: (group: T, label: string) => void,
  ) {}

  of(spelling: string): T {
    const known = this.bySpelling.get(spelling);
    if (known !== undefined) return known;
    const plain = isPlainText(spelling);
    const key = plain ? spelling.toLowerCase() : readKey(spelling, { argument: this.what });
    const label = plain ? spelling : cleanLabel(spelling);
    let group = this.byKey.get(key);
    if (group === undefined) {
      group = this.create(label);
      this.byKey.set(key, group);
    } else if (this.respelled !== undefined) {
      this.respelled(group, label);
    }
    this.bySpelling.set(spelling, group);
    return group;
  }
}

/**
 * Minimum sample for Tjenester 8, 9 and 10: under 10 jobs for a staff of at least two
 * specialists, fewer than 5 with one specialist (7744–7748, 7968–7972, 8179–8181).
 */
export function minimumSample(specialists: number | undefined): number {
  return specialists === 1 ? 5 : 10;
}

export function sampleRuleText(specialists: number | undefined): { nb: string; en: string } {
  if (specialists === undefined) {
    return {
      nb: 'færre enn 10 jobber; antall jobbspesialister er ikke oppgitt, så regelen for en stab på minst to brukes',
      en: 'fewer than 10 jobs; the number of specialists is not given, so the rule for 2+ specialists applies',
    };
  }
  if (specialists === 1)
    return { nb: 'færre enn 5 jobber med én jobbspesialist', en: 'fewer than 5 jobs with one specialist' };
  return {
    nb: `færre enn 10 jobber med ${specialists} jobbspesialister`,
    en: `fewer than 10 jobs with 2+ specialists (${specialists})`,
  };
}

export function checkSpecialists(specialists: number | undefined): void {
  if (specialists !== undefined) requireInteger(specialists, 1, 'specialists');
}

/** Empty or only spaces (checked without allocating for ordinary text). */
export function isBlankText(text: string): boolean {
  if (text.length === 0) return true;
  if (text.charCodeAt(0) > 32 && text.charCodeAt(text.length - 1) > 32) return false;
  return text.trim() === '';
}

/** A label for display: trimmed, inner runs of spaces collapsed. */
export function cleanLabel(text: string): string {
  return isPlainText(text) ? text : text.trim().replace(/\s+/g, ' ');
}
