import { describe, expect, it } from 'vitest';
import { sampleReview, SAMPLE_SCORES } from '../../../src/core/review/sample';
import { FUNCTION_LIST } from '../../../src/core/functions/table';
import { DEFAULT_SCALE, itemLabel } from '../../../src/core/scale/registry';
import type { Score } from '../../../src/core/scale/types';
import { levelName } from '../../../src/core/totals';
import { calculatorFor } from '../../../src/ui/calculator';
import {
  baselineFromPlan,
  baselineFromValues,
  capExceeded,
  foreignConflicts,
  checkForm,
  componentSummary,
  conflictMessage,
  conflictSummary,
  currentItem,
  errorText,
  initialState,
  isIsoDate,
  isValidSheetName,
  needsRecommendation,
  newReviewId,
  plannedCellCount,
  raterDisagreement,
  reduce,
  reviewFromForm,
  scoredCount,
  sheetNameFor,
  todayIso,
  totalsView,
  type Action,
  type AppState,
} from '../../../src/ui/state';
import { STRINGS, strings } from '../../../src/ui/strings';

const ITEMS = DEFAULT_SCALE.items;
const run = (state: AppState, ...actions: Action[]) => actions.reduce(reduce, state);

function reviewing(language: 'nb' | 'en' = 'nb'): AppState {
  const state = run(
    initialState({ language, today: '2025-06-07' }),
    { type: 'formField', field: 'service', value: 'Fiktiv' },
    { type: 'formField', field: 'team', value: 'Team A' },
    { type: 'raterName', index: 0, value: 'Kari' },
    { type: 'raterName', index: 1, value: 'Ola' },
  );
  return reduce(state, {
    type: 'openReview',
    review: reviewFromForm(state.form, 'rev-1'),
    sheet: 'IPS Team A 2025-06-07',
    isNew: true,
  });
}

function scoreAll(state: AppState, scores: readonly Score[]): AppState {
  return ITEMS.reduce(
    (next, item, index) => reduce(next, { type: 'setConsensus', itemId: item.id, score: scores[index]! }),
    state,
  );
}

describe('new-review form', () => {
  it('starts blank with today and two rater fields', () => {
    const state = initialState({ today: '2025-01-31' });
    expect(state.form).toEqual({ service: '', team: '', date: '2025-01-31', sheet: '', raters: ['', ''] });
    expect(state.screen).toBe('start');
    expect(state.sheets.status).toBe('loading');
  });

  it('requires site, team, a valid date and at least one rater', () => {
    const check = checkForm({ service: ' ', team: '', date: '2025-02-30', sheet: '', raters: ['', '  '] });
    expect(check.ok).toBe(false);
    expect(check.errors).toEqual({
      service: 'errorService',
      team: 'errorTeam',
      date: 'errorDate',
      raters: 'errorRaters',
    });
  });

  it('warns below two raters but lets the review start', () => {
    const check = checkForm({ service: 'S', team: 'T', date: '2025-06-07', sheet: '', raters: ['Kari', ''] });
    expect(check.ok).toBe(true);
    expect(check.warnings).toEqual(['warnOneRater']);
    expect(
      checkForm({ service: 'S', team: 'T', date: '2025-06-07', sheet: '', raters: ['Kari', 'Ola'] }).warnings,
    ).toEqual([]);
  });

  it('suggests a sheet name hosts accept, and checks a typed one', () => {
    expect(sheetNameFor('Fiktiv Organisasjon', 'Team Nord', '2025-06-07')).toBe('IPS Fiktiv Team Nord 2025-06-07');
    expect(sheetNameFor('Site', '', '2025-06-07')).toBe('IPS Site 2025-06-07');
    const long = sheetNameFor('S', 'A very long team name: [north/south]', '2025-06-07');
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long.endsWith(' 2025-06-07')).toBe(true);
    expect(isValidSheetName(long)).toBe(true);
    expect(isValidSheetName('a/b')).toBe(false);
    expect(isValidSheetName('x'.repeat(32))).toBe(false);
    expect(checkForm({ service: 'S', team: 'T', date: '2025-06-07', sheet: 'bad?', raters: ['K'] }).errors.sheet).toBe(
      'errorSheetName',
    );
    expect(checkForm({ service: 'S', team: 'T', date: '2025-06-07', sheet: '', raters: ['K'] }).sheet).toBe(
      'IPS S T 2025-06-07',
    );
  });

  it('adds and removes raters, never below one field', () => {
    let state = initialState();
    state = run(
      state,
      { type: 'addRater' },
      { type: 'raterName', index: 2, value: 'Per' },
      { type: 'removeRater', index: 0 },
    );
    expect(state.form.raters).toEqual(['', 'Per']);
    state = run(state, { type: 'removeRater', index: 0 }, { type: 'removeRater', index: 0 });
    expect(state.form.raters).toEqual(['Per']);
  });

  it('builds a blank review from the form: raters in order, no scores', () => {
    const review = reviewFromForm(
      { service: ' Fiktiv ', team: 'T', date: '2025-06-07', sheet: '', raters: ['Kari', '', 'Ola'] },
      'id-1',
    );
    expect(review.service).toBe('Fiktiv');
    expect(review.raters).toEqual([
      { id: 'r1', name: 'Kari' },
      { id: 'r2', name: 'Ola' },
    ]);
    expect(review.evaluators).toBe('Kari, Ola');
    expect(Object.values(review.items).every((record) => record.consensus === null)).toBe(true);
    expect(Object.keys(review.items)).toHaveLength(ITEMS.length);
  });

  it('dates and ids', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(todayIso(new Date(2025, 0, 5))).toBe('2025-01-05');
    expect(newReviewId('2025-06-07', () => 0.5)).toMatch(/^ips-2025-06-07-[0-9a-z]{6}$/);
  });
});

