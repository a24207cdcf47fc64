/**
 * Tjenester (services) calculators: every worked example in chapter 9 of the manual for the
 * computable items, through the core function and through the spreadsheet function (`invoke`
 * with 2-D arrays as the hosts deliver them). Test names carry the manual's line numbers.
 * The manual's data is copied in here; nothing is read from ../shared at run time.
 */
import { describe, expect, it } from 'vitest';
import { documented } from '../../../../src/core/functions/help';
import {
  careerAssessment,
  communityTime,
  competitiveJobs,
  competitiveJobsBand,
  communityTimeBand,
  daysToEmployerContact,
  diversityBand,
  employerContactQuality,
  employerContacts,
  employerContactsBand,
  employerDiversity,
  individualizedJobSearch,
  individualizedSearchBand,
  jobDiversity,
  rapidJobSearchBand,
  type LogReview,
} from '../../../../src/core/items/calculators';
import { IpsError, type IpsErrorCode } from '../../../../src/core/errors';
import type { CellArg, CellValue } from '../../../../src/core/cells';
import { SERVICES_FUNCTIONS } from '../../../../src/core/items';
import type { ItemResult } from '../../../../src/core/result';
import { itemById } from '../../../../src/core/scale/registry';
import { COMMUNITY_SHARES, JOB_TYPES, RAPID_JOB_SEARCH_DAYS } from '../manual-examples';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function fn(name: string) {
  const spec = SERVICES_FUNCTIONS.find((candidate) => candidate.name === name);
  if (!spec) throw new Error(`no function ${name}`);
  return spec;
}

/** Calls a spreadsheet function with its leading arguments, then output and language. */
function call(
  name: string,
  args: CellArg[],
  output: 'score' | 'metric' | 'reason' = 'score',
  language: 'nb' | 'en' = 'en',
) {
  const spec = fn(name);
  const leading = spec.parameters.length - 2;
  const padded = [...args];
  while (padded.length < leading) padded.push(null);
  return spec.invoke(...padded, output, language);
}

/** A column range: one cell per row. */
const col = (values: readonly CellValue[]): CellValue[][] => values.map((value) => [value]);

function expectIpsError(action: () => unknown, code: IpsErrorCode, ...fragments: string[]): IpsError {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(IpsError);
  const error = caught as IpsError;
  expect(error.code).toBe(code);
  for (const fragment of fragments) expect(error.message).toContain(fragment);
  return error;
}

const rules = (result: ItemResult) => result.reasons.map((r) => r.rule);
const reasonText = (result: ItemResult, language: 'nb' | 'en' = 'en') =>
  result.reasons.map((r) => r.text[language]).join(' ');

/** Excel serial of 2024-01-01. */
const DAY0 = 45292;

/** Participants of one specialist with these day counts from intake to first contact. */
function participantsFromDays(days: readonly number[], specialist = 'JS 1') {
  return days.map((d, i) => ({ specialist, intakeDate: DAY0 + i, firstContactDate: DAY0 + i + d }));
}

/** The same as spreadsheet columns: specialist, intake date, first contact date. */
function dayColumns(days: readonly number[], specialist = 'JS 1'): [CellValue[][], CellValue[][], CellValue[][]] {
  const participants = participantsFromDays(days, specialist);
  return [
    col(participants.map((p) => p.specialist)),
    col(participants.map((p) => p.intakeDate)),
    col(participants.map((p) => p.firstContactDate)),
  ];
}

// ---------------------------------------------------------------------------------------------
// Tjenester 4 — Rask oppstart av jobbsøk
// ---------------------------------------------------------------------------------------------

describe('Tjenester 4 — DAYS_TO_EMPLOYER_CONTACT (rapid job search)', () => {
  /*
   * Reading followed: the «Slik beregner du skåren» box (6970–6978) and the scale's «i
   * gjennomsnitt» (10862–10908): the mean days per specialist, then the mean over specialists.
   * The guidance (6829–6841) and all three worked examples use the MEDIAN of the pooled samples
   * instead. The examples name no specialists, so each is one specialist's list, and the box
   * gives the plain mean. For every example the score is the same either way; the metric differs
   * and each test states both.
   */
  it('6880–6898: 3 11 26 28 29 31 33 35 43 84, supervisor does not record → 4 (manual: median 30; box: mean 32.3)', () => {
    const days = [3, 11, 26, 28, 29, 31, 33, 35, 43, 84];
    const result = daysToEmployerContact({ participants: participantsFromDays(days), supervisorRecords: false });
    expect(result.exactMetric).toBeCloseTo(32.3, 10);
    expect(result.metric).toBe(32);
    expect(result.score).toBe(4);
    expect(rules(result)).toContain('services.rapid_job_search.not_tracked');
    expect(call('DAYS_TO_EMPLOYER_CONTACT', [...dayColumns(days), false])).toBe(4);
    expect(call('DAYS_TO_EMPLOYER_CONTACT', [...dayColumns(days), 'nei'], 'metric')).toBe(32);
  });

  it('6880–6898 (derived): the same days with the supervisor recording them → 4 by the mean (the median 30 would give 5)', () => {
    const days = [3, 11, 26, 28, 29, 31, 33, 35, 43, 84];
    expect(daysToEmployerContact({ participants: participantsFromDays(days), supervisorRecords: true }).score).toBe(4);
  });

  it('6900–6904: 2 6 7 8 21 22 33 39 44 50 55 57 94 → 4 (manual: median 33; box: mean 33.7 → 33)', () => {
    const days = RAPID_JOB_SEARCH_DAYS.example2;
    const result = daysToEmployerContact({ participants: participantsFromDays(days) });
    expect(result.exactMetric).toBeCloseTo(438 / 13, 10);
    expect(result.metric).toBe(33);
    expect(result.score).toBe(4);
    expect(call('DAYS_TO_EMPLOYER_CONTACT', dayColumns(days))).toBe(4);
  });

  it('6906–6920: 3 7 9 11 15 17 19 25 28 29 31 31 32 36 48 52, supervisor records → 5 (manual: median 26.5; box: mean 24.6)', () => {
    const days = RAPID_JOB_SEARCH_DAYS.example3;
    const result = daysToEmployerContact({ participants: participantsFromDays(days), supervisorRecords: true });
    expect(result.exactMetric).toBeCloseTo(393 / 16, 10);
    expect(result.metric).toBe(24);
    expect(result.score).toBe(5);
    expect(call('DAYS_TO_EMPLOYER_CONTACT', [...dayColumns(days), true])).toBe(5);
    expect(call('DAYS_TO_EMPLOYER_CONTACT', [...dayColumns(days), 'ja'], 'metric')).toBe(24);
  });

  it('6842–6850: a phone call on day 21 and a meeting on day 34 → the sample is 34 (only in-person contacts count)', () => {
    const result = daysToEmployerContact({ participants: participantsFromDays([34]) });
    expect(result.metric).toBe(34);
    expect(result.score).toBe(4);
    // The sheet holds the date of the meeting (day 34), not of the phone call (day 21).
    expect(call('DAYS_TO_EMPLOYER_CONTACT', [col(['JS']), col([DAY0]), col([DAY0 + 34])], 'metric')).toBe(34);
  });

  it('6870–6876: a person who wants the specialist to contact employers but has had none counts up to the review visit', () => {
    const participants = [
      { specialist: 'Anne', intakeDate: DAY0, firstContactDate: DAY0 + 10 },
      { specialist: 'Anne', intakeDate: DAY0, firstContactDate: null },
    ];
    const result = daysToEmployerContact({ participants, reviewDate: DAY0 + 90 });
    expect(result.exactMetric).toBe(50);
    expect(result.score).toBe(4);
    expect(rules(result)).toContain('services.rapid_job_search.no_contact_yet');
    const sheet = call(
      'DAYS_TO_EMPLOYER_CONTACT',
      [col(['Anne', 'Anne']), col(['2024-01-01', '2024-01-01']), col(['2024-01-11', '']), null, '2024-03-31'],
      'metric',
    );
    expect(sheet).toBe(50);
  });

  it('6970–6978 box: mean per specialist, then the mean of those means — not the pooled mean', () => {
    // Anne: 10, 10, 10 (mean 10); Bo: 80 (mean 80). Box: (10 + 80) / 2 = 45 → 4. Pooled: 110 / 4 = 27.5 → 5.
    const participants = [...participantsFromDays([10, 10, 10], 'Anne'), ...participantsFromDays([80], 'Bo')];
    const result = daysToEmployerContact({ participants, supervisorRecords: true });
    expect(result.exactMetric).toBe(45);
    expect(result.score).toBe(4);
    const [s1, i1, f1] = dayColumns([10, 10, 10], 'Anne');
    const [s2, i2, f2] = dayColumns([80], ' bo ');
    expect(call('DAYS_TO_EMPLOYER_CONTACT', [[...s1, ...s2], [...i1, ...i2], [...f1, ...f2], true], 'metric')).toBe(45);
  });

  it('13081–13094 (sample report): 7 9 13 14 18 25 19 31 37 72, supervisor does not record → 4', () => {
    // The report's «median 21,5» takes the middle of the UNSORTED list (the median is 18.5);
    // by the box the mean is 24.5 → band 5 → at most 4 without recording.
    const days = [7, 9, 13, 14, 18, 25, 19, 31, 37, 72];
    const result = daysToEmployerContact({ participants: participantsFromDays(days), supervisorRecords: false });
    expect(result.exactMetric).toBe(24.5);
    expect(result.score).toBe(4);
    expect(call('DAYS_TO_EMPLOYER_CONTACT', [...dayColumns(days), false])).toBe(4);
  });

  it('10858–10908 anchors: day bands 30/31, 60/61, 150/151, 270/271', () => {
    expect([0, 30, 31, 60, 61, 150, 151, 270, 271, 1000].map(rapidJobSearchBand)).toEqual([
      5, 5, 4, 4, 3, 3, 2, 2, 1, 1,
    ]);
    // 30.5 days rounds down to 30 (rule 11) → 5.
    expect(daysToEmployerContact({ participants: participantsFromDays([30, 31]) }).score).toBe(5);
  });

  it('accepts dates as serial numbers, Date objects and ISO text', () => {
    const intake = [DAY0, new Date(2024, 0, 1), '2024-01-01'];
    const first = ['2024-01-21', DAY0 + 20, new Date(2024, 0, 21)];
    expect(call('DAYS_TO_EMPLOYER_CONTACT', [col(['A', 'A', 'A']), col(intake), col(first)], 'metric')).toBe(20);
  });

  it('explains itself in both languages', () => {
    const reasonEn = call('DAYS_TO_EMPLOYER_CONTACT', [...dayColumns([40]), false], 'reason', 'en') as string;
    const reasonNb = call('DAYS_TO_EMPLOYER_CONTACT', [...dayColumns([40]), false], 'reason', 'nb') as string;
    expect(reasonEn).toContain('40 days');
    expect(reasonEn).toContain('does not record');
    expect(reasonNb).toContain('registrerer ikke');
  });
});

