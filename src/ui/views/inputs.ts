import { INPUT_TABLES, TABLES, columnById, tableById, toSheetValue, type TableId } from '../../core/inputs/tables';
import { hasWiring } from '../../core/inputs/wiring';
import { itemById, itemLabel } from '../../core/scale/registry';
import type { Conflict } from '../../core/workbook/plan';
import type { CellValue } from '../../core/cells';
import { HEADER_ROWS, readComputedScores, scoreSheetPlan, type ScoreSheetWiring } from '../../core/sheets/score-sheet';
import { wiredScoreSheetPlan } from '../../core/sheets/wired-score-sheet';
import { writeWithConsent, type Workbook } from '../../core/workbook/workbook';
import type { Language, Text } from '../../core/text';
import type { ViewContext } from '../context';
import { showDialog } from '../dialog';
import { h, replaceChildren, type Child } from '../dom';
import {
  blockingReasons,
  importMarks,
  importPlans,
  initialInputsState,
  reduceInputs,
  tablePlan,
  tablePresence,
  termedTable,
  type ImportDraft,
  type InputsAction,
  type InputsState,
  type MessageKind,
} from '../inputs-state';
import { conflictSummary, errorText } from '../state';
import { mergedView, progressView, readFileAction, readInSlices, sourceView } from './import-source';
import { TERMS } from '../../core/i18n/terms';

/**
 * «Inndata»: the service's own lists as input tables in the workbook, and CSV or pasted exports
 * imported into them, wired to the score sheet by live formulas.
 *
 * The view keeps its own state (inputs-state.ts) per mounted pane and re-renders only its own
 * container, so it needs nothing from the pane's reducer. It needs the Workbook, which the
 * ViewContext does not carry: the pane registers it once with connectInputs(prefix, { workbook }).
 */

export const INPUTS_NAV_LABEL: Text = { nb: 'Inndata', en: 'Input data' };

/** What the view needs from the pane: the workbook, and optionally the pane's own overwrite question. */
export interface InputsHost {
  readonly workbook: Workbook;
  /** Asks before cells are overwritten (the pane's dialog); default: an in-pane dialog of this view. */
  readonly confirm?: (conflicts: readonly Conflict[]) => Promise<boolean>;
  /**
   * Reads the open review's score sheet again (one read) and brings the pane's review up to date
   * with it (consensus scores that follow the computed ones); returns the sheet's values. Called
   * after every write of this view. Default: the sheet is only read.
   */
  readonly reread?: () => Promise<CellValue[][] | null>;
}

interface Store {
  state: InputsState;
  host: InputsHost | null;
  ctx: ViewContext | null;
  container: HTMLElement | null;
}

const stores = new Map<string, Store>();

function storeFor(prefix: string): Store {
  let store = stores.get(prefix);
  if (!store) {
    store = { state: initialInputsState(), host: null, ctx: null, container: null };
    stores.set(prefix, store);
  }
  return store;
}

/**
 * Connects the view of the pane with this id prefix (ViewContext.prefix) to its workbook. Call
 * once when the pane is mounted; the returned function disconnects (on destroy).
 */
export function connectInputs(prefix: string, host: InputsHost): () => void {
  const store = storeFor(prefix);
  store.host = host;
  return () => {
    stores.delete(prefix);
  };
}

/** The view's state for a pane (tests and the preview inspect it). */
export function inputsStateOf(prefix: string): InputsState {
  return storeFor(prefix).state;
}

// ---- strings -----------------------------------------------------------------------------------

