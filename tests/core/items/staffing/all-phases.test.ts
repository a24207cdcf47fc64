/**
 * Bemanning 3 — jobbspesialistene utfører alle faser (src/core/items/staffing/all-phases.ts): every worked
 * example of chapter 9 of the manual («Håndbok i kvalitetsevaluering IPS Supported Employment») for the item,
 * rules 8 and 11 where they apply, and the sample report, each through the core calculator AND the spreadsheet
 * function with spreadsheet-shaped 2-D arrays. Test names carry the manual's line numbers. Where the manual
 * contradicts itself, the test name says which reading we follow and why.
 */
import { describe, expect, it } from 'vitest';
import { allPhases } from '../../../../src/core/items/calculators';
import { call, col, rows, expectError, expectScore, Y, N } from '../helpers/staffing-organization';

// ---------------------------------------------------------------------------------------------
// Bemanning 3 — Jobbspesialistene utfører alle faser
// ---------------------------------------------------------------------------------------------

const ALL6 = [Y, Y, Y, Y, Y, Y] as const;

describe('Bemanning 3 – ALL_PHASES (staffing.all_phases)', () => {
  it('manual 3126–3134: per-specialist scores 5 + 3 + 3 = 11 ÷ 3 = 3,6 → rounded down to 3', () => {
    const phases = [
      [...ALL6], // all six phases → 5
      [Y, Y, Y, N, N, Y], // intake, engagement, career guidance, follow-along → 3
      [N, N, N, Y, N, N], // job development only → 3
    ];
    const result = allPhases({
      specialists: phases.map((p) => ({ phases: p as [boolean, boolean, boolean, boolean, boolean, boolean] })),
    });
    expectScore(result, 3);
    expect(result.exactMetric).toBeCloseTo(11 / 3, 5);
    expect(call('ALL_PHASES', { phases: rows(...phases) })).toBe(3);
    expect(call('ALL_PHASES', { phases: rows(...phases), output: 'reason' })).toContain('5 + 3 + 3 = 11');
    // the same with ja/nei text and 1/0
    expect(
      call('ALL_PHASES', {
        phases: rows(['ja', 'ja', 'ja', 'ja', 'ja', 'ja'], [1, 1, 1, 0, 0, 1], ['nei', '', null, 'x', 'nei', 'nei']),
      }),
    ).toBe(3);
  });

  it('manual 3092–3102: the supervisor takes in all new referrals → the specialists lack intake → 5 phases → no higher than 4', () => {
    const phases = [
      [N, Y, Y, Y, Y, Y],
      [N, Y, Y, Y, Y, Y],
    ];
    const result = allPhases({
      specialists: phases.map((p) => ({ phases: p as [boolean, boolean, boolean, boolean, boolean, boolean] })),
    });
    expectScore(result, 4);
    expect(result.reasons.map((r) => r.rule)).toContain('staffing.all_phases.intake_by_other');
    expect(call('ALL_PHASES', { phases: rows(...phases) })).toBe(4);
  });

  it('manual 3104–3124: a marketer supplements, and every specialist still does job development weekly → all six phases → 5', () => {
    expect(call('ALL_PHASES', { phases: rows([...ALL6], [...ALL6], [...ALL6]) })).toBe(5);
  });

  it('manual 3136–3140: specialists refer people to other vocational services instead of providing them → 2', () => {
    const result = allPhases({
      specialists: [
        { phases: [Y, Y, Y, N, N, N], refersOut: true },
        { phases: [Y, Y, N, N, N, N], refersOut: true },
      ],
    });
    expectScore(result, 2);
    expect(result.reasons.map((r) => r.rule)).toContain('staffing.all_phases.refers_out');
    expect(
      call('ALL_PHASES', { phases: rows([Y, Y, Y, N, N, N], [Y, Y, N, N, N, N]), refers_out: col('ja', 'ja') }),
    ).toBe(2);
    // a referring specialist with no phase cells filled is still a specialist (anchor 2: has a caseload)
    expect(call('ALL_PHASES', { phases: rows([null, null, null, null, null, null]), refers_out: col(Y) })).toBe(2);
  });

  it('anchor 1 (9842–9844): a specialist who performs no phase (only refers on) → 1', () => {
    expectScore(allPhases({ specialists: [{ phases: [N, N, N, N, N, N] }] }), 1);
    expect(call('ALL_PHASES', { phases: rows([N, N, N, N, N, N]) })).toBe(1);
  });

  it('sample report 12284–12298: each of the three specialists provides the full range → 5', () => {
    expect(call('ALL_PHASES', { phases: rows([...ALL6], [...ALL6], [...ALL6]) })).toBe(5);
    expect(call('ALL_PHASES', { phases: rows([...ALL6], [...ALL6], [...ALL6]), output: 'metric' })).toBe(5);
  });

  it('fully blank rows are skipped, row order does not matter', () => {
    const a = [Y, Y, Y, N, N, Y];
    const b = [...ALL6];
    expect(
      call('ALL_PHASES', { phases: rows(a, [null, null, null, null, null, null], b, ['', '', '', '', '', '']) }),
    ).toBe(4);
    expect(call('ALL_PHASES', { phases: rows(b, a) })).toBe(4);
  });

  describe('bad input', () => {
    it('a range that is not six cells wide → invalidValue naming phases', () => {
      expectError(() => call('ALL_PHASES', { phases: rows([Y, Y, Y, Y, Y]) }), 'invalidValue', 'phases');
      expectError(() => call('ALL_PHASES', { phases: col(Y, Y, Y, Y, Y, Y) }), 'invalidValue', 'phases');
    });

    it('text or other numbers in phase cells → invalidValue', () => {
      expectError(() => call('ALL_PHASES', { phases: rows([Y, Y, Y, Y, Y, 'kanskje']) }), 'invalidValue', 'phases');
      expectError(() => call('ALL_PHASES', { phases: rows([Y, Y, Y, Y, Y, 2]) }), 'invalidValue', 'phases');
      expectError(
        () =>
          allPhases({
            specialists: [{ phases: [Y, Y, Y] as unknown as [boolean, boolean, boolean, boolean, boolean, boolean] }],
          }),
        'invalidValue',
        'phases',
      );
    });

    it('refers_out of another size → invalidValue; empty → notAvailable', () => {
      expectError(
        () => call('ALL_PHASES', { phases: rows([...ALL6], [...ALL6]), refers_out: col(N) }),
        'invalidValue',
        'refers_out',
      );
      expectError(
        () => call('ALL_PHASES', { phases: rows([...ALL6]), refers_out: col('tja') }),
        'invalidValue',
        'refers_out',
      );
      expectError(() => call('ALL_PHASES', { phases: [] }), 'notAvailable', 'phases');
      expectError(
        () => call('ALL_PHASES', { phases: rows([null, null, null, null, null, null]) }),
        'notAvailable',
        'phases',
      );
      expectError(() => allPhases({ specialists: [] }), 'notAvailable', 'phases');
    });
  });
});
