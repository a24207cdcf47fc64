import { describe, expect, test } from 'vitest';
import { setConsensus } from '../../../src/core/review/consensus';
import {
  correctionsFor,
  correctSavedReview,
  effectiveScore,
  effectiveScores,
} from '../../../src/core/review/corrections';
import { consensusScores, ReviewSchema } from '../../../src/core/review/model';
import {
  confirmSuggestion,
  heldConstant,
  pendingSuggestions,
  repeatWarnings,
  startRepeatReview,
  suggestedScore,
} from '../../../src/core/review/repeat';
import { sampleReview, SAMPLE_SCORES } from '../../../src/core/review/sample';
import { totalScore } from '../../../src/core/totals';
import { deepFreeze, id } from './helpers';

const raters = [
  { id: 'r1', name: 'Jan Jansen' },
  { id: 'r2', name: 'Britt Larsen' },
];

describe('repeat reviews: previous scores are suggestions, not consensus', () => {
  const previous = deepFreeze(sampleReview());
  const repeat = startRepeatReview(previous, { id: 'sample-2025-12-10', date: '2025-12-10', raters });

  test('same service and team, linked to the previous review, raters blank', () => {
    expect(repeat).toMatchObject({
      service: previous.service,
      team: previous.team,
      previousReviewId: previous.id,
      date: '2025-12-10',
    });
    expect(repeat.raters).toEqual(raters);
    expect(
      Object.values(repeat.items).every((record) => Object.values(record.raterScores).every((score) => score === null)),
    ).toBe(true);
    expect(ReviewSchema.safeParse(repeat).success).toBe(true);
  });

  test('every item offers the previous score; none counts until confirmed', () => {
    expect(suggestedScore(repeat, id(4))).toBe(2);
    expect(repeat.items[id(4)]!.suggested).toEqual({ score: 2, reviewId: previous.id, date: previous.date });
    expect(Object.values(consensusScores(repeat)).every((score) => score === null)).toBe(true);
    expect(pendingSuggestions(repeat)).toHaveLength(25);
    expect(() => totalScore(consensusScores(repeat))).toThrow(/incomplete: 25/);
  });

  test('confirmSuggestion holds the score constant, with a note naming the previous date', () => {
    const confirmed = confirmSuggestion(deepFreeze(repeat), id(4));
    expect(confirmed.items[id(4)]).toMatchObject({
      consensus: 2,
      consensusNote: 'Holdt konstant fra forrige evaluering (2025-06-07): ingen endringer.',
    });
    expect(heldConstant(confirmed, id(4))).toBe(true);
    expect(pendingSuggestions(confirmed)).toHaveLength(24);
    expect(repeat.items[id(4)]!.consensus).toBeNull();
    expect(confirmSuggestion(repeat, id(4), { language: 'en' }).items[id(4)]!.consensusNote).toMatch(/^Held constant/);
    expect(confirmSuggestion(repeat, id(4), { note: 'Uendret.' }).items[id(4)]!.consensusNote).toBe('Uendret.');
  });

  test('confirming every suggestion reproduces the previous total', () => {
    let review = repeat;
    for (const itemId of pendingSuggestions(review)) review = confirmSuggestion(review, itemId);
    expect(totalScore(consensusScores(review)).total).toBe(103);
    expect(repeatWarnings(review)).toEqual([]);
  });

  test('a changed score without a note or evidence is flagged; pending suggestions too', () => {
    const changed = setConsensus(repeat, id(4), 4);
    const warnings = repeatWarnings(changed);
    expect(warnings.map((w) => w.code)).toEqual(['suggestionPending', 'changedWithoutNote']);
    expect(warnings[1]!.itemIds).toEqual([id(4)]);
    expect(heldConstant(changed, id(4))).toBe(false);
    const explained = setConsensus(repeat, id(4), 4, 'Hver jobbspesialist er nå tilknyttet ett team.');
    expect(repeatWarnings(explained).map((w) => w.code)).toEqual(['suggestionPending']);
  });

  test('refusals: same id, not later, unknown item, nothing to confirm', () => {
    expect(() => startRepeatReview(previous, { id: previous.id, date: '2025-12-10', raters })).toThrow(/own id/);
    expect(() => startRepeatReview(previous, { id: 'x', date: '2025-06-07', raters })).toThrow(/must be after/);
    expect(() => confirmSuggestion(repeat, 'nope')).toThrow(/unknown item/);
    const blank = startRepeatReview(
      { ...previous, items: { ...previous.items, [id(1)]: { ...previous.items[id(1)]!, consensus: null } } },
      { id: 'x', date: '2026-01-01', raters },
    );
    expect(() => confirmSuggestion(blank, id(1))).toThrow(/no suggested score/);
  });

  test("the suggestions are the previous review's effective (corrected) scores", () => {
    const corrected = correctSavedReview(
      previous,
      id(4),
      3,
      'Gjennomsnittet per jobbspesialist er 3, ikke 2.',
      '2025-12-01',
    );
    const next = startRepeatReview(corrected, { id: 'y', date: '2025-12-10', raters });
    expect(suggestedScore(next, id(4))).toBe(3);
  });
});