const T = {
  nb: {
    heading: 'Inndata og tabeller',
    intro:
      'Tjenestens egne lister som tabeller i arbeidsboken. Skårskjemaet leser dem med formler, så beregnede skårer oppdateres når tabellene endres.',
    notConnected: 'Arbeidsboken er ikke koblet til denne visningen.',
    teamWord: 'Tjenestens ord for «behandlingsteam»',
    teamWordHint: 'Brukes i overskrifter og hjelpetekster i tabellene som settes inn. Tomt: «behandlingsteam».',
    tables: 'Tabeller',
    feeds: 'Gir data til:',
    present: 'Finnes i arbeidsboken',
    presentOther: (name: string) => `Finnes som «${name}» (annet språk)`,
    missing: 'Ikke satt inn',
    insert: 'Sett inn tabell',
    reinsert: 'Sett inn på nytt',
    insertAll: 'Sett inn alle tabeller',
    open: 'Gå til arket',
    importInto: 'Importer CSV',
    importHeading: 'Importer CSV eller limt inn tabell',
    importIntro:
      'Velg en CSV-fil (eksport fra fagsystem, Excel eller Sheets) eller lim inn celler. Ingenting skrives før du har sett gjennom dataene.',
    file: 'CSV-fil',
    paste: 'Eller lim inn her',
    read: 'Les inn',
    source: (name: string | null, lines: number) => `${name ?? 'Limt inn tekst'} · ${lines} linjer`,
    table: 'Tabell',
    chooseTable: 'Velg tabell …',
    guessed: '(gjettet ut fra overskriftene)',
    mapping: 'Kolonner',
    sourceColumn: 'I filen',
    tableColumn: 'I tabellen',
    notUsed: '— ikke bruk —',
    how: { exact: 'funnet', fuzzy: 'antatt', override: 'valgt', unmapped: 'ukjent', ignored: 'ikke brukt' } as Record<
      string,
      string
    >,
    anonymity: 'Personvern',
    anonymityOk: 'Fant ingen navn eller fødselsnummer.',
    replace: 'Erstatt med ID-er',
    leaveOut: 'Ikke importer kolonnen',
    notPersonal: 'Ikke personopplysninger',
    markedNotPersonal: (column: string) =>
      `«${column}» er merket som ikke personopplysninger. Merket lagres i vurderingen som er åpen.`,
    replaced: (column: string, prefix: string) =>
      `«${column}» er erstattet med ID-er (${prefix}001 …). Samme verdi får samme ID i alle tabeller i denne økten.`,
    acknowledge: 'Jeg har sjekket: de markerte kolonnene inneholder ikke personopplysninger.',
    preview: 'Forhåndsvisning',
    readable: (rows: number, table: string) => `${rows} rader kan leses inn i «${table}».`,
    errorsHeading: (count: number) => `${count} rader kan ikke leses`,
    errorLine: (line: number, column: string, why: string, value: string) =>
      `Linje ${line}${column ? `, ${column}` : ''}${value ? ` («${value}»)` : ''}: ${why}`,
    errorsMore: (count: number) => `… og ${count} til.`,
    skippedHeading: (count: number) => `${count} linjer hoppet over`,
    skippedLine: (line: number, why: string) => `Linje ${line}: ${why}`,
    warningsHeading: (count: number) => `${count} merknader`,
    previewRows: (shown: number, of: number) => `Viser ${shown} av ${of} rader.`,
    write: 'Skriv til arket',
    writeRows: (rows: number, sheet: string) => `Skriv ${rows} rader til «${sheet}»`,
    modeReplace: 'Erstatt radene i tabellen',
    modeAppend: 'Legg til etter radene som finnes',
    cancel: 'Avbryt',
    blocked: 'Før dataene kan skrives:',
    written: (rows: number, sheet: string, cleared: number) =>
      `Skrev ${rows} rader til «${sheet}»${cleared > 0 ? ` og tømte ${cleared} gamle rader` : ''}.`,
    inserted: (sheets: string) => `Satt inn ${sheets}.`,
    extended: (sheet: string, rows: number) =>
      `Tabellen «${sheet}» er utvidet til ${rows} rader (rad 3–${rows + 2}), så formlene ser alle radene.`,
    extendedRewire:
      'Koble skårskjemaet til tabellene på nytt (under «Skårskjemaet») når en vurdering er åpen, så de beregnede skårene leser alle radene.',
    notWritten: 'Ingenting ble skrevet.',
    failed: (message: string) => `Arbeidsboken svarte med en feil: ${message}`,
    scoreSheet: 'Skårskjemaet',
    wireIntro: (sheet: string) =>
      `Koble «${sheet}» til tabellene: hvert punkt som kan beregnes, får en beregnet skår og en begrunnelse som formler. Konsensusskåren følger den beregnede til dere skriver en annen.`,
    wire: 'Koble skårskjemaet til tabellene',
    wired: (sheet: string) => `«${sheet}» er koblet til tabellene.`,
    noReview: 'Start eller åpne en vurdering for å koble skårskjemaet til tabellene.',
    refresh: 'Oppdater beregnede skårer',
    computedHeading: 'Beregnet fra tabellene',
    computedNone: 'Skårskjemaet har ingen beregnede skårer ennå (koble det til tabellene).',
    total: TERMS.totalScore.nb,
    dialogTitle: 'Overskrive celler?',
  },
  en: {
    heading: 'Input data and tables',
    intro:
      "The service's own lists as tables in the workbook. The score sheet reads them with formulas, so computed scores update when the tables change.",
    notConnected: 'The workbook is not connected to this view.',
    teamWord: 'The service\'s word for "treatment team"',
    teamWordHint: 'Used in the headers and help of the tables inserted. Blank: "treatment team".',
    tables: 'Tables',
    feeds: 'Feeds:',
    present: 'In the workbook',
    presentOther: (name: string) => `Present as "${name}" (other language)`,
    missing: 'Not inserted',
    insert: 'Insert table',
    reinsert: 'Insert again',
    insertAll: 'Insert all tables',
    open: 'Go to sheet',
    importInto: 'Import CSV',
    importHeading: 'Import CSV or a pasted table',
    importIntro:
      'Choose a CSV file (an export from a case system, Excel or Sheets) or paste cells. Nothing is written before you have reviewed the data.',
    file: 'CSV file',
    paste: 'Or paste here',
    read: 'Read',
    source: (name: string | null, lines: number) => `${name ?? 'Pasted text'} · ${lines} lines`,
    table: 'Table',
    chooseTable: 'Choose a table …',
    guessed: '(guessed from the headers)',
    mapping: 'Columns',
    sourceColumn: 'In the file',
    tableColumn: 'In the table',
    notUsed: '— not used —',
    how: { exact: 'found', fuzzy: 'assumed', override: 'chosen', unmapped: 'unknown', ignored: 'not used' } as Record<
      string,
      string
    >,
    anonymity: 'Privacy',
    anonymityOk: 'No names or national ID numbers found.',
    replace: 'Replace with IDs',
    leaveOut: 'Leave the column out',
    notPersonal: 'Not personal data',
    markedNotPersonal: (column: string) =>
      `"${column}" is marked as not personal data. The mark is kept in the open review.`,
    replaced: (column: string, prefix: string) =>
      `"${column}" was replaced with IDs (${prefix}001 …). The same value gets the same ID in every table this session.`,
    acknowledge: 'I have checked: the flagged columns hold no personal data.',
    preview: 'Preview',
    readable: (rows: number, table: string) => `${rows} rows can be imported into "${table}".`,
    errorsHeading: (count: number) => `${count} rows cannot be read`,
    errorLine: (line: number, column: string, why: string, value: string) =>
      `Line ${line}${column ? `, ${column}` : ''}${value ? ` ("${value}")` : ''}: ${why}`,
    errorsMore: (count: number) => `… and ${count} more.`,
    skippedHeading: (count: number) => `${count} lines skipped`,
    skippedLine: (line: number, why: string) => `Line ${line}: ${why}`,
    warningsHeading: (count: number) => `${count} notes`,
    previewRows: (shown: number, of: number) => `Showing ${shown} of ${of} rows.`,
    write: 'Write to the sheet',
    writeRows: (rows: number, sheet: string) => `Write ${rows} rows to "${sheet}"`,
    modeReplace: "Replace the table's rows",
    modeAppend: 'Add after the rows already there',
    cancel: 'Cancel',
    blocked: 'Before the data can be written:',
    written: (rows: number, sheet: string, cleared: number) =>
      `Wrote ${rows} rows to "${sheet}"${cleared > 0 ? ` and blanked ${cleared} old rows` : ''}.`,
    inserted: (sheets: string) => `Inserted ${sheets}.`,
    extended: (sheet: string, rows: number) =>
      `The table "${sheet}" was extended to ${rows} rows (rows 3–${rows + 2}), so the formulas see every row.`,
    extendedRewire:
      'Connect the score sheet to the tables again (under "The score sheet") while a review is open, so the computed scores read every row.',
    notWritten: 'Nothing was written.',
    failed: (message: string) => `The workbook answered with an error: ${message}`,
    scoreSheet: 'The score sheet',
    wireIntro: (sheet: string) =>
      `Connect "${sheet}" to the tables: every item that can be computed gets a computed score and a reason as formulas. The consensus score follows the computed one until you type another.`,
    wire: 'Connect the score sheet to the tables',
    wired: (sheet: string) => `"${sheet}" is connected to the tables.`,
    noReview: 'Start or open a review to connect its score sheet to the tables.',
    refresh: 'Refresh computed scores',
    computedHeading: 'Computed from the tables',
    computedNone: 'The score sheet has no computed scores yet (connect it to the tables).',
    total: TERMS.totalScore.en,
    dialogTitle: 'Overwrite cells?',
  },
} as const;

