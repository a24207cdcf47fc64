/**
 * Tjenester 6 — Jobbutvikling – hyppig arbeidsgiverkontakt.
 *
 * The calculator (a pure function over typed input, returning the ItemResult with reasons in
 * nb + en) and the spreadsheet function that reads the cells and calls it. Line numbers point
 * into the Norwegian manual («Håndbok i kvalitetsevaluering IPS Supported Employment»).
 */
import { sameInBoth, scoreFor, type BandTable } from '../shared/bands';
import { Cap, requireInteger, requireFinite, plural, fmt, applyCaps } from './shared';
import { readEmployerContactRows } from './employer-contact-rows';
import { floorMetric, reason, asScore } from '../shared/reasons';
import { Score } from '../../scale/types';
import { ItemResult, Reason } from '../../result';
import { itemFunction, recordsParameter, scalarParameter } from '../shared/define';
import { notAvailable, IpsError, invalidNumber, invalidValue } from '../../errors';
import { CellArg, scalar, isOmitted, isBlank, columnRows, toMatrix, parallelColumns } from '../../cells';

/** The item scored here (its id in the scale registry). */
const ITEM_ID = 'services.employer_contacts';

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
export type LogReview = (typeof LOG_REVIEW_VALUES)[number];

export interface EmployerContactsInput {
  /** One entry per employment specialist (peer specialists doing the full job count as specialists). */
  readonly specialists: readonly {
    /** Countable in-person contacts with people with hiring authority in the review window, a whole number ≥ 0 (7346–7377). */
    readonly contacts: number;
    /** Weeks in the review window, > 0 (normally 8: the last two months, 7383–7397). */
    readonly weeks: number;
    /** Weeks absent in the window; under one week ("a few days") does not change the calculation (7401–7411). */
    readonly absentWeeks?: number;
    /** Months in post; specialists in post less than one month are left out (7389–7395). */
    readonly monthsInPost?: number;
    /** People in the specialist's caseload looking for work (anchor 5's small-caseload rule, 11071–11077). */
    readonly jobSeekers?: number;
  }[];
  /** How the supervisor reviews the contact logs; omitted → no cap. */
  readonly logReview?: LogReview;
}

/**
 * Anchors (11031–11081) on the contacts per week rounded down: under 2 → 1, 2–3 → 2 («mellom to og
 * tre, skal skåren være 2», 7424–7426; anchor 3 needs four), 4 → 3, 5 → 4, 6 or more → 5.
 */
export const CONTACT_BANDS: BandTable = {
  manualLines: '11031–11081, 7424–7426',
  rows: [
    { score: 5, min: 6, label: { nb: '6 eller flere', en: '6 or more' } },
    { score: 4, min: 5, label: sameInBoth('5') },
    { score: 3, min: 4, label: sameInBoth('4') },
    { score: 2, min: 2, label: sameInBoth('2–3') },
    { score: 1, label: sameInBoth('under 2') },
  ],
};

export function employerContactsBand(perWeek: number): Score {
  return scoreFor(CONTACT_BANDS, perWeek);
}

/** "under 2 → 1, 2–3 → 2, …": the whole table, lowest score first. */
function bandsText(language: 'nb' | 'en'): string {
  return [...CONTACT_BANDS.rows]
    .reverse()
    .map((row) => `${row.label[language]} → ${row.score}`)
    .join(', ');
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
  // Checked here: a word that is not a LogReview
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
        `${metric} kontakter per uke → ${band} (${bandsText('nb')}).`,
        `${metric} contacts a week → ${band} (${bandsText('en')}).`,
      ),
    );
  }
  const score = scoreAfterLogReview(band, logReview, reasons);
  return {
    itemId: ITEM_ID,
    score,
    metric,
    metricUnit: 'contacts/week',
    exactMetric: exact,
    reasons,
  };
}

/**
 * The band lowered by how the supervisor reviews the contact logs (LOG_CAPS; unverifiable → 2,
 * 7413–7422), with the reason; no review stated → no cap, said when it would matter.
 */
