/**
 * One entry for the whole analysis of an import, as the pane shows it before anything is
 * written: the split CSV read into a table (with overrides), the chosen columns replaced by codes,
 * and the privacy scan of the mapped columns. Written as steps (steps.ts) so the pane can run it
 * in slices over 100 000 rows; re-mapping re-uses the split CSV and never parses again.
 */
import { isFlaggedValue, pseudonymizeImported, scanRows, type PersonalDataFinding } from './anonymity';
import { csvSteps, type CsvOptions, type CsvParse, type QuoteReading } from './csv';
import { decodeSteps, type DecodedText, type SourceEncoding } from './decode';
import { guessTable } from './headers';
import { importSteps, type ImportedRow, type ImportOptions, type ImportResult } from './import';
import { runToEnd, type Steps } from './steps';
import { INPUT_TABLES, tableById, type TableDefinition, type TableId } from './tables';

/** Codes handed out so far, per code prefix (original value → code). */
export type Pseudonyms = Readonly<Record<string, ReadonlyMap<string, string>>>;

export interface AnalyseOptions extends ImportOptions {
  /** Columns whose flagged values (names, fødselsnummer: isFlaggedValue) are replaced by codes. */
  readonly pseudonymize?: readonly string[];
  /** Codes from earlier imports, kept stable across tables. */
  readonly pseudonyms?: Pseudonyms;
}

export interface Analysis {
  readonly result: ImportResult;
  /** The rows to write: the readable rows, with replaced columns holding codes. */
  readonly rows: readonly ImportedRow[];
  /** The replaced columns that are mapped. */
  readonly pseudonymized: readonly string[];
  readonly pseudonyms: Pseudonyms;
  readonly findings: readonly PersonalDataFinding[];
}

/** The code prefix for a column's pseudonyms: specialists JS001 …, everyone else P001 …. */
export function pseudonymPrefix(columnId: string): string {
  return columnId === 'specialist' ? 'JS' : 'P';
}

/** Reads a split CSV into the table, replaces the chosen columns by codes and scans the rest, yielding progress. */
export function* analyseSteps(table: TableDefinition, csv: CsvParse, options: AnalyseOptions = {}): Steps<Analysis> {
  const result = yield* importSteps(table, csv.records, options, csv);
  let rows: readonly ImportedRow[] = result.rows;
  let pseudonyms: Pseudonyms = options.pseudonyms ?? {};
  const mapped = new Set(result.mapping.flatMap((m) => (m.column === null ? [] : [m.column])));
  const pseudonymized = (options.pseudonymize ?? []).filter((column) => mapped.has(column));
  for (const column of pseudonymized) {
    const prefix = pseudonymPrefix(column);
    // Only the values the scan flags (names, fødselsnummer): the service's own codes stay.
    const replaced = pseudonymizeImported(rows, column, {
      prefix,
      only: isFlaggedValue,
      ...(pseudonyms[prefix] ? { existing: pseudonyms[prefix] } : {}),
    });
    rows = replaced.rows;
    pseudonyms = { ...pseudonyms, [prefix]: replaced.mapping };
  }
  // Dates (ISO text), yes/no (booleans) and list values (option ids) can hold neither a name nor
  // a fødselsnummer once read: only text and number columns are scanned.
  const scanned = table.columns.filter(
    (column) => mapped.has(column.id) && (column.type === 'text' || column.type === 'number'),
  );
  const findings: PersonalDataFinding[] = [];
  for (let index = 0; index < scanned.length; index++) {
    yield { phase: 'privacy', done: index, total: scanned.length };
    findings.push(...scanRows(rows, [scanned[index]!], options.language ?? 'nb'));
  }
  return { result, rows, pseudonymized, pseudonyms, findings };
}

/** Splits the text and analyses it for the table, yielding progress. */
export function* analyseTextSteps(
  table: TableDefinition,
  text: string,
  options: AnalyseOptions & CsvOptions = {},
): Steps<Analysis & { readonly csv: CsvParse }> {
  const csv = yield* csvSteps(text, options);
  const analysis = yield* analyseSteps(table, csv, options);
  return { ...analysis, csv };
}

