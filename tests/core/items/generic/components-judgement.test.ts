/**
 * The generic COMPONENTS and JUDGEMENT functions (src/core/items/generic/components-judgement.ts) with
 * Organisasjon 2, 4, 5, 6, 7 and 8: every worked example of chapter 9 of the manual («Håndbok i
 * kvalitetsevaluering IPS Supported Employment») for these items, rules 8 and 11 where they apply, and the
 * sample report, each through the core calculator AND the spreadsheet function with spreadsheet-shaped 2-D
 * arrays. Test names carry the manual's line numbers. Where the manual contradicts itself, the test name says
 * which reading we follow and why.
 */
import { describe, expect, it } from 'vitest';
import { itemById } from '../../../../src/core/scale/registry';
import { IPS_25 } from '../../../../src/core/scale/ips25';
import {
  applyCaps,
  capsFromIds,
  scoreByComponents,
  scoreByJudgement,
} from '../../../../src/core/items/shared/judgement';
import type { CellArg } from '../../../../src/core/cells';
import { call, col, expectError, expectScore, Y, N } from '../helpers/staffing-organization';
import { CAP_EXAMPLES, COMPONENT_VERDICTS } from '../manual-examples';

// ---------------------------------------------------------------------------------------------
// Organisasjon 2, 5, 7, 8 — components items (COMPONENTS)
// ---------------------------------------------------------------------------------------------

