import type { AppState, Action } from './types';

/** What the pane is doing and telling: busy, saved, the notice, the report options, the history, the evidence log, the outcomes. */
export type SessionAction = Extract<
  Action,
  {
    readonly type: 'busy' | 'saved' | 'notice' | 'reportOption' | 'historyLoaded' | 'evidenceLoaded' | 'outcomesLoaded';
  }
>;

export function reduceSession(state: AppState, action: SessionAction): AppState {
  switch (action.type) {
    case 'busy':
      return { ...state, busy: action.busy, busyWith: action.busy ? (action.operation ?? null) : null };
    case 'saved':
      return { ...state, dirty: false, sheet: action.sheet };
    case 'notice':
      return { ...state, notice: action.notice };
    case 'reportOption':
      return {
        ...state,
        reportOptions: {
          includeFours: action.includeFours ?? state.reportOptions.includeFours,
          roster: action.roster ?? state.reportOptions.roster,
          showHtml: action.showHtml ?? state.reportOptions.showHtml,
        },
      };
    case 'historyLoaded':
      return { ...state, history: action.history };
    case 'evidenceLoaded':
      return { ...state, evidence: action.evidence };
    case 'outcomesLoaded':
      return { ...state, outcomes: action.outcomes };
  }
}
