import { invalidNumber, invalidValue, notAvailable } from './errors';
import { DEFAULT_SCALE, itemLabel } from './scale/registry';
import type { FidelityLevel, ScaleDefinition, Score } from './scale/types';
import { plural, type Language } from './text';

/** Consensus scores keyed by item id; a missing or null entry is an unscored item. */
export type ScoresById = Readonly<Record<string, Score | null | undefined>>;

export interface SectionTotal {
  readonly sectionId: string;
  readonly total: number;
  readonly itemCount: number;
  /** Mean item score in the section (not rounded: it is a summary, not an item score). */
  readonly mean: number;
}

export interface TotalResult {
  readonly total: number;
  readonly level: FidelityLevel;
  readonly sections: readonly SectionTotal[];
}

/** Items without a score, in sheet order. */
export function missingItems(scores: ScoresById, scale: ScaleDefinition = DEFAULT_SCALE) {
  return scale.items.filter((item) => scores[item.id] == null);
}

/**
 * Total of all consensus scores with section subtotals and the fidelity level. An incomplete
 * sheet is an error naming the missing items: the manual allows no N/A and no silent 0.
 */
export function totalScore(scores: ScoresById, scale: ScaleDefinition = DEFAULT_SCALE): TotalResult {
  const missing = missingItems(scores, scale);
  if (missing.length > 0) {
    const names = missing.map((item) => itemLabel(item, 'nb', scale)).join(', ');
    throw notAvailable(
      `the score sheet is incomplete: ${missing.length} ${plural(missing.length, 'item', 'items')} without a score: ${names}`,
    );
  }
  const sections = scale.sections.map((section) => {
    const items = scale.items.filter((item) => item.sectionId === section.id);
    const total = items.reduce((sum, item) => sum + (scores[item.id] as number), 0);
    return { sectionId: section.id, total, itemCount: items.length, mean: total / items.length };
  });
  const total = sections.reduce((sum, section) => sum + section.total, 0);
  return { total, level: fidelityLevel(total, scale), sections };
}

export function minimumTotal(scale: ScaleDefinition = DEFAULT_SCALE): number {
  return scale.items.length;
}

export function maximumTotal(scale: ScaleDefinition = DEFAULT_SCALE): number {
  return scale.items.length * 5;
}

/** The fidelity level a total falls in. Totals outside the possible range are #NUM!. */
export function fidelityLevel(total: number, scale: ScaleDefinition = DEFAULT_SCALE): FidelityLevel {
  if (!Number.isInteger(total)) throw invalidNumber(`argument 'total': expected a whole number, got ${total}`);
  const level = scale.levels.find((candidate) => total >= candidate.min && total <= candidate.max);
  if (!level) {
    throw invalidNumber(
      `argument 'total': expected a total from ${minimumTotal(scale)} to ${maximumTotal(scale)}, got ${total}`,
    );
  }
  return level;
}

export function levelName(total: number, language: Language, scale: ScaleDefinition = DEFAULT_SCALE): string {
  return fidelityLevel(total, scale).name[language];
}

/** Reads a score the user typed: a whole number 1–5. */
export function toScore(value: unknown, what: string): Score {
  if (typeof value !== 'number')
    throw invalidValue(
      `${what}: expected a score 1–5, got ${typeof value === 'string' ? `text "${value}"` : String(value)}`,
    );
  if (!Number.isInteger(value) || value < 1 || value > 5)
    throw invalidNumber(`${what}: expected a whole score 1–5, got ${value}`);
  return value as Score;
}