// ---------------------------------------------------------------------------------------------
// Tjenester 5 — Individuelt tilpasset jobbsøk
// ---------------------------------------------------------------------------------------------

describe('Tjenester 5 — INDIVIDUALIZED_SEARCH', () => {
  const contacts = (matching: number, total: number) =>
    Array.from({ length: total }, (_, i) => ({ matchesPreferences: i < matching }));
  const cells = (matching: number, total: number) =>
    col(Array.from({ length: total }, (_, i) => (i < matching ? 'ja' : 'nei')));

  it('10940–10995 anchors: < 25 → 1, 25–49 → 2, 50–74 → 3, 75–89 → 4, 90–100 → 5 (percent rounded down)', () => {
    expect([0, 24, 25, 49, 50, 74, 75, 89, 90, 100].map(individualizedSearchBand)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
    expect(individualizedJobSearch({ contacts: contacts(9, 10) }).score).toBe(5);
    expect(individualizedJobSearch({ contacts: contacts(89, 100) }).score).toBe(4);
    // 8/9 = 88.9 % → 88 → 4 (not rounded to 89/90).
    expect(individualizedJobSearch({ contacts: contacts(8, 9) }).metric).toBe(88);
    expect(call('INDIVIDUALIZED_SEARCH', [cells(1, 4)])).toBe(2);
    expect(call('INDIVIDUALIZED_SEARCH', [cells(9, 10)], 'metric')).toBe(90);
  });

  it('7122–7124: no evidence of documented job development plans → at most 3', () => {
    const result = individualizedJobSearch({ contacts: contacts(10, 10), plansDocumented: false });
    expect(result.score).toBe(3);
    expect(rules(result)).toContain('services.individualized_job_search.no_documented_plans');
    expect(call('INDIVIDUALIZED_SEARCH', [cells(10, 10), null, 'nei'])).toBe(3);
  });

  it('7126–7134: searches rest on stated goals without exploring strengths, past jobs, likes… → at most 2', () => {
    expect(
      individualizedJobSearch({ contacts: contacts(10, 10), plansDocumented: true, preferencesExplored: false }).score,
    ).toBe(2);
    expect(call('INDIVIDUALIZED_SEARCH', [cells(10, 10), null, true, false])).toBe(2);
  });

  it('7141–7155: people with criminal-justice involvement urged to take any job → at most 3', () => {
    expect(individualizedJobSearch({ contacts: contacts(10, 10), anyJobEncouraged: true }).score).toBe(3);
    expect(call('INDIVIDUALIZED_SEARCH', [cells(10, 10), null, null, null, 'yes'])).toBe(3);
  });

  it('7110–7118: contacts the participant initiated are not assessed', () => {
    // 6 JS-initiated contacts, all preference-based; 4 participant-initiated market contacts ignored.
    const list = [
      ...contacts(6, 6),
      ...Array.from({ length: 4 }, () => ({ matchesPreferences: false, notAssessed: true })),
    ];
    const result = individualizedJobSearch({ contacts: list, plansDocumented: true });
    expect(result.metric).toBe(100);
    expect(result.score).toBe(5);
    expect(rules(result)).toContain('services.individualized_job_search.participant_initiated');
    const matches = col(['ja', 'ja', 'ja', 'ja', 'ja', 'ja', 'nei', 'nei', '', '']);
    const initiated = col(['', '', '', '', '', '', 'ja', 'ja', 'ja', 'ja']);
    expect(call('INDIVIDUALIZED_SEARCH', [matches, initiated, true])).toBe(5);
  });

  it('13097–13162 (sample report): most contacts individual, a few market-driven → 4 (e.g. 17 of 20 = 85 %)', () => {
    expect(individualizedJobSearch({ contacts: contacts(17, 20), plansDocumented: true }).score).toBe(4);
    expect(call('INDIVIDUALIZED_SEARCH', [cells(17, 20), null, 'ja'])).toBe(4);
  });
});

// ---------------------------------------------------------------------------------------------
// Tjenester 6 — Jobbutvikling – hyppig arbeidsgiverkontakt
// ---------------------------------------------------------------------------------------------

describe('Tjenester 6 — EMPLOYER_CONTACTS', () => {
  /*
   * Reading followed for the numeric examples: they do not state how the supervisor reviews the
   * logs; the stated scores (3, 4) are reachable only without a cap, so log_review is weekly or
   * omitted. The box (7491–7497) «del på antallet jobbspesialister … del dette tallet på det
   * totale antallet uker» taken literally would divide twice; the examples divide the total
   * contacts by the total specialist-weeks (66/14, 82/16), which is what we do.
   */
  it('7401–7411: 42 contacts, and 24 contacts with two weeks away → 66 / 14 weeks = 4.7 → 3', () => {
    const result = employerContacts({
      specialists: [
        { contacts: 42, weeks: 8 },
        { contacts: 24, weeks: 8, absentWeeks: 2 },
      ],
      logReview: 'weekly',
    });
    expect(result.exactMetric).toBeCloseTo(66 / 14, 12);
    expect(result.metric).toBe(4);
    expect(result.score).toBe(3);
    expect(rules(result)).toContain('services.employer_contacts.absence_weeks');
    expect(call('EMPLOYER_CONTACTS', [col([42, 24]), 8, 'ukentlig', null, col([0, 2])])).toBe(3);
    expect(call('EMPLOYER_CONTACTS', [col([42, 24]), col([8, 6]), 'weekly'], 'metric')).toBe(4);
  });

  it('7401–7405: an absence of a few days does not change the calculation', () => {
    const result = employerContacts({ specialists: [{ contacts: 40, weeks: 8, absentWeeks: 0.6 }] });
    expect(result.exactMetric).toBe(5);
    expect(rules(result)).toContain('services.employer_contacts.short_absence');
    expect(call('EMPLOYER_CONTACTS', [col([40]), col([8]), null, null, col([0.6])], 'metric')).toBe(5);
  });

  it('7413–7422: it cannot be established whether contacts were in person or with a hiring authority → 2', () => {
    expect(employerContacts({ specialists: [{ contacts: 56, weeks: 8 }], logReview: 'unverifiable' }).score).toBe(2);
    expect(employerContacts({ specialists: [{ contacts: 4, weeks: 8 }], logReview: 'unverifiable' }).score).toBe(2);
    expect(call('EMPLOYER_CONTACTS', [col([56]), col([8]), 'uverifiserbar'])).toBe(2);
  });

  it('7424–7426: between two and three contacts a week → 2; always round down', () => {
    expect(employerContacts({ specialists: [{ contacts: 23, weeks: 8 }] }).score).toBe(2); // 2.875
    expect(employerContacts({ specialists: [{ contacts: 31, weeks: 8 }] }).score).toBe(2); // 3.875: anchor 3 needs four
    expect(employerContacts({ specialists: [{ contacts: 15, weeks: 8 }] }).score).toBe(1); // 1.875
    expect([0, 1, 2, 3, 4, 5, 6, 9].map(employerContactsBand)).toEqual([1, 1, 2, 2, 3, 4, 5, 5]);
    expect(call('EMPLOYER_CONTACTS', [col([23]), 8])).toBe(2);
    expect(call('EMPLOYER_CONTACTS', [col([31]), 8], 'metric')).toBe(3);
  });

  it('7428–7436: two specialists, 44 and 38 contacts over eight weeks → 82 / 16 = 5.1 → 4', () => {
    const result = employerContacts({
      specialists: [
        { contacts: 44, weeks: 8 },
        { contacts: 38, weeks: 8 },
      ],
      logReview: 'weekly',
    });
    expect(result.exactMetric).toBe(5.125);
    expect(result.metric).toBe(5);
    expect(result.score).toBe(4);
    expect(call('EMPLOYER_CONTACTS', [col([44, 38]), 8, 'weekly'])).toBe(4);
    expect(call('EMPLOYER_CONTACTS', [[[44, 38]], [[8, 8]]])).toBe(4); // a row range works too
  });

  it('7438–7444: logged weekly but the supervisor does not review the logs → no higher than 2 even at six a week', () => {
    const result = employerContacts({
      specialists: [
        { contacts: 48, weeks: 8 },
        { contacts: 48, weeks: 8 },
      ],
      logReview: 'not_reviewed',
    });
    expect(result.metric).toBe(6);
    expect(result.score).toBe(2);
    expect(rules(result)).toContain('services.employer_contacts.logs_not_reviewed');
    expect(call('EMPLOYER_CONTACTS', [col([48, 48]), 8, 'ikke gjennomgått'])).toBe(2);
    expect(call('EMPLOYER_CONTACTS', [col([48, 48]), 8, 'not_reviewed'], 'reason')).toContain('at most 2');
  });

  it('7446–7452: logs mix phone calls and participant-only contacts that cannot be told apart → no higher than 2', () => {
    expect(employerContacts({ specialists: [{ contacts: 60, weeks: 8 }], logReview: 'mixed' }).score).toBe(2);
    expect(call('EMPLOYER_CONTACTS', [col([60]), 8, 'blandet'])).toBe(2);
  });

  it('1762–1768 (rule 11): 5.6 contacts a week rounds down to 5 → 4', () => {
    const result = employerContacts({ specialists: [{ contacts: 56, weeks: 10 }], logReview: 'weekly' });
    expect(result.exactMetric).toBeCloseTo(5.6, 12);
    expect(result.metric).toBe(5);
    expect(result.score).toBe(4);
    expect(call('EMPLOYER_CONTACTS', [col([56]), col([10]), 'weekly'])).toBe(4);
  });

  it('11043–11055 anchors 2–3: no recording system → at most 2; reviewed monthly → at most 3', () => {
    expect(employerContacts({ specialists: [{ contacts: 60, weeks: 8 }], logReview: 'no_log' }).score).toBe(2);
    expect(employerContacts({ specialists: [{ contacts: 60, weeks: 8 }], logReview: 'monthly' }).score).toBe(3);
    // 7365–7367 calls monthly review good practice, but the scale needs weekly review for 4–5: the scale is followed.
    expect(call('EMPLOYER_CONTACTS', [col([60]), 8, 'månedlig'])).toBe(3);
    // A cap never raises: 1.5 a week stays 1.
    expect(employerContacts({ specialists: [{ contacts: 12, weeks: 8 }], logReview: 'no_log' }).score).toBe(1);
  });

  it('7389–7395: specialists in post less than one month are left out', () => {
    const result = employerContacts({
      specialists: [
        { contacts: 48, weeks: 8, monthsInPost: 14 },
        { contacts: 2, weeks: 8, monthsInPost: 0.5 },
      ],
    });
    expect(result.exactMetric).toBe(6);
    expect(result.score).toBe(5);
    expect(rules(result)).toContain('services.employer_contacts.new_in_post');
    expect(call('EMPLOYER_CONTACTS', [col([48, 2]), 8, null, null, null, col([14, 0.5])])).toBe(5);
    // Exactly one month is not «mindre enn én måned»: included.
    expect(
      employerContacts({
        specialists: [
          { contacts: 48, weeks: 8 },
          { contacts: 0, weeks: 8, monthsInPost: 1 },
        ],
      }).exactMetric,
    ).toBe(3);
  });

  it('11071–11077 anchor 5: with fewer than three job seekers, two contacts a week per job seeker is enough for 5', () => {
    expect(
      employerContacts({ specialists: [{ contacts: 32, weeks: 8, jobSeekers: 2 }], logReview: 'weekly' }).score,
    ).toBe(5);
    expect(
      employerContacts({ specialists: [{ contacts: 16, weeks: 8, jobSeekers: 1 }], logReview: 'weekly' }).score,
    ).toBe(5);
    expect(
      employerContacts({ specialists: [{ contacts: 31, weeks: 8, jobSeekers: 2 }], logReview: 'weekly' }).score,
    ).toBe(2);
    // The weekly-review condition still applies.
    expect(
      employerContacts({ specialists: [{ contacts: 32, weeks: 8, jobSeekers: 2 }], logReview: 'monthly' }).score,
    ).toBe(3);
    // Two specialists: A 5 a week with 10 seekers (4), B 2 a week with 1 seeker (5) → mean 4.5 → 4.
    const mixed = employerContacts({
      specialists: [
        { contacts: 40, weeks: 8, jobSeekers: 10 },
        { contacts: 16, weeks: 8, jobSeekers: 1 },
      ],
    });
    expect(mixed.score).toBe(4);
    expect(rules(mixed)).toContain('services.employer_contacts.small_caseload');
    expect(call('EMPLOYER_CONTACTS', [col([40, 16]), 8, 'weekly', col([10, 1])])).toBe(4);
  });

  it('13198–13202 (sample report): 146 logged contacts, three specialists, eight weeks → 6.08 → 5', () => {
    const result = employerContacts({
      specialists: [
        { contacts: 49, weeks: 8 },
        { contacts: 49, weeks: 8 },
        { contacts: 48, weeks: 8 },
      ],
      logReview: 'weekly',
    });
    expect(result.metric).toBe(6);
    expect(result.score).toBe(5);
    expect(call('EMPLOYER_CONTACTS', [col([49, 49, 48]), 8, 'weekly'])).toBe(5);
  });
});

// ---------------------------------------------------------------------------------------------
// Tjenester 3 and 7 — ratings per specialist
// ---------------------------------------------------------------------------------------------

describe('Tjenester 7 — EMPLOYER_CONTACT_QUALITY and Tjenester 3 — CAREER_ASSESSMENT', () => {
  it('7630–7645: ratings 5, 4, 5 → 14 / 3 = 4.6 → 4 (rounded down; 7704 «Rund ned (f.eks. 3,6 -> 3)»)', () => {
    const result = employerContactQuality({ ratings: [5, 4, 5] });
    expect(result.exactMetric).toBeCloseTo(14 / 3, 12);
    expect(result.score).toBe(4);
    expect(call('EMPLOYER_CONTACT_QUALITY', [col([5, 4, 5])])).toBe(4);
    expect(call('EMPLOYER_CONTACT_QUALITY', [col([5, 4, 5]), 3])).toBe(4);
  });

  // The registry's caps for Tjenester 7, in order (as JUDGEMENT takes them).
  const CAPS_7 = [
    'not_observable',
    'no_information_meeting',
    'service_presentation',
    'rarely_meet_employers',
    'asking_for_openings',
    'participant_must_attend',
    'relationships_not_maintained',
  ];
  const capFlags = (...names: string[]) => CAPS_7.map((name) => names.includes(name));

  it("the caps argument follows the registry's caps for the item", () => {
    expect(itemById('services.employer_contact_quality').caps?.map((cap) => cap.id.split('.').pop())).toEqual(CAPS_7);
  });

  it('7562–7568: meetings to learn about the business could not be observed → no higher than 4', () => {
    const result = employerContactQuality({ ratings: [5, 5], capsThatApply: capFlags('no_information_meeting') });
    expect(result.score).toBe(4);
    expect(rules(result)).toContain('services.employer_contact_quality.no_information_meeting');
    expect(call('EMPLOYER_CONTACT_QUALITY', [col([5, 5]), 2, col(capFlags('no_information_meeting'))])).toBe(4);
  });

  it('7600–7604, 7647–7655, 7657–7671: service presentation → ≤ 3; participant must attend → ≤ 3; relationships not maintained → ≤ 4', () => {
    expect(employerContactQuality({ ratings: [5, 5], capsThatApply: capFlags('service_presentation') }).score).toBe(3);
    expect(employerContactQuality({ ratings: [5, 4], capsThatApply: capFlags('participant_must_attend') }).score).toBe(
      3,
    );
    expect(
      call('EMPLOYER_CONTACT_QUALITY', [
        col([5, 5, 5]),
        3,
        col(capFlags('relationships_not_maintained').map((f) => (f ? 'ja' : ''))),
      ]),
    ).toBe(4);
  });

  it('7620–7628: two employer meetings a month → 1; contacts mostly asking about openings → 2', () => {
    expect(employerContactQuality({ ratings: [4, 5], capsThatApply: capFlags('rarely_meet_employers') }).score).toBe(1);
    expect(employerContactQuality({ ratings: [4, 5], capsThatApply: capFlags('asking_for_openings') }).score).toBe(2);
    expect(call('EMPLOYER_CONTACT_QUALITY', [col([4, 5]), 2, col(capFlags('rarely_meet_employers'))])).toBe(1);
    expect(call('EMPLOYER_CONTACT_QUALITY', [col([4, 5]), 2, col(capFlags('asking_for_openings'))])).toBe(2);
  });

  it('caps need one cell per registry cap', () => {
    expectIpsError(() => call('EMPLOYER_CONTACT_QUALITY', [col([5, 5]), 2, col([true])]), 'invalidValue', 'caps');
  });

  it('7539–7549: with more than one specialist the item is not rated on one person; three of five', () => {
    expectIpsError(() => call('EMPLOYER_CONTACT_QUALITY', [col([5]), 2]), 'notAvailable', 'ratings', 'at least 2');
    expectIpsError(() => call('EMPLOYER_CONTACT_QUALITY', [col([5, 5]), 5]), 'notAvailable', 'at least 3');
    expect(call('EMPLOYER_CONTACT_QUALITY', [col([5, 5, 4]), 5])).toBe(4);
    expect(call('EMPLOYER_CONTACT_QUALITY', [col([5]), 1])).toBe(5);
  });

  it('7576–7578: relationship building cannot be observed → 1', () => {
    expect(employerContactQuality({ ratings: [4, 5], capsThatApply: capFlags('not_observable') }).score).toBe(1);
    expect(call('EMPLOYER_CONTACT_QUALITY', [col([4, 5]), null, col(capFlags('not_observable'))])).toBe(1);
  });

  it('6533–6537 (Tjenester 3): each specialist rated, the ratings averaged and rounded down', () => {
    expect(careerAssessment({ ratings: [5, 3, 3] }).score).toBe(3);
    expect(call('CAREER_ASSESSMENT', [col([4, 4, 5])])).toBe(4);
    expect(call('CAREER_ASSESSMENT', [col([4, 4, 5])], 'reason')).toContain('13');
  });

  it('6622–6655 (Tjenester 3): no comprehensive career profile → ≤ 3; profile not updated → ≤ 4 (registry caps)', () => {
    const ids = (itemById('services.career_assessment').caps ?? []).map((cap) => cap.id.split('.').pop()!);
    const flags = (name: string) => ids.map((id) => id === name);
    expect(careerAssessment({ ratings: [5, 5], capsThatApply: flags('no_comprehensive_profile') }).score).toBe(3);
    expect(call('CAREER_ASSESSMENT', [col([5, 5]), col(flags('profile_not_updated'))])).toBe(4);
  });
});

// ---------------------------------------------------------------------------------------------
// Tjenester 8 — Stor bredde i typer jobber
// ---------------------------------------------------------------------------------------------

describe('Tjenester 8 — JOB_DIVERSITY', () => {
  const { example1: EX1, example2: EX2, example3: EX3 } = JOB_TYPES;
  const jobs = (types: readonly string[]) => types.map((type) => ({ type }));

  it('7771–7828: two specialists, ten jobs, Butikkmedarbeider three times → 9 / 10 = 90 % → 5', () => {
    const result = jobDiversity({ jobs: jobs(EX1), specialists: 2 });
    expect(result.metric).toBe(90);
    expect(result.score).toBe(5);
    expect(reasonText(result)).toContain("3rd and later 'Butikkmedarbeider' not counted");
    expect(reasonText(result, 'nb')).toContain('«Butikkmedarbeider» er oppført 3 ganger');
    expect(call('JOB_DIVERSITY', [col(EX1), 2])).toBe(5);
    expect(call('JOB_DIVERSITY', [col(EX1), 2], 'metric')).toBe(90);
  });

  it('7830–7891: two specialists, eleven jobs, Barnehageassistent four times → 9 / 11 = 0.81 → 4', () => {
    const result = jobDiversity({ jobs: jobs(EX2), specialists: 2 });
    expect(result.exactMetric).toBeCloseTo(900 / 11, 10);
    expect(result.metric).toBe(81);
    expect(result.score).toBe(4);
    expect(call('JOB_DIVERSITY', [col(EX2), 2])).toBe(4);
  });

  it('7893–7911: one specialist, four job starts — wide range but too small a sample → 1', () => {
    const result = jobDiversity({ jobs: jobs(EX3), specialists: 1 });
    expect(result.metric).toBe(100);
    expect(result.score).toBe(1);
    expect(reasonText(result)).toContain('fewer than 5 jobs with one specialist');
    expect(call('JOB_DIVERSITY', [col(EX3), 1])).toBe(1);
  });

  it('7744–7748: under 10 jobs with a staff of two or more → 1; five jobs with one specialist is enough', () => {
    const nine = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];
    const result = jobDiversity({ jobs: jobs(nine), specialists: 3 });
    expect(result.score).toBe(1);
    expect(reasonText(result)).toContain('fewer than 10 jobs with 2+ specialists');
    expect(call('JOB_DIVERSITY', [col(nine)])).toBe(1); // specialists omitted: the team rule
    expect(call('JOB_DIVERSITY', [col([...nine, 'J'])])).toBe(5);
    expect(call('JOB_DIVERSITY', [col(['A', 'B', 'C', 'D', 'E']), 1])).toBe(5);
  });

  it('7736–7738: jobs obtained before entering IPS are not counted', () => {
    const types = [...EX1, 'Kokk'];
    const before = col([...EX1.map(() => ''), 'ja']);
    expect(call('JOB_DIVERSITY', [col(types), 2, before], 'metric')).toBe(90);
    const result = jobDiversity({ jobs: [...jobs(EX1), { type: 'Kokk', beforeIps: true }], specialists: 2 });
    expect(rules(result)).toContain('services.job_diversity.before_ips');
  });

  it('13296–13305 (sample report): three specialists, 11 jobs, kassemedarbeider ×3 and rengjører ×3 → 9 / 11 → 4', () => {
    const types = [
      'erfaringskonsulent',
      'kassemedarbeider',
      'kassemedarbeider',
      'kassemedarbeider',
      'rengjører',
      'rengjører',
      'rengjører',
      'hundesteller',
      'resepsjonist',
      'kontormedarbeider',
      'møbelsnekker',
    ];
    expect(jobDiversity({ jobs: jobs(types), specialists: 3 }).score).toBe(4);
    expect(call('JOB_DIVERSITY', [col(types), 3])).toBe(4);
  });

  it('case and surrounding spaces do not make a new job type', () => {
    const types = [
      'Butikkmedarbeider',
      ' butikkmedarbeider',
      'BUTIKKMEDARBEIDER  ',
      'Kokk',
      'Kokk',
      'Sjåfør',
      'Renholder',
      'Lagermedarbeider',
      'Frisør',
      'Maler',
    ];
    expect(call('JOB_DIVERSITY', [col(types), 2], 'metric')).toBe(90);
    // Inner spaces are collapsed, not removed.
    expect(
      call(
        'JOB_DIVERSITY',
        [
          col([
            'Butikk  medarbeider',
            'Butikk medarbeider',
            'butikk medarbeider',
            'Butikkmedarbeider',
            'B',
            'C',
            'D',
            'E',
            'F',
            'G',
          ]),
        ],
        'metric',
      ),
    ).toBe(90);
  });

  it('11166–11204 anchors: < 50 → 1, 50–59 → 2, 60–69 → 3, 70–84 → 4, 85–100 → 5; 84.6 % rounds down to 84 → 4', () => {
    expect([49, 50, 59, 60, 69, 70, 84, 85, 100].map(diversityBand)).toEqual([1, 2, 2, 3, 3, 4, 4, 5, 5]);
    // 11 of 13 countable = 84.6 %: A×4 (2 count) + 11 distinct… build 13 jobs with 2 struck.
    const thirteen = ['A', 'A', 'A', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];
    const result = jobDiversity({ jobs: jobs(thirteen) });
    expect(result.metric).toBe(84);
    expect(result.score).toBe(4);
  });
});

