/**
 * Personal names in cells and in free text, for the anonymity checks (anonymity.ts): a common
 * Norwegian first name, in any case, with the words that follow it; or capitalised words after
 * a word such as «deltaker». Only a hint to ask about, never proof: the lists are short and a
 * first name that is also a common word («per», «liv», «tone») needs a surname next to it.
 */
import type { CellValue } from '../cells';

/** Common Norwegian first names (SSB's most frequent, both sexes), lower case. A short list suffices: it only raises confidence. */
const FIRST_NAMES = new Set(
  (
    'ole ola jan per bjørn lars kjell knut arne svein thomas hans geir tor morten terje odd erik martin andreas john anders rune trond tore ' +
    'jon harald olav gunnar nils magnus kristian daniel jonas espen petter einar stian steinar eirik øyvind fredrik marius sander henrik ' +
    'mathias emil tobias jakob filip aksel oskar lukas william mohammed mohamed ali kåre leif roar frode vidar helge ivar sindre håkon ' +
    'sigurd halvor even vegard kristoffer alexander sebastian adrian benjamin elias isak johannes markus simon jørgen are asbjørn ' +
    'anne inger kari marit ingrid liv eva berit astrid bjørg hilde anna solveig marianne randi ida nina ragnhild elisabeth kristin bente ' +
    'heidi silje hege tone turid camilla grethe grete mari julie ingeborg sara emma nora ella maja emilie sofie thea amalie hanne linda ' +
    'line lene monica tonje kristine maria karin else siri wenche unni gro laila mona trine elin helene stine marte ane sigrid aud gerd ' +
    'sissel jorunn torill ellen janne anita kirsten åse oda vilde frida hedda tiril guro ragnhild synnøve eli mette kjersti marthe ' +
    'hanna malin ingvild vibeke toril britt lise lisa kristina katrine cecilie'
  ).split(/\s+/),
);

/** First names that are also everyday words (Norwegian or English): a name only with a surname after them. */
const WORD_NAMES = new Set(
  'per hans jan tor odd are even liv line tone else gro åse ane lene mette vilde svein rune tore bjørn sander aksel'.split(
    ' ',
  ),
);

/** The most common Norwegian surnames (SSB), lower case: what makes «per olsen» a name and «per uke» not. */
const SURNAMES = new Set(
  (
    'hansen johansen olsen larsen andersen pedersen nilsen kristiansen jensen karlsen johnsen pettersen eriksen berg haugen hagen ' +
    'johannessen andreassen jacobsen dahl jørgensen halvorsen henriksen lund sørensen jakobsen moen gundersen iversen strand solberg ' +
    'svendsen eide knutsen martinsen paulsen bakken kristoffersen mathisen lie amundsen nguyen rasmussen lunde solheim berge moe ' +
    'nygård bakke kristensen fredriksen holm lien hauge christensen andresen nordmann ahmed knudsen evensen sæther aas myhre haugland'
  ).split(/\s+/),
);

/** Words that end a name written without capitals («ola fikk jobb»: the name is «ola»). */
const NOT_NAME_WORDS = new Set(
  (
    'og i på med har hadde er var fikk får som til fra for av om skal skulle kan kunne vil ville må måtte ble blir jobber jobbet ' +
    'arbeider startet begynte møtte sa sier går gikk kom kommer ønsker trenger så men eller at det den de en et ei ikke også nå da ' +
    'der her hos uten etter før under over mot ved per uke dag time måned år deltaker deltakeren ' +
    'the and is was has had got gets works worked with in on at to for of from started met said wants needs will would can could'
  ).split(/\s+/),
);

/** Words after which capitalised words are a person («Deltaker Zyxa Quorvik»). */
const ROLE_WORDS = new Set(
  'deltaker deltakeren bruker brukeren klient klienten kandidat kandidaten pasient pasienten jobbsøker jobbsøkeren participant client patient candidate herr fru mr mrs ms'.split(
    ' ',
  ),
);

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'af', 'la', 'le', 'bin', 'al']);
const NOT_A_PERSON =
  /\b(as|asa|ans|da|sa|ba|iks|kf|hf|sf|nuf|ltd|inc|gmbh|kommune|sykehus|senter|skole|barnehage|butikk|kafé|kafe|restaurant|hotell|bank|sparebank|forsikring|stormagasin|verksted|apotek|klinikk|nav|team|avdeling|gruppe|enhet)\b|[&@\d]/iu;

