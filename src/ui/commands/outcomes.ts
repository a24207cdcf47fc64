/**
 * Pane commands for the outcomes beside fidelity (issue 12): create the «Resultater» input sheet,
 * read it into the supervisor indicators per specialist and the employment-rate series, and write
 * the outcome charts (the employment rate per quarter with its benchmark bands) beside fidelity.
 */
import { tableSheetPlan } from '../../core/inputs/tables';
import { employmentSeries, type EmploymentSeries } from '../../core/outcomes/employment-series';
import { RESULTS_TABLE, readResultsRows, type ResultsRow } from '../../core/outcomes/results-table';
import {
  latestIndicators,
  specialistIndicators,
  type SpecialistIndicator,
} from '../../core/outcomes/specialist-indicators';
import type { CellValue } from '../../core/cells';
import { allServicesEmploymentCharts, serviceEmploymentCharts } from '../../core/outcomes/charts';
import type { Language, Text } from '../../core/text';
import { findConflicts, type Conflict, type SheetPlan } from '../../core/workbook/plan';
import { writeWithConsent, type Workbook, type WriteOutcome } from '../../core/workbook/workbook';
import { errorText, type OutcomesSnapshot } from '../state';
import { cycleStrings, inLanguage, languageOf as languageOfStrings } from '../strings/cycle';
import { reviewSheetNames } from '../workflow';
import type { PaneCommandContext } from './pane';

/** «Resultater»: the input sheet with its headers, help row, formats and validations; a user's cells are asked about. */
export function createResultsSheet(
  workbook: Workbook,
  language: Language,
  confirm: (conflicts: readonly Conflict[]) => Promise<boolean>,
): Promise<WriteOutcome> {
  return writeWithConsent(workbook, [tableSheetPlan(RESULTS_TABLE, language)], confirm);
}

export interface OutcomesRead {
  /** False when the workbook has no «Resultater» sheet yet. */
  readonly present: boolean;
  readonly rows: readonly ResultsRow[];
  readonly indicators: readonly SpecialistIndicator[];
  readonly series: readonly EmploymentSeries[];
}

/** Reads «Resultater» (either language's sheet name); a row that cannot be read is #VALUE! naming it. */
export async function readOutcomes(workbook: Workbook, language: Language): Promise<OutcomesRead> {
  const names = [RESULTS_TABLE.sheet[language], RESULTS_TABLE.sheet[language === 'nb' ? 'en' : 'nb']];
  const [own, other] = await workbook.readSheets(names);
  const values = own ?? other ?? null;
  const rows = readResultsRows(values);
  return { present: values !== null, rows, indicators: specialistIndicators(rows), series: employmentSeries(rows) };
}

/** Whether a cell read back shows the planned value (numbers and dates may come back as text). */
function sameShown(existing: unknown, planned: unknown): boolean {
  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());
  return text(existing) === text(planned);
}

/**
 * The conflicts of an outcome data table: none where the cells hold the pane's own table from an
 * earlier write (its title and header in place: it is regenerated, quarter rows included);
 * otherwise every cell of the user's that would change.
 */
export function outcomeTableConflicts(plan: SheetPlan, existing: CellValue[][] | null): Conflict[] {
  const planned = plan.blocks[0]?.values ?? [];
  const own =
    existing !== null &&
    planned.length >= 2 &&
    [0, 1].every((row) => planned[row]!.every((value, index) => sameShown(existing[row]?.[index], value)));
  return own ? [] : findConflicts(plan, existing);
}

/** The pane's button for writeOutcomeCharts, and its tooltip. */
export const OUTCOME_CHARTS_LABEL: Text = { nb: 'Lag resultatdiagram', en: 'Make outcome charts' };
export const OUTCOME_CHARTS_HINT: Text = {
  nb: 'Tegner andelen i ordinært arbeid per kvartal fra «Resultater» under totalskåren over tid, og for alle tjenester i oversikten.',
  en: 'Draws the employment rate per quarter from “Results” under the total score over time, and for all services on the overview.',
};

