import type { Pseudonyms } from '../core/inputs/analyse';
import { parseCsv, type QuoteReading } from '../core/inputs/csv';
import type { SourceEncoding } from '../core/inputs/decode';
import { fileSizeProblem, textSizeProblem } from '../core/inputs/limits';
import type { ImportProgress } from '../core/inputs/steps';
import {
  DEFAULT_CAPACITY,
  TABLE_LAYOUT,
  lastDataRow,
  rowsBlock,
  tableById,
  tableRows,
  tableSheetPlan,
  type TableCapacity,
  type TableDefinition,
  type TableId,
} from '../core/inputs/tables';
import { withTeamTerm } from '../core/inputs/terminology';
import type { CellValue } from '../core/cells';
import type { PlanValue, SheetPlan } from '../core/workbook/plan';
import type { ComputedScore } from '../core/sheets/score-sheet';
import { mergeCapacity } from '../core/sheets/wired-score-sheet';
import type { Language, Text } from '../core/text';
import type { ActivityKind } from './strings/inputs';
import {
  changeDraft,
  guessTableOfCsv,
  newDraft,
  readsAtOnce,
  refreshNow,
  sourceBlockingReasons,
  type DraftNeeds,
  type ImportDraft,
  type WriteMode,
} from './import-draft';

export type { ImportDraft, WriteMode } from './import-draft';
export { pseudonymPrefix } from '../core/inputs/analyse';

/**
 * The input-tables screen as plain data and a pure reducer: the service's own lists (staff,
 * caseloads, jobs, contact log …) put into the workbook as tables, and CSV/pasted exports
 * imported into them — table guessed from the headers, columns mapped (with overrides), every
 * unreadable row listed, names and fødselsnummer found and replaced by codes BEFORE anything
 * is written. The DOM (views/inputs.ts) only renders this state and runs the workbook calls.
 */

export type MessageKind = 'info' | 'success' | 'warning' | 'error';

export interface InputsMessage {
  readonly kind: MessageKind;
  readonly text: Text;
}

export type SheetsStatus =
  | { readonly status: 'unknown' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly names: readonly string[] }
  | { readonly status: 'error'; readonly message: string };

export interface InputsState {
  /** The service's word for «behandlingsteam» ('' = the manual's word). */
  readonly teamWord: string;
  readonly sheets: SheetsStatus;
  /** Text typed or pasted into the paste box (not yet read). */
  readonly pasteText: string;
  /** The table chosen before reading a file ("Importer CSV" on a table); else it is guessed. */
  readonly preselect: TableId | null;
  readonly draft: ImportDraft | null;
  readonly busy: boolean;
  readonly message: InputsMessage | null;
  /**
   * Codes handed out this session, per code prefix (original value → code), so the same person
   * gets the same code in every table. Kept in memory only.
   */
  readonly pseudonyms: Pseudonyms;
  /** How far long work on the draft has come (reading a large file); null when none runs. */
  readonly progress: ImportProgress | null;
  /**
   * Long work against the workbook (linking, inserting, writing an import): which, and the
   * step it is at (1-based, of the kind's steps); null when none runs.
   */
  readonly activity: Activity | null;
  /** The wired items' computed scores as the score sheet last showed them, and its total. */
  readonly computed: {
    readonly sheet: string;
    readonly scores: Readonly<Record<string, ComputedScore>>;
    readonly total: CellValue;
  } | null;
  /** Tables extended beyond the default rows 3–2000 this session (an import too large for them). */
  readonly capacity: TableCapacity;
}

export interface Activity {
  readonly kind: ActivityKind;
  readonly step: number;
}

export function initialInputsState(): InputsState {
  return {
    teamWord: '',
    sheets: { status: 'unknown' },
    pasteText: '',
    preselect: null,
    draft: null,
    busy: false,
    message: null,
    pseudonyms: {},
    progress: null,
    activity: null,
    computed: null,
    capacity: {},
  };
}

