/**
 * Tjenester 6 — arbeidsgiverkontakter (src/core/items/services/employer-contacts.ts): every worked example of
 * chapter 9 of the manual for the item, through the core function and through the spreadsheet function (`invoke`
 * with 2-D arrays as the hosts deliver them). Test names carry the manual's line numbers; the manual's data is
 * copied in here, nothing is read from ../shared.
 */
import { describe, expect, it } from 'vitest';
import { employerContacts, employerContactsBand } from '../../../../src/core/items/calculators';
import { call, col, rules } from '../helpers/services';

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
