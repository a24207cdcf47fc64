import { reduceForm } from './reduce-form';
import { reduceNavigation } from './reduce-navigation';
import { reduceScores } from './reduce-scores';
import { reduceCalculator } from './reduce-calculator';
import { reduceCorrection } from './reduce-correction';
import { reduceSession } from './reduce-session';
import type { Action, AppState } from './types';

/** Every action to the reducer of its group (a new action without one does not compile). */
const REDUCERS: {
  readonly [Type in Action['type']]: (state: AppState, action: Extract<Action, { type: Type }>) => AppState;
} = {
  setLanguage: reduceForm,
  formField: reduceForm,
  raterName: reduceForm,
  addRater: reduceForm,
  removeRater: reduceForm,
  formSubmitted: reduceForm,
  sheetsLoading: reduceForm,
  sheetsLoaded: reduceForm,
  sheetsFailed: reduceForm,
  startRepeat: reduceForm,
  cancelRepeat: reduceForm,
  openReview: reduceNavigation,
  backToStart: reduceNavigation,
  setView: reduceNavigation,
  goto: reduceNavigation,
  next: reduceNavigation,
  previous: reduceNavigation,
  setRaterMode: reduceNavigation,
  setAgreementPair: reduceNavigation,
  setConsensus: reduceScores,
  setRaterScore: reduceScores,
  setText: reduceScores,
  toggleComponent: reduceScores,
  toggleCap: reduceScores,
  confirmSuggestion: reduceScores,
  applyBulk: reduceScores,
  undoBulk: reduceScores,
  markNotPersonalData: reduceScores,
  scoreSheetRead: reduceScores,
  calcScalar: reduceCalculator,
  calcCell: reduceCalculator,
  calcPaste: reduceCalculator,
  calcAddRow: reduceCalculator,
  calcRemoveRow: reduceCalculator,
  calcClear: reduceCalculator,
  calcResult: reduceCalculator,
  startCorrection: reduceCorrection,
  correctionField: reduceCorrection,
  cancelCorrection: reduceCorrection,
  confirmCorrection: reduceCorrection,
  busy: reduceSession,
  saved: reduceSession,
  notice: reduceSession,
  reportOption: reduceSession,
  historyLoaded: reduceSession,
  evidenceLoaded: reduceSession,
  outcomesLoaded: reduceSession,
};

/**
 * The pane's one reducer: every change to its state, pure, so the logic is tested without a DOM.
 * Nothing here ever fills in or averages a score: scores change only by an explicit action.
 */
export function reduce(state: AppState, action: Action): AppState {
  const reducer = REDUCERS[action.type] as (state: AppState, action: Action) => AppState;
  return reducer(state, action);
}
