/**
 * Import of an input table from CSV/TSV text (as exported from a case-management system, Excel
 * or Sheets) or from a pasted sheet range. Pure: no DOM, no host.
 *
 * - Separator detected among ";", "," and tab; quoted fields may hold separators, newlines and
 *   doubled quotes; BOM and CRLF are handled.
 * - Numbers with decimal comma ("0,5") or point, spaces as thousands separators, "56 %".
 * - Dates dd.mm.yyyy, d.m.yy, dd/mm/yyyy, yyyy-mm-dd, "9. mai 2027", and sheet serials → ISO text.
 * - yes/no as ja/nei/yes/no/x/1/0/TRUE/FALSE; list values by label, id or synonym, in nb or en.
 * - Headers mapped to table columns by header text, id and synonyms, case- and
 *   diacritics-insensitive, with fuzzy matching and an explicit override map.
 *
 * Every record ends in exactly one place: `rows` (fully readable), `errors` (each unreadable cell
 * or row, with its line, column and why) or `skipped` (blank line, repeated header, help row).
 */
import type { CellValue } from '../functions/cells';
import { serialToIso } from '../functions/cells';
import type { Language, Text } from '../text';
import type { ColumnDefinition, ListOption, TableDefinition, TypedValue } from './tables';

export type Delimiter = ';' | ',' | '\t';

export interface CsvRecord {
  /** 1-based line where the record starts. */
  readonly line: number;
  readonly fields: readonly string[];
  /** The record had an unterminated quote; it was read up to the end of its first line. */
  readonly unterminatedQuote?: boolean;
}

const CANDIDATES: readonly Delimiter[] = ['\t', ';', ','];

function stripBom(textValue: string): string {
  return textValue.charCodeAt(0) === 0xfeff ? textValue.slice(1) : textValue;
}

/** Splits delimited text into records. Quotes follow RFC 4180, leniently. */
export function parseRecords(input: string, delimiter: Delimiter): CsvRecord[] {
  const source = stripBom(input);
  const records: CsvRecord[] = [];
  let position = 0;
  let line = 1;
  const length = source.length;
  while (position < length) {
    const startLine = line;
    const startPosition = position;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let fieldStart = true;
    let unterminated = false;
    let done = false;
    while (!done) {
      if (position >= length) {
        if (quoted) unterminated = true;
        fields.push(field);
        done = true;
        break;
      }
      const ch = source[position]!;
      if (quoted) {
        if (ch === '"') {
          if (source[position + 1] === '"') {
            field += '"';
            position += 2;
          } else {
            quoted = false;
            position += 1;
          }
        } else {
          if (ch === '\n') line += 1;
          if (ch === '\r' && source[position + 1] !== '\n') line += 1;
          field += ch;
          position += 1;
        }
        continue;
      }
      if (ch === '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
        position += 1;
        continue;
      }
      if (ch === delimiter) {
        fields.push(field);
        field = '';
        fieldStart = true;
        position += 1;
        continue;
      }
      if (ch === '\r' || ch === '\n') {
        fields.push(field);
        position += ch === '\r' && source[position + 1] === '\n' ? 2 : 1;
        line += 1;
        done = true;
        break;
      }
      field += ch;
      fieldStart = false;
      position += 1;
    }
    if (unterminated) {
      // Re-read just the first physical line without quote handling, and carry on after it.
      let end = startPosition;
      while (end < length && source[end] !== '\n' && source[end] !== '\r') end += 1;
      const raw = source.slice(startPosition, end);
      records.push({ line: startLine, fields: raw.split(delimiter), unterminatedQuote: true });
      position = end < length && source[end] === '\r' && source[end + 1] === '\n' ? end + 2 : end + 1;
      line = startLine + 1;
      continue;
    }
    records.push({ line: startLine, fields });
  }
  return records;
}

function isBlankRecord(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '');
}

/**
 * The separator that splits the first records most consistently into ≥ 2 fields. Ties go to
 * tab, then ";" (Norwegian exports use ";" because "," is the decimal mark), then ",".
 */
export function detectDelimiter(input: string): Delimiter {
  let best: { delimiter: Delimiter; score: number; width: number } | undefined;
  for (const delimiter of CANDIDATES) {
    const records = parseRecords(input, delimiter)
      .filter((record) => !isBlankRecord(record.fields))
      .slice(0, 50);
    const header = records[0];
    if (!header || header.fields.length < 2) continue;
    const width = header.fields.length;
    const consistent = records.filter((record) => record.fields.length === width).length / records.length;
    const score = consistent;
    if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && width > best.width)) {
      best = { delimiter, score, width };
    }
  }
  return best?.delimiter ?? ';';
}