describe('corrections to a saved review', () => {
  const saved = deepFreeze(sampleReview());

  test('appended with the previous score, reason and date; the original stays', () => {
    const corrected = correctSavedReview(
      saved,
      id(4),
      3,
      '  Ett team for én JS gir 5, tre team gir 2: (5+2+2)/3 = 3.  ',
      '2025-12-01',
    );
    expect(corrected.corrections).toEqual([
      {
        itemId: id(4),
        previous: 2,
        corrected: 3,
        reason: 'Ett team for én JS gir 5, tre team gir 2: (5+2+2)/3 = 3.',
        date: '2025-12-01',
      },
    ]);
    expect(corrected.items[id(4)]!.consensus).toBe(2);
    expect(saved.corrections).toEqual([]);
    expect(effectiveScore(corrected, id(4))).toBe(3);
    expect(effectiveScore(corrected, id(5))).toBe(3);
    expect(totalScore(effectiveScores(corrected)).total).toBe(104);
    expect(totalScore(consensusScores(corrected)).total).toBe(103);
    expect(ReviewSchema.safeParse(corrected).success).toBe(true);
  });

  test('the effective score is the last correction', () => {
    const once = correctSavedReview(saved, id(4), 3, 'første', '2025-12-01');
    const twice = correctSavedReview(once, id(4), 4, 'andre', '2025-12-02');
    expect(effectiveScore(twice, id(4))).toBe(4);
    expect(correctionsFor(twice, id(4)).map((c) => [c.previous, c.corrected])).toEqual([
      [2, 3],
      [3, 4],
    ]);
  });

  test('never silently: a reason is required, and a no-op or back-dated correction is refused', () => {
    expect(() => correctSavedReview(saved, id(4), 3, '   ', '2025-12-01')).toThrow(/needs a reason/);
    expect(() => correctSavedReview(saved, id(4), 2, 'samme', '2025-12-01')).toThrow(/already 2/);
    expect(() => correctSavedReview(saved, id(4), 3, 'før evalueringen', '2025-01-01')).toThrow(
      /before the review date/,
    );
    expect(() => correctSavedReview(saved, id(4), 3, 'umulig dato', '2025-02-30')).toThrow(/date/);
    expect(() => correctSavedReview(saved, id(4), 3, 'format', '01.12.2025')).toThrow(/yyyy-mm-dd/);
    expect(() => correctSavedReview(saved, 'nope', 3, 'x', '2025-12-01')).toThrow(/unknown item/);
    const once = correctSavedReview(saved, id(4), 3, 'første', '2025-12-05');
    expect(() => correctSavedReview(once, id(4), 4, 'tidligere', '2025-12-01')).toThrow(/previous correction/);
  });

  test('the sample is unchanged by all of this', () => {
    expect(Object.values(consensusScores(saved))).toEqual([...SAMPLE_SCORES]);
  });
});
