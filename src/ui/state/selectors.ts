import type { EvidenceEntry } from '../../core/cycle/evidence';
import { effectiveScores } from '../../core/review/corrections';
import type { ItemRecord, Review } from '../../core/review/model';
import { pendingSuggestions } from '../../core/review/repeat';
import { DEFAULT_SCALE, itemLabel } from '../../core/scale/registry';
import type { ItemDefinition, ScaleDefinition, Score, SectionDefinition } from '../../core/scale/types';
import type { Language } from '../../core/text';
import { totalScore } from '../../core/totals';
import { historyEntry } from '../workflow';
import type { AppState, ExistingSheet, HistorySnapshot, ItemUi, PendingCorrection, WiredSheet } from './types';
import { isIsoDate } from './form';

/** True when the open review is already in the history table: its scores change only by correction. */
export function isInHistory(state: AppState): boolean {
  return !!state.review && !!state.history && historyEntry(state.history.rows, state.review.id) !== null;
}

/** The two raters whose agreement is shown: the chosen pair, else the first two; null below two raters. */
export function agreementPair(state: AppState): readonly [string, string] | null {
  const raters = state.review?.raters ?? [];
  if (raters.length < 2) return null;
  const ids = new Set(raters.map((rater) => rater.id));
  const chosen = state.agreementPair;
  if (chosen && ids.has(chosen[0]) && ids.has(chosen[1])) return chosen;
  return [raters[0]!.id, raters[1]!.id];
}

/** A correction just asked for: no reason yet, dated today. */
export function newCorrection(itemId: string, score: Score, today: string): PendingCorrection {
  return { itemId, score, reason: '', date: today, submitted: false, error: null };
}

export type CorrectionProblem = 'reason' | 'date';

/** What stops a correction from being recorded (shown once the user tried). */
export function correctionProblems(correction: PendingCorrection, review: Review): CorrectionProblem[] {
  const problems: CorrectionProblem[] = [];
  if (correction.reason.trim() === '') problems.push('reason');
  const date = correction.date.trim();
  if (!isIsoDate(date) || date < review.date) problems.push('date');
  return problems;
}

/** Items whose previous score still waits for confirmation (a repeat review). */
export function pendingCount(state: AppState): number {
  return state.review ? pendingSuggestions(state.review, state.scale).length : 0;
}

// ---------------------------------------------------------------------------------------------
// Derived views

export function currentItem(state: AppState): ItemDefinition {
  return state.scale.items[state.itemIndex] ?? state.scale.items[0]!;
}

export interface SectionSummary {
  readonly section: SectionDefinition;
  readonly items: readonly ItemDefinition[];
  readonly scored: number;
  /** The subtotal, only when every item of the section has a consensus score. */
  readonly total: number | null;
}

export type TotalsView =
  | {
      readonly complete: true;
      readonly total: number;
      readonly level: string;
      readonly sections: readonly SectionSummary[];
    }
  | {
      readonly complete: false;
      readonly missing: readonly ItemDefinition[];
      readonly scored: number;
      readonly sections: readonly SectionSummary[];
    };

/**
 * The live total: the total and fidelity level from the core when every item has a consensus
 * score; otherwise which items are missing (never a 0 or a partial total).
 */
export function totalsView(review: Review, language: Language, scale: ScaleDefinition = DEFAULT_SCALE): TotalsView {
  // The scores that count: a correction's where a saved review was corrected, else the consensus.
  const scores = effectiveScores(review, scale);
  const score = (item: ItemDefinition) => scores[item.id] ?? null;
  const sections = scale.sections.map((section) => {
    const items = scale.items.filter((item) => item.sectionId === section.id);
    const scores = items.map(score);
    const scored = scores.filter((value) => value !== null).length;
    const total = scored === items.length ? scores.reduce<number>((sum, value) => sum + (value ?? 0), 0) : null;
    return { section, items, scored, total };
  });
  const missing = scale.items.filter((item) => score(item) === null);
  if (missing.length > 0) return { complete: false, missing, scored: scale.items.length - missing.length, sections };
  const result = totalScore(Object.fromEntries(scale.items.map((item) => [item.id, score(item)])), scale);
  return { complete: true, total: result.total, level: result.level.name[language], sections };
}

/** The raters' scores when they differ (the consensus must be agreed, not averaged). */
export function raterDisagreement(review: Review, itemId: string): readonly Score[] | null {
  const record = review.items[itemId];
  if (!record) return null;
  const scores = review.raters
    .map((rater) => record.raterScores[rater.id])
    .filter((value): value is Score => value != null);
  return new Set(scores).size > 1 ? scores : null;
}

export interface ComponentSummary {
  readonly present: number;
  readonly count: number;
  /** The score the registry gives this count; a suggestion the user may take. */
  readonly suggested: Score | null;
}

export function componentSummary(item: ItemDefinition, record: ItemRecord | undefined): ComponentSummary | null {
  if (!item.components || item.components.length === 0) return null;
  const count = item.components.length;
  const present = item.components.filter((_, index) => record?.components?.[index] === true).length;
  return { present, count, suggested: item.scoreForComponentCount?.[present] ?? null };
}

/** The lowest cap among the ticked conditions, when the consensus is above it. */
export function capExceeded(
  item: ItemDefinition,
  record: ItemRecord | undefined,
  ui: ItemUi | undefined,
): number | null {
  const consensus = record?.consensus;
  if (!item.caps || consensus == null) return null;
  const ticked = item.caps.filter((cap) => ui?.caps[cap.id]);
  if (ticked.length === 0) return null;
  const max = Math.min(...ticked.map((cap) => cap.maxScore));
  return consensus > max ? max : null;
}

/** The manual requires a recommendation for every item below 5. */
export function needsRecommendation(record: ItemRecord | undefined): boolean {
  return record != null && record.consensus != null && record.consensus < 5 && record.recommendation.trim() === '';
}

export function scoredCount(review: Review, scale: ScaleDefinition = DEFAULT_SCALE): number {
  return scale.items.filter((item) => review.items[item.id]?.consensus != null).length;
}

export function labelOf(state: AppState, item: ItemDefinition): string {
  return itemLabel(item, state.language, state.scale);
}

/** The open review's sheet as read when opened, when it was wired then (a save keeps it wired). */
export function openedWired(state: AppState): WiredSheet | null {
  return state.wired && state.wired.sheet === state.sheet ? state.wired : null;
}

/** The score sheets the start screen listed (none while loading or after a failure). */
export function listedSheets(state: AppState): readonly ExistingSheet[] {
  return state.sheets.status === 'ready' ? state.sheets.sheets : [];
}

/** The history as the start screen read it. */
export function listedHistory(state: AppState): HistorySnapshot | null {
  return state.sheets.status === 'ready' ? (state.sheets.history ?? null) : null;
}

/** The evidence log's entries for the open review: null without a log of this review (or one that could not be read). */
export function reviewEvidence(state: AppState): readonly EvidenceEntry[] | null {
  const log = state.evidence;
  if (!log || log.error || !state.review || log.reviewId !== state.review.id) return null;
  return log.entries;
}
