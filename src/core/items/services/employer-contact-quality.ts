/**
 * Tjenester 7 — Jobbutvikling – kvalitet i kontakt med arbeidsgivere.
 *
 * The calculator (a pure function over typed input, returning the ItemResult with reasons in
 * nb + en) and the spreadsheet function that reads the cells and calls it. Line numbers point
 * into the Norwegian manual («Håndbok i kvalitetsevaluering IPS Supported Employment»).
 */
import { requireInteger } from './shared';
import { readSpecialists } from './readers';
import { averageRatings, withRegistryCaps, readRatings } from './ratings';
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
  const { ratings, specialists } = input;
  if (specialists !== undefined) {
    requireInteger(specialists, 1, 'specialists');
    if (ratings.length > specialists) {
      throw invalidValue(
        `argument 'ratings': ${ratings.length} ratings but only ${specialists} specialists on the team`,
      );
    }
    const needed = specialistsToObserve(specialists);
    if (ratings.length > 0 && ratings.length < needed) {
      throw notAvailable(
        `argument 'ratings': ${ratings.length} of ${specialists} specialists rated; observe at least ${needed} (the item is not rated on one person when there are more, 7539–7549)`,
      );
    }
  }
  const reasons: Reason[] = [];
  const { score, exact } = averageRatings(ITEM_ID, ratings, reasons);
  return withRegistryCaps(ITEM_ID, score, exact, input.capsThatApply, reasons);
}

export const EMPLOYER_CONTACT_QUALITY = itemFunction({
  name: 'EMPLOYER_CONTACT_QUALITY',
  itemId: ITEM_ID,
  parameters: [recordsParameter('ratings'), scalarParameter('specialists', true), CAPS_PARAMETER],
  compute: ([ratings, specialistsArg, capsArg]) =>
    employerContactQuality({
      ratings: readRatings(ratings ?? null),
      specialists: readSpecialists(specialistsArg ?? null),
      capsThatApply: readCapFlags(capsArg ?? null),
    }),
});
