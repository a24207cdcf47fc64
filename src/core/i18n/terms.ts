import type { Text } from '../text';

/**
 * Terms shared by the score sheet, report, history, charts, privacy check and pane, written once
 * in bokmål and English. A module keeps its own phrases; a word that names the same thing in two
 * places lives here so a reader never sees two names for one thing.
 */
const TERM_TEXTS = {
  site: { nb: 'Sted', en: 'Site' },
  team: { nb: 'Team', en: 'Team' },
  date: { nb: 'Dato', en: 'Date' },
  reviewId: { nb: 'Evaluerings-ID', en: 'Review ID' },
  item: { nb: 'Punkt', en: 'Item' },
  section: { nb: 'Område', en: 'Section' },
  score: { nb: 'Skår', en: 'Score' },
  /** The total in a table column or report line ("Totalt: 96"). */
  total: { nb: 'Totalt', en: 'Total' },
  /** The total as a named measure (chart axes, pane totals). */
  totalScore: { nb: 'Totalskår', en: 'Total score' },
  totalOverTime: { nb: 'Totalskår over tid', en: 'Total score over time' },
  level: { nb: 'Kvalitetsnivå', en: 'Fidelity level' },
  levels: { nb: 'Kvalitetsnivåer', en: 'Fidelity levels' },
  mean: { nb: 'Gjennomsnitt', en: 'Mean' },
  change: { nb: 'Endring', en: 'Change' },
  ratedBy: { nb: 'Vurdert av', en: 'Rated by' },
  rater: { nb: 'Vurderer', en: 'Rater' },
  comments: { nb: 'Kommentarer', en: 'Comments' },
  recommendations: { nb: 'Anbefalinger', en: 'Recommendations' },
  corrections: { nb: 'Korreksjoner', en: 'Corrections' },
  sources: { nb: 'Informasjonskilder', en: 'Sources of information' },
} satisfies Record<string, Text>;

export type TermKey = keyof typeof TERM_TEXTS;

/** Typed as plain `Text` so a term can stand where any string is expected. */
export const TERMS: { readonly [K in TermKey]: Text } = TERM_TEXTS;
