import { itemLabel } from '../../core/scale/registry';
import { bulkEntries, undoable, type BulkKind } from '../bulk';
import type { DialogContent } from '../dialog';
import type { Action, AppState } from '../state';
import type { Strings } from '../strings';

export interface BulkDeps {
  state(): AppState;
  dispatch(action: Action): void;
  /** Asks in the pane's dialog (or the host's confirm with the plain-text message). */
  ask(content: (s: Strings) => DialogContent, message: (s: Strings) => string): Promise<boolean>;
  focusKey(key: string): void;
}

/**
 * «Bruk alle samstemte skårer» / «Bekreft alle uendrede»: lists every item and the score it will
 * get, and takes the step only when the user says yes; focus then goes to the step's «Angre».
 */
export async function runBulk(kind: BulkKind, deps: BulkDeps): Promise<void> {
  const state = deps.state();
  const review = state.review;
  if (!review || state.busy) return;
  const entries = bulkEntries(kind, review, state.scale);
  if (entries.length === 0) return;
  const lines = (s: Strings) =>
    entries.map((entry) => {
      const item = state.scale.items.find((candidate) => candidate.id === entry.itemId)!;
      return s.bulkLine(itemLabel(item, state.language, state.scale), item.name[state.language], entry.score);
    });
  const content = (s: Strings): DialogContent => ({
    title: kind === 'agreed' ? s.bulkAgreedTitle(entries.length) : s.bulkUnchangedTitle(entries.length),
    intro: kind === 'agreed' ? s.bulkAgreedIntro : s.bulkUnchangedIntro,
    lines: lines(s),
    question: s.bulkCanUndo,
    confirmLabel: kind === 'agreed' ? s.useAllAgreed : s.confirmAllUnchanged,
    cancelLabel: s.cancel,
  });
  const message = (s: Strings) => {
    const shown = content(s);
    return [shown.title, shown.intro, ...lines(s), shown.question].join('\n');
  };
  if (!(await deps.ask(content, message))) return;
  deps.dispatch({ type: 'applyBulk', kind });
  deps.focusKey(`bulk-undo-${kind}`);
}

/** «Angre»: puts back what the last step changed (and says how many), focus back on the step's button. */
export function undoBulkStep(deps: Pick<BulkDeps, 'state' | 'dispatch' | 'focusKey'>): void {
  const { review, bulkUndo: undo } = deps.state();
  if (!review || !undo) return;
  const count = undoable(review, undo).length;
  deps.dispatch({ type: 'undoBulk' });
  deps.dispatch({ type: 'notice', notice: { kind: 'info', text: (s) => s.bulkUndone(count) } });
  deps.focusKey(`bulk-${undo.kind}`);
}
