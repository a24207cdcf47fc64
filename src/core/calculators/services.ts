/**
 * Calculators for the computable Tjenester (services) items of the IPS fidelity scale.
 *
 * Every calculator is a pure function over typed input (the exported zod/mini schemas describe
 * it) and returns an ItemResult: the 1–5 score, the floored metric it was banded from, the exact
 * metric, and reasons in nb + en naming each rule that fired. Line numbers in comments point into
 * the Norwegian manual («Håndbok i kvalitetsevaluering IPS Supported Employment»).
 *
 * The calculators do not run the schemas (a zod parse of 100 000 rows costs more than the whole
 * calculation); they re-check the domain rules they depend on in their single pass and throw
 * IpsError. Lists are processed in one pass with Map-based counting, so the cost is linear in the
 * number of rows, and the result never depends on row order. Each list calculator feeds a core
 * the spreadsheet functions feed too, while they read the cells, so no list of row objects is
 * built: a tally that takes one row at a time (RapidJobSearchTally, EmployerContactsTally,
 * JobDiversityTally, EmployerDiversityTally), counts (…FromCounts) or one column (…FromColumn).
 *
 * Global rules used throughout: whole-number scores, metrics rounded DOWN before banding
 * («rundes ned», 1758–1768; «Rund alltid ned», 7426; «Rund ned (f.eks. 3,6 -> 3)», 7704).
 */
import * as z from 'zod/mini';
import { IpsError, invalidNumber, invalidValue, notAvailable } from '../errors';
import { readKey, type PercentUnit } from '../cells';
import type { ItemResult, Reason } from '../result';
import type { Score } from '../scale/types';
import { itemById } from '../scale/registry';
import { applyCaps as applyRegistryCaps } from './judgement';
import { asScore, CompensatedSum, floorMetric, formatNumber, reason } from './reasons';

/**
 * Builds a module-level zod schema. Call sites are marked pure, so a bundle that never reads the
 * schema (the spreadsheet functions, which use the tallies and column cores) leaves it out.
 */
function schema<T>(build: () => T): T {
  return build();
}

/** Stable ids of the items scored here (as in the IPS-25 registry). */
export const SERVICES_ITEM_IDS = {
  careerAssessment: 'services.career_assessment',
  rapidJobSearch: 'services.rapid_job_search',
  individualizedJobSearch: 'services.individualized_job_search',
  employerContacts: 'services.employer_contacts',
  employerContactQuality: 'services.employer_contact_quality',
  jobDiversity: 'services.job_diversity',
  employerDiversity: 'services.employer_diversity',
  competitiveJobs: 'services.competitive_jobs',
  communityBased: 'services.community_based',
} as const;

// ---------------------------------------------------------------------------------------------
// Small shared pieces
// ---------------------------------------------------------------------------------------------

const fmt = formatNumber;

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** Compensated (Neumaier) sum: the result does not depend on the order of the terms in practice. */
function stableSum(values: ArrayLike<number>): number {
  const sum = new CompensatedSum();
  for (let i = 0; i < values.length; i++) sum.add(values[i]!);
  return sum.total();
}

interface Cap {
  readonly rule: string;
  readonly max: Score;
  readonly nb: string;
  readonly en: string;
}

/** Applies caps (each "at most N") to a band score; every cap that holds is explained. */
function applyCaps(score: Score, caps: readonly Cap[], reasons: Reason[]): Score {
  let capped = score;
  for (const cap of caps) {
    const lowers = cap.max < capped;
    const nbTail = lowers ? ` (${capped} senkes til ${cap.max}).` : '.';
    const enTail = lowers ? ` (${capped} lowered to ${cap.max}).` : '.';
    reasons.push(reason(cap.rule, `${cap.nb} → høyst ${cap.max}${nbTail}`, `${cap.en} → at most ${cap.max}${enTail}`));
    if (lowers) capped = cap.max;
  }
  return capped;
}

function requireInteger(value: number, min: number, what: string, index?: number): void {
  if (!Number.isInteger(value) || value < min) {
    const where = index === undefined ? what : `${what} (entry ${index + 1})`;
    throw invalidNumber(`${where}: expected a whole number ≥ ${min}, got ${value}`);
  }
}

function requireFinite(value: number, what: string, index?: number): void {
  if (!Number.isFinite(value)) {
    const where = index === undefined ? what : `${what} (entry ${index + 1})`;
    throw invalidNumber(`${where}: expected a finite number, got ${value}`);
  }
}

/**
 * True for ordinary text that normalisation leaves alone apart from case: printable ASCII, no
 * surrounding spaces, no runs of spaces. Checked with one scan instead of regular expressions.
 */
function isPlainText(text: string): boolean {
  const length = text.length;
  if (length === 0) return false;
  let previousSpace = true; // a leading space is not plain
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (code < 32 || code > 126) {
      return false;
    } else {
      previousSpace = false;
    }
  }
  return !previousSpace;
}

/**
 * Rows grouped by a text key (job types, employers, specialists): compared without case and
 * surrounding/repeated spaces, the same normalisation as readKey (plain text, see isPlainText,
 * only needs lower case). Lists repeat the same few spellings, so each distinct spelling is
 * normalised once and then maps straight to its group: one Map lookup per row. A Map, not an
 * object, so a spelling such as "constructor" or "__proto__" is an ordinary label. Groups are
 * kept in the order their key first appears.
 */
class Grouping<T> {
  readonly byKey = new Map<string, T>();
  private readonly bySpelling = new Map<string, T>();
  constructor(
    private readonly what: string,
    /** A new group, first seen with this spelling; `label` is the spelling as displayed (see cleanLabel). */
    private readonly create: (label: string) => T,
    /** Another spelling of an existing group, as displayed. */
    private readonly respelled?: (group: T, label: string) => void,
  ) {}

  of(spelling: string): T {
    const known = this.bySpelling.get(spelling);
    if (known !== undefined) return known;
    const plain = isPlainText(spelling);
    const key = plain ? spelling.toLowerCase() : readKey(spelling, { argument: this.what });
    const label = plain ? spelling : cleanLabel(spelling);
    let group = this.byKey.get(key);
    if (group === undefined) {
      group = this.create(label);
      this.byKey.set(key, group);
    } else if (this.respelled !== undefined) {
      this.respelled(group, label);
    }
    this.bySpelling.set(spelling, group);
    return group;
  }
}

/**
 * Minimum sample for Tjenester 8, 9 and 10: under 10 jobs for a staff of at least two
 * specialists, fewer than 5 with one specialist (7744–7748, 7968–7972, 8179–8181).
 */
function minimumSample(specialists: number | undefined): number {
  return specialists === 1 ? 5 : 10;
}

function sampleRuleText(specialists: number | undefined): { nb: string; en: string } {
  if (specialists === undefined) {
    return {
      nb: 'færre enn 10 jobber; antall jobbspesialister er ikke oppgitt, så regelen for en stab på minst to brukes',
      en: 'fewer than 10 jobs; the number of specialists is not given, so the rule for 2+ specialists applies',
    };
  }
  if (specialists === 1)
    return { nb: 'færre enn 5 jobber med én jobbspesialist', en: 'fewer than 5 jobs with one specialist' };
  return {
    nb: `færre enn 10 jobber med ${specialists} jobbspesialister`,
    en: `fewer than 10 jobs with 2+ specialists (${specialists})`,
  };
}

function checkSpecialists(specialists: number | undefined): void {
  if (specialists !== undefined) requireInteger(specialists, 1, 'specialists');
}

// ---------------------------------------------------------------------------------------------
// Tjenester 4 — Rask oppstart av jobbsøk (days to first employer contact)
// ---------------------------------------------------------------------------------------------

