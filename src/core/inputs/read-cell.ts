/**
 * One imported cell read for a table column: numbers typed with a decimal comma or point, spaces
 * or points between thousands, percents; dates in Norwegian and ISO forms and sheet serials;
 * yes/no words; list values by label, id or synonym. A value that can be read two ways is never
 * read silently one way: «1.000» in a count column is a thousand (a Norwegian thousands point),
 * «1,000» there and «1.000» in a decimal column are read only when just one reading fits the
 * column (and then with a note), else reported as ambiguous; a two-digit year is read only as a
 * year of this century up to next year. Pure.
 */
import type { CellValue } from '../cells';
import { serialToIso } from '../cells';
import type { Text } from '../text';
import { cellLengthProblem } from './limits';
import type { ColumnDefinition, ListOption, TypedValue } from './tables';
import { normalizeHeader } from './headers';

export type Read =
  { readonly ok: true; readonly value: TypedValue; readonly note?: Text } | { readonly ok: false; readonly why: Text };

/** What a reading may depend on besides the cell. */
export interface ReadContext {
  /** Two-digit years are read as 20yy up to this year + 1 (default: the current year). */
  readonly referenceYear?: number;
  /** Dates already read in this import (a log repeats a few hundred dates over many rows). */
  readonly dates?: Map<string, ReturnType<typeof readDateText>>;
}

const DATES_REMEMBERED = 10_000;

const ok = (value: TypedValue, note?: Text): Read => (note ? { ok: true, value, note } : { ok: true, value });
const fail = (nb: string, en: string): Read => ({ ok: false, why: { nb, en } });
const nbNumber = (value: number) => String(value).replace('.', ',');

// --- numbers -----------------------------------------------------------------------------------

function normalizeNumberText(raw: string): { s: string; percent: boolean } {
  let s = raw
    .trim()
    .replace(/[\u00a0\u202f\u2009 ]/g, ' ')
    .replace(/\u2212/g, '-');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  return { s: s.replace(/(\d) (?=\d{3}(\D|$))/g, '$1'), percent };
}

