/**
 * One entry for the whole analysis of an import, as the pane shows it before anything is
 * written: the split CSV read into a table (with overrides), the chosen columns replaced by codes,
 * and the privacy scan of the mapped columns. Written as steps (steps.ts) so the pane can run it
 * in slices over 100 000 rows; re-mapping re-uses the split CSV and never parses again.
 */
import { pseudonymizeImported, scanRows, type PersonalDataFinding } from './anonymity';
import { csvSteps, type CsvOptions, type CsvParse } from './csv';
import { importSteps, type ImportedRow, type ImportOptions, type ImportResult } from './import';
import { runToEnd, type Steps } from './steps';
import type { TableDefinition } from './tables';

/** Codes handed out so far, per code prefix (original value → code). */
export type Pseudonyms = Readonly<Record<string, ReadonlyMap<string, string>>>;

export interface AnalyseOptions extends ImportOptions {
  /** Columns whose values are replaced by codes. */
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
    const replaced = pseudonymizeImported(rows, column, {
      prefix,
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
