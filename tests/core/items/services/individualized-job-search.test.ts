/**
 * Tjenester 5 — individuelt tilpasset jobbsøk (src/core/items/services/individualized-job-search.ts): every
 * worked example of chapter 9 of the manual for the item, through the core function and through the spreadsheet
 * function (`invoke` with 2-D arrays as the hosts deliver them). Test names carry the manual's line numbers; the
 * manual's data is copied in here, nothing is read from ../shared.
 */
import { describe, expect, it } from 'vitest';
import { individualizedJobSearch, individualizedSearchBand } from '../../../../src/core/items/calculators';
import { call, col, rules } from '../helpers/services';

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
