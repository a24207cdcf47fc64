/**
 * Import of an input table from CSV/TSV text (as exported from a case-management system, Excel
 * or Sheets) or from a pasted sheet range. Pure: no DOM, no host.
 *
 * - Text is split into records by csv.ts (separator ";", "," or tab detected from the start;
 *   stray quotes reported, not silently merged); headers are matched by headers.ts; cells are
 *   read by read-cell.ts (decimal comma, thousands, ambiguous numbers, Norwegian dates, yes/no,
 *   list synonyms).
 * - The header is the first non-blank row, unless one of the next few maps more columns.
 *
 * Every record ends in exactly one place: the header, `rows` (fully readable), `errors` (each
 * unreadable cell or row, with its line, column and why) or `skipped` (blank line, repeated
 * header, help row, text above the header). `accountImport` checks this.
 */
import type { CellValue } from '../cells';
import type { Language, Text } from '../text';
import { csvSteps, type CsvOptions, type CsvParse, type CsvRecord, type Delimiter, type MergedLines } from './csv';
import { compactHeader, mapHeaders, type HeaderMapping } from './headers';
import { isBlankCell, readCell, type ReadContext } from './read-cell';
import { runToEnd, STEP_EVERY, type Steps } from './steps';
import type { ColumnDefinition, TableDefinition, TypedValue } from './tables';

export {
  detectDelimiter,
  parseRecords,
  parseCsv,
  sniffDelimiter,
  type CsvParse,
  type CsvRecord,
  type Delimiter,
  type MergedLines,
  type QuoteReading,
} from './csv';
export { guessTable, headerScore, mapHeaders, normalizeHeader, type HeaderMapping } from './headers';
export { groupedReadings, parseDateText, parseNumberText, readCell, readDateText } from './read-cell';

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
  /** Records read in all (the header, rows, reported and skipped rows). */
  readonly records: number;
  /** Quoted values that ran over record-like lines (CSV only), however they were read. */
  readonly merged: readonly MergedLines[];
}

export interface ImportOptions {
  /** Source header → column id (or null to ignore the source column). */
  readonly overrides?: Readonly<Record<string, string | null>>;
  /** Language of messages (default nb). */
  readonly language?: Language;
  /** Two-digit years are read as 20yy up to this year + 1 (default: the current year). */
  readonly referenceYear?: number;
}

