import { describe, expect, it } from 'vitest';
import { historyRow, readHistory, historyHeader, historyRowValues } from '../../../src/core/history/table';
import { effectiveScore } from '../../../src/core/review/corrections';
import { pendingSuggestions, startRepeatReview } from '../../../src/core/review/repeat';
import { sampleReview, SAMPLE_SCORES } from '../../../src/core/review/sample';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import type { Score } from '../../../src/core/scale/types';
import {
  agreementPair,
  checkForm,
  correctionProblems,
  initialState,
  isInHistory,
  pendingCount,
  reduce,
  reviewFromForm,
  totalsView,
  type Action,
  type AppState,
} from '../../../src/ui/state';
import { strings } from '../../../src/ui/strings';
import type { HistorySnapshot } from '../../../src/ui/workflow';

const ITEMS = DEFAULT_SCALE.items;
const run = (state: AppState, ...actions: Action[]) => actions.reduce(reduce, state);

function reviewing(raters: readonly string[] = ['Kari', 'Ola']): AppState {
  let state = run(
    initialState({ language: 'nb', today: '2025-09-01' }),
    { type: 'formField', field: 'service', value: 'Fiktiv' },
    { type: 'formField', field: 'team', value: 'Team A' },
    { type: 'formField', field: 'date', value: '2025-09-01' },
  );
  raters.forEach((name, index) => {
    if (index >= state.form.raters.length) state = reduce(state, { type: 'addRater' });
    state = reduce(state, { type: 'raterName', index, value: name });
  });
  if (raters.length < state.form.raters.length)
    state = reduce(state, { type: 'removeRater', index: state.form.raters.length - 1 });
  return reduce(state, {
    type: 'openReview',
    review: reviewFromForm(state.form, 'rev-1'),
    sheet: 'IPS Team A 2025-09-01',
    isNew: true,
  });
}

/** A history holding the given review (as saved now). */
function historyOf(...reviews: Parameters<typeof historyRow>[0][]): HistorySnapshot {
  const values = [historyHeader('nb'), ...reviews.map((review) => historyRowValues(historyRow(review), 'nb'))];
  return { sheet: 'IPS-historikk', exists: true, rows: readHistory(values) };
}

describe('consensus is never filled in or averaged', () => {
  it('rater scores never change the consensus, whatever they are', () => {
    let state = reviewing();
    for (const item of ITEMS) {
      state = run(
        state,
        { type: 'setRaterScore', itemId: item.id, raterId: 'r1', score: 4 },
        { type: 'setRaterScore', itemId: item.id, raterId: 'r2', score: 4 },
      );
    }
    expect(ITEMS.every((item) => state.review!.items[item.id]!.consensus === null)).toBe(true);
    expect(totalsView(state.review!, 'nb').complete).toBe(false);
  });
});

describe('rater mode', () => {
  it('opens at the first item the rater has not scored, and returns to the consensus view', () => {
    let state = reviewing();
    state = run(
      state,
      { type: 'setRaterScore', itemId: ITEMS[0]!.id, raterId: 'r2', score: 3 },
      { type: 'setRaterScore', itemId: ITEMS[1]!.id, raterId: 'r2', score: 5 },
    );
    state = reduce(state, { type: 'setRaterMode', raterId: 'r2' });
    expect(state.view).toBe('rater');
    expect(state.raterId).toBe('r2');
    expect(state.itemIndex).toBe(2);
    // Moving keeps the rater view.
    state = run(state, { type: 'next' }, { type: 'goto', index: 10 });
    expect(state.view).toBe('rater');
    expect(state.itemIndex).toBe(10);
    state = reduce(state, { type: 'setRaterMode', raterId: null });
    expect(state.view).toBe('consensus');
    expect(state.raterId).toBeNull();
  });

  it('ignores an unknown rater and a rater view without a rater', () => {
    const state = reviewing();
    expect(reduce(state, { type: 'setRaterMode', raterId: 'nobody' })).toBe(state);
    expect(reduce(state, { type: 'setView', view: 'rater' })).toBe(state);
    // Leaving for another view ends rater mode.
    const rater = reduce(state, { type: 'setRaterMode', raterId: 'r1' });
    expect(reduce(rater, { type: 'setView', view: 'overview' }).raterId).toBeNull();
  });
});

