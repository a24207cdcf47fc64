/**
 * Tjenester 4 — rask oppstart av jobbsøk (src/core/items/services/rapid-job-search.ts): every worked example of
 * chapter 9 of the manual for the item, through the core function and through the spreadsheet function (`invoke`
 * with 2-D arrays as the hosts deliver them). Test names carry the manual's line numbers; the manual's data is
 * copied in here, nothing is read from ../shared.
 */
import { describe, expect, it } from 'vitest';
import { daysToEmployerContact, rapidJobSearchBand } from '../../../../src/core/items/calculators';
import { RAPID_JOB_SEARCH_DAYS } from '../manual-examples';
import { call, col, rules, DAY0, participantsFromDays, dayColumns } from '../helpers/services';

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
