/**
 * Delimited text (CSV/TSV as exported by a case system, Excel or Sheets) split into records, in
 * one linear pass. Pure: no DOM, no host.
 *
 * Quotes follow RFC 4180, leniently: a quote opens a quoted field only at the start of a field (a
 * quote inside an unquoted value, «Sjefen sa "kanskje"», is text); a quoted field may hold
 * separators, doubled quotes and line breaks. A quoted field whose line breaks swallow text that
 * looks like whole records (a line with a record's separators, a line starting with a date, or
 * text after its closing quote) is most likely a stray quote: it is reported as `merged` with the
 * lines it spans, and read as the caller says — each line its own record with the quote as text
 * ("split", the default) or as one value ("keep"). A quote never closed is read as text and its
 * record marked `unterminatedQuote`.
 */
import { runToEnd, STEP_EVERY, type Steps } from './steps';

export type Delimiter = ';' | ',' | '\t';
export type QuoteReading = 'split' | 'keep';

export interface CsvRecord {
  /** 1-based line where the record starts. */
  readonly line: number;
  /** 1-based line where it ends (after the line breaks inside its quoted fields). */
  readonly endLine: number;
  readonly fields: readonly string[];
  /** A quote was opened and never closed; it was read as text. */
  readonly unterminatedQuote?: boolean;
}

/** A quoted value that runs over lines which look like records of their own. */
export interface MergedLines {
  /** Line the quote opens on. */
  readonly line: number;
  /** Line the quoted value ends on when read as one value. */
  readonly endLine: number;
}

export interface CsvOptions {
  /** The separator; detected from the start of the text when left out. */
  readonly delimiter?: Delimiter;
  /** Fields a record normally has; detected with the separator when left out (0: unknown). */
  readonly width?: number;
  /** How a quoted value that swallows record-like lines is read (default "split"). */
  readonly multilineQuotes?: QuoteReading;
}

export interface CsvParse {
  readonly delimiter: Delimiter;
  readonly width: number;
  readonly records: readonly CsvRecord[];
  /** Physical lines in the text. */
  readonly lines: number;
  /** Quoted values that swallow record-like lines, however they were read. */
  readonly merged: readonly MergedLines[];
  readonly reading: QuoteReading;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** A date at the start of a line, and spaces after it (not tabs: a tab may be the separator). */
const DATE_START = / *(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}) */y;

interface Quoted {
  readonly value: string;
  /** Position after the closing quote (or the end of the text). */
  readonly end: number;
  readonly breaks: number;
  readonly closed: boolean;
  /** The swallowed text looks like whole records. */
  readonly recordLike: boolean;
}

class Tokenizer {
  position = 0;
  line = 1;
  readonly merged: MergedLines[] = [];
  private readonly delimiter: number;

  constructor(
    private readonly source: string,
    delimiter: Delimiter,
    private readonly width: number,
    private readonly reading: QuoteReading,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
    if (source.charCodeAt(0) === 0xfeff) this.position = 1;
  }

  get done(): boolean {
    return this.position >= this.source.length;
  }

  /** Reads the record that starts at the current position. */
  record(): CsvRecord {
    const { source } = this;
    const line = this.line;
    const fields: string[] = [];
    let unterminated = false;
    for (;;) {
      let value: string;
      if (source.charCodeAt(this.position) === QUOTE) {
        const quoted = this.readQuoted(this.position);
        const stray = !quoted.closed || (quoted.breaks > 0 && quoted.recordLike);
        if (stray && quoted.closed) this.merged.push({ line: this.line, endLine: this.line + quoted.breaks });
        if (!stray || (quoted.closed && this.reading === 'keep')) {
          this.line += quoted.breaks;
          this.position = quoted.end;
          // Text after the closing quote belongs to the same field (lenient).
          value = quoted.value + this.readUnquoted();
        } else {
          unterminated ||= !quoted.closed;
          value = this.readUnquoted();
        }
      } else {
        value = this.readUnquoted();
      }
      fields.push(value);
      const next = source.charCodeAt(this.position);
      if (next === this.delimiter) {
        this.position += 1;
        continue;
      }
      const endLine = this.line;
      if (next === CR || next === LF) {
        this.position += next === CR && source.charCodeAt(this.position + 1) === LF ? 2 : 1;
        this.line += 1;
      }
      return unterminated ? { line, endLine, fields, unterminatedQuote: true } : { line, endLine, fields };
    }
  }

  /** An unquoted value: up to the separator, a line break or the end; quotes in it are text. */
  private readUnquoted(): string {
    const { source, delimiter } = this;
    const start = this.position;
    let p = start;
    const length = source.length;
    while (p < length) {
      const c = source.charCodeAt(p);
      if (c === delimiter || c === LF || c === CR) break;
      p += 1;
    }
    this.position = p;
    return source.slice(start, p);
  }

