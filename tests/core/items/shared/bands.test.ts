import { describe, expect, it } from 'vitest';
import { bandFor, labelOfScore, sameInBoth, scoreFor, type BandTable } from '../../../../src/core/items/shared/bands';
import { DAY_BANDS } from '../../../../src/core/items/services/rapid-job-search';
import { SEARCH_BANDS } from '../../../../src/core/items/services/individualized-job-search';
import { CONTACT_BANDS } from '../../../../src/core/items/services/employer-contacts';
import { DIVERSITY_BANDS } from '../../../../src/core/items/services/diversity';
import { COMPETITIVE_BANDS } from '../../../../src/core/items/services/competitive-jobs';
import { COMMUNITY_BANDS } from '../../../../src/core/items/services/community-based';
import { CASELOAD_BANDS } from '../../../../src/core/items/staffing/caseload-size';
import { VOCATIONAL_BANDS } from '../../../../src/core/items/staffing/vocational-only';

const TABLES: Record<string, { table: BandTable; higherIsBetter: boolean }> = {
  DAY_BANDS: { table: DAY_BANDS, higherIsBetter: false },
  SEARCH_BANDS: { table: SEARCH_BANDS, higherIsBetter: true },
  CONTACT_BANDS: { table: CONTACT_BANDS, higherIsBetter: true },
  DIVERSITY_BANDS: { table: DIVERSITY_BANDS, higherIsBetter: true },
  COMPETITIVE_BANDS: { table: COMPETITIVE_BANDS, higherIsBetter: true },
  COMMUNITY_BANDS: { table: COMMUNITY_BANDS, higherIsBetter: true },
  CASELOAD_BANDS: { table: CASELOAD_BANDS, higherIsBetter: false },
  VOCATIONAL_BANDS: { table: VOCATIONAL_BANDS, higherIsBetter: true },
};

describe('bandFor: one shared reader of the items’ band tables', () => {
  const table: BandTable = {
    manualLines: 'test',
    rows: [
      { score: 5, min: 90, label: sameInBoth('≥ 90') },
      { score: 3, above: 40, label: sameInBoth('41–89') },
      { score: 2, max: 10, label: { nb: 'høyst 10', en: 'at most 10' } },
      { score: 1, label: sameInBoth('rest') },
    ],
  };

  it('takes the first row whose bounds hold (min inclusive, above exclusive, max inclusive); the last row takes the rest', () => {
    expect(scoreFor(table, 95)).toBe(5);
    expect(scoreFor(table, 90)).toBe(5);
    expect(scoreFor(table, 89.5)).toBe(3);
    expect(scoreFor(table, 40.5)).toBe(3);
    expect(scoreFor(table, 40)).toBe(1);
    expect(scoreFor(table, 10)).toBe(2);
    expect(scoreFor(table, 11)).toBe(1);
    expect(scoreFor(table, NaN)).toBe(1);
    expect(bandFor(table, 3).label).toEqual({ nb: 'høyst 10', en: 'at most 10' });
    expect(labelOfScore(table, 3)).toEqual(sameInBoth('41–89'));
  });

  it('throws when no row takes the metric or no row has the score (a table without a last row)', () => {
    const partial: BandTable = { manualLines: 'test', rows: [{ score: 5, min: 1, label: sameInBoth('x') }] };
    expect(() => bandFor(partial, 0)).toThrow(RangeError);
    expect(() => labelOfScore(partial, 4)).toThrow(RangeError);
  });
});

describe('every item band table', () => {
  for (const [name, { table, higherIsBetter }] of Object.entries(TABLES)) {
    it(`${name}: gives each score 1–5 in one row, ends with an unbounded row, cites the manual, and never rises as the metric worsens`, () => {
      expect(table.rows.map((row) => row.score).sort()).toEqual([1, 2, 3, 4, 5]);
      const last = table.rows[table.rows.length - 1]!;
      expect([last.min, last.max, last.above]).toEqual([undefined, undefined, undefined]);
      expect(table.manualLines).toMatch(/^\d{4,5}–\d{4,5}/);
      for (const row of table.rows) expect(row.label.nb.trim() && row.label.en.trim()).toBeTruthy();
      let previous = higherIsBetter ? 1 : 5;
      for (let metric = 0; metric <= 400; metric++) {
        const score = scoreFor(table, metric);
        if (higherIsBetter) expect(score).toBeGreaterThanOrEqual(previous);
        else expect(score).toBeLessThanOrEqual(previous);
        previous = score;
      }
    });
  }
});