export const DaysToEmployerContactInputSchema = /* @__PURE__ */ schema(() =>
  z.object({
    /** One entry per participant recently taken into the service (6807–6813). */
    participants: z.array(
      z.object({
        /** The participant's employment specialist (compared without case/spaces). */
        specialist: z.string().check(z.minLength(1)),
        /** Day number (Excel serial) of the participant's first meeting with the specialist (6797–6799). */
        intakeDate: z.int(),
        /**
         * Day number of the first in-person employer contact by the specialist and/or participant
         * (6842–6868); null when there has been none yet although the person wants it (6870–6876).
         */
        firstContactDate: z.nullable(z.int()),
      }),
    ),
    /** Whether the supervisor records the days to first employer contact (6815–6821; anchor 5). */
    supervisorRecords: z.optional(z.boolean()),
    /** Day number of the review visit, used for participants without a contact yet (6870–6876). */
    reviewDate: z.optional(z.int()),
  }),
);
export type DaysToEmployerContactInput = z.infer<typeof DaysToEmployerContactInputSchema>;

/** Anchors (10858–10908): ≤ 30 days → 5, 31–60 → 4, 61–150 → 3, 151–270 → 2, ≥ 271 → 1. */
export function rapidJobSearchBand(days: number): Score {
  if (days <= 30) return 5;
  if (days <= 60) return 4;
  if (days <= 150) return 3;
  if (days <= 270) return 2;
  return 1;
}

const DAY_BANDS = ['271+', '151–270', '61–150', '31–60', '0–30'] as const;

/**
 * Tjenester 4. The «Slik beregner du skåren» box (6970–6978): the mean number of days from intake
 * (first meeting with the specialist) to the first physical employer contact for each specialist,
 * then the mean of those means over the specialists; rounded down, banded by the anchors.
 * Not higher than 4 when the supervisor does not record the days (6815–6821).
 */
export function daysToEmployerContact(input: DaysToEmployerContactInput): ItemResult {
  const { participants, supervisorRecords, reviewDate } = input;
  if (participants.length === 0) throw notAvailable(NO_PARTICIPANTS);
  if (reviewDate !== undefined) requireFinite(reviewDate, 'reviewDate');
  const tally = new RapidJobSearchTally();
  for (let i = 0; i < participants.length; i++) {
    const participant = participants[i]!;
    requireFinite(participant.intakeDate, 'intakeDate', i);
    let end = participant.firstContactDate;
    if (end === null) {
      if (reviewDate === undefined) {
        throw invalidValue(
          `firstContactDate (entry ${i + 1}) is empty: give the review date to count the days up to the review visit for a participant who wants employer contact but has had none (6870–6876)`,
        );
      }
      end = reviewDate;
    }
    requireFinite(end, 'firstContactDate', i);
    const days = end - participant.intakeDate;
    if (days < 0) {
      throw invalidNumber(
        `entry ${i + 1}: the first employer contact (or review date) is ${-days} days before the intake date`,
      );
    }
    tally.add(participant.specialist, days, participant.firstContactDate === null);
  }
  return tally.result(supervisorRecords);
}

const NO_PARTICIPANTS =
  "argument 'specialist': no participants to score (give one row per participant recently taken in)";

/**
 * Tjenester 4 one participant at a time, for callers that check each row themselves (the
 * spreadsheet function reads and checks the cells; daysToEmployerContact the typed input): no
 * list of participants is built, and the days are added per specialist as they come.
 */
export class RapidJobSearchTally {
  private readonly specialists = new Grouping<{ sum: number; count: number }>('specialist', () => ({
    sum: 0,
    count: 0,
  }));
  private participants = 0;
  private waiting = 0;

  /** One participant: their specialist, the days to the first employer contact (or up to the review), and whether they are still waiting. */
  add(specialist: string, days: number, waiting = false): void {
    if (!(days >= 0 && days !== Infinity)) {
      throw invalidNumber(
        `entry ${this.participants + 1}: expected a number of days ≥ 0 from intake to the first employer contact, got ${days}`,
      );
    }
    const group = this.specialists.of(specialist);
    group.sum += days;
    group.count++;
    this.participants++;
    if (waiting) this.waiting++;
  }

  result(supervisorRecords?: boolean): ItemResult {
    if (this.participants === 0) throw notAvailable(NO_PARTICIPANTS);
    return rapidJobSearchResult(this.specialists.byKey.values(), this.participants, this.waiting, supervisorRecords);
  }
}

function rapidJobSearchResult(
  perSpecialist: Iterable<{ readonly sum: number; readonly count: number }>,
  participants: number,
  waiting: number,
  supervisorRecords: boolean | undefined,
): ItemResult {
  const means: number[] = [];
  for (const { sum, count } of perSpecialist) means.push(sum / count);
  const exact = stableSum(means) / means.length;
  const metric = floorMetric(exact);
  const band = rapidJobSearchBand(metric);
  const n = participants;
  const k = means.length;
  const participantsNb = `${n} ${plural(n, 'deltaker', 'deltakere')}`;
  const participantsEn = `${n} ${plural(n, 'participant', 'participants')}`;
  const reasons: Reason[] = [
    k === 1
      ? reason(
          'services.rapid_job_search.mean_per_specialist',
          `Gjennomsnittlig antall dager fra første møte med jobbspesialisten til første fysiske arbeidsgiverkontakt (én jobbspesialist, ${participantsNb}): ${fmt(exact, 'nb')} dager, rundet ned til ${metric}.`,
          `Mean days from the first meeting with the specialist to the first in-person employer contact (one specialist, ${participantsEn}): ${fmt(exact, 'en')} days, rounded down to ${metric}.`,
        )
      : reason(
          'services.rapid_job_search.mean_per_specialist',
          `Gjennomsnittlig antall dager fra første møte med jobbspesialisten til første fysiske arbeidsgiverkontakt, først for hver av ${k} jobbspesialister og så snittet av snittene (${participantsNb}): ${fmt(exact, 'nb')} dager, rundet ned til ${metric}.`,
          `Mean days from the first meeting with the specialist to the first in-person employer contact, first for each of ${k} specialists, then the mean of their means (${participantsEn}): ${fmt(exact, 'en')} days, rounded down to ${metric}.`,
        ),
  ];
  if (waiting > 0) {
    reasons.push(
      reason(
        'services.rapid_job_search.no_contact_yet',
        `${waiting} ${plural(waiting, 'deltaker', 'deltakere')} uten arbeidsgiverkontakt ennå: dagene er talt fram til evalueringsbesøket.`,
        `${waiting} ${plural(waiting, 'participant', 'participants')} without an employer contact yet: days counted up to the review visit.`,
      ),
    );
  }
  reasons.push(
    reason(
      'services.rapid_job_search.band',
      `${metric} dager ligger i intervallet ${DAY_BANDS[band - 1]} dager → ${band}.`,
      `${metric} days is in the ${DAY_BANDS[band - 1]} day band → ${band}.`,
    ),
  );
  const caps: Cap[] = [];
  if (supervisorRecords === false) {
    caps.push({
      rule: 'services.rapid_job_search.not_tracked',
      max: 4,
      nb: 'Metodeveilederen registrerer ikke antall dager til første arbeidsgiverkontakt',
      en: 'The supervisor does not record the days to first employer contact',
    });
  } else if (supervisorRecords === true) {
    reasons.push(
      reason(
        'services.rapid_job_search.recorded',
        'Metodeveilederen registrerer dagene til første arbeidsgiverkontakt: ingen begrensning.',
        'The supervisor records the days to first employer contact: no cap.',
      ),
    );
  } else if (band === 5) {
    reasons.push(
      reason(
        'services.rapid_job_search.recording_not_stated',
        'Det er ikke oppgitt om metodeveilederen registrerer dagene; ingen begrensning er brukt (uten registrering er høyeste skår 4).',
        'Whether the supervisor records the days is not stated; no cap applied (without recording the highest score is 4).',
      ),
    );
  }
  const score = applyCaps(band, caps, reasons);
  return { itemId: SERVICES_ITEM_IDS.rapidJobSearch, score, metric, metricUnit: 'days', exactMetric: exact, reasons };
}

