import { compareRaters } from '../core/review/consensus';
import { effectiveScore } from '../core/review/corrections';
import type { Review } from '../core/review/model';
import { confirmSuggestion, pendingSuggestions } from '../core/review/repeat';
import { DEFAULT_SCALE } from '../core/scale/registry';
import type { ScaleDefinition, Score } from '../core/scale/types';
import type { Language } from '../core/text';

/**
 * Many items in one step, never silently (issue 11 #9): «Bruk alle samstemte skårer» makes every
 * score all raters gave alike the consensus, «Bekreft alle uendrede» confirms every previous score
 * a repeat review still waits on. The pane lists what a step will do before it is taken, and keeps
 * what it changed so it can be undone. Pure: the reducer (state.ts) calls these.
 */

/** agreed: the raters' common score; unchanged: a repeat review's previous score. */
export type BulkKind = 'agreed' | 'unchanged';

export interface BulkEntry {
  readonly itemId: string;
  readonly score: Score;
}

export interface BulkChange extends BulkEntry {
  /** The consensus and note before the step, put back by undo. */
  readonly before: { readonly consensus: Score | null; readonly consensusNote: string };
}

export interface BulkUndo {
  readonly kind: BulkKind;
  readonly changes: readonly BulkChange[];
}

/** The items a step would set, in the scale's order, with the score each would get. */
export function bulkEntries(kind: BulkKind, review: Review, scale: ScaleDefinition = DEFAULT_SCALE): BulkEntry[] {
  if (kind === 'unchanged') {
    return pendingSuggestions(review, scale).map((itemId) => ({
      itemId,
      score: review.items[itemId]!.suggested!.score,
    }));
  }
  // Only where every rater scored and all alike, and no consensus is set yet (never averaged).
  if (review.raters.length === 0) return [];
  return compareRaters(review, scale)
    .items.filter((entry) => entry.unanimous !== null && effectiveScore(review, entry.itemId) === null)
    .map((entry) => ({ itemId: entry.itemId, score: entry.unanimous! }));
}

/** Takes the step: the review after it, and what undo needs (no changes: the same review). */
export function applyBulk(
  kind: BulkKind,
  review: Review,
  language: Language,
  scale: ScaleDefinition = DEFAULT_SCALE,
): { review: Review; undo: BulkUndo } {
  const entries = bulkEntries(kind, review, scale);
  let next = review;
  const changes: BulkChange[] = [];
  for (const entry of entries) {
    const record = next.items[entry.itemId]!;
    changes.push({ ...entry, before: { consensus: record.consensus, consensusNote: record.consensusNote } });
    next =
      kind === 'unchanged'
        ? confirmSuggestion(next, entry.itemId, { language }, scale)
        : { ...next, items: { ...next.items, [entry.itemId]: { ...record, consensus: entry.score } } };
  }
  return { review: next, undo: { kind, changes } };
}

/** The changes undo would still put back: items whose consensus is still what the step set. */
export function undoable(review: Review, undo: BulkUndo): BulkChange[] {
  return undo.changes.filter((change) => review.items[change.itemId]?.consensus === change.score);
}

/**
 * Undoes a step: each item whose consensus is still what the step set gets back its consensus
 * and note; an item changed since keeps the later change, and its comments are never touched.
 */
export function undoBulk(review: Review, undo: BulkUndo): Review {
  const items = { ...review.items };
  for (const change of undoable(review, undo)) items[change.itemId] = { ...items[change.itemId]!, ...change.before };
  return { ...review, items };
}
