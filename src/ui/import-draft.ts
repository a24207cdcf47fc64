/**
 * An import being prepared, as plain data: what the user chose (the file's bytes or pasted text,
 * the encoding, how stray quotes are read, the table, column overrides, columns replaced by
 * codes) and what was derived from it (decoded text, split CSV, analysis). A change says how deep
 * the derivation must go again (`needs`: decode → parse → analyse); `refreshSteps` does exactly
 * that much, as steps the pane can run in slices. Small inputs are refreshed at once by the
 * reducer; large ones by the view (views/import-progress.ts) while it shows progress.
 */
import { analyseSourceSteps, type Pseudonyms } from '../core/inputs/analyse';
import type { CsvParse, QuoteReading } from '../core/inputs/csv';
import type { DecodedText, SourceEncoding } from '../core/inputs/decode';
import type { ImportedRow, ImportResult } from '../core/inputs/import';
import type { PersonalDataFinding } from '../core/inputs/anonymity';
import { runToEnd, type Steps } from '../core/inputs/steps';
import type { TableId } from '../core/inputs/tables';
import type { Language, Text } from '../core/text';
import { IMPORT_SOURCE_STRINGS } from './strings/inputs';

export type WriteMode = 'replace' | 'append';
export type DraftNeeds = 'decode' | 'parse' | 'analyse';

/** What decoding the file's bytes found (the text itself is the draft's). */
export type DecodeInfo = Omit<DecodedText, 'text'>;

/** An import being prepared: nothing is in the workbook until it is written. */
export interface ImportDraft {
  readonly fileName: string | null;
  /** The file's bytes, kept to read them again in another encoding (null: pasted text). */
  readonly bytes: Uint8Array | null;
  /** The encoding the user chose; null: detected. */
  readonly encodingChoice: SourceEncoding | null;
  /** How quoted values that run over record-like lines are read; null until the user says (read as "split"). */
  readonly quoteReading: QuoteReading | null;
  readonly text: string;
  readonly decoded: DecodeInfo | null;
  readonly csv: CsvParse | null;
  /** Lines of text (for the summary). */
  readonly lines: number;
  readonly guessed: TableId | null;
  readonly tableId: TableId | null;
  /** The table was chosen (beforehand or in the draft): a new guess does not change it. */
  readonly tableChosen: boolean;
  /** Source header → column id, or null to leave the source column out. */
  readonly overrides: Readonly<Record<string, string | null>>;
  readonly result: ImportResult | null;
  /** The rows to write: the readable rows, with replaced columns already holding codes. */
  readonly rows: readonly ImportedRow[];
  /** Columns whose values were replaced by codes (P001, JS001 …). */
  readonly pseudonymized: readonly string[];
  readonly findings: readonly PersonalDataFinding[];
  /** The user confirmed that flagged name-like columns hold no personal data. */
  readonly acknowledged: boolean;
  /**
   * Columns the user marked as not personal data (e.g. bank account numbers that pass the
   * fødselsnummer check): their findings are dropped, and the marks go into the open review.
   */
  readonly notPersonalData: readonly string[];
  readonly mode: WriteMode;
  /** Language of the analysis' messages. */
  readonly language: Language;
  /** New for every draft and change (unique in the session), so a slow refresh of an older draft is not taken. */
  readonly revision: number;
  /** What must be derived again before the draft is current; null when it is. */
  readonly needs: DraftNeeds | null;
}

let revisions = 0;
const nextRevision = () => ++revisions;

/** Inputs up to this size are read at once; larger ones in slices with progress. */
export const READ_AT_ONCE = 256 * 1024;

export interface DraftSource {
  readonly text?: string;
  readonly bytes?: Uint8Array;
  readonly fileName: string | null;
  readonly preselect: TableId | null;
  readonly language: Language;
}

/** A new draft for pasted text or a file's bytes; nothing derived yet. */
export function newDraft(source: DraftSource): ImportDraft {
  return {
    fileName: source.fileName,
    bytes: source.bytes ?? null,
    encodingChoice: null,
    quoteReading: null,
    text: source.text ?? '',
    decoded: null,
    csv: null,
    lines: 0,
    guessed: null,
    tableId: source.preselect,
    tableChosen: source.preselect !== null,
    overrides: {},
    result: null,
    rows: [],
    pseudonymized: [],
    findings: [],
    acknowledged: false,
    notPersonalData: [],
    mode: 'replace',
    language: source.language,
    revision: nextRevision(),
    needs: source.bytes ? 'decode' : 'parse',
  };
}

