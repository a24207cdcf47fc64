import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';
import { keyCommand, keysApply, scoreAction, scoreFocusKey, type FocusKind } from '../../src/ui/keyboard';
import { initialState, reduce, reviewFromForm, type Action, type AppState } from '../../src/ui/state';

const ITEMS = DEFAULT_SCALE.items;
const run = (state: AppState, ...actions: Action[]) => actions.reduce(reduce, state);

function reviewing(): AppState {
  const form = { service: 'Fiktiv', team: 'Team A', date: '2025-09-01', sheet: '', raters: ['Kari', 'Ola'] };
  return reduce(initialState({ language: 'nb', today: '2025-09-01' }), {
    type: 'openReview',
    review: reviewFromForm(form, 'rev-1'),
    sheet: 'IPS Fiktiv Team A 2025-09-01',
    isNew: true,
  });
}

describe('the review keys (issue 11 #6)', () => {
  it('1–5 score the current item in the item view too, not only in rater mode', () => {
    const state = reviewing();
    expect(state.view).toBe('item');
    expect(keyCommand({ key: '4', focus: 'other' })).toEqual({ kind: 'score', score: 4 });
    expect(scoreAction(state, 4)).toEqual({ type: 'setConsensus', itemId: ITEMS[0]!.id, score: 4 });
    const rater = run(state, { type: 'setRaterMode', raterId: 'r2' });
    expect(scoreAction(rater, 2)).toEqual({
      type: 'setRaterScore',
      itemId: ITEMS[rater.itemIndex]!.id,
      raterId: 'r2',
      score: 2,
    });
  });

  it('never while typing in a text field, with Ctrl/Alt/Cmd held, or outside an item', () => {
    expect(keyCommand({ key: '3', focus: 'text' })).toBeNull();
    expect(keyCommand({ key: 'n', focus: 'text' })).toBeNull();
    expect(keyCommand({ key: 'Enter', focus: 'text' })).toBeNull();
    expect(keyCommand({ key: '3', ctrlKey: true, focus: 'other' })).toBeNull();
    expect(keyCommand({ key: 'n', metaKey: true, focus: 'other' })).toBeNull();
    expect(keyCommand({ key: '0', focus: 'other' })).toBeNull();
    expect(keyCommand({ key: '6', focus: 'other' })).toBeNull();
    const state = reviewing();
    expect(keysApply(run(state, { type: 'setView', view: 'consensus' }))).toBe(false);
    expect(keysApply(run(state, { type: 'setView', view: 'overview' }))).toBe(false);
    expect(keysApply(initialState())).toBe(false);
    expect(scoreAction(run(state, { type: 'setView', view: 'report' }), 3)).toBeNull();
  });

  it('Enter, N or → go to the next item and Shift+Enter, P or ← back, leaving buttons and radio arrows alone', () => {
    const cases: [string, FocusKind, boolean, 'next' | 'previous' | null][] = [
      ['Enter', 'radio', false, 'next'],
      ['Enter', 'other', false, 'next'],
      ['Enter', 'radio', true, 'previous'],
      ['Enter', 'control', false, null],
      ['n', 'control', false, 'next'],
      ['N', 'radio', true, 'next'],
      ['p', 'other', false, 'previous'],
      ['ArrowRight', 'other', false, 'next'],
      ['ArrowLeft', 'control', false, 'previous'],
      ['ArrowRight', 'radio', false, null],
      ['ArrowLeft', 'radio', false, null],
    ];
    for (const [key, focus, shiftKey, expected] of cases) {
      expect(keyCommand({ key, focus, shiftKey }), `${key} on ${focus}${shiftKey ? ' with Shift' : ''}`).toEqual(
        expected ? { kind: expected } : null,
      );
    }
  });

  it('after a move, focus goes to the item’s score: the chosen one, else the first option', () => {
    let state = reviewing();
    expect(scoreFocusKey(state)).toBe('consensus-none');
    state = run(state, { type: 'setConsensus', itemId: ITEMS[0]!.id, score: 3 });
    expect(scoreFocusKey(state)).toBe('consensus-3');
    state = run(state, { type: 'setRaterMode', raterId: 'r1' });
    expect(scoreFocusKey(state)).toBe('rater-mode-1');
    state = run(state, { type: 'setRaterScore', itemId: ITEMS[state.itemIndex]!.id, raterId: 'r1', score: 5 });
    expect(scoreFocusKey(state)).toBe('rater-mode-5');
  });

  it('no keys while the correction dialog is open', () => {
    const state = {
      ...reviewing(),
      correction: {
        itemId: ITEMS[0]!.id,
        score: 3 as const,
        reason: '',
        date: '2025-09-02',
        submitted: false,
        error: null,
      },
    };
    expect(keysApply(state)).toBe(false);
    expect(scoreAction(state, 3)).toBeNull();
  });
});
