/**
 * Organisasjon 1 — integrering gjennom teamarbeid (src/core/items/organization/team-integration.ts): every
 * worked example of chapter 9 of the manual («Håndbok i kvalitetsevaluering IPS Supported Employment») for the
 * item, rules 8 and 11 where they apply, and the sample report, each through the core calculator AND the
 * spreadsheet function with spreadsheet-shaped 2-D arrays. Test names carry the manual's line numbers. Where the
 * manual contradicts itself, the test name says which reading we follow and why.
 */
import { describe, expect, it } from 'vitest';
import { teamIntegration } from '../../../../src/core/items/calculators';
import { call, col, expectError, expectScore, Y, N } from '../helpers/staffing-organization';

// ---------------------------------------------------------------------------------------------
// Organisasjon 1 — Integrering gjennom teamarbeid
// ---------------------------------------------------------------------------------------------

describe('Organisasjon 1 – TEAM_INTEGRATION (org.team_integration)', () => {
  it('manual 3275–3283: one specialist attends and gets referrals from all three teams (30/30/40 %) → 2', () => {
    expectScore(teamIntegration({ specialists: [{ teams: 3 }] }), 2);
    expect(call('TEAM_INTEGRATION', { teams: col(3), clients_from_teams: col(null), caseload: col(null) })).toBe(2);
    expect(call('TEAM_INTEGRATION', { teams: col(3), clients_from_teams: col(20), caseload: col(20) })).toBe(2);
  });

  it('manual 3285–3291: 8 from team A, 9 from B, 2 from C → 17 ÷ 19 = 0,89 → 89 % from two teams → 4', () => {
    const result = teamIntegration({ specialists: [{ teams: 2, clientsFromTeams: 17, caseload: 19 }] });
    expectScore(result, 4);
    expect(result.reasons[0]!.text.nb).toContain('89 %');
    expect(call('TEAM_INTEGRATION', { teams: col(2), clients_from_teams: col(17), caseload: col(19) })).toBe(4);
  });

  it('manual 3293–3297: IPS in a rehabilitation agency, referrals from unaffiliated agencies → no team → 1', () => {
    expectScore(teamIntegration({ specialists: [{ teams: 0 }] }), 1);
    expect(call('TEAM_INTEGRATION', { teams: col(0), clients_from_teams: col(null), caseload: col(null) })).toBe(1);
  });

  it('manual 3262–3272: a clubhouse specialist coordinating with an agency whose clinicians are not in teams → 1 (the vocational service is independent of treatment, so the "not in teams" flag stays no)', () => {
    expect(
      call('TEAM_INTEGRATION', {
        teams: col(0),
        clients_from_teams: col(null),
        caseload: col(null),
        clinicians_not_in_teams: col(N),
      }),
    ).toBe(1);
  });

  it('manual 3299–3307: 90 % from two teams (5), three teams (2), 75 % from two teams (4) → 11 ÷ 3 = 3,6 → 3', () => {
    const result = teamIntegration({
      specialists: [
        { teams: 2, clientsFromTeams: 18, caseload: 20 },
        { teams: 3 },
        { teams: 2, clientsFromTeams: 15, caseload: 20 },
      ],
    });
    expectScore(result, 3);
    expect(result.exactMetric).toBeCloseTo(11 / 3, 5);
    expect(
      call('TEAM_INTEGRATION', {
        teams: col(2, 3, 2),
        clients_from_teams: col(18, null, 15),
        caseload: col(20, null, 20),
      }),
    ).toBe(3);
  });

  it('manual 3309–3317: referrals from NAV, a treatment centre and an MH team count as three teams → 2; but 90 % from the MH team → 5 (entered as one team with 90 %)', () => {
    expect(call('TEAM_INTEGRATION', { teams: col(3), clients_from_teams: col(null), caseload: col(null) })).toBe(2);
    expect(call('TEAM_INTEGRATION', { teams: col(1), clients_from_teams: col(18), caseload: col(20) })).toBe(5);
  });

  it('manual 3319–3325: 25 referring clinicians of the treating agency not organised in teams → 2', () => {
    expectScore(teamIntegration({ specialists: [{ teams: 0, cliniciansNotInTeams: true }] }), 2);
    expect(
      call('TEAM_INTEGRATION', {
        teams: col(0),
        clients_from_teams: col(null),
        caseload: col(null),
        clinicians_not_in_teams: col('ja'),
      }),
    ).toBe(2);
  });

  it('manual 3327–3333: clubhouse; each of three specialists attached to two teams at a nearby centre, 90 % of caseload → 5', () => {
    expect(
      call('TEAM_INTEGRATION', { teams: col(2, 2, 2), clients_from_teams: col(18, 9, 27), caseload: col(20, 10, 30) }),
    ).toBe(5);
  });

  it('manual 3335–3347: six clinicians not organised in teams can be regarded as one team → 5', () => {
    expect(call('TEAM_INTEGRATION', { teams: col(1), clients_from_teams: col(14), caseload: col(14) })).toBe(5);
  });

  it('sample report 12309–12320 CONFLICT: per-specialist 5, 2, 2; the report states 2, but the ch. 9 procedure (3390–3396: add, divide, round down) gives floor(9 ÷ 3) = 3 — we follow the procedure → 3', () => {
    const result = teamIntegration({
      specialists: [{ teams: 2, clientsFromTeams: 15, caseload: 15 }, { teams: 3 }, { teams: 3 }],
    });
    expectScore(result, 3);
    expect(
      call('TEAM_INTEGRATION', {
        teams: col(2, 3, 3),
        clients_from_teams: col(15, null, null),
        caseload: col(15, null, null),
      }),
    ).toBe(3);
  });

  it('per-specialist bands after rounding down: < 50 → 2, 50–74 → 3, 75–89 → 4, ≥ 90 → 5', () => {
    const cases: [number, number, number][] = [
      [0, 10, 2],
      [499, 1000, 2],
      [1, 2, 3],
      [74, 100, 3],
      [749, 1000, 3],
      [3, 4, 4],
      [89, 100, 4],
      [895, 1000, 4],
      [9, 10, 5],
      [10, 10, 5],
    ];
    for (const [from, total, expected] of cases) {
      expect(
        teamIntegration({ specialists: [{ teams: 1, clientsFromTeams: from, caseload: total }] }).score,
        `${from}/${total}`,
      ).toBe(expected);
    }
  });

  describe('bad input', () => {
    it('text teams → invalidValue; negative or fractional teams → invalidNumber', () => {
      expectError(
        () => call('TEAM_INTEGRATION', { teams: col('to'), clients_from_teams: col(1), caseload: col(2) }),
        'invalidValue',
        'teams',
      );
      expectError(
        () => call('TEAM_INTEGRATION', { teams: col(-1), clients_from_teams: col(1), caseload: col(2) }),
        'invalidNumber',
        'teams',
      );
      expectError(
        () => call('TEAM_INTEGRATION', { teams: col(1.5), clients_from_teams: col(1), caseload: col(2) }),
        'invalidNumber',
        'teams',
      );
      expectError(() => teamIntegration({ specialists: [{ teams: -2 }] }), 'invalidNumber', 'teams');
    });

    it('counts: text → invalidValue; negative → invalidNumber; more from teams than the caseload → invalidNumber', () => {
      expectError(
        () => call('TEAM_INTEGRATION', { teams: col(2), clients_from_teams: col('17'), caseload: col(19) }),
        'invalidValue',
        'clients_from_teams',
      );
      expectError(
        () => call('TEAM_INTEGRATION', { teams: col(2), clients_from_teams: col(-1), caseload: col(19) }),
        'invalidNumber',
        'clients_from_teams',
      );
      expectError(
        () => call('TEAM_INTEGRATION', { teams: col(2), clients_from_teams: col(20), caseload: col(19) }),
        'invalidNumber',
        'clients_from_teams',
      );
      expectError(
        () => call('TEAM_INTEGRATION', { teams: col(2), clients_from_teams: col(5), caseload: col(-19) }),
        'invalidNumber',
        'caseload',
      );
    });

    it('a missing count for one or two teams → invalidValue; caseload 0 → divisionByZero', () => {
      expectError(
        () => call('TEAM_INTEGRATION', { teams: col(2), clients_from_teams: col(null), caseload: col(19) }),
        'invalidValue',
        'clients_from_teams',
      );
      expectError(
        () => call('TEAM_INTEGRATION', { teams: col(2), clients_from_teams: col(0), caseload: col(null) }),
        'invalidValue',
        'caseload',
      );
      expectError(
        () => call('TEAM_INTEGRATION', { teams: col(2), clients_from_teams: col(0), caseload: col(0) }),
        'divisionByZero',
        'caseload',
      );
    });

    it('"clinicians not in teams" with teams ≥ 1 is contradictory → invalidValue', () => {
      expectError(
        () =>
          call('TEAM_INTEGRATION', {
            teams: col(2),
            clients_from_teams: col(9),
            caseload: col(10),
            clinicians_not_in_teams: col(Y),
          }),
        'invalidValue',
        'clinicians_not_in_teams',
      );
    });

    it('mismatched ranges → invalidValue; empty → notAvailable', () => {
      expectError(
        () => call('TEAM_INTEGRATION', { teams: col(2, 2), clients_from_teams: col(9), caseload: col(10, 10) }),
        'invalidValue',
        'clients_from_teams',
      );
      expectError(
        () => call('TEAM_INTEGRATION', { teams: col(null), clients_from_teams: col(null), caseload: col(null) }),
        'notAvailable',
        'teams',
      );
      expectError(() => teamIntegration({ specialists: [] }), 'notAvailable', 'teams');
    });
  });
});
