/**
 * Tjenester 5 — Individuelt tilpasset jobbsøk.
 *
 * The calculator (a pure function over typed input, returning the ItemResult with reasons in
 * nb + en) and the spreadsheet function that reads the cells and calls it. Line numbers point
 * into the Norwegian manual («Håndbok i kvalitetsevaluering IPS Supported Employment»).
 */
import { labelOfScore, sameInBoth, scoreFor, type BandTable } from '../shared/bands';
import { requireInteger, fmt, plural, Cap, applyCaps } from './shared';
import { yesNoColumn, readOptionalFlag } from './readers';
import { countYesNoRows } from '../shared/yes-no-rows';
import { reason } from '../shared/reasons';
import { Score } from '../../scale/types';
import { ItemResult, Reason } from '../../result';
import { itemFunction, recordsParameter, scalarParameter } from '../shared/define';
import { invalidNumber, notAvailable } from '../../errors';
import { parallelColumns } from '../../cells';

/** The item scored here (its id in the scale registry). */
const ITEM_ID = 'services.individualized_job_search';

export interface IndividualizedSearchInput {
  /** One entry per specialist–employer contact reviewed. */
  readonly contacts: readonly {
    /** The contact was based on a job choice reflecting the participant's preferences, strengths, needs. */
    readonly matchesPreferences: boolean;
    /** Not assessed: the participant took the initiative (7110–7118). */
    readonly notAssessed?: boolean;
  }[];
  /** Documented, individual job development plans exist (7122–7124; anchors 4–5). false → at most 3. */
  readonly plansDocumented?: boolean;
  /** Specialists explore preferences beyond the stated goal (7126–7134). false → at most 2. */
  readonly preferencesExplored?: boolean;
  /** Specialists urge people with criminal-justice involvement to take any job (7141–7155). true → at most 3. */
  readonly anyJobEncouraged?: boolean;
}

/** Anchors (10940–10995): < 25 % → 1, 25–49 → 2, 50–74 → 3, 75–89 → 4, 90–100 → 5. */
export const SEARCH_BANDS: BandTable = {
  manualLines: '10940–10995',
  rows: [
    { score: 5, min: 90, label: sameInBoth('90–100 %') },
    { score: 4, min: 75, label: sameInBoth('75–89 %') },
    { score: 3, min: 50, label: sameInBoth('50–74 %') },
    { score: 2, min: 25, label: sameInBoth('25–49 %') },
    { score: 1, label: sameInBoth('< 25 %') },
  ],
};

export function individualizedSearchBand(percent: number): Score {
  return scoreFor(SEARCH_BANDS, percent);
}

/**
 * Tjenester 5 (box 7262–7268): the percentage of specialist–employer contacts based on job choices
 * that reflect the participant's preferences; contacts the participant initiated are not assessed.
 */
export function individualizedJobSearch(input: IndividualizedSearchInput): ItemResult {
  const { contacts } = input;
  let assessed = 0;
  let matching = 0;
  for (const contact of contacts) {
    if (contact.notAssessed === true) continue;
    assessed++;
    if (contact.matchesPreferences) matching++;
  }
  return individualizedJobSearchFromCounts({ ...input, contacts: contacts.length, assessed, matching });
}

/** Tjenester 5 from counts of the contacts reviewed (what the share and the explanation need). */
export interface IndividualizedSearchCounts extends Omit<IndividualizedSearchInput, 'contacts'> {
  /** Employer contacts reviewed. */
  readonly contacts: number;
  /** Of them, contacts assessed (not taken on the participant's initiative). */
  readonly assessed: number;
  /** Of the assessed contacts, those based on the participant's preferences. */
  readonly matching: number;
}

