/**
 * Tjenester 13 — tjenester i nærmiljøet (src/core/items/services/community-based.ts): every worked example of
 * chapter 9 of the manual for the item, through the core function and through the spreadsheet function (`invoke`
 * with 2-D arrays as the hosts deliver them). Test names carry the manual's line numbers; the manual's data is
 * copied in here, nothing is read from ../shared.
 */
import { describe, expect, it } from 'vitest';
import { communityTime, communityTimeBand } from '../../../../src/core/items/calculators';
import { COMMUNITY_SHARES } from '../manual-examples';
import { fn, call, col, expectIpsError } from '../helpers/services';

// ---------------------------------------------------------------------------------------------
// Tjenester 13 — Tjenester som er basert i lokalsamfunnet
// ---------------------------------------------------------------------------------------------

describe('Tjenester 13 — COMMUNITY_TIME', () => {
  it("8849–8853: 50 %, 55 %, 65 % → 170 / 3 = 56.6 → 4 (mean of the specialists' shares, rounded down)", () => {
    const result = communityTime({ communityShares: COMMUNITY_SHARES });
    expect(result.exactMetric).toBeCloseTo(170 / 3, 10);
    expect(result.metric).toBe(56);
    expect(result.score).toBe(4);
    expect(call('COMMUNITY_TIME', [col(COMMUNITY_SHARES)])).toBe(4);
    expect(call('COMMUNITY_TIME', [col(COMMUNITY_SHARES)], 'metric')).toBe(56);
  });

  it('8902–8912: four specialists, 50 %, 56 %, 67 %, 70 % → about 60 % → 4 (72 % of meetings in the community is not the metric)', () => {
    const result = communityTime({ communityShares: [0.5, 0.56, 0.67, 0.7] });
    expect(result.exactMetric).toBeCloseTo(60.75, 10);
    expect(result.metric).toBe(60);
    expect(result.score).toBe(4);
    expect(call('COMMUNITY_TIME', [col([0.5, 0.56, 0.67, 0.7])])).toBe(4);
  });

  it('13518–13526 (sample report): on average 70 % of their time in the community → 5', () => {
    expect(call('COMMUNITY_TIME', [col([0.7, 0.7, 0.7])])).toBe(5);
    expect(communityTime({ communityShares: [0.7] }).score).toBe(5);
  });

  it('8861–8869: a part-time specialist counts the same share of their own hours (20 h, 13 h out = 65 %)', () => {
    expect(call('COMMUNITY_TIME', [col([13 / 20, 26 / 40])])).toBe(5);
    expect(communityTime({ communityShares: [13 / 20, 26 / 40] }).metric).toBe(65);
  });

  it('percentages are read as VOCATIONAL_TIME reads them: 50 typed or 50 % formatted (0.5) are the same; a unit can be given', () => {
    expect(call('COMMUNITY_TIME', [col([50, 55, 65])])).toBe(4);
    expect(call('COMMUNITY_TIME', [col([50, 55, 65])], 'metric')).toBe(56);
    expect(call('COMMUNITY_TIME', [col([70, 56, 65])], 'metric')).toBe(63);
    expect(call('COMMUNITY_TIME', [col([0.7, 0.56, 0.65])], 'metric')).toBe(63);
    // the explanation says when the values were read as fractions, as VOCATIONAL_TIME does
    expect(call('COMMUNITY_TIME', [col([0.7, 0.56, 0.65])], 'reason')).toContain('read as fractions');
    expect(call('COMMUNITY_TIME', [col([70, 56, 65])], 'reason')).not.toContain('read as fractions');
    // all values from 0 to 1 are fractions: 1 is 100 %
    expect(call('COMMUNITY_TIME', [col([1, 0.5])], 'metric')).toBe(75);
    // the optional unit, after the range (output and language stay the last two arguments)
    expect(fn('COMMUNITY_TIME').parameters.map((p) => p.name)).toEqual([
      'percent_in_community',
      'unit',
      'output',
      'language',
    ]);
    expect(call('COMMUNITY_TIME', [col([0.5, 0.7]), 'percent'], 'metric')).toBe(0); // 0.5 % and 0.7 %
    expect(call('COMMUNITY_TIME', [col([0.5, 0.7]), 'andel'], 'metric')).toBe(60);
    expect(call('COMMUNITY_TIME', [col([1, 80]), 'prosent'], 'metric')).toBe(40);
    expectIpsError(
      () => call('COMMUNITY_TIME', [col([56]), 'fraction']),
      'invalidNumber',
      "'percent_in_community' row 1",
      'fraction from 0 to 1',
    );
    expectIpsError(() => call('COMMUNITY_TIME', [col([56]), 'kilo']), 'invalidValue', "'unit'");
  });

  it('a mix of fractions and percents without a unit is ambiguous: #VALUE! naming the argument, both rows and what to do', () => {
    const error = expectIpsError(
      () => call('COMMUNITY_TIME', [col([0.5, '', 55])]),
      'invalidValue',
      "'percent_in_community'",
      'row 1',
      'row 3',
    );
    expect(error.message).toContain("'unit'");
    expect(error.message).toContain('"percent"');
    expect(error.message).toContain('"fraction"');
    expect(error.message).toContain('write them all the same way');
    // zeros are neither: they go with either reading
    expect(call('COMMUNITY_TIME', [col([0, 55, 65])], 'metric')).toBe(40);
    expect(call('COMMUNITY_TIME', [col([0, 0.55, 0.65])], 'metric')).toBe(40);
  });

  it('11524–11562 anchors: 30 % or less → 1 (30 is in both 1 and 2: «30 prosent eller mindre» wins), 31–39 → 2, 40–49 → 3, 50–64 → 4, 65+ → 5', () => {
    expect([0, 30, 31, 39, 40, 49, 50, 64, 65, 100].map(communityTimeBand)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(communityTime({ communityShares: [0.309] }).score).toBe(1);
    // 0.29 * 100 is 28.999… in binary; 0.57 likewise: rounding down is tolerant of that.
    expect(communityTime({ communityShares: [0.57] }).metric).toBe(57);
  });
});