export interface OutcomeChartsOutcome {
  /** Whether the data and charts were written (false: nothing to draw, or the user kept their cells). */
  readonly written: boolean;
  /** The sheets that got an outcome chart. */
  readonly sheets: readonly string[];
  readonly message: Text;
}

const sameService = (a: string, b: string) => a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');

/**
 * «Vis resultater»: the employment rate per quarter of `service` on its chart sheet, under the
 * fidelity total over time, and — when «Resultater» holds several services — all services'
 * together on the overview. The data tables go through writeWithConsent (a user's own cells there
 * are asked about); then the charts, in the pane's language. Two reads, one write, one chart write.
 */
export async function writeOutcomeCharts(
  workbook: Workbook,
  options: {
    readonly language: Language;
    readonly service: string;
    readonly names: { readonly charts: string; readonly overview: string };
  },
  confirm: (conflicts: readonly Conflict[]) => Promise<boolean>,
): Promise<OutcomeChartsOutcome> {
  const { language, names } = options;
  const read = await readOutcomes(workbook, language);
  const own = read.series.find((series) => series.service !== '' && sameService(series.service, options.service));
  const services = read.series.filter((series) => series.service !== '').length;
  const outputs = [
    ...(own ? [serviceEmploymentCharts(own, { sheet: names.charts, language })] : []),
    ...(services > 1 ? [allServicesEmploymentCharts(read.series, { sheet: names.overview, language })] : []),
  ];
  if (outputs.length === 0) {
    return {
      written: false,
      sheets: [],
      message: read.present
        ? {
            nb: `«${RESULTS_TABLE.sheet.nb}» har ingen rader for «${options.service}» ennå.`,
            en: `“${RESULTS_TABLE.sheet.en}” has no rows for “${options.service}” yet.`,
          }
        : {
            nb: `Lag arket «${RESULTS_TABLE.sheet.nb}» og fyll inn resultatene per kvartal først.`,
            en: `Create the “${RESULTS_TABLE.sheet.en}” sheet and fill in the results per quarter first.`,
          },
    };
  }
  const data = await writeWithConsent(
    workbook,
    outputs.map((output) => output.data),
    confirm,
    { conflictsOf: (plan, existing) => outcomeTableConflicts(plan, existing) },
  );
  if (!data.written) {
    return {
      written: false,
      sheets: [],
      message: {
        nb: 'Ingenting er endret: cellene under diagrammene er beholdt.',
        en: 'Nothing was changed: the cells under the charts were kept.',
      },
    };
  }
  await workbook.writeCharts(
    outputs.map((output) => output.chart),
    language,
  );
  const sheets = outputs.map((output) => output.data.sheet);
  return {
    written: true,
    sheets,
    message: {
      nb: `Andel i arbeid per kvartal står i ${sheets.map((sheet) => `«${sheet}»`).join(' og ')}.`,
      en: `The employment rate per quarter is on ${sheets.map((sheet) => `“${sheet}”`).join(' and ')}.`,
    },
  };
}

/** The pane's button for createResultsSheet, and its tooltip. */
export const RESULTS_SHEET_LABEL: Text = { nb: 'Sett inn «Resultater»', en: 'Insert “Results”' };
export const RESULTS_SHEET_HINT: Text = {
  nb: 'Setter inn arket «Resultater»: én rad per tjeneste og kvartal med antall som fikk tjenester, antall i ordinært arbeid og jobbstarter.',
  en: 'Inserts the “Results” sheet: one row per service and quarter with the number served, the number in competitive work and job starts.',
};

/**
 * «Lag resultatdiagram» in the pane: writeOutcomeCharts for the open review's service, the user
 * asked before their cells are overwritten; then the chart sheet in front and what happened said.
 */