/** Tjenester 5 from counts (see individualizedJobSearch); the counts are checked for consistency. */
export function individualizedJobSearchFromCounts(input: IndividualizedSearchCounts): ItemResult {
  const { contacts, assessed, matching } = input;
  requireInteger(contacts, 0, 'contacts');
  requireInteger(assessed, 0, 'assessed');
  requireInteger(matching, 0, 'matching');
  if (assessed > contacts || matching > assessed) {
    throw invalidNumber(
      `contacts: ${matching} matching of ${assessed} assessed of ${contacts} contacts is not possible`,
    );
  }
  const skipped = contacts - assessed;
  if (assessed === 0) {
    throw notAvailable(
      contacts === 0
        ? "argument 'matches_preferences': no employer contacts to score"
        : "argument 'participant_initiated': every contact was initiated by the participant, and those are not assessed (7110–7118)",
    );
  }
  const exact = (100 * matching) / assessed;
  const metric = Math.floor(exact);
  const band = individualizedSearchBand(metric);
  const reasons: Reason[] = [
    reason(
      'services.individualized_job_search.share',
      `${matching} av ${assessed} arbeidsgiverkontakter er basert på deltakerens preferanser: ${fmt(exact, 'nb')} %, rundet ned til ${metric} % (${labelOfScore(SEARCH_BANDS, band).nb}) → ${band}.`,
      `${matching} of ${assessed} employer contacts are based on the participant's preferences: ${fmt(exact, 'en')} %, rounded down to ${metric} % (${labelOfScore(SEARCH_BANDS, band).en}) → ${band}.`,
    ),
  ];
  if (skipped > 0) {
    reasons.push(
      reason(
        'services.individualized_job_search.participant_initiated',
        `${skipped} ${plural(skipped, 'kontakt', 'kontakter')} tatt på deltakerens initiativ er ikke vurdert.`,
        `${skipped} participant-initiated ${plural(skipped, 'contact is', 'contacts are')} not assessed.`,
      ),
    );
  }
  const caps: Cap[] = [];
  if (input.preferencesExplored === false) {
    caps.push({
      rule: 'services.individualized_job_search.stated_goals_only',
      max: 2,
      nb: 'Jobbsøket bygger på oppgitte mål uten videre utforsking av sterke sider, erfaringer og preferanser',
      en: 'Job searches rest on the stated goal without further exploring strengths, experience and preferences',
    });
  }
  if (input.plansDocumented === false) {
    caps.push({
      rule: 'services.individualized_job_search.no_documented_plans',
      max: 3,
      nb: 'Ingen tegn til dokumenterte jobbutviklingsplaner',
      en: 'No evidence of documented job development plans',
    });
  }
  if (input.anyJobEncouraged === true) {
    caps.push({
      rule: 'services.individualized_job_search.justice_any_job',
      max: 3,
      nb: 'Personer med befatning med rettsapparatet oppfordres til å ta hvilken som helst jobb',
      en: 'People with criminal-justice involvement are urged to take any job',
    });
  }
  if (input.plansDocumented === undefined && band >= 4) {
    reasons.push(
      reason(
        'services.individualized_job_search.plans_not_stated',
        'Det er ikke oppgitt om det finnes dokumenterte jobbutviklingsplaner; ingen begrensning er brukt (uten planer er høyeste skår 3).',
        'Whether documented job development plans exist is not stated; no cap applied (without plans the highest score is 3).',
      ),
    );
  }
  const score = applyCaps(band, caps, reasons);
  return {
    itemId: ITEM_ID,
    score,
    metric,
    metricUnit: '%',
    exactMetric: exact,
    reasons,
  };
}

export const INDIVIDUALIZED_SEARCH = itemFunction({
  name: 'INDIVIDUALIZED_SEARCH',
  itemId: ITEM_ID,
  parameters: [
    recordsParameter('matches_preferences'),
    recordsParameter('participant_initiated', true),
    scalarParameter('plans_documented', true),
    scalarParameter('preferences_explored', true),
    scalarParameter('any_job_encouraged', true),
  ],
  compute: ([matches, initiated, plans, explored, anyJob]) => {
    const { cells, count } = parallelColumns([
      { argument: 'matches_preferences', arg: matches ?? null },
      { argument: 'participant_initiated', arg: initiated ?? null },
    ]);
    const counts = countYesNoRows(
      {
        answers: cells[0],
        readAnswer: yesNoColumn('matches_preferences', 'error'),
        outOfCount: cells[1],
        readOutOfCount: yesNoColumn('participant_initiated', 'no'),
      },
      count,
    );
    return individualizedJobSearchFromCounts({
      contacts: counts.rows,
      assessed: counts.counted,
      matching: counts.yes,
      plansDocumented: readOptionalFlag(plans ?? null, 'plans_documented'),
      preferencesExplored: readOptionalFlag(explored ?? null, 'preferences_explored'),
      anyJobEncouraged: readOptionalFlag(anyJob ?? null, 'any_job_encouraged'),
    });
  },
});
