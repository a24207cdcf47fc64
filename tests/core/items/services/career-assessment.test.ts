/**
 * Tjenester 3 — yrkeskartlegging (src/core/items/services/career-assessment.ts): every worked example of chapter
 * 9 of the manual for the item, through the core function and through the spreadsheet function (`invoke` with
 * 2-D arrays as the hosts deliver them). Test names carry the manual's line numbers; the manual's data is copied
 * in here, nothing is read from ../shared.
 */
import { describe, expect, it } from 'vitest';
import { careerAssessment } from '../../../../src/core/items/calculators';
import { itemById } from '../../../../src/core/scale/registry';
import { call, col } from '../helpers/services';

describe('Tjenester 3 — CAREER_ASSESSMENT', () => {
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
