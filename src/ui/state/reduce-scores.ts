import type { CellValue } from '../../core/cells';
import { followedScores, isWiredScoreSheet } from '../../core/sheets/score-sheet';
import { effectiveScore } from '../../core/review/corrections';
import { markNotPersonalData } from '../../core/review/privacy';
import { confirmSuggestion } from '../../core/review/repeat';
import { applyBulk, undoBulk } from '../bulk';
import type { AppState, Action, WiredSheet } from './types';
import { isInHistory, newCorrection } from './selectors';
import { updateRecord, updateUi } from './update';

/** The open review's scores and texts: consensus, raters, components, suggestions, bulk steps. */
export type ScoresAction = Extract<
  Action,
  {
    readonly type:
      | 'setConsensus'
      | 'setRaterScore'
      | 'setText'
      | 'toggleComponent'
      | 'toggleCap'
      | 'confirmSuggestion'
      | 'applyBulk'
      | 'undoBulk'
      | 'markNotPersonalData'
      | 'scoreSheetRead';
  }
>;

export function reduceScores(state: AppState, action: ScoresAction): AppState {
  switch (action.type) {
    case 'setConsensus': {
      const review = state.review;
      if (!review || !review.items[action.itemId]) return state;
      if (isInHistory(state)) {
        // A saved review's score changes only by a correction with a reason, never silently.
        const now = effectiveScore(review, action.itemId);
        if (action.score === now) return state;
        if (action.score === null) return { ...state, notice: { kind: 'warning', text: (t) => t.correctionNoClear } };
        return { ...state, correction: newCorrection(action.itemId, action.score, state.today) };
      }
      return updateRecord(state, action.itemId, (record) => ({ ...record, consensus: action.score }));
    }
    case 'setRaterScore':
      return updateRecord(state, action.itemId, (record) => ({
        ...record,
        raterScores: { ...record.raterScores, [action.raterId]: action.score },
      }));
    case 'setText':
      return updateRecord(state, action.itemId, (record) => ({ ...record, [action.field]: action.value }));
    case 'toggleComponent': {
      const item = state.scale.items.find((candidate) => candidate.id === action.itemId);
      const count = item?.components?.length ?? 0;
      if (action.index < 0 || action.index >= count) return state;
      return updateRecord(state, action.itemId, (record) => {
        const components = Array.from({ length: count }, (_, i) => record.components?.[i] === true);
        components[action.index] = !components[action.index];
        return { ...record, components };
      });
    }
    case 'toggleCap':
      return updateUi(state, action.itemId, (ui) => ({
        ...ui,
        caps: { ...ui.caps, [action.capId]: !ui.caps[action.capId] },
      }));
    case 'confirmSuggestion': {
      const review = state.review;
      if (!review?.items[action.itemId]?.suggested) return state;
      return {
        ...state,
        dirty: true,
        review: confirmSuggestion(review, action.itemId, { language: state.language }, state.scale),
      };
    }
    case 'applyBulk': {
      // A review in the history changes only by corrections, one by one with a reason.
      if (!state.review || isInHistory(state)) return state;
      const applied = applyBulk(action.kind, state.review, state.language, state.scale);
      if (applied.undo.changes.length === 0) return state;
      return { ...state, review: applied.review, dirty: true, bulkUndo: applied.undo };
    }
    case 'undoBulk':
      if (!state.review || !state.bulkUndo) return state;
      return { ...state, review: undoBulk(state.review, state.bulkUndo), dirty: true, bulkUndo: null };
    case 'markNotPersonalData': {
      const marked = state.review ? markNotPersonalData(state.review, action.marks, action.date) : null;
      return marked && marked !== state.review ? { ...state, review: marked, dirty: true } : state;
    }
    case 'scoreSheetRead':
      return withScoreSheetRead(state, action.sheet, action.values);
  }
}

/**
 * The open review after its score sheet was read again: when the sheet is wired, every consensus
 * that follows a computed score takes the score the sheet shows now, and the values are
 * remembered as the wired sheet's (so a save keeps those cells following). A review already in
 * the history is not changed (its scores change only by a correction).
 */
function withScoreSheetRead(
  state: AppState,
  sheet: string,
  values: readonly (readonly CellValue[])[] | null,
): AppState {
  const review = state.review;
  if (!review || sheet !== state.sheet || !values || !isWiredScoreSheet(values)) return state;
  const before = state.wired && state.wired.sheet === sheet ? state.wired.values : [];
  const wired: WiredSheet = { sheet, values };
  if (isInHistory(state)) return { ...state, wired };
  const updates = Object.entries(followedScores(review, before, values, state.scale));
  if (updates.length === 0) return { ...state, wired };
  const items = { ...review.items };
  for (const [itemId, score] of updates) items[itemId] = { ...items[itemId]!, consensus: score };
  // The sheet already shows these scores: taking them over is no unsaved change.
  return { ...state, wired, review: { ...review, items } };
}
