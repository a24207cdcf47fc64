import { tableById, type TableId } from '../../core/inputs/tables';
import { type Conflict } from '../../core/workbook/plan';
import { HEADER_ROWS, readComputedScores, scoreSheetPlan, type ScoreSheetWiring } from '../../core/sheets/score-sheet';
import { wiredScoreSheetPlan } from '../../core/sheets/wired-score-sheet';
import { writeWithConsent } from '../../core/workbook/workbook';
import { type Language, type Text } from '../../core/text';
import { type ViewContext } from '../context';
import { showDialog } from '../dialog';
import {
  blockingReasons,
  importMarks,
  importPlans,
  tablePlan,
  termedTable,
  type InputsAction,
  type MessageKind,
} from '../inputs-state';
import { conflictSummary, errorText } from '../state';
import { readFileAction, readInSlices } from './import-source';
import { applyInputsAction, type InputsHost, type InputsStore } from '../state/inputs-store';
import { INPUTS_STRINGS } from '../strings/inputs';

/** The input tables' commands: read, ask, write over the workbook, then tell the screen (its store). */

/**
 * Applies an action to the input tables' screen; a draft too large for the reducer is then read
 * in slices, with progress.
 */
export function update(store: InputsStore, action: InputsAction, rerender = true): void {
  applyInputsAction(store, action, rerender);
  if (store.state.draft?.needs)
    void readInSlices(
      store,
      () => store.state,
      (next) => update(store, next),
    );
}

export function focusFirst(store: InputsStore): void {
  store.container?.querySelector<HTMLElement>('[data-key="import-table"]')?.focus();
}

export async function readFile(store: InputsStore, file: File): Promise<void> {
  const ctx = store.ctx;
  if (!ctx) return;
  // The encoding is detected (and can be switched) in the draft.
  update(store, await readFileAction(file, ctx.stateNow().language));
  focusFirst(store);
}

function say(store: InputsStore, kind: MessageKind, text: Text): void {
  update(store, { type: 'message', message: { kind, text } });
}

function failure(store: InputsStore, error: unknown): void {
  const message = errorText(error);
  say(store, 'error', { nb: INPUTS_STRINGS.nb.failed(message), en: INPUTS_STRINGS.en.failed(message) });
}

async function confirmWith(store: InputsStore, conflicts: readonly Conflict[]): Promise<boolean> {
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
      title: INPUTS_STRINGS[ctx.stateNow().language].dialogTitle,
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

async function run(store: InputsStore, task: (host: InputsHost, ctx: ViewContext) => Promise<void>): Promise<void> {
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

export async function loadSheets(store: InputsStore): Promise<void> {
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
export async function insertTables(store: InputsStore, ids: readonly TableId[]): Promise<void> {
  await run(store, async (host, ctx) => {
    const language = ctx.stateNow().language;
    const plans = ids.map((id) => tablePlan(id, language, store.state.teamWord));
    const outcome = await writeWithConsent(host.workbook, plans, (conflicts) => confirmWith(store, conflicts));
    if (!outcome.written) {
      say(store, 'warning', { nb: INPUTS_STRINGS.nb.notWritten, en: INPUTS_STRINGS.en.notWritten });
      return;
    }
    const names = plans.map((plan) => `«${plan.sheet}»`).join(', ');
    say(store, 'success', {
      nb: INPUTS_STRINGS.nb.inserted(names),
      en: INPUTS_STRINGS.en.inserted(names.replace(/«|»/g, '"')),
    });
    await loadSheets(store);
    if (ctx.stateNow().review) await readComputed(store, host, ctx);
  });
}

export async function openSheet(store: InputsStore, sheet: string): Promise<void> {
  await run(store, async (host) => {
    await host.workbook.activate(sheet);
  });
}

/**
 * Writes the draft's rows into its table: one read of the table sheet (to know its rows), then
 * writeWithConsent (asks before overwriting), then the score sheet's computed scores are read
 * again when a review is open.
 */
export async function writeImport(store: InputsStore): Promise<void> {
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
      say(store, 'warning', { nb: INPUTS_STRINGS.nb.notWritten, en: INPUTS_STRINGS.en.notWritten });
      return;
    }
    // Columns marked as not personal data are recorded in the open review (shown in its sheet and report).
    const marks = importMarks(draft);
    if (marks.length > 0 && ctx.stateNow().review)
      ctx.dispatch({ type: 'markNotPersonalData', marks, date: ctx.stateNow().today });
    update(store, { type: 'imported' }, false);
    update(store, { type: 'capacity', capacity: planned.capacity }, false);
    const written = {
      nb: INPUTS_STRINGS.nb.written(planned.rows, sheet, planned.cleared),
      en: INPUTS_STRINGS.en.written(planned.rows, sheet, planned.cleared),
    };
    if (planned.extended === null) say(store, 'success', written);
    else {
      // The score sheet's formulas must reach the new rows too: a wired sheet is wired again.
      const rewired = ctx.stateNow().review ? await rewire(store, host, ctx, true) : false;
      const tail = (l: Language) =>
        `${INPUTS_STRINGS[l].extended(sheet, planned.extended!)}${rewired ? '' : ` ${INPUTS_STRINGS[l].extendedRewire}`}`;
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
async function wiredPlan(store: InputsStore, host: InputsHost, ctx: ViewContext, onlyIfWired: boolean) {
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
async function rewire(store: InputsStore, host: InputsHost, ctx: ViewContext, onlyIfWired: boolean): Promise<boolean> {
  const plan = await wiredPlan(store, host, ctx, onlyIfWired);
  if (!plan) return false;
  const outcome = await writeWithConsent(host.workbook, [plan], (conflicts) => confirmWith(store, conflicts));
  return outcome.written;
}

/** Rewrites the open review's score sheet with the wired formulas (asks before overwriting). */
export async function wireScoreSheet(store: InputsStore): Promise<void> {
  await run(store, async (host, ctx) => {
    const state = ctx.stateNow();
    if (!state.review) return;
    // A consensus that follows the computed score now keeps following it (unless the evaluators changed it).
    if (!(await rewire(store, host, ctx, false))) {
      say(store, 'warning', { nb: INPUTS_STRINGS.nb.notWritten, en: INPUTS_STRINGS.en.notWritten });
      return;
    }
    say(store, 'success', { nb: INPUTS_STRINGS.nb.wired(state.sheet), en: INPUTS_STRINGS.en.wired(state.sheet) });
    await readComputed(store, host, ctx);
  });
}

export async function refreshComputed(store: InputsStore): Promise<void> {
  await run(store, (host, ctx) => readComputed(store, host, ctx));
}

async function readComputed(store: InputsStore, host: InputsHost, ctx: ViewContext): Promise<void> {
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