/** How many unreadable rows are listed in full before "… and N more". */
export const ERRORS_LISTED = 500;
const PREVIEW_ROWS = 8;

const STYLES = `
.ipsf-inputs{display:flex;flex-direction:column;gap:12px}
.ipsf-inputs .ipsf-table-list{display:flex;flex-direction:column;gap:8px}
.ipsf-inputs .ipsf-table-card h3{display:flex;justify-content:space-between;gap:8px;align-items:baseline}
.ipsf-inputs .ipsf-status{font-size:12px;font-weight:400;color:var(--fg2)}
.ipsf-inputs .ipsf-status[data-status="present"]{color:var(--ok)}
.ipsf-inputs .ipsf-issues{max-height:240px;overflow:auto;font-size:12px;line-height:16px;display:flex;flex-direction:column;gap:2px}
.ipsf-inputs .ipsf-issues li{border-left:3px solid var(--warn);padding-left:6px;overflow-wrap:anywhere}
.ipsf-inputs .ipsf-map-table,.ipsf-inputs .ipsf-preview-table{border-collapse:collapse;width:100%;font-size:12px}
.ipsf-inputs .ipsf-map-table td,.ipsf-inputs .ipsf-map-table th,.ipsf-inputs .ipsf-preview-table td,.ipsf-inputs .ipsf-preview-table th{padding:2px 4px;text-align:left;vertical-align:top;border-bottom:1px solid var(--stroke2);overflow-wrap:anywhere}
.ipsf-inputs .ipsf-preview-wrap{overflow-x:auto}
.ipsf-inputs select.ipsf-input{padding:3px 6px;min-height:28px}
.ipsf-inputs .ipsf-computed{display:grid;grid-template-columns:1fr auto;gap:2px 12px;font-size:13px}
.ipsf-inputs .ipsf-computed dd{font-weight:600;text-align:right}
.ipsf-inputs .ipsf-sample{font:12px/16px Consolas,"Courier New",monospace;white-space:pre;overflow-x:auto;background:var(--bg3);padding:4px 6px;margin:0}
.ipsf-inputs progress{width:100%}
`;

function injectInputsStyles(doc: Document): void {
  const id = 'ipsf-inputs-styles';
  if (doc.getElementById(id)) return;
  const style = doc.createElement('style');
  style.id = id;
  style.textContent = STYLES;
  (doc.head ?? doc.documentElement).appendChild(style);
}

// ---- the view ----------------------------------------------------------------------------------

/** The input-tables screen. Registered with connectInputs, it reads and writes the workbook. */
export function inputsView(ctx: ViewContext): Child {
  const store = storeFor(ctx.prefix);
  store.ctx = ctx;
  const container = h('div', { class: 'ipsf-inputs', dataset: { role: 'inputs' } });
  store.container = container;
  if (typeof document !== 'undefined') injectInputsStyles(document);
  render(store);
  if (store.host && store.state.sheets.status === 'unknown') void loadSheets(store);
  return container;
}

function update(store: Store, action: InputsAction, rerender = true): void {
  store.state = reduceInputs(store.state, action);
  if (rerender) render(store);
  // A draft too large for the reducer is read in slices, with progress.
  if (store.state.draft?.needs)
    void readInSlices(
      store,
      () => store.state,
      (next) => update(store, next),
    );
}

function render(store: Store): void {
  const { container, ctx } = store;
  if (!container || !ctx) return;
  const doc = container.ownerDocument;
  const active =
    doc.activeElement instanceof HTMLElement && container.contains(doc.activeElement)
      ? doc.activeElement.dataset['key']
      : undefined;
  const open = new Set(
    Array.from(container.querySelectorAll<HTMLDetailsElement>('details[data-key]'))
      .filter((d) => d.open)
      .map((d) => d.dataset['key']!),
  );
  replaceChildren(container, content(store, ctx));
  for (const details of Array.from(container.querySelectorAll<HTMLDetailsElement>('details[data-key]')))
    if (open.has(details.dataset['key']!)) details.open = true;
  if (active)
    Array.from(container.querySelectorAll<HTMLElement>('[data-key]'))
      .find((element) => element.dataset['key'] === active)
      ?.focus({ preventScroll: true });
}

function content(store: Store, ctx: ViewContext): Child {
  const t = T[ctx.state.language];
  const { state } = store;
  return [
    h('h2', null, t.heading),
    h('p', { class: 'ipsf-muted' }, t.intro),
    store.host ? null : h('div', { class: 'ipsf-msg ipsf-msg-warning', role: 'alert' }, h('p', null, t.notConnected)),
    messageView(store, ctx),
    state.draft
      ? importView(store, ctx, state.draft)
      : [tablesView(store, ctx), importStart(store, ctx), scoreSheetCard(store, ctx)],
  ];
}

function messageView(store: Store, ctx: ViewContext): Child {
  const message = store.state.message;
  if (!message) return null;
  const isAlert = message.kind === 'error' || message.kind === 'warning';
  return h(
    'div',
    {
      class: `ipsf-msg ipsf-msg-${message.kind}`,
      role: isAlert ? 'alert' : 'status',
      dataset: { role: 'inputs-message', kind: message.kind },
    },
    h('p', null, message.text[ctx.state.language]),
    h(
      'button',
      {
        type: 'button',
        class: 'ipsf-btn ipsf-subtle ipsf-small',
        'aria-label': ctx.s.dismiss,
        dataset: { key: 'inputs-message-dismiss' },
        onClick: () => update(store, { type: 'message', message: null }),
      },
      '✕',
    ),
  );
}

