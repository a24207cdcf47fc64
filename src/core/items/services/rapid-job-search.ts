/**
 * Tjenester 4 — Rask oppstart av jobbsøk (days to first employer contact).
 *
 * The calculator (a pure function over typed input, returning the ItemResult with reasons in
 * nb + en) and the spreadsheet function that reads the cells and calls it. Line numbers point
 * into the Norwegian manual («Håndbok i kvalitetsevaluering IPS Supported Employment»).
 */
import { labelOfScore, sameInBoth, scoreFor, type BandTable } from '../shared/bands';
import { requireFinite, Grouping, stableSum, plural, fmt, Cap, applyCaps } from './shared';
import { readOptionalFlag, eachRow, readDay, readText } from './readers';
import { floorMetric, reason } from '../shared/reasons';
import { Score } from '../../scale/types';
import { ItemResult, Reason } from '../../result';
import { itemFunction, recordsParameter, scalarParameter } from '../shared/define';
import { notAvailable, invalidValue, invalidNumber } from '../../errors';
import { scalar, isOmitted, isBlank, readDate } from '../../cells';

/** The item scored here (its id in the scale registry). */
const ITEM_ID = 'services.rapid_job_search';

export interface DaysToEmployerContactInput {
  /** One entry per participant recently taken into the service (6807–6813). */
  readonly participants: readonly {
    /** The participant's employment specialist (compared without case/spaces). */
    readonly specialist: string;
    /** Day number (Excel serial) of the participant's first meeting with the specialist (6797–6799). */
    readonly intakeDate: number;
    /**
     * Day number of the first in-person employer contact by the specialist and/or participant
     * (6842–6868); null when there has been none yet although the person wants it (6870–6876).
     */
    readonly firstContactDate: number | null;
  }[];
  /** Whether the supervisor records the days to first employer contact (6815–6821; anchor 5). */
  readonly supervisorRecords?: boolean;
  /** Day number of the review visit, used for participants without a contact yet (6870–6876). */
  readonly reviewDate?: number;
}

/** Anchors (10858–10908): ≤ 30 days → 5, 31–60 → 4, 61–150 → 3, 151–270 → 2, ≥ 271 → 1. */
export const DAY_BANDS: BandTable = {
  manualLines: '10858–10908',
  rows: [
    { score: 5, max: 30, label: sameInBoth('0–30') },
    { score: 4, max: 60, label: sameInBoth('31–60') },
    { score: 3, max: 150, label: sameInBoth('61–150') },
    { score: 2, max: 270, label: sameInBoth('151–270') },
    { score: 1, label: sameInBoth('271+') },
  ],
};

export function rapidJobSearchBand(days: number): Score {
  return scoreFor(DAY_BANDS, days);
}

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
      `${metric} dager ligger i intervallet ${labelOfScore(DAY_BANDS, band).nb} dager → ${band}.`,
      `${metric} days is in the ${labelOfScore(DAY_BANDS, band).en} day band → ${band}.`,
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
  return { itemId: ITEM_ID, score, metric, metricUnit: 'days', exactMetric: exact, reasons };
}

export const DAYS_TO_EMPLOYER_CONTACT = itemFunction({
  name: 'DAYS_TO_EMPLOYER_CONTACT',
  itemId: ITEM_ID,
  parameters: [
    recordsParameter('specialist'),
    recordsParameter('intake_date'),
    recordsParameter('first_contact_date'),
    scalarParameter('supervisor_records', true),
    scalarParameter('review_date', true),
  ],
  compute: ([specialist, intake, firstContact, supervisorRecords, reviewDateArg]) => {
    const recorded = readOptionalFlag(supervisorRecords ?? null, 'supervisor_records');
    const reviewCell = scalar(reviewDateArg ?? null, 'review_date');
    const reviewDate =
      isOmitted(reviewCell) || isBlank(reviewCell) ? undefined : readDate(reviewCell, { argument: 'review_date' });
    const tally = new RapidJobSearchTally();
    let participants = 0;
    eachRow(
      [
        { argument: 'specialist', arg: specialist },
        { argument: 'intake_date', arg: intake },
        { argument: 'first_contact_date', arg: firstContact },
      ],
      (row, values) => {
        const intakeDate = readDay(values[1], 'intake_date', row);
        const contactCell = values[2];
        let end: number;
        const waiting = isBlank(contactCell);
        if (waiting) {
          if (reviewDate === undefined) {
            throw invalidValue(
              `argument 'first_contact_date' row ${row}: the cell is blank; give review_date to count the days up to the review visit for a participant who wants employer contact but has had none`,
            );
          }
          if (reviewDate < intakeDate) {
            throw invalidNumber(`argument 'review_date': the review date is before intake_date row ${row}`);
          }
          end = reviewDate;
        } else {
          end = readDay(contactCell, 'first_contact_date', row);
          if (end < intakeDate) {
            throw invalidNumber(
              `argument 'first_contact_date' row ${row}: expected a date on or after intake_date, got one ${intakeDate - end} days before it`,
            );
          }
        }
        tally.add(readText(values[0], 'specialist', row), end - intakeDate, waiting);
        participants++;
      },
    );
    if (participants === 0) {
      throw notAvailable(`argument 'specialist': no participants to score (the ranges are empty)`);
    }
    return tally.result(recorded);
  },
});