/** Splits the text and analyses it at once. */
export function analyseImport(
  table: TableDefinition,
  text: string,
  options: AnalyseOptions & CsvOptions = {},
): Analysis & { readonly csv: CsvParse } {
  return runToEnd(analyseTextSteps(table, text, options));
}

/** Where reading a source starts again: its bytes decoded, its text split, or only the analysis. */
export type ReadFrom = 'decode' | 'parse' | 'analyse';

/** A source to import as the pane holds it, and what of it is to be read again. */
export interface ImportSource {
  readonly from: ReadFrom;
  /** A file's bytes (decoded from `from: 'decode'`); null for pasted text. */
  readonly bytes: Uint8Array | null;
  /** The encoding the user chose; undefined: detected. */
  readonly encoding?: SourceEncoding;
  /** The text as decoded (or pasted) before; read again when `from` is 'parse'. */
  readonly text: string;
  /** The text as split before (re-used from 'analyse': a new mapping never parses again). */
  readonly csv: CsvParse | null;
  readonly quoteReading: QuoteReading;
  /** The table the data goes into; a guess is replaced when the text is split again, a choice is kept. */
  readonly tableId: TableId | null;
  readonly tableChosen: boolean;
  readonly analyse: AnalyseOptions;
}

/** A source read: its text, the split, the table, and the analysis (null without a table). */
export interface SourceAnalysis {
  readonly text: string;
  /** How the bytes were decoded, when they were decoded now. */
  readonly decoded: Omit<DecodedText, 'text'> | null;
  readonly csv: CsvParse;
  /** The table the headers suggest, when the text was split now (undefined: not split now). */
  readonly guessed?: TableId | null;
  readonly tableId: TableId | null;
  readonly analysis: Analysis | null;
}

/** The table the headers of the first five records match best, or null. */
export function guessTableOfCsv(csv: CsvParse): TableId | null {
  let best: { id: TableId; mapped: number } | null = null;
  let seen = 0;
  for (const record of csv.records) {
    if (seen >= 5) break;
    if (record.fields.every((field) => field.trim() === '')) continue;
    seen += 1;
    const headers = record.fields.map((field) => field.trim());
    const table = guessTable(headers, INPUT_TABLES);
    if (!table) continue;
    const mapped = headers.filter((header) => header !== '').length;
    if (!best || mapped > best.mapped) best = { id: table.id, mapped };
  }
  return best?.id ?? null;
}

/**
 * The one entry the pane calls to read an import source: decode, split, guess the table, analyse
 * (analyseSteps), each from where the source says it changed, yielding progress throughout.
 */
export function* analyseSourceSteps(source: ImportSource): Steps<SourceAnalysis> {
  let text = source.text;
  let decoded: Omit<DecodedText, 'text'> | null = null;
  if (source.from === 'decode' && source.bytes) {
    const read = yield* decodeSteps(source.bytes, source.encoding);
    ({ text, ...decoded } = read);
  }
  let csv = source.csv;
  let tableId = source.tableId;
  let guessed: TableId | null | undefined;
  if (source.from !== 'analyse' || csv === null) {
    csv = yield* csvSteps(text, { multilineQuotes: source.quoteReading });
    guessed = guessTableOfCsv(csv);
    if (!source.tableChosen) tableId = guessed;
  }
  const split = { text, decoded, csv, ...(guessed !== undefined ? { guessed } : {}), tableId };
  if (!tableId) return { ...split, analysis: null };
  const table = tableById(tableId);
  // Overrides only ever name columns of this table (a table change starts the mapping over).
  const known = new Set(table.columns.map((column) => column.id));
  const overrides = Object.fromEntries(
    Object.entries(source.analyse.overrides ?? {}).filter(([, column]) => column === null || known.has(column)),
  );
  return { ...split, analysis: yield* analyseSteps(table, csv, { ...source.analyse, overrides }) };
}