function tablesView(store: Store, ctx: ViewContext): Child {
  const t = T[ctx.state.language];
  const language = ctx.state.language;
  const { state } = store;
  const names = state.sheets.status === 'ready' ? state.sheets.names : [];
  const disabled = !store.host || state.busy;
  const other: Language = language === 'nb' ? 'en' : 'nb';
  return h(
    'section',
    { class: 'ipsf-card', 'aria-labelledby': `${ctx.prefix}-inputs-tables` },
    h('h3', { id: `${ctx.prefix}-inputs-tables` }, t.tables),
    h(
      'div',
      { class: 'ipsf-field' },
      h('label', { for: `${ctx.prefix}-team-word` }, t.teamWord),
      h('input', {
        id: `${ctx.prefix}-team-word`,
        class: 'ipsf-input',
        type: 'text',
        value: state.teamWord,
        placeholder: language === 'nb' ? 'behandlingsteam' : 'treatment team',
        autocomplete: 'off',
        'aria-describedby': `${ctx.prefix}-team-word-hint`,
        dataset: { key: 'inputs-team-word' },
        onInput: (event: Event) =>
          update(store, { type: 'teamWord', word: (event.target as HTMLInputElement).value }, false),
        onChange: () => render(store),
      }),
      h('span', { id: `${ctx.prefix}-team-word-hint`, class: 'ipsf-muted' }, t.teamWordHint),
    ),
    h(
      'ul',
      { class: 'ipsf-table-list' },
      INPUT_TABLES.map((definition) => {
        const table = termedTable(definition, state.teamWord);
        const presence = state.sheets.status === 'ready' ? tablePresence(names, table, language) : 'missing';
        const feeds = table.feeds.map((id) => itemLabel(itemById(id), language)).join(', ');
        return h(
          'li',
          { class: 'ipsf-card ipsf-table-card', dataset: { role: 'input-table', table: table.id } },
          h(
            'h3',
            null,
            h('span', null, table.sheet[language]),
            h(
              'span',
              { class: 'ipsf-status', dataset: { status: presence, role: 'table-status' } },
              state.sheets.status !== 'ready'
                ? ''
                : presence === 'present'
                  ? t.present
                  : presence === 'otherLanguage'
                    ? t.presentOther(table.sheet[other])
                    : t.missing,
            ),
          ),
          h('p', { class: 'ipsf-muted' }, table.description[language]),
          h('p', { class: 'ipsf-muted' }, `${t.feeds} ${feeds}`),
          h(
            'div',
            { class: 'ipsf-row' },
            h(
              'button',
              {
                type: 'button',
                class: 'ipsf-btn',
                disabled,
                dataset: { key: `insert-${table.id}` },
                onClick: () => void insertTables(store, [table.id]),
              },
              presence === 'present' ? t.reinsert : t.insert,
            ),
            presence === 'present'
              ? h(
                  'button',
                  {
                    type: 'button',
                    class: 'ipsf-btn ipsf-subtle',
                    disabled,
                    dataset: { key: `open-${table.id}` },
                    onClick: () => void openSheet(store, table.sheet[language]),
                  },
                  t.open,
                )
              : null,
            h(
              'button',
              {
                type: 'button',
                class: 'ipsf-btn ipsf-subtle',
                disabled: !store.host,
                dataset: { key: `import-${table.id}` },
                onClick: () => {
                  update(store, { type: 'preselect', tableId: table.id });
                  store.container?.querySelector<HTMLElement>('[data-key="inputs-paste"]')?.focus();
                },
              },
              t.importInto,
            ),
          ),
        );
      }),
    ),
    h(
      'div',
      { class: 'ipsf-row' },
      h(
        'button',
        {
          type: 'button',
          class: 'ipsf-btn',
          disabled,
          dataset: { key: 'insert-all' },
          onClick: () =>
            void insertTables(
              store,
              INPUT_TABLES.map((table) => table.id),
            ),
        },
        t.insertAll,
      ),
    ),
  );
}

function importStart(store: Store, ctx: ViewContext): Child {
  const t = T[ctx.state.language];
  const language = ctx.state.language;
  const fileId = `${ctx.prefix}-inputs-file`;
  const pasteId = `${ctx.prefix}-inputs-paste`;
  const target = store.state.preselect;
  return h(
    'section',
    { class: 'ipsf-card', 'aria-labelledby': `${ctx.prefix}-inputs-import`, dataset: { role: 'import-start' } },
    h('h3', { id: `${ctx.prefix}-inputs-import` }, t.importHeading),
    h('p', { class: 'ipsf-muted' }, t.importIntro),
    target
      ? h(
          'div',
          { class: 'ipsf-row', dataset: { role: 'import-target' } },
          h('span', null, `${t.table}: ${TABLES[target].sheet[language]}`),
          h(
            'button',
            {
              type: 'button',
              class: 'ipsf-btn ipsf-subtle ipsf-small',
              'aria-label': t.cancel,
              dataset: { key: 'import-target-clear' },
              onClick: () => update(store, { type: 'preselect', tableId: null }),
            },
            '✕',
          ),
        )
      : null,
    h(
      'div',
      { class: 'ipsf-field' },
      h('label', { for: fileId }, t.file),
      h('input', {
        id: fileId,
        type: 'file',
        accept: '.csv,.tsv,.txt,text/csv,text/plain',
        disabled: !store.host,
        dataset: { key: 'inputs-file' },
        onChange: (event: Event) => {
          const input = event.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) void readFile(store, file);
        },
      }),
    ),
    h(
      'div',
      { class: 'ipsf-field' },
      h('label', { for: pasteId }, t.paste),
      h(
        'textarea',
        {
          id: pasteId,
          class: 'ipsf-textarea',
          rows: 5,
          spellcheck: 'false',
          dataset: { key: 'inputs-paste' },
          onInput: (event: Event) =>
            update(store, { type: 'pasteText', text: (event.target as HTMLTextAreaElement).value }, false),
        },
        store.state.pasteText,
      ),
    ),
    h(
      'div',
      { class: 'ipsf-row' },
      h(
        'button',
        {
          type: 'button',
          class: 'ipsf-btn ipsf-primary',
          disabled: !store.host,
          dataset: { key: 'inputs-read' },
          onClick: () => {
            update(store, { type: 'startImport', text: store.state.pasteText, fileName: null, language });
            focusFirst(store);
          },
        },
        t.read,
      ),
    ),
  );
}

