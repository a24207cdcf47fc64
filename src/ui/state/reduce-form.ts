import type { AppState, Action } from './types';
import { emptyForm } from './initial';

/** The start screen: language, the new-review form, the list of score sheets, a repeat review set up. */
export type FormAction = Extract<
  Action,
  {
    readonly type:
      | 'setLanguage'
      | 'formField'
      | 'raterName'
      | 'addRater'
      | 'removeRater'
      | 'formSubmitted'
      | 'sheetsLoading'
      | 'sheetsLoaded'
      | 'sheetsFailed'
      | 'startRepeat'
      | 'cancelRepeat';
  }
>;

export function reduceForm(state: AppState, action: FormAction): AppState {
  switch (action.type) {
    case 'setLanguage':
      return { ...state, language: action.language };
    case 'formField':
      return { ...state, form: { ...state.form, [action.field]: action.value } };
    case 'raterName':
      return {
        ...state,
        form: { ...state.form, raters: state.form.raters.map((name, i) => (i === action.index ? action.value : name)) },
      };
    case 'addRater':
      return { ...state, form: { ...state.form, raters: [...state.form.raters, ''] } };
    case 'removeRater':
      return state.form.raters.length <= 1
        ? state
        : { ...state, form: { ...state.form, raters: state.form.raters.filter((_, i) => i !== action.index) } };
    case 'formSubmitted':
      return { ...state, formSubmitted: true };
    case 'sheetsLoading':
      return { ...state, sheets: { status: 'loading' } };
    case 'sheetsLoaded':
      return {
        ...state,
        sheets: {
          status: 'ready',
          sheets: action.sheets,
          history: action.history ?? null,
          names: action.names ?? action.sheets.map((entry) => entry.sheet),
        },
      };
    case 'sheetsFailed':
      return { ...state, sheets: { status: 'error', message: action.message } };
    case 'startRepeat': {
      const names = action.previous.raters.map((rater) => rater.name);
      return {
        ...state,
        repeatOf: { sheet: action.sheet, review: action.previous },
        form: {
          service: action.previous.service,
          team: action.previous.team,
          date: state.today > action.previous.date ? state.today : '',
          sheet: '',
          raters: names.length >= 2 ? names : [...names, ...new Array<string>(2 - names.length).fill('')],
        },
        formSubmitted: false,
      };
    }
    case 'cancelRepeat':
      return { ...state, repeatOf: null, form: emptyForm(state.today), formSubmitted: false };
  }
}
