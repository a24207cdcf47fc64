import type { FunctionHelp } from './types';

/** The help of the outcome functions (SPECIALIST_INDICATORS), in Norwegian and English (see index.ts). */
export const OUTCOME_HELP: Readonly<Record<string, FunctionHelp>> = {
  SPECIALIST_INDICATORS: {
    description: {
      nb: 'Lederens indikatorer per jobbspesialist i et kvartal: jobbstarter, andel i ordinært arbeid (0–1) og tiltaket: minst 3 jobbstarter og 45 % i arbeid = mål nådd; under 3 eller under 40 % = månedlig feltveiledning; ellers følg med.',
      en: 'Supervisor indicators per employment specialist in a quarter: job starts, share employed (0–1) and the action: 3+ job starts and 45 % employed = goals met; under 3 or under 40 % = monthly field mentoring; else keep watch.',
    },
    parameters: {
      specialist: {
        nb: 'Jobbspesialistens kode, én rad per jobbspesialist (aldri navn); tomme rader hoppes over.',
        en: "The specialist's code, one row per specialist (never a name); blank rows are skipped.",
      },
      job_starts: {
        nb: 'Nye jobber som startet i kvartalet, per jobbspesialist.',
        en: 'New jobs that started in the quarter, per specialist.',
      },
      caseload: {
        nb: 'Deltakere i jobbspesialistens portefølje i kvartalet.',
        en: "Participants in the specialist's caseload in the quarter.",
      },
      employed: {
        nb: 'Deltakere i porteføljen som var i ordinært arbeid i kvartalet.',
        en: 'Participants in the caseload in competitive work in the quarter.',
      },
    },
  },
};