export interface DelimitedImportOptions extends ImportOptions, Pick<CsvOptions, 'multilineQuotes'> {
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

/** One row of a range (cells of any kind) or a CSV record (text fields). */
export type SourceRow =
  { readonly line: number; readonly cells: readonly CellValue[]; readonly unterminatedQuote?: boolean } | CsvRecord;

/** The cells of a source row. */
const cellsOf = (row: SourceRow): readonly CellValue[] => ('cells' in row ? row.cells : row.fields);

const HEADER_CANDIDATES = 5;
/** Cells longer than this are never a header or help text (only their start is compared). */
const KEY_CHARACTERS = 1_000;

/** The header is the first non-blank row, unless one of the next few maps more columns (a title line above it). */
function findHeader(
  table: TableDefinition,
  source: readonly SourceRow[],
  overrides: ImportOptions['overrides'],
): number {
  let headerIndex = -1;
  let bestMapped = -1;
  let seen = 0;
  for (let index = 0; index < source.length && seen < HEADER_CANDIDATES; index++) {
    const row = source[index]!;
    const cells = cellsOf(row);
    if (cells.every(isBlankCell)) continue;
    seen += 1;
    const mapped = mapHeaders(
      cells.map((cell) => cellText(cell).trim()),
      table,
      overrides,
    ).filter((m) => m.column !== null).length;
    if (mapped > bestMapped) {
      bestMapped = mapped;
      headerIndex = index;
    }
  }
  return headerIndex;
}

/** Recognises rows that repeat the header or are our own help row, comparing the first cell before the rest. */
function rowMatcher(headers: readonly string[], table: TableDefinition) {
  const keyOf = (cells: readonly string[]) =>
    cells
      .map((cell) => (cell.length > KEY_CHARACTERS ? '\u0000' : compactHeader(cell)))
      .join('|')
      .replace(/\|+$/, '');
  const headerKey = keyOf(headers);
  const helpKeys = new Set([keyOf(table.columns.map((c) => c.help.nb)), keyOf(table.columns.map((c) => c.help.en))]);
  const firsts = new Set([headerKey, ...helpKeys].map((key) => key.split('|')[0]!));
  // Keys keep digits: a first cell with a digit (a date, a code) cannot match keys without one.
  const digitFree = [...firsts].every((key) => !/\d/.test(key));
  return (raw: readonly string[]): 'repeatedHeader' | 'helpRow' | null => {
    const first = raw[0] ?? '';
    if (first.length > KEY_CHARACTERS || (digitFree && /\d/.test(first)) || !firsts.has(compactHeader(first)))
      return null;
    const key = keyOf(raw);
    if (key === headerKey) return 'repeatedHeader';
    return helpKeys.has(key) ? 'helpRow' : null;
  };
}

type IssueOf = (line: number, column: string | null, value: string, why: Text, header?: string) => ImportIssue;

/** Reads every mapped cell of a row: its values, or its issues (and notes as warnings). */
function readRow(
  line: number,
  cells: readonly CellValue[],
  raw: readonly string[],
  mapped: readonly { m: HeaderMapping; column: ColumnDefinition }[],
  blank: Readonly<Record<string, TypedValue>>,
  context: ReadContext,
  issue: IssueOf,
  warnings: ImportIssue[],
) {
  const values: Record<string, TypedValue> = { ...blank };
  const issues: ImportIssue[] = [];
  for (const { m, column } of mapped) {
    const read = readCell(cells[m.source], column, context);
    if (read.ok) {
      values[column.id] = read.value;
      if (read.note) warnings.push(issue(line, column.id, raw[m.source] ?? '', read.note, m.header));
    } else {
      issues.push(issue(line, column.id, raw[m.source] ?? '', read.why, m.header));
    }
  }
  return { values, issues };
}

/** Reads the source rows into the table, yielding progress every few thousand rows. */
export function* importSteps(
  table: TableDefinition,
  source: readonly SourceRow[],
  options: ImportOptions = {},
  csv?: CsvParse,
): Steps<ImportResult> {
  const language = options.language ?? 'nb';
  const context: ReadContext = { referenceYear: options.referenceYear ?? new Date().getFullYear(), dates: new Map() };
  // Every row starts from the same shape: each column blank.
  const blank: Record<string, TypedValue> = Object.fromEntries(table.columns.map((column) => [column.id, null]));
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const skipped: SkippedRow[] = [];
  const rows: ImportedRow[] = [];
  const base = {
    table: table.id,
    ...(csv ? { delimiter: csv.delimiter } : {}),
    records: source.length,
    merged: csv?.merged ?? [],
  };
  const issue: IssueOf = (line, column, value, why, header) => ({
    line,
    column,
    ...(header !== undefined ? { header } : {}),
    value,
    message: why[language],
    text: why,
  });
  const skip = (line: number, reason: SkipReason) =>
    skipped.push({ line, reason, message: SKIP_TEXT[reason][language] });

  const headerIndex = findHeader(table, source, options.overrides);
  if (headerIndex < 0) {
    for (const row of source) skip(row.line, 'blank');
    return { ...base, headerLine: 0, mapping: [], rows, errors, skipped, warnings };
  }
  for (const row of source.slice(0, headerIndex))
    skip(row.line, cellsOf(row).every(isBlankCell) ? 'blank' : 'beforeHeader');
  const headerRow = source[headerIndex]!;
  const headers = cellsOf(headerRow).map((cell) => cellText(cell).trim());
  const mapping = mapHeaders(headers, table, options.overrides);
  const repeated = rowMatcher(headers, table);
  for (const m of mapping) {
    if (m.how === 'unmapped') {
      warnings.push(
        issue(
          headerRow.line,
          null,
          m.header,
          {
            nb: `kolonnen «${m.header}» er ikke brukt (ukjent overskrift)`,
            en: `column "${m.header}" is not used (unknown header)`,
          },
          m.header,
        ),
      );
    }
  }
  const mapped = mapping.flatMap((m) =>
    m.column === null ? [] : [{ m, column: table.columns.find((candidate) => candidate.id === m.column)! }],
  );
  for (const column of table.columns) {
    if (column.required && !mapped.some((entry) => entry.column.id === column.id)) {
      errors.push(
        issue(headerRow.line, column.id, '', {
          nb: `påkrevd kolonne «${column.header.nb}» mangler i overskriftsraden`,
          en: `required column "${column.header.en}" is missing from the header row`,
        }),
      );
    }
  }
  const separator = csv?.delimiter ?? ' ';
  for (let index = headerIndex + 1; index < source.length; index++) {
    if ((index - headerIndex) % STEP_EVERY === 0) yield { phase: 'rows', done: index, total: source.length };
    const row = source[index]!;
    const cells = cellsOf(row);
    if (cells.every(isBlankCell)) {
      skip(row.line, 'blank');
      continue;
    }
    // CSV fields are text already; range cells are shown as text in messages.
    const raw = 'fields' in row ? row.fields : cells.map(cellText);
    const again = repeated(raw);
    if (again) {
      skip(row.line, again);
      continue;
    }
    if (row.unterminatedQuote) {
      errors.push(
        issue(row.line, null, raw.join(separator), {
          nb: 'anførselstegn åpnes, men lukkes aldri; raden kan ikke leses sikkert (bare denne linjen er lest)',
          en: 'a quote is opened but never closed; the row cannot be read reliably (only this line was read)',
        }),
      );
      continue;
    }
    if (cells.length > headers.length && raw.slice(headers.length).some((value) => value.trim() !== '')) {
      errors.push(
        issue(row.line, null, raw.join(separator), {
          nb: `raden har ${cells.length} felt, men overskriftsraden har ${headers.length} (skilletegn i en verdi uten anførselstegn?)`,
          en: `the row has ${cells.length} fields but the header has ${headers.length} (a separator inside an unquoted value?)`,
        }),
      );
      continue;
    }
    const read = readRow(row.line, cells, raw, mapped, blank, context, issue, warnings);
    if (read.issues.length > 0) errors.push(...read.issues);
    else rows.push({ line: row.line, values: read.values });
  }
  return { ...base, headerLine: headerRow.line, mapping, rows, errors, skipped, warnings };
}

/** Reads an already split CSV into a table (re-mapping needs no new parse). */
export function importParsed(table: TableDefinition, csv: CsvParse, options: ImportOptions = {}): ImportResult {
  return runToEnd(importSteps(table, csv.records, options, csv));
}

/** Imports CSV/TSV text into a table. The first non-blank record is the header row. */
export function importDelimited(
  table: TableDefinition,
  input: string,
  options: DelimitedImportOptions = {},
): ImportResult {
  const csv = runToEnd(
    csvSteps(input, {
      ...(options.delimiter ? { delimiter: options.delimiter } : {}),
      ...(options.multilineQuotes ? { multilineQuotes: options.multilineQuotes } : {}),
    }),
  );
  return importParsed(table, csv, options);
}

/**
 * Imports a pasted or read sheet range (first row = headers). Numbers, booleans, Dates and sheet
 * date serials are taken as they are; text is read like CSV text. Lines count the header as 1.
 */
export function importFromValues(
  table: TableDefinition,
  values: readonly (readonly CellValue[])[],
  options: ImportOptions = {},
): ImportResult {
  return runToEnd(
    importSteps(
      table,
      values.map((cells, index) => ({ line: index + 1, cells })),
      options,
    ),
  );
}

/** Where every record of an import went; `unaccounted` lists lines found in none or in two places. */
export interface ImportAccount {
  readonly records: number;
  readonly header: number;
  readonly imported: number;
  readonly reported: number;
  readonly skipped: number;
  readonly unaccounted: readonly number[];
}

/**
 * Counts an import's records by where they went: header, imported, reported (a row with at least
 * one error; the header's own issues do not count) or skipped. records = header + imported +
 * reported + skipped when nothing was lost or counted twice.
 */
export function accountImport(result: ImportResult, recordLines: readonly number[]): ImportAccount {
  const placed = new Map<number, number>();
  const place = (line: number) => placed.set(line, (placed.get(line) ?? 0) + 1);
  if (result.headerLine > 0) place(result.headerLine);
  for (const row of result.rows) place(row.line);
  const reportedLines = new Set(
    result.errors
      .filter((issue) => !(issue.line === result.headerLine && issue.value === '' && issue.column !== null))
      .map((issue) => issue.line),
  );
  for (const line of reportedLines) place(line);
  for (const skip of result.skipped) place(skip.line);
  const unaccounted = recordLines.filter((line) => placed.get(line) !== 1);
  const known = new Set(recordLines);
  for (const line of placed.keys()) if (!known.has(line)) unaccounted.push(line);
  return {
    records: recordLines.length,
    header: result.headerLine > 0 ? 1 : 0,
    imported: result.rows.length,
    reported: reportedLines.size,
    skipped: result.skipped.length,
    unaccounted,
  };
}