describe('agreement pair', () => {
  it('defaults to the first two raters, can be changed, and is absent below two raters', () => {
    const three = reviewing(['Kari', 'Ola', 'Per']);
    expect(agreementPair(three)).toEqual(['r1', 'r2']);
    expect(agreementPair(reduce(three, { type: 'setAgreementPair', index: 1, raterId: 'r3' }))).toEqual(['r1', 'r3']);
    expect(agreementPair(reviewing(['Kari']))).toBeNull();
  });
});

describe('repeat review', () => {
  const previous = { ...sampleReview(), service: 'Fiktiv', team: 'Team A', date: '2025-03-01' };

  it('prefills the form from the previous review and wants a later date', () => {
    let state = initialState({ today: '2025-09-01' });
    state = reduce(state, { type: 'startRepeat', sheet: 'IPS Team A 2025-03-01', previous });
    expect(state.repeatOf?.sheet).toBe('IPS Team A 2025-03-01');
    expect(state.form).toMatchObject({ service: 'Fiktiv', team: 'Team A', date: '2025-09-01' });
    expect(state.form.raters).toEqual(previous.raters.map((rater) => rater.name));
    const early = checkForm({ ...state.form, date: '2025-03-01' }, previous.date);
    expect(early.errors.date).toBe('errorRepeatDate');
    expect(early.repeatDate).toBe('2025-03-01');
    expect(strings('nb').errorRepeatDate(early.repeatDate!)).toContain('2025-03-01');
    expect(checkForm(state.form, previous.date).ok).toBe(true);
    expect(reduce(state, { type: 'cancelRepeat' }).repeatOf).toBeNull();
  });

  it('keeps the total incomplete until every suggestion is confirmed or changed', () => {
    const review = startRepeatReview(previous, {
      id: 'rev-2',
      date: '2025-09-01',
      raters: [{ id: 'r1', name: 'Kari' }],
    });
    let state = reduce(initialState({ today: '2025-09-01' }), {
      type: 'openReview',
      review,
      sheet: 'IPS Team A 2025-09-01',
      isNew: true,
      previous,
    });
    expect(pendingCount(state)).toBe(ITEMS.length);
    expect(totalsView(state.review!, 'nb').complete).toBe(false);
    ITEMS.slice(0, -1).forEach((item) => {
      state = reduce(state, { type: 'confirmSuggestion', itemId: item.id });
    });
    expect(pendingCount(state)).toBe(1);
    const totals = totalsView(state.review!, 'nb');
    expect(totals.complete).toBe(false);
    // The last one is changed instead of confirmed.
    const last = ITEMS[ITEMS.length - 1]!;
    const other = (SAMPLE_SCORES[ITEMS.length - 1] === 5 ? 4 : 5) as Score;
    state = reduce(state, { type: 'setConsensus', itemId: last.id, score: other });
    expect(pendingSuggestions(state.review!)).toEqual([]);
    const done = totalsView(state.review!, 'nb');
    expect(done.complete).toBe(true);
    expect(done.complete && done.total).toBe(
      SAMPLE_SCORES.reduce<number>((sum, score) => sum + score, 0) - SAMPLE_SCORES[ITEMS.length - 1]! + other,
    );
    // A confirmed item records the note in the pane's language.
    expect(state.review!.items[ITEMS[0]!.id]!.consensusNote).toContain('Holdt konstant');
  });

  it('ignores a confirmation where there is no suggestion', () => {
    const state = reviewing();
    expect(reduce(state, { type: 'confirmSuggestion', itemId: ITEMS[0]!.id })).toBe(state);
  });
});

