import { invalidValue } from '../errors';
import { DEFAULT_SCALE } from '../scale/registry';
import type { ScaleDefinition, Score } from '../scale/types';
import { countOf, type Text } from '../text';
import { toScore } from '../totals';
import { emptyItemRecord, type ItemRecord, type Review } from './model';
import { agreement, type AgreementResult } from './agreement';

// Agreement between two lists of scores has no review in it: its own module, so the function
// table (IPS.AGREEMENT) does not reach the review model and its schemas.
export * from './agreement';

/**
 * Comparing the raters' independent scores before the consensus meeting (manual ch. 4,
 * [000:1614–1664]). Nothing here ever computes a consensus: the raters agree on it and record it
 * with `setConsensus`. The comparison only orders what to discuss.
 */

/** A score boundary the raters' scores fall on both sides of. */
export type Boundary = '1|2' | '2|3' | '3|4' | '4|5';

/**
 * How much a disagreement matters (tip 3, [000:1654–1664]): across 3|4 or 4|5 it is important;
 * within 1–3 (1↔2, 2↔3, 1↔3) the item is "not implemented" either way and matters little.
 */
export type DisagreementImportance = 'high' | 'low' | 'none';

export interface RaterScore {
  readonly raterId: string;
  readonly name: string;
  readonly score: Score | null;
}

export interface ItemComparison {
  readonly itemId: string;
  readonly sheetNumber: number;
  /** Every rater's score, in the review's rater order (null = not scored). */
  readonly scores: readonly RaterScore[];
  /** Raters without a score on this item. */
  readonly missingRaterIds: readonly string[];
  /** True when the given scores are not all equal. */
  readonly differ: boolean;
  /** Highest minus lowest given score; null when no rater scored the item. */
  readonly spread: number | null;
  readonly min: Score | null;
  readonly max: Score | null;
  /** The boundaries between the lowest and the highest score, lowest first. */
  readonly boundaries: readonly Boundary[];
  readonly importance: DisagreementImportance;
  /** When every rater scored the item and all gave the same score: that score (for display only). */
  readonly unanimous: Score | null;
  /** The recorded consensus, if any. */
  readonly consensus: Score | null;
}

export type ConsensusWarningCode = 'fewerThanTwoRaters' | 'raterMissingScores';

export interface ConsensusWarning {
  readonly code: ConsensusWarningCode;
  readonly raterId?: string;
  readonly itemIds?: readonly string[];
  readonly message: Text;
}

export interface RaterComparisonResult {
  /** Every item, in score-sheet order. */
  readonly items: readonly ItemComparison[];
  /** Items where the raters differ, most important first (see `compareDisagreements`). */
  readonly disagreements: readonly ItemComparison[];
  readonly warnings: readonly ConsensusWarning[];
}

const BOUNDARIES: readonly Boundary[] = ['1|2', '2|3', '3|4', '4|5'];

function boundariesBetween(min: Score, max: Score): Boundary[] {
  // Boundary "k|k+1" lies between min and max when min ≤ k and max ≥ k+1.
  return BOUNDARIES.filter((_, index) => min <= index + 1 && max >= index + 2);
}

function importanceOf(boundaries: readonly Boundary[]): DisagreementImportance {
  if (boundaries.length === 0) return 'none';
  return boundaries.includes('3|4') || boundaries.includes('4|5') ? 'high' : 'low';
}

/**
 * The discussion order: important disagreements (across 3|4 or 4|5) first, then those within
 * 1–3. Within a group: more important boundaries crossed first, then the wider spread, then
 * score-sheet order.
 */
export function compareDisagreements(a: ItemComparison, b: ItemComparison): number {
  const rank = (item: ItemComparison) => (item.importance === 'high' ? 0 : item.importance === 'low' ? 1 : 2);
  const important = (item: ItemComparison) => item.boundaries.filter((b) => b === '3|4' || b === '4|5').length;
  return (
    rank(a) - rank(b) ||
    important(b) - important(a) ||
    (b.spread ?? 0) - (a.spread ?? 0) ||
    a.sheetNumber - b.sheetNumber
  );
}

function compareItem(review: Review, itemId: string, sheetNumber: number): ItemComparison {
  const record = review.items[itemId] ?? emptyItemRecord(review.raters);
  const scores = review.raters.map((rater) => ({
    raterId: rater.id,
    name: rater.name,
    score: record.raterScores[rater.id] ?? null,
  }));
  const given = scores.map((entry) => entry.score).filter((score): score is Score => score !== null);
  const min = given.length > 0 ? (Math.min(...given) as Score) : null;
  const max = given.length > 0 ? (Math.max(...given) as Score) : null;
  const boundaries = min !== null && max !== null ? boundariesBetween(min, max) : [];
  const missingRaterIds = scores.filter((entry) => entry.score === null).map((entry) => entry.raterId);
  return {
    itemId,
    sheetNumber,
    scores,
    missingRaterIds,
    differ: min !== max,
    spread: min !== null && max !== null ? max - min : null,
    min,
    max,
    boundaries,
    importance: importanceOf(boundaries),
    unanimous: missingRaterIds.length === 0 && given.length > 0 && min === max ? min : null,
    consensus: record.consensus,
  };
}