// ---------------------------------------------------------------------------------------------
// Tjenester 5 — Individuelt tilpasset jobbsøk
// ---------------------------------------------------------------------------------------------

export const IndividualizedSearchInputSchema = /* @__PURE__ */ schema(() =>
  z.object({
    /** One entry per specialist–employer contact reviewed. */
    contacts: z.array(
      z.object({
        /** The contact was based on a job choice reflecting the participant's preferences, strengths, needs. */
        matchesPreferences: z.boolean(),
        /** Not assessed: the participant took the initiative (7110–7118). */
        notAssessed: z.optional(z.boolean()),
      }),
    ),
    /** Documented, individual job development plans exist (7122–7124; anchors 4–5). false → at most 3. */
    plansDocumented: z.optional(z.boolean()),
    /** Specialists explore preferences beyond the stated goal (7126–7134). false → at most 2. */
    preferencesExplored: z.optional(z.boolean()),
    /** Specialists urge people with criminal-justice involvement to take any job (7141–7155). true → at most 3. */
    anyJobEncouraged: z.optional(z.boolean()),
  }),
);
export type IndividualizedSearchInput = z.infer<typeof IndividualizedSearchInputSchema>;

/** Anchors (10940–10995): < 25 % → 1, 25–49 → 2, 50–74 → 3, 75–89 → 4, 90–100 → 5. */
export function individualizedSearchBand(percent: number): Score {
  if (percent >= 90) return 5;
  if (percent >= 75) return 4;
  if (percent >= 50) return 3;
  if (percent >= 25) return 2;
  return 1;
}

const SEARCH_BANDS = ['< 25 %', '25–49 %', '50–74 %', '75–89 %', '90–100 %'] as const;

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
      `${matching} av ${assessed} arbeidsgiverkontakter er basert på deltakerens preferanser: ${fmt(exact, 'nb')} %, rundet ned til ${metric} % (${SEARCH_BANDS[band - 1]}) → ${band}.`,
      `${matching} of ${assessed} employer contacts are based on the participant's preferences: ${fmt(exact, 'en')} %, rounded down to ${metric} % (${SEARCH_BANDS[band - 1]}) → ${band}.`,
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
    itemId: SERVICES_ITEM_IDS.individualizedJobSearch,
    score,
    metric,
    metricUnit: '%',
    exactMetric: exact,
    reasons,
  };
}

// ---------------------------------------------------------------------------------------------
// Tjenester 6 — Jobbutvikling – hyppig arbeidsgiverkontakt
// ---------------------------------------------------------------------------------------------

/**
 * How the supervisor uses the employer-contact logs, from the manual's caps:
 * - weekly: the form is reviewed every week (anchors 4–5) — no cap;
 * - monthly: reviewed every month (anchor 3) — at most 3;
 * - not_reviewed: logged but the supervisor does not go through the logs (7438–7444) — at most 2;
 * - no_log: no recording system (anchor 2 «ELLER bruker ikke noe registreringssystem») — at most 2;
 * - mixed: logs mix phone and participant-only contacts and they cannot be told apart (7446–7452) — at most 2;
 * - unverifiable: it cannot be established whether contacts were in person or with a hiring
 *   authority and the supervisor cannot clarify (7413–7422) — the item gets 2.
 */
export const LOG_REVIEW_VALUES = ['weekly', 'monthly', 'not_reviewed', 'no_log', 'mixed', 'unverifiable'] as const;
export const LogReviewSchema = /* @__PURE__ */ schema(() => z.enum(LOG_REVIEW_VALUES));
export type LogReview = z.infer<typeof LogReviewSchema>;

export const EmployerContactsInputSchema = /* @__PURE__ */ schema(() =>
  z.object({
    /** One entry per employment specialist (peer specialists doing the full job count as specialists). */
    specialists: z.array(
      z.object({
        /** Countable in-person contacts with people with hiring authority in the review window (7346–7377). */
        contacts: z.int().check(z.minimum(0)),
        /** Weeks in the review window (normally 8: the last two months, 7383–7397). */
        weeks: z.number().check(z.positive()),
        /** Weeks absent in the window; under one week ("a few days") does not change the calculation (7401–7411). */
        absentWeeks: z.optional(z.number().check(z.minimum(0))),
        /** Months in post; specialists in post less than one month are left out (7389–7395). */
        monthsInPost: z.optional(z.number().check(z.minimum(0))),
        /** People in the specialist's caseload looking for work (anchor 5's small-caseload rule, 11071–11077). */
        jobSeekers: z.optional(z.int().check(z.minimum(0))),
      }),
    ),
    /** How the supervisor reviews the contact logs; omitted → no cap. */
    logReview: z.optional(LogReviewSchema),
  }),
);
export type EmployerContactsInput = z.infer<typeof EmployerContactsInputSchema>;

/**
 * Anchors (11031–11081) on the contacts per week rounded down: under 2 → 1, 2–3 → 2 («mellom to og
 * tre, skal skåren være 2», 7424–7426; anchor 3 needs four), 4 → 3, 5 → 4, 6 or more → 5.
 */
export function employerContactsBand(perWeek: number): Score {
  if (perWeek >= 6) return 5;
  if (perWeek >= 5) return 4;
  if (perWeek >= 4) return 3;
  if (perWeek >= 2) return 2;
  return 1;
}

const LOG_CAPS: Readonly<Record<Exclude<LogReview, 'weekly' | 'unverifiable'>, Cap>> = {
  monthly: {
    rule: 'services.employer_contacts.logs_reviewed_monthly',
    max: 3,
    nb: 'Metodeveilederen går igjennom kontaktloggene månedlig, ikke ukentlig',
    en: 'The supervisor reviews the contact logs monthly, not weekly',
  },
  not_reviewed: {
    rule: 'services.employer_contacts.logs_not_reviewed',
    max: 2,
    nb: 'Metodeveilederen går ikke igjennom kontaktloggene',
    en: 'The supervisor does not review the contact logs',
  },
  no_log: {
    rule: 'services.employer_contacts.no_tracking_system',
    max: 2,
    nb: 'Jobbspesialistene bruker ikke noe registreringssystem',
    en: 'The specialists use no recording system',
  },
  mixed: {
    rule: 'services.employer_contacts.mixed_logs',
    max: 2,
    nb: 'Loggene blander telefonkontakter og kontakter uten jobbspesialist, og de kan ikke skilles',
    en: 'The logs mix phone contacts and contacts without the specialist, and they cannot be told apart',
  },
};

/**
 * Tjenester 6. Countable contacts ÷ specialist-weeks over the specialists included (box 7491–7497
 * and procedure 7383–7397; the absence example 7401–7411 divides the total by the summed weeks),
 * rounded down, banded; log-review caps; the small-caseload alternative for 5.
 */
export function employerContacts(input: EmployerContactsInput): ItemResult {
  const { specialists, logReview } = input;
  if (specialists.length === 0) throw notAvailable("argument 'contacts': no specialists to score");
  const tally = new EmployerContactsTally();
  for (const specialist of specialists) {
    tally.add(
      specialist.contacts,
      specialist.weeks,
      specialist.absentWeeks,
      specialist.monthsInPost,
      specialist.jobSeekers,
    );
  }
  return tally.result(logReview);
}

