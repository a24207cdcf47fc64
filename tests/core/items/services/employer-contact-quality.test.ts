/**
 * Tjenester 7 — kvalitet på arbeidsgiverkontakter (src/core/items/services/employer-contact-quality.ts): every
 * worked example of chapter 9 of the manual for the item, through the core function and through the spreadsheet
 * function (`invoke` with 2-D arrays as the hosts deliver them). Test names carry the manual's line numbers; the
 * manual's data is copied in here, nothing is read from ../shared.
 */
import { describe, expect, it } from 'vitest';
import { employerContactQuality } from '../../../../src/core/items/calculators';
import { itemById } from '../../../../src/core/scale/registry';
import { call, col, expectIpsError, rules } from '../helpers/services';

// ---------------------------------------------------------------------------------------------
// Tjenester 7 — Kvalitet på arbeidsgiverkontakter (ratings per specialist)
// ---------------------------------------------------------------------------------------------

describe('Tjenester 7 — EMPLOYER_CONTACT_QUALITY', () => {
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
});
