/**
 * Organisasjon 3 — samarbeid mellom jobbspesialister og NAV-veiledere (src/core/items/organization/nav-
 * collaboration.ts): every worked example of chapter 9 of the manual («Håndbok i kvalitetsevaluering IPS
 * Supported Employment») for the item, rules 8 and 11 where they apply, and the sample report, each through the
 * core calculator AND the spreadsheet function with spreadsheet-shaped 2-D arrays. Test names carry the manual's
 * line numbers. Where the manual contradicts itself, the test name says which reading we follow and why.
 */
import { describe, expect, it } from 'vitest';
import {
  navCollaboration,
  navFrequencyFromText,
  NAV_FREQUENCIES,
  type NavFrequency,
} from '../../../../src/core/items/calculators';
import { call, expectError, expectScore } from '../helpers/staffing-organization';

// ---------------------------------------------------------------------------------------------
// Organisasjon 3 — Samarbeid mellom jobbspesialister og NAV-veiledere
// ---------------------------------------------------------------------------------------------

describe('Organisasjon 3 – NAV_COLLABORATION (org.nav_collaboration)', () => {
  const ASSUMED_WEEKLY =
    'the example does not state weekly client contact; anchor 5 (10095–10099) needs it, so we assume it (with monthly contact only, the anchors give 4)';

  it(`manual 3950–3954: a designated NAV counsellor attends the JS team meeting once or twice a month → 5 (${ASSUMED_WEEKLY})`, () => {
    expectScore(navCollaboration({ meetings: 'monthly', contacts: 'weekly' }), 5);
    expect(call('NAV_COLLABORATION', { meetings: 'månedlig', contacts: 'ukentlig' })).toBe(5);
    expect(call('NAV_COLLABORATION', { meetings: 'månedlig', contacts: 'månedlig' })).toBe(4);
  });

  it(`manual 3956–3958: specialists meet the NAV counsellors as a group at the NAV office at least monthly → 5 (${ASSUMED_WEEKLY})`, () => {
    expect(call('NAV_COLLABORATION', { meetings: 'hver måned', contacts: 'hver uke' })).toBe(5);
  });

  it(`manual 3960–3966: a designated NAV counsellor attends the treatment-team meeting monthly → 5 (${ASSUMED_WEEKLY})`, () => {
    expect(call('NAV_COLLABORATION', { meetings: 'Monthly', contacts: 'Weekly' })).toBe(5);
  });

  it(`manual 3968–3976: NAV counsellor and specialist meet each person served monthly → 5 (${ASSUMED_WEEKLY})`, () => {
    expect(call('NAV_COLLABORATION', { meetings: [['monthly']], contacts: [['weekly']] })).toBe(5);
  });

  it('sample report 12438–12450: NAV counsellors and specialists meet as a group every quarter → 4', () => {
    expectScore(navCollaboration({ meetings: 'quarterly', contacts: 'quarterly' }), 4);
    expect(call('NAV_COLLABORATION', { meetings: 'kvartalsvis', contacts: 'kvartalsvis' })).toBe(4);
  });

  it('the whole decision table of the anchors (10049–10099), every element required (rule 7)', () => {
    const expected: Record<NavFrequency, Record<NavFrequency, number>> = {
      // meetings → contacts → score
      none: { none: 1, lessThanQuarterly: 1, quarterly: 2, monthly: 3, weekly: 4 },
      lessThanQuarterly: { none: 1, lessThanQuarterly: 1, quarterly: 2, monthly: 3, weekly: 4 },
      quarterly: { none: 4, lessThanQuarterly: 4, quarterly: 4, monthly: 4, weekly: 4 },
      monthly: { none: 4, lessThanQuarterly: 4, quarterly: 4, monthly: 4, weekly: 5 },
      weekly: { none: 5, lessThanQuarterly: 5, quarterly: 5, monthly: 5, weekly: 5 },
    };
    for (const meetings of NAV_FREQUENCIES) {
      for (const contacts of NAV_FREQUENCIES) {
        expect(navCollaboration({ meetings, contacts }).score, `${meetings}/${contacts}`).toBe(
          expected[meetings][contacts],
        );
      }
    }
  });

  it('meetings are contacts: contact given as rarer than the meetings counts as at least the meetings', () => {
    const result = navCollaboration({ meetings: 'weekly', contacts: 'none' });
    expect(result.score).toBe(5);
    expect(result.reasons.map((r) => r.rule)).toContain('org.nav_collaboration.meetings_are_contacts');
  });

  it('nb and en words from the closed list, any case and spacing', () => {
    const words: [string, NavFrequency][] = [
      ['ingen', 'none'],
      ['Aldri', 'none'],
      ['never', 'none'],
      ['sjeldnere enn kvartalsvis', 'lessThanQuarterly'],
      ['less_than_quarterly', 'lessThanQuarterly'],
      ['Less than quarterly', 'lessThanQuarterly'],
      ['kvartalsvis', 'quarterly'],
      ['hvert kvartal', 'quarterly'],
      ['QUARTERLY', 'quarterly'],
      ['månedlig', 'monthly'],
      ['maanedlig', 'monthly'],
      ['hver  måned', 'monthly'],
      ['ukentlig', 'weekly'],
      ['every-week', 'weekly'],
    ];
    for (const [word, frequency] of words) expect(navFrequencyFromText(word), word).toBe(frequency);
    expect(navFrequencyFromText('daglig')).toBeUndefined();
  });

  describe('bad input', () => {
    it('a word not on the list, a number or a date → invalidValue listing the choices', () => {
      expectError(
        () => call('NAV_COLLABORATION', { meetings: 'av og til', contacts: 'weekly' }),
        'invalidValue',
        'meetings',
      );
      expectError(() => call('NAV_COLLABORATION', { meetings: 'monthly', contacts: 12 }), 'invalidValue', 'contacts');
      expectError(
        () => call('NAV_COLLABORATION', { meetings: new Date(), contacts: 'weekly' }),
        'invalidValue',
        'meetings',
      );
      try {
        call('NAV_COLLABORATION', { meetings: 'av og til', contacts: 'weekly' });
      } catch (error) {
        expect((error as Error).message).toContain('kvartalsvis');
      }
      expectError(
        () => navCollaboration({ meetings: 'sometimes' as NavFrequency, contacts: 'weekly' }),
        'invalidValue',
        'meetings',
      );
    });

    it('a blank frequency → notAvailable; a range of several cells → invalidValue', () => {
      expectError(() => call('NAV_COLLABORATION', { meetings: 'monthly', contacts: '' }), 'notAvailable', 'contacts');
      expectError(() => call('NAV_COLLABORATION', { meetings: null, contacts: 'weekly' }), 'notAvailable', 'meetings');
      expectError(
        () => call('NAV_COLLABORATION', { meetings: [['monthly'], ['weekly']], contacts: 'weekly' }),
        'invalidValue',
        'meetings',
      );
    });
  });
});
