/**
 * Pane commands for the review plan (issue 12): write the «Vurderingsplan» sheet over the history,
 * and list the services due within 30 days or overdue for the start view.
 */
import type { CellValue } from '../../core/cells';
import { reviewPlan, reviewsDueSoon, type ReviewPlanEntry } from '../../core/cycle/review-plan';
import { REVIEW_PLAN_SHEET, reviewPlanSheetPlan } from '../../core/cycle/review-plan-sheet';
import { HISTORY_SHEET, readHistory, type HistoryRow } from '../../core/history/table';
import type { ScaleDefinition } from '../../core/scale/types';
import type { Language } from '../../core/text';
import type { Conflict } from '../../core/workbook/plan';
import { writeWithConsent, type Workbook } from '../../core/workbook/workbook';
import { errorText, listedHistory } from '../state';
import { cycleStrings, languageOf } from '../strings/cycle';
import type { PaneCommandContext } from './pane';

export interface ReviewPlanCommandOptions {
  readonly language: Language;
  /** yyyy-mm-dd: the day the pane's list counts from (the sheet itself uses TODAY()). */
  readonly today: string;
  /** Defaults to «IPS-historikk» / "IPS history". */
  readonly historySheet?: string;
  /** Defaults to «Vurderingsplan» / "Review plan". */
  readonly planSheet?: string;
  readonly scale?: ScaleDefinition;
  /** Days ahead the start view lists (30 unless given). */
  readonly dueWithinDays?: number;
}

export interface ReviewPlanRead {
  readonly history: readonly HistoryRow[];
  /** Every service and team, the soonest due first. */
  readonly plan: readonly ReviewPlanEntry[];
  /** Due within `dueWithinDays` days or overdue. */
  readonly dueSoon: readonly ReviewPlanEntry[];
  /** What the plan sheet held (null: not there yet). */
  readonly planSheetValues: CellValue[][] | null;
}

/**
 * The plan and what is due soon from history rows already read (the start screen reads the
 * history with the score sheets, in one round trip).
 */
export function reviewPlanFromHistory(
  history: readonly HistoryRow[],
  today: string,
  dueWithinDays = 30,
): Pick<ReviewPlanRead, 'plan' | 'dueSoon'> {
  const plan = reviewPlan(history, today);
  return { plan, dueSoon: reviewsDueSoon(plan, dueWithinDays) };
}

/** Reads the history (and the plan sheet) in one round trip; the plan and what is due soon. */
export async function readReviewPlan(workbook: Workbook, options: ReviewPlanCommandOptions): Promise<ReviewPlanRead> {
  const historySheet = options.historySheet ?? HISTORY_SHEET[options.language];
  const planSheet = options.planSheet ?? REVIEW_PLAN_SHEET[options.language];
  const [historyValues, planSheetValues] = await workbook.readSheets([historySheet, planSheet]);
  const history = readHistory(historyValues ?? null, options.scale);
  return {
    history,
    ...reviewPlanFromHistory(history, options.today, options.dueWithinDays),
    planSheetValues: planSheetValues ?? null,
  };
}

export interface ReviewPlanWriteOutcome extends ReviewPlanRead {
  /** False when the user kept their own cells (or there is no history yet). */
  readonly written: boolean;
  readonly conflicts: readonly Conflict[];
  readonly sheet: string;
}

/**
 * «Vurderingsplan»: writes the plan sheet over the history. The rows already there keep their
 * place, so writing again touches none of the pane's own cells; a cell the user changed is asked
 * about before it is overwritten (writeWithConsent). Nothing is written without a history.
 */
export async function writeReviewPlanSheet(
  workbook: Workbook,
  options: ReviewPlanCommandOptions,
  confirm: (conflicts: readonly Conflict[]) => Promise<boolean>,
): Promise<ReviewPlanWriteOutcome> {
  const read = await readReviewPlan(workbook, options);
  const sheet = options.planSheet ?? REVIEW_PLAN_SHEET[options.language];
  if (read.history.length === 0) return { ...read, written: false, conflicts: [], sheet };
  const plan = reviewPlanSheetPlan(read.history, {
    language: options.language,
    historySheet: options.historySheet ?? HISTORY_SHEET[options.language],
    sheet,
    existing: read.planSheetValues,
    ...(options.scale ? { scale: options.scale } : {}),
  });
  const outcome = await writeWithConsent(workbook, [plan], confirm);
  return { ...read, written: outcome.written, conflicts: outcome.conflicts, sheet };
}

/**
 * «Skriv vurderingsplan» on the start screen: the plan sheet over the history the pane found (in
 * either language), the user asked before their cells are overwritten; then the sheet in front.
 */
export async function writeReviewPlanInPane(pane: PaneCommandContext): Promise<void> {
  const state = pane.state();
  if (state.busy) return;
  const history = listedHistory(state);
  pane.dispatch({ type: 'busy', busy: true, operation: 'reviewPlan' });
  try {
    const outcome = await writeReviewPlanSheet(
      pane.workbook,
      {
        language: state.language,
        today: state.today,
        scale: state.scale,
        ...(history?.exists ? { historySheet: history.sheet } : {}),
      },
      (conflicts) => pane.confirm(conflicts),
    );
    if (outcome.history.length === 0) {
      pane.notify('info', (t) => cycleStrings(languageOf(t)).reviewPlanNoHistory);
      return;
    }
    if (!outcome.written) {
      pane.notify('warning', (t) => t.notSaved);
      return;
    }
    await pane.workbook.activate(outcome.sheet);
    const { sheet, plan, dueSoon } = outcome;
    pane.notify('success', (t) => cycleStrings(languageOf(t)).reviewPlanWritten(sheet, plan.length, dueSoon.length));
  } catch (error) {
    const message = errorText(error);
    pane.notify('error', (t) => `${t.hostError}: ${message}`);
  } finally {
    pane.dispatch({ type: 'busy', busy: false });
  }
}