export type InputsAction =
  | { readonly type: 'teamWord'; readonly word: string }
  | { readonly type: 'sheetsLoading' }
  | { readonly type: 'sheetsLoaded'; readonly names: readonly string[] }
  | { readonly type: 'sheetsFailed'; readonly message: string }
  | { readonly type: 'pasteText'; readonly text: string }
  | { readonly type: 'preselect'; readonly tableId: TableId | null }
  | {
      readonly type: 'startImport';
      readonly text: string;
      readonly fileName: string | null;
      readonly language: Language;
    }
  /** A file's bytes: decoded (encoding detected), then read like pasted text. */
  | { readonly type: 'startFile'; readonly bytes: Uint8Array; readonly fileName: string; readonly language: Language }
  | { readonly type: 'encoding'; readonly encoding: SourceEncoding; readonly language: Language }
  /** The user's answer for quoted values that run over record-like lines. */
  | { readonly type: 'quoteReading'; readonly reading: QuoteReading; readonly language: Language }
  /** A draft derived in slices by the view; taken only if nothing changed meanwhile. */
  | { readonly type: 'refreshed'; readonly draft: ImportDraft; readonly pseudonyms: Pseudonyms }
  | { readonly type: 'progress'; readonly progress: ImportProgress | null }
  | { readonly type: 'chooseTable'; readonly tableId: TableId | null; readonly language: Language }
  | { readonly type: 'mapColumn'; readonly header: string; readonly column: string | null; readonly language: Language }
  | { readonly type: 'pseudonymize'; readonly column: string; readonly language: Language }
  | { readonly type: 'leaveOut'; readonly column: string; readonly language: Language }
  | { readonly type: 'acknowledge'; readonly value: boolean }
  | { readonly type: 'notPersonalData'; readonly column: string; readonly language: Language }
  | { readonly type: 'mode'; readonly mode: WriteMode }
  | { readonly type: 'cancelImport' }
  | { readonly type: 'imported' }
  | { readonly type: 'busy'; readonly busy: boolean }
  /** Long work started or went on to a step; null when it ended. */
  | { readonly type: 'activity'; readonly activity: Activity | null }
  | { readonly type: 'message'; readonly message: InputsMessage | null }
  | { readonly type: 'computed'; readonly computed: InputsState['computed'] }
  /** Table capacities learnt (an extended table, or the score sheet's ranges): only ever grow. */
  | { readonly type: 'capacity'; readonly capacity: TableCapacity };

// ---- helpers -------------------------------------------------------------------------------------

/**
 * The table as the service words it: its own word for «behandlingsteam» / "treatment team" in
 * the description, headers and help (the word typed is used for the sheet's language).
 */
export function termedTable(table: TableDefinition, teamWord: string): TableDefinition {
  const word = teamWord.trim();
  return word === '' ? table : withTeamTerm(table, { nb: word, en: word });
}

/** The sheet plan of a table, in the service's words. */
export function tablePlan(tableId: TableId, language: Language, teamWord: string, capacity?: TableCapacity): SheetPlan {
  return tableSheetPlan(termedTable(tableById(tableId), teamWord), language, capacity ? { capacity } : {});
}

/** The table the text's headers match best (of the first five records), or null. */
export function guessTableOf(text: string): TableId | null {
  return guessTableOfCsv(parseCsv(text));
}

/** The state with a new or changed draft: derived at once when small, else left for the view to derive in slices. */
function settle(state: InputsState, draft: ImportDraft): InputsState {
  if (!readsAtOnce(draft)) return { ...state, draft };
  const refreshed = refreshNow(draft, state.pseudonyms);
  return { ...state, draft: refreshed.draft, pseudonyms: refreshed.pseudonyms };
}

/** The state with the draft changed by the user (see changeDraft). */
function change(state: InputsState, patch: Partial<ImportDraft>, needs: DraftNeeds, language: Language): InputsState {
  return state.draft ? settle(state, changeDraft(state.draft, { ...patch, language }, needs)) : state;
}

// ---- reducer --------------------------------------------------------------------------------------

