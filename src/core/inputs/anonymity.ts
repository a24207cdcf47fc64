/**
 * Anonymity checks for imported or pasted input: the review needs participant codes, never
 * names or national identity numbers (the manual's forms use «Deltaker (ID)» and the evaluators
 * anonymise quotes). Detects columns that look like personal names or hold valid Norwegian
 * fødselsnummer / D-numbers, and replaces a column's values by stable pseudonyms (P001, P002 …).
 * The mapping is returned only in memory; the caller decides whether to keep it.
 */
import type { CellValue } from '../functions/cells';
import type { Text } from '../text';

// --- fødselsnummer ------------------------------------------------------------------------------

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

function controlDigit(digits: readonly number[], weights: readonly number[]): number | null {
  const sum = weights.reduce((total, weight, index) => total + weight * digits[index]!, 0);
  const rest = 11 - (sum % 11);
  if (rest === 11) return 0;
  if (rest === 10) return null;
  return rest;
}

/**
 * True for an 11-digit Norwegian fødselsnummer, D-number (day + 40), H-number (month + 40) or
 * synthetic test number (month + 80) with a plausible date and both mod-11 control digits right.
 * A space after the six date digits is accepted ("010190 12345").
 */
export function isFodselsnummer(value: string): boolean {
  const compactValue = value.trim().replace(/^(\d{6})[ \u00a0](\d{5})$/, '$1$2');
  if (!/^\d{11}$/.test(compactValue)) return false;
  const digits = [...compactValue].map(Number);
  let day = digits[0]! * 10 + digits[1]!;
  let month = digits[2]! * 10 + digits[3]!;
  if (day > 40) day -= 40;
  if (month > 80) month -= 80;
  else if (month > 40) month -= 40;
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  const k1 = controlDigit(digits, W1);
  if (k1 === null || k1 !== digits[9]) return false;
  const k2 = controlDigit(digits, W2);
  return k2 !== null && k2 === digits[10];
}

/** Every valid fødselsnummer inside a text (digits only, 11 long), e.g. in a notes column. */
export function findFodselsnummer(textValue: string): string[] {
  const found: string[] = [];
  for (const match of textValue.matchAll(/(?<!\d)(\d{6})[ \u00a0]?(\d{5})(?!\d)/g)) {
    const candidate = `${match[1]}${match[2]}`;
    if (isFodselsnummer(candidate)) found.push(candidate);
  }
  return found;
}

function cellHasFodselsnummer(cell: CellValue): boolean {
  if (typeof cell === 'number') {
    // A number cell loses the leading zero of days 01–09: 01019012345 is stored as 1019012345.
    if (!Number.isInteger(cell) || cell < 1e9 || cell >= 1e11) return false;
    return isFodselsnummer(String(cell).padStart(11, '0'));
  }
  return typeof cell === 'string' && findFodselsnummer(cell).length > 0;
}

// --- names ----------------------------------------------------------------------------------------

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

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'af', 'la', 'le', 'bin', 'al']);
const NOT_A_PERSON =
  /\b(as|asa|ans|da|sa|ba|iks|kf|hf|sf|nuf|ltd|inc|gmbh|kommune|sykehus|senter|skole|barnehage|butikk|kafé|kafe|restaurant|hotell|bank|sparebank|forsikring|stormagasin|verksted|apotek|klinikk|nav|team|avdeling|gruppe|enhet)\b|[&@\d]/iu;

export type NameLikeness = 'name' | 'possibleName' | null;

/**
 * How much a cell looks like a person's name:
 * - "name": starts with a common first name written with a capital (Kari Nordmann, Anne M., Ola);
 * - "possibleName": two or more capitalised words that do not look like a business;
 * - null otherwise.
 */
export function looksLikeName(value: CellValue): NameLikeness {
  if (typeof value !== 'string') return null;
  const s = value.trim().replace(/\s+/g, ' ');
  if (s === '' || s.length > 60 || NOT_A_PERSON.test(s)) return null;
  const words = s.split(' ');
  const capitalised = (word: string) => /^\p{Lu}[\p{Ll}'’]+(-\p{Lu}[\p{Ll}'’]+)*$/u.test(word) || /^\p{Lu}\.?$/u.test(word);
  const first = words[0]!;
  const firstParts = first.split('-').map((part) => part.toLocaleLowerCase('nb'));
  if (capitalised(first) && FIRST_NAMES.has(firstParts[0]!) && words.every((word) => capitalised(word) || PARTICLES.has(word))) {
    return 'name';
  }
  // "Nordmann, Kari"
  const comma = /^(\p{Lu}[\p{Ll}'’-]+), (\p{Lu}[\p{Ll}'’-]+)$/u.exec(s);
  if (comma && FIRST_NAMES.has(comma[2]!.toLocaleLowerCase('nb'))) return 'name';
  const named = words.filter((word) => !PARTICLES.has(word));
  if (named.length >= 2 && named.length <= 4 && named.every(capitalised) && named.some((word) => word.length > 2)) return 'possibleName';
  return null;
}