// ---------------------------------------------------------------------------------------------
// Tjenester 9 — Stor bredde i typer arbeidsgivere
// ---------------------------------------------------------------------------------------------

describe('Tjenester 9 — EMPLOYER_DIVERSITY', () => {
  // Line 7997 reads «Åsen seniorsenter Burgerhjørnet»: two entries joined by text extraction; the
  // manual says «Tolv personer» and «Åsen seniorsenter er bare oppført to ganger», so they are two.
  const EX1 = [
    'Åsen seniorsenter',
    'Åsen seniorsenter',
    'Burgerhjørnet',
    'Burgerhjørnet',
    'Burgerhjørnet',
    'Karis hundelufting',
    'Åsen sykehus',
    'Ola Olsens bilverksted',
    'ABC forsikring',
    'Lilleby sparebank',
    'Kåres skredderverksted',
    'Opplæringsmateriell AS',
  ];
  const EX2 = [
    'Dal Radio & TV AS',
    'Sentrum stormagasin',
    'Sentrum stormagasin',
    'Sentrum stormagasin',
    'Sentrum stormagasin',
    'Lilleby ishall',
    'Åsen barneskole',
    'Trygves kafé',
    'Låven antikviteter',
    'Klassiske biler AS',
    'Lilleby apotek',
    'Åsen dagligvarer',
  ];
  const jobs = (employers: readonly string[]) => employers.map((employer) => ({ employer }));

  it('7990–8050: two specialists, twelve employers, Burgerhjørnet three times → 11 / 12 = 0.91 → 5', () => {
    const result = employerDiversity({ jobs: jobs(EX1), specialists: 2 });
    expect(result.metric).toBe(91);
    expect(result.score).toBe(5);
    expect(reasonText(result)).toContain("3rd and later 'Burgerhjørnet' not counted");
    expect(call('EMPLOYER_DIVERSITY', [col(EX1), null, 2])).toBe(5);
  });

  it('8052–8116: seven in work plus five starts in six months = 12; Sentrum stormagasin four times → 10 / 12 = 0.83 → 4', () => {
    const result = employerDiversity({ jobs: jobs(EX2), specialists: 2 });
    expect(result.metric).toBe(83);
    expect(result.score).toBe(4);
    expect(call('EMPLOYER_DIVERSITY', [col(EX2), null, 2])).toBe(4);
    expect(call('EMPLOYER_DIVERSITY', [col(EX2), null, 2], 'metric')).toBe(83);
  });

  it('7974–7984: three people with XYZ who do not all work at the same XYZ store do not affect the score', () => {
    const employers = ['XYZ', 'XYZ', 'XYZ', 'A', 'B', 'C', 'D', 'E', 'F', 'G'];
    expect(call('EMPLOYER_DIVERSITY', [col(employers)], 'metric')).toBe(90);
    const sites = col(['Sentrum', 'Nord', 'Syd', '', '', '', '', '', '', '']);
    expect(call('EMPLOYER_DIVERSITY', [col(employers), sites], 'metric')).toBe(100);
    // Three at one store and one at another: at most two per worksite → 9 of 10.
    const mixed = ['XYZ', 'XYZ', 'XYZ', 'XYZ', 'A', 'B', 'C', 'D', 'E', 'F'];
    const mixedSites = col(['Sentrum', 'sentrum ', 'Sentrum', 'Nord', '', '', '', '', '', '']);
    expect(call('EMPLOYER_DIVERSITY', [col(mixed), mixedSites], 'metric')).toBe(90);
  });

  it('7968–7972: under 10 jobs with two or more specialists (or under 5 with one) → 1', () => {
    expect(call('EMPLOYER_DIVERSITY', [col(['A', 'B', 'C', 'D', 'E', 'F']), null, 2])).toBe(1);
    expect(call('EMPLOYER_DIVERSITY', [col(['A', 'B', 'C', 'D', 'E']), null, 1])).toBe(5);
  });

  it('7966–7968: jobs obtained before entering IPS are not counted', () => {
    const employers = [...EX1, 'Burgerhjørnet'];
    const before = col([...EX1.map(() => false), true]);
    expect(call('EMPLOYER_DIVERSITY', [col(employers), null, 2, before], 'metric')).toBe(91);
  });

  it('13335–13341 (sample report): eleven in jobs, three with one cleaning firm → 10 / 11 = 0.9 → 5', () => {
    const employers = [
      'Rengjøringsfirma',
      'Rengjøringsfirma',
      'rengjøringsfirma',
      'E1',
      'E2',
      'E3',
      'E4',
      'E5',
      'E6',
      'E7',
      'E8',
    ];
    expect(employerDiversity({ jobs: jobs(employers), specialists: 3 }).score).toBe(5);
    expect(call('EMPLOYER_DIVERSITY', [col(employers), null, 3], 'metric')).toBe(90);
  });
});

