import { INPUT_TABLES, TABLES, columnById, tableById, type TableId } from '../../core/inputs/tables';
import { tableFeeds } from '../../core/inputs/wiring';
import { itemById, itemLabel } from '../../core/scale/registry';
import { type Language, type Text } from '../../core/text';
import { type ViewContext } from '../context';
import { h, replaceChildren, type Child } from '../dom';
import { blockingReasons, tablePresence, termedTable, type ImportDraft, type InputsAction } from '../inputs-state';
import { mergedView, sourceView } from './import-source';
import { columnsView } from './import-columns';
import { ACTIVITY_STRINGS, IMPORT_SOURCE_STRINGS, INPUTS_STRINGS, activitySteps } from '../strings/inputs';
import { injectInputsStyles } from '../styles/inputs';
import { storeFor, type InputsStore } from '../state/inputs-store';
import {
  focusFirst,
  insertTables,
  loadSheets,
  openSheet,
  readFile,
  refreshComputed,
  update,
  wireScoreSheet,
  writeImport,
} from '../commands/inputs';

export { computableItems, connectInputs, inputsStateOf, type InputsHost } from '../state/inputs-store';

/**
 * «Inndata»: the service's own lists as input tables in the workbook, and CSV or pasted exports
 * imported into them, wired to the score sheet by live formulas.
 *
 * The view keeps its own state (inputs-state.ts) per mounted pane and re-renders only its own
 * container, so it needs nothing from the pane's reducer. It needs the Workbook, which the
 * ViewContext does not carry: the pane registers it once with connectInputs(prefix, { workbook }).
 */

export { INPUTS_NAV_LABEL } from '../strings/inputs';

/** Unreadable rows are listed in full before "… and N more". */
export const ERRORS_LISTED = 500;

// ---- the view ----------------------------------------------------------------------------------

/** The input-tables screen. Registered with connectInputs, it reads and writes the workbook. */
export function inputsView(ctx: ViewContext): Child {
  const store = storeFor(ctx.prefix);
  store.ctx = ctx;
  const container = h('div', { class: 'ipsf-inputs', dataset: { role: 'inputs' } });
  store.container = container;
  store.render = render;
  if (typeof document !== 'undefined') injectInputsStyles(document);
  render(store);
  if (store.host && store.state.sheets.status === 'unknown') void loadSheets(store);
  return container;
}

function render(store: InputsStore): void {
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

/** A muted paragraph (hints, status lines), with data attributes when given. */
function muted(text: Child, dataset?: Readonly<Record<string, string>>): Child {
  return h('p', { class: 'ipsf-muted', ...(dataset ? { dataset } : {}) }, text);
}

/** A button of this screen: the classes after «ipsf-btn», its data-key, its label and what a click does. */
function button(
  variant: string,
  key: string,
  label: Child,
  onClick: () => void,
  extra: { readonly disabled?: boolean; readonly 'aria-label'?: string } = {},
): Child {
  return h('button', { type: 'button', class: `ipsf-btn${variant}`, ...extra, dataset: { key }, onClick }, label);
}

function content(store: InputsStore, ctx: ViewContext): Child {
  const t = INPUTS_STRINGS[ctx.state.language];
  const { state } = store;
  return [
    h('h2', null, t.heading),
    muted(t.intro),
    store.host ? null : h('div', { class: 'ipsf-msg ipsf-msg-warning', role: 'alert' }, h('p', null, t.notConnected)),
    activityView(store, ctx),
    messageView(store, ctx),
    state.draft
      ? importView(store, ctx, state.draft)
      : [tablesView(store, ctx), importStart(store, ctx), scoreSheetCard(store, ctx)],
  ];
}

/**
 * Long work under way: a command's step (linking, inserting, writing an import), or a large
 * import being read in slices (its phase and share), as text and a progress bar in a live region.
 */
function activityView(store: InputsStore, ctx: ViewContext): Child {
  const { activity, draft, progress } = store.state;
  const language = ctx.state.language;
  let shown: { role: string; text: string; max: number; value: number } | null = null;
  if (activity) {
    const steps = activitySteps(language, activity.kind);
    const of = steps.length > 1 ? ` (${activity.step}/${steps.length})` : '';
    shown = {
      role: 'inputs-progress',
      text: `${steps[activity.step - 1]} …${of}`,
      max: steps.length,
      value: activity.step - 1,
    };
  } else if (draft && draft.needs !== null) {
    const t = IMPORT_SOURCE_STRINGS[language];
    const share = Math.round(progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) * 100 : 0);
    shown = {
      role: 'import-progress',
      text: progress ? `${t.phase[progress.phase]} … ${share} %` : t.reading,
      max: 100,
      value: share,
    };
  }
  return h(
    'div',
    { class: 'ipsf-progress', role: 'status', 'aria-live': 'polite', dataset: { role: 'inputs-activity' } },
    shown
      ? h(
          'div',
          { class: 'ipsf-field', dataset: { role: shown.role } },
          h('span', null, shown.text),
          h('progress', { max: shown.max, value: shown.value, 'aria-label': ACTIVITY_STRINGS[language].label }),
        )
      : null,
  );
}