/** What Tjenester 6 keeps of the specialists: totals and counts, no list. */
export interface EmployerContactsCounts {
  /** Specialists given (one per row read). */
  entries: number;
  totalContacts: number;
  totalWeeks: number;
  included: number;
  newInPost: number;
  noJobSeekers: number;
  awayAllPeriod: number;
  absencesCounted: number;
  shortAbsences: number;
  smallCaseload: boolean;
  /** The small-caseload rule's per-specialist ratings (specialistRating), added up for every included specialist. */
  smallCaseloadSum: number;
  smallCaseloadReached: number;
}

export function noEmployerContacts(): EmployerContactsCounts {
  return {
    entries: 0,
    totalContacts: 0,
    totalWeeks: 0,
    included: 0,
    newInPost: 0,
    noJobSeekers: 0,
    awayAllPeriod: 0,
    absencesCounted: 0,
    shortAbsences: 0,
    smallCaseload: false,
    smallCaseloadSum: 0,
    smallCaseloadReached: 0,
  };
}

/**
 * Checks one specialist (entry `index`, 0-based) and counts in `counts` why they are left out
 * (7389–7395: under a month in post; anchor 5: nobody looking for work; absent the whole
 * period) or how their absence is read (7401–7411: a week or more is taken off the weeks, less
 * changes nothing). Returns the weeks that count for them, 0 when they are left out; the caller
 * adds the included specialist (see EmployerContactsTally.add).
 */
export function weeksThatCount(
  counts: EmployerContactsCounts,
  index: number,
  contacts: number,
  weeksInPeriod: number,
  absentWeeks?: number,
  monthsInPost?: number,
  jobSeekers?: number,
): number {
  requireInteger(contacts, 0, 'contacts', index);
  requireFinite(weeksInPeriod, 'weeks', index);
  if (weeksInPeriod === 0)
    throw new IpsError('divisionByZero', `weeks (entry ${index + 1}): expected a number of weeks > 0, got 0`);
  if (weeksInPeriod < 0)
    throw invalidNumber(`weeks (entry ${index + 1}): expected a number of weeks > 0, got ${weeksInPeriod}`);
  const absent = absentWeeks ?? 0;
  requireFinite(absent, 'absentWeeks', index);
  if (absent < 0 || absent > weeksInPeriod) {
    throw invalidNumber(`absentWeeks (entry ${index + 1}): expected 0 to ${weeksInPeriod} weeks, got ${absent}`);
  }
  if (monthsInPost !== undefined) {
    requireFinite(monthsInPost, 'monthsInPost', index);
    if (monthsInPost < 0) throw invalidNumber(`monthsInPost (entry ${index + 1}): expected ≥ 0, got ${monthsInPost}`);
    if (monthsInPost < 1) {
      counts.newInPost++;
      return 0;
    }
  }
  if (jobSeekers !== undefined) {
    requireInteger(jobSeekers, 0, 'jobSeekers', index);
    if (jobSeekers === 0) {
      counts.noJobSeekers++;
      return 0;
    }
    if (jobSeekers < 3) counts.smallCaseload = true;
  }
  let weeks = weeksInPeriod;
  if (absent >= 1) {
    weeks -= absent;
    counts.absencesCounted++;
  } else if (absent > 0) {
    counts.shortAbsences++;
  }
  if (weeks <= 0) {
    if (contacts > 0) {
      throw invalidNumber(`entry ${index + 1}: ${contacts} contacts but absent for all ${weeksInPeriod} weeks`);
    }
    counts.awayAllPeriod++;
    return 0;
  }
  return weeks;
}

/**
 * Anchor 5: «to møter … multiplisert med antall personer som leter etter arbeid, når det er færre
 * enn tre personer som søker jobb i jobbspesialistens deltakerportefølje» — a per-specialist
 * threshold, so each included specialist is rated and the ratings averaged and rounded down
 * (used only when some specialist has fewer than three job seekers). True when this specialist
 * reaches 5 by it.
 */
export function reachesSmallCaseloadFive(contacts: number, weeks: number, jobSeekers: number | undefined): boolean {
  return jobSeekers !== undefined && jobSeekers < 3 && floorMetric(contacts / weeks) >= 2 * jobSeekers;
}

/** An included specialist's rating for the small-caseload rule: 5 when reached, else the band of their own contacts per week. */
export function specialistRating(contacts: number, weeks: number, jobSeekers: number | undefined): Score {
  return reachesSmallCaseloadFive(contacts, weeks, jobSeekers)
    ? 5
    : employerContactsBand(floorMetric(contacts / weeks));
}

/**
 * Tjenester 6 one specialist at a time (see RapidJobSearchTally): each specialist is checked and
 * counted as it comes (left out, absent, rated for the small-caseload rule), so no list is kept.
 */
export class EmployerContactsTally {
  private readonly counts = noEmployerContacts();

  add(contacts: number, weeksInPeriod: number, absentWeeks?: number, monthsInPost?: number, jobSeekers?: number): void {
    const counts = this.counts;
    const weeks = weeksThatCount(
      counts,
      counts.entries++,
      contacts,
      weeksInPeriod,
      absentWeeks,
      monthsInPost,
      jobSeekers,
    );
    if (weeks === 0) return;
    counts.totalContacts += contacts;
    counts.totalWeeks += weeks;
    counts.included++;
    counts.smallCaseloadSum += specialistRating(contacts, weeks, jobSeekers);
    if (reachesSmallCaseloadFive(contacts, weeks, jobSeekers)) counts.smallCaseloadReached++;
  }

  result(logReview?: LogReview): ItemResult {
    return employerContactsFromCounts(this.counts, logReview);
  }
}

/** Tjenester 6 from the counts of its specialists (see EmployerContactsTally, and the spreadsheet function's one pass). */
export function employerContactsFromCounts(
  counts: Readonly<EmployerContactsCounts>,
  logReview?: LogReview,
): ItemResult {
  if (counts.entries === 0) throw notAvailable("argument 'contacts': no specialists to score");
  return employerContactsResult(counts, logReview);
}

