import type { FunctionHelp } from './types';

/**
 * The help of the general, review and cycle functions (TOTAL … ANCHOR, AGREEMENT, NEXT_REVIEW,
 * EMPLOYMENT_RATE): what each function gives and what each parameter takes, in Norwegian and
 * English (see index.ts).
 */
export const GENERAL_HELP: Readonly<Record<string, FunctionHelp>> = {
  TOTAL: {
    description: {
      nb: 'Totalskår for alle 25 evalueringspunkter (25–125). Gir #N/A med navn på punktene som mangler skår.',
      en: 'Total of all 25 item scores (25–125). Gives #N/A naming the items without a score.',
    },
    parameters: {
      scores: {
        nb: 'De 25 konsensusskårene i skårskjemaets rekkefølge.',
        en: 'The 25 consensus scores in score-sheet order.',
      },
    },
  },
  LEVEL: {
    description: {
      nb: 'Kvalitetsnivået for en totalskår: Meget god kvalitet, God kvalitet, Godkjent kvalitet eller Ikke IPS.',
      en: 'The fidelity level of a total score.',
    },
    parameters: {
      total: { nb: 'Totalskår (25–125).', en: 'Total score (25–125).' },
    },
  },
  ITEM: {
    description: {
      nb: 'Navnet på et evalueringspunkt; med skår også ankerteksten for skåren.',
      en: "The name of an item; with a score, also that score's anchor text.",
    },
    parameters: {},
  },
  CAPS: {
    description: {
      nb: 'Begrensningene håndboken angir for et punkt: én rad per begrensning med vilkåret og høyeste skår. Rekkefølgen er den caps-argumentene bruker.',
      en: 'The caps the manual states for an item: one row per cap with its condition and the highest score. The order is the one caps arguments use.',
    },
    parameters: {},
  },
  ANCHOR: {
    description: {
      nb: 'Ankerteksten for en skår på et evalueringspunkt; uten skår alle fem ankrene i en rad.',
      en: 'The anchor text of a score on an item; without a score, all five anchors in a row.',
    },
    parameters: {},
  },
  AGREEMENT: {
    description: {
      nb: 'Samsvar mellom to evaluatorers skårer på de samme punktene: andel like skårer (standard), kvadratisk vektet Cohens kappa, antall like skårer eller antall punkter begge har skåret. Tomme celler hoppes over parvis.',
      en: "Agreement between two raters' scores of the same items: share of equal scores (default), quadratic-weighted Cohen's kappa, number of equal scores, or number of items both scored. Blank cells are skipped pairwise.",
    },
    parameters: {
      rater1: {
        nb: 'Første evaluators skårer (1–5), én per punkt.',
        en: "The first rater's scores (1–5), one per item.",
      },
      rater2: {
        nb: 'Andre evaluators skårer for de samme punktene, i samme rekkefølge.',
        en: "The second rater's scores of the same items, in the same order.",
      },
      statistic: {
        nb: 'Valgfritt: "exact" (standard) gir andelen like skårer (0–1), "kappa" gir kvadratisk vektet kappa (−1–1), "count" gir antall like skårer, "pairs" gir antall punkter begge har skåret.',
        en: 'Optional: "exact" (default) gives the share of equal scores (0–1), "kappa" the quadratic-weighted kappa (−1 to 1), "count" the number of equal scores, "pairs" the number of items both scored.',
      },
    },
  },
  NEXT_REVIEW: {
    description: {
      nb: 'Datoen for neste kvalitetsevaluering: 6 måneder etter forrige evaluering så lenge totalskåren er under 100, 12 måneder fra God kvalitet (100). Formater cellen som dato.',
      en: 'The date of the next fidelity review: 6 months after the last one while the total is below 100, 12 months from Good fidelity (100). Format the cell as a date.',
    },
    parameters: {
      last_review: { nb: 'Datoen for forrige evaluering.', en: 'The date of the last review.' },
      total: { nb: 'Totalskåren fra forrige evaluering (25–125).', en: 'The total score of the last review (25–125).' },
    },
  },
  EMPLOYMENT_RATE: {
    description: {
      nb: 'Andelen deltakere i arbeid (0–1), eller nivået: Utmerket ≥ 50 %, Gjennomsnittlig ≥ 41 %, Minimum ≥ 31 %, ellers Under minimum (IPS Employment Center, 13 delstater, snitt 47 %).',
      en: 'The share of participants employed (0–1), or its band: Excellent ≥ 50 %, Average ≥ 41 %, Minimal ≥ 31 %, else Below minimal (IPS Employment Center, 13 states, mean 47 %).',
    },
    parameters: {
      employed: {
        nb: 'Antall i arbeid, eller et område med ja/nei per deltaker (ja/nei, yes/no, SANN/USANN, 1/0); tomme rader hoppes over.',
        en: 'The number employed, or a range of yes/no per participant (ja/nei, yes/no, TRUE/FALSE, 1/0); blank rows are skipped.',
      },
      served: {
        nb: 'Antall deltakere tjenesten gir tilbud til; påkrevd når employed er et antall.',
        en: 'The number of participants served; required when employed is a count.',
      },
      output: {
        nb: 'Valgfritt: "rate" (standard) gir andelen 0–1, "band" gir nivået, "reason" gir begrunnelsen.',
        en: 'Optional: "rate" (default) gives the share 0–1, "band" the benchmark band, "reason" the explanation.',
      },
    },
  },
};