const lower = (word: string) => word.toLocaleLowerCase('nb');
const CAPITALISED = /^\p{Lu}[\p{Ll}'’]+(-\p{Lu}[\p{Ll}'’]+)*$/u;
const INITIAL = /^\p{Lu}\.?$/u;
const capitalised = (word: string) => CAPITALISED.test(word) || INITIAL.test(word);

/** The case a word is written in: capitalised, all lower, all upper, or other (mixed, initials). */
type Shape = 'capitalised' | 'lower' | 'upper' | 'other';

function shapeOf(word: string): Shape {
  if (CAPITALISED.test(word)) return 'capitalised';
  if (/^[\p{Ll}'’-]+$/u.test(word)) return 'lower';
  if (/^[\p{Lu}'’-]{2,}$/u.test(word)) return 'upper';
  return 'other';
}

/** A common first name («Anne-Lise» by its first part). */
function isFirstName(word: string): boolean {
  return FIRST_NAMES.has(lower(word).split('-')[0]!);
}

function isSurnameLike(word: string): boolean {
  const w = lower(word);
  return SURNAMES.has(w) || (w.length >= 5 && /(sen|son)$/u.test(w));
}

export type NameLikeness = 'name' | 'possibleName' | null;

/**
 * How much a cell looks like a person's name:
 * - "name": starts with a common first name, written with a capital (Kari Nordmann, Anne M., Ola)
 *   or all in one case (kari nordmann, KARI NORDMANN);
 * - "possibleName": two or more capitalised words that do not look like a business;
 * - null otherwise.
 */
export function looksLikeName(value: CellValue): NameLikeness {
  if (typeof value !== 'string') return null;
  const s = value.trim().replace(/\s+/g, ' ');
  if (s === '' || s.length > 60 || NOT_A_PERSON.test(s)) return null;
  const words = s.split(' ');
  const first = words[0]!;
  if (capitalised(first) && isFirstName(first) && words.every((word) => capitalised(word) || PARTICLES.has(word))) {
    return 'name';
  }
  if (caselessName(words)) return 'name';
  // "Nordmann, Kari"
  const comma = /^(\p{Lu}[\p{Ll}'’-]+), (\p{Lu}[\p{Ll}'’-]+)$/u.exec(s);
  if (comma && FIRST_NAMES.has(lower(comma[2]!))) return 'name';
  const named = words.filter((word) => !PARTICLES.has(word));
  if (named.length >= 2 && named.length <= 4 && named.every(capitalised) && named.some((word) => word.length > 2))
    return 'possibleName';
  return null;
}

/** A whole cell written in one case that is a first name and at most three more name words. */
function caselessName(words: readonly string[]): boolean {
  const shape = shapeOf(words[0]!);
  if ((shape !== 'lower' && shape !== 'upper') || words.length > 4 || !isFirstName(words[0]!)) return false;
  if (!words.every((word) => shapeOf(word) === shape && !NOT_NAME_WORDS.has(lower(word)))) return false;
  if (!WORD_NAMES.has(lower(words[0]!).split('-')[0]!)) return true;
  return words.length > 1 && isSurnameLike(words[words.length - 1]!);
}

// --- names inside free text -----------------------------------------------------------------------

export interface NameMatch {
  /** As written in the text. */
  readonly text: string;
  readonly index: number;
  /** name: starts with a common first name; possibleName: capitalised words after «deltaker» and the like. */
  readonly kind: 'name' | 'possibleName';
}

interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

function tokenize(textValue: string): Token[] {
  const tokens: Token[] = [];
  for (const match of textValue.matchAll(/\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*(?:\.(?!\p{L}))?/gu)) {
    let word = match[0];
    // A full stop belongs to an initial ("M."), not to a word ending a sentence.
    if (word.endsWith('.') && word.length > 2) word = word.slice(0, -1);
    tokens.push({ word, start: match.index, end: match.index + word.length });
  }
  return tokens;
}

/** True when only spaces separate two tokens (a comma or full stop ends a name). */
function joined(textValue: string, a: Token, b: Token): boolean {
  return /^[ \u00a0]{1,2}$/.test(textValue.slice(a.end, b.start));
}

/** How many tokens from `at` make a name starting with a first name (0: none). */
function nameLength(textValue: string, tokens: readonly Token[], at: number): number {
  const first = tokens[at]!.word;
  const shape = shapeOf(first);
  if (!isFirstName(first)) return 0;
  const wordName = WORD_NAMES.has(lower(first).split('-')[0]!);
  let length = 1;
  if (shape === 'capitalised') {
    while (
      at + length < tokens.length &&
      length < 4 &&
      joined(textValue, tokens[at + length - 1]!, tokens[at + length]!)
    ) {
      const next = tokens[at + length]!.word;
      const particle = PARTICLES.has(next) && tokens[at + length + 1] && capitalised(tokens[at + length + 1]!.word);
      if (!capitalised(next) && !particle) break;
      length++;
    }
    return wordName && length === 1 ? 0 : length;
  }
  if (shape !== 'lower' && shape !== 'upper') return 0;
  // Written without capitals: the first name and the words after it that are not everyday words.
  while (
    at + length < tokens.length &&
    length < 3 &&
    joined(textValue, tokens[at + length - 1]!, tokens[at + length]!)
  ) {
    const next = tokens[at + length]!.word;
    if (shapeOf(next) !== shape || NOT_NAME_WORDS.has(lower(next))) break;
    length++;
    // A third word only after a second first name ("kari anne nordmann").
    if (!isFirstName(next)) break;
  }
  if (wordName) return length > 1 && isSurnameLike(tokens[at + length - 1]!.word) ? length : 0;
  return length;
}

/** How many capitalised tokens after a role word («deltaker») make a name (0: none). */
function roleNameLength(textValue: string, tokens: readonly Token[], at: number): number {
  if (at === 0 || !ROLE_WORDS.has(lower(tokens[at - 1]!.word)) || !joined(textValue, tokens[at - 1]!, tokens[at]!))
    return 0;
  let length = 0;
  while (at + length < tokens.length && length < 3 && CAPITALISED.test(tokens[at + length]!.word)) {
    if (length > 0 && !joined(textValue, tokens[at + length - 1]!, tokens[at + length]!)) break;
    length++;
  }
  return length;
}

/** 2 when a capitalised word is followed by a common surname («Zara Olsen»), else 0. */
function surnameNameLength(textValue: string, tokens: readonly Token[], at: number): number {
  const next = tokens[at + 1];
  if (
    !next ||
    !CAPITALISED.test(tokens[at]!.word) ||
    !CAPITALISED.test(next.word) ||
    !joined(textValue, tokens[at]!, next)
  )
    return 0;
  return isSurnameLike(next.word) ? 2 : 0;
}

/**
 * The names inside a free text: a common first name (any case) with the name words after it
 * («Møte med Kari Nordmann», «kari nordmann», «KARI NORDMANN», «Anne-Lise M. Berg»); and, as
 * possible names, capitalised words after «deltaker», «bruker» … («Deltaker Zyxa Quorvik») or
 * before a common surname («Zara Olsen»). Businesses («Per Olsen AS») are left out.
 */
export function findNamesInText(textValue: string): NameMatch[] {
  const tokens = tokenize(textValue);
  const found: NameMatch[] = [];
  for (let at = 0; at < tokens.length; at++) {
    let kind: NameMatch['kind'] = 'name';
    let length = nameLength(textValue, tokens, at);
    if (length === 0) {
      length = roleNameLength(textValue, tokens, at) || surnameNameLength(textValue, tokens, at);
      kind = 'possibleName';
    }
    if (length === 0) continue;
    const last = tokens[at + length - 1]!;
    const after = tokens[at + length];
    const text = textValue.slice(tokens[at]!.start, last.end);
    const business = after && joined(textValue, last, after) && NOT_A_PERSON.test(after.word);
    if (!business && !NOT_A_PERSON.test(text)) found.push({ text, index: tokens[at]!.start, kind });
    at += length - 1;
  }
  return found;
}