function focusFirst(store: Store): void {
  store.container?.querySelector<HTMLElement>('[data-key="import-table"]')?.focus();
}

async function readFile(store: Store, file: File): Promise<void> {
  const ctx = store.ctx;
  if (!ctx) return;
  // The encoding is detected (and can be switched) in the draft.
  update(store, await readFileAction(file, ctx.stateNow().language));
  focusFirst(store);
}

function importView(store: Store, ctx: ViewContext, draft: ImportDraft): Child {
  const t = T[ctx.state.language];
  const language = ctx.state.language;
  const result = draft.result;
  const table = draft.tableId ? termedTable(tableById(draft.tableId), store.state.teamWord) : null;
  const reasons = blockingReasons(draft);
  const tableSelectId = `${ctx.prefix}-import-table`;
  const dispatch = (action: InputsAction) => update(store, action);
  return h(
    'section',
    { class: 'ipsf-card', 'aria-labelledby': `${ctx.prefix}-import-heading`, dataset: { role: 'import' } },
    h('h3', { id: `${ctx.prefix}-import-heading` }, t.importHeading),
    h(
      'p',
      { class: 'ipsf-muted', dataset: { role: 'import-source' } },
      draft.csv ? t.source(draft.fileName, draft.lines) : (draft.fileName ?? ''),
    ),
    progressView(store.state, language),
    draft.needs === null
      ? [sourceView(draft, language, ctx.prefix, dispatch), mergedView(draft, language, ctx.prefix, dispatch)]
      : null,
    h(
      'div',
      { class: 'ipsf-field' },
      h('label', { for: tableSelectId }, t.table),
      h(
        'select',
        {
          id: tableSelectId,
          class: 'ipsf-input',
          dataset: { key: 'import-table' },
          onChange: (event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            update(store, { type: 'chooseTable', tableId: value === '' ? null : (value as TableId), language });
          },
        },
        h('option', { value: '', selected: draft.tableId === null }, t.chooseTable),
        INPUT_TABLES.map((candidate) =>
          h(
            'option',
            { value: candidate.id, selected: draft.tableId === candidate.id },
            `${candidate.sheet[language]}${candidate.id === draft.guessed ? ` ${t.guessed}` : ''}`,
          ),
        ),
      ),
    ),
    table && result && draft.needs === null
      ? [mappingView(store, ctx, draft), anonymityView(store, ctx, draft), previewView(ctx, draft)]
      : null,
    writeView(store, ctx, draft, reasons, table?.sheet[language] ?? ''),
  );
}

function mappingView(store: Store, ctx: ViewContext, draft: ImportDraft): Child {
  const t = T[ctx.state.language];
  const language = ctx.state.language;
  const table = tableById(draft.tableId!);
  const mapping = draft.result!.mapping;
  return h(
    'details',
    {
      dataset: { key: 'import-mapping', role: 'import-mapping' },
      open: mapping.some((m) => m.how === 'unmapped' || m.how === 'fuzzy'),
    },
    h('summary', null, `${t.mapping} (${mapping.filter((m) => m.column !== null).length}/${mapping.length})`),
    h(
      'table',
      { class: 'ipsf-map-table' },
      h('thead', null, h('tr', null, h('th', null, t.sourceColumn), h('th', null, t.tableColumn))),
      h(
        'tbody',
        null,
        mapping.map((m, index) =>
          h(
            'tr',
            { dataset: { role: 'map-row', how: m.how } },
            h('td', null, m.header || '—'),
            h(
              'td',
              null,
              h(
                'select',
                {
                  class: 'ipsf-input',
                  'aria-label': `${t.tableColumn}: ${m.header}`,
                  dataset: { key: `map-${index}`, header: m.header },
                  onChange: (event: Event) => {
                    const value = (event.target as HTMLSelectElement).value;
                    update(store, {
                      type: 'mapColumn',
                      header: m.header,
                      column: value === '' ? null : value,
                      language,
                    });
                  },
                },
                h('option', { value: '', selected: m.column === null }, t.notUsed),
                table.columns.map((column) =>
                  h('option', { value: column.id, selected: m.column === column.id }, column.header[language]),
                ),
              ),
              h('span', { class: 'ipsf-muted' }, ` ${t.how[m.how] ?? ''}`),
            ),
          ),
        ),
      ),
    ),
  );
}

