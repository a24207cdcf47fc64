/**
 * Tjenester 3 — Fortløpende karriereveiledning.
 *
 * The calculator (a pure function over typed input, returning the ItemResult with reasons in
 * nb + en) and the spreadsheet function that reads the cells and calls it. Line numbers point
 * into the Norwegian manual («Håndbok i kvalitetsevaluering IPS Supported Employment»).
 */
import {} from './shared';
import { meanOfRatings, withRegistryCaps, readRatingTotals, totalOfRatings, type RatingTotals } from './ratings';
import { ItemResult, Reason } from '../../result';
import { itemFunction, recordsParameter, CAPS_PARAMETER, readCapFlags } from '../shared/define';

/** The item scored here (its id in the scale registry). */
const ITEM_ID = 'services.career_assessment';

export interface SpecialistRatingsInput {
  /** One 1–5 rating per specialist rated (each already reflecting the manual's per-specialist caps). */
  readonly ratings: readonly number[];
  /**
   * Which of the item's caps (ItemDefinition.caps in the registry, in its order) apply: one flag per
   * cap; empty or left out means none apply.
   */
  readonly capsThatApply?: readonly boolean[];
}

/**
 * Tjenester 3: each specialist is rated and the ratings averaged (6533–6537), rounded down (rule
 * 11, 1758–1768); the item's caps (6596–6663) lower the result when they apply.
 */
export function careerAssessment(input: SpecialistRatingsInput): ItemResult {
  return careerAssessmentOfTotals(totalOfRatings(input.ratings), input.capsThatApply);
}

/** careerAssessment from the ratings' count and sum (what the spreadsheet function reads). */
function careerAssessmentOfTotals(totals: RatingTotals, capsThatApply: readonly boolean[] | undefined): ItemResult {
  const reasons: Reason[] = [];
  const { score, exact } = meanOfRatings(ITEM_ID, totals, reasons);
  return withRegistryCaps(ITEM_ID, score, exact, capsThatApply, reasons);
}

export const CAREER_ASSESSMENT = itemFunction({
  name: 'CAREER_ASSESSMENT',
  itemId: ITEM_ID,
  parameters: [recordsParameter('ratings'), CAPS_PARAMETER],
  compute: ([ratings, capsArg]) =>
    careerAssessmentOfTotals(readRatingTotals(ratings ?? null), readCapFlags(capsArg ?? null)),
});