// --- normalisation and header matching -------------------------------------------------------

/** Lower-case, diacritics removed (æ → ae, ø → o, å → a, é → e), punctuation as spaces. */
export function normalizeHeader(value: string): string {
  return value
    .toLocaleLowerCase('nb')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const compact = (value: string) => normalizeHeader(value).replace(/ /g, '');
const withoutParentheses = (value: string) => value.replace(/\([^)]*\)/g, ' ');

/** Edit distance where swapping two neighbouring letters counts as one edit (optimal string alignment). */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

function columnNames(column: ColumnDefinition): string[] {
  return [column.id, column.header.nb, column.header.en, ...(column.synonyms ?? [])];
}

/** How well a source header names a column: 0 (not at all) to 100 (exactly). */
export function headerScore(header: string, column: ColumnDefinition): number {
  const h = compact(header);
  const hBare = compact(withoutParentheses(header));
  if (h === '') return 0;
  let best = 0;
  for (const name of columnNames(column)) {
    const n = compact(name);
    const nBare = compact(withoutParentheses(name));
    if (n === '') continue;
    if (h === n) return 100;
    if (hBare !== '' && (hBare === nBare || hBare === n || h === nBare)) best = Math.max(best, 95);
    const shorter = Math.min(h.length, n.length);
    const longer = Math.max(h.length, n.length);
    if (shorter >= 4 && (h.includes(n) || n.includes(h))) best = Math.max(best, 60 + Math.round((30 * shorter) / longer));
    if (shorter >= 5) {
      const distance = editDistance(h, n);
      if (distance <= Math.max(1, Math.floor(longer / 8))) best = Math.max(best, 85 - 5 * distance);
    }
  }
  return best;
}

export interface HeaderMapping {
  /** 0-based index of the source column. */
  readonly source: number;
  readonly header: string;
  /** The table column it feeds, or null when ignored. */
  readonly column: string | null;
  readonly how: 'exact' | 'fuzzy' | 'override' | 'unmapped' | 'ignored';
}

/**
 * Maps source headers to table columns. `overrides` maps a source header (compared
 * case/diacritics-insensitively) to a column id, or to null to ignore that source column.
 * Greedy by best score; each column is used at most once.
 */