function messageView(store: InputsStore, ctx: ViewContext): Child {
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
    button(
      ' ipsf-subtle ipsf-small',
      'inputs-message-dismiss',
      '✕',
      () => update(store, { type: 'message', message: null }),
      { 'aria-label': ctx.s.dismiss },
    ),
  );
}

function tablesView(store: InputsStore, ctx: ViewContext): Child {
  const t = INPUTS_STRINGS[ctx.state.language];
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
        const feeds = tableFeeds(table.id)
          .map((id) => itemLabel(itemById(id), language))
          .join(', ');
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
          muted(table.description[language]),
          muted(`${t.feeds} ${feeds}`),
          h(
            'div',
            { class: 'ipsf-row' },
            button(
              '',
              `insert-${table.id}`,
              presence === 'present' ? t.reinsert : t.insert,
              () => void insertTables(store, [table.id]),
              { disabled },
            ),
            presence === 'present'
              ? button(' ipsf-subtle', `open-${table.id}`, t.open, () => void openSheet(store, table.sheet[language]), {
                  disabled,
                })
              : null,
            button(
              ' ipsf-subtle',
              `import-${table.id}`,
              t.importInto,
              () => {
                update(store, { type: 'preselect', tableId: table.id });
                store.container?.querySelector<HTMLElement>('[data-key="inputs-paste"]')?.focus();
              },
              { disabled: !store.host },
            ),
          ),
        );
      }),
    ),
    h(
      'div',
      { class: 'ipsf-row' },
      button(
        '',
        'insert-all',
        t.insertAll,
        () =>
          void insertTables(
            store,
            INPUT_TABLES.map((table) => table.id),
          ),
        { disabled },
      ),
    ),
  );
}

function importStart(store: InputsStore, ctx: ViewContext): Child {
  const t = INPUTS_STRINGS[ctx.state.language];
  const language = ctx.state.language;
  const fileId = `${ctx.prefix}-inputs-file`;
  const pasteId = `${ctx.prefix}-inputs-paste`;
  const target = store.state.preselect;
  return h(
    'section',
    { class: 'ipsf-card', 'aria-labelledby': `${ctx.prefix}-inputs-import`, dataset: { role: 'import-start' } },
    h('h3', { id: `${ctx.prefix}-inputs-import` }, t.importHeading),
    muted(t.importIntro),
    target
      ? h(
          'div',
          { class: 'ipsf-row', dataset: { role: 'import-target' } },
          h('span', null, `${t.table}: ${TABLES[target].sheet[language]}`),
          button(
            ' ipsf-subtle ipsf-small',
            'import-target-clear',
            '✕',
            () => update(store, { type: 'preselect', tableId: null }),
            { 'aria-label': t.cancel },
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
      button(
        ' ipsf-primary',
        'inputs-read',
        t.read,
        () => {
          update(store, { type: 'startImport', text: store.state.pasteText, fileName: null, language });
          focusFirst(store);
        },
        { disabled: !store.host },
      ),
    ),
  );
}

function importView(store: InputsStore, ctx: ViewContext, draft: ImportDraft): Child {
  const t = INPUTS_STRINGS[ctx.state.language];
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
      ? [
          previewView(ctx, draft),
          columnsView(draft, language, ctx.prefix, dispatch),
          anonymityView(store, ctx, draft),
          issuesView(ctx, draft),
        ]
      : null,
    writeView(store, ctx, draft, reasons, table?.sheet[language] ?? ''),
  );
}

function anonymityView(store: InputsStore, ctx: ViewContext, draft: ImportDraft): Child {
  const t = INPUTS_STRINGS[ctx.state.language];
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
    draft.findings.length === 0 ? muted(t.anonymityOk, { role: 'anonymity-ok' }) : null,
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
            button(' ipsf-small ipsf-primary', `pseudonymize-${column}`, t.replace, () =>
              update(store, { type: 'pseudonymize', column, language }),
            ),
            button(' ipsf-small', `leave-out-${column}`, t.leaveOut, () =>
              update(store, { type: 'leaveOut', column, language }),
            ),
            button(' ipsf-small ipsf-subtle', `not-personal-${column}`, t.notPersonal, () =>
              update(store, { type: 'notPersonalData', column, language }),
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
      muted(t.markedNotPersonal(headerOf(column)), { role: 'not-personal', column }),
    ),
  );
}