const NAME_HEADER = /\b(navn|name|fornavn|etternavn|surname|first name|last name|full name)\b/iu;
const ID_HEADER = /\b(fnr|f nr|fødselsnummer|fodselsnummer|personnummer|d nummer|ssn|national id|personal id)\b/iu;

// --- scanning ------------------------------------------------------------------------------------

export type FindingKind = 'nationalId' | 'names' | 'possibleNames';

export interface PersonalDataFinding {
  /** Column id (imported rows) or 0-based column index (a range). */
  readonly column: string | number;
  readonly header?: string;
  readonly kind: FindingKind;
  /** Rows (1-based line numbers, or 0-based indexes for plain arrays) where it was seen. */
  readonly rows: readonly number[];
  readonly count: number;
  /** Non-blank cells in the column. */
  readonly of: number;
  readonly message: Text;
}

function finding(column: string | number, header: string | undefined, kind: FindingKind, rows: number[], of: number): PersonalDataFinding {
  const name = header ?? String(column);
  const count = rows.length;
  const messages: Readonly<Record<FindingKind, Text>> = {
    nationalId: {
      nb: `Kolonnen «${name}» inneholder ${count} gyldig${count === 1 ? 't' : 'e'} fødselsnummer. Fjern dem eller bytt dem ut med koder før dataene lagres i arbeidsboken.`,
      en: `Column "${name}" holds ${count} valid Norwegian national identity number${count === 1 ? '' : 's'}. Remove them or replace them by codes before the data is stored in the workbook.`,
    },
    names: {
      nb: `Kolonnen «${name}» ser ut til å inneholde navn (${count} av ${of}). Bruk deltaker-ID-er i stedet, f.eks. med «Erstatt med ID-er».`,
      en: `Column "${name}" seems to hold names (${count} of ${of}). Use participant IDs instead, e.g. with "Replace with IDs".`,
    },
    possibleNames: {
      nb: `Kolonnen «${name}» kan inneholde navn (${count} av ${of} verdier er ord med stor forbokstav). Kontroller den.`,
      en: `Column "${name}" may hold names (${count} of ${of} values are capitalised words). Please check it.`,
    },
  };
  return { column, ...(header !== undefined ? { header } : {}), kind, rows, count, of, message: messages[kind] };
}

export interface ScanColumn {
  readonly key: string | number;
  readonly header?: string;
  /** Cells with the row number to report for each. */
  readonly cells: readonly { readonly row: number; readonly value: CellValue }[];
  /** The column is meant to hold participant identities (a participant-code column). */
  readonly personal?: boolean;
}

/** Findings for one column: valid fødselsnummer anywhere; names when the column looks like a list of names. */
export function scanColumn(column: ScanColumn): PersonalDataFinding[] {
  const filled = column.cells.filter((cell) => !(cell.value === null || cell.value === undefined || (typeof cell.value === 'string' && cell.value.trim() === '')));
  const findings: PersonalDataFinding[] = [];
  const ids = filled.filter((cell) => cellHasFodselsnummer(cell.value)).map((cell) => cell.row);
  if (ids.length > 0) findings.push(finding(column.key, column.header, 'nationalId', ids, filled.length));
  if (filled.length === 0) return findings;
  const names: number[] = [];
  const possible: number[] = [];
  for (const cell of filled) {
    const likeness = looksLikeName(cell.value);
    if (likeness === 'name') names.push(cell.row);
    else if (likeness === 'possibleName') possible.push(cell.row);
  }
  const nameHeader = column.header !== undefined && (NAME_HEADER.test(column.header) || ID_HEADER.test(column.header));
  const share = names.length / filled.length;
  const looseShare = (names.length + possible.length) / filled.length;
  if (names.length > 0 && (share >= 0.3 || nameHeader || column.personal)) {
    findings.push(finding(column.key, column.header, 'names', [...names, ...possible].sort((a, b) => a - b), filled.length));
  } else if (looseShare >= 0.6 && filled.length >= 2 && (column.personal || nameHeader || possible.length >= 3)) {
    findings.push(finding(column.key, column.header, 'possibleNames', [...names, ...possible].sort((a, b) => a - b), filled.length));
  }
  return findings;
}