function employerContactsResult(
  counts: Readonly<EmployerContactsCounts>,
  logReview: LogReview | undefined,
): ItemResult {
  // Checked here as the calculators do not run the schemas: a word that is not a LogReview
  // (e.g. "constructor", which a plain lookup would find on Object.prototype) is an error.
  if (logReview !== undefined && !(LOG_REVIEW_VALUES as readonly unknown[]).includes(logReview)) {
    throw invalidValue(
      `argument 'log_review': expected one of ${LOG_REVIEW_VALUES.join(', ')}, got ${JSON.stringify(logReview)}`,
    );
  }
  const {
    totalContacts,
    totalWeeks,
    included,
    newInPost,
    noJobSeekers,
    awayAllPeriod,
    absencesCounted,
    shortAbsences,
    smallCaseload,
    smallCaseloadSum,
    smallCaseloadReached,
  } = counts;
  const reasons: Reason[] = [];
  if (newInPost > 0) {
    reasons.push(
      reason(
        'services.employer_contacts.new_in_post',
        `${newInPost} ${plural(newInPost, 'jobbspesialist', 'jobbspesialister')} som har vært i stillingen mindre enn én måned, er utelatt.`,
        `${newInPost} ${plural(newInPost, 'specialist', 'specialists')} in post less than one month left out.`,
      ),
    );
  }
  if (noJobSeekers > 0) {
    reasons.push(
      reason(
        'services.employer_contacts.no_job_seekers',
        `${noJobSeekers} ${plural(noJobSeekers, 'jobbspesialist', 'jobbspesialister')} uten noen som leter etter arbeid, er utelatt.`,
        `${noJobSeekers} ${plural(noJobSeekers, 'specialist', 'specialists')} with nobody looking for work left out.`,
      ),
    );
  }
  if (awayAllPeriod > 0) {
    reasons.push(
      reason(
        'services.employer_contacts.absent_whole_period',
        `${awayAllPeriod} ${plural(awayAllPeriod, 'jobbspesialist', 'jobbspesialister')} borte hele perioden er utelatt.`,
        `${awayAllPeriod} ${plural(awayAllPeriod, 'specialist', 'specialists')} absent for the whole period left out.`,
      ),
    );
  }
  if (included === 0) {
    throw notAvailable(
      "argument 'contacts': every specialist is left out (less than one month in post, nobody looking for work, or absent the whole period)",
    );
  }
  if (absencesCounted > 0) {
    reasons.push(
      reason(
        'services.employer_contacts.absence_weeks',
        `Fravær på én uke eller mer er trukket fra ukene for ${absencesCounted} ${plural(absencesCounted, 'jobbspesialist', 'jobbspesialister')}.`,
        `Absences of one week or more are taken off the weeks of ${absencesCounted} ${plural(absencesCounted, 'specialist', 'specialists')}.`,
      ),
    );
  }
  if (shortAbsences > 0) {
    reasons.push(
      reason(
        'services.employer_contacts.short_absence',
        `Fravær på under én uke endrer ikke beregningen (${shortAbsences} ${plural(shortAbsences, 'jobbspesialist', 'jobbspesialister')}).`,
        `Absences under one week do not change the calculation (${shortAbsences} ${plural(shortAbsences, 'specialist', 'specialists')}).`,
      ),
    );
  }
  const exact = totalContacts / totalWeeks;
  const metric = floorMetric(exact);
  const k = included;
  reasons.push(
    reason(
      'services.employer_contacts.rate',
      `${totalContacts} arbeidsgiverkontakter over ${fmt(totalWeeks, 'nb')} uker (${k} ${plural(k, 'jobbspesialist', 'jobbspesialister')}) = ${fmt(exact, 'nb')} per uke, rundet ned til ${metric}.`,
      `${totalContacts} employer contacts over ${fmt(totalWeeks, 'en')} weeks (${k} ${plural(k, 'specialist', 'specialists')}) = ${fmt(exact, 'en')} per week, rounded down to ${metric}.`,
    ),
  );
  let band: Score;
  if (smallCaseload) {
    // Each specialist rated for the small-caseload rule (see EmployerContactsTally.add), averaged, rounded down.
    const sum = smallCaseloadSum;
    const reached = smallCaseloadReached;
    const mean = sum / k;
    band = asScore(Math.max(1, floorMetric(mean)));
    reasons.push(
      reason(
        'services.employer_contacts.small_caseload',
        `Færre enn tre jobbsøkere hos minst én jobbspesialist: hver jobbspesialist vurderes for seg (to kontakter per uke per jobbsøker gir 5; ${reached} nådde det), snittet ${fmt(mean, 'nb')} rundes ned → ${band}.`,
        `Fewer than three job seekers for at least one specialist: each specialist is rated separately (two contacts a week per job seeker gives 5; ${reached} reached it), the mean ${fmt(mean, 'en')} rounded down → ${band}.`,
      ),
    );
  } else {
    band = employerContactsBand(metric);
    reasons.push(
      reason(
        'services.employer_contacts.band',
        `${metric} kontakter per uke → ${band} (under 2 → 1, 2–3 → 2, 4 → 3, 5 → 4, 6 eller flere → 5).`,
        `${metric} contacts a week → ${band} (under 2 → 1, 2–3 → 2, 4 → 3, 5 → 4, 6 or more → 5).`,
      ),
    );
  }
  let score: Score;
  if (logReview === 'unverifiable') {
    score = 2;
    reasons.push(
      reason(
        'services.employer_contacts.unverifiable',
        'Det kan ikke avgjøres om kontaktene var fysiske eller med en som har ansettelsesmyndighet, og metodeveilederen kan ikke gi mer informasjon → 2.',
        'It cannot be established whether the contacts were in person or with someone with hiring authority, and the supervisor cannot clarify → 2.',
      ),
    );
  } else if (logReview === undefined) {
    score = band;
    if (band >= 3) {
      reasons.push(
        reason(
          'services.employer_contacts.review_not_stated',
          'Det er ikke oppgitt hvor ofte metodeveilederen går igjennom loggene; ingen begrensning er brukt (3 krever månedlig, 4–5 ukentlig gjennomgang).',
          'How often the supervisor reviews the logs is not stated; no cap applied (3 needs monthly, 4–5 weekly review).',
        ),
      );
    }
  } else if (logReview === 'weekly') {
    score = band;
    reasons.push(
      reason(
        'services.employer_contacts.weekly_review',
        'Metodeveilederen går igjennom loggene ukentlig: ingen begrensning.',
        'The supervisor reviews the logs weekly: no cap.',
      ),
    );
  } else {
    score = applyCaps(band, [LOG_CAPS[logReview]], reasons);
  }
  return {
    itemId: SERVICES_ITEM_IDS.employerContacts,
    score,
    metric,
    metricUnit: 'contacts/week',
    exactMetric: exact,
    reasons,
  };
}

// ---------------------------------------------------------------------------------------------
// Tjenester 8 and 9 — Stor bredde i typer jobber / arbeidsgivere
// ---------------------------------------------------------------------------------------------

export const JobDiversityInputSchema = /* @__PURE__ */ schema(() =>
  z.object({
    /** One entry per job held now (or started in the last six months when fewer than 10). */
    jobs: z.array(
      z.object({
        /** The job type (by duties, not only the title, 7750–7760). */
        type: z.string().check(z.minLength(1)),
        /** The job was obtained before the person entered IPS: not counted (7736–7738). */
        beforeIps: z.optional(z.boolean()),
      }),
    ),
    /** Number of employment specialists on the team (sets the minimum sample). */
    specialists: z.optional(z.int().check(z.minimum(1))),
  }),
);
export type JobDiversityInput = z.infer<typeof JobDiversityInputSchema>;

export const EmployerDiversityInputSchema = /* @__PURE__ */ schema(() =>
  z.object({
    jobs: z.array(
      z.object({
        /** The employer (business) of the job. */
        employer: z.string().check(z.minLength(1)),
        /** The worksite; entries at different worksites are different for the count (7974–7984). */
        worksite: z.optional(z.nullable(z.string())),
        /** Obtained before entering IPS: not counted (7966–7968). */
        beforeIps: z.optional(z.boolean()),
      }),
    ),
    specialists: z.optional(z.int().check(z.minimum(1))),
  }),
);
export type EmployerDiversityInput = z.infer<typeof EmployerDiversityInputSchema>;

/** Anchors for Tjenester 8 and 9 (11166–11260): < 50 % → 1, 50–59 → 2, 60–69 → 3, 70–84 → 4, 85–100 → 5. */
export function diversityBand(percent: number): Score {
  if (percent >= 85) return 5;
  if (percent >= 70) return 4;
  if (percent >= 60) return 3;
  if (percent >= 50) return 2;
  return 1;
}

const DIVERSITY_BANDS = ['< 50 %', '50–59 %', '60–69 %', '70–84 %', '85–100 %'] as const;

interface Tally {
  count: number;
  /** Display label: the smallest spelling seen, so the text never depends on row order. */
  label: string;
}

const MAX_LISTED = 5;

/** Empty or only spaces (checked without allocating for ordinary text). */
function isBlankText(text: string): boolean {
  if (text.length === 0) return true;
  if (text.charCodeAt(0) > 32 && text.charCodeAt(text.length - 1) > 32) return false;
  return text.trim() === '';
}

