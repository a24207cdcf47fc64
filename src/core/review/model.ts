import * as z from 'zod/mini';
import { DEFAULT_SCALE } from '../scale/registry';
import type { ScaleDefinition, Score } from '../scale/types';

/**
 * Builds a module-level zod schema. Call sites are marked pure, so a bundle that never reads the
 * schema (the Excel custom functions: they never validate a review) leaves it out.
 */
function schema<T>(build: () => T): T {
  return build();
}

const score = /* @__PURE__ */ schema(() =>
  z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
);
const isoDate = /* @__PURE__ */ schema(() =>
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as yyyy-mm-dd')),
);

export const RaterSchema = /* @__PURE__ */ schema(() =>
  z.object({
    id: z.string().check(z.minLength(1)),
    name: z.string(),
  }),
);

/** One item of a review: each rater's own score, the agreed consensus, and what the report says. */
export const ItemRecordSchema = /* @__PURE__ */ schema(() =>
  z.object({
    /** Each rater's independent score, keyed by rater id. */
    raterScores: z.record(z.string(), z.nullable(score)),
    /** The agreed score; never computed from the raters' scores. */
    consensus: z.nullable(score),
    /** Why the raters agreed on this score (when they differed). */
    consensusNote: z.string(),
    /** Evidence and comments («Kommentarer»). */
    evidence: z.string(),
    /** Recommendations («Anbefalinger»); required by the manual for every item below 5. */
    recommendation: z.string(),
    /** For component items: which components are present. */
    components: z.optional(z.array(z.boolean())),
    /**
     * A repeat review's offer of the previous review's score (manual rule 9: held constant only
     * if nothing changed). Never counts as consensus until confirmed (see review/repeat.ts).
     */
    suggested: z.optional(
      z.object({
        score,
        /** The review the score comes from, and its date. */
        reviewId: z.string(),
        date: isoDate,
      }),
    ),
  }),
);

/** A correction to a saved review: recorded as a new value with its reason, never an overwrite. */
export const CorrectionSchema = /* @__PURE__ */ schema(() =>
  z.object({
    itemId: z.string(),
    previous: z.nullable(score),
    corrected: score,
    reason: z.string().check(z.minLength(1)),
    date: isoDate,
  }),
);

/**
 * A value the user marked as not personal data after the privacy check flagged it (e.g. a bank
 * account number that passes the fødselsnummer check): it is no longer flagged, and the mark is
 * shown in the score sheet and the report.
 */
export const NotPersonalDataSchema = /* @__PURE__ */ schema(() =>
  z.object({
    /** The value as written ('' = every value of the field, e.g. an imported column). */
    value: z.string(),
    /** The field it was flagged in (a key such as "item:<id>:evidence"; see review/privacy.ts for its label). */
    field: z.string().check(z.minLength(1)),
    markedAt: isoDate,
  }),
);

export const ReviewSchema = /* @__PURE__ */ schema(() =>
  z.object({
    schemaVersion: z.literal(1),
    scaleId: z.string(),
    id: z.string().check(z.minLength(1)),
    /** «Sted»: the service or agency. */
    service: z.string(),
    /** The employment-specialist team reviewed (one review per team). */
    team: z.string(),
    /** Review date (last visit day), yyyy-mm-dd. */
    date: isoDate,
    /** «Vurdert av»: evaluators as printed on the sheet. */
    evaluators: z.string(),
    raters: z.array(RaterSchema),
    items: z.record(z.string(), ItemRecordSchema),
    previousReviewId: z.optional(z.string()),
    corrections: z.array(CorrectionSchema),
    /** Values marked as not personal data (absent: none). */
    notPersonalData: z.optional(z.array(NotPersonalDataSchema)),
  }),
);

export type Rater = z.infer<typeof RaterSchema>;
export type ItemRecord = z.infer<typeof ItemRecordSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;
export type NotPersonalData = z.infer<typeof NotPersonalDataSchema>;
export type Review = z.infer<typeof ReviewSchema>;

export function emptyItemRecord(raters: readonly Rater[]): ItemRecord {
  return {
    raterScores: Object.fromEntries(raters.map((rater) => [rater.id, null])),
    consensus: null,
    consensusNote: '',
    evidence: '',
    recommendation: '',
  };
}

export interface NewReviewFields {
  readonly id: string;
  readonly service: string;
  readonly team: string;
  readonly date: string;
  readonly raters: readonly Rater[];
}

/** A blank review: every item unscored (the manual has no N/A and no silent default). */
export function newReview(fields: NewReviewFields, scale: ScaleDefinition = DEFAULT_SCALE): Review {
  return {
    schemaVersion: 1,
    scaleId: scale.id,
    id: fields.id,
    service: fields.service,
    team: fields.team,
    date: fields.date,
    evaluators: fields.raters.map((rater) => rater.name).join(', '),
    raters: [...fields.raters],
    items: Object.fromEntries(scale.items.map((item) => [item.id, emptyItemRecord(fields.raters)])),
    corrections: [],
  };
}

/** Consensus scores keyed by item id, for totals. */
export function consensusScores(review: Review): Record<string, Score | null> {
  return Object.fromEntries(Object.entries(review.items).map(([id, record]) => [id, record.consensus]));
}