/** A number typed as text: decimal comma or point, spaces (also NBSP) between thousands, leading minus. */
export function parseNumberText(raw: string): { value: number; percent: boolean } | null {
  const { s, percent } = normalizeNumberText(raw);
  if (!/^[-+]?(\d|[.,]\d)/.test(s) || /[^\d.,+-]/.test(s) || /.[-+]/.test(s)) return null;
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  let normalized: string;
  if (commas > 0 && dots > 0) {
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    const [whole, fraction, ...rest] = s.split(decimal);
    if (
      rest.length > 0 ||
      fraction === undefined ||
      !/^[-+]?\d{1,3}(\d{3})*$/.test(whole!.split(thousands).join('')) ||
      !whole!
        .split(thousands)
        .slice(1)
        .every((group) => group.length === 3)
    )
      return null;
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

/**
 * The two readings of a number with one "." or "," before exactly three digits («1.000»,
 * «12,500»): as a decimal and as thousands. Null for any other number.
 */
export function groupedReadings(raw: string): { mark: '.' | ','; decimal: number; thousands: number } | null {
  const match = /^([-+]?)([1-9]\d{0,2})([.,])(\d{3})$/.exec(normalizeNumberText(raw).s);
  if (!match) return null;
  const sign = match[1] === '-' ? -1 : 1;
  return {
    mark: match[3] as '.' | ',',
    decimal: sign * Number(`${match[2]}.${match[4]}`),
    thousands: sign * Number(`${match[2]}${match[4]}`),
  };
}

function describeRule(column: ColumnDefinition): { nb: string; en: string } {
  const rule = column.number ?? {};
  const parts: { nb: string[]; en: string[] } = { nb: [], en: [] };
  parts.nb.push(rule.integer ? 'et helt tall' : 'et tall');
  parts.en.push(rule.integer ? 'a whole number' : 'a number');
  if (rule.min !== undefined) {
    parts.nb.push(`${rule.minExclusive ? '>' : '≥'} ${nbNumber(rule.min)}`);
    parts.en.push(`${rule.minExclusive ? '>' : '≥'} ${rule.min}`);
  }
  if (rule.max !== undefined) {
    parts.nb.push(`og ≤ ${nbNumber(rule.max)}`);
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
    return fail(`ventet ${expected.nb}, fikk ${nbNumber(value)}`, `expected ${expected.en}, got ${value}`);
  }
  return ok(value, note);
}

/** A parsed number checked for the column (percent columns take 56 %, 0,56 and 56). */
function checkParsed(raw: string, value: number, percent: boolean, column: ColumnDefinition): Read {
  if (column.number?.percent === true) {
    if (percent) return checkNumber(value / 100, column);
    if (value > 1 && value <= 100) {
      return checkNumber(value / 100, column, {
        nb: `${raw} er lest som ${nbNumber(value)} %`,
        en: `${raw} was read as ${value} %`,
      });
    }
    return checkNumber(value, column);
  }
  if (percent) return fail(`ventet et tall uten %, fikk «${raw}»`, `expected a number without %, got "${raw}"`);
  return checkNumber(value, column);
}

/**
 * «1.000» / «1,000»: a point before three digits in a count column is a thousands point; else
 * the reading that fits the column is taken with a note, and when both (or neither) fit, the
 * value is reported as ambiguous.
 */
function readGrouped(
  raw: string,
  grouped: NonNullable<ReturnType<typeof groupedReadings>>,
  percent: boolean,
  column: ColumnDefinition,
): Read {
  const thousandsNote: Text = {
    nb: `«${raw}» er lest som ${grouped.thousands} (punktum som tusenskille)`,
    en: `"${raw}" was read as ${grouped.thousands} (a point as thousands separator)`,
  };
  if (column.number?.integer && grouped.mark === '.') {
    const read = checkParsed(raw, grouped.thousands, percent, column);
    return read.ok ? ok(read.value, read.note ?? thousandsNote) : read;
  }
  const asDecimal = checkParsed(raw, grouped.decimal, percent, column);
  const asThousands = checkParsed(raw, grouped.thousands, percent, column);
  if (asDecimal.ok !== asThousands.ok) {
    const [read, other] = asDecimal.ok ? [asDecimal, grouped.thousands] : [asThousands, grouped.decimal];
    const value = read.ok ? read.value : null;
    return ok(value, {
      nb: `«${raw}» er lest som ${typeof value === 'number' ? nbNumber(value) : value}; ${nbNumber(other)} passer ikke i kolonnen`,
      en: `"${raw}" was read as ${value}; ${other} does not fit the column`,
    });
  }
  if (!asDecimal.ok) return asDecimal;
  return fail(
    `«${raw}» er tvetydig: ${nbNumber(grouped.decimal)} eller ${grouped.thousands}? Skriv tusener uten skilletegn (${grouped.thousands}) og desimaler med komma (${nbNumber(grouped.decimal)})`,
    `"${raw}" is ambiguous: ${grouped.decimal} or ${grouped.thousands}? Write thousands without a separator (${grouped.thousands}) and decimals with a decimal mark (${grouped.decimal})`,
  );
}

function readNumberCell(cell: CellValue, column: ColumnDefinition): Read {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return fail('tallet er ugyldig', 'the number is invalid');
    if (column.number?.percent === true && cell > 1 && cell <= 100) {
      return checkNumber(cell / 100, column, {
        nb: `${nbNumber(cell)} er lest som ${nbNumber(cell)} %`,
        en: `${cell} was read as ${cell} %`,
      });
    }
    return checkNumber(cell, column);
  }
  if (typeof cell === 'boolean' || cell instanceof Date) return fail('ventet et tall', 'expected a number');
  const raw = String(cell).trim();
  const parsed = parseNumberText(raw);
  if (!parsed) return fail(`ventet et tall, fikk «${raw}»`, `expected a number, got "${raw}"`);
  const grouped = groupedReadings(raw);
  if (grouped) return readGrouped(raw, grouped, parsed.percent, column);
  return checkParsed(raw, parsed.value, parsed.percent, column);
}

// --- dates -----------------------------------------------------------------------------------

const MONTHS: Readonly<Record<string, number>> = {
  januar: 1,
  jan: 1,
  january: 1,
  februar: 2,
  feb: 2,
  february: 2,
  mars: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  desember: 12,
  des: 12,
  december: 12,
  dec: 12,
};

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const currentYear = () => new Date().getFullYear();

/** A date typed as text: its ISO form, a two-digit year that cannot be placed, or null. */
export function readDateText(
  raw: string,
  referenceYear: number = currentYear(),
): { iso: string } | { twoDigitYear: string } | null {
  const s = raw.trim().toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?$/.exec(s);
  if (m) return wrap(isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?: \d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/.exec(s);
  if (m) {
    const yearText = m[3]!;
    let year = Number(yearText);
    if (yearText.length === 2) {
      // Only this century up to next year: «01.03.69» could be 1969 or 2069, so it is not guessed.
      year += 2000;
      if (year > referenceYear + 1) return { twoDigitYear: yearText };
    }
    return wrap(isoDate(year, Number(m[2]), Number(m[1])));
  }
  m = /^(\d{1,2})\.?\s+([a-zæøå]+)\.?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[m[2]!];
    return month === undefined ? null : wrap(isoDate(Number(m[3]), month, Number(m[1])));
  }
  return null;
}

const wrap = (iso: string | null) => (iso === null ? null : { iso });

/** A date typed as text → ISO yyyy-mm-dd, or null. Day comes before month (Norwegian order). */
export function parseDateText(raw: string, referenceYear?: number): string | null {
  const read = readDateText(raw, referenceYear);
  return read && 'iso' in read ? read.iso : null;
}

function readDateCell(cell: CellValue, context: ReadContext): Read {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail('ugyldig dato', 'invalid date');
    return ok(isoDate(cell.getFullYear(), cell.getMonth() + 1, cell.getDate()));
  }
  if (typeof cell === 'number') {
    if (Number.isFinite(cell) && cell >= 1 && cell < 2_958_466) return ok(serialToIso(Math.floor(cell)));
    return fail(`ventet en dato, fikk tallet ${cell}`, `expected a date, got the number ${cell}`);
  }
  if (typeof cell === 'boolean') return fail('ventet en dato', 'expected a date');
  const raw = String(cell).trim();
  let read = context.dates?.get(raw);
  if (read === undefined) {
    read = readDateText(raw, context.referenceYear);
    if (context.dates && context.dates.size < DATES_REMEMBERED) context.dates.set(raw, read);
  }
  if (read && 'iso' in read) return ok(read.iso);
  if (read) {
    return fail(
      `to-sifret årstall i «${raw}»: 19${read.twoDigitYear} eller 20${read.twoDigitYear}? Skriv årstallet med fire sifre`,
      `two-digit year in "${raw}": 19${read.twoDigitYear} or 20${read.twoDigitYear}? Write the year with four digits`,
    );
  }
  return fail(
    `ventet en dato (dd.mm.åååå eller åååå-mm-dd), fikk «${raw}»`,
    `expected a date (dd.mm.yyyy or yyyy-mm-dd), got "${raw}"`,
  );
}