/** A label for display: trimmed, inner runs of spaces collapsed. */
function cleanLabel(text: string): string {
  return isPlainText(text) ? text : text.trim().replace(/\s+/g, ' ');
}

/** The listing order of struck entries: most entries first, then by label. */
function listedBefore(a: Tally, b: Tally): boolean {
  return a.count !== b.count ? a.count > b.count : a.label < b.label;
}

/**
 * Keeps `first` as the first MAX_LISTED entries of the listing order among those offered so far;
 * an entry tied with one offered earlier comes after it (as a stable sort of all would give).
 */
function listAmongFirst(first: Tally[], tally: Tally): void {
  let at = first.length;
  while (at > 0 && listedBefore(tally, first[at - 1]!)) at--;
  if (at >= MAX_LISTED) return;
  first.splice(at, 0, tally);
  if (first.length > MAX_LISTED) first.pop();
}

/** At most two entries of one key are counted; the 3rd and later are struck (7762–7767, 8117–8125). */
function diversityResult(
  itemId: string,
  tallies: Map<string, Tally>,
  total: number,
  beforeIps: number,
  specialists: number | undefined,
  words: { nb: string; en: string; nbPlural: string; enPlural: string },
): ItemResult {
  let countable = 0;
  let struckCount = 0;
  /** The first MAX_LISTED struck entries in the order they are listed, kept as they come (no sort of every entry). */
  const struck: Tally[] = [];
  for (const tally of tallies.values()) {
    if (tally.count > 2) {
      countable += 2;
      struckCount++;
      listAmongFirst(struck, tally);
    } else {
      countable += tally.count;
    }
  }
  const reasons: Reason[] = [];
  if (beforeIps > 0) {
    reasons.push(
      reason(
        `${itemId}.before_ips`,
        `${beforeIps} ${plural(beforeIps, 'jobb', 'jobber')} som personene fikk før de kom inn i IPS, er ikke tatt med.`,
        `${beforeIps} ${plural(beforeIps, 'job', 'jobs')} obtained before entering IPS not counted.`,
      ),
    );
  }
  if (total === 0)
    throw notAvailable(
      `argument 'before_ips': every job was obtained before entering IPS, so there are no jobs to score`,
    );
  const rule = `${itemId}.max_two_same`;
  for (const tally of struck) {
    reasons.push(
      reason(
        rule,
        `«${tally.label}» er oppført ${tally.count} ganger: 3. og senere forekomst er ikke regnet med.`,
        `'${tally.label}' is listed ${tally.count} times: 3rd and later '${tally.label}' not counted.`,
      ),
    );
  }
  if (struckCount > MAX_LISTED) {
    const more = struckCount - MAX_LISTED;
    reasons.push(
      reason(
        rule,
        `… og ${more} ${plural(more, words.nb, words.nbPlural)} til er oppført mer enn to ganger.`,
        `… and ${more} more ${plural(more, words.en, words.enPlural)} listed more than twice.`,
      ),
    );
  }
  const exact = (100 * countable) / total;
  const metric = Math.floor(exact);
  const minimum = minimumSample(specialists);
  const sample = sampleRuleText(specialists);
  let score: Score;
  if (total < minimum) {
    score = 1;
    reasons.push(
      reason(
        `${itemId}.sample_too_small`,
        `${countable} av ${total} jobber kan regnes med (${fmt(exact, 'nb')} %), men utvalget er for lite: ${sample.nb} → 1.`,
        `${countable} of ${total} jobs count (${fmt(exact, 'en')} %), but the sample is too small: ${sample.en} → 1.`,
      ),
    );
  } else {
    score = diversityBand(metric);
    reasons.push(
      reason(
        `${itemId}.share`,
        `${countable} av ${total} jobber kan regnes med: ${fmt(exact, 'nb')} %, rundet ned til ${metric} % (${DIVERSITY_BANDS[score - 1]}) → ${score}.`,
        `${countable} of ${total} jobs count: ${fmt(exact, 'en')} %, rounded down to ${metric} % (${DIVERSITY_BANDS[score - 1]}) → ${score}.`,
      ),
    );
  }
  return { itemId, score, metric, metricUnit: '%', exactMetric: exact, reasons };
}

/** Entries counted per text key; the label shown is the smallest spelling seen, so it never depends on row order. */
function tallies(what: string): Grouping<Tally> {
  return new Grouping<Tally>(
    what,
    (label) => ({ count: 0, label }),
    (tally, label) => {
      if (label < tally.label) tally.label = label;
    },
  );
}

const NO_JOBS = "argument 'job_types': no jobs to score";

/**
 * Tjenester 8 one job at a time (see RapidJobSearchTally): the jobs are counted per job type as
 * they come, with one Map lookup per job.
 */
export class JobDiversityTally {
  private readonly types = tallies('job_types');
  private jobs = 0;
  private beforeIps = 0;

  /** One job: its type, and whether it was obtained before the person entered IPS (not counted). */
  add(type: string, beforeIps = false): void {
    if (beforeIps) this.beforeIps++;
    else this.types.of(type).count++;
    this.jobs++;
  }

  result(specialists?: number): ItemResult {
    checkSpecialists(specialists);
    if (this.jobs === 0) throw notAvailable(NO_JOBS);
    return diversityResult(
      SERVICES_ITEM_IDS.jobDiversity,
      this.types.byKey,
      this.jobs - this.beforeIps,
      this.beforeIps,
      specialists,
      {
        nb: 'jobbtype',
        nbPlural: 'jobbtyper',
        en: 'job type',
        enPlural: 'job types',
      },
    );
  }
}

/**
 * Tjenester 8 (box 7915–7923): jobs that count for diversity ÷ all jobs, at most two of one job
 * type counted; under the minimum sample (10 jobs with two or more specialists, 5 with one) → 1.
 */
export function jobDiversity(input: JobDiversityInput): ItemResult {
  const { jobs, specialists } = input;
  checkSpecialists(specialists);
  if (jobs.length === 0) throw notAvailable(NO_JOBS);
  const tally = new JobDiversityTally();
  for (const job of jobs) tally.add(job.type, job.beforeIps === true);
  return tally.result(specialists);
}

const NO_EMPLOYER_JOBS = "argument 'employers': no jobs to score";

/**
 * Tjenester 9 one job at a time (see JobDiversityTally). Entries without a worksite: one key per
 * employer; entries with one: one key per (employer, worksite).
 */
export class EmployerDiversityTally {
  private readonly withoutSite = tallies('employers');
  private readonly withSite = new Grouping<{ label: string; readonly sites: Grouping<Tally> }>(
    'employers',
    (label) => ({ label, sites: tallies('worksites') }),
    (group, label) => {
      if (label < group.label) group.label = label;
    },
  );
  private jobs = 0;
  private beforeIps = 0;

  /** One job: its employer, its worksite (blank, null or left out: not specified), and whether it was obtained before IPS. */
  add(employer: string, worksite?: string | null, beforeIps = false): void {
    this.jobs++;
    if (beforeIps) {
      this.beforeIps++;
    } else if (worksite === undefined || worksite === null || isBlankText(worksite)) {
      this.withoutSite.of(employer).count++;
    } else {
      this.withSite.of(employer).sites.of(worksite).count++;
    }
  }

  result(specialists?: number): ItemResult {
    checkSpecialists(specialists);
    if (this.jobs === 0) throw notAvailable(NO_EMPLOYER_JOBS);
    let tallied = this.withoutSite.byKey;
    if (this.withSite.byKey.size > 0) {
      tallied = new Map(tallied);
      for (const [employerKey, group] of this.withSite.byKey) {
        for (const [siteKey, tally] of group.sites.byKey) {
          tallied.set(`${employerKey}\u0000${siteKey}`, {
            count: tally.count,
            label: `${group.label} (${tally.label})`,
          });
        }
      }
    }
    return diversityResult(
      SERVICES_ITEM_IDS.employerDiversity,
      tallied,
      this.jobs - this.beforeIps,
      this.beforeIps,
      specialists,
      {
        nb: 'arbeidsgiver',
        nbPlural: 'arbeidsgivere',
        en: 'employer',
        enPlural: 'employers',
      },
    );
  }
}