describe('reviewing', () => {
  it('opens a new review unsaved, on the first item', () => {
    const state = reviewing();
    expect(state.screen).toBe('review');
    expect(state.dirty).toBe(true);
    expect(currentItem(state)).toBe(ITEMS[0]);
    expect(itemLabel(currentItem(state), 'nb')).toBe('Bemanning 1');
  });

  it('walks the items and jumps, staying in range', () => {
    let state = reviewing();
    state = run(state, { type: 'previous' });
    expect(state.itemIndex).toBe(0);
    state = run(state, { type: 'next' }, { type: 'next' });
    expect(state.itemIndex).toBe(2);
    state = run(state, { type: 'setView', view: 'overview' }, { type: 'goto', index: 99 });
    expect(state).toMatchObject({ itemIndex: ITEMS.length - 1, view: 'item' });
    state = run(state, { type: 'next' });
    expect(state.itemIndex).toBe(ITEMS.length - 1);
  });

  it('sets only what the user chose: no averaging, no filling in', () => {
    const item = ITEMS[0]!;
    let state = reviewing();
    state = run(
      state,
      { type: 'setRaterScore', itemId: item.id, raterId: 'r1', score: 3 },
      { type: 'setRaterScore', itemId: item.id, raterId: 'r2', score: 5 },
    );
    expect(state.review!.items[item.id]!.consensus).toBeNull();
    expect(raterDisagreement(state.review!, item.id)).toEqual([3, 5]);
    state = run(state, { type: 'setConsensus', itemId: item.id, score: 4 });
    expect(state.review!.items[item.id]).toMatchObject({ consensus: 4, raterScores: { r1: 3, r2: 5 } });
    state = run(state, { type: 'setRaterScore', itemId: item.id, raterId: 'r1', score: 5 });
    expect(raterDisagreement(state.review!, item.id)).toBeNull();
    state = run(state, { type: 'setConsensus', itemId: item.id, score: null });
    expect(state.review!.items[item.id]!.consensus).toBeNull();
    // Other items untouched
    expect(ITEMS.slice(1).every((other) => state.review!.items[other.id]!.consensus === null)).toBe(true);
  });

  it('keeps texts, and tells when a recommendation is missing below 5', () => {
    const item = ITEMS[3]!;
    let state = run(reviewing(), { type: 'setConsensus', itemId: item.id, score: 2 });
    expect(needsRecommendation(state.review!.items[item.id])).toBe(true);
    state = run(
      state,
      { type: 'setText', itemId: item.id, field: 'evidence', value: 'To team' },
      { type: 'setText', itemId: item.id, field: 'recommendation', value: 'Ett team' },
    );
    expect(state.review!.items[item.id]).toMatchObject({ evidence: 'To team', recommendation: 'Ett team' });
    expect(needsRecommendation(state.review!.items[item.id])).toBe(false);
    expect(needsRecommendation({ ...state.review!.items[item.id]!, consensus: 5, recommendation: '' })).toBe(false);
  });

  it('suggests a component score from the registry but never sets it', () => {
    const item = ITEMS.find((candidate) => candidate.kind === 'components' && candidate.components)!;
    let state = reviewing();
    expect(componentSummary(item, state.review!.items[item.id])).toEqual({
      present: 0,
      count: item.components!.length,
      suggested: item.scoreForComponentCount![0],
    });
    state = run(
      state,
      { type: 'toggleComponent', itemId: item.id, index: 0 },
      { type: 'toggleComponent', itemId: item.id, index: 2 },
      { type: 'toggleComponent', itemId: item.id, index: 99 },
    );
    const summary = componentSummary(item, state.review!.items[item.id])!;
    expect(summary.present).toBe(2);
    expect(summary.suggested).toBe(item.scoreForComponentCount![2]);
    expect(state.review!.items[item.id]!.consensus).toBeNull();
    state = run(state, { type: 'toggleComponent', itemId: item.id, index: 0 });
    expect(componentSummary(item, state.review!.items[item.id])!.present).toBe(1);
    expect(componentSummary(ITEMS[0]!, state.review!.items[ITEMS[0]!.id])).toBeNull();
  });

  it('flags a consensus above a ticked cap, without changing it', () => {
    const item = ITEMS.find((candidate) => (candidate.caps?.length ?? 0) > 0)!;
    const cap = item.caps![0]!;
    let state = run(reviewing(), { type: 'setConsensus', itemId: item.id, score: 5 });
    expect(capExceeded(item, state.review!.items[item.id], state.itemUi[item.id])).toBeNull();
    state = run(state, { type: 'toggleCap', itemId: item.id, capId: cap.id });
    expect(capExceeded(item, state.review!.items[item.id], state.itemUi[item.id])).toBe(
      cap.maxScore < 5 ? cap.maxScore : null,
    );
    expect(state.review!.items[item.id]!.consensus).toBe(5);
    state = run(state, { type: 'toggleCap', itemId: item.id, capId: cap.id });
    expect(capExceeded(item, state.review!.items[item.id], state.itemUi[item.id])).toBeNull();
  });

  it('keeps calculator input per item and drops a result when the input changes', () => {
    const item = ITEMS[0]!;
    const spec = calculatorFor(item.id, FUNCTION_LIST)!;
    let state = run(
      reviewing(),
      { type: 'calcCell', spec, itemId: item.id, row: 0, column: 0, value: '19' },
      { type: 'calcPaste', spec, itemId: item.id, row: 1, column: 0, text: '18\n19\n20' },
      { type: 'calcScalar', spec, itemId: item.id, name: 'no_individual_caseloads', value: 'nei' },
    );
    expect(state.itemUi[item.id]!.calc!.rows.map((row) => row[0])).toEqual(['19', '18', '19', '20']);
    state = run(state, {
      type: 'calcResult',
      itemId: item.id,
      result: { ok: true, score: 5, metric: 19, reason: 'r' },
    });
    expect(state.itemUi[item.id]!.calcResult).toBeDefined();
    expect(state.review!.items[item.id]!.consensus).toBeNull();
    state = run(state, { type: 'calcAddRow', spec, itemId: item.id });
    expect(state.itemUi[item.id]!.calcResult).toBeUndefined();
    expect(state.itemUi[item.id]!.calc!.rows).toHaveLength(5);
    state = run(state, { type: 'calcRemoveRow', spec, itemId: item.id }, { type: 'calcClear', spec, itemId: item.id });
    expect(state.itemUi[item.id]!.calc!.rows).toEqual([
      ['', '', ''],
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  it('marks saved, back to start clears the review but keeps the date', () => {
    let state = reviewing();
    state = run(state, { type: 'saved', sheet: 'IPS X' });
    expect(state).toMatchObject({ dirty: false, sheet: 'IPS X' });
    state = run(state, { type: 'setConsensus', itemId: ITEMS[0]!.id, score: 3 });
    expect(state.dirty).toBe(true);
    state = run(state, { type: 'backToStart' });
    expect(state).toMatchObject({ screen: 'start', review: null, dirty: false });
    expect(state.form.date).toBe('2025-06-07');
  });

  it('an opened sheet starts clean', () => {
    const state = reduce(initialState(), { type: 'openReview', review: sampleReview(), sheet: 'S', isNew: false });
    expect(state.dirty).toBe(false);
  });
});

describe('totals', () => {
  it('the sample review totals 103, «God kvalitet» / its English name', () => {
    const totals = totalsView(sampleReview(), 'nb');
    expect(totals).toMatchObject({ complete: true, total: 103, level: 'God kvalitet' });
    expect(totalsView(sampleReview(), 'en')).toMatchObject({ level: levelName(103, 'en') });
    const sums = totals.sections.map((section) => section.total);
    expect(sums.reduce((a, b) => a! + b!, 0)).toBe(103);
  });

  it('an incomplete review lists the missing items, never a total', () => {
    let state = reviewing();
    let totals = totalsView(state.review!, 'nb');
    expect(totals.complete).toBe(false);
    if (!totals.complete) expect(totals.missing).toHaveLength(ITEMS.length);
    state = scoreAll(state, SAMPLE_SCORES);
    state = run(state, { type: 'setConsensus', itemId: ITEMS[4]!.id, score: null });
    totals = totalsView(state.review!, 'nb');
    expect(totals).toMatchObject({ complete: false, scored: ITEMS.length - 1 });
    if (!totals.complete) expect(totals.missing.map((item) => item.id)).toEqual([ITEMS[4]!.id]);
    const organization = totals.sections.find((section) => section.items.includes(ITEMS[4]!))!;
    expect(organization.total).toBeNull();
    expect(organization.scored).toBe(organization.items.length - 1);
    expect(
      totals.sections.filter((section) => section !== organization).every((section) => section.total !== null),
    ).toBe(true);
  });

  it('every level is reachable from the pane', () => {
    for (const score of [1, 3, 4, 5] as Score[]) {
      const state = scoreAll(
        reviewing(),
        ITEMS.map(() => score),
      );
      const totals = totalsView(state.review!, 'nb');
      expect(totals).toMatchObject({
        complete: true,
        total: score * ITEMS.length,
        level: levelName(score * ITEMS.length, 'nb'),
      });
    }
    expect(scoredCount(sampleReview())).toBe(ITEMS.length);
  });
});

describe('saving helpers', () => {
  const conflicts = Array.from({ length: 7 }, (_, i) => ({
    sheet: 'IPS',
    address: `C${i + 3}`,
    existing: i === 0 ? 'x' : i,
    planned: i === 1 ? '' : `new ${i}`,
  }));

  it('lists the first few conflicts and counts the rest', () => {
    const summary = conflictSummary(conflicts, '(tom)');
    expect(summary.lines).toHaveLength(5);
    expect(summary.lines[0]).toEqual({ address: 'C3', existing: 'x', planned: 'new 0' });
    expect(summary.lines[1]!.planned).toBe('(tom)');
    expect(summary.more).toBe(2);
  });

  it('phrases the confirm message in both languages', () => {
    expect(conflictMessage(conflicts.slice(0, 1), strings('en'))).toBe(
      'One cell in “IPS” holds something else:\nC3 holds «x» – becomes «new 0»\nOverwrite?',
    );
    expect(conflictMessage(conflicts, strings('nb'))).toContain('C3 inneholder «x»');
    expect(conflictMessage(conflicts, strings('nb'))).toContain('… og 2 til.');
  });

  it('asks only about cells changed since the pane wrote or read them', () => {
    const plan = { sheet: 'IPS', blocks: [{ row: 2, column: 2, values: [['Fiktiv', null, 4]] }] };
    const baseline = baselineFromPlan(plan);
    expect([...baseline.entries()]).toEqual([
      ['C3', 'Fiktiv'],
      ['E3', 4],
    ]);
    const found = [
      { sheet: 'IPS', address: 'C3', existing: 'Fiktiv ', planned: 'Ny' }, // the pane's own value
      { sheet: 'IPS', address: 'E3', existing: 3, planned: 5 }, // changed in the sheet since
      { sheet: 'IPS', address: 'F9', existing: 'x', planned: '' }, // never written by the pane
    ];
    expect(foreignConflicts(found, baseline).map((c) => c.address)).toEqual(['E3', 'F9']);
    expect(foreignConflicts(found, undefined)).toHaveLength(3);
    expect(
      foreignConflicts(found, baselineFromValues([[], [], ['', '', 'Fiktiv', '', 3]])).map((c) => c.address),
    ).toEqual(['F9']);
  });

  it('counts written cells and reads host errors', () => {
    expect(plannedCellCount([{ values: [[1, null, ''], [null]] }, { values: [['a']] }])).toBe(3);
    expect(errorText(new Error('Access denied'))).toBe('Access denied');
    expect(errorText('plain')).toBe('plain');
    expect(errorText({ debugInfo: { message: 'RichApi failed' } })).toBe('RichApi failed');
    expect(errorText({ code: 7 })).toBe('{"code":7}');
  });
});

describe('strings', () => {
  it('has every key in both languages, of the same kind', () => {
    const nb = STRINGS.nb as unknown as Record<string, unknown>;
    const en = STRINGS.en as unknown as Record<string, unknown>;
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
    for (const key of Object.keys(nb)) expect(typeof en[key]).toBe(typeof nb[key]);
  });
});

describe('notices', () => {
  it('moving on clears a success message but keeps warnings and errors', () => {
    const success = { kind: 'success' as const, text: () => 'ok' };
    const error = { kind: 'error' as const, text: () => 'bad' };
    let state = reduce(reviewing(), { type: 'notice', notice: success });
    expect(reduce(state, { type: 'next' }).notice).toBeNull();
    state = reduce(state, { type: 'notice', notice: error });
    expect(reduce(state, { type: 'next' }).notice).toBe(error);
    expect(reduce(state, { type: 'setView', view: 'overview' }).notice).toBe(error);
    expect(reduce(state, { type: 'notice', notice: null }).notice).toBeNull();
  });
});
