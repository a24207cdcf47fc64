/**
 * Bemanning 2 — ansatte som yter arbeidsrettede tjenester (src/core/items/staffing/vocational-only.ts): every
 * worked example of chapter 9 of the manual («Håndbok i kvalitetsevaluering IPS Supported Employment») for the
 * item, rules 8 and 11 where they apply, and the sample report, each through the core calculator AND the
 * spreadsheet function with spreadsheet-shaped 2-D arrays. Test names carry the manual's line numbers. Where the
 * manual contradicts itself, the test name says which reading we follow and why.
 */
import { describe, expect, it } from 'vitest';
import { vocationalTime } from '../../../../src/core/items/calculators';
import { call, col, expectError, expectScore, Y, N } from '../helpers/staffing-organization';

// ---------------------------------------------------------------------------------------------
// Bemanning 2 — Ansatte som yter arbeidsrettede tjenester
// ---------------------------------------------------------------------------------------------

describe('Bemanning 2 – VOCATIONAL_TIME (staffing.vocational_only)', () => {
  it('manual 2882–2892: 80 + 100 + 100 = 280, ÷ 3 = 93,33 → 93 % → score 4', () => {
    const result = vocationalTime({
      specialists: [{ percentVocational: 80 }, { percentVocational: 100 }, { percentVocational: 100 }],
    });
    expectScore(result, 4, 93);
    expect(result.exactMetric).toBeCloseTo(93.333, 3);
    expect(result.metricUnit).toBe('%');
    expect(call('VOCATIONAL_TIME', { percent_vocational: col(80, 100, 100) })).toBe(4);
    expect(call('VOCATIONAL_TIME', { percent_vocational: col(80, 100, 100), output: 'metric' })).toBe(93);
    // the same cells formatted as percent in Excel hold 0,8 / 1 / 1
    expect(call('VOCATIONAL_TIME', { percent_vocational: col(0.8, 1, 1), output: 'metric' })).toBe(93);
    expect(call('VOCATIONAL_TIME', { percent_vocational: col(0.8, 1, 1), unit: 'andel' })).toBe(4);
  });

  it('manual 2894–2902: one day a week of written work-related tests is still vocational time → 100 % → 5', () => {
    expectScore(vocationalTime({ specialists: [{ percentVocational: 100 }] }), 5, 100);
    expect(call('VOCATIONAL_TIME', { percent_vocational: col(100) })).toBe(5);
  });

  it('manual 2904–2912: occasional coordination (< 5 % of the week), records show nearly all time vocational → 5 (we read "nearly all" as 97 %; note 95,x % would round down to 95 → 4)', () => {
    expectScore(vocationalTime({ specialists: [{ percentVocational: 97 }] }), 5, 97);
    expect(call('VOCATIONAL_TIME', { percent_vocational: col(97) })).toBe(5);
  });

  it('manual 2914–2924: 4,5 h of group work in 320 h → 98,59 % vocational → 98 → 5 (the manual floors the non-vocational share to 1 %; both readings give 5)', () => {
    const percent = (100 * (320 - 4.5)) / 320;
    expectScore(vocationalTime({ specialists: [{ percentVocational: percent }] }), 5, 98);
    expect(call('VOCATIONAL_TIME', { percent_vocational: col(percent) })).toBe(5);
    expect(call('VOCATIONAL_TIME', { percent_vocational: col(99) })).toBe(5); // the manual's own arithmetic (1 % non-vocational)
  });

  it("manual 2925–2939 CONFLICT: both specialists ≈ 50 % vocational; the example says 2, the anchor says «mindre enn 60 prosent» = 1 — we follow the scale's anchor (rules 1 and 11) → 1", () => {
    expectScore(vocationalTime({ specialists: [{ percentVocational: 50 }, { percentVocational: 50 }] }), 1, 50);
    expect(call('VOCATIONAL_TIME', { percent_vocational: col(50, 50) })).toBe(1);
  });

  it('manual 2837–2850: a small agency (60–140 served) splits the specialist between coordination and vocational work → 1 (registry cap split_role)', () => {
    const capped = vocationalTime({ specialists: [{ percentVocational: 70 }], splitRole: true });
    expectScore(capped, 1, 70);
    expect(capped.reasons.map((r) => r.rule)).toContain('staffing.vocational_only.split_role');
    expect(call('VOCATIONAL_TIME', { percent_vocational: col(70), split_role: 'ja' })).toBe(1);
    expect(call('VOCATIONAL_TIME', { percent_vocational: col(50) })).toBe(1);
  });

  it("sample report 12244–12260: one observed instance of helping with a doctor's appointment, otherwise all vocational → 5", () => {
    expect(call('VOCATIONAL_TIME', { percent_vocational: col(99, 100, 100) })).toBe(5);
  });

  it('bands after rounding down leave no gaps; 95 % gets the 4–5 % note', () => {
    const cases: [number, number][] = [
      [0, 1],
      [59.99, 1],
      [60, 2],
      [74.9, 2],
      [75, 3],
      [89.5, 3],
      [90, 4],
      [95.9, 4],
      [96, 5],
      [100, 5],
    ];
    for (const [percent, expected] of cases) {
      expect(vocationalTime({ specialists: [{ percentVocational: percent }] }).score, String(percent)).toBe(expected);
    }
    const near = vocationalTime({ specialists: [{ percentVocational: 95.5 }] });
    expect(near.reasons.map((r) => r.rule)).toContain('staffing.vocational_only.near_96');
  });

  it('float trap: 95,3 and 96,7 average exactly 96 → 5; 0,29 as a fraction is 29 %', () => {
    expect(vocationalTime({ specialists: [{ percentVocational: 95.3 }, { percentVocational: 96.7 }] }).score).toBe(5);
    expect(call('VOCATIONAL_TIME', { percent_vocational: col(0.29), output: 'metric' })).toBe(29);
  });

  it('the supervisor row can be excluded; blank rows are skipped', () => {
    expect(call('VOCATIONAL_TIME', { percent_vocational: col(100, 40, null, 100), exclude: col(N, Y, N, null) })).toBe(
      5,
    );
    expect(call('VOCATIONAL_TIME', { percent_vocational: col(80, 100, 100, null, ''), output: 'metric' })).toBe(93);
  });

  describe('bad input', () => {
    it('text → invalidValue; negative or above 100 → invalidNumber', () => {
      expectError(
        () => call('VOCATIONAL_TIME', { percent_vocational: col(80, 'hundre') }),
        'invalidValue',
        'percent_vocational',
      );
      expectError(
        () => call('VOCATIONAL_TIME', { percent_vocational: col(80, '100') }),
        'invalidValue',
        'percent_vocational',
      );
      expectError(
        () => call('VOCATIONAL_TIME', { percent_vocational: col(80, -1) }),
        'invalidNumber',
        'percent_vocational',
      );
      expectError(
        () => call('VOCATIONAL_TIME', { percent_vocational: col(80, 101) }),
        'invalidNumber',
        'percent_vocational',
      );
      expectError(
        () => call('VOCATIONAL_TIME', { percent_vocational: col(0.5, 1.5), unit: 'fraction' }),
        'invalidNumber',
        'percent_vocational',
      );
      expectError(
        () => vocationalTime({ specialists: [{ percentVocational: 101 }] }),
        'invalidNumber',
        'percent_vocational',
      );
      expectError(
        () => vocationalTime({ specialists: [{ percentVocational: -3 }] }),
        'invalidNumber',
        'percent_vocational',
      );
    });

    it('a mix of 0–1 fractions and percents without a unit is ambiguous → invalidValue', () => {
      expectError(
        () => call('VOCATIONAL_TIME', { percent_vocational: col(0.8, 100) }),
        'invalidValue',
        'percent_vocational',
      );
      // the message names the argument and both rows, and says what to do
      let message = '';
      try {
        call('VOCATIONAL_TIME', { percent_vocational: col(0.8, null, 100) });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain("argument 'percent_vocational'");
      expect(message).toContain('row 1 holds 0.8 but row 3 holds 100');
      expect(message).toContain('give \'unit\' as "percent"');
      expect(message).toContain('"fraction"');
      expect(call('VOCATIONAL_TIME', { percent_vocational: col(0.8, 100), unit: 'prosent' })).toBe(1);
      expectError(() => call('VOCATIONAL_TIME', { percent_vocational: col(80), unit: 'kilo' }), 'invalidValue', 'unit');
    });

    it('mismatched ranges → invalidValue; empty or all excluded → notAvailable', () => {
      expectError(
        () => call('VOCATIONAL_TIME', { percent_vocational: col(80, 90), exclude: col(N) }),
        'invalidValue',
        'exclude',
      );
      expectError(
        () => call('VOCATIONAL_TIME', { percent_vocational: col(null) }),
        'notAvailable',
        'percent_vocational',
      );
      expectError(
        () => call('VOCATIONAL_TIME', { percent_vocational: col(90), exclude: col(Y) }),
        'notAvailable',
        'percent_vocational',
      );
      expectError(() => vocationalTime({ specialists: [] }), 'notAvailable', 'percent_vocational');
    });
  });
});
