import { correctSavedReview, effectiveScore } from '../../core/review/corrections';
import type { Review } from '../../core/review/model';
import { itemLabel } from '../../core/scale/registry';
import type { AppState, Action } from './types';
import { isInHistory, correctionProblems, newCorrection } from './selectors';
import { errorText } from './error-text';

/** A correction of a review already in the history: a new score with a reason and a date. */
export type CorrectionAction = Extract<
  Action,
  { readonly type: 'startCorrection' | 'correctionField' | 'cancelCorrection' | 'confirmCorrection' }
>;

export function reduceCorrection(state: AppState, action: CorrectionAction): AppState {
  switch (action.type) {
    case 'startCorrection':
      if (!state.review || !isInHistory(state)) return state;
      return { ...state, correction: newCorrection(action.itemId, action.score, state.today) };
    case 'correctionField':
      return state.correction
        ? { ...state, correction: { ...state.correction, [action.field]: action.value, error: null } }
        : state;
    case 'cancelCorrection':
      return { ...state, correction: null };
    case 'confirmCorrection': {
      const correction = state.correction;
      const review = state.review;
      if (!correction || !review) return state;
      const submitted = { ...correction, submitted: true, error: null };
      if (correctionProblems(correction, review).length > 0) return { ...state, correction: submitted };
      let corrected: Review;
      try {
        corrected = correctSavedReview(
          review,
          correction.itemId,
          correction.score,
          correction.reason,
          correction.date.trim(),
          state.scale,
        );
      } catch (error) {
        return { ...state, correction: { ...submitted, error: errorText(error) } };
      }
      const from = effectiveScore(review, correction.itemId);
      const item = state.scale.items.find((candidate) => candidate.id === correction.itemId);
      const { [correction.itemId]: _done, ...unrecorded } = state.unrecorded;
      return {
        ...state,
        review: corrected,
        dirty: true,
        correction: null,
        unrecorded,
        notice: {
          kind: 'success',
          text: (t) =>
            t.correctionRecorded(
              item ? itemLabel(item, state.language, state.scale) : correction.itemId,
              from === null ? '–' : String(from),
              correction.score,
            ),
        },
      };
    }
  }
}