export function reduceInputs(state: InputsState, action: InputsAction): InputsState {
  switch (action.type) {
    case 'teamWord':
      return { ...state, teamWord: action.word };
    case 'sheetsLoading':
      return { ...state, sheets: { status: 'loading' } };
    case 'sheetsLoaded':
      return { ...state, sheets: { status: 'ready', names: [...action.names] } };
    case 'sheetsFailed':
      return { ...state, sheets: { status: 'error', message: action.message } };
    case 'pasteText':
      return { ...state, pasteText: action.text };
    case 'preselect':
      return { ...state, preselect: action.tableId };
    case 'startImport': {
      if (action.text.trim() === '') {
        return {
          ...state,
          message: { kind: 'warning', text: { nb: 'Det er ingen tekst å lese.', en: 'There is no text to read.' } },
        };
      }
      const tooLarge = textSizeProblem(action.text.length);
      if (tooLarge) return { ...state, message: { kind: 'error', text: tooLarge } };
      return {
        ...settle(
          state,
          newDraft({
            text: action.text,
            fileName: action.fileName,
            preselect: state.preselect,
            language: action.language,
          }),
        ),
        message: null,
      };
    }
    case 'startFile': {
      const tooLarge = fileSizeProblem(action.bytes.length);
      if (tooLarge) return { ...state, message: { kind: 'error', text: tooLarge } };
      if (action.bytes.length === 0)
        return { ...state, message: { kind: 'warning', text: { nb: 'Filen er tom.', en: 'The file is empty.' } } };
      return {
        ...settle(
          state,
          newDraft({
            bytes: action.bytes,
            fileName: action.fileName,
            preselect: state.preselect,
            language: action.language,
          }),
        ),
        message: null,
      };
    }
    case 'encoding':
      return change(state, { encodingChoice: action.encoding }, 'decode', action.language);
    case 'quoteReading':
      return change(state, { quoteReading: action.reading }, 'parse', action.language);
    case 'refreshed':
      if (!state.draft || state.draft.revision !== action.draft.revision) return state;
      return { ...state, draft: action.draft, pseudonyms: action.pseudonyms, progress: null };
    case 'progress':
      return { ...state, progress: action.progress };
    case 'chooseTable':
      return change(
        state,
        {
          tableId: action.tableId,
          tableChosen: true,
          overrides: {},
          pseudonymized: [],
          acknowledged: false,
          notPersonalData: [],
        },
        'analyse',
        action.language,
      );
    case 'mapColumn':
      return state.draft
        ? change(
            state,
            { overrides: { ...state.draft.overrides, [action.header]: action.column } },
            'analyse',
            action.language,
          )
        : state;
    case 'pseudonymize':
      if (!state.draft || state.draft.pseudonymized.includes(action.column)) return state;
      return change(
        state,
        { pseudonymized: [...state.draft.pseudonymized, action.column] },
        'analyse',
        action.language,
      );
    case 'leaveOut': {
      const mapping = state.draft?.result?.mapping.find((m) => m.column === action.column);
      if (!state.draft || !mapping) return state;
      return change(
        state,
        { overrides: { ...state.draft.overrides, [mapping.header]: null } },
        'analyse',
        action.language,
      );
    }
    case 'acknowledge':
      return state.draft ? { ...state, draft: { ...state.draft, acknowledged: action.value } } : state;
    case 'notPersonalData':
      if (!state.draft || state.draft.notPersonalData.includes(action.column)) return state;
      return change(
        state,
        { notPersonalData: [...state.draft.notPersonalData, action.column] },
        'analyse',
        action.language,
      );
    case 'mode':
      return state.draft ? { ...state, draft: { ...state.draft, mode: action.mode } } : state;
    case 'cancelImport':
      return { ...state, draft: null, preselect: null, progress: null };
    case 'imported':
      return { ...state, draft: null, pasteText: '', preselect: null };
    case 'busy':
      return { ...state, busy: action.busy };
    case 'activity':
      return { ...state, activity: action.activity };
    case 'message':
      return { ...state, message: action.message };
    case 'computed':
      return { ...state, computed: action.computed };
    case 'capacity':
      return { ...state, capacity: mergeCapacity(state.capacity, action.capacity) };
  }
}

