/**
 * The pane's words for what was wired in after the restructuring (issue 11 #11, issue 12, issue
 * 14): the charts and outcome buttons, the export's outcome, the version line, the review plan on
 * the start screen, the review's preparation sheets and the evidence log's coverage; bokmål and
 * English. The labels written beside their commands (SHOW_CHARTS_LABEL in commands/charts.ts,
 * OUTCOME_CHARTS_LABEL in commands/outcomes.ts) are used from there.
 */
import type { Language, Text } from '../../core/text';
import { STRINGS, type Strings } from './index';

/** The language of a set of the pane's strings (a notice's text is resolved at render time). */
export function languageOf(s: Strings): Language {
  return s === STRINGS.en ? 'en' : 'nb';
}

/** A notice text from a Text: the pane's language when the notice is shown. */
export function inLanguage(text: Text): (s: Strings) => string {
  return (s) => text[languageOf(s)];
}

const NB = {
  showingCharts: 'Åpner diagrammene …',
  makingOutcomeCharts: 'Lager resultatdiagram …',
  outcomesHint:
    'Resultatene per kvartal (antall som fikk tjenester, antall i ordinært arbeid) føres i arket «Resultater».',
  resultsInserted: (sheet: string) =>
    `Arket «${sheet}» er satt inn. Fyll inn én rad per tjeneste og kvartal, og trykk «Lag resultatdiagram».`,
  resultsThere: (sheet: string) => `Arket «${sheet}» finnes allerede; det er åpnet.`,
};

export type CycleStrings = typeof NB;

const EN: CycleStrings = {
  showingCharts: 'Opening the charts …',
  makingOutcomeCharts: 'Making the outcome charts …',
  outcomesHint:
    'The results per quarter (the number served, the number in competitive work) go in the “Results” sheet.',
  resultsInserted: (sheet: string) =>
    `The “${sheet}” sheet is inserted. Fill in one row per service and quarter, and press “Make outcome charts”.`,
  resultsThere: (sheet: string) => `The “${sheet}” sheet is already there; it is open now.`,
};

export const CYCLE_STRINGS: Readonly<Record<Language, CycleStrings>> = { nb: NB, en: EN };

export function cycleStrings(language: Language): CycleStrings {
  return CYCLE_STRINGS[language];
}