describe('corrections of a review in the history', () => {
  function saved(): AppState {
    const review = { ...sampleReview(), id: 'rev-saved', date: '2025-06-07' };
    const state = reduce(initialState({ today: '2025-10-01' }), {
      type: 'openReview',
      review,
      sheet: 'IPS',
      isNew: false,
      history: historyOf(review),
    });
    expect(isInHistory(state)).toBe(true);
    return state;
  }

  it('asks for a reason instead of changing the score', () => {
    const state = saved();
    const item = ITEMS[3]!; // Organisasjon 1, saved as 2
    const asked = reduce(state, { type: 'setConsensus', itemId: item.id, score: 3 });
    expect(asked.review).toBe(state.review);
    expect(asked.correction).toMatchObject({
      itemId: item.id,
      score: 3,
      reason: '',
      date: '2025-10-01',
      submitted: false,
    });
    // The same score is no change at all.
    expect(reduce(state, { type: 'setConsensus', itemId: item.id, score: SAMPLE_SCORES[3]! })).toBe(state);
    // Clearing a saved score is refused with a message.
    const cleared = reduce(state, { type: 'setConsensus', itemId: item.id, score: null });
    expect(cleared.review).toBe(state.review);
    expect(cleared.notice?.kind).toBe('warning');
    expect(cleared.notice?.text(strings('en'))).toContain('cannot be removed');
  });

  it('records the correction only with a reason and a valid date; cancel leaves the score', () => {
    const item = ITEMS[3]!;
    let state = reduce(saved(), { type: 'setConsensus', itemId: item.id, score: 3 });
    expect(reduce(state, { type: 'cancelCorrection' }).correction).toBeNull();
    state = reduce(state, { type: 'confirmCorrection' });
    expect(state.correction?.submitted).toBe(true);
    expect(correctionProblems(state.correction!, state.review!)).toEqual(['reason']);
    expect(state.review!.corrections).toEqual([]);
    state = run(
      state,
      { type: 'correctionField', field: 'reason', value: 'Feil i telling av team.' },
      { type: 'correctionField', field: 'date', value: '2025-01-01' },
    );
    expect(correctionProblems(state.correction!, state.review!)).toEqual(['date']);
    state = run(state, { type: 'correctionField', field: 'date', value: '2025-10-01' }, { type: 'confirmCorrection' });
    expect(state.correction).toBeNull();
    expect(state.review!.corrections).toEqual([
      { itemId: item.id, previous: 2, corrected: 3, reason: 'Feil i telling av team.', date: '2025-10-01' },
    ]);
    // The saved consensus stays; the score that counts is the correction's.
    expect(state.review!.items[item.id]!.consensus).toBe(2);
    expect(effectiveScore(state.review!, item.id)).toBe(3);
    const totals = totalsView(state.review!, 'nb');
    expect(totals.complete && totals.total).toBe(104);
    expect(state.dirty).toBe(true);
    expect(state.notice?.text(strings('nb'))).toContain('Organisasjon 1 2 → 3');
  });

  it('starts a correction for a sheet score that differs from the history', () => {
    const item = ITEMS[5]!;
    let state = saved();
    state = { ...state, unrecorded: { [item.id]: 5 as Score } };
    state = run(
      state,
      { type: 'startCorrection', itemId: item.id, score: 5 },
      { type: 'correctionField', field: 'reason', value: 'Rettet i arket.' },
      { type: 'confirmCorrection' },
    );
    expect(state.unrecorded).toEqual({});
    expect(effectiveScore(state.review!, item.id)).toBe(5);
  });

  it('lets a review that is not in the history change freely', () => {
    const state = reviewing();
    expect(isInHistory(state)).toBe(false);
    const changed = reduce(state, { type: 'setConsensus', itemId: ITEMS[0]!.id, score: 4 });
    expect(changed.correction).toBeNull();
    expect(changed.review!.items[ITEMS[0]!.id]!.consensus).toBe(4);
    expect(reduce(state, { type: 'startCorrection', itemId: ITEMS[0]!.id, score: 4 })).toBe(state);
  });

  it('becomes locked once the history holds it', () => {
    let state = reviewing();
    const history = historyOf({ ...sampleReview(), id: 'rev-1' });
    state = reduce(state, { type: 'historyLoaded', history });
    expect(isInHistory(state)).toBe(true);
  });
});

describe('report options and resets', () => {
  it('keeps the roster across reviews but resets the rest', () => {
    let state = reviewing();
    state = run(
      state,
      { type: 'reportOption', includeFours: true, roster: 'Per Hansen' },
      { type: 'reportOption', showHtml: true },
    );
    expect(state.reportOptions).toEqual({ includeFours: true, roster: 'Per Hansen', showHtml: true });
    state = run(state, { type: 'setRaterMode', raterId: 'r1' }, { type: 'backToStart' });
    expect(state.raterId).toBeNull();
    expect(state.reportOptions).toEqual({ includeFours: false, roster: 'Per Hansen', showHtml: false });
    expect(state.correction).toBeNull();
  });

  it('takes the start screen history into a review opened without one', () => {
    const history = historyOf({ ...sampleReview(), id: 'x' });
    let state = reduce(initialState(), { type: 'sheetsLoaded', sheets: [], history });
    state = reduce(state, { type: 'openReview', review: sampleReview(), sheet: 'S', isNew: false });
    expect(state.history).toBe(history);
  });
});