// ---------------------------------------------------------------------------------------------
// Tjenester 10 — Ordinært arbeid
// ---------------------------------------------------------------------------------------------

describe('Tjenester 10 — COMPETITIVE_JOBS', () => {
  const jobs = (competitive: number, other: number) => [
    ...Array.from({ length: competitive }, () => ({ competitive: true })),
    ...Array.from({ length: other }, () => ({ competitive: false })),
  ];

  it('8275–8277: eleven in work, nine competitive and two volunteer → 0.82 (81.8 %) → 3', () => {
    // The manual prints 0,82 (rounded); rounding down gives 81 — the band 75–84 is the same.
    const result = competitiveJobs({ jobs: jobs(9, 2) });
    expect(result.metric).toBe(81);
    expect(result.score).toBe(3);
    const cells = col([...Array.from({ length: 9 }, () => 'ja'), 'frivillig', 'volunteer']);
    expect(call('COMPETITIVE_JOBS', [cells])).toBe(3);
  });

  it('8279–8287: one specialist, three in work plus two starts; four competitive, one sheltered → 4 / 5 = 0.8 → 3', () => {
    // Anchor 1's «ELLER det er for tiden færre enn ti slike jobber» is NOT applied: the example
    // scores a five-job, one-specialist sample by the ratio (the 8179–8181 minimum is 5).
    const result = competitiveJobs({ jobs: jobs(4, 1), specialists: 1 });
    expect(result.metric).toBe(80);
    expect(result.score).toBe(3);
    expect(call('COMPETITIVE_JOBS', [col([true, true, true, true, 'vernet']), 1])).toBe(3);
  });

  it('8179–8188: under 10 jobs for two or more specialists and all evidence shows competitive work → 5', () => {
    expect(competitiveJobs({ jobs: jobs(6, 0), specialists: 2, smallSampleEvidence: true }).score).toBe(5);
    expect(call('COMPETITIVE_JOBS', [col(['ja', 'ja', 'ja']), 2, null, 'ja'])).toBe(5);
    // Evidence does not show it → anchor 1 («færre enn ti slike jobber») → 1.
    expect(call('COMPETITIVE_JOBS', [col(['ja', 'ja', 'ja']), 2, null, 'nei'])).toBe(1);
    // Without the evaluator's judgement a small sample cannot be scored.
    expectIpsError(
      () => call('COMPETITIVE_JOBS', [col(['ja', 'ja', 'ja']), 2]),
      'notAvailable',
      'small_sample_evidence',
    );
  });

  it('8177–8179: jobs obtained before entering IPS are not counted', () => {
    const cells = col([...Array.from({ length: 10 }, () => 'ja'), 'nei']);
    const before = col([...Array.from({ length: 10 }, () => ''), 'ja']);
    expect(call('COMPETITIVE_JOBS', [cells, 2, before])).toBe(5);
    expect(call('COMPETITIVE_JOBS', [cells, 2])).toBe(4);
  });

  it('8190–8271: seasonal, temp agency, self-employment, peer specialist and quota jobs are competitive; casual, crew, subsidised, placement are not', () => {
    const cells = col([
      'sesong',
      'bemanningsbyrå',
      'selvstendig',
      'erfaringskonsulent',
      'kvote',
      'ordinær',
      'Ordinært arbeid',
      'competitive',
      'yes',
      'x',
    ]);
    expect(call('COMPETITIVE_JOBS', [cells], 'metric')).toBe(100);
    const not = col(['tilfeldig', 'arbeidslag', 'lønnstilskudd', 'praksis', 'reservert', 'ja', 'ja', 'ja', 'ja', 'ja']);
    expect(call('COMPETITIVE_JOBS', [not], 'metric')).toBe(50);
  });

  it('13354–13377 (sample report): all jobs competitive → 5', () => {
    expect(call('COMPETITIVE_JOBS', [col(Array.from({ length: 11 }, () => true)), 3])).toBe(5);
    expect(competitiveJobs({ jobs: jobs(11, 0), specialists: 3 }).score).toBe(5);
  });

  it('11290–11327 anchors: < 64 → 1, about 65–74 → 2, 75–84 → 3, 85–94 → 4, 95+ → 5; 64 % reads as «omtrent 65» → 2', () => {
    // 64 is not «mindre enn 64»; «omtrent 65–74» is the only anchor that can hold it.
    expect([63, 64, 65, 74, 75, 84, 85, 94, 95, 100].map(competitiveJobsBand)).toEqual([1, 2, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(competitiveJobs({ jobs: jobs(16, 9) }).score).toBe(2); // 64 %
    expect(competitiveJobs({ jobs: jobs(18, 1) }).score).toBe(4); // 94.7 % → 94
    expect(competitiveJobs({ jobs: jobs(19, 1) }).score).toBe(5); // 95 %
  });
});

// ---------------------------------------------------------------------------------------------
// Tjenester 13 — Tjenester som er basert i lokalsamfunnet
// ---------------------------------------------------------------------------------------------

describe('Tjenester 13 — COMMUNITY_TIME', () => {
  it("8849–8853: 50 %, 55 %, 65 % → 170 / 3 = 56.6 → 4 (mean of the specialists' shares, rounded down)", () => {
    const result = communityTime({ communityShares: COMMUNITY_SHARES });
    expect(result.exactMetric).toBeCloseTo(170 / 3, 10);
    expect(result.metric).toBe(56);
    expect(result.score).toBe(4);
    expect(call('COMMUNITY_TIME', [col(COMMUNITY_SHARES)])).toBe(4);
    expect(call('COMMUNITY_TIME', [col(COMMUNITY_SHARES)], 'metric')).toBe(56);
  });

  it('8902–8912: four specialists, 50 %, 56 %, 67 %, 70 % → about 60 % → 4 (72 % of meetings in the community is not the metric)', () => {
    const result = communityTime({ communityShares: [0.5, 0.56, 0.67, 0.7] });
    expect(result.exactMetric).toBeCloseTo(60.75, 10);
    expect(result.metric).toBe(60);
    expect(result.score).toBe(4);
    expect(call('COMMUNITY_TIME', [col([0.5, 0.56, 0.67, 0.7])])).toBe(4);
  });

  it('13518–13526 (sample report): on average 70 % of their time in the community → 5', () => {
    expect(call('COMMUNITY_TIME', [col([0.7, 0.7, 0.7])])).toBe(5);
    expect(communityTime({ communityShares: [0.7] }).score).toBe(5);
  });

  it('8861–8869: a part-time specialist counts the same share of their own hours (20 h, 13 h out = 65 %)', () => {
    expect(call('COMMUNITY_TIME', [col([13 / 20, 26 / 40])])).toBe(5);
    expect(communityTime({ communityShares: [13 / 20, 26 / 40] }).metric).toBe(65);
  });

  it('percentages are read as VOCATIONAL_TIME reads them: 50 typed or 50 % formatted (0.5) are the same; a unit can be given', () => {
    expect(call('COMMUNITY_TIME', [col([50, 55, 65])])).toBe(4);
    expect(call('COMMUNITY_TIME', [col([50, 55, 65])], 'metric')).toBe(56);
    expect(call('COMMUNITY_TIME', [col([70, 56, 65])], 'metric')).toBe(63);
    expect(call('COMMUNITY_TIME', [col([0.7, 0.56, 0.65])], 'metric')).toBe(63);
    // the explanation says when the values were read as fractions, as VOCATIONAL_TIME does
    expect(call('COMMUNITY_TIME', [col([0.7, 0.56, 0.65])], 'reason')).toContain('read as fractions');
    expect(call('COMMUNITY_TIME', [col([70, 56, 65])], 'reason')).not.toContain('read as fractions');
    // all values from 0 to 1 are fractions: 1 is 100 %
    expect(call('COMMUNITY_TIME', [col([1, 0.5])], 'metric')).toBe(75);
    // the optional unit, after the range (output and language stay the last two arguments)
    expect(fn('COMMUNITY_TIME').parameters.map((p) => p.name)).toEqual([
      'percent_in_community',
      'unit',
      'output',
      'language',
    ]);
    expect(call('COMMUNITY_TIME', [col([0.5, 0.7]), 'percent'], 'metric')).toBe(0); // 0.5 % and 0.7 %
    expect(call('COMMUNITY_TIME', [col([0.5, 0.7]), 'andel'], 'metric')).toBe(60);
    expect(call('COMMUNITY_TIME', [col([1, 80]), 'prosent'], 'metric')).toBe(40);
    expectIpsError(
      () => call('COMMUNITY_TIME', [col([56]), 'fraction']),
      'invalidNumber',
      "'percent_in_community' row 1",
      'fraction from 0 to 1',
    );
    expectIpsError(() => call('COMMUNITY_TIME', [col([56]), 'kilo']), 'invalidValue', "'unit'");
  });

  it('a mix of fractions and percents without a unit is ambiguous: #VALUE! naming the argument, both rows and what to do', () => {
    const error = expectIpsError(
      () => call('COMMUNITY_TIME', [col([0.5, '', 55])]),
      'invalidValue',
      "'percent_in_community'",
      'row 1',
      'row 3',
    );
    expect(error.message).toContain("'unit'");
    expect(error.message).toContain('"percent"');
    expect(error.message).toContain('"fraction"');
    expect(error.message).toContain('write them all the same way');
    // zeros are neither: they go with either reading
    expect(call('COMMUNITY_TIME', [col([0, 55, 65])], 'metric')).toBe(40);
    expect(call('COMMUNITY_TIME', [col([0, 0.55, 0.65])], 'metric')).toBe(40);
  });

  it('11524–11562 anchors: 30 % or less → 1 (30 is in both 1 and 2: «30 prosent eller mindre» wins), 31–39 → 2, 40–49 → 3, 50–64 → 4, 65+ → 5', () => {
    expect([0, 30, 31, 39, 40, 49, 50, 64, 65, 100].map(communityTimeBand)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(communityTime({ communityShares: [0.309] }).score).toBe(1);
    // 0.29 * 100 is 28.999… in binary; 0.57 likewise: rounding down is tolerant of that.
    expect(communityTime({ communityShares: [0.57] }).metric).toBe(57);
  });
});

// ---------------------------------------------------------------------------------------------
// Bad input
// ---------------------------------------------------------------------------------------------

describe('bad input: typed errors naming the argument and row', () => {
  it('text in numeric cells → invalidValue', () => {
    expectIpsError(
      () => call('EMPLOYER_CONTACTS', [col([42, '24']), 8]),
      'invalidValue',
      "'contacts' row 2",
      'text "24"',
    );
    expectIpsError(() => call('COMMUNITY_TIME', [col([0.5, '55 %'])]), 'invalidValue', "'percent_in_community' row 2");
    expectIpsError(() => call('EMPLOYER_CONTACTS', [col([42]), col(['åtte'])]), 'invalidValue', "'weeks' row 1");
    expectIpsError(() => call('CAREER_ASSESSMENT', [col(['fire'])]), 'invalidValue', "'ratings' row 1");
    expectIpsError(() => call('JOB_DIVERSITY', [col(['Kokk']), 'two']), 'invalidValue', "'specialists'");
  });

  it('negative or fractional counts → invalidNumber', () => {
    expectIpsError(() => call('EMPLOYER_CONTACTS', [col([42, -1]), 8]), 'invalidNumber', "'contacts' row 2");
    expectIpsError(() => call('EMPLOYER_CONTACTS', [col([4.5]), 8]), 'invalidNumber', "'contacts' row 1");
    expectIpsError(
      () => call('EMPLOYER_CONTACTS', [col([42]), 8, null, col([-2])]),
      'invalidNumber',
      "'job_seekers' row 1",
    );
    expectIpsError(
      () => call('EMPLOYER_CONTACTS', [col([42]), 8, null, null, col([9])]),
      'invalidNumber',
      "'absent_weeks' row 1",
    );
    expectIpsError(() => call('EMPLOYER_CONTACTS', [col([0]), -8]), 'invalidNumber', "'weeks'");
    expectIpsError(() => call('JOB_DIVERSITY', [col(['Kokk']), 0]), 'invalidNumber', "'specialists'");
    expectIpsError(() => call('JOB_DIVERSITY', [col(['Kokk']), 1.5]), 'invalidNumber', "'specialists'");
    expectIpsError(() => call('CAREER_ASSESSMENT', [col([6])]), 'invalidNumber', "'ratings' row 1");
    expectIpsError(
      () => call('COMMUNITY_TIME', [col([56, 101])]),
      'invalidNumber',
      "'percent_in_community' row 2",
      'percent from 0 to 100',
    );
    expectIpsError(() => call('COMMUNITY_TIME', [col([-0.1])]), 'invalidNumber', "'percent_in_community' row 1");
  });

  it('weeks 0 → divisionByZero naming weeks', () => {
    expectIpsError(() => call('EMPLOYER_CONTACTS', [col([42]), 0]), 'divisionByZero', "'weeks'");
    expectIpsError(() => call('EMPLOYER_CONTACTS', [col([42, 30]), col([8, 0])]), 'divisionByZero', "'weeks' row 2");
    expectIpsError(() => employerContacts({ specialists: [{ contacts: 1, weeks: 0 }] }), 'divisionByZero', 'weeks');
  });

  it('mismatched sizes → invalidValue naming both arguments', () => {
    expectIpsError(
      () => call('EMPLOYER_CONTACTS', [col([42, 24]), col([8, 8, 8])]),
      'invalidValue',
      "'weeks'",
      "'contacts'",
    );
    expectIpsError(
      () => call('EMPLOYER_DIVERSITY', [col(['A', 'B']), col(['x'])]),
      'invalidValue',
      "'worksites'",
      "'employers'",
    );
    expectIpsError(
      () => call('DAYS_TO_EMPLOYER_CONTACT', [col(['A']), col([DAY0, DAY0]), col([DAY0, DAY0])]),
      'invalidValue',
      "'intake_date'",
    );
    expectIpsError(
      () =>
        call('JOB_DIVERSITY', [
          [
            ['A', 'B'],
            ['C', 'D'],
          ],
        ]),
      'invalidValue',
      "'job_types'",
      'single column or row',
    );
  });

  it('empty ranges → notAvailable naming the argument', () => {
    expectIpsError(() => call('JOB_DIVERSITY', [[]]), 'notAvailable', 'job_types');
    expectIpsError(() => call('JOB_DIVERSITY', [col([null, '', '  '])]), 'notAvailable', 'job_types');
    expectIpsError(() => call('EMPLOYER_DIVERSITY', [col([null])]), 'notAvailable', 'employers');
    expectIpsError(() => call('COMPETITIVE_JOBS', [[]]), 'notAvailable', 'competitive');
    expectIpsError(() => call('EMPLOYER_CONTACTS', [[], 8]), 'notAvailable', 'contacts');
    expectIpsError(() => call('COMMUNITY_TIME', [col([''])]), 'notAvailable', 'percent_in_community');
    expectIpsError(() => call('INDIVIDUALIZED_SEARCH', [[]]), 'notAvailable', 'matches_preferences');
    expectIpsError(() => call('DAYS_TO_EMPLOYER_CONTACT', [[], [], []]), 'notAvailable', 'specialist');
    expectIpsError(() => call('CAREER_ASSESSMENT', [[]]), 'notAvailable', 'ratings');
    expectIpsError(
      () => call('EMPLOYER_CONTACTS', [col([1]), 8, null, null, null, col([0.2])]),
      'notAvailable',
      'contacts',
    );
  });

  it('bad dates and impossible day counts', () => {
    expectIpsError(
      () => call('DAYS_TO_EMPLOYER_CONTACT', [col(['A']), col(['1. mars']), col([DAY0])]),
      'invalidValue',
      "'intake_date' row 1",
    );
    expectIpsError(
      () => call('DAYS_TO_EMPLOYER_CONTACT', [col(['A']), col([DAY0 + 5]), col([DAY0])]),
      'invalidNumber',
      "'first_contact_date' row 1",
      'before',
    );
    expectIpsError(
      () => call('DAYS_TO_EMPLOYER_CONTACT', [col(['A']), col([DAY0]), col([''])]),
      'invalidValue',
      "'first_contact_date' row 1",
      'review_date',
    );
    expectIpsError(
      () => call('DAYS_TO_EMPLOYER_CONTACT', [col(['']), col([DAY0]), col([DAY0])]),
      'invalidValue',
      "'specialist' row 1",
    );
    expectIpsError(
      () => call('DAYS_TO_EMPLOYER_CONTACT', [col(['A']), col([DAY0]), col([DAY0]), 'kanskje']),
      'invalidValue',
      "'supervisor_records'",
    );
  });

  it('unknown codes and yes/no values → invalidValue listing what is accepted', () => {
    expectIpsError(
      () => call('EMPLOYER_CONTACTS', [col([42]), 8, 'sometimes']),
      'invalidValue',
      "'log_review'",
      'weekly',
    );
    expectIpsError(
      () => call('COMPETITIVE_JOBS', [col(['maybe'])]),
      'invalidValue',
      "'competitive' row 1",
      'frivillig',
    );
    expectIpsError(
      () => call('INDIVIDUALIZED_SEARCH', [col(['ja', 'kanskje'])]),
      'invalidValue',
      "'matches_preferences' row 2",
    );
    expectIpsError(
      () => call('INDIVIDUALIZED_SEARCH', [col(['ja', '']), col(['', 'nei'])]),
      'invalidValue',
      "'matches_preferences' row 2",
      'blank',
    );
    expectIpsError(() => call('JOB_DIVERSITY', [col(['Kokk', true])]), 'invalidValue', "'job_types' row 2");
    expectIpsError(
      () => call('JOB_DIVERSITY', [col(['Kokk']), null, col(['kanskje'])]),
      'invalidValue',
      "'before_ips' row 1",
    );
  });

  it('the core functions check their input too', () => {
    expectIpsError(() => communityTime({ communityShares: [Number.NaN] }), 'invalidNumber');
    expectIpsError(() => employerContacts({ specialists: [{ contacts: -1, weeks: 8 }] }), 'invalidNumber', 'contacts');
    expectIpsError(() => jobDiversity({ jobs: [{ type: 'A' }], specialists: 0 }), 'invalidNumber', 'specialists');
    expectIpsError(() => careerAssessment({ ratings: [0] }), 'invalidNumber', 'ratings');
    expectIpsError(
      () => daysToEmployerContact({ participants: [{ specialist: 'A', intakeDate: 10, firstContactDate: 5 }] }),
      'invalidNumber',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Metadata
// ---------------------------------------------------------------------------------------------

describe('the calculators check the typed input they depend on (no schema library)', () => {
  it('score well-formed typed inputs and reject malformed ones with typed errors', () => {
    expect(jobDiversity({ jobs: [{ type: 'Kokk' }], specialists: 2 }).score).toBe(1);
    expect(employerDiversity({ jobs: [{ employer: 'XYZ', worksite: null }] }).score).toBe(1);
    expect(employerContacts({ specialists: [{ contacts: 42, weeks: 8 }], logReview: 'weekly' }).metric).toBe(5);
    expectIpsError(() => employerContacts({ specialists: [{ contacts: 4.5, weeks: 8 }] }), 'invalidNumber', '4.5');
    expectIpsError(() => employerContacts({ specialists: [{ contacts: 4, weeks: 0 }] }), 'divisionByZero');
    expectIpsError(() => employerContacts({ specialists: [], logReview: 'sometimes' as LogReview }), 'notAvailable');
    expectIpsError(
      () => employerContacts({ specialists: [{ contacts: 4, weeks: 8 }], logReview: 'sometimes' as LogReview }),
      'invalidValue',
      'sometimes',
    );
    expect(
      daysToEmployerContact({ participants: participantsFromDays([3, 11]), supervisorRecords: false }).metric,
    ).toBe(7);
    expect(individualizedJobSearch({ contacts: [{ matchesPreferences: true, notAssessed: false }] }).score).toBe(5);
    expect(communityTime({ communityShares: [0.5, 0.56] }).metric).toBe(53);
    expectIpsError(() => communityTime({ communityShares: [56] }), 'invalidNumber', '56');
    expect(careerAssessment({ ratings: [5, 4, 5] }).score).toBe(4);
    expectIpsError(() => employerContactQuality({ ratings: [6] }), 'invalidNumber', '6');
  });
});

describe('SERVICES_FUNCTIONS metadata', () => {
  it('has the required functions, leading parameters and item ids', () => {
    const leading = (name: string) => fn(name).parameters.map((p) => p.name);
    expect(leading('DAYS_TO_EMPLOYER_CONTACT').slice(0, 3)).toEqual([
      'specialist',
      'intake_date',
      'first_contact_date',
    ]);
    expect(leading('INDIVIDUALIZED_SEARCH')[0]).toBe('matches_preferences');
    expect(leading('EMPLOYER_CONTACTS').slice(0, 3)).toEqual(['contacts', 'weeks', 'log_review']);
    expect(leading('JOB_DIVERSITY').slice(0, 2)).toEqual(['job_types', 'specialists']);
    expect(leading('EMPLOYER_DIVERSITY').slice(0, 3)).toEqual(['employers', 'worksites', 'specialists']);
    expect(leading('COMPETITIVE_JOBS').slice(0, 2)).toEqual(['competitive', 'specialists']);
    expect(leading('COMMUNITY_TIME')[0]).toBe('percent_in_community');
    for (const spec of SERVICES_FUNCTIONS) {
      expect(spec.parameters.slice(-2).map((p) => p.name)).toEqual(['output', 'language']);
      expect(itemById(spec.itemId!).sectionId).toBe('services');
    }
  });

  it("scores items of the registry, and every cap a calculator applies is one of the item's registry caps", () => {
    for (const spec of SERVICES_FUNCTIONS)
      expect(itemById(spec.itemId!).sectionId).toBe(itemById('services.disclosure').sectionId);
    const capped = [
      daysToEmployerContact({ participants: participantsFromDays([10]), supervisorRecords: false }),
      individualizedJobSearch({
        contacts: [{ matchesPreferences: true }],
        plansDocumented: false,
        preferencesExplored: false,
        anyJobEncouraged: true,
      }),
      ...(['monthly', 'not_reviewed', 'no_log', 'mixed', 'unverifiable'] as const).map((logReview) =>
        employerContacts({ specialists: [{ contacts: 60, weeks: 8 }], logReview }),
      ),
    ];
    for (const result of capped) {
      const capIds = new Set((itemById(result.itemId).caps ?? []).map((cap) => cap.id));
      const applied = result.reasons.map((r) => r.rule).filter((rule) => capIds.has(rule));
      expect(applied.length, `${result.itemId}: ${rules(result).join(', ')}`).toBeGreaterThan(0);
    }
    expect(rules(capped[1]!)).toEqual(
      expect.arrayContaining([
        'services.individualized_job_search.no_documented_plans',
        'services.individualized_job_search.stated_goals_only',
        'services.individualized_job_search.justice_any_job',
      ]),
    );
  });

  it('describes every function and parameter in nb and en; only trailing parameters are optional', () => {
    for (const spec of SERVICES_FUNCTIONS.map(documented)) {
      expect(spec.description.nb.length).toBeGreaterThan(20);
      expect(spec.description.en.length).toBeGreaterThan(20);
      let optionalSeen = false;
      for (const parameter of spec.parameters) {
        expect(parameter.description.nb.length, `${spec.name}.${parameter.name}`).toBeGreaterThan(5);
        expect(parameter.description.en.length, `${spec.name}.${parameter.name}`).toBeGreaterThan(5);
        if (parameter.optional) optionalSeen = true;
        else expect(optionalSeen, `${spec.name}.${parameter.name} follows an optional parameter`).toBe(false);
      }
    }
  });

  it('renders score, metric and reason in both languages', () => {
    const types = col(['Kokk', 'Kokk', 'Kokk', 'A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(fn('JOB_DIVERSITY').invoke(types, 2, null, null, null)).toBe(5);
    expect(fn('JOB_DIVERSITY').invoke(types, 2, null, 'metric', null)).toBe(90);
    expect(fn('JOB_DIVERSITY').invoke(types, 2, null, 'begrunnelse', 'nb')).toContain('«Kokk» er oppført 3 ganger');
    expect(fn('JOB_DIVERSITY').invoke(types, 2, null, 'reason', 'en')).toContain("3rd and later 'Kokk' not counted");
  });
});
