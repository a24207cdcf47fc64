// One worked example per spreadsheet function, for the function reference (docs/functions.*.md,
// written by scripts/generate-function-docs.mjs, which computes every result by calling the
// function). An example names its arguments by parameter:
//
//   an array of values        a column of cells (null = a blank cell)
//   an array of arrays        rows of a range with several columns
//   anything else             a value typed into the formula
//   { nb, en }                a text that differs by language (each reference shows its own)
//
// `error` is a call that fails, to show the error and its message. Every function in the table
// needs an example here; the reference test fails when one is missing.

const yes = { nb: 'ja', en: 'yes' };
const no = { nb: 'nei', en: 'no' };
const text = (nb, en) => ({ nb, en });
/** The language argument: left out in the Norwegian reference (its default), "en" in the English one. */
const inLanguage = { nb: null, en: 'en' };

/** 25 consensus scores in score-sheet order. */
const SAMPLE_SCORES = [5, 5, 4, 4, 4, 3, 4, 4, 5, 5, 4, 3, 5, 4, 5, 4, 3, 4, 5, 5, 4, 2, 4, 3, 4];

export const FUNCTION_EXAMPLES = {
  CASELOAD: {
    args: { caseloads: [19, 18, 19], fte: [1, 1, 0.5] },
    error: { args: { caseloads: [19, text('nitten', 'nineteen')] } },
  },
  VOCATIONAL_TIME: {
    args: { percent_vocational: [100, 90, 95] },
    error: { args: { percent_vocational: [100, 120] } },
  },
  ALL_PHASES: {
    args: {
      phases: [
        [yes, yes, yes, yes, yes, yes],
        [yes, yes, yes, yes, yes, no],
        [yes, yes, yes, yes, yes, yes],
      ],
    },
    error: { args: { phases: [[yes, yes, yes, yes, yes]] } },
  },
  TEAM_INTEGRATION: {
    args: { teams: [1, 2, 1], clients_from_teams: [18, 12, 20], caseload: [20, 19, 20] },
    error: { args: { teams: [1, -1], clients_from_teams: [18, 12], caseload: [20, 19] } },
  },
  NAV_COLLABORATION: {
    args: { meetings: text('månedlig', 'monthly'), contacts: text('ukentlig', 'weekly') },
    error: { args: { meetings: text('av og til', 'now and then'), contacts: text('ukentlig', 'weekly') } },
  },
  COMPONENTS: {
    args: { item: 5, present: [yes, yes, yes, no, yes] },
    error: { args: { item: 5, present: [yes, yes, yes] } },
  },
  JUDGEMENT: {
    args: { item: 7, score: 5, caps: [no, yes, no] },
    error: { args: { item: 7, score: 6 } },
  },
  CAREER_ASSESSMENT: {
    args: { ratings: [4, 5, 4] },
    error: { args: { ratings: [4, 6] } },
  },
  DAYS_TO_EMPLOYER_CONTACT: {
    args: {
      specialist: ['Kari', 'Kari', 'Ola', 'Ola'],
      intake_date: ['2025-01-06', '2025-02-03', '2025-01-13', '2025-03-03'],
      first_contact_date: ['2025-01-20', '2025-02-10', '2025-01-27', '2025-03-24'],
    },
    error: { args: { specialist: ['Kari'], intake_date: ['2025-01-20'], first_contact_date: ['2025-01-06'] } },
  },
  INDIVIDUALIZED_SEARCH: {
    args: { matches_preferences: [yes, yes, yes, yes, no, yes, yes, yes, yes, yes] },
    error: { args: { matches_preferences: [yes, text('kanskje', 'maybe')] } },
  },
  EMPLOYER_CONTACTS: {
    args: { contacts: [48, 41, 30], weeks: 8 },
    error: { args: { contacts: [48, 41], weeks: 0 } },
  },
  EMPLOYER_CONTACT_QUALITY: {
    args: { ratings: [5, 4, 4], specialists: 4 },
    error: { args: { ratings: [5], specialists: 4 } },
  },
  JOB_DIVERSITY: {
    args: {
      job_types: [
        text('butikkmedarbeider', 'shop assistant'),
        text('butikkmedarbeider', 'shop assistant'),
        text('butikkmedarbeider', 'shop assistant'),
        text('lagerarbeider', 'warehouse worker'),
        text('kokk', 'cook'),
        text('renholder', 'cleaner'),
        text('barnehageassistent', 'nursery assistant'),
        text('sjåfør', 'driver'),
        text('resepsjonist', 'receptionist'),
        text('snekker', 'carpenter'),
      ],
    },
    error: { args: { job_types: [text('kokk', 'cook')], specialists: 0 } },
  },
  EMPLOYER_DIVERSITY: {
    args: {
      employers: ['Rema 1000', 'Rema 1000', 'Kiwi', 'Posten', 'Bring', 'Coop', 'Elkjøp', 'Norli', 'Ikea', 'Bunnpris'],
      worksites: ['Torget', 'Torget', null, null, null, null, null, null, null, null],
    },
    error: { args: { employers: ['Kiwi', 'Coop'], worksites: ['Torget'] } },
  },
  COMPETITIVE_JOBS: {
    args: { competitive: [yes, yes, yes, yes, yes, yes, yes, yes, yes, text('vernet', 'sheltered')] },
    error: { args: { competitive: [yes, text('deltid', 'part time')] } },
  },
  COMMUNITY_TIME: {
    args: { percent_in_community: [70, 60, 65] },
    error: { args: { percent_in_community: [70, text('mye', 'a lot')] } },
  },
  TOTAL: {
    args: { scores: SAMPLE_SCORES },
    error: { args: { scores: [...SAMPLE_SCORES.slice(0, 24), null] } },
  },
  LEVEL: {
    args: { total: 103, language: inLanguage },
    error: { args: { total: text('høy', 'high') } },
  },
  ITEM: {
    args: { item: 1, score: 5, language: inLanguage },
    error: { args: { item: 26 } },
  },
  CAPS: {
    args: { item: 7, language: inLanguage },
    error: { args: { item: 4 } },
  },
  ANCHOR: {
    args: { item: 'staffing.caseload_size', score: 3, language: inLanguage },
    error: { args: { item: 1, score: 0 } },
  },
  AGREEMENT: {
    args: { rater1: [4, 5, 3, 4, 5, 2, 4, 5], rater2: [4, 5, 4, 4, 5, 2, 3, 5] },
    error: { args: { rater1: [4, 5, 3], rater2: [4, 5] } },
  },
  NEXT_REVIEW: {
    // 46265 is 31 August 2026 as a date serial: + 6 months (total below 100) is 28 February 2027.
    args: { last_review: 46265, total: 96 },
    error: { args: { last_review: 46265, total: 130 } },
  },
  EMPLOYMENT_RATE: {
    args: { employed: [yes, no, yes, yes, no], output: 'band', language: inLanguage },
    error: { args: { employed: 12, served: 10 } },
  },
  SPECIALIST_INDICATORS: {
    args: {
      specialist: ['AB', 'CD', 'EF'],
      job_starts: [3, 2, 4],
      caseload: [20, 18, 16],
      employed: [9, 8, 7],
      language: inLanguage,
    },
    error: { args: { specialist: ['AB'], job_starts: [3], caseload: [10], employed: [12] } },
  },
};