function anonymityView(store: Store, ctx: ViewContext, draft: ImportDraft): Child {
  const t = T[ctx.state.language];
  const language = ctx.state.language;
  const table = tableById(draft.tableId!);
  const headerOf = (column: string) => columnById(table, column).header[language];
  const replaced = draft.pseudonymized.map((column) =>
    h(
      'p',
      { class: 'ipsf-muted', dataset: { role: 'pseudonymized', column } },
      t.replaced(headerOf(column), column === 'specialist' ? 'JS' : 'P'),
    ),
  );
  const names = draft.findings.some((finding) => finding.kind === 'names');
  return h(
    'div',
    { class: 'ipsf-field', dataset: { role: 'anonymity' } },
    h('h4', { class: 'ipsf-label' }, t.anonymity),
    draft.findings.length === 0
      ? h('p', { class: 'ipsf-muted', dataset: { role: 'anonymity-ok' } }, t.anonymityOk)
      : null,
    draft.findings.map((finding) => {
      const column = String(finding.column);
      return h(
        'div',
        {
          class: `ipsf-msg ipsf-msg-${finding.kind === 'possibleNames' ? 'info' : 'warning'}`,
          dataset: { role: 'finding', kind: finding.kind, column },
        },
        h(
          'div',
          { class: 'ipsf-grow' },
          h('p', null, finding.message[language]),
          h(
            'div',
            { class: 'ipsf-row' },
            h(
              'button',
              {
                type: 'button',
                class: 'ipsf-btn ipsf-small ipsf-primary',
                dataset: { key: `pseudonymize-${column}` },
                onClick: () => update(store, { type: 'pseudonymize', column, language }),
              },
              t.replace,
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'ipsf-btn ipsf-small',
                dataset: { key: `leave-out-${column}` },
                onClick: () => update(store, { type: 'leaveOut', column, language }),
              },
              t.leaveOut,
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'ipsf-btn ipsf-small ipsf-subtle',
                dataset: { key: `not-personal-${column}` },
                onClick: () => update(store, { type: 'notPersonalData', column, language }),
              },
              t.notPersonal,
            ),
          ),
        ),
      );
    }),
    names
      ? h(
          'label',
          { class: 'ipsf-check' },
          h('input', {
            type: 'checkbox',
            checked: draft.acknowledged,
            dataset: { key: 'import-acknowledge' },
            onChange: (event: Event) =>
              update(store, { type: 'acknowledge', value: (event.target as HTMLInputElement).checked }),
          }),
          h('span', null, t.acknowledge),
        )
      : null,
    replaced,
    draft.notPersonalData.map((column) =>
      h('p', { class: 'ipsf-muted', dataset: { role: 'not-personal', column } }, t.markedNotPersonal(headerOf(column))),
    ),
  );
}

function previewView(ctx: ViewContext, draft: ImportDraft): Child {
  const t = T[ctx.state.language];
  const language = ctx.state.language;
  const table = tableById(draft.tableId!);
  const result = draft.result!;
  const headerOf = (column: string | null, header?: string) =>
    column ? columnById(table, column).header[language] : (header ?? '');
  const rowErrors = result.errors.filter(
    (issue) => issue.line !== result.headerLine || issue.column === null || issue.value !== '',
  );
  const errorLines = new Set(rowErrors.map((issue) => issue.line));
  const used = table.columns.filter((column) =>
    draft.rows.some((row) => row.values[column.id] !== null && row.values[column.id] !== undefined),
  );
  const shown = draft.rows.slice(0, PREVIEW_ROWS);
  return h(
    'div',
    { class: 'ipsf-field', dataset: { role: 'import-preview' } },
    h('h4', { class: 'ipsf-label' }, t.preview),
    h('p', { dataset: { role: 'readable' } }, t.readable(draft.rows.length, table.sheet[language])),
    shown.length > 0
      ? h(
          'div',
          { class: 'ipsf-preview-wrap' },
          h(
            'table',
            { class: 'ipsf-preview-table' },
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                h('th', null, '#'),
                used.map((column) => h('th', null, column.header[language])),
              ),
            ),
            h(
              'tbody',
              null,
              shown.map((row) =>
                h(
                  'tr',
                  null,
                  h('td', { class: 'ipsf-muted' }, String(row.line)),
                  used.map((column) =>
                    h('td', null, String(toSheetValue(column, row.values[column.id] ?? null, language))),
                  ),
                ),
              ),
            ),
          ),
          draft.rows.length > shown.length
            ? h('p', { class: 'ipsf-muted' }, t.previewRows(shown.length, draft.rows.length))
            : null,
        )
      : null,
    rowErrors.length > 0
      ? h(
          'details',
          { open: true, dataset: { key: 'import-errors', role: 'import-errors' } },
          h('summary', null, t.errorsHeading(errorLines.size)),
          h(
            'ul',
            { class: 'ipsf-issues' },
            rowErrors
              .slice(0, ERRORS_LISTED)
              .map((issue) =>
                h(
                  'li',
                  { dataset: { role: 'import-error', line: String(issue.line), column: issue.column ?? '' } },
                  t.errorLine(
                    issue.line,
                    headerOf(issue.column, issue.header),
                    issue.text[language],
                    issue.value.length > 40 ? `${issue.value.slice(0, 37)}…` : issue.value,
                  ),
                ),
              ),
            rowErrors.length > ERRORS_LISTED ? h('li', null, t.errorsMore(rowErrors.length - ERRORS_LISTED)) : null,
          ),
        )
      : null,
    result.skipped.length > 0
      ? h(
          'details',
          { dataset: { key: 'import-skipped', role: 'import-skipped' } },
          h('summary', null, t.skippedHeading(result.skipped.length)),
          h(
            'ul',
            { class: 'ipsf-issues' },
            result.skipped
              .slice(0, ERRORS_LISTED)
              .map((skip) =>
                h(
                  'li',
                  { dataset: { role: 'import-skip', line: String(skip.line) } },
                  t.skippedLine(skip.line, skip.message),
                ),
              ),
          ),
        )
      : null,
    result.warnings.length > 0
      ? h(
          'details',
          { dataset: { key: 'import-warnings', role: 'import-warnings' } },
          h('summary', null, t.warningsHeading(result.warnings.length)),
          h(
            'ul',
            { class: 'ipsf-issues' },
            result.warnings
              .slice(0, ERRORS_LISTED)
              .map((issue) =>
                h('li', null, t.errorLine(issue.line, headerOf(issue.column, issue.header), issue.text[language], '')),
              ),
          ),
        )
      : null,
  );
}

