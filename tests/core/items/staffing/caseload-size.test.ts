/**
 * Bemanning 1 — deltakerportefølje (src/core/items/staffing/caseload-size.ts): every worked example of chapter 9
 * of the manual («Håndbok i kvalitetsevaluering IPS Supported Employment») for the item, rules 8 and 11 where
 * they apply, and the sample report, each through the core calculator AND the spreadsheet function with
 * spreadsheet-shaped 2-D arrays. Test names carry the manual's line numbers. Where the manual contradicts
 * itself, the test name says which reading we follow and why.
 */
import { describe, expect, it } from 'vitest';
import { caseload } from '../../../../src/core/items/calculators';
import { call, col, expectError, expectScore, Y, N } from '../helpers/staffing-organization';

// ---------------------------------------------------------------------------------------------
// Bemanning 1 — Deltakerportefølje
// ---------------------------------------------------------------------------------------------

describe('Bemanning 1 – CASELOAD (staffing.caseload_size)', () => {
  it('manual 2699–2705: caseloads 25, 19, 20 → 64 ÷ 3 = 21,33 → 21 → score 4', () => {
    const result = caseload({ specialists: [{ clients: 25 }, { clients: 19 }, { clients: 20 }] });
    expectScore(result, 4, 21);
    expect(result.exactMetric).toBeCloseTo(21.333, 3);
    expect(result.metricUnit).toBe('clients');
    expect(result.itemId).toBe('staffing.caseload_size');
    expect(call('CASELOAD', { caseloads: col(25, 19, 20) })).toBe(4);
    expect(call('CASELOAD', { caseloads: col(25, 19, 20), output: 'metric' })).toBe(21);
    expect(call('CASELOAD', { caseloads: col(25, 19, 20), output: 'reason' })).toContain('64 deltakere');
    expect(call('CASELOAD', { caseloads: col(25, 19, 20), output: 'reason', language: 'en' })).toContain(
      'rounded down to 21',
    );
  });

  it('manual 2707–2713: small caseloads (about 10) still score 5; under-use is only a report comment', () => {
    expectScore(caseload({ specialists: [{ clients: 10 }, { clients: 10 }] }), 5, 10);
    expect(call('CASELOAD', { caseloads: col(10, 10) })).toBe(5);
  });

  it("manual 2715–2721: the supervisor's caseload is not counted, even when the supervisor works half time or more as a specialist", () => {
    // Two specialists with 22 each and a supervisor working half time as a specialist with 5.
    // Counted: 44 ÷ 2 = 22 → 4. Wrongly counted: 49 ÷ 2,5 = 19,6 → 19 → 5.
    const result = caseload({
      specialists: [{ clients: 22 }, { clients: 22 }, { clients: 5, fte: 0.5, excluded: true }],
    });
    expectScore(result, 4, 22);
    expect(result.reasons.map((r) => r.rule)).toContain('staffing.caseload_size.excluded_rows');
    expect(call('CASELOAD', { caseloads: col(22, 22, 5), fte: col(1, 1, 0.5), exclude: col(N, N, 'ja') })).toBe(4);
    expect(call('CASELOAD', { caseloads: col(22, 22, 5), fte: col(1, 1, 0.5) })).toBe(5);
    // an excluded row is not read at all (the supervisor's count may be blank)
    expect(call('CASELOAD', { caseloads: col(22, 22, null), exclude: col(null, null, 'x') })).toBe(4);
  });

  it('manual 2640–2655: no individual caseloads (team caseload, ad-hoc meetings) indicates 3 or lower → capped at 3 (registry cap)', () => {
    const result = caseload({ specialists: [{ clients: 15 }, { clients: 15 }], noIndividualCaseloads: true });
    expectScore(result, 3, 15);
    expect(result.reasons.map((r) => r.rule)).toContain('staffing.caseload_size.no_individual_caseloads');
    expect(call('CASELOAD', { caseloads: col(15, 15), no_individual_caseloads: 'ja' })).toBe(3);
    expect(call('CASELOAD', { caseloads: col(15, 15), no_individual_caseloads: [[true]] })).toBe(3);
    // a cap never raises: 45 per specialist stays 1
    expect(call('CASELOAD', { caseloads: col(45), no_individual_caseloads: true })).toBe(1);
    expect(call('CASELOAD', { caseloads: col(15, 15), no_individual_caseloads: 'nei' })).toBe(5);
  });

  it('manual 2754–2759 («heltid = 1, halv stilling = 0,5»): part-time specialists count by their FTE', () => {
    expectScore(caseload({ specialists: [{ clients: 10, fte: 0.5 }] }), 5, 20);
    expectScore(caseload({ specialists: [{ clients: 11, fte: 0.5 }] }), 4, 22);
    expect(call('CASELOAD', { caseloads: col(20, 11), fte: col(1, 0.5), output: 'metric' })).toBe(20); // 31 ÷ 1,5 = 20,67 → 20
    expect(call('CASELOAD', { caseloads: col(20, 11), fte: col(1, 0.5) })).toBe(5);
  });

  it('rule 8 (1727–1731): caseloads 30, 20 and 25 average 25 → score 4', () => {
    expectScore(caseload({ specialists: [{ clients: 30 }, { clients: 20 }, { clients: 25 }] }), 4, 25);
    expect(call('CASELOAD', { caseloads: col(30, 20, 25) })).toBe(4);
  });

  it('sample report 12224–12234: caseloads 19, 18, 19 → 18,67 → 18 (rounded down, not to 19) → score 5', () => {
    const result = caseload({ specialists: [{ clients: 19 }, { clients: 18 }, { clients: 19 }] });
    expectScore(result, 5, 18);
    expect(result.exactMetric).toBeCloseTo(18.667, 3);
    expect(call('CASELOAD', { caseloads: col(19, 18, 19), output: 'metric' })).toBe(18);
    expect(call('CASELOAD', { caseloads: col(19, 18, 19) })).toBe(5);
  });

  it('float trap: 21 clients over 0,1 + 0,2 + 0,3 + 0,3 + 0,1 FTE is 21 per FTE → score 4, not 20 → 5 (IEEE sum 1,0000000000000002); 39 over 0,1 + 0,2 + 0,9 + 0,3 is 26 → 3, not 25 → 4', () => {
    const trap = caseload({
      specialists: [0.1, 0.2, 0.3, 0.3, 0.1].map((fte, i) => ({ clients: [2, 4, 6, 7, 2][i]!, fte })),
    });
    expectScore(trap, 4, 21);
    expect(trap.exactMetric).toBe(21);
    expect(call('CASELOAD', { caseloads: col(2, 4, 6, 7, 2), fte: col(0.1, 0.2, 0.3, 0.3, 0.1) })).toBe(4);
    expect(
      call('CASELOAD', { caseloads: col(2, 4, 6, 7, 2), fte: col(0.1, 0.2, 0.3, 0.3, 0.1), output: 'metric' }),
    ).toBe(21);
    expect(call('CASELOAD', { caseloads: col(10, 10, 10, 9), fte: col(0.1, 0.2, 0.9, 0.3), output: 'metric' })).toBe(
      26,
    );
    expect(call('CASELOAD', { caseloads: col(10, 10, 10, 9), fte: col(0.1, 0.2, 0.9, 0.3) })).toBe(3);
    expect(call('CASELOAD', { caseloads: col(4, 8, 12, 13, 4), fte: col(0.1, 0.2, 0.3, 0.3, 0.1) })).toBe(1); // 41 → 1, not 40 → 2
  });

  it("the brief's case: 21 clients over 0,1 + 0,2 + 0,7 FTE → 21 → score 4", () => {
    expectScore(
      caseload({
        specialists: [
          { clients: 7, fte: 0.1 },
          { clients: 7, fte: 0.2 },
          { clients: 7, fte: 0.7 },
        ],
      }),
      4,
      21,
    );
    expect(call('CASELOAD', { caseloads: col(7, 7, 7), fte: col(0.1, 0.2, 0.7), output: 'metric' })).toBe(21);
    expect(call('CASELOAD', { caseloads: col(7, 7, 7), fte: col(0.1, 0.2, 0.7) })).toBe(4);
    // thirds typed as formulas: 14 clients over 2 × 1/3 FTE = 21
    expect(call('CASELOAD', { caseloads: col(7, 7), fte: col(1 / 3, 1 / 3), output: 'metric' })).toBe(21);
  });

  it('bands after rounding down leave no gaps (20,5 → 5; 25,9 → 4; 40,99 → 2)', () => {
    const cases: [number, number, number][] = [
      // [clients, specialists, expected score]
      [20, 1, 5],
      [41, 2, 5],
      [21, 1, 4],
      [25, 1, 4],
      [259, 10, 4],
      [26, 1, 3],
      [30, 1, 3],
      [31, 1, 2],
      [40, 1, 2],
      [4099, 100, 2],
      [41, 1, 1],
      [0, 1, 5],
      [200, 1, 1],
    ];
    for (const [clients, specialistCount, expected] of cases) {
      // spread the clients over full-time specialists: the pooled ratio is clients ÷ specialistCount
      const specialists = Array.from({ length: specialistCount }, (_, i) => ({
        clients: Math.floor(clients / specialistCount) + (i < clients % specialistCount ? 1 : 0),
      }));
      expect(caseload({ specialists }).score, `${clients} / ${specialistCount}`).toBe(expected);
    }
  });

  it('blank rows and blank "exclude = nei" rows are skipped; row order does not matter', () => {
    expect(call('CASELOAD', { caseloads: col(25, null, 19, '', 20), output: 'metric' })).toBe(21);
    expect(
      call('CASELOAD', { caseloads: col(25, 19, 20, null), fte: col(1, 1, 1, null), exclude: col(N, N, N, N) }),
    ).toBe(4);
    expect(call('CASELOAD', { caseloads: col(20, 25, 19), output: 'metric' })).toBe(21);
    expect(call('CASELOAD', { caseloads: [[25, 19, 20]] })).toBe(4); // a single row works too
  });

  describe('bad input', () => {
    it('text in a count cell (even "20") → invalidValue naming caseloads and the row', () => {
      expectError(() => call('CASELOAD', { caseloads: col(25, 'tjue', 20) }), 'invalidValue', 'caseloads');
      expectError(() => call('CASELOAD', { caseloads: col(25, '20') }), 'invalidValue', 'caseloads');
      expectError(() => call('CASELOAD', { caseloads: col(25, true) }), 'invalidValue', 'caseloads');
      try {
        call('CASELOAD', { caseloads: col(25, 'tjue') });
      } catch (error) {
        expect((error as Error).message).toContain('row 2');
      }
    });

    it('negative or fractional counts → invalidNumber', () => {
      expectError(() => call('CASELOAD', { caseloads: col(25, -1) }), 'invalidNumber', 'caseloads');
      expectError(() => call('CASELOAD', { caseloads: col(20.5) }), 'invalidNumber', 'caseloads');
      expectError(() => caseload({ specialists: [{ clients: -1 }] }), 'invalidNumber', 'caseloads');
      expectError(() => caseload({ specialists: [{ clients: 2.5 }] }), 'invalidNumber', 'caseloads');
    });

    it('FTE 0, negative, above 1 (e.g. 50 for half time) → invalidNumber naming fte; FTE as text → invalidValue', () => {
      expectError(() => call('CASELOAD', { caseloads: col(10), fte: col(0) }), 'invalidNumber', 'fte');
      expectError(() => call('CASELOAD', { caseloads: col(10), fte: col(-0.5) }), 'invalidNumber', 'fte');
      expectError(() => call('CASELOAD', { caseloads: col(10), fte: col(1.5) }), 'invalidNumber', 'fte');
      expectError(() => call('CASELOAD', { caseloads: col(10), fte: col(50) }), 'invalidNumber', 'fte');
      expectError(() => call('CASELOAD', { caseloads: col(10), fte: col('0,5') }), 'invalidValue', 'fte');
      expectError(() => caseload({ specialists: [{ clients: 10, fte: 0 }] }), 'invalidNumber', 'fte');
      expectError(() => caseload({ specialists: [{ clients: 10, fte: 1.01 }] }), 'invalidNumber', 'fte');
    });

    it('a partly blank row (count blank but FTE given) → invalidValue', () => {
      expectError(() => call('CASELOAD', { caseloads: col(25, null), fte: col(1, 0.5) }), 'invalidValue', 'caseloads');
      expectError(() => call('CASELOAD', { caseloads: col(25, 20), fte: col(1, null) }), 'invalidValue', 'fte');
    });

    it('ranges of different sizes → invalidValue', () => {
      expectError(() => call('CASELOAD', { caseloads: col(25, 19, 20), fte: col(1, 1) }), 'invalidValue', 'fte');
      expectError(() => call('CASELOAD', { caseloads: col(25, 19), exclude: col(N, N, Y) }), 'invalidValue', 'exclude');
    });

    it('a 2-D range where one column is expected → invalidValue', () => {
      expectError(
        () =>
          call('CASELOAD', {
            caseloads: [
              [1, 2],
              [3, 4],
            ],
          }),
        'invalidValue',
        'caseloads',
      );
    });

    it('bad yes/no cells → invalidValue naming the argument', () => {
      expectError(() => call('CASELOAD', { caseloads: col(25), exclude: col('kanskje') }), 'invalidValue', 'exclude');
      expectError(
        () => call('CASELOAD', { caseloads: col(25), no_individual_caseloads: 'kanskje' }),
        'invalidValue',
        'no_individual_caseloads',
      );
    });

    it('empty range or every row excluded → notAvailable', () => {
      expectError(() => call('CASELOAD', { caseloads: col(null, '') }), 'notAvailable', 'caseloads');
      expectError(() => call('CASELOAD', { caseloads: [] }), 'notAvailable', 'caseloads');
      expectError(() => call('CASELOAD', { caseloads: null }), 'notAvailable', 'caseloads');
      expectError(() => call('CASELOAD', { caseloads: col(12), exclude: col('ja') }), 'notAvailable', 'caseloads');
      expectError(() => caseload({ specialists: [] }), 'notAvailable', 'caseloads');
      expectError(() => caseload({ specialists: [{ clients: 3, excluded: true }] }), 'notAvailable', 'caseloads');
    });

    it('bad output / language arguments', () => {
      expectError(() => call('CASELOAD', { caseloads: col(20), output: 'average' }), 'invalidValue', 'output');
      expectError(() => call('CASELOAD', { caseloads: col(20), language: 'de' }), 'invalidValue', 'language');
    });
  });
});