describe('COMPONENTS – Organisasjon 2, 5, 7, 8 (and any components item)', () => {
  const componentsCall = (item: CellArg, present: boolean[], extra: Record<string, CellArg> = {}) =>
    call('COMPONENTS', { item, present: col(...present), ...extra });

  it('manual 3808–3820 (Org 2): clubhouse — weekly meetings, shared decisions, suggests IPS for non-workers; records not integrated, office at the clubhouse → 3', () => {
    const present = [Y, Y, N, N, Y];
    expectScore(scoreByComponents(itemById('org.team_contact'), present), 3, 3);
    expect(componentsCall('org.team_contact', present)).toBe(3);
    expect(componentsCall(5, present)).toBe(3);
  });

  it('sample report 12360–12381 (Org 2): rotating meetings (no), active (yes), integrated record (yes), office (no), work focus (yes) → 3', () => {
    expect(componentsCall(5, [N, Y, Y, N, Y])).toBe(3);
  });

  it('manual 823–831 (Org 2): no treatment team → 1 or 2 depending on the other components', () => {
    expect(componentsCall(5, [N, N, Y, N, N])).toBe(1);
    expect(componentsCall(5, [N, N, Y, Y, N])).toBe(2);
  });

  it('sample report 12498–12545 (Org 5): roles 1, 2, 4 fulfilled; 3 and 5 not → 3', () => {
    expect(componentsCall('org.supervisor_role', [Y, Y, N, Y, N])).toBe(3);
    expect(componentsCall(8, [Y, Y, N, Y, N])).toBe(3);
  });

  it('Org 5 anchor 1 (10204–10232): «Én eller ingen rolle» → 0 or 1 roles give 1', () => {
    expect(componentsCall(8, [N, N, N, N, N])).toBe(1);
    expect(componentsCall(8, [Y, N, N, N, N])).toBe(1);
  });

  it('manual 2438–2471 (ch. 7 report example, Org 7): intake question, written material, sharing events; no annual-plan question, rate not shared → 3', () => {
    expect(componentsCall('org.competitive_focus', [Y, N, Y, Y, N])).toBe(3);
  });

  it('sample report 12692–12719 (Org 7): intake asks about work history, not interest (no); annual (yes), material (yes), sharing (yes), rate not shared (no) → 3', () => {
    expect(componentsCall(10, [N, Y, Y, Y, N])).toBe(3);
  });

  it('sample report 12764–12811 (Org 8): C1–C4 present, the supervisor has no direct meetings with the executive team (C5 no) → 4', () => {
    expectScore(scoreByComponents(itemById('org.executive_support'), [Y, Y, Y, Y, N]), 4, 4);
    expect(componentsCall('org.executive_support', [Y, Y, Y, Y, N])).toBe(4);
  });

  it('Org 8 anchor 1 (10486–10490) says only «Ett element»: zero elements is below every anchor; the registry maps 0 → 1 (lowest score, 819–821)', () => {
    expect(componentsCall(11, [N, N, N, N, N])).toBe(1);
  });

  it('manual 1780–1790 (Org 8): without reports or minutes showing IPS in the QA process the agency cannot get 5 (registry cap) → 4', () => {
    const item = itemById('org.executive_support');
    const result = scoreByComponents(
      item,
      [Y, Y, Y, Y, Y],
      capsFromIds(item, ['org.executive_support.qa_undocumented']),
    );
    expectScore(result, 4);
    expect(result.reasons.map((r) => r.rule)).toContain('org.executive_support.qa_undocumented');
    expect(componentsCall(11, [Y, Y, Y, Y, Y], { caps: col('ja') })).toBe(4);
    expect(componentsCall(11, [Y, Y, Y, Y, Y], { caps: col(null) })).toBe(5);
  });

  it("works for every components item of the scale (services too), by the item's own scoreForComponentCount", () => {
    const items = IPS_25.items.filter((item) => item.kind === 'components');
    expect(items.length).toBeGreaterThanOrEqual(4);
    for (const item of items) {
      const n = item.components!.length;
      for (let count = 0; count <= n; count++) {
        const present = Array.from({ length: n }, (_, i) => i < count);
        expect(scoreByComponents(item, present).score, `${item.id} ${count}`).toBe(item.scoreForComponentCount![count]);
        expect(call('COMPONENTS', { item: item.sheetNumber, present: col(...present) }), `${item.id} ${count}`).toBe(
          item.scoreForComponentCount![count],
        );
      }
    }
  });

  it('output "metric" is the number of components present; "reason" names them', () => {
    expect(componentsCall(5, [N, Y, Y, N, Y], { output: 'metric' })).toBe(3);
    expect(componentsCall(5, [N, Y, Y, N, Y], { output: 'reason' })).toContain('3 av 5');
    expect(componentsCall(5, [N, Y, Y, N, Y], { output: 'reason', language: 'en' })).toContain('3 of 5');
  });

  describe('bad input', () => {
    it('the wrong number of component cells → invalidValue naming present', () => {
      expectError(() => componentsCall(5, [Y, Y, Y, Y]), 'invalidValue', 'present');
      expectError(() => componentsCall(5, [Y, Y, Y, Y, Y, Y]), 'invalidValue', 'present');
      expectError(() => scoreByComponents(itemById('org.team_contact'), [Y]), 'invalidValue', 'present');
    });

    it('text that is not yes/no, or other numbers → invalidValue', () => {
      expectError(() => call('COMPONENTS', { item: 5, present: col(Y, Y, 'delvis', Y, Y) }), 'invalidValue', 'present');
      expectError(() => call('COMPONENTS', { item: 5, present: col(Y, Y, 2, Y, Y) }), 'invalidValue', 'present');
    });

    it('an unknown item or an item not rated by components → the item argument is named', () => {
      expectError(() => componentsCall(99, [Y, Y, Y, Y, Y]), 'invalidNumber', 'item');
      expectError(() => componentsCall('org.no_such_item', [Y, Y, Y, Y, Y]), 'invalidValue', 'item');
      expectError(() => componentsCall('staffing.caseload_size', [Y, Y, Y, Y, Y]), 'invalidValue', 'item');
      expectError(() => scoreByComponents(itemById('org.es_team'), [Y]), 'invalidValue', 'item');
    });

    it('empty present → notAvailable; caps of the wrong length → invalidValue', () => {
      expectError(() => call('COMPONENTS', { item: 5, present: [] }), 'notAvailable', 'present');
      expectError(() => componentsCall(11, [Y, Y, Y, Y, Y], { caps: col(Y, Y) }), 'invalidValue', 'caps');
      expectError(() => componentsCall(5, [Y, Y, Y, Y, Y], { caps: col(Y) }), 'invalidValue', 'caps');
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Organisasjon 4 and 6 (and any item) — judgement items (JUDGEMENT)
// ---------------------------------------------------------------------------------------------

describe('JUDGEMENT – Organisasjon 4, 6 (and any item)', () => {
  const capsFor = (itemId: string, applying: string[]) => col(...capsFromIds(itemById(itemId), applying));

  it('manual 4084–4092 (Org 4): weekly meetings mostly administrative or quick updates → no higher than 3', () => {
    const item = itemById('org.es_team');
    const result = scoreByJudgement(item, 5, capsFromIds(item, ['org.es_team.admin_meetings']));
    expectScore(result, 3);
    expect(result.reasons.map((r) => r.rule)).toContain('org.es_team.admin_meetings');
    expect(
      call('JUDGEMENT', {
        item: 'org.es_team',
        score: 5,
        caps: capsFor('org.es_team', ['org.es_team.admin_meetings']),
      }),
    ).toBe(3);
    expect(call('JUDGEMENT', { item: 7, score: 5, caps: col('ja', 'nei', 'nei') })).toBe(3);
  });

  it('manual 4094–4102 (Org 4): the supervisor lacks IPS knowledge, supervision not evidence-based → no higher than 3', () => {
    expect(
      call('JUDGEMENT', { item: 7, score: 4, caps: capsFor('org.es_team', ['org.es_team.supervision_not_ips']) }),
    ).toBe(3);
  });

  it('manual 4070–4082 (Org 4): rural, one specialist per municipality, same supervisor, clinicians cover → the evaluators choose 4', () => {
    expect(call('JUDGEMENT', { item: 7, score: 4 })).toBe(4);
  });

  it('manual 4104–4116 and 4128–4132 (Org 4): a single specialist without a colleague → 1 (registry cap single_js)', () => {
    expect(call('JUDGEMENT', { item: 7, score: 3, caps: capsFor('org.es_team', ['org.es_team.single_js']) })).toBe(1);
  });

  it('manual 4118–4126 (Org 4): one specialist plus a supervisor with a caseload of 12 who shares job leads and covers → the evaluators choose 3 (the single-specialist cap does not apply)', () => {
    expect(call('JUDGEMENT', { item: 7, score: 3 })).toBe(3);
  });

  it('manual 4134–4154 (Org 4): two ACT-team specialists also attend the weekly JS team meeting and help each other → 5', () => {
    expect(call('JUDGEMENT', { item: 'org.es_team', score: 5 })).toBe(5);
  });

  it('manual 1709–1721 (rule 7, Org 4): all elements of an anchor are needed — without caseload coverage the evaluators choose below 5', () => {
    expect(call('JUDGEMENT', { item: 7, score: 4 })).toBe(4);
  });

  it('sample report 12473–12486 (Org 4): specialists and supervisor meet weekly, celebrate successes, discuss employer contacts and clients → 5', () => {
    expect(call('JUDGEMENT', { item: 'org.es_team', score: 5, caps: col(N, N, N) })).toBe(5);
  });

  it('manual 4790–4796 (Org 6): a waiting list → no higher than 4', () => {
    expect(
      call('JUDGEMENT', {
        item: 'org.zero_exclusion',
        score: 5,
        caps: capsFor('org.zero_exclusion', ['org.zero_exclusion.waiting_list']),
      }),
    ).toBe(4);
  });

  it('manual 4817–4839, 4841–4843, 4845–4847, 4859–4863 (Org 6): work-readiness steering, abstinence required, criminal-justice referrals discouraged, cases closed after job loss → each no higher than 3', () => {
    for (const cap of [
      'org.zero_exclusion.prevocational_steering',
      'org.zero_exclusion.abstinence_required',
      'org.zero_exclusion.justice_discouraged',
      'org.zero_exclusion.closes_after_job_failure',
    ]) {
      expect(call('JUDGEMENT', { item: 9, score: 5, caps: capsFor('org.zero_exclusion', [cap]) }), cap).toBe(3);
    }
  });

  it('manual 4849–4857 (Org 6): no self-referral mechanism known to clients and families → no higher than 4', () => {
    expect(
      call('JUDGEMENT', {
        item: 9,
        score: 5,
        caps: capsFor('org.zero_exclusion', ['org.zero_exclusion.no_self_referral']),
      }),
    ).toBe(4);
  });

  it('rule 9 (1735–1747, Org 6): a score of 3 held constant when nothing changed → 3', () => {
    expect(call('JUDGEMENT', { item: 9, score: 3 })).toBe(3);
  });

  it('sample report 12633–12662 (Org 6): everything points to 5, but there is a waiting list → 4; several caps → the lowest wins', () => {
    const item = itemById('org.zero_exclusion');
    const result = scoreByJudgement(item, 5, capsFromIds(item, ['org.zero_exclusion.waiting_list']));
    expectScore(result, 4);
    expect(
      call('JUDGEMENT', {
        item: 9,
        score: 5,
        caps: capsFor('org.zero_exclusion', [
          'org.zero_exclusion.waiting_list',
          'org.zero_exclusion.abstinence_required',
        ]),
      }),
    ).toBe(3);
    expect(
      call('JUDGEMENT', {
        item: 9,
        score: 5,
        caps: capsFor('org.zero_exclusion', ['org.zero_exclusion.waiting_list']),
        output: 'reason',
      }),
    ).toContain('venteliste');
  });

  it('a cap never raises a score; blank caps mean none apply; works for services items and items without caps', () => {
    expect(
      call('JUDGEMENT', {
        item: 9,
        score: 2,
        caps: capsFor('org.zero_exclusion', ['org.zero_exclusion.waiting_list']),
      }),
    ).toBe(2);
    expect(call('JUDGEMENT', { item: 9, score: 5, caps: col(null, null, null, null, null, null) })).toBe(5);
    expect(call('JUDGEMENT', { item: 6, score: 4 })).toBe(4); // Org 3 has no caps
    for (const item of IPS_25.items) {
      for (const [index, cap] of (item.caps ?? []).entries()) {
        const applying = (item.caps ?? []).map((_, i) => i === index);
        expect(scoreByJudgement(item, 5, applying).score, cap.id).toBe(cap.maxScore);
        expect(call('JUDGEMENT', { item: item.id, score: 5, caps: col(...applying) }), cap.id).toBe(cap.maxScore);
      }
    }
  });

  it("applyCaps: every applying cap is named in the reasons, in the registry's order", () => {
    const item = itemById('org.zero_exclusion');
    const { score, reasons } = applyCaps(
      item,
      5,
      item.caps!.map(() => true),
    );
    expect(score).toBe(3);
    expect(reasons.map((r) => r.rule)).toEqual(item.caps!.map((cap) => cap.id));
  });

  describe('bad input', () => {
    it('a score that is not a whole number 1–5 → invalidNumber; text → invalidValue; blank → notAvailable', () => {
      expectError(() => call('JUDGEMENT', { item: 9, score: 6 }), 'invalidNumber', 'score');
      expectError(() => call('JUDGEMENT', { item: 9, score: 0 }), 'invalidNumber', 'score');
      expectError(() => call('JUDGEMENT', { item: 9, score: 3.5 }), 'invalidNumber', 'score');
      expectError(() => call('JUDGEMENT', { item: 9, score: 'fem' }), 'invalidValue', 'score');
      expectError(() => call('JUDGEMENT', { item: 9, score: '' }), 'notAvailable', 'score');
      expectError(() => scoreByJudgement(itemById('org.es_team'), 7, []), 'invalidNumber', 'score');
    });

    it('caps of the wrong length or not yes/no → invalidValue naming caps', () => {
      expectError(() => call('JUDGEMENT', { item: 9, score: 5, caps: col(Y, N) }), 'invalidValue', 'caps');
      expectError(() => call('JUDGEMENT', { item: 6, score: 5, caps: col(Y) }), 'invalidValue', 'caps');
      expectError(
        () => call('JUDGEMENT', { item: 7, score: 5, caps: col('ja', 'kanskje', 'nei') }),
        'invalidValue',
        'caps',
      );
      expectError(() => scoreByJudgement(itemById('org.es_team'), 5, [true]), 'invalidValue', 'caps');
    });

    it('an unknown item → the item argument is named', () => {
      expectError(() => call('JUDGEMENT', { item: 0, score: 3 }), 'invalidNumber', 'item');
      expectError(() => call('JUDGEMENT', { item: 'nope', score: 3 }), 'invalidValue', 'item');
      expectError(() => call('JUDGEMENT', { item: null, score: 3 }), 'invalidValue', 'item');
    });
  });
});

describe("COMPONENTS – chapter 9's examples that give or withhold one component's point", () => {
  for (const verdict of COMPONENT_VERDICTS) {
    const [from, to] = verdict.lines;
    const outcome = verdict.point ? 'point' : 'no point';
    it(`manual ${from}–${to} (${verdict.itemId}, component ${verdict.component}): ${verdict.summary} → ${outcome}`, () => {
      const item = itemById(verdict.itemId);
      expect(verdict.component).toBeLessThanOrEqual(item.components!.length);
      // The example decides one component; the others are taken as present.
      const present = item.components!.map((_, index) => index + 1 !== verdict.component || verdict.point);
      const count = present.filter(Boolean).length;
      const result = scoreByComponents(item, present);
      expect(result.metric).toBe(count);
      expect(result.score).toBe(item.scoreForComponentCount![count]);
      const text = result.reasons.map((reason) => reason.text.en).join(' ');
      expect(text).toContain(`missing: ${verdict.point ? 'none' : verdict.component}.`);
      expect(call('COMPONENTS', { item: item.sheetNumber, present: col(...present) })).toBe(result.score);
    });
  }
});

describe("JUDGEMENT – chapter 9's examples for Tjenester 1, 11 and 12", () => {
  for (const example of CAP_EXAMPLES) {
    const [from, to] = example.lines;
    it(`manual ${from}–${to} (${example.itemId}): ${example.summary} → at most ${example.atMost}`, () => {
      const item = itemById(example.itemId);
      const applying = example.cap ? [`${example.itemId}.${example.cap}`] : [];
      const caps = capsFromIds(item, applying);
      const result = scoreByJudgement(item, 5, caps);
      expect(result.score).toBe(example.atMost);
      if (example.cap) expect(result.reasons.map((reason) => reason.rule)).toContain(applying[0]);
      expect(call('JUDGEMENT', { item: item.sheetNumber, score: 5, caps: col(...caps) })).toBe(example.atMost);
    });
  }
});
