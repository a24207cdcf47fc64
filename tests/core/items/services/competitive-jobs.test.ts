/**
 * Tjenester 10 — ordinære jobber (src/core/items/services/competitive-jobs.ts): every worked example of chapter
 * 9 of the manual for the item, through the core function and through the spreadsheet function (`invoke` with
 * 2-D arrays as the hosts deliver them). Test names carry the manual's line numbers; the manual's data is copied
 * in here, nothing is read from ../shared.
 */
import { describe, expect, it } from 'vitest';
import { competitiveJobs, competitiveJobsBand } from '../../../../src/core/items/calculators';
import { call, col, expectIpsError } from '../helpers/services';

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
