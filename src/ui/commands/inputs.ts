import { linkCheck } from '../../core/inputs/link-check';
import { tableById, type TableId } from '../../core/inputs/tables';
import { findConflicts, type Conflict, type SheetPlan } from '../../core/workbook/plan';
import { HEADER_ROWS, readComputedScores, scoreSheetPlan, type ScoreSheetWiring } from '../../core/sheets/score-sheet';
import { wiredScoreSheetPlan, wiredSheetConflicts } from '../../core/sheets/wired-score-sheet';
import { writeWithConsent } from '../../core/workbook/workbook';
import { type Language, type Text } from '../../core/text';
import type { CellValue } from '../../core/cells';
import { type ViewContext } from '../context';
import { askDialog, showDialog, type DialogContent } from '../dialog';
import {
  blockingReasons,
  importMarks,
  importPlans,
  tablePlan,
  termedTable,
  type InputsAction,
  type MessageKind,
} from '../inputs-state';
import { errorText } from '../state';
import { conflictDialog } from './conflicts';
import { readFileAction, readInSlices } from './import-source';
import { applyInputsAction, type InputsHost, type InputsStore } from '../state/inputs-store';
import { INPUTS_STRINGS, type ActivityKind } from '../strings/inputs';
import { linkMessage, linkTables, type LinkChoice } from './link-tables';

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

/** Gives the pane a turn (to paint the progress, to answer the user) between steps of long work. */
const paneTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Shows long work at a step (a progress element with text), then lets the pane paint it. */
async function step(store: InputsStore, kind: ActivityKind, at: number): Promise<void> {
  update(store, { type: 'activity', activity: { kind, step: at } });
  await paneTurn();
}