// --- yes/no and lists -----------------------------------------------------------------------------

const YES_WORDS = new Set(['ja', 'j', 'yes', 'y', 'x', 'true', 'sann', '1', '✓', '✔', 'sant']);
const NO_WORDS = new Set(['nei', 'n', 'no', 'false', 'usann', '0', '-', 'usant']);

function readYesNoCell(cell: CellValue): Read {
  if (typeof cell === 'boolean') return ok(cell);
  if (typeof cell === 'number') {
    if (cell === 1) return ok(true);
    if (cell === 0) return ok(false);
  }
  const word = String(cell).trim().toLowerCase();
  if (YES_WORDS.has(word)) return ok(true);
  if (NO_WORDS.has(word)) return ok(false);
  return fail(`ventet ja/nei, fikk «${String(cell).trim()}»`, `expected yes/no, got "${String(cell).trim()}"`);
}

const optionIndex = new WeakMap<readonly ListOption[], ReadonlyMap<string, string>>();
/** Cells already looked up per option list (list columns repeat a few values over many rows). */
const optionMemo = new WeakMap<readonly ListOption[], Map<string, string | null>>();
const MEMO_SIZE = 10_000;

/** A list column's options by every normalised name (id, labels, synonyms), built once per option list. */
function optionsByName(options: readonly ListOption[]): ReadonlyMap<string, string> {
  let index = optionIndex.get(options);
  if (!index) {
    const built = new Map<string, string>();
    for (const option of options) {
      for (const name of [option.id, option.label.nb, option.label.en, ...(option.synonyms ?? [])]) {
        const key = normalizeHeader(name);
        if (!built.has(key)) built.set(key, option.id);
      }
    }
    optionIndex.set(options, built);
    index = built;
  }
  return index;
}

function findOption(options: readonly ListOption[], raw: string): string | null {
  let memo = optionMemo.get(options);
  if (!memo) optionMemo.set(options, (memo = new Map()));
  let found = memo.get(raw);
  if (found === undefined) {
    found = optionsByName(options).get(normalizeHeader(raw)) ?? null;
    if (memo.size < MEMO_SIZE) memo.set(raw, found);
  }
  return found;
}

function readListCell(cell: CellValue, column: ColumnDefinition): Read {
  const options = column.options ?? [];
  const found = findOption(options, typeof cell === 'boolean' ? (cell ? 'ja' : 'nei') : String(cell));
  if (found !== null) return ok(found);
  return fail(
    `ukjent verdi «${String(cell).trim()}»; velg ${options.map((option) => option.label.nb).join(' / ')}`,
    `unknown value "${String(cell).trim()}"; choose ${options.map((option) => option.label.en).join(' / ')}`,
  );
}

// --- any cell -----------------------------------------------------------------------------------

/** Trimmed, every run of whitespace one space; the same string when it already is (no copy per cell). */
function singleSpaced(value: string): string {
  const trimmed = value.trim();
  return /\s\s|[^\S ]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

export function isBlankCell(cell: CellValue): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** Reads one cell for a column: its typed value, or why it cannot be read. */
export function readCell(cell: CellValue, column: ColumnDefinition, context: ReadContext = {}): Read {
  if (isBlankCell(cell)) {
    return column.required ? fail('feltet er påkrevd, men tomt', 'the field is required but blank') : ok(null);
  }
  if (typeof cell === 'string') {
    const tooLong = cellLengthProblem(cell.length);
    if (tooLong) return { ok: false, why: tooLong };
    if (cell.includes('\uFFFD')) {
      return fail(
        'verdien har tegn som ikke kunne leses (vist som �): velg en annen tegnkoding eller rett filen',
        'the value has characters that could not be read (shown as �): choose another encoding or fix the file',
      );
    }
  }
  switch (column.type) {
    case 'text':
      return cell instanceof Date ? readDateCell(cell, context) : ok(singleSpaced(String(cell)));
    case 'number':
      return readNumberCell(cell, column);
    case 'date':
      return readDateCell(cell, context);
    case 'yesno':
      return readYesNoCell(cell);
    case 'list':
      return readListCell(cell, column);
  }
}