export function mapHeaders(
  headers: readonly string[],
  table: TableDefinition,
  overrides: Readonly<Record<string, string | null>> = {},
): HeaderMapping[] {
  const known = new Set(table.columns.map((column) => column.id));
  const overrideByHeader = new Map<string, string | null>();
  for (const [header, column] of Object.entries(overrides)) {
    if (column !== null && !known.has(column)) throw new Error(`override for "${header}": table ${table.id} has no column ${column}`);
    overrideByHeader.set(compact(header), column);
  }
  const result: (HeaderMapping | undefined)[] = headers.map(() => undefined);
  const used = new Set<string>();
  headers.forEach((header, source) => {
    const key = compact(header);
    if (!overrideByHeader.has(key)) return;
    const column = overrideByHeader.get(key)!;
    result[source] = { source, header, column, how: column === null ? 'ignored' : 'override' };
    if (column !== null) used.add(column);
  });
  const candidates: { source: number; column: string; score: number }[] = [];
  headers.forEach((header, source) => {
    if (result[source]) return;
    for (const column of table.columns) {
      if (used.has(column.id)) continue;
      const score = headerScore(header, column);
      if (score >= 60) candidates.push({ source, column: column.id, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.source - b.source);
  for (const candidate of candidates) {
    if (result[candidate.source] || used.has(candidate.column)) continue;
    result[candidate.source] = {
      source: candidate.source,
      header: headers[candidate.source]!,
      column: candidate.column,
      how: candidate.score === 100 ? 'exact' : 'fuzzy',
    };
    used.add(candidate.column);
  }
  return result.map(
    (mapping, source) => mapping ?? { source, header: headers[source]!, column: null, how: headers[source]!.trim() === '' ? 'ignored' : 'unmapped' },
  );
}

// --- cell readers ------------------------------------------------------------------------------

type Read = { readonly ok: true; readonly value: TypedValue; readonly note?: Text } | { readonly ok: false; readonly why: Text };

const ok = (value: TypedValue, note?: Text): Read => (note ? { ok: true, value, note } : { ok: true, value });
const fail = (nb: string, en: string): Read => ({ ok: false, why: { nb, en } });

/** A number typed as text: decimal comma or point, spaces (also NBSP) between thousands, leading minus. */
export function parseNumberText(raw: string): { value: number; percent: boolean } | null {
  let s = raw.trim().replace(/[\u00a0\u202f\u2009 ]/g, ' ').replace(/\u2212/g, '-');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(/(\d) (?=\d{3}(\D|$))/g, '$1');
  if (!/^[-+]?(\d|[.,]\d)/.test(s) || /[^\d.,+-]/.test(s) || /.[-+]/.test(s)) return null;
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  let normalized: string;
  if (commas > 0 && dots > 0) {
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    const [whole, fraction, ...rest] = s.split(decimal);
    if (rest.length > 0 || fraction === undefined || !/^[-+]?\d{1,3}(\d{3})*$/.test(whole!.split(thousands).join('')) ||
      !whole!.split(thousands).slice(1).every((group) => group.length === 3)) return null;
    normalized = `${whole!.split(thousands).join('')}.${fraction}`;
  } else if (commas + dots > 1) {
    const mark = commas > 0 ? ',' : '.';
    const groups = s.split(mark);
    if (!groups.slice(1).every((group) => /^\d{3}$/.test(group))) return null;
    normalized = groups.join('');
  } else {
    normalized = s.replace(',', '.');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalized)) return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? { value, percent } : null;
}

const MONTHS: Readonly<Record<string, number>> = {
  januar: 1, jan: 1, january: 1, februar: 2, feb: 2, february: 2, mars: 3, mar: 3, march: 3, april: 4, apr: 4,
  mai: 5, may: 5, juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, october: 10, oct: 10, november: 11, nov: 11, desember: 12, des: 12, december: 12, dec: 12,
};

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Two-digit years: 00–69 → 2000–2069, 70–99 → 1970–1999. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

/** A date typed as text → ISO yyyy-mm-dd, or null. Day comes before month (Norwegian order). */
export function parseDateText(raw: string): string | null {
  const s = raw.trim().toLocaleLowerCase('nb');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?: \d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/.exec(s);
  if (m) return isoDate(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\.?\s+([a-zæøå]+)\.?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[m[2]!];
    return month === undefined ? null : isoDate(Number(m[3]), month, Number(m[1]));
  }
  return null;
}

const YES_WORDS = new Set(['ja', 'j', 'yes', 'y', 'x', 'true', 'sann', '1', '✓', '✔', 'sant']);
const NO_WORDS = new Set(['nei', 'n', 'no', 'false', 'usann', '0', '-', 'usant']);

function describeRule(column: ColumnDefinition): { nb: string; en: string } {
  const rule = column.number ?? {};
  const parts: { nb: string[]; en: string[] } = { nb: [], en: [] };
  if (rule.integer) {
    parts.nb.push('et helt tall');
    parts.en.push('a whole number');
  } else {
    parts.nb.push('et tall');
    parts.en.push('a number');
  }
  if (rule.min !== undefined) {
    parts.nb.push(`${rule.minExclusive ? '>' : '≥'} ${String(rule.min).replace('.', ',')}`);
    parts.en.push(`${rule.minExclusive ? '>' : '≥'} ${rule.min}`);
  }
  if (rule.max !== undefined) {
    parts.nb.push(`og ≤ ${String(rule.max).replace('.', ',')}`);
    parts.en.push(`and ≤ ${rule.max}`);
  }
  return { nb: parts.nb.join(' '), en: parts.en.join(' ') };
}

function checkNumber(value: number, column: ColumnDefinition, note?: Text): Read {
  const rule = column.number ?? {};
  const low = rule.min;
  const tooLow = low !== undefined && (rule.minExclusive ? value <= low : value < low);
  const tooHigh = rule.max !== undefined && value > rule.max;
  if (tooLow || tooHigh || (rule.integer && !Number.isInteger(value))) {
    const expected = describeRule(column);
    return fail(`ventet ${expected.nb}, fikk ${String(value).replace('.', ',')}`, `expected ${expected.en}, got ${value}`);
  }
  return ok(value, note);
}

function readNumberCell(cell: CellValue, column: ColumnDefinition): Read {
  const percentColumn = column.number?.percent === true;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return fail('tallet er ugyldig', 'the number is invalid');
    if (percentColumn && cell > 1 && cell <= 100) {
      return checkNumber(cell / 100, column, { nb: `${cell} er lest som ${cell} %`, en: `${cell} was read as ${cell} %` });
    }
    return checkNumber(cell, column);
  }
  if (typeof cell === 'boolean' || cell instanceof Date) return fail('ventet et tall', 'expected a number');
  const parsed = parseNumberText(String(cell));
  if (!parsed) return fail(`ventet et tall, fikk «${String(cell).trim()}»`, `expected a number, got "${String(cell).trim()}"`);
  if (percentColumn) {
    if (parsed.percent) return checkNumber(parsed.value / 100, column);
    if (parsed.value > 1 && parsed.value <= 100) {
      return checkNumber(parsed.value / 100, column, { nb: `${cell} er lest som ${parsed.value} %`, en: `${cell} was read as ${parsed.value} %` });
    }
    return checkNumber(parsed.value, column);
  }
  if (parsed.percent) return fail(`ventet et tall uten %, fikk «${String(cell).trim()}»`, `expected a number without %, got "${String(cell).trim()}"`);
  return checkNumber(parsed.value, column);
}

function readDateCell(cell: CellValue): Read {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail('ugyldig dato', 'invalid date');
    return ok(isoDate(cell.getFullYear(), cell.getMonth() + 1, cell.getDate()));
  }
  if (typeof cell === 'number') {
    if (Number.isFinite(cell) && cell >= 1 && cell < 2_958_466) return ok(serialToIso(Math.floor(cell)));
    return fail(`ventet en dato, fikk tallet ${cell}`, `expected a date, got the number ${cell}`);
  }
  if (typeof cell === 'boolean') return fail('ventet en dato', 'expected a date');
  const iso = parseDateText(String(cell));
  if (iso === null) {
    return fail(
      `ventet en dato (dd.mm.åååå eller åååå-mm-dd), fikk «${String(cell).trim()}»`,
      `expected a date (dd.mm.yyyy or yyyy-mm-dd), got "${String(cell).trim()}"`,
    );
  }
  return ok(iso);
}

function readYesNoCell(cell: CellValue): Read {
  if (typeof cell === 'boolean') return ok(cell);
  if (typeof cell === 'number') {
    if (cell === 1) return ok(true);
    if (cell === 0) return ok(false);
  }
  const word = String(cell).trim().toLocaleLowerCase('nb');
  if (YES_WORDS.has(word)) return ok(true);
  if (NO_WORDS.has(word)) return ok(false);
  return fail(`ventet ja/nei, fikk «${String(cell).trim()}»`, `expected yes/no, got "${String(cell).trim()}"`);
}

function optionNames(option: ListOption): string[] {
  return [option.id, option.label.nb, option.label.en, ...(option.synonyms ?? [])];
}

function readListCell(cell: CellValue, column: ColumnDefinition): Read {
  const options = column.options ?? [];
  const wanted = normalizeHeader(typeof cell === 'boolean' ? (cell ? 'ja' : 'nei') : String(cell));
  const found = options.find((option) => optionNames(option).some((name) => normalizeHeader(name) === wanted));
  if (found) return ok(found.id);
  return fail(
    `ukjent verdi «${String(cell).trim()}»; velg ${options.map((option) => option.label.nb).join(' / ')}`,
    `unknown value "${String(cell).trim()}"; choose ${options.map((option) => option.label.en).join(' / ')}`,
  );
}

function isBlankCell(cell: CellValue): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** Reads one cell for a column: its typed value, or why it cannot be read. */
export function readCell(cell: CellValue, column: ColumnDefinition): Read {
  if (isBlankCell(cell)) {
    return column.required ? fail('feltet er påkrevd, men tomt', 'the field is required but blank') : ok(null);
  }
  switch (column.type) {
    case 'text':
      return cell instanceof Date ? readDateCell(cell) : ok(String(cell).trim().replace(/\s+/g, ' '));
    case 'number':
      return readNumberCell(cell, column);
    case 'date':
      return readDateCell(cell);
    case 'yesno':
      return readYesNoCell(cell);
    case 'list':
      return readListCell(cell, column);
  }
}

// --- import ------------------------------------------------------------------------------------

export interface ImportedRow {
  /** 1-based line (CSV) or row (pasted range, counting the header as 1). */
  readonly line: number;
  readonly values: Readonly<Record<string, TypedValue>>;
}

export interface ImportIssue {
  readonly line: number;
  /** Column id, or null for a problem with the whole row. */
  readonly column: string | null;
  /** The source header of that column, when there is one. */
  readonly header?: string;
  /** The raw value as read. */
  readonly value: string;
  /** Why, in the import's language. */
  readonly message: string;
  readonly text: Text;
}

export type SkipReason = 'blank' | 'repeatedHeader' | 'helpRow' | 'beforeHeader';

export interface SkippedRow {
  readonly line: number;
  readonly reason: SkipReason;
  readonly message: string;
}

export interface ImportResult {
  readonly table: TableDefinition['id'];
  readonly delimiter?: Delimiter;
  /** 1-based line of the header row; 0 when none was found. */
  readonly headerLine: number;
  readonly mapping: readonly HeaderMapping[];
  readonly rows: readonly ImportedRow[];
  readonly errors: readonly ImportIssue[];
  readonly skipped: readonly SkippedRow[];
  /** Things that did not stop a row from being read (unknown headers, values read as %). */
  readonly warnings: readonly ImportIssue[];
}

export interface ImportOptions {
  /** Source header → column id (or null to ignore the source column). */
  readonly overrides?: Readonly<Record<string, string | null>>;
  /** Language of messages (default nb). */
  readonly language?: Language;
}

export interface DelimitedImportOptions extends ImportOptions {
  /** Force the separator instead of detecting it. */
  readonly delimiter?: Delimiter;
}

const SKIP_TEXT: Readonly<Record<SkipReason, Text>> = {
  blank: { nb: 'tom linje', en: 'blank line' },
  repeatedHeader: { nb: 'overskriftsraden gjentatt', en: 'header row repeated' },
  helpRow: { nb: 'hjelpetekstrad', en: 'help-text row' },
  beforeHeader: { nb: 'tekst over overskriftsraden', en: 'text above the header row' },
};

function cellText(cell: CellValue): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

interface SourceRow {
  readonly line: number;
  readonly cells: readonly CellValue[];
  readonly unterminatedQuote?: boolean;
}

function importRows(table: TableDefinition, source: readonly SourceRow[], options: ImportOptions, delimiter?: Delimiter): ImportResult {
  const language = options.language ?? 'nb';
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const skipped: SkippedRow[] = [];
  const rows: ImportedRow[] = [];
  const issue = (line: number, column: string | null, value: string, why: Text, header?: string): ImportIssue => ({
    line,
    column,
    ...(header !== undefined ? { header } : {}),
    value,
    message: why[language],
    text: why,
  });
  const skip = (line: number, reason: SkipReason) => skipped.push({ line, reason, message: SKIP_TEXT[reason][language] });

  // The header is the first non-blank row, unless one of the next few maps more columns (a title
  // line or a note above the header).
  const candidates = source
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => !row.cells.every(isBlankCell))
    .slice(0, 5);
  let headerIndex = candidates[0]?.index ?? -1;
  let bestMapped = -1;
  for (const { row, index } of candidates) {
    const mapped = mapHeaders(row.cells.map((cell) => cellText(cell).trim()), table, options.overrides).filter((m) => m.column !== null).length;
    if (mapped > bestMapped) {
      bestMapped = mapped;
      headerIndex = index;
    }
  }
  for (const row of source.slice(0, Math.max(headerIndex, 0))) skip(row.line, row.cells.every(isBlankCell) ? 'blank' : 'beforeHeader');
  if (headerIndex < 0) {
    for (const row of source) skip(row.line, 'blank');
    return { table: table.id, ...(delimiter ? { delimiter } : {}), headerLine: 0, mapping: [], rows, errors, skipped, warnings };
  }
  const headerRow = source[headerIndex]!;
  const headers = headerRow.cells.map((cell) => cellText(cell).trim());
  const mapping = mapHeaders(headers, table, options.overrides);
  const headerKey = headers.map(compact).join('|').replace(/\|+$/, '');
  const helpKeys = new Set([table.columns.map((c) => compact(c.help.nb)).join('|'), table.columns.map((c) => compact(c.help.en)).join('|')]);

  for (const m of mapping) {
    if (m.how === 'unmapped') {
      warnings.push(issue(headerRow.line, null, m.header, { nb: `kolonnen «${m.header}» er ikke brukt (ukjent overskrift)`, en: `column "${m.header}" is not used (unknown header)` }, m.header));
    }
  }
  const mappedColumns = new Set(mapping.flatMap((m) => (m.column === null ? [] : [m.column])));
  for (const column of table.columns) {
    if (column.required && !mappedColumns.has(column.id)) {
      errors.push(
        issue(headerRow.line, column.id, '', {
          nb: `påkrevd kolonne «${column.header.nb}» mangler i overskriftsraden`,
          en: `required column "${column.header.en}" is missing from the header row`,
        }),
      );
    }
  }

  for (const row of source.slice(headerIndex + 1)) {
    const raw = row.cells.map(cellText);
    if (row.cells.every(isBlankCell)) {
      skip(row.line, 'blank');
      continue;
    }
    const key = raw.map(compact).join('|').replace(/\|+$/, '');
    if (key === headerKey) {
      skip(row.line, 'repeatedHeader');
      continue;
    }
    if (helpKeys.has(key)) {
      skip(row.line, 'helpRow');
      continue;
    }
    if (row.unterminatedQuote) {
      errors.push(
        issue(row.line, null, raw.join(delimiter ?? ' '), {
          nb: 'anførselstegn åpnes, men lukkes aldri; raden kan ikke leses sikkert (bare denne linjen er lest)',
          en: 'a quote is opened but never closed; the row cannot be read reliably (only this line was read)',
        }),
      );
      continue;
    }
    const rowIssues: ImportIssue[] = [];
    if (row.cells.length > headers.length) {
      const extra = raw.slice(headers.length).filter((value) => value.trim() !== '');
      if (extra.length > 0) {
        rowIssues.push(
          issue(row.line, null, raw.join(delimiter ?? ' '), {
            nb: `raden har ${row.cells.length} felt, men overskriftsraden har ${headers.length} (skilletegn i en verdi uten anførselstegn?)`,
            en: `the row has ${row.cells.length} fields but the header has ${headers.length} (a separator inside an unquoted value?)`,
          }),
        );
      }
    }
    const values: Record<string, TypedValue> = {};
    for (const column of table.columns) values[column.id] = null;
    if (rowIssues.length === 0) {
      for (const m of mapping) {
        if (m.column === null) continue;
        const column = table.columns.find((candidate) => candidate.id === m.column)!;
        const cell = row.cells[m.source];
        const read = readCell(cell, column);
        if (read.ok) {
          values[column.id] = read.value;
          if (read.note) warnings.push(issue(row.line, column.id, cellText(cell), read.note, m.header));
        } else {
          rowIssues.push(issue(row.line, column.id, cellText(cell), read.why, m.header));
        }
      }
    }
    if (rowIssues.length > 0) errors.push(...rowIssues);
    else rows.push({ line: row.line, values });
  }
  return { table: table.id, ...(delimiter ? { delimiter } : {}), headerLine: headerRow.line, mapping, rows, errors, skipped, warnings };
}

