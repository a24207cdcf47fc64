/**
 * The service's own word for «behandlingsteam». The manual says the treatment team is, for other
 * client groups, that group's own team (e.g. a housing-support team) [000:253–270, 3349–3355]; a
 * report or sheet generated for such a service should use its word, in every inflection:
 * behandlingsteam, behandlingsteamet, behandlingsteamene, behandlingsteamets, behandlingsteammøte…
 */
import type { Text } from '../text';

/** The forms of the replacement noun. Derived from `singular` when left out (see teamWord). */
export interface TeamWord {
  /** Indefinite singular (and the compound stem), e.g. "booppfølgingsteam". */
  readonly singular: string;
  /** Definite singular, e.g. "booppfølgingsteamet". */
  readonly definite: string;
  /** Indefinite plural, e.g. "booppfølgingsteam". */
  readonly plural: string;
  /** Definite plural, e.g. "booppfølgingsteamene". */
  readonly pluralDefinite: string;
  /** First part of compounds: "booppfølgingsteam" + "møte". */
  readonly compound: string;
}

/** The service's words: Norwegian (required) and optionally English for en text ("treatment team"). */
export interface TeamTerminology {
  readonly nb: string | (Partial<TeamWord> & { readonly singular: string });
  /** English singular noun phrase replacing "treatment team", e.g. "housing support team". */
  readonly en?: string;
}

/**
 * All forms of a Norwegian noun from its indefinite singular. Words ending in "team" (neuter:
 * teamet, team, teamene) are derived exactly; words ending in "-e" are inflected as masculine
 * (gruppe → gruppen, grupper, gruppene); other words as neuter. Give the forms explicitly for
 * anything else.
 */
export function teamWord(word: string | (Partial<TeamWord> & { readonly singular: string })): TeamWord {
  const given = typeof word === 'string' ? { singular: word } : word;
  const s = given.singular.trim();
  if (s === '') throw new Error('the team word is empty');
  const masculine = /e$/i.test(s) && !/team$/i.test(s);
  return {
    singular: s,
    definite: given.definite ?? (masculine ? `${s}n` : `${s}et`),
    plural: given.plural ?? (masculine ? `${s}r` : s),
    pluralDefinite: given.pluralDefinite ?? (masculine ? `${s}ne` : `${s}ene`),
    compound: given.compound ?? s,
  };
}

const STEM = 'behandlingsteam';
/** Endings that inflect the noun itself (the rest of a longer word is a compound tail). */
const INFLECTIONS: readonly { readonly ending: string; readonly form: (w: TeamWord) => string }[] = [
  { ending: 'enes', form: (w) => `${w.pluralDefinite}s` },
  { ending: 'ene', form: (w) => w.pluralDefinite },
  { ending: 'ets', form: (w) => `${w.definite}s` },
  { ending: 'et', form: (w) => w.definite },
  { ending: 's', form: (w) => `${w.singular}s` },
  { ending: '', form: (w) => w.singular },
];

function matchCase(original: string, replacement: string): string {
  if (replacement === '') return replacement;
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (
    letters.length > 1 &&
    letters === letters.toLocaleUpperCase('nb') &&
    letters !== letters.toLocaleLowerCase('nb')
  ) {
    return replacement.toLocaleUpperCase('nb');
  }
  const first = original[0]!;
  const upper = first === first.toLocaleUpperCase('nb') && first !== first.toLocaleLowerCase('nb');
  const head = upper ? replacement[0]!.toLocaleUpperCase('nb') : replacement[0]!.toLocaleLowerCase('nb');
  return head + replacement.slice(1);
}

const NB_PATTERN = /(?<!\p{L})behandlingsteam(\p{L}*)/giu;
const EN_PATTERN = /(?<!\p{L})treatment([ -])team(s'|'s|s)?(?!\p{L})/giu;

/**
 * Replaces «behandlingsteam» and its inflections and compounds (behandlingsteammøte,
 * behandlingsteamleder…) by the service's word, keeping the case of the first letter (and all
 * capitals). With an English word, "treatment team(s)" is replaced too. Text without the word is
 * returned unchanged.
 */
export function replaceTeamTerm(textValue: string, terminology: TeamTerminology | string): string {
  const terms: TeamTerminology = typeof terminology === 'string' ? { nb: terminology } : terminology;
  const word = teamWord(terms.nb);
  let result = textValue.replace(NB_PATTERN, (whole: string, rest: string) => {
    const stem = whole.slice(0, STEM.length);
    const inflection = INFLECTIONS.find((candidate) => candidate.ending === rest.toLocaleLowerCase('nb'));
    // An inflected noun is replaced whole; a compound keeps its tail as written (…møtet, …leder).
    if (inflection) return matchCase(whole, inflection.form(word));
    return matchCase(stem, word.compound) + rest;
  });
  if (terms.en !== undefined && terms.en.trim() !== '') {
    const en = terms.en.trim();
    result = result.replace(EN_PATTERN, (whole: string, _sep: string, suffix: string | undefined) => {
      const base = suffix === undefined ? en : suffix === "'s" ? `${en}'s` : suffix === "s'" ? `${en}s'` : `${en}s`;
      return matchCase(whole, base);
    });
  }
  return result;
}

/** The same replacement on both languages of a Text. */
export function replaceTeamTermInText(value: Text, terminology: TeamTerminology | string): Text {
  return { nb: replaceTeamTerm(value.nb, terminology), en: replaceTeamTerm(value.en, terminology) };
}

/**
 * A table definition with the service's word in its sheet texts: headers, help and description
 * (e.g. «Behandlingsteam» → «Booppfølgingsteam»). Column ids, list values and import synonyms
 * are unchanged, so imports and wiring formulas work the same.
 */
export function withTeamTerm<
  T extends { readonly description: Text; readonly columns: readonly { readonly header: Text; readonly help: Text }[] },
>(table: T, terminology: TeamTerminology | string): T {
  return {
    ...table,
    description: replaceTeamTermInText(table.description, terminology),
    columns: table.columns.map((column) => ({
      ...column,
      header: replaceTeamTermInText(column.header, terminology),
      help: replaceTeamTermInText(column.help, terminology),
    })),
  };
}
