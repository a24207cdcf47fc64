/**
 * The display names of the spreadsheet functions' parameters, in Norwegian and English: what the
 * pane shows instead of the identifier a formula uses (issue 11 #4). A name means the same in every
 * function that uses it, except where a function gives it its own meaning (OVERRIDES). Only the
 * pane imports this module (its calculator, in a chunk loaded on first use): the function table
 * does not, so Excel's functions.js carries none of these names.
 */
import { TERMS } from '../i18n/terms';
import type { Text } from '../text';
import type { FunctionSpec } from './types';

const LABELS: Readonly<Record<string, Text>> = {
  caseloads: { nb: 'Deltakere i porteføljen', en: 'Clients in the caseload' },
  fte: { nb: 'Stillingsandel', en: 'Share of full time' },
  exclude: { nb: 'Holdes utenfor', en: 'Left out' },
  no_individual_caseloads: { nb: 'Ingen egne porteføljer', en: 'No individual caseloads' },
  output: { nb: 'Resultat', en: 'Result' },
  language: { nb: 'Språk', en: 'Language' },
  percent_vocational: { nb: 'Prosent arbeidsrettet tid', en: 'Percent of time on vocational work' },
  unit: { nb: 'Enhet', en: 'Unit' },
  split_role: { nb: 'Delt rolle i liten institusjon', en: 'Split role in a small agency' },
  phases: { nb: 'Faser jobbspesialisten utfører', en: 'Phases the specialist carries out' },
  refers_out: { nb: 'Henviser videre', en: 'Refers clients on' },
  teams: { nb: 'Antall behandlingsteam', en: 'Number of treatment teams' },
  clients_from_teams: { nb: 'Deltakere fra teamene', en: 'Clients from the teams' },
  caseload: { nb: 'Hele porteføljen', en: 'Whole caseload' },
  clinicians_not_in_teams: { nb: 'Behandlerne er ikke i team', en: 'Clinicians not in teams' },
  meetings: { nb: 'Planlagte møter', en: 'Scheduled meetings' },
  contacts: { nb: 'Deltakerrelatert kontakt', en: 'Client-related contact' },
  item: { nb: 'Evalueringspunkt', en: 'Item' },
  present: { nb: 'Komponenter til stede', en: 'Components present' },
  caps: { nb: 'Begrensninger som gjelder', en: 'Caps that apply' },
  score: { nb: 'Valgt skår', en: 'Chosen score' },
  ratings: { nb: 'Skår per jobbspesialist', en: 'Rating per specialist' },
  specialist: { nb: 'Jobbspesialist', en: 'Employment specialist' },
  intake_date: { nb: 'Dato for første møte', en: 'Date of the first meeting' },
  first_contact_date: { nb: 'Dato for første arbeidsgiverkontakt', en: 'Date of the first employer contact' },
  supervisor_records: { nb: 'Metodeveilederen registrerer dagene', en: 'The supervisor records the days' },
  review_date: { nb: 'Dato for evalueringsbesøket', en: 'Date of the review visit' },
  matches_preferences: { nb: 'Bygger på deltakerens preferanser', en: "Based on the participant's preferences" },
  participant_initiated: { nb: 'Tatt på deltakerens initiativ', en: "On the participant's initiative" },
  plans_documented: { nb: 'Dokumenterte jobbutviklingsplaner', en: 'Documented job development plans' },
  preferences_explored: { nb: 'Preferanser utforsket', en: 'Preferences explored' },
  any_job_encouraged: { nb: 'Oppfordres til hvilken som helst jobb', en: 'Urged to take any job' },
  weeks: { nb: 'Uker i perioden', en: 'Weeks in the period' },
  log_review: { nb: 'Gjennomgang av kontaktloggene', en: 'Review of the contact logs' },
  job_seekers: { nb: 'Jobbsøkere i porteføljen', en: 'Job seekers in the caseload' },
  absent_weeks: { nb: 'Uker borte', en: 'Weeks absent' },
  months_in_post: { nb: 'Måneder i stillingen', en: 'Months in post' },
  specialists: { nb: 'Jobbspesialister i teamet', en: 'Specialists on the team' },
  job_types: { nb: 'Jobbtype', en: 'Job type' },
  before_ips: { nb: 'Fikk jobben før IPS', en: 'Job obtained before IPS' },
  employers: { nb: 'Arbeidsgiver', en: 'Employer' },
  worksites: { nb: 'Arbeidssted', en: 'Worksite' },
  competitive: { nb: 'Ordinært arbeid', en: 'Competitive job' },
  small_sample_evidence: { nb: 'Belegg ved lite utvalg', en: 'Evidence for a small sample' },
  percent_in_community: { nb: 'Prosent tid i lokalsamfunnet', en: 'Percent of time in the community' },
  scores: { nb: 'Skårer', en: 'Scores' },
  total: TERMS.totalScore,
  rater1: { nb: 'Evaluator 1', en: 'Rater 1' },
  rater2: { nb: 'Evaluator 2', en: 'Rater 2' },
  statistic: { nb: 'Mål på enighet', en: 'Agreement measure' },
  last_review: { nb: 'Forrige evaluering', en: 'Last review' },
  employed: { nb: 'I arbeid', en: 'Employed' },
  served: { nb: 'Deltakere', en: 'Clients served' },
  job_starts: { nb: 'Jobbstarter i kvartalet', en: 'Job starts in the quarter' },
};

/** Where a function gives a name its own meaning: `FUNCTION/parameter`. */
const OVERRIDES: Readonly<Record<string, Text>> = {
  'EMPLOYER_CONTACTS/contacts': { nb: 'Arbeidsgiverkontakter', en: 'Employer contacts' },
  'SPECIALIST_INDICATORS/caseload': { nb: 'Deltakere i porteføljen', en: 'Participants in the caseload' },
  'SPECIALIST_INDICATORS/employed': { nb: 'I ordinært arbeid', en: 'In competitive work' },
  'ITEM/score': TERMS.score,
  'ANCHOR/score': TERMS.score,
};

/** The display name of a function's parameter, or undefined when none is declared (a test requires one for all). */
export function parameterLabel(functionName: string, parameterName: string): Text | undefined {
  return OVERRIDES[`${functionName}/${parameterName}`] ?? LABELS[parameterName];
}

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An error message for the pane: every parameter identifier of the function in it ('caseloads',
 * or a bare no_individual_caseloads) replaced by the parameter's display name, «Deltakere i
 * porteføljen». Cell errors keep the identifiers, as a formula is written with them.
 */
export function withDisplayNames(message: string, spec: FunctionSpec, language: 'nb' | 'en'): string {
  let text = message;
  // Longest names first, so "caseload" never replaces the start of "caseloads".
  const parameters = [...spec.parameters].sort((a, b) => b.name.length - a.name.length);
  for (const parameter of parameters) {
    const label = parameter.label ?? parameterLabel(spec.name, parameter.name);
    if (!label) continue;
    const shown = `«${label[language]}»`;
    const name = escapeForPattern(parameter.name);
    text = text.replace(new RegExp(`'${name}'`, 'g'), shown);
    if (/[_\d]/.test(parameter.name)) text = text.replace(new RegExp(`\\b${name}\\b`, 'g'), shown);
  }
  return text;
}