/**
 * Lays the raters' scores side by side for the consensus meeting: per item, the scores, whether
 * they differ, the spread and the boundaries crossed; the disagreements in discussion order;
 * and warnings when fewer than two raters are recorded or a rater has items without a score.
 */
export function compareRaters(review: Review, scale: ScaleDefinition = DEFAULT_SCALE): RaterComparisonResult {
  const items = scale.items.map((item) => compareItem(review, item.id, item.sheetNumber));
  const warnings: ConsensusWarning[] = [];
  if (review.raters.length < 2) {
    warnings.push({
      code: 'fewerThanTwoRaters',
      message: {
        nb: `Evalueringen har ${countOf(review.raters.length, 'nb', 'evaluator', 'evaluatorer')}. Håndboken forutsetter minst to som skårer hver for seg før konsensusmøtet.`,
        en: `The review has ${countOf(review.raters.length, 'en', 'rater', 'raters')}. The manual expects at least two who score independently before the consensus meeting.`,
      },
    });
  }
  for (const rater of review.raters) {
    const missing = items.filter((item) => item.missingRaterIds.includes(rater.id)).map((item) => item.itemId);
    if (missing.length === 0) continue;
    warnings.push({
      code: 'raterMissingScores',
      raterId: rater.id,
      itemIds: missing,
      message: {
        nb: `${rater.name || rater.id} mangler skår på ${missing.length} av ${items.length} evalueringspunkter.`,
        en: `${rater.name || rater.id} has no score on ${missing.length} of ${items.length} items.`,
      },
    });
  }
  const disagreements = items.filter((item) => item.differ).sort(compareDisagreements);
  return { items, disagreements, warnings };
}

function knownItem(review: Review, itemId: string, scale: ScaleDefinition): void {
  if (!scale.items.some((item) => item.id === itemId)) {
    throw invalidValue(`argument 'itemId': unknown item "${itemId}" in scale ${scale.id}`);
  }
  if (review.scaleId !== scale.id) {
    throw invalidValue(`the review uses scale "${review.scaleId}", not "${scale.id}"`);
  }
}

/** A copy of the review with one item record replaced (the input is never modified). */
export function withItem(review: Review, itemId: string, update: (record: ItemRecord) => ItemRecord): Review {
  const current = review.items[itemId] ?? emptyItemRecord(review.raters);
  const copy: ItemRecord = {
    ...current,
    raterScores: { ...current.raterScores },
    ...(current.components ? { components: [...current.components] } : {}),
    ...(current.suggested ? { suggested: { ...current.suggested } } : {}),
  };
  return { ...review, items: { ...review.items, [itemId]: update(copy) } };
}

/**
 * Records the agreed score of an item and why (returns a new review). The score is whatever the
 * raters agreed on; it is never derived from their individual scores.
 */
export function setConsensus(
  review: Review,
  itemId: string,
  score: Score,
  note = '',
  scale: ScaleDefinition = DEFAULT_SCALE,
): Review {
  knownItem(review, itemId, scale);
  const agreed = toScore(score, `argument 'score'`);
  return withItem(review, itemId, (record) => ({ ...record, consensus: agreed, consensusNote: note.trim() }));
}

/** Clears an item's consensus (returns a new review), e.g. when the raters reopen the discussion. */
export function clearConsensus(review: Review, itemId: string, scale: ScaleDefinition = DEFAULT_SCALE): Review {
  knownItem(review, itemId, scale);
  return withItem(review, itemId, (record) => ({ ...record, consensus: null }));
}

/** Records one rater's independent score (returns a new review); null clears it. */
export function setRaterScore(
  review: Review,
  raterId: string,
  itemId: string,
  score: Score | null,
  scale: ScaleDefinition = DEFAULT_SCALE,
): Review {
  knownItem(review, itemId, scale);
  if (!review.raters.some((rater) => rater.id === raterId)) {
    throw invalidValue(
      `argument 'raterId': unknown rater "${raterId}"; the review's raters are ${review.raters.map((r) => r.id).join(', ') || 'none'}`,
    );
  }
  const value = score === null ? null : toScore(score, `argument 'score'`);
  return withItem(review, itemId, (record) => ({
    ...record,
    raterScores: { ...record.raterScores, [raterId]: value },
  }));
}

// ---------------------------------------------------------------------------------------------
// Agreement between two raters
// ---------------------------------------------------------------------------------------------

/** Agreement between two raters of a review, over the scale's items in sheet order. */
export function raterAgreement(
  review: Review,
  firstRaterId: string,
  secondRaterId: string,
  scale: ScaleDefinition = DEFAULT_SCALE,
): AgreementResult {
  for (const id of [firstRaterId, secondRaterId]) {
    if (!review.raters.some((rater) => rater.id === id)) throw invalidValue(`unknown rater "${id}"`);
  }
  const scoresOf = (raterId: string) => scale.items.map((item) => review.items[item.id]?.raterScores[raterId] ?? null);
  return agreement(scoresOf(firstRaterId), scoresOf(secondRaterId));
}
