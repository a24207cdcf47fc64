import type { HistoryRow } from './table';

/**
 * The history's append rules, decided from the rows already there (the history is never
 * rewritten; a saved review changes only by a correction, which raises its revision):
 * - `new`: the review id is not in the history yet — appended.
 * - `unchanged`: the same id and revision with identical content — nothing to write.
 * - `changed`: the same id and revision with other content — refused.
 * - `revision`: the same id with a higher revision (a corrected review) — appended; older rows stay.
 * - `stale`: the same id with a lower revision than one already there — refused.
 */
export type AppendRule =
  | { readonly kind: 'new' }
  | { readonly kind: 'revision' }
  /** `match`: the identical row already in the history. */
  | { readonly kind: 'unchanged'; readonly match: HistoryRow }
  /** `existing`: the first row of the same revision, which holds other values. */
  | { readonly kind: 'changed'; readonly existing: HistoryRow }
  /** `highest`: the newest revision in the history. */
  | { readonly kind: 'stale'; readonly highest: number };

export function appendRule(existing: readonly HistoryRow[], row: HistoryRow): AppendRule {
  const sameId = existing.filter((candidate) => candidate.reviewId === row.reviewId);
  if (sameId.length === 0) return { kind: 'new' };
  const sameRevision = sameId.filter((candidate) => candidate.revision === row.revision);
  if (sameRevision.length > 0) {
    const match = sameRevision.find((candidate) => sameRow(candidate, row));
    return match ? { kind: 'unchanged', match } : { kind: 'changed', existing: sameRevision[0]! };
  }
  const highest = Math.max(...sameId.map((candidate) => candidate.revision));
  return highest > row.revision ? { kind: 'stale', highest } : { kind: 'revision' };
}

/** Whether two history rows record the same review, revision and content. */
export function sameRow(a: HistoryRow, b: HistoryRow): boolean {
  return (
    a.reviewId === b.reviewId &&
    a.service === b.service &&
    a.team === b.team &&
    a.date === b.date &&
    a.type === b.type &&
    a.evaluators === b.evaluators &&
    a.revision === b.revision &&
    a.corrections === b.corrections &&
    a.scores.length === b.scores.length &&
    a.scores.every((score, index) => score === b.scores[index])
  );
}
