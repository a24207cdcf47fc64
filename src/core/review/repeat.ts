import { invalidValue } from '../errors';
import { DEFAULT_SCALE } from '../scale/registry';
import type { ScaleDefinition, Score } from '../scale/types';
import { countOf, plural, type Language, type Text } from '../text';
import { withItem } from './consensus';
import { effectiveScore } from './corrections';
import { newReview, type Rater, type Review } from './model';

/**
 * Repeat reviews of the same service (manual tip 9, [000:1735–1747]): a rating is held constant
 * from one review to the next if nothing has changed, and the evaluators decide that. So a new
 * review starts with the previous effective scores offered as `suggested` values; each counts
 * only once an evaluator confirms it (or sets another consensus). The raters' own scores start
 * blank: they still rate independently.
 */

export interface RepeatReviewFields {
  readonly id: string;
  /** Review date, yyyy-mm-dd; must be after the previous review's. */
  readonly date: string;
  readonly raters: readonly Rater[];
  /** Defaults to the previous review's. */
  readonly service?: string;
  readonly team?: string;
}

/** A follow-up review of the same service and team, with the previous scores as suggestions. */
export function startRepeatReview(
  previous: Review,
  fields: RepeatReviewFields,
  scale: ScaleDefinition = DEFAULT_SCALE,
): Review {
  if (previous.scaleId !== scale.id)
    throw invalidValue(`the previous review uses scale "${previous.scaleId}", not "${scale.id}"`);
  if (fields.id === previous.id)
    throw invalidValue(`argument 'id': the follow-up needs its own id, not the previous review's ("${previous.id}")`);
  if (!(fields.date > previous.date)) {
    throw invalidValue(
      `argument 'date': the follow-up (${fields.date}) must be after the previous review (${previous.date})`,
    );
  }
  const review = newReview(
    {
      id: fields.id,
      service: fields.service ?? previous.service,
      team: fields.team ?? previous.team,
      date: fields.date,
      raters: fields.raters,
    },
    scale,
  );
  review.previousReviewId = previous.id;
  for (const item of scale.items) {
    const score = effectiveScore(previous, item.id);
    if (score !== null) review.items[item.id]!.suggested = { score, reviewId: previous.id, date: previous.date };
  }
  return review;
}

/** Items with a suggestion that is neither confirmed nor replaced by a consensus yet. */
export function pendingSuggestions(review: Review, scale: ScaleDefinition = DEFAULT_SCALE): string[] {
  return scale.items
    .filter((item) => {
      const record = review.items[item.id];
      return record?.suggested !== undefined && record.consensus === null;
    })
    .map((item) => item.id);
}

const HELD_CONSTANT: Text = {
  nb: 'Holdt konstant fra forrige evaluering ({date}): ingen endringer.',
  en: 'Held constant from the previous review ({date}): nothing has changed.',
};

export interface ConfirmOptions {
  /** The consensus note; defaults to a "held constant" note naming the previous review's date. */
  readonly note?: string;
  readonly language?: Language;
}

/**
 * The evaluators confirm that nothing changed on an item: its suggestion becomes the consensus
 * (returns a new review). The suggestion stays recorded, so the report can say it was held.
 */
export function confirmSuggestion(
  review: Review,
  itemId: string,
  options: ConfirmOptions = {},
  scale: ScaleDefinition = DEFAULT_SCALE,
): Review {
  if (!scale.items.some((item) => item.id === itemId))
    throw invalidValue(`argument 'itemId': unknown item "${itemId}"`);
  const suggested = review.items[itemId]?.suggested;
  if (!suggested) throw invalidValue(`item "${itemId}" has no suggested score to confirm`);
  const note = options.note ?? HELD_CONSTANT[options.language ?? 'nb'].replace('{date}', suggested.date);
  return withItem(review, itemId, (record) => ({ ...record, consensus: suggested.score, consensusNote: note.trim() }));
}

/** True when the item's consensus is the suggested (previous) score. */
export function heldConstant(review: Review, itemId: string): boolean {
  const record = review.items[itemId];
  return record?.suggested !== undefined && record.consensus === record.suggested.score;
}

export type RepeatWarningCode = 'suggestionPending' | 'changedWithoutNote';

export interface RepeatWarning {
  readonly code: RepeatWarningCode;
  readonly itemIds: readonly string[];
  readonly message: Text;
}

/**
 * Checks a repeat review: suggestions still pending, and scores that changed from the previous
 * review with neither a consensus note nor evidence recorded (a change needs new evidence).
 */
export function repeatWarnings(review: Review, scale: ScaleDefinition = DEFAULT_SCALE): RepeatWarning[] {
  const warnings: RepeatWarning[] = [];
  const pending = pendingSuggestions(review, scale);
  if (pending.length > 0) {
    warnings.push({
      code: 'suggestionPending',
      itemIds: pending,
      message: {
        nb: `${pending.length} forslag fra forrige evaluering er ikke bekreftet. Et forslag teller ikke før evaluatorene har bekreftet at ingenting er endret.`,
        en: `${countOf(pending.length, 'en', 'suggestion', 'suggestions')} from the previous review ${plural(pending.length, 'is', 'are')} not confirmed. A suggestion does not count until the raters confirm nothing has changed.`,
      },
    });
  }
  const changed = scale.items
    .filter((item) => {
      const record = review.items[item.id];
      if (!record?.suggested || record.consensus === null) return false;
      return (
        record.consensus !== record.suggested.score &&
        record.consensusNote.trim() === '' &&
        record.evidence.trim() === ''
      );
    })
    .map((item) => item.id);
  if (changed.length > 0) {
    warnings.push({
      code: 'changedWithoutNote',
      itemIds: changed,
      message: {
        nb: `${countOf(changed.length, 'nb', 'skår', 'skårer')} er endret siden forrige evaluering uten kommentar eller begrunnelse.`,
        en: `${countOf(changed.length, 'en', 'score', 'scores')} changed since the previous review without a comment or note.`,
      },
    });
  }
  return warnings;
}

/** The previous score offered for an item, if any. */
export function suggestedScore(review: Review, itemId: string): Score | null {
  return review.items[itemId]?.suggested?.score ?? null;
}
