/**
 * Tjenester 7 — Jobbutvikling – kvalitet i kontakt med arbeidsgivere.
 *
 * The calculator (a pure function over typed input, returning the ItemResult with reasons in
 * nb + en) and the spreadsheet function that reads the cells and calls it. Line numbers point
 * into the Norwegian manual («Håndbok i kvalitetsevaluering IPS Supported Employment»).
 */
import { requireInteger } from './shared';
import { readSpecialists } from './readers';
import { meanOfRatings, withRegistryCaps, readRatingTotals, totalOfRatings, type RatingTotals } from './ratings';
import { ItemResult, Reason } from '../../result';
import { itemFunction, recordsParameter, scalarParameter, CAPS_PARAMETER, readCapFlags } from '../shared/define';
import { invalidValue, notAvailable } from '../../errors';

/** The item scored here (its id in the scale registry). */
const ITEM_ID = 'services.employer_contact_quality';

export interface EmployerContactQualityInput {
  /** One 1–5 rating per observed specialist. */
  readonly ratings: readonly number[];
  /** Specialists on the team: more than one must be observed, at least three of five (7539–7549). */
  readonly specialists?: number;
  /**
   * The registry's caps for Tjenester 7, in order: relationship building not observable (→ 1),
   * no information-gathering meeting observable (→ 4), service presentation (→ 3), rarely meet
   * employers (→ 1), mostly asking for openings (→ 2), participant must attend (→ 3),
   * relationships not maintained (→ 4).
   */
  readonly capsThatApply?: readonly boolean[];
}

/** How many specialists must be observed on a team of this size (7539–7549). */
export function specialistsToObserve(specialists: number): number {
  return specialists >= 5 ? 3 : Math.min(specialists, 2);
}

/**
 * Tjenester 7 (box 7702–7706): «Legg sammen skårene, og del på antallet jobbspesialister. Rund
 * ned». Not rated on one person when there are more (7539–7549); the item's caps (7562–7671)
 * lower the result when they apply.
 */
export function employerContactQuality(input: EmployerContactQualityInput): ItemResult {
  checkObserved(input.ratings.length, input.specialists);
  return meanWithCaps(totalOfRatings(input.ratings), input.capsThatApply);
}

/** Not rated on one person when there are more: enough of the team observed, and no more ratings than specialists (7539–7549). */
function checkObserved(rated: number, specialists: number | undefined): void {
  if (specialists === undefined) return;
  requireInteger(specialists, 1, 'specialists');
  if (rated > specialists) {
    throw invalidValue(`argument 'ratings': ${rated} ratings but only ${specialists} specialists on the team`);
  }
  const needed = specialistsToObserve(specialists);
  if (rated > 0 && rated < needed) {
    throw notAvailable(
      `argument 'ratings': ${rated} of ${specialists} specialists rated; observe at least ${needed} (the item is not rated on one person when there are more, 7539–7549)`,
    );
  }
}

/** The ratings' mean rounded down (box 7702–7706), lowered by the caps that apply (7562–7671). */
function meanWithCaps(totals: RatingTotals, capsThatApply: readonly boolean[] | undefined): ItemResult {
  const reasons: Reason[] = [];
  const { score, exact } = meanOfRatings(ITEM_ID, totals, reasons);
  return withRegistryCaps(ITEM_ID, score, exact, capsThatApply, reasons);
}

export const EMPLOYER_CONTACT_QUALITY = itemFunction({
  name: 'EMPLOYER_CONTACT_QUALITY',
  itemId: ITEM_ID,
  parameters: [recordsParameter('ratings'), scalarParameter('specialists', true), CAPS_PARAMETER],
  compute: ([ratings, specialistsArg, capsArg]) => {
    const totals = readRatingTotals(ratings ?? null);
    const specialists = readSpecialists(specialistsArg ?? null);
    const capsThatApply = readCapFlags(capsArg ?? null);
    checkObserved(totals.count, specialists);
    return meanWithCaps(totals, capsThatApply);
  },
});