/** Scans a range whose first row holds headers. Rows are reported 1-based, the header being row 1. */
export function scanValues(values: readonly (readonly CellValue[])[]): PersonalDataFinding[] {
  const headers = (values[0] ?? []).map((cell) => (cell === null || cell === undefined ? '' : String(cell)));
  const width = Math.max(0, ...values.map((row) => row.length));
  const findings: PersonalDataFinding[] = [];
  for (let c = 0; c < width; c++) {
    findings.push(
      ...scanColumn({
        key: c,
        header: headers[c] || undefined,
        cells: values.slice(1).map((row, index) => ({ row: index + 2, value: row[c] })),
      }),
    );
  }
  return findings;
}

/** Scans imported rows column by column (rows reported by their source line). */
export function scanRows(
  rows: readonly { readonly line: number; readonly values: Readonly<Record<string, unknown>> }[],
  columns: readonly { readonly id: string; readonly header?: { readonly nb: string; readonly en: string }; readonly personal?: boolean }[],
  language: 'nb' | 'en' = 'nb',
): PersonalDataFinding[] {
  return columns.flatMap((column) =>
    scanColumn({
      key: column.id,
      ...(column.header ? { header: column.header[language] } : {}),
      ...(column.personal ? { personal: true } : {}),
      cells: rows.map((row) => {
        const value = row.values[column.id];
        return { row: row.line, value: typeof value === 'string' || typeof value === 'number' ? value : null };
      }),
    }),
  );
}

// --- pseudonyms -----------------------------------------------------------------------------------

export interface PseudonymOptions {
  /** Prefix of the codes (default "P"). */
  readonly prefix?: string;
  /** Digits (default 3: P001). More are used when needed. */
  readonly digits?: number;
  /** A mapping from an earlier call, to keep codes stable across tables. It is not modified. */
  readonly existing?: ReadonlyMap<string, string>;
}

export interface PseudonymResult<R> {
  readonly rows: R[];
  /** Original value (normalised: trimmed, single spaces, lower case) → code. Keep it in memory only. */
  readonly mapping: ReadonlyMap<string, string>;
}

/** How values are compared for pseudonyms: " Kari  Nordmann" and "kari nordmann" are one person. */
export function pseudonymKey(value: unknown): string {
  return String(value).trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
}

/**
 * Replaces the values of one column by stable codes: the same value always gets the same code,
 * in order of first appearance (P001, P002 …), continuing an `existing` mapping. Blank cells stay
 * blank. Rows are copied (arrays or objects); the input is not changed.
 */
export function pseudonymize<R extends object>(rows: readonly R[], column: keyof R & (string | number), options: PseudonymOptions = {}): PseudonymResult<R> {
  const prefix = options.prefix ?? 'P';
  const digits = options.digits ?? 3;
  const mapping = new Map<string, string>(options.existing ?? []);
  const used = new Set(mapping.values());
  let next = 1;
  const nextCode = () => {
    let code: string;
    do {
      code = `${prefix}${String(next).padStart(digits, '0')}`;
      next += 1;
    } while (used.has(code));
    used.add(code);
    return code;
  };
  const out = rows.map((row) => {
    const copy = (Array.isArray(row) ? [...row] : { ...row }) as R;
    const value = (row as Record<string | number, unknown>)[column];
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return copy;
    const key = pseudonymKey(value);
    let code = mapping.get(key);
    if (code === undefined) {
      code = nextCode();
      mapping.set(key, code);
    }
    (copy as Record<string | number, unknown>)[column] = code;
    return copy;
  });
  return { rows: out, mapping };
}

/** Pseudonymises one column of imported rows ({ line, values }) and returns new rows. */
export function pseudonymizeImported<T extends { readonly line: number; readonly values: Readonly<Record<string, unknown>> }>(
  rows: readonly T[],
  columnId: string,
  options: PseudonymOptions = {},
): PseudonymResult<T> {
  const result = pseudonymize(
    rows.map((row) => ({ ...row.values })),
    columnId,
    options,
  );
  return { rows: rows.map((row, index) => ({ ...row, values: result.rows[index]! })), mapping: result.mapping };
}
