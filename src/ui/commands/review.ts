import type { CellValue } from '../../core/cells';
import { startRepeatReview } from '../../core/review/repeat';
import type { Review } from '../../core/review/model';
import { readScoreSheet, scoreSheetPlan } from '../../core/sheets/score-sheet';
import { wiredScoreSheetPlan } from '../../core/sheets/wired-score-sheet';
import { writeWithConsent, type WriteOutcome } from '../../core/workbook/workbook';
import {
  baselineFromPlan,
  baselineFromValues,
  checkForm,
  errorText,
  foreignConflicts,
  listedHistory,
  listedSheets,
  newReviewId,
  openedWired,
  plannedCellCount,
  reviewFromForm,
  workbookSheetNames,
  type ExistingSheet,
} from '../state';
import {
  findPrevious,
  historySheetCandidates,
  historySnapshot,
  isHistorySheet,
  isScanSkipped,
  reconcileWithHistory,
  reviewForSheet,
} from '../workflow';
import { evidenceSheetNames, evidenceSnapshot } from './evidence-log';
import { readMany, type PaneCommandContext } from './pane';

/**
 * «Lagre»: the review to its score sheet. Read (one readTargets), decide wired or plain
 * (wiredScoreSheetPlan), ask before overwriting anyone's cells, write (writeWithConsent), then
 * bring the sheet to the front. Null when nothing was tried (no review, busy, or privacy refused).
 */
export async function saveReview(pane: PaneCommandContext): Promise<WriteOutcome | null> {
  const { workbook } = pane;
  const unchecked = pane.state();
  if (!unchecked.review || unchecked.busy) return null;
  const review = await pane.privacy.check(unchecked.review, 'scoreSheet');
  if (!review) return null;
  const state = pane.state();
  const sheet = state.sheet;
  const options = { sheet, language: state.language, scale: state.scale };
  pane.dispatch({ type: 'busy', busy: true, operation: 'save' });
  pane.dispatch({ type: 'notice', notice: null });
  try {
    // The sheet holds the scores that count (a corrected review's corrections applied).
    const written = reviewForSheet(review, state.scale);
    // One read (as writeWithConsent takes): what is there, to ask before overwriting it and to
    // keep a wired sheet's formulas, the consensus cells that still follow the computed score too.
    const [existing] = await workbook.readTargets([scoreSheetPlan(written, options)]);
    const opened = openedWired(pane.state());
    const { plan } = wiredScoreSheetPlan({
      ...options,
      review: written,
      host: workbook.host,
      formulas: existing ?? null,
      shown: opened?.values ?? [],
      wasWired: opened !== null,
      wire: 'ifWired',
    });
    // Asks before overwriting, and again should the cells change while the question is open.
    const outcome = await writeWithConsent(workbook, [plan], (conflicts) => pane.confirm(conflicts), {
      existing: [existing ?? null],
    });
    if (!outcome.written) {
      pane.notify('warning', (t) => t.notSaved);
      return outcome;
    }
    const overwritten = foreignConflicts(outcome.conflicts, pane.baselines.get(sheet)).length;
    pane.baselines.set(sheet, baselineFromPlan(plan));
    if (pane.state().review === review) pane.dispatch({ type: 'saved', sheet });
    const cells = plannedCellCount(plan.blocks);
    pane.notify('success', (t) =>
      [t.saved(sheet, cells), overwritten > 0 ? t.savedOverwrote(overwritten) : ''].filter(Boolean).join(' '),
    );
    try {
      await workbook.activate(sheet);
    } catch (error) {
      // The sheet is written; failing to bring it to the front is worth telling, not hiding.
      const message = errorText(error);
      pane.notify('warning', (t) => `${t.saved(sheet, cells)} ${t.hostError}: ${message}`);
    }
    return outcome;
  } catch (error) {
    const message = errorText(error);
    pane.notify('error', (t) => `${t.saveFailed(message)}\n${t.notSaved}`);
    return null;
  } finally {
    pane.dispatch({ type: 'busy', busy: false });
  }
}

/** The start screen: every sheet that may be a score sheet, and the history, in one read. */
export async function refreshSheets(pane: PaneCommandContext): Promise<void> {
  pane.dispatch({ type: 'sheetsLoading' });
  try {
    const { scale, language } = pane.state();
    const names = await pane.workbook.listSheets();
    const candidates = historySheetCandidates(language);
    const toRead = names.filter((name) => !isScanSkipped(name) && !isHistorySheet(name));
    const historyNames = candidates.filter((name) => names.includes(name));
    const values = await readMany(pane.workbook, [...toRead, ...historyNames]);
    const found: ExistingSheet[] = [];
    toRead.forEach((sheet, index) => {
      const sheetValues = values[index];
      const review = sheetValues ? readScoreSheet(sheetValues, scale) : null;
      if (review) found.push({ sheet, review });
    });
    const history = historySnapshot(
      candidates,
      candidates.map((name) => {
        const at = historyNames.indexOf(name);
        return at < 0 ? null : (values[toRead.length + at] ?? null);
      }),
      scale,
    );
    pane.dispatch({ type: 'sheetsLoaded', sheets: found, history, names });
  } catch (error) {
    pane.dispatch({ type: 'sheetsFailed', message: errorText(error) });
  }
}