export async function outcomeChartsInPane(pane: PaneCommandContext): Promise<void> {
  const state = pane.state();
  if (!state.review || state.busy) return;
  const { language } = state;
  pane.dispatch({ type: 'busy', busy: true, operation: 'outcomes' });
  try {
    const outcome = await writeOutcomeCharts(
      pane.workbook,
      { language, service: state.review.service, names: reviewSheetNames(state.review, language) },
      (conflicts) => pane.confirm(conflicts),
    );
    pane.notify(outcome.written ? 'success' : 'info', inLanguage(outcome.message));
    if (outcome.written && outcome.sheets[0]) await pane.workbook.activate(outcome.sheets[0]);
  } catch (error) {
    const message = errorText(error);
    pane.notify('error', (t) => `${t.hostError}: ${message}`);
  } finally {
    pane.dispatch({ type: 'busy', busy: false });
  }
}

/**
 * «Sett inn «Resultater»»: the outcome input sheet (createResultsSheet; a user's own rows stay,
 * cells they changed in its header are asked about), brought to the front. A «Results» sheet in
 * the other language is used as it is.
 */
export async function insertResultsSheetInPane(pane: PaneCommandContext): Promise<void> {
  const state = pane.state();
  if (state.busy) return;
  const { language } = state;
  const own = RESULTS_TABLE.sheet[language];
  const other = RESULTS_TABLE.sheet[language === 'nb' ? 'en' : 'nb'];
  pane.dispatch({ type: 'busy', busy: true, operation: 'results' });
  try {
    const sheets = await pane.workbook.listSheets();
    if (!sheets.includes(own) && sheets.includes(other)) {
      await pane.workbook.activate(other);
      pane.notify('info', (t) => cycleStrings(languageOfStrings(t)).resultsThere(other));
      return;
    }
    const outcome = await createResultsSheet(pane.workbook, language, (conflicts) => pane.confirm(conflicts));
    if (!outcome.written) {
      pane.notify('warning', (t) => t.notSaved);
      return;
    }
    await pane.workbook.activate(own);
    pane.notify('success', (t) => cycleStrings(languageOfStrings(t)).resultsInserted(own));
  } catch (error) {
    const message = errorText(error);
    pane.notify('error', (t) => `${t.hostError}: ${message}`);
  } finally {
    pane.dispatch({ type: 'busy', busy: false });
  }
}

/** The pane's button for specialistIndicatorsInPane, and its tooltip. */
export const INDICATORS_LABEL: Text = {
  nb: 'Vis indikatorer per jobbspesialist',
  en: 'Show indicators per specialist',
};
export const INDICATORS_HINT: Text = {
  nb: 'Leser «Resultater» og viser for hver jobbspesialist siste kvartals jobbstarter, andel i arbeid og hva håndboken sier lederen skal gjøre.',
  en: 'Reads “Results” and shows for each specialist the last quarter’s job starts, share employed and what the manual says the supervisor does.',
};

/** The indicators of a read for the pane: per service its last quarter with per-specialist rows. */
export function outcomesSnapshot(read: Pick<OutcomesRead, 'present' | 'indicators'>): OutcomesSnapshot {
  return { present: read.present, groups: latestIndicators(read.indicators) };
}

/**
 * «Vis indikatorer per jobbspesialist»: reads «Resultater» (nothing is written) into the state, so
 * the history card lists each specialist's last quarter; a row that cannot be read is shown there.
 */
export async function specialistIndicatorsInPane(pane: PaneCommandContext): Promise<void> {
  const state = pane.state();
  if (state.busy) return;
  pane.dispatch({ type: 'busy', busy: true, operation: 'indicators' });
  try {
    const read = await readOutcomes(pane.workbook, state.language);
    if (!pane.destroyed()) pane.dispatch({ type: 'outcomesLoaded', outcomes: outcomesSnapshot(read) });
  } catch (error) {
    const message = errorText(error);
    if (!pane.destroyed())
      pane.dispatch({ type: 'outcomesLoaded', outcomes: { present: true, groups: [], error: message } });
  } finally {
    pane.dispatch({ type: 'busy', busy: false });
  }
}