/**
 * Tjenester 9 (box 8117–8125): countable employers ÷ all employer entries (one per job), the same
 * employer counted at most twice — per worksite: when three or more people with one employer do
 * not all work at the same worksite the score is not affected (7974–7984). A blank worksite is
 * one "worksite not specified" for that employer.
 */
export function employerDiversity(input: EmployerDiversityInput): ItemResult {
  const { jobs, specialists } = input;
  checkSpecialists(specialists);
  if (jobs.length === 0) throw notAvailable(NO_EMPLOYER_JOBS);
  const tally = new EmployerDiversityTally();
  for (const job of jobs) tally.add(job.employer, job.worksite, job.beforeIps === true);
  return tally.result(specialists);
}

// ---------------------------------------------------------------------------------------------
// Tjenester 10 — Ordinært arbeid
// ---------------------------------------------------------------------------------------------

export const CompetitiveJobsInputSchema = /* @__PURE__ */ schema(() =>
  z.object({
    /** One entry per job of a participant in work (during the last six months, 8336–8342). */
    jobs: z.array(
      z.object({
        /** Competitive: at least minimum wage, open to anyone, not reserved for disabled people (8133–8143). */
        competitive: z.boolean(),
        /** Obtained before entering IPS: not counted (8177–8179). */
        beforeIps: z.optional(z.boolean()),
      }),
    ),
    specialists: z.optional(z.int().check(z.minimum(1))),
    /**
     * Only used when the sample is under the minimum: true when all evidence (team meeting, records)
     * shows the specialists help people find competitive work → 5 (8179–8188); false → 1 (anchor 1).
     */
    smallSampleEvidence: z.optional(z.boolean()),
  }),
);
export type CompetitiveJobsInput = z.infer<typeof CompetitiveJobsInputSchema>;

/**
 * Anchors (11290–11327): under 64 % → 1, about 65–74 → 2, about 75–84 → 3, about 85–94 → 4,
 * 95 or more → 5. 64 % is not «mindre enn 64», so it is read as «omtrent 65» → 2.
 */
export function competitiveJobsBand(percent: number): Score {
  if (percent >= 95) return 5;
  if (percent >= 85) return 4;
  if (percent >= 75) return 3;
  if (percent >= 64) return 2;
  return 1;
}

const COMPETITIVE_BANDS = ['< 64 %', '64–74 %', '75–84 %', '85–94 %', '95–100 %'] as const;

/** Tjenester 10 (box 8336–8342): competitive jobs ÷ all jobs of participants in work. */
export function competitiveJobs(input: CompetitiveJobsInput): ItemResult {
  const { jobs } = input;
  let total = 0;
  let competitive = 0;
  for (const job of jobs) {
    if (job.beforeIps === true) continue;
    total++;
    if (job.competitive) competitive++;
  }
  return competitiveJobsFromCounts({ ...input, jobs: jobs.length, counted: total, competitive });
}

/** Tjenester 10 from counts of the jobs (what the share and the explanation need). */
export interface CompetitiveJobsCounts extends Omit<CompetitiveJobsInput, 'jobs'> {
  /** Jobs listed. */
  readonly jobs: number;
  /** Of them, jobs counted (not obtained before IPS). */
  readonly counted: number;
  /** Of the counted jobs, the competitive ones. */
  readonly competitive: number;
}

/** Tjenester 10 from counts (see competitiveJobs); the counts are checked for consistency. */
export function competitiveJobsFromCounts(input: CompetitiveJobsCounts): ItemResult {
  const { jobs, counted: total, competitive, specialists, smallSampleEvidence } = input;
  checkSpecialists(specialists);
  if (jobs === 0) throw notAvailable("argument 'competitive': no jobs to score");
  requireInteger(jobs, 0, 'jobs');
  requireInteger(total, 0, 'counted');
  requireInteger(competitive, 0, 'competitive');
  if (total > jobs || competitive > total)
    throw invalidNumber(`jobs: ${competitive} competitive of ${total} counted of ${jobs} jobs is not possible`);
  const beforeIps = jobs - total;
  const reasons: Reason[] = [];
  if (beforeIps > 0) {
    reasons.push(
      reason(
        'services.competitive_jobs.before_ips',
        `${beforeIps} ${plural(beforeIps, 'jobb', 'jobber')} som personene fikk før de kom inn i IPS, er ikke tatt med.`,
        `${beforeIps} ${plural(beforeIps, 'job', 'jobs')} obtained before entering IPS not counted.`,
      ),
    );
  }
  const exact = total === 0 ? undefined : (100 * competitive) / total;
  const metric = exact === undefined ? undefined : Math.floor(exact);
  const minimum = minimumSample(specialists);
  const sample = sampleRuleText(specialists);
  let score: Score;
  if (total < minimum) {
    const counted =
      exact === undefined
        ? { nb: 'ingen jobber', en: 'no jobs' }
        : {
            nb: `${competitive} av ${total} jobber er ordinære (${fmt(exact, 'nb')} %)`,
            en: `${competitive} of ${total} jobs are competitive (${fmt(exact, 'en')} %)`,
          };
    if (smallSampleEvidence === undefined) {
      throw notAvailable(
        `argument 'competitive': ${counted.en}: ${sample.en}, so the sample is too small to compute: give small_sample_evidence (yes when all evidence from the team meeting and records shows help to find competitive work → 5, 8179–8188; no → 1)`,
      );
    }
    score = smallSampleEvidence ? 5 : 1;
    reasons.push(
      smallSampleEvidence
        ? reason(
            'services.competitive_jobs.small_sample_evidence',
            `${counted.nb}: for lite utvalg (${sample.nb}), men alt tyder på at jobbspesialistene hjelper personer med å finne ordinært arbeid → 5.`,
            `${counted.en}: too small a sample (${sample.en}), but all evidence shows the specialists help people find competitive work → 5.`,
          )
        : reason(
            'services.competitive_jobs.small_sample',
            `${counted.nb}: for lite utvalg (${sample.nb}), og det er ikke belegg for at alle får hjelp til ordinært arbeid → 1.`,
            `${counted.en}: too small a sample (${sample.en}), and the evidence does not show help to find competitive work for all → 1.`,
          ),
    );
  } else {
    score = competitiveJobsBand(metric!);
    reasons.push(
      reason(
        'services.competitive_jobs.share',
        `${competitive} av ${total} jobber er ordinært arbeid: ${fmt(exact!, 'nb')} %, rundet ned til ${metric} % (${COMPETITIVE_BANDS[score - 1]}) → ${score}.`,
        `${competitive} of ${total} jobs are competitive: ${fmt(exact!, 'en')} %, rounded down to ${metric} % (${COMPETITIVE_BANDS[score - 1]}) → ${score}.`,
      ),
    );
  }
  const result: ItemResult = { itemId: SERVICES_ITEM_IDS.competitiveJobs, score, metricUnit: '%', reasons };
  return exact === undefined ? result : { ...result, metric, exactMetric: exact };
}

// ---------------------------------------------------------------------------------------------
// Tjenester 13 — Tjenester som er basert i lokalsamfunnet
// ---------------------------------------------------------------------------------------------