function scoreAfterLogReview(band: Score, logReview: LogReview | undefined, reasons: Reason[]): Score {
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
  return score;
}

const LOG_REVIEW_WORDS: ReadonlyMap<string, LogReview> = new Map(
  Object.entries({
    weekly: 'weekly',
    ukentlig: 'weekly',
    'hver uke': 'weekly',
    week: 'weekly',
    uke: 'weekly',
    monthly: 'monthly',
    månedlig: 'monthly',
    maanedlig: 'monthly',
    'hver måned': 'monthly',
    month: 'monthly',
    måned: 'monthly',
    not_reviewed: 'not_reviewed',
    'not reviewed': 'not_reviewed',
    never: 'not_reviewed',
    'ikke gjennomgått': 'not_reviewed',
    aldri: 'not_reviewed',
    no_log: 'no_log',
    'no log': 'no_log',
    none: 'no_log',
    'ingen logg': 'no_log',
    ingen: 'no_log',
    'ingen registrering': 'no_log',
    mixed: 'mixed',
    blandet: 'mixed',
    'blandede logger': 'mixed',
    unverifiable: 'unverifiable',
    uverifiserbar: 'unverifiable',
    'ikke verifiserbar': 'unverifiable',
    'kan ikke verifiseres': 'unverifiable',
  }) as [string, LogReview][],
);

function readLogReview(arg: CellArg): LogReview | undefined {
  const value = scalar(arg, 'log_review');
  if (isOmitted(value) || isBlank(value)) return undefined;
  const word =
    typeof value === 'string'
      ? value
          .trim()
          .toLowerCase()
          .replace(/[\s_-]+/g, ' ')
      : undefined;
  const code =
    word === undefined ? undefined : (LOG_REVIEW_WORDS.get(word) ?? LOG_REVIEW_WORDS.get(word.replace(/ /g, '_')));
  if (code === undefined) {
    throw invalidValue(
      `argument 'log_review': expected "weekly" (ukentlig), "monthly" (månedlig), "not_reviewed" (ikke gjennomgått), "no_log" (ingen logg), "mixed" (blandet) or "unverifiable" (uverifiserbar), got ${typeof value === 'string' ? `text "${value}"` : String(value)}`,
    );
  }
  return code;
}

export const EMPLOYER_CONTACTS = itemFunction({
  name: 'EMPLOYER_CONTACTS',
  itemId: ITEM_ID,
  parameters: [
    recordsParameter('contacts'),
    recordsParameter('weeks'),
    scalarParameter('log_review', true),
    recordsParameter('job_seekers', true),
    recordsParameter('absent_weeks', true),
    recordsParameter('months_in_post', true),
  ],
  compute: ([contactsArg, weeksArg, logReviewArg, seekersArg, absentArg, tenureArg]) => {
    const logReview = readLogReview(logReviewArg ?? null);
    const contactCount = isOmitted(contactsArg ?? null) ? 0 : columnRows(contactsArg ?? null, 'contacts').length;
    const weeksMatrix = toMatrix(weeksArg ?? null);
    const weeksForAll =
      weeksMatrix.length === 1 && weeksMatrix[0]!.length === 1 && contactCount !== 1 ? weeksMatrix[0]![0] : undefined;
    const { cells, count } = parallelColumns([
      { argument: 'contacts', arg: contactsArg ?? null },
      { argument: 'weeks', arg: weeksForAll === undefined ? (weeksArg ?? null) : null },
      { argument: 'job_seekers', arg: seekersArg ?? null },
      { argument: 'absent_weeks', arg: absentArg ?? null },
      { argument: 'months_in_post', arg: tenureArg ?? null },
    ]);
    const counts = readEmployerContactRows(
      {
        contacts: cells[0],
        weeks: cells[1],
        weeksForAll,
        jobSeekers: cells[2],
        absentWeeks: cells[3],
        monthsInPost: cells[4],
      },
      count,
    );
    if (counts.entries === 0) throw notAvailable(`argument 'contacts': no specialists to score (the range is empty)`);
    return employerContactsFromCounts(counts, logReview);
  },
});