export async function readFile(store: InputsStore, file: File): Promise<void> {
  const ctx = store.ctx;
  if (!ctx) return;
  // The encoding is detected (and can be switched) in the draft; a large one is read with progress.
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

/** Where the screen's dialogs go: the pane (its root), or the page; null when the screen is not shown. */
function dialogLayer(store: InputsStore): HTMLElement | null {
  if (!store.container) return null;
  return (store.container.closest('.ipsf') as HTMLElement | null) ?? store.container.ownerDocument.body;
}

async function confirmWith(store: InputsStore, conflicts: readonly Conflict[]): Promise<boolean> {
  if (conflicts.length === 0) return true;
  if (store.host?.confirm) return store.host.confirm(conflicts);
  const ctx = store.ctx!;
  const layer = dialogLayer(store);
  if (!layer) return false;
  // The same dialog as the score sheet's: numbers and counts in the pane's language.
  return showDialog(layer, [store.container!], conflictDialog(conflicts, ctx.s), `${ctx.prefix}-inputs`);
}

/** Asks the in-pane dialog with three answers (link with, without the missing tables, or cancel). */
async function askChoice(store: InputsStore, content: DialogContent): Promise<LinkChoice> {
  const layer = dialogLayer(store);
  if (!layer) return 'cancel';
  const answer = await askDialog(layer, [store.container!], content, `${store.ctx!.prefix}-inputs`);
  return answer === 'confirm' ? 'insert' : answer === 'alternative' ? 'without' : 'cancel';
}

/**
 * Runs a command: busy meanwhile, errors told, and its progress shown from its first step to its
 * end (the activity is cleared however it ends).
 */
async function run(
  store: InputsStore,
  kind: ActivityKind | null,
  task: (host: InputsHost, ctx: ViewContext) => Promise<void>,
): Promise<void> {
  const host = store.host;
  const ctx = store.ctx;
  if (!host || !ctx || store.state.busy) return;
  update(store, { type: 'busy', busy: true }, false);
  try {
    if (kind) await step(store, kind, 1);
    await task(host, ctx);
  } catch (error) {
    failure(store, error);
  } finally {
    update(store, { type: 'activity', activity: null }, false);
    update(store, { type: 'busy', busy: false });
  }
}

/** The input tables the workbook has now, in the pane's language (one round trip). */
async function tablesPresent(host: InputsHost, language: Language): Promise<readonly TableId[]> {
  return linkCheck({ sheets: await host.workbook.listSheets() }, language).present;
}

/** Conflicts to ask about: on the score sheet, not the pane's own formulas that linking again rewrites. */
function conflictsFor(scoreSheet: string) {
  return (plan: SheetPlan, existing: CellValue[][] | null) =>
    plan.sheet === scoreSheet ? wiredSheetConflicts(plan, existing) : findConflicts(plan, existing);
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
  await run(store, 'insert', async (host, ctx) => {
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
    if (!ctx.stateNow().review) return;
    // A score sheet linked without these tables now refers to them (empty: «Mangler data» still).
    await step(store, 'insert', 2);
    await rewire(store, host, ctx, true);
    await step(store, 'insert', 3);
    await readComputed(store, host, ctx);
  });
}

export async function openSheet(store: InputsStore, sheet: string): Promise<void> {
  await run(store, null, async (host) => {
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
  await run(store, 'write', async (host, ctx) => {
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
    await step(store, 'write', 2);
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
    // A wired score sheet is wired again when the table is new (linked without it, it now refers to
    // it) or was extended (the formulas must reach the new rows too).
    let rewired = false;
    if ((existing === null || planned.extended !== null) && ctx.stateNow().review) {
      await step(store, 'write', 3);
      rewired = await rewire(store, host, ctx, true);
    }
    if (planned.extended === null) say(store, 'success', written);
    else {
      const tail = (l: Language) =>
        `${INPUTS_STRINGS[l].extended(sheet, planned.extended!)}${rewired ? '' : ` ${INPUTS_STRINGS[l].extendedRewire}`}`;
      say(store, 'success', { nb: `${written.nb} ${tail('nb')}`, en: `${written.en} ${tail('en')}` });
    }
    await loadSheets(store);
    if (!ctx.stateNow().review) return;
    await step(store, 'write', 4);
    await readComputed(store, host, ctx);
  });
}

/**
 * The open review's score sheet with the wired formulas, reaching the tables' rows as known
 * (the capacity learnt this session and the one the sheet's formulas have now), and with every
 * consensus that follows the computed score kept following. Null when `onlyIfWired` and the
 * sheet is not wired.
 */
async function wiredPlan(
  store: InputsStore,
  host: InputsHost,
  ctx: ViewContext,
  onlyIfWired: boolean,
  present: readonly TableId[],
) {
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
    // A table the workbook lacks is never referred to: its items show «Mangler data: <tabell>».
    tablesPresent: present,
  });
  return wiring ? plan : null;
}

/**
 * Writes the wired score sheet to the tables the workbook has now (asks before overwriting a
 * user's cells, not the pane's own formulas); false when nothing was written.
 */
async function rewire(store: InputsStore, host: InputsHost, ctx: ViewContext, onlyIfWired: boolean): Promise<boolean> {
  const present = await tablesPresent(host, ctx.stateNow().language);
  const plan = await wiredPlan(store, host, ctx, onlyIfWired, present);
  if (!plan) return false;
  const outcome = await writeWithConsent(host.workbook, [plan], (conflicts) => confirmWith(store, conflicts), {
    conflictsOf: conflictsFor(plan.sheet),
  });
  return outcome.written;
}

/**
 * «Koble skårskjemaet til tabellene»: the tables each item needs are checked first; with some
 * missing the user is asked to insert them and link, link without them (their items show #N/A
 * «Mangler data: <tabell>»), or cancel. Then the score sheet is written with the wired formulas.
 */
export async function wireScoreSheet(store: InputsStore): Promise<void> {
  await run(store, 'link', async (host, ctx) => {
    const state = ctx.stateNow();
    if (!state.review) return;
    const language = state.language;
    const outcome = await linkTables({
      workbook: host.workbook,
      language,
      // A consensus that follows the computed score keeps following it (unless the evaluators changed it).
      wiredPlan: (present) => wiredPlan(store, host, ctx, false, present),
      ask: (content) => askChoice(store, content),
      confirmOverwrite: (conflicts) => confirmWith(store, conflicts),
      conflictsOf: conflictsFor(state.sheet),
      onStep: (at) => step(store, 'link', at),
      options: { capacity: store.state.capacity, teamWord: store.state.teamWord },
    });
    const text = { nb: linkMessage(outcome, 'nb'), en: linkMessage(outcome, 'en') };
    say(store, outcome.kind === 'linked' ? 'success' : 'warning', text);
    if (outcome.kind !== 'linked') return;
    if (outcome.inserted.length > 0) await loadSheets(store);
    await step(store, 'link', 3);
    await readComputed(store, host, ctx);
  });
}

export async function refreshComputed(store: InputsStore): Promise<void> {
  await run(store, 'refresh', (host, ctx) => readComputed(store, host, ctx));
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
