/**
 * Organisasjon 3 — Samarbeid mellom jobbspesialister og NAV-veiledere (org.nav_collaboration).
 *
 * The calculator and the spreadsheet function that reads the cells and calls it. Rounding is the
 * manual's rule 11: metrics and averaged scores are rounded DOWN before they are placed in the
 * anchors' bands, and the arithmetic is exact (21 ÷ (0.1 + 0.2 + 0.7) = 21). The checked entry
 * parses typed input with its schema; the column/total cores are what the spreadsheet function
 * calls after reading every cell.
 */
import { checkInput, type InputRules, type ValueRule } from '../shared/rules';
import { reason } from '../shared/reasons';
import { Score } from '../../scale/types';
import { ItemResult, Reason } from '../../result';
import { itemFunction, scalarParameter } from '../shared/define';
import { notAvailable, invalidValue } from '../../errors';
import { CellArg, scalar, isBlank } from '../../cells';

/** The item scored here (its id in the scale registry). */
const ITEM_ID = 'org.nav_collaboration';

/** How often something happens, from never to weekly (the steps the Org 3 anchors use). */
export const NAV_FREQUENCIES = ['none', 'lessThanQuarterly', 'quarterly', 'monthly', 'weekly'] as const;
export type NavFrequency = (typeof NAV_FREQUENCIES)[number];

const NAV_FREQUENCY_TEXT: Readonly<Record<NavFrequency, { readonly nb: string; readonly en: string }>> = {
  none: { nb: 'aldri', en: 'never' },
  lessThanQuarterly: { nb: 'sjeldnere enn hvert kvartal', en: 'less often than quarterly' },
  quarterly: { nb: 'hvert kvartal', en: 'quarterly' },
  monthly: { nb: 'hver måned', en: 'monthly' },
  weekly: { nb: 'hver uke', en: 'weekly' },
};

/** The closed list of words accepted for each frequency (nb and en, case-insensitive). */
export const NAV_FREQUENCY_WORDS: Readonly<Record<NavFrequency, readonly string[]>> = {
  none: ['none', 'never', 'no', 'ingen', 'aldri', 'nei'],
  lessThanQuarterly: [
    'less than quarterly',
    'less often than quarterly',
    'lessthanquarterly',
    'lt quarterly',
    'rarely',
    'rarer than quarterly',
    'sjeldnere enn kvartalsvis',
    'sjeldnere enn hvert kvartal',
    'sjeldnere',
    'sjelden',
  ],
  quarterly: ['quarterly', 'every quarter', 'kvartalsvis', 'hvert kvartal', 'kvartal'],
  monthly: ['monthly', 'every month', 'månedlig', 'maanedlig', 'manedlig', 'hver måned', 'hver maaned', 'måned'],
  weekly: ['weekly', 'every week', 'ukentlig', 'hver uke', 'uke'],
};

function normaliseWord(text: string): string {
  return text.trim().toLocaleLowerCase('nb').replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');
}

const NAV_FREQUENCY_BY_WORD = new Map<string, NavFrequency>(
  NAV_FREQUENCIES.flatMap((frequency) =>
    NAV_FREQUENCY_WORDS[frequency].map((word) => [normaliseWord(word), frequency] as const),
  ),
);

/** A frequency from its word, or undefined when the word is not on the closed list. */
export function navFrequencyFromText(text: string): NavFrequency | undefined {
  return NAV_FREQUENCY_BY_WORD.get(normaliseWord(text));
}

/** The accepted words, for error messages. */
export const NAV_FREQUENCY_CHOICES =
  'none/ingen, less than quarterly/sjeldnere enn kvartalsvis, quarterly/kvartalsvis, monthly/månedlig, weekly/ukentlig';

export interface NavCollaborationInput {
  /** How often JS and NAV counsellors hold scheduled, in-person meetings. */
  readonly meetings: NavFrequency;
  /** How often they have client-related contact by any channel (phone, e-mail, in person). */
  readonly contacts: NavFrequency;
}

const FREQUENCY_RULE: ValueRule = { kind: 'choice', values: NAV_FREQUENCIES };

/** The rules of navCollaboration()'s typed input. */
export const NAV_RULES: InputRules = {
  meetings: { argument: 'meetings', rule: FREQUENCY_RULE },
  contacts: { argument: 'contacts', rule: FREQUENCY_RULE },
};

const rank = (frequency: NavFrequency): number => NAV_FREQUENCIES.indexOf(frequency);

