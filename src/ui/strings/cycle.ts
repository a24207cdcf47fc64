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
  language: 'nb' as Language,
  // Report view: charts and outcomes
  showingCharts: 'Åpner diagrammene …',
  makingOutcomeCharts: 'Lager resultatdiagram …',
  outcomesHint:
    'Resultatene per kvartal (antall som fikk tjenester, antall i ordinært arbeid) føres i arket «Resultater».',
  resultsInserted: (sheet: string) =>
    `Arket «${sheet}» er satt inn. Fyll inn én rad per tjeneste og kvartal, og trykk «Lag resultatdiagram».`,
  resultsThere: (sheet: string) => `Arket «${sheet}» finnes allerede; det er åpnet.`,
  // Report view: the supervisor indicators per specialist (Organisasjon 5, manual [000:4491–4505])
  indicatorsHeading: 'Indikatorer per jobbspesialist',
  indicatorsRule:
    'Etter håndboken: minst tre jobbstarter i kvartalet og minst 45 % av porteføljen i arbeid gir feltveiledning hvert kvartal; færre enn tre jobbstarter eller under 40 % i arbeid gir månedlig feltveiledning.',
  readingIndicators: 'Leser «Resultater» …',
  indicatorsNoSheet:
    'Arket «Resultater» finnes ikke ennå. Sett det inn og fyll inn én rad per jobbspesialist og kvartal.',
  indicatorsNone: '«Resultater» har ingen rader per jobbspesialist ennå: fyll inn kolonnen «Jobbspesialist».',
  indicatorsFailed: (message: string) => `«Resultater» kan ikke leses: ${message}`,
  indicatorsQuarter: (service: string, year: number, quarter: number) => `${service}, ${quarter}. kvartal ${year}`,

  // Start screen: the review plan
  reviewPlanHeading: 'Vurderingsplan',
  reviewPlanIntro: 'Tjenester som skal vurderes innen 30 dager, eller som er forfalt, etter historikken:',
  reviewPlanNone: 'Ingen tjenester skal vurderes de neste 30 dagene.',
  reviewPlanDue: (date: string, status: string) => `Neste vurdering ${date} · ${status}`,
  writeReviewPlan: 'Skriv vurderingsplan',
  writingReviewPlan: 'Skriver vurderingsplanen …',
  writeReviewPlanHint:
    'Skriver arket «Vurderingsplan»: for hver tjeneste siste vurdering, totalskår, nivå og neste frist, regnet ut av historikken med formler.',
  reviewPlanWritten: (sheet: string, services: number, due: number) =>
    `«${sheet}» er skrevet: ${services} ${services === 1 ? 'tjeneste' : 'tjenester'}, ${due} skal vurderes innen 30 dager eller er forfalt.`,
  reviewPlanNoHistory: 'Ingen historikk ennå. Lagre en evaluering i historikken først, så kan planen skrives.',

  // The review: preparation
  preparationHeading: 'Forberedelse',
  preparationIntro: 'Ark for forberedelsen av besøket, merket med denne vurderingens ID.',
  checklistButton: 'Sjekkliste for datainnhenting',
  checklistHint: 'Dokumentene tjenesten skal sende, med datoer for bestilt og mottatt («Datainnhenting»).',
  recordSampleButton: 'Trekk journalutvalg',
  recordSampleHint:
    'Trekker 10 journaler tilfeldig fra «Porteføljer» (jobbstarter fra «Jobber»); frøet lagres, så trekningen kan gjentas («Journalutvalg»).',
  evidenceLogButton: 'Kildelogg',
  evidenceLogHint:
    'Én rad per funn: punkt, kilde (MIS, DOC, INT, OBS, ISP), informantens rolle – aldri navn – og notat. Punktene viser hvilke kilder som har bevis, og rapportens «Informasjonskilder» bygger på loggen («Kildelogg»).',
  working: 'Skriver …',
  alreadyThere: (sheet: string) => `«${sheet}» finnes allerede for denne vurderingen; arket er åpnet.`,
  checklistWritten: (sheet: string) =>
    `Sjekklisten «${sheet}» er skrevet. Fyll inn når dokumentene er bestilt og mottatt.`,
  recordSampleWritten: (sheet: string, count: number) =>
    `Journalutvalget «${sheet}» er trukket: ${count} ${count === 1 ? 'journal' : 'journaler'}.`,
  evidenceLogWritten: (sheet: string) =>
    `Kildeloggen «${sheet}» er laget. Før én rad per funn; punktene og rapporten leser den.`,
  caseloadMissing: (sheet: string) =>
    `Journalutvalget trekkes fra «${sheet}». Sett inn og fyll ut «${sheet}» under Inndata først.`,
  caseloadEmpty: (sheet: string) => `«${sheet}» har ingen deltakere å trekke fra ennå.`,
  namesTitle: 'Mulige navn',
  namesIntro: 'Dette kan være navn på personer. Arket skal bare ha koder og roller.',
  writeAnyway: 'Skriv likevel',
  blocked: (lines: string) => `Fødselsnummer funnet, ingenting skrevet: ${lines}`,

  // The item: evidence coverage
  coverageLabel: 'Kildelogg',
  coverageCovered: (codes: string) => `bevis fra ${codes}`,
  coverageMissing: (codes: string) => `ingen ennå fra ${codes}`,
  coverageNone: 'ingen funn ført for dette punktet ennå',
  coverageHas: 'har bevis i kildeloggen',
  coverageUnreadable: (sheet: string, message: string) => `«${sheet}» kunne ikke leses: ${message}`,
  evidenceCount: (count: number) => `Kildeloggen har ${count} funn for denne vurderingen.`,
};