const DEPTH: Readonly<Record<DraftNeeds, number>> = { decode: 3, parse: 2, analyse: 1 };

/** The draft with a change the user made, to be derived again from `needs` on. */
export function changeDraft(draft: ImportDraft, change: Partial<ImportDraft>, needs: DraftNeeds): ImportDraft {
  const deeper = draft.needs !== null && DEPTH[draft.needs] > DEPTH[needs] ? draft.needs : needs;
  return { ...draft, ...change, needs: deeper, revision: nextRevision() };
}

/** Whether the draft is small enough to derive at once. */
export function readsAtOnce(draft: ImportDraft): boolean {
  return (draft.bytes?.length ?? draft.text.length) <= READ_AT_ONCE;
}

export { guessTableOfCsv } from '../core/inputs/analyse';

/** Derives what the draft needs, yielding progress; returns the current draft and the codes handed out. */
export function* refreshSteps(
  draft: ImportDraft,
  pseudonyms: Pseudonyms,
): Steps<{ draft: ImportDraft; pseudonyms: Pseudonyms }> {
  // One call into the core reads the source from where it changed (analyseSourceSteps).
  const read = yield* analyseSourceSteps({
    from: draft.needs ?? 'analyse',
    bytes: draft.bytes,
    ...(draft.encodingChoice ? { encoding: draft.encodingChoice } : {}),
    text: draft.text,
    csv: draft.csv,
    quoteReading: draft.quoteReading ?? 'split',
    tableId: draft.tableId,
    tableChosen: draft.tableChosen,
    analyse: { overrides: draft.overrides, language: draft.language, pseudonymize: draft.pseudonymized, pseudonyms },
  });
  const next: ImportDraft = {
    ...draft,
    text: read.text,
    ...(read.decoded ? { decoded: read.decoded } : {}),
    csv: read.csv,
    lines: read.csv.lines,
    ...(read.guessed !== undefined ? { guessed: read.guessed } : {}),
    tableId: read.tableId,
  };
  const analysis = read.analysis;
  if (!analysis)
    return { draft: { ...next, result: null, rows: [], findings: [], pseudonymized: [], needs: null }, pseudonyms };
  const mapped = new Set(analysis.result.mapping.flatMap((m) => (m.column === null ? [] : [m.column])));
  const notPersonalData = next.notPersonalData.filter((column) => mapped.has(column));
  const findings = analysis.findings.filter((finding) => !notPersonalData.includes(String(finding.column)));
  return {
    draft: {
      ...next,
      result: analysis.result,
      rows: analysis.rows,
      pseudonymized: analysis.pseudonymized,
      findings,
      notPersonalData,
      needs: null,
    },
    pseudonyms: analysis.pseudonyms,
  };
}

/** Derives what the draft needs at once. */
export function refreshNow(draft: ImportDraft, pseudonyms: Pseudonyms): { draft: ImportDraft; pseudonyms: Pseudonyms } {
  return runToEnd(refreshSteps(draft, pseudonyms));
}

/** "2–4" or "7": the lines of a span. */
export function lineSpan(line: number, endLine: number): string {
  return line === endLine ? String(line) : `${line}–${endLine}`;
}

/** Why the source itself keeps the draft from being written: still reading, or stray quotes not confirmed. */
export function sourceBlockingReasons(draft: ImportDraft): Text[] {
  if (draft.needs !== null) return [{ nb: 'Dataene leses fortsatt inn.', en: 'The data is still being read.' }];
  const merged = draft.csv?.merged ?? [];
  if (merged.length === 0 || draft.quoteReading !== null) return [];
  const spans =
    merged
      .slice(0, 5)
      .map((span) => lineSpan(span.line, span.endLine))
      .join(', ') + (merged.length > 5 ? ' …' : '');
  const ask = { nb: 'Velg hvordan linjene skal leses.', en: 'Choose how to read the lines.' };
  return [
    {
      nb: `${IMPORT_SOURCE_STRINGS.nb.merged(spans)} ${ask.nb}`,
      en: `${IMPORT_SOURCE_STRINGS.en.merged(spans)} ${ask.en}`,
    },
  ];
}