/**
 * Organisasjon 3 (3997–4001; anchors 10049–10099), every element of an anchor required (rule 7):
 * 5 = scheduled in-person meetings at least monthly AND client-related contact weekly;
 * 4 = meetings at least quarterly OR contact weekly; 3 = contact monthly; 2 = contact at least
 * quarterly; 1 = less often or no communication. Meetings are themselves contacts, so contact
 * is at least as frequent as the meetings.
 */
export function navCollaboration(input: NavCollaborationInput): ItemResult {
  const { meetings, contacts: stated } = checkInput(input, NAV_RULES);
  const contacts = rank(stated) >= rank(meetings) ? stated : meetings;
  const m = rank(meetings);
  const c = rank(contacts);
  let score: Score;
  let nbRule: string;
  let enRule: string;
  if (m >= rank('monthly') && c >= rank('weekly')) {
    score = 5;
    nbRule = 'planlagte, personlige møter minst hver måned og deltakerrelaterte kontakter hver uke';
    enRule = 'scheduled in-person meetings at least monthly and client-related contact weekly';
  } else if (m >= rank('quarterly') || c >= rank('weekly')) {
    score = 4;
    nbRule =
      c >= rank('weekly')
        ? 'deltakerrelaterte kontakter hver uke (men ikke månedlige planlagte møter)'
        : 'planlagte, personlige møter minst hvert kvartal (men ikke både månedlige møter og ukentlig kontakt)';
    enRule =
      c >= rank('weekly')
        ? 'client-related contact weekly (but no monthly scheduled meetings)'
        : 'scheduled in-person meetings at least quarterly (but not both monthly meetings and weekly contact)';
  } else if (c >= rank('monthly')) {
    score = 3;
    nbRule = 'deltakerrelaterte kontakter hver måned';
    enRule = 'client-related contact monthly';
  } else if (c >= rank('quarterly')) {
    score = 2;
    nbRule = 'deltakerrelatert kontakt minst hvert kvartal';
    enRule = 'client-related contact at least quarterly';
  } else {
    score = 1;
    nbRule =
      c === rank('none')
        ? 'jobbspesialister og NAV-veiledere kommuniserer ikke'
        : 'deltakerrelaterte kontakter sjeldnere enn hvert kvartal';
    enRule =
      c === rank('none')
        ? 'employment specialists and NAV counsellors do not communicate'
        : 'client-related contact less often than quarterly';
  }
  const reasons: Reason[] = [
    reason(
      'org.nav_collaboration.frequencies',
      `Planlagte, personlige møter: ${NAV_FREQUENCY_TEXT[meetings].nb}; deltakerrelaterte kontakter: ${NAV_FREQUENCY_TEXT[contacts].nb}.`,
      `Scheduled in-person meetings: ${NAV_FREQUENCY_TEXT[meetings].en}; client-related contacts: ${NAV_FREQUENCY_TEXT[contacts].en}.`,
    ),
  ];
  if (contacts !== stated) {
    reasons.push(
      reason(
        'org.nav_collaboration.meetings_are_contacts',
        `Kontaktene ble oppgitt som «${NAV_FREQUENCY_TEXT[stated].nb}», men møtene er også kontakter, så kontakt regnes som minst like hyppig som møtene.`,
        `Contacts were given as "${NAV_FREQUENCY_TEXT[stated].en}", but the meetings are contacts too, so contact counts as at least as frequent as the meetings.`,
      ),
    );
  }
  reasons.push(
    reason(
      `org.nav_collaboration.score_${score}`,
      `${capitalise(nbRule)}: skår ${score}.`,
      `${capitalise(enRule)}: score ${score}.`,
    ),
  );
  return { itemId: ITEM_ID, score, reasons };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// --- Organisasjon 3 ------------------------------------------------------------------------

function readFrequency(arg: CellArg, argument: string): NavFrequency {
  const value = scalar(arg ?? null, argument);
  if (isBlank(value))
    throw notAvailable(`argument '${argument}': no frequency given; expected one of ${NAV_FREQUENCY_CHOICES}`);
  const frequency = typeof value === 'string' ? navFrequencyFromText(value) : undefined;
  if (!frequency) {
    const shown = typeof value === 'string' ? `"${value.trim()}"` : value instanceof Date ? 'a date' : String(value);
    throw invalidValue(`argument '${argument}': expected one of ${NAV_FREQUENCY_CHOICES}, got ${shown}`);
  }
  return frequency;
}

export const NAV_COLLABORATION = itemFunction({
  name: 'NAV_COLLABORATION',
  itemId: ITEM_ID,
  parameters: [scalarParameter('meetings'), scalarParameter('contacts')],
  compute: ([meetings, contacts]) =>
    navCollaboration({
      meetings: readFrequency(meetings ?? null, 'meetings'),
      contacts: readFrequency(contacts ?? null, 'contacts'),
    }),
});