// ---- what can be written ------------------------------------------------------------------------

/** Why the draft cannot be written yet (empty: it can). */
export function blockingReasons(draft: ImportDraft): Text[] {
  // Still reading, or stray quotes the user has not answered for.
  const reasons: Text[] = sourceBlockingReasons(draft);
  if (draft.needs !== null) return reasons;
  if (!draft.tableId) {
    reasons.push({ nb: 'Velg hvilken tabell dataene hører til.', en: 'Choose the table the data belongs to.' });
    return reasons;
  }
  const result = draft.result;
  if (!result) return reasons;
  const header = result.errors.filter(
    (issue) => issue.line === result.headerLine && issue.column !== null && issue.value === '',
  );
  for (const issue of header) reasons.push(issue.text);
  if (draft.rows.length === 0) reasons.push({ nb: 'Ingen rader kan leses.', en: 'No row can be read.' });
  const ids = draft.findings.filter((finding) => finding.kind === 'nationalId');
  for (const finding of ids) {
    reasons.push({
      nb: `«${finding.header ?? finding.column}» inneholder fødselsnummer: erstatt verdiene med ID-er eller ikke importer kolonnen.`,
      en: `"${finding.header ?? finding.column}" holds national ID numbers: replace the values with IDs or leave the column out.`,
    });
  }
  const names = draft.findings.filter((finding) => finding.kind === 'names');
  if (names.length > 0 && !draft.acknowledged) {
    reasons.push({
      nb: 'Noen kolonner ser ut til å inneholde navn: erstatt dem med ID-er, ikke importer dem, eller bekreft at de ikke er personopplysninger.',
      en: 'Some columns seem to hold names: replace them with IDs, leave them out, or confirm they are not personal data.',
    });
  }
  return reasons;
}

/** The marks to record in the open review when the draft is written: one per column marked as not personal data. */
export function importMarks(draft: ImportDraft): { field: string; value: string }[] {
  return draft.tableId
    ? draft.notPersonalData.map((column) => ({ field: `import:${draft.tableId}:${column}`, value: '' }))
    : [];
}

export function canWrite(draft: ImportDraft): boolean {
  return blockingReasons(draft).length === 0;
}

/** Data rows (counted from the first data row) up to the last one holding anything in the table's columns. */
export function filledDataRows(values: readonly (readonly CellValue[])[] | null, table: TableDefinition): number {
  if (!values) return 0;
  let last = -1;
  for (let row = TABLE_LAYOUT.firstDataRow; row < values.length; row++) {
    const cells = values[row] ?? [];
    for (let column = 0; column < table.columns.length; column++) {
      const value = cells[column];
      if (value !== null && value !== undefined && value !== '') {
        last = row;
        break;
      }
    }
  }
  return last < 0 ? 0 : last - TABLE_LAYOUT.firstDataRow + 1;
}

export interface ImportPlanResult {
  readonly plans: readonly SheetPlan[];
  readonly firstRow: number;
  readonly rows: number;
  /** Old rows blanked below the new ones (replace mode). */
  readonly cleared: number;
  /** The capacities the table (and the score sheet's wiring) must have for the rows to be seen. */
  readonly capacity: TableCapacity;
  /** The table's new number of data rows when the import extends it, else null. */
  readonly extended: number | null;
}

/** The most data rows the pane extends a table to (formulas over longer ranges get slow). */
export const MAX_CAPACITY = 100_000;

/**
 * Data rows for a table that must hold `needed` rows: the default (1998) when they fit, else the
 * row count rounded up to the next 1 000 with at least 1 000 rows of headroom (10 000 → 11 000),
 * at most MAX_CAPACITY. Null when even that is too small.
 */
export function capacityFor(needed: number): number | null {
  if (needed <= DEFAULT_CAPACITY) return DEFAULT_CAPACITY;
  if (needed > MAX_CAPACITY) return null;
  return Math.min(MAX_CAPACITY, Math.ceil(needed / 1000) * 1000 + 1000);
}

