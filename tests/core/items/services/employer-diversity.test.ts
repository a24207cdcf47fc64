/**
 * Tjenester 9 — bredde i arbeidsgivere (src/core/items/services/employer-diversity.ts): every worked example of
 * chapter 9 of the manual for the item, through the core function and through the spreadsheet function (`invoke`
 * with 2-D arrays as the hosts deliver them). Test names carry the manual's line numbers; the manual's data is
 * copied in here, nothing is read from ../shared.
 */
import { describe, expect, it } from 'vitest';
import { employerDiversity } from '../../../../src/core/items/calculators';
import { call, col, reasonText } from '../helpers/services';

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
