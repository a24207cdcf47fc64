import { OVERVIEW_CHART_ID, TOTAL_OVER_TIME_CHART_ID } from '../../core/history/charts';
import type { Text } from '../../core/text';
import type { Workbook } from '../../core/workbook/workbook';
import { errorText } from '../state';
import { inLanguage } from '../strings/cycle';
import { reviewSheetNames } from '../workflow';
import type { PaneCommandContext } from './pane';

/** The pane's button that brings the charts into view. */
export const SHOW_CHARTS_LABEL: Text = { nb: 'Vis diagrammer', en: 'Show charts' };
/** Its tooltip / accessible description. */
export const SHOW_CHARTS_HINT: Text = {
  nb: 'Åpner arket med diagrammene for denne tjenesten og markerer diagrammet over totalskår.',
  en: 'Opens the sheet with this service’s charts and selects the total score chart.',
};

export interface ShowChartsOutcome {
  /** Which chart was brought into view: this service's total over time, the overview, or none. */
  readonly shown: 'service' | 'overview' | null;
  /** The sheet now in front (null when no chart sheet was found). */
  readonly sheet: string | null;
  /** What the pane says afterwards. */
  readonly message: Text;
}

/**
 * «Vis diagrammer»: brings this service's total-over-time chart into view (its sheet in front,
 * the chart selected; in Sheets the chart's anchor cell). Without it (no history saved for this
 * service yet), the overview of all services is shown if it has its chart. One host call per
 * sheet tried.
 */
export async function showCharts(
  workbook: Pick<Workbook, 'showChart'>,
  names: { readonly charts: string; readonly overview: string },
): Promise<ShowChartsOutcome> {
  if (await workbook.showChart(names.charts, TOTAL_OVER_TIME_CHART_ID)) {
    return {
      shown: 'service',
      sheet: names.charts,
      message: {
        nb: `Diagrammene står øverst til venstre i «${names.charts}».`,
        en: `The charts are at the top left of “${names.charts}”.`,
      },
    };
  }
  if (await workbook.showChart(names.overview, OVERVIEW_CHART_ID)) {
    return {
      shown: 'overview',
      sheet: names.overview,
      message: {
        nb: `Denne tjenesten har ingen diagrammer ennå; her er oversikten over alle tjenester i «${names.overview}».`,
        en: `This service has no charts yet; here is the overview of all services on “${names.overview}”.`,
      },
    };
  }
  return {
    shown: null,
    sheet: null,
    message: {
      nb: 'Ingen diagrammer ennå. Lagre evalueringen i historikken, så lages diagrammene.',
      en: 'No charts yet. Save the review to the history, and the charts are made.',
    },
  };
}

/**
 * «Vis diagrammer» in the pane: showCharts for the open review's chart sheet (or the overview),
 * then what happened as a notice — success when a chart is in front, info when there is none yet.
 */
export async function showChartsInPane(pane: PaneCommandContext): Promise<void> {
  const state = pane.state();
  if (!state.review || state.busy) return;
  pane.dispatch({ type: 'busy', busy: true, operation: 'charts' });
  try {
    const outcome = await showCharts(pane.workbook, reviewSheetNames(state.review, state.language));
    pane.notify(outcome.shown ? 'success' : 'info', inLanguage(outcome.message));
  } catch (error) {
    const message = errorText(error);
    pane.notify('error', (t) => `${t.hostError}: ${message}`);
  } finally {
    pane.dispatch({ type: 'busy', busy: false });
  }
}