export type CycleStrings = typeof NB;

const EN: CycleStrings = {
  language: 'en',
  showingCharts: 'Opening the charts …',
  makingOutcomeCharts: 'Making the outcome charts …',
  outcomesHint:
    'The results per quarter (the number served, the number in competitive work) go in the “Results” sheet.',
  resultsInserted: (sheet: string) =>
    `The “${sheet}” sheet is inserted. Fill in one row per service and quarter, and press “Make outcome charts”.`,
  resultsThere: (sheet: string) => `The “${sheet}” sheet is already there; it is open now.`,
  indicatorsHeading: 'Indicators per employment specialist',
  indicatorsRule:
    'By the manual: at least three job starts in the quarter and at least 45 % of the caseload employed means field mentoring each quarter; fewer than three job starts or under 40 % employed means monthly field mentoring.',
  readingIndicators: 'Reading “Results” …',
  indicatorsNoSheet: 'There is no “Results” sheet yet. Insert it and fill in one row per specialist and quarter.',
  indicatorsNone: '“Results” has no rows per specialist yet: fill in the “Employment specialist” column.',
  indicatorsFailed: (message: string) => `“Results” cannot be read: ${message}`,
  indicatorsQuarter: (service: string, year: number, quarter: number) => `${service}, Q${quarter} ${year}`,

  reviewPlanHeading: 'Review plan',
  reviewPlanIntro: 'Services due for review within 30 days, or overdue, by the history:',
  reviewPlanNone: 'No service is due for review in the next 30 days.',
  reviewPlanDue: (date: string, status: string) => `Next review ${date} · ${status}`,
  writeReviewPlan: 'Write the review plan',
  writingReviewPlan: 'Writing the review plan …',
  writeReviewPlanHint:
    'Writes the “Review plan” sheet: for each service the last review, total, level and next due date, computed from the history by formulas.',
  reviewPlanWritten: (sheet: string, services: number, due: number) =>
    `“${sheet}” is written: ${services} ${services === 1 ? 'service' : 'services'}, ${due} due within 30 days or overdue.`,
  reviewPlanNoHistory: 'No history yet. Save a review to the history first, then the plan can be written.',

  preparationHeading: 'Preparation',
  preparationIntro: 'Sheets to prepare the visit, marked with this review’s id.',
  checklistButton: 'Data request checklist',
  checklistHint: 'The documents the service is to send, with the dates requested and received (“Data request”).',
  recordSampleButton: 'Draw the record sample',
  recordSampleHint:
    'Draws 10 records at random from “Caseloads” (job starts from “Jobs”); the seed is kept so the draw can be repeated (“Record sample”).',
  evidenceLogButton: 'Evidence log',
  evidenceLogHint:
    'One row per finding: item, source (MIS, DOC, INT, OBS, ISP), the informant’s role – never a name – and a note. The items show which sources have evidence, and the report’s data sources come from the log (“Evidence log”).',
  working: 'Writing …',
  alreadyThere: (sheet: string) => `“${sheet}” is already there for this review; the sheet is open now.`,
  checklistWritten: (sheet: string) =>
    `The checklist “${sheet}” is written. Fill in when the documents are requested and received.`,
  recordSampleWritten: (sheet: string, count: number) =>
    `The record sample “${sheet}” is drawn: ${count} ${count === 1 ? 'record' : 'records'}.`,
  evidenceLogWritten: (sheet: string) =>
    `The evidence log “${sheet}” is made. Add one row per finding; the items and the report read it.`,
  caseloadMissing: (sheet: string) =>
    `The record sample is drawn from “${sheet}”. Insert and fill in “${sheet}” under Input data first.`,
  caseloadEmpty: (sheet: string) => `“${sheet}” has no participants to draw from yet.`,
  namesTitle: 'Possible names',
  namesIntro: 'These may be names of people. The sheet is to hold codes and roles only.',
  writeAnyway: 'Write anyway',
  blocked: (lines: string) => `National ID number found, nothing written: ${lines}`,

  coverageLabel: 'Evidence log',
  coverageCovered: (codes: string) => `evidence from ${codes}`,
  coverageMissing: (codes: string) => `none yet from ${codes}`,
  coverageNone: 'no findings logged for this item yet',
  coverageHas: 'has evidence in the evidence log',
  coverageUnreadable: (sheet: string, message: string) => `“${sheet}” could not be read: ${message}`,
  evidenceCount: (count: number) =>
    `The evidence log has ${count} ${count === 1 ? 'finding' : 'findings'} for this review.`,
};

export const CYCLE_STRINGS: Readonly<Record<Language, CycleStrings>> = { nb: NB, en: EN };

export function cycleStrings(language: Language): CycleStrings {
  return CYCLE_STRINGS[language];
}
