/**
 * Tjenester 8 — bredde i typer jobber (src/core/items/services/job-diversity.ts): every worked example of
 * chapter 9 of the manual for the item, through the core function and through the spreadsheet function (`invoke`
 * with 2-D arrays as the hosts deliver them). Test names carry the manual's line numbers; the manual's data is
 * copied in here, nothing is read from ../shared.
 */
import { describe, expect, it } from 'vitest';
import { diversityBand, jobDiversity } from '../../../../src/core/items/calculators';
import { JOB_TYPES } from '../manual-examples';
import { call, col, rules, reasonText } from '../helpers/services';

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
