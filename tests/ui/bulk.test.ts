import { describe, expect, it } from 'vitest';
import { historyHeader, historyRow, historyRowValues, readHistory } from '../../src/core/history/table';
import { pendingSuggestions, startRepeatReview } from '../../src/core/review/repeat';
import { sampleReview } from '../../src/core/review/sample';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';
import type { Score } from '../../src/core/scale/types';
import { applyBulk, bulkEntries, undoable } from '../../src/ui/bulk';
import { initialState, isInHistory, reduce, reviewFromForm, type Action, type AppState } from '../../src/ui/state';

const ITEMS = DEFAULT_SCALE.items;
const run = (state: AppState, ...actions: Action[]) => actions.reduce(reduce, state);

/** Two raters: alike on every item but the first three; Ola has not scored item 4. */
function scored(): AppState {
  const form = { service: 'Fiktiv', team: 'Team A', date: '2025-09-01', sheet: '', raters: ['Kari', 'Ola'] };
  let state = reduce(initialState({ language: 'nb', today: '2025-09-01' }), {
    type: 'openReview',
    review: reviewFromForm(form, 'rev-1'),
    sheet: 'IPS Fiktiv Team A 2025-09-01',
    isNew: true,
  });
  ITEMS.forEach((item, index) => {
    const kari = ((index % 5) + 1) as Score;
    const ola = index < 3 ? ((((index + 1) % 5) + 1) as Score) : kari;
    state = run(state, { type: 'setRaterScore', itemId: item.id, raterId: 'r1', score: kari });
    if (index !== 3) state = run(state, { type: 'setRaterScore', itemId: item.id, raterId: 'r2', score: ola });
  });
  return state;
}

describe('«Bruk alle samstemte skårer» (issue 11 #9)', () => {
  it('lists every item both raters scored alike and nothing else, never averaging', () => {
    const state = run(scored(), { type: 'setConsensus', itemId: ITEMS[5]!.id, score: 2 });
    const entries = bulkEntries('agreed', state.review!);
    // Not the three disagreements, not the item one rater left blank, not the one already agreed.
    expect(entries.map((entry) => entry.itemId)).toEqual(
      ITEMS.filter((_, index) => index > 5 || index === 4).map((item) => item.id),
    );
    expect(entries.every((entry) => state.review!.items[entry.itemId]!.raterScores['r1'] === entry.score)).toBe(true);
  });

  it('sets them in one step instead of 21 clicks, and undo puts every one back', () => {
    const before = scored();
    const count = bulkEntries('agreed', before.review!).length;
    expect(count).toBe(ITEMS.length - 4);
    const after = run(before, { type: 'applyBulk', kind: 'agreed' });
    expect(bulkEntries('agreed', after.review!)).toEqual([]);
    expect(after.dirty).toBe(true);
    expect(after.bulkUndo?.changes).toHaveLength(count);
    const undone = run(after, { type: 'undoBulk' });
    expect(undone.review!.items).toEqual(before.review!.items);
    expect(undone.bulkUndo).toBeNull();
  });

  it('undo leaves an item changed after the step as it was changed', () => {
    const after = run(scored(), { type: 'applyBulk', kind: 'agreed' });
    const changed = ITEMS[10]!.id;
    const edited = run(
      after,
      { type: 'setConsensus', itemId: changed, score: 2 },
      { type: 'setText', itemId: ITEMS[11]!.id, field: 'evidence', value: 'Sett i journal.' },
    );
    expect(undoable(edited.review!, edited.bulkUndo!)).toHaveLength(after.bulkUndo!.changes.length - 1);
    const undone = run(edited, { type: 'undoBulk' });
    expect(undone.review!.items[changed]!.consensus).toBe(2);
    expect(undone.review!.items[ITEMS[11]!.id]!.consensus).toBeNull();
    expect(undone.review!.items[ITEMS[11]!.id]!.evidence).toBe('Sett i journal.');
  });

  it('does nothing when nothing is agreed, and nothing to a review already in the history', () => {
    const empty = reduce(initialState(), {
      type: 'openReview',
      review: reviewFromForm({ service: 'S', team: 'T', date: '2025-09-01', sheet: '', raters: ['K', 'O'] }, 'x'),
      sheet: 'X',
      isNew: true,
    });
    expect(run(empty, { type: 'applyBulk', kind: 'agreed' })).toBe(empty);
    const sample = sampleReview();
    const values = [historyHeader('nb'), historyRowValues(historyRow(sample), 'nb')];
    const saved = reduce(initialState(), {
      type: 'openReview',
      review: sample,
      sheet: 'S',
      isNew: false,
      history: { sheet: 'IPS-historikk', exists: true, rows: readHistory(values) },
    });
    expect(isInHistory(saved)).toBe(true);
    expect(run(saved, { type: 'applyBulk', kind: 'agreed' })).toBe(saved);
  });
});

describe('«Bekreft alle uendrede» (issue 11 #9)', () => {
  function repeat(): AppState {
    const previous = sampleReview();
    const review = startRepeatReview(previous, { id: 'rev-2', date: '2026-03-02', raters: previous.raters });
    return reduce(initialState({ language: 'nb' }), {
      type: 'openReview',
      review,
      sheet: 'IPS 2',
      isNew: true,
      previous,
    });
  }

  it('confirms every previous score still waiting in one step instead of 25, each noted as held constant', () => {
    let state = repeat();
    state = run(state, { type: 'setConsensus', itemId: ITEMS[0]!.id, score: 1 });
    const waiting = pendingSuggestions(state.review!);
    expect(waiting).toHaveLength(ITEMS.length - 1);
    const after = run(state, { type: 'applyBulk', kind: 'unchanged' });
    expect(pendingSuggestions(after.review!)).toEqual([]);
    for (const itemId of waiting) {
      const record = after.review!.items[itemId]!;
      expect(record.consensus).toBe(record.suggested!.score);
      expect(record.consensusNote).toContain('Holdt konstant');
    }
    // The item the evaluators changed keeps their score.
    expect(after.review!.items[ITEMS[0]!.id]!.consensus).toBe(1);
    const undone = run(after, { type: 'undoBulk' });
    expect(pendingSuggestions(undone.review!)).toEqual(waiting);
    expect(undone.review!.items[ITEMS[1]!.id]!.consensusNote).toBe('');
  });

  it('English notes when the pane is in English', () => {
    const review = applyBulk('unchanged', repeat().review!, 'en').review;
    expect(review.items[ITEMS[2]!.id]!.consensusNote).toContain('Held constant');
  });
});