/** Imports CSV/TSV text into a table. The first non-blank record is the header row. */
export function importDelimited(table: TableDefinition, input: string, options: DelimitedImportOptions = {}): ImportResult {
  const delimiter = options.delimiter ?? detectDelimiter(input);
  const records = parseRecords(input, delimiter);
  const source: SourceRow[] = records.map((record) => ({
    line: record.line,
    cells: record.fields,
    ...(record.unterminatedQuote ? { unterminatedQuote: true } : {}),
  }));
  return importRows(table, source, options, delimiter);
}

/**
 * Imports a pasted or read sheet range (first row = headers). Numbers, booleans, Dates and sheet
 * date serials are taken as they are; text is read like CSV text. Lines count the header as 1.
 */
export function importFromValues(table: TableDefinition, values: readonly (readonly CellValue[])[], options: ImportOptions = {}): ImportResult {
  return importRows(
    table,
    values.map((cells, index) => ({ line: index + 1, cells })),
    options,
  );
}

/** The input table whose columns the headers match best (at least two columns), or null. */
export function guessTable(headers: readonly string[], tables: readonly TableDefinition[]): TableDefinition | null {
  let best: { table: TableDefinition; score: number } | null = null;
  for (const table of tables) {
    const mapped = mapHeaders(headers, table).filter((m) => m.column !== null);
    const score = mapped.length / table.columns.length + mapped.length;
    if (mapped.length >= 2 && (!best || score > best.score)) best = { table, score };
  }
  return best?.table ?? null;
}