function writeView(store: Store, ctx: ViewContext, draft: ImportDraft, reasons: readonly Text[], sheet: string): Child {
  const t = T[ctx.state.language];
  const language = ctx.state.language;
  const radio = (mode: ImportDraft['mode'], label: string) =>
    h(
      'label',
      { class: 'ipsf-check' },
      h('input', {
        type: 'radio',
        name: `${ctx.prefix}-import-mode`,
        value: mode,
        checked: draft.mode === mode,
        dataset: { key: `import-mode-${mode}` },
        onChange: () => update(store, { type: 'mode', mode }),
      }),
      h('span', null, label),
    );
  return h(
    'div',
    { class: 'ipsf-field', dataset: { role: 'import-write' } },
    draft.tableId
      ? h(
          'fieldset',
          { class: 'ipsf-field' },
          h('legend', { class: 'ipsf-label' }, t.write),
          radio('replace', t.modeReplace),
          radio('append', t.modeAppend),
        )
      : null,
    reasons.length > 0
      ? h(
          'div',
          { class: 'ipsf-msg ipsf-msg-warning', dataset: { role: 'import-blocked' } },
          h(
            'div',
            null,
            h('p', null, t.blocked),
            h(
              'ul',
              null,
              reasons.map((reason) => h('li', null, `• ${reason[language]}`)),
            ),
          ),
        )
      : null,
    h(
      'div',
      { class: 'ipsf-row' },
      h(
        'button',
        {
          type: 'button',
          class: 'ipsf-btn ipsf-primary',
          disabled: reasons.length > 0 || store.state.busy || !store.host,
          dataset: { key: 'import-write' },
          onClick: () => void writeImport(store),
        },
        draft.tableId ? t.writeRows(draft.rows.length, sheet) : t.write,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'ipsf-btn',
          dataset: { key: 'import-cancel' },
          onClick: () => update(store, { type: 'cancelImport' }),
        },
        t.cancel,
      ),
    ),
  );
}

function scoreSheetCard(store: Store, ctx: ViewContext): Child {
  const t = T[ctx.state.language];
  const language = ctx.state.language;
  const review = ctx.state.review;
  const computed = store.state.computed;
  const sheet = ctx.state.sheet;
  return h(
    'section',
    { class: 'ipsf-card', 'aria-labelledby': `${ctx.prefix}-inputs-score`, dataset: { role: 'wire-card' } },
    h('h3', { id: `${ctx.prefix}-inputs-score` }, t.scoreSheet),
    review
      ? [
          h('p', { class: 'ipsf-muted' }, t.wireIntro(sheet)),
          h(
            'div',
            { class: 'ipsf-row' },
            h(
              'button',
              {
                type: 'button',
                class: 'ipsf-btn ipsf-primary',
                disabled: !store.host || store.state.busy,
                dataset: { key: 'wire-score-sheet' },
                onClick: () => void wireScoreSheet(store),
              },
              t.wire,
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'ipsf-btn',
                disabled: !store.host || store.state.busy,
                dataset: { key: 'refresh-computed' },
                onClick: () => void refreshComputed(store),
              },
              t.refresh,
            ),
          ),
        ]
      : h('p', { class: 'ipsf-muted' }, t.noReview),
    computed && computed.sheet === sheet
      ? Object.keys(computed.scores).length === 0
        ? h('p', { class: 'ipsf-muted', dataset: { role: 'computed-none' } }, t.computedNone)
        : h(
            'div',
            { dataset: { role: 'computed' } },
            h('h4', { class: 'ipsf-label' }, t.computedHeading),
            h(
              'dl',
              { class: 'ipsf-computed' },
              ctx.state.scale.items
                .filter((item) => computed.scores[item.id])
                .map((item) => {
                  const score = computed.scores[item.id]!;
                  return [
                    h('dt', { title: score.reason }, itemLabel(item, language, ctx.state.scale)),
                    h(
                      'dd',
                      { title: score.reason, dataset: { role: 'computed-score', item: item.id } },
                      score.score === null ? (score.error ?? '–') : String(score.score),
                    ),
                  ];
                }),
              h('dt', null, t.total),
              h(
                'dd',
                { dataset: { role: 'computed-total' } },
                computed.total === null || computed.total === undefined ? '' : String(computed.total),
              ),
            ),
          )
      : null,
  );
}

// ---- commands ----------------------------------------------------------------------------------

function say(store: Store, kind: MessageKind, text: Text): void {
  update(store, { type: 'message', message: { kind, text } });
}

function failure(store: Store, error: unknown): void {
  const message = errorText(error);
  say(store, 'error', { nb: T.nb.failed(message), en: T.en.failed(message) });
}

async function confirmWith(store: Store, conflicts: readonly Conflict[]): Promise<boolean> {
  if (conflicts.length === 0) return true;
  if (store.host?.confirm) return store.host.confirm(conflicts);
  const ctx = store.ctx!;
  const s = ctx.s;
  const { lines, more } = conflictSummary(conflicts, s.blank);
  const layer = (store.container?.closest('.ipsf') as HTMLElement | null) ?? store.container?.ownerDocument.body;
  if (!layer || !store.container) return false;
  return showDialog(
    layer,
    [store.container],
    {
      title: T[ctx.stateNow().language].dialogTitle,
      intro: s.conflictIntro(conflicts.length, conflicts[0]?.sheet ?? ''),
      lines: lines.map((line) => s.conflictLine(line.address, line.existing, line.planned)),
      more: more > 0 ? s.conflictMore(more) : undefined,
      question: s.conflictQuestion,
      confirmLabel: s.overwrite,
      cancelLabel: s.cancel,
    },
    `${ctx.prefix}-inputs`,
  );
}

async function run(store: Store, task: (host: InputsHost, ctx: ViewContext) => Promise<void>): Promise<void> {
  const host = store.host;
  const ctx = store.ctx;
  if (!host || !ctx || store.state.busy) return;
  update(store, { type: 'busy', busy: true });
  try {
    await task(host, ctx);
  } catch (error) {
    failure(store, error);
  } finally {
    update(store, { type: 'busy', busy: false });
  }
}

async function loadSheets(store: Store): Promise<void> {
  const host = store.host;
  if (!host) return;
  update(store, { type: 'sheetsLoading' }, false);
  try {
    update(store, { type: 'sheetsLoaded', names: await host.workbook.listSheets() });
  } catch (error) {
    update(store, { type: 'sheetsFailed', message: errorText(error) });
  }
}

/** Writes the tables' sheets (header, help row, validations), asking before anything is overwritten. */
async function insertTables(store: Store, ids: readonly TableId[]): Promise<void> {
  await run(store, async (host, ctx) => {
    const language = ctx.stateNow().language;
    const plans = ids.map((id) => tablePlan(id, language, store.state.teamWord));
    const outcome = await writeWithConsent(host.workbook, plans, (conflicts) => confirmWith(store, conflicts));
    if (!outcome.written) {
      say(store, 'warning', { nb: T.nb.notWritten, en: T.en.notWritten });
      return;
    }
    const names = plans.map((plan) => `«${plan.sheet}»`).join(', ');
    say(store, 'success', { nb: T.nb.inserted(names), en: T.en.inserted(names.replace(/«|»/g, '"')) });
    await loadSheets(store);
    if (ctx.stateNow().review) await readComputed(store, host, ctx);
  });
}

