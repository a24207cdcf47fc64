/**
 * Anonymity checks for imported or pasted input: the review needs participant codes, never
 * names or national identity numbers (the manual's forms use «Deltaker (ID)» and the evaluators
 * anonymise quotes). Detects columns that look like personal names or hold valid Norwegian
 * fødselsnummer / D-numbers, and replaces a column's values by stable pseudonyms (P001, P002 …).
 * The mapping is returned only in memory; the caller decides whether to keep it.
 */
import type { CellValue } from '../cells';
import { countOf, plural, type Text } from '../text';
import { findNamesInText, looksLikeName } from './names';

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

function isValidDigits(compact: string): boolean {
  if (!/^\d{11}$/.test(compact)) return false;
  const digits = [...compact].map(Number);
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

/*
 * The ways a fødselsnummer is written: the six date digits (ddmmyy, dd.mm.yy, or grouped 3-3 as
 * "010 190"), then at most two spaces or a hyphen, then the five personal digits. Nothing else is
 * joined, so a date, a phone number (8 digits) or an organisation number (9) never makes one.
 */
const SEPARATOR = /(?:[ \u00a0]{0,2}|[ \u00a0]?[-–][ \u00a0]?)/.source;
const DATE_PART = /(?:\d{6}|\d{2}[./]\d{2}[./]\d{2}|\d{3}[ \u00a0]\d{3})/.source;
/** Not inside a longer number (digits, or a decimal or thousands separator next to them). */
const BEFORE = /(?<!\d)(?<!\d[.,])/.source;
const AFTER = /(?!\d)(?![.,]\d)/.source;
const WRITTEN = new RegExp(String.raw`^${DATE_PART}${SEPARATOR}\d{5}$`);
const IN_TEXT = new RegExp(String.raw`${BEFORE}(?:${DATE_PART}${SEPARATOR}\d{5}|\d{10})${AFTER}`, 'g');

/**
 * True for a Norwegian fødselsnummer, D-number (day + 40), H-number (month + 40) or synthetic
 * test number (month + 80) with a plausible date and both mod-11 control digits right, written
 * compactly or as people write it: "010190 12480", "010190-12480", "01.01.90 12480",
 * "010 190 12480".
 */
export function isFodselsnummer(value: string): boolean {
  const trimmed = value.trim();
  return WRITTEN.test(trimmed) && isValidDigits(trimmed.replace(/\D/g, ''));
}

export interface FodselsnummerMatch {
  /** As written in the text. */
  readonly text: string;
  /** The 11 digits. */
  readonly digits: string;
  readonly index: number;
}

/**
 * Every valid fødselsnummer inside a text, in any of the written forms of isFodselsnummer, and
 * as the 10 digits left when a spreadsheet drops the leading zero of days 01–09 ("1019012480").
 */
export function findFodselsnummerMatches(textValue: string): FodselsnummerMatch[] {
  const found: FodselsnummerMatch[] = [];
  for (const match of textValue.matchAll(IN_TEXT)) {
    const bare = match[0].replace(/\D/g, '');
    const digits = bare.length === 10 ? `0${bare}` : bare;
    if (isValidDigits(digits)) found.push({ text: match[0], digits, index: match.index });
  }
  return found;
}

/** The 11 digits of every valid fødselsnummer inside a text (see findFodselsnummerMatches). */
export function findFodselsnummer(textValue: string): string[] {
  return findFodselsnummerMatches(textValue).map((match) => match.digits);
}

export function cellHasFodselsnummer(cell: CellValue): boolean {
  if (typeof cell === 'number') {
    // A number cell loses the leading zero of days 01–09: 01019012345 is stored as 1019012345.
    if (!Number.isInteger(cell) || cell < 1e9 || cell >= 1e11) return false;
    return isValidDigits(String(cell).padStart(11, '0'));
  }
  return typeof cell === 'string' && findFodselsnummer(cell).length > 0;
}

// --- names ----------------------------------------------------------------------------------------

export { findNamesInText, looksLikeName, type NameLikeness, type NameMatch } from './names';

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

function finding(
  column: string | number,
  header: string | undefined,
  kind: FindingKind,
  rows: number[],
  of: number,
): PersonalDataFinding {
  const name = header ?? String(column);
  const count = rows.length;
  const messages: Readonly<Record<FindingKind, Text>> = {
    nationalId: {
      nb: `Kolonnen «${name}» inneholder ${countOf(count, 'nb', 'gyldig fødselsnummer', 'gyldige fødselsnumre')}. Fjern ${plural(count, 'det', 'dem')} eller bytt ${plural(count, 'det', 'dem')} ut med koder før dataene lagres i arbeidsboken.`,
      en: `Column "${name}" holds ${countOf(count, 'en', 'valid Norwegian national identity number', 'valid Norwegian national identity numbers')}. Remove ${plural(count, 'it', 'them')} or replace ${plural(count, 'it', 'them')} by codes before the data is stored in the workbook.`,
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
  const filled = column.cells.filter(
    (cell) =>
      !(
        cell.value === null ||
        cell.value === undefined ||
        (typeof cell.value === 'string' && cell.value.trim() === '')
      ),
  );
  const findings: PersonalDataFinding[] = [];
  const ids = filled.filter((cell) => cellHasFodselsnummer(cell.value)).map((cell) => cell.row);
  if (ids.length > 0) findings.push(finding(column.key, column.header, 'nationalId', ids, filled.length));
  if (filled.length === 0) return findings;
  const names: number[] = [];
  const possible: number[] = [];
  // A name inside a longer text (a notes column: «Møte med Kari Nordmann») is flagged however rare.
  const inText: number[] = [];
  for (const cell of filled) {
    const likeness = looksLikeName(cell.value);
    if (likeness === 'name') names.push(cell.row);
    else if (likeness === 'possibleName') possible.push(cell.row);
    else if (typeof cell.value === 'string' && findNamesInText(cell.value).some((match) => match.kind === 'name'))
      inText.push(cell.row);
  }
  const nameHeader = column.header !== undefined && (NAME_HEADER.test(column.header) || ID_HEADER.test(column.header));
  const share = names.length / filled.length;
  const looseShare = (names.length + possible.length) / filled.length;
  if (inText.length > 0) {
    findings.push(
      finding(
        column.key,
        column.header,
        'names',
        [...names, ...inText].sort((a, b) => a - b),
        filled.length,
      ),
    );
  } else if (names.length > 0 && (share >= 0.3 || nameHeader || column.personal)) {
    findings.push(
      finding(
        column.key,
        column.header,
        'names',
        [...names, ...possible].sort((a, b) => a - b),
        filled.length,
      ),
    );
  } else if (looseShare >= 0.6 && filled.length >= 2 && (column.personal || nameHeader || possible.length >= 3)) {
    findings.push(
      finding(
        column.key,
        column.header,
        'possibleNames',
        [...names, ...possible].sort((a, b) => a - b),
        filled.length,
      ),
    );
  }
  return findings;
}

/**
 * True for a value the scan flags in a column: it holds a fødselsnummer, looks like a name (or a
 * possible one), or has a name inside its text. The service's own codes (P102, AB, JS9) are not
 * flagged; «Erstatt med ID-er» replaces only the flagged values (see PseudonymOptions.only).
 */
export function isFlaggedValue(value: unknown): boolean {
  if (typeof value !== 'string' && typeof value !== 'number') return false;
  if (cellHasFodselsnummer(value)) return true;
  if (typeof value !== 'string') return false;
  return looksLikeName(value) !== null || findNamesInText(value).some((match) => match.kind === 'name');
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
  columns: readonly {
    readonly id: string;
    readonly header?: { readonly nb: string; readonly en: string };
    readonly personal?: boolean;
  }[],
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
  /**
   * Only values this says yes to are replaced (e.g. isFlaggedValue); the others stay as they are,
   * and no new code is one of them. Default: every non-blank value.
   */
  readonly only?: (value: unknown) => boolean;
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
 * blank; with `only`, so does every value it does not pick. Rows are copied (arrays or objects); the input is not changed.
 */
export function pseudonymize<R extends object>(
  rows: readonly R[],
  column: keyof R & (string | number),
  options: PseudonymOptions = {},
): PseudonymResult<R> {
  const prefix = options.prefix ?? 'P';
  const digits = options.digits ?? 3;
  const mapping = new Map<string, string>(options.existing ?? []);
  const used = new Set([...mapping.values()].map(pseudonymKey));
  const isBlank = (value: unknown) =>
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
  const replaced = (value: unknown) => !isBlank(value) && (options.only?.(value) ?? true);
  // Values kept as they are (the service's own codes) are never handed out as new codes.
  if (options.only)
    for (const row of rows) {
      const value = (row as Record<string | number, unknown>)[column];
      if (!isBlank(value) && !replaced(value)) used.add(pseudonymKey(value));
    }
  let next = 1;
  const nextCode = () => {
    let code: string;
    do {
      code = `${prefix}${String(next).padStart(digits, '0')}`;
      next += 1;
    } while (used.has(pseudonymKey(code)));
    used.add(pseudonymKey(code));
    return code;
  };
  const out = rows.map((row) => {
    const copy = (Array.isArray(row) ? [...row] : { ...row }) as R;
    const value = (row as Record<string | number, unknown>)[column];
    if (!replaced(value)) return copy;
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
export function pseudonymizeImported<
  T extends { readonly line: number; readonly values: Readonly<Record<string, unknown>> },
>(rows: readonly T[], columnId: string, options: PseudonymOptions = {}): PseudonymResult<T> {
  const result = pseudonymize(
    rows.map((row) => ({ ...row.values })),
    columnId,
    options,
  );
  return { rows: rows.map((row, index) => ({ ...row, values: result.rows[index]! })), mapping: result.mapping };
}