  /** A quoted value from the opening quote at `open`: its text, where it ends, and whether it looks like a stray quote. */
  private readQuoted(open: number): Quoted {
    const { source } = this;
    const length = source.length;
    const parts: string[] = [];
    let p = open + 1;
    let segment = p;
    let breaks = 0;
    let recordLike = false;
    while (p < length) {
      const c = source.charCodeAt(p);
      if (c === QUOTE) {
        if (source.charCodeAt(p + 1) === QUOTE) {
          parts.push(source.slice(segment, p + 1));
          p += 2;
          segment = p;
          continue;
        }
        parts.push(source.slice(segment, p));
        const after = source.charCodeAt(p + 1);
        const tail = p + 1 < length && after !== this.delimiter && after !== LF && after !== CR;
        return {
          value: parts.join(''),
          end: p + 1,
          breaks,
          closed: true,
          recordLike: recordLike || (breaks > 0 && tail),
        };
      }
      if (c === LF || c === CR) {
        breaks += 1;
        p += c === CR && source.charCodeAt(p + 1) === LF ? 2 : 1;
        if (!recordLike) recordLike = this.looksLikeRecord(p);
        continue;
      }
      p += 1;
    }
    parts.push(source.slice(segment));
    return { value: parts.join(''), end: length, breaks, closed: false, recordLike };
  }

  /**
   * Whether the line starting at `start` looks like a record: a date and a separator first, or
   * (with three columns or more) a whole record's separators. In a two-column file one separator
   * in a note is ordinary prose («neste uke; sjefen er bort»), so it says nothing.
   */
  private looksLikeRecord(start: number): boolean {
    const { source, delimiter } = this;
    DATE_START.lastIndex = start;
    if (DATE_START.test(source) && source.charCodeAt(DATE_START.lastIndex) === delimiter) return true;
    if (this.width < 3) return false;
    const needed = this.width - 1;
    let count = 0;
    for (let p = start; p < source.length; p++) {
      const c = source.charCodeAt(p);
      if (c === LF || c === CR) break;
      if (c === delimiter && ++count >= needed) return true;
    }
    return false;
  }
}

/** Splits text into records, yielding progress (characters read) every few thousand records. */
export function* csvSteps(text: string, options: CsvOptions = {}): Steps<CsvParse> {
  const sniffed =
    options.delimiter === undefined || options.width === undefined ? sniffDelimiter(text, options.delimiter) : null;
  const delimiter = options.delimiter ?? sniffed!.delimiter;
  const width = options.width ?? sniffed!.width;
  const reading = options.multilineQuotes ?? 'split';
  const tokenizer = new Tokenizer(text, delimiter, width, reading);
  const records: CsvRecord[] = [];
  while (!tokenizer.done) {
    records.push(tokenizer.record());
    if (records.length % STEP_EVERY === 0) yield { phase: 'parse', done: tokenizer.position, total: text.length };
  }
  const lines = records.length === 0 ? 0 : records[records.length - 1]!.endLine;
  return { delimiter, width, records, lines, merged: tokenizer.merged, reading };
}

/** Splits text into records at once. */
export function parseCsv(text: string, options: CsvOptions = {}): CsvParse {
  return runToEnd(csvSteps(text, options));
}

/** The records of delimited text with a known separator (stray quotes read as text). */
export function parseRecords(input: string, delimiter: Delimiter): CsvRecord[] {
  return [...parseCsv(input, { delimiter }).records];
}

// --- separator detection ---------------------------------------------------------------------

const CANDIDATES: readonly Delimiter[] = ['\t', ';', ','];
/** Characters of the text's start that decide the separator (the rest is not read twice). */
export const SNIFF_CHARACTERS = 64 * 1024;
const SNIFF_RECORDS = 50;

function isBlankRecord(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '');
}

function sampleOf(text: string): string {
  if (text.length <= SNIFF_CHARACTERS) return text;
  const cut = text.lastIndexOf('\n', SNIFF_CHARACTERS);
  return text.slice(0, cut > 0 ? cut : SNIFF_CHARACTERS);
}

function sampleRecords(sample: string, delimiter: Delimiter): CsvRecord[] {
  const tokenizer = new Tokenizer(sample, delimiter, 0, 'keep');
  const records: CsvRecord[] = [];
  while (!tokenizer.done && records.length < SNIFF_RECORDS) {
    const record = tokenizer.record();
    if (!isBlankRecord(record.fields)) records.push(record);
  }
  return records;
}

/** The most common field count (ties: the larger). */
function modalWidth(records: readonly CsvRecord[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const record of records) {
    const width = record.fields.length;
    const count = (counts.get(width) ?? 0) + 1;
    counts.set(width, count);
    if (count > bestCount || (count === bestCount && width > best)) {
      best = width;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The separator that splits the first records (of the first 64 KB) most consistently into ≥ 2
 * fields, and the usual field count. Ties go to tab, then ";" (Norwegian exports use ";" because
 * "," is the decimal mark), then ",". `forced`: only the width is wanted.
 */
export function sniffDelimiter(text: string, forced?: Delimiter): { delimiter: Delimiter; width: number } {
  const sample = sampleOf(text);
  let best: { delimiter: Delimiter; score: number; width: number; records: CsvRecord[] } | undefined;
  for (const delimiter of forced ? [forced] : CANDIDATES) {
    const records = sampleRecords(sample, delimiter);
    const header = records[0];
    if (!header || (header.fields.length < 2 && !forced)) continue;
    const width = header.fields.length;
    const score = records.filter((record) => record.fields.length === width).length / records.length;
    if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && width > best.width)) {
      best = { delimiter, score, width, records };
    }
  }
  if (!best) return { delimiter: forced ?? ';', width: 0 };
  return { delimiter: best.delimiter, width: modalWidth(best.records) };
}

/** The separator of delimited text (see sniffDelimiter). */
export function detectDelimiter(input: string): Delimiter {
  return sniffDelimiter(input).delimiter;
}