/** Opens a listed score sheet: the sheet and the history in one round trip, reconciled with each other. */
export async function openScoreSheet(pane: PaneCommandContext, sheet: string): Promise<void> {
  try {
    const { scale, language } = pane.state();
    const candidates = historySheetCandidates(language);
    // The evidence log too, in the same round trip: the items show its coverage, the report its sources.
    const logs = evidenceSheetNames(language);
    const [values, ...more] = await readMany(pane.workbook, [sheet, ...candidates, ...logs]);
    const historyValues = more.slice(0, candidates.length);
    const evidence = evidenceSnapshot(logs, more.slice(candidates.length), scale);
    const read = values ? readScoreSheet(values, scale) : null;
    if (!values || !read) {
      pane.notify('error', (t) => t.notScoreSheet(sheet));
      return;
    }
    const history = historySnapshot(candidates, historyValues, scale);
    const reconciled = reconcileWithHistory(read, history.rows, scale);
    let review = reconciled.review;
    const previous =
      reconciled.entry?.type === 'baseline'
        ? null
        : findPrevious(review, listedSheets(pane.state()), history.rows, scale);
    if (previous && !reconciled.entry) review = { ...review, previousReviewId: previous.id };
    pane.baselines.set(sheet, baselineFromValues(values));
    const unrecorded = reconciled.unrecorded;
    pane.dispatch({ type: 'openReview', review, sheet, isNew: false, previous, history, unrecorded, values, evidence });
    const unrecordedCount = Object.keys(unrecorded).length;
    if (unrecordedCount > 0) pane.notify('warning', (t) => t.unrecordedNotice(unrecordedCount));
    else if (reconciled.correctionsUnreadable) pane.notify('warning', (t) => t.correctionsUnreadable);
    else if (history.error) {
      const message = history.error;
      pane.notify('warning', (t) => `${t.opened(sheet)}\n${t.historyUnreadable(history.sheet, message)}`);
    } else pane.notify('success', (t) => t.opened(sheet));
    pane.focusKey('item-name');
  } catch (error) {
    const message = errorText(error);
    pane.notify('error', (t) => t.openFailed(message));
  }
}

/**
 * Reads the open review's score sheet again (one read) and takes over the consensus scores that
 * follow the computed ones (reduce: 'scoreSheetRead'); returns the values read.
 */
export async function rereadScoreSheet(pane: PaneCommandContext): Promise<CellValue[][] | null> {
  const { review, sheet } = pane.state();
  if (!review || sheet === '') return null;
  const [values] = await readMany(pane.workbook, [sheet]);
  if (!pane.destroyed()) pane.dispatch({ type: 'scoreSheetRead', sheet, values: values ?? null });
  return values ?? null;
}

/** «Start»: the review the form describes (a repeat review, or a follow-up of an earlier one found). */
export function createReview(pane: PaneCommandContext): void {
  const state = pane.state();
  const repeat = state.repeatOf;
  const check = checkForm(state.form, repeat?.review.date, workbookSheetNames(state));
  if (!check.ok) {
    pane.dispatch({ type: 'formSubmitted' });
    const first = (['service', 'team', 'date', 'raters', 'sheet'] as const).find((field) => check.errors[field]);
    if (first) pane.focusKey(first === 'raters' ? 'form-rater-0' : `form-${first}`);
    return;
  }
  const id = newReviewId(state.form.date.trim());
  const history = listedHistory(state);
  let review: Review;
  let previous: Review | null;
  if (repeat) {
    const fromForm = reviewFromForm(state.form, id, state.scale);
    review = startRepeatReview(repeat.review, { id, date: fromForm.date, raters: fromForm.raters }, state.scale);
    previous = repeat.review;
  } else {
    review = reviewFromForm(state.form, id, state.scale);
    // An earlier review of the same site and team makes this a follow-up.
    previous = findPrevious(review, listedSheets(state), history?.rows ?? [], state.scale);
    if (previous) review = { ...review, previousReviewId: previous.id };
  }
  pane.dispatch({ type: 'openReview', review, sheet: check.sheet, isNew: true, previous, history });
  if (check.warnings.length > 0) pane.notify('warning', (t) => check.warnings.map((key) => t[key] as string).join(' '));
  pane.focusKey('item-name');
}

/** Sets up a repeat review of a listed score sheet: the previous review as saved (the history's scores when there). */
export function startRepeat(pane: PaneCommandContext, sheet: string): void {
  const state = pane.state();
  const listed = listedSheets(state).find((entry) => entry.sheet === sheet);
  if (!listed) return;
  const previous = reconcileWithHistory(listed.review, listedHistory(state)?.rows ?? [], state.scale).review;
  pane.dispatch({ type: 'startRepeat', sheet, previous });
  pane.focusKey('form-date');
}

/** Back to the start screen, asking first when there are unsaved changes. */
export async function backToStart(pane: PaneCommandContext): Promise<void> {
  if (pane.state().dirty) {
    const leave = await pane.ask(
      (t) => ({ title: t.confirmLeaveTitle, intro: t.confirmLeave, confirmLabel: t.leave, cancelLabel: t.cancel }),
      (t) => t.confirmLeave,
    );
    if (!leave) return;
  }
  pane.dispatch({ type: 'backToStart' });
  pane.focusKey('form-service');
  await refreshSheets(pane);
}