/** How many rows can be written into the table. */
function previewView(ctx: ViewContext, draft: ImportDraft): Child {
  const t = INPUTS_STRINGS[ctx.state.language];
  const table = tableById(draft.tableId!);
  return h(
    'div',
    { class: 'ipsf-field', dataset: { role: 'import-preview' } },
    h('h4', { class: 'ipsf-label' }, t.preview),
    h('p', { dataset: { role: 'readable' } }, t.readable(draft.rows.length, table.sheet[ctx.state.language])),
  );
}

/** The rows that cannot be read (each with why), the lines skipped and the notes. */
function issuesView(ctx: ViewContext, draft: ImportDraft): Child {
  const t = INPUTS_STRINGS[ctx.state.language];
  const language = ctx.state.language;
  const table = tableById(draft.tableId!);
  const result = draft.result!;
  const headerOf = (column: string | null, header?: string) =>
    column ? columnById(table, column).header[language] : (header ?? '');
  const rowErrors = result.errors.filter(
    (issue) => issue.line !== result.headerLine || issue.column === null || issue.value !== '',
  );
  const errorLines = new Set(rowErrors.map((issue) => issue.line));
  /** A foldable list (key and role `import-<name>`), its first ERRORS_LISTED items shown. */
  const list = <T>(name: string, items: readonly T[], summary: string, item: (entry: T) => Child, open = false) =>
    items.length === 0
      ? null
      : h(
          'details',
          { open, dataset: { key: `import-${name}`, role: `import-${name}` } },
          h('summary', null, summary),
          h(
            'ul',
            { class: 'ipsf-issues' },
            items.slice(0, ERRORS_LISTED).map(item),
            items.length > ERRORS_LISTED ? h('li', null, t.errorsMore(items.length - ERRORS_LISTED)) : null,
          ),
        );
  return [
    list(
      'errors',
      rowErrors,
      t.errorsHeading(errorLines.size),
      (issue) =>
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
      true,
    ),
    list('skipped', result.skipped, t.skippedHeading(result.skipped.length), (skip) =>
      h('li', { dataset: { role: 'import-skip', line: String(skip.line) } }, t.skippedLine(skip.line, skip.message)),
    ),
    list('warnings', result.warnings, t.warningsHeading(result.warnings.length), (issue) =>
      h('li', null, t.errorLine(issue.line, headerOf(issue.column, issue.header), issue.text[language], '')),
    ),
  ];
}

function writeView(
  store: InputsStore,
  ctx: ViewContext,
  draft: ImportDraft,
  reasons: readonly Text[],
  sheet: string,
): Child {
  const t = INPUTS_STRINGS[ctx.state.language];
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
      button(
        ' ipsf-primary',
        'import-write',
        draft.tableId ? t.writeRows(draft.rows.length, sheet) : t.write,
        () => void writeImport(store),
        { disabled: reasons.length > 0 || store.state.busy || !store.host },
      ),
      button('', 'import-cancel', t.cancel, () => update(store, { type: 'cancelImport' })),
    ),
  );
}

function scoreSheetCard(store: InputsStore, ctx: ViewContext): Child {
  const t = INPUTS_STRINGS[ctx.state.language];
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
          muted(t.wireIntro(sheet)),
          h(
            'div',
            { class: 'ipsf-row' },
            button(' ipsf-primary', 'wire-score-sheet', t.wire, () => void wireScoreSheet(store), {
              disabled: !store.host || store.state.busy,
            }),
            button('', 'refresh-computed', t.refresh, () => void refreshComputed(store), {
              disabled: !store.host || store.state.busy,
            }),
          ),
        ]
      : muted(t.noReview),
    computed && computed.sheet === sheet
      ? Object.keys(computed.scores).length === 0
        ? muted(t.computedNone, { role: 'computed-none' })
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
                    h(
                      'dt',
                      { title: score.reason },
                      itemLabel(item, language, ctx.state.scale),
                      // Why there is no score («Mangler data: Arbeidsgiverkontakter»), shown, not only on hover.
                      score.score === null && score.reason
                        ? h(
                            'span',
                            { class: 'ipsf-computed-reason', dataset: { role: 'computed-reason', item: item.id } },
                            score.reason,
                          )
                        : null,
                    ),
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