export const CommunityTimeInputSchema = /* @__PURE__ */ schema(() =>
  z.object({
    /**
     * One entry per specialist: the share (0–1, e.g. 0.56 for 56 %) of the specialist's own
     * scheduled working time spent in the community (part-time specialists: the same share of
     * their hours, 8861–8869).
     */
    communityShares: z.array(z.number().check(z.minimum(0), z.maximum(1))),
  }),
);
export type CommunityTimeInput = z.infer<typeof CommunityTimeInputSchema>;

/**
 * Anchors (11524–11562): 30 % or less → 1, 30–39 → 2, 40–49 → 3, 50–64 → 4, 65 or more → 5.
 * Exactly 30 % is in both 1 and 2; anchor 1 says «30 prosent eller mindre», so 30 → 1.
 */
export function communityTimeBand(percent: number): Score {
  if (percent >= 65) return 5;
  if (percent >= 50) return 4;
  if (percent >= 40) return 3;
  if (percent > 30) return 2;
  return 1;
}

const COMMUNITY_BANDS = ['≤ 30 %', '31–39 %', '40–49 %', '50–64 %', '≥ 65 %'] as const;

/**
 * Tjenester 13 (box 8955–8961; 8845–8853): the share of scheduled time each specialist spends in
 * the community, added up and divided by the number of specialists; rounded down, banded.
 */
export function communityTime(input: CommunityTimeInput): ItemResult {
  return communityTimeFromColumn(input.communityShares, 'fraction');
}

/**
 * Tjenester 13 from one value per specialist, as shares 0–1 ('fraction') or percents 0–100
 * ('percent'); each value is range-checked in the pass that adds them up.
 */
export function communityTimeFromColumn(values: ArrayLike<number>, unit: PercentUnit): ItemResult {
  if (values.length === 0) throw notAvailable("argument 'percent_in_community': no specialists to score");
  const limit = unit === 'percent' ? 100 : 1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (!(value >= 0 && value <= limit)) {
      throw invalidNumber(
        `percent_in_community (entry ${i + 1}): expected ${unit === 'percent' ? 'a percent 0–100' : 'a share 0–100 % (0–1)'}, got ${value}`,
      );
    }
  }
  return communityTimeFromSum(stableSum(values), values.length, unit);
}

/**
 * Tjenester 13 from the compensated sum (see stableSum) of n values checked already, as shares
 * 0–1 ('fraction') or percents 0–100 ('percent'): for the spreadsheet function, which adds them
 * in its one pass over the cells.
 */
export function communityTimeFromSum(sum: number, n: number, unit: PercentUnit): ItemResult {
  if (n === 0) throw notAvailable("argument 'percent_in_community': no specialists to score");
  const exact = unit === 'percent' ? sum / n : (100 * sum) / n;
  const metric = floorMetric(exact);
  const score = communityTimeBand(metric);
  const reasons: Reason[] = [
    reason(
      'services.community_based.mean_share',
      `Gjennomsnittet av andelen skjemalagt arbeidstid ute i lokalsamfunnet for ${n} ${plural(n, 'jobbspesialist', 'jobbspesialister')}: ${fmt(exact, 'nb')} %, rundet ned til ${metric} % (${COMMUNITY_BANDS[score - 1]}) → ${score}.`,
      `Mean share of scheduled working time spent in the community over ${n} ${plural(n, 'specialist', 'specialists')}: ${fmt(exact, 'en')} %, rounded down to ${metric} % (${COMMUNITY_BANDS[score - 1]}) → ${score}.`,
    ),
  ];
  return { itemId: SERVICES_ITEM_IDS.communityBased, score, metric, metricUnit: '%', exactMetric: exact, reasons };
}

// ---------------------------------------------------------------------------------------------
// Tjenester 3 and 7 — ratings per specialist, averaged and rounded down
// ---------------------------------------------------------------------------------------------

/**
 * Which of the item's caps (ItemDefinition.caps in the registry, in its order) apply: one flag per
 * cap; an empty list means none apply. The caps are the manual's item-level "no higher than" rules.
 */
const capsThatApply = /* @__PURE__ */ schema(() => z.optional(z.array(z.boolean())));

export const SpecialistRatingsInputSchema = /* @__PURE__ */ schema(() =>
  z.object({
    /** One 1–5 rating per specialist rated (each already reflecting the manual's per-specialist caps). */
    ratings: z.array(z.int().check(z.minimum(1), z.maximum(5))),
    capsThatApply,
  }),
);
export type SpecialistRatingsInput = z.infer<typeof SpecialistRatingsInputSchema>;

export const EmployerContactQualityInputSchema = /* @__PURE__ */ schema(() =>
  z.object({
    /** One 1–5 rating per observed specialist. */
    ratings: z.array(z.int().check(z.minimum(1), z.maximum(5))),
    /** Specialists on the team: more than one must be observed, at least three of five (7539–7549). */
    specialists: z.optional(z.int().check(z.minimum(1))),
    /**
     * The registry's caps for Tjenester 7, in order: relationship building not observable (→ 1),
     * no information-gathering meeting observable (→ 4), service presentation (→ 3), rarely meet
     * employers (→ 1), mostly asking for openings (→ 2), participant must attend (→ 3),
     * relationships not maintained (→ 4).
     */
    capsThatApply,
  }),
);
export type EmployerContactQualityInput = z.infer<typeof EmployerContactQualityInputSchema>;

function averageRatings(
  itemId: string,
  ratings: readonly number[],
  reasons: Reason[],
): { score: Score; exact: number } {
  if (ratings.length === 0) throw notAvailable("argument 'ratings': no specialist ratings to average");
  let sum = 0;
  for (let i = 0; i < ratings.length; i++) {
    const rating = ratings[i]!;
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
      throw invalidNumber(`argument 'ratings' (entry ${i + 1}): expected a whole score 1–5, got ${rating}`);
    }
    sum += rating;
  }
  const n = ratings.length;
  const exact = sum / n;
  const score = asScore(floorMetric(exact));
  reasons.push(
    reason(
      `${itemId}.mean_rounded_down`,
      `Skårene for ${n} ${plural(n, 'jobbspesialist', 'jobbspesialister')} summeres til ${sum} og deles på ${n}: ${fmt(exact, 'nb')}, rundet ned → ${score}.`,
      `The ratings of ${n} ${plural(n, 'specialist', 'specialists')} add up to ${sum}, divided by ${n}: ${fmt(exact, 'en')}, rounded down → ${score}.`,
    ),
  );
  return { score, exact };
}

/** The averaged score lowered by the registry caps that apply (shared with JUDGEMENT). */
function withRegistryCaps(
  itemId: string,
  mean: Score,
  exact: number,
  flags: readonly boolean[] | undefined,
  reasons: Reason[],
): ItemResult {
  const capped = applyRegistryCaps(itemById(itemId), mean, flags ?? []);
  return {
    itemId,
    score: capped.score,
    metric: mean,
    metricUnit: 'score',
    exactMetric: exact,
    reasons: [...reasons, ...capped.reasons],
  };
}

/**
 * Tjenester 3: each specialist is rated and the ratings averaged (6533–6537), rounded down (rule
 * 11, 1758–1768); the item's caps (6596–6663) lower the result when they apply.
 */
export function careerAssessment(input: SpecialistRatingsInput): ItemResult {
  const reasons: Reason[] = [];
  const { score, exact } = averageRatings(SERVICES_ITEM_IDS.careerAssessment, input.ratings, reasons);
  return withRegistryCaps(SERVICES_ITEM_IDS.careerAssessment, score, exact, input.capsThatApply, reasons);
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
  const { score, exact } = averageRatings(SERVICES_ITEM_IDS.employerContactQuality, ratings, reasons);
  return withRegistryCaps(SERVICES_ITEM_IDS.employerContactQuality, score, exact, input.capsThatApply, reasons);
}
