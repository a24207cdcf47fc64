import { isWiredScoreSheet } from '../../core/sheets/score-sheet';
import { firstUnscoredForRater } from '../workflow';
import type { AppState, Action } from './types';
import { emptyForm, DEFAULT_REPORT_OPTIONS } from './initial';
import { agreementPair } from './selectors';
import { moving, clampIndex } from './update';

/** Opening and leaving a review, and moving between its items and views. */
export type NavigationAction = Extract<
  Action,
  {
    readonly type:
      'openReview' | 'backToStart' | 'setView' | 'goto' | 'next' | 'previous' | 'setRaterMode' | 'setAgreementPair';
  }
>;

export function reduceNavigation(state: AppState, action: NavigationAction): AppState {
  switch (action.type) {
    case 'openReview':
      return {
        ...state,
        screen: 'review',
        view: 'item',
        review: action.review,
        sheet: action.sheet,
        itemIndex: 0,
        // A new review exists only in the pane until it is saved.
        dirty: action.isNew,
        itemUi: {},
        formSubmitted: false,
        notice: null,
        raterId: null,
        agreementPair: null,
        previous: action.previous ?? null,
        history: action.history ?? (state.sheets.status === 'ready' ? (state.sheets.history ?? null) : null),
        correction: null,
        unrecorded: action.unrecorded ?? {},
        repeatOf: null,
        reportOptions: { ...DEFAULT_REPORT_OPTIONS, roster: state.reportOptions.roster },
        wired:
          action.values && isWiredScoreSheet(action.values) ? { sheet: action.sheet, values: action.values } : null,
        bulkUndo: null,
        evidence: action.evidence ?? null,
      };
    case 'backToStart':
      return {
        ...state,
        screen: 'start',
        view: 'item',
        review: null,
        sheet: '',
        dirty: false,
        itemUi: {},
        form: emptyForm(state.form.date),
        formSubmitted: false,
        notice: null,
        raterId: null,
        agreementPair: null,
        previous: null,
        correction: null,
        unrecorded: {},
        repeatOf: null,
        reportOptions: { ...DEFAULT_REPORT_OPTIONS, roster: state.reportOptions.roster },
        wired: null,
        bulkUndo: null,
      };
    case 'setView':
      if (action.view === 'rater' && !state.raterId) return state;
      return { ...moving(state), view: action.view, raterId: action.view === 'rater' ? state.raterId : null };
    case 'goto':
      return {
        ...moving(state),
        view: state.view === 'rater' ? 'rater' : 'item',
        itemIndex: clampIndex(state, action.index),
      };
    case 'next':
      return { ...moving(state), itemIndex: clampIndex(state, state.itemIndex + 1) };
    case 'previous':
      return { ...moving(state), itemIndex: clampIndex(state, state.itemIndex - 1) };
    case 'setRaterMode': {
      const review = state.review;
      if (action.raterId === null) return { ...moving(state), raterId: null, view: 'consensus' };
      if (!review?.raters.some((rater) => rater.id === action.raterId)) return state;
      return {
        ...moving(state),
        raterId: action.raterId,
        view: 'rater',
        itemIndex: firstUnscoredForRater(review, action.raterId, state.scale),
      };
    }
    case 'setAgreementPair': {
      const pair = agreementPair(state);
      if (!pair) return state;
      const next: [string, string] = [pair[0], pair[1]];
      next[action.index] = action.raterId;
      return { ...state, agreementPair: next };
    }
  }
}