async function openSheet(store: Store, sheet: string): Promise<void> {
  await run(store, async (host) => {
    await host.workbook.activate(sheet);
  });
}

/**
 * Writes the draft's rows into its table: one read of the table sheet (to know its rows), then
 * writeWithConsent (asks before overwriting), then the score sheet's computed scores are read
 * again when a review is open.
 */
async function writeImport(store: Store): Promise<void> {
  const draft = store.state.draft;
  if (!draft || !draft.tableId || blockingReasons(draft).length > 0) return;
  await run(store, async (host, ctx) => {
    const language = ctx.stateNow().language;
    const table = termedTable(tableById(draft.tableId!), store.state.teamWord);
    const sheet = table.sheet[language];
    const existing = await host.workbook.readSheet(sheet);
    let planned;
    try {
      planned = importPlans(draft, language, store.state.teamWord, existing, store.state.capacity);
    } catch (error) {
      say(store, 'error', { nb: errorText(error), en: errorText(error) });
      return;
    }
    const outcome = await writeWithConsent(host.workbook, planned.plans, (conflicts) => confirmWith(store, conflicts));
    if (!outcome.written) {
      say(store, 'warning', { nb: T.nb.notWritten, en: T.en.notWritten });
      return;
    }
    // Columns marked as not personal data are recorded in the open review (shown in its sheet and report).
    const marks = importMarks(draft);
    if (marks.length > 0 && ctx.stateNow().review)
      ctx.dispatch({ type: 'markNotPersonalData', marks, date: ctx.stateNow().today });
    update(store, { type: 'imported' }, false);
    update(store, { type: 'capacity', capacity: planned.capacity }, false);
    const written = {
      nb: T.nb.written(planned.rows, sheet, planned.cleared),
      en: T.en.written(planned.rows, sheet, planned.cleared),
    };
    if (planned.extended === null) say(store, 'success', written);
    else {
      // The score sheet's formulas must reach the new rows too: a wired sheet is wired again.
      const rewired = ctx.stateNow().review ? await rewire(store, host, ctx, true) : false;
      const tail = (l: Language) =>
        `${T[l].extended(sheet, planned.extended!)}${rewired ? '' : ` ${T[l].extendedRewire}`}`;
      say(store, 'success', { nb: `${written.nb} ${tail('nb')}`, en: `${written.en} ${tail('en')}` });
    }
    await loadSheets(store);
    if (ctx.stateNow().review) await readComputed(store, host, ctx);
  });
}

/**
 * The open review's score sheet with the wired formulas, reaching the tables' rows as known
 * (the capacity learnt this session and the one the sheet's formulas have now), and with every
 * consensus that follows the computed score kept following. Null when `onlyIfWired` and the
 * sheet is not wired.
 */
async function wiredPlan(store: Store, host: InputsHost, ctx: ViewContext, onlyIfWired: boolean) {
  const state = ctx.stateNow();
  if (!state.review) return null;
  const options = { sheet: state.sheet, language: state.language, scale: state.scale };
  const base: ScoreSheetWiring = { host: host.workbook.host === 'sheets' ? 'sheets' : 'excel' };
  const [formulas] = await host.workbook.readTargets([scoreSheetPlan(state.review, { ...options, wiring: base })]);
  // The values now tell which consensus still shows the computed score (and so keeps following it).
  const shown = formulas ? ((await host.workbook.readSheet(state.sheet)) ?? []) : [];
  const { plan, wiring } = wiredScoreSheetPlan({
    ...options,
    review: state.review,
    host: host.workbook.host,
    formulas: formulas ?? null,
    shown,
    wire: onlyIfWired ? 'ifWired' : 'always',
    capacity: store.state.capacity,
  });
  return wiring ? plan : null;
}

/** Writes the wired score sheet (asks before overwriting); false when nothing was written. */
async function rewire(store: Store, host: InputsHost, ctx: ViewContext, onlyIfWired: boolean): Promise<boolean> {
  const plan = await wiredPlan(store, host, ctx, onlyIfWired);
  if (!plan) return false;
  const outcome = await writeWithConsent(host.workbook, [plan], (conflicts) => confirmWith(store, conflicts));
  return outcome.written;
}

/** Rewrites the open review's score sheet with the wired formulas (asks before overwriting). */
async function wireScoreSheet(store: Store): Promise<void> {
  await run(store, async (host, ctx) => {
    const state = ctx.stateNow();
    if (!state.review) return;
    // A consensus that follows the computed score now keeps following it (unless the evaluators changed it).
    if (!(await rewire(store, host, ctx, false))) {
      say(store, 'warning', { nb: T.nb.notWritten, en: T.en.notWritten });
      return;
    }
    say(store, 'success', { nb: T.nb.wired(state.sheet), en: T.en.wired(state.sheet) });
    await readComputed(store, host, ctx);
  });
}

async function refreshComputed(store: Store): Promise<void> {
  await run(store, (host, ctx) => readComputed(store, host, ctx));
}

async function readComputed(store: Store, host: InputsHost, ctx: ViewContext): Promise<void> {
  const state = ctx.stateNow();
  if (!state.review) return;
  // The pane re-reads the sheet and takes over the consensus scores that follow the tables.
  const values = host.reread ? await host.reread() : await host.workbook.readSheet(state.sheet);
  if (!values) {
    update(store, { type: 'computed', computed: { sheet: state.sheet, scores: {}, total: null } });
    return;
  }
  const scores = readComputedScores(values, state.scale);
  update(store, {
    type: 'computed',
    computed: { sheet: state.sheet, scores, total: values[HEADER_ROWS.total]?.[2] ?? null },
  });
}

/** Item ids the input tables can compute (for a nav badge or a hint in the item view). */
export function computableItems(): string[] {
  return INPUT_TABLES.flatMap((table) => table.feeds).filter(
    (id, index, all) => all.indexOf(id) === index && hasWiring(id),
  );
}
