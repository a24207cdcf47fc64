import type { Language, Text } from '../text';

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
  /** One who scores the items on her own before the consensus: the manual's «evaluator» (see GLOSSARY). */
  rater: { nb: 'Evaluator', en: 'Rater' },
  raters: { nb: 'Evaluatorer', en: 'Raters' },
  comments: { nb: 'Kommentarer', en: 'Comments' },
  recommendations: { nb: 'Anbefalinger', en: 'Recommendations' },
  corrections: { nb: 'Korreksjoner', en: 'Corrections' },
  sources: { nb: 'Informasjonskilder', en: 'Sources of information' },
} satisfies Record<string, Text>;

export type TermKey = keyof typeof TERM_TEXTS;

/** Typed as plain `Text` so a term can stand where any string is expected. */
export const TERMS: { readonly [K in TermKey]: Text } = TERM_TEXTS;

/** The one word for a thing in one language, and the other words for it that no text uses. */
export interface GlossaryWord {
  /** The word's stem in lower case: every form the texts write starts with it (evaluator, evaluatoren, evaluatorene, evaluatormodus). */
  readonly word: string;
  /** Other words for the same thing, as the start of a word in lower case: no text has a word starting so. */
  readonly never: readonly string[];
}

/**
 * The glossary: one word per thing in each language, for the things the texts kept naming two
 * ways (issue 11). A label that is the word itself comes from TERMS; running text writes the
 * word's forms, and tests/ui/strings/glossary.test.ts checks that every text of the pane, the
 * privacy check, the report and the score sheet uses these forms and never the other words.
 *
 * - The manual is «håndboken» («Håndboken anbefaler …»), the Norwegian edition's own word for itself
 *   (35 times in its text, e.g. lines 70 and 140; never «manualen»): the choice is made once, here.
 *   Its full title, «Håndbok i kvalitetsevaluering IPS Supported Employment», is cited as a title.
 *   English: "the manual".
 * - Those who score are «evaluatorer», the manual's own word («anbefaler vi at
 *   kvalitetsevalueringene utføres av minst to evaluatorer», «Vi anbefaler maks fire evaluatorer
 *   per sted», «To evaluatorer som …», lines 637–645 and 730–740 of the manual's text), never
 *   «vurderer(e)», which the manual uses only as a verb. English: "rater".
 */
export const GLOSSARY: { readonly [K in 'manual' | 'rater']: Readonly<Record<Language, GlossaryWord>> } = {
  manual: {
    nb: { word: 'håndbok', never: ['manualen'] },
    en: { word: 'manual', never: ['handbook'] },
  },
  rater: {
    nb: { word: 'evaluator', never: ['vurderer', 'bedømmer'] },
    en: { word: 'rater', never: ['evaluator', 'reviewer', 'assessor'] },
  },
};