/**
 * The plans that put the draft's rows into the table's sheet: the whole table sheet first when
 * the sheet does not exist yet; then the rows from the first data row (replace: old rows below
 * are blanked) or after the last filled row (append). Dates are written as serial numbers.
 * `capacity`: the tables' data rows as known (default rows 3–2000). When the rows do not fit,
 * the table is extended (capacityFor: the whole table sheet is written again with the larger
 * validations and formats, and `extended` says to how many rows; the score sheet's wiring must
 * then use `capacity`). Throws only when even MAX_CAPACITY rows would not hold them.
 */
export function importPlans(
  draft: ImportDraft,
  language: Language,
  teamWord: string,
  existing: readonly (readonly CellValue[])[] | null,
  capacity?: TableCapacity,
): ImportPlanResult {
  if (!draft.tableId) throw new Error('no table chosen');
  const table = termedTable(tableById(draft.tableId), teamWord);
  const filled = filledDataRows(existing, table);
  const firstRow = draft.mode === 'append' ? TABLE_LAYOUT.firstDataRow + filled : TABLE_LAYOUT.firstDataRow;
  // Rows already in the sheet beyond the known capacity mean the table was extended before.
  const known = Math.max(tableRows(table, capacity), filled);
  const needed = firstRow - TABLE_LAYOUT.firstDataRow + draft.rows.length;
  let extended: number | null = null;
  let fitted: TableCapacity = capacity ?? {};
  if (known !== tableRows(table, capacity)) fitted = mergeCapacity(fitted, { [table.id]: known });
  if (needed > known && !table.singleRow) {
    const rows = capacityFor(needed);
    if (rows === null) {
      throw new RangeError(
        `${table.sheet[language]}: ${draft.rows.length} rows do not fit; a table holds at most ${MAX_CAPACITY} rows${draft.mode === 'append' ? ` and ${filled} are in use` : ''}`,
      );
    }
    extended = rows;
    fitted = mergeCapacity(fitted, { [table.id]: rows });
  }
  const room = lastDataRow(table, fitted) - firstRow + 1;
  if (draft.rows.length > room) {
    throw new RangeError(
      `${table.sheet[language]}: ${draft.rows.length} rows do not fit; the table holds ${tableRows(table, fitted)} rows${draft.mode === 'append' ? ` and ${filled} are in use` : ''}`,
    );
  }
  const block = rowsBlock(table, draft.rows, language, { row: firstRow, dates: 'serial' });
  const cleared = draft.mode === 'replace' ? Math.max(0, filled - draft.rows.length) : 0;
  const blocks = [block];
  if (cleared > 0) {
    const blank: PlanValue[][] = Array.from({ length: cleared }, () => table.columns.map(() => ''));
    blocks.push({ row: firstRow + draft.rows.length, column: 0, values: blank });
  }
  const sheet = table.sheet[language];
  const rowsPlan: SheetPlan = { sheet, blocks };
  const whole = existing === null || extended !== null;
  const plans = whole ? [mergePlans(tableSheetPlan(table, language, { capacity: fitted }), rowsPlan)] : [rowsPlan];
  return { plans, firstRow, rows: draft.rows.length, cleared, capacity: fitted, extended };
}

function mergePlans(base: SheetPlan, extra: SheetPlan): SheetPlan {
  return { ...base, blocks: [...base.blocks, ...extra.blocks] };
}

/** Where each table stands in the workbook: present under this language's sheet name, the other's, or not. */
export function tablePresence(
  names: readonly string[],
  table: TableDefinition,
  language: Language,
): 'present' | 'otherLanguage' | 'missing' {
  const lower = new Set(names.map((name) => name.toLocaleLowerCase('nb')));
  if (lower.has(table.sheet[language].toLocaleLowerCase('nb'))) return 'present';
  const other: Language = language === 'nb' ? 'en' : 'nb';
  return lower.has(table.sheet[other].toLocaleLowerCase('nb')) ? 'otherLanguage' : 'missing';
}
