import type { Conflict } from '../../core/workbook/plan';
import type { DialogContent } from '../dialog';
import { conflictMessage, conflictSummary, foreignConflicts, type Baseline } from '../state';
import type { Strings } from '../strings';

/**
 * The overwrite question: per sheet, cells still holding what the pane wrote or read there are
 * its own and not asked about; the others are listed in one question. True: write.
 */
export async function confirmForeignConflicts(
  all: readonly Conflict[],
  baselines: ReadonlyMap<string, Baseline>,
  ask: (content: (s: Strings) => DialogContent, message: (s: Strings) => string) => Promise<boolean>,
): Promise<boolean> {
  const sheets = [...new Set(all.map((conflict) => conflict.sheet))];
  const conflicts = sheets.flatMap((sheet) =>
    foreignConflicts(
      all.filter((conflict) => conflict.sheet === sheet),
      baselines.get(sheet),
    ),
  );
  if (conflicts.length === 0) return true;
  return ask(
    (t) => conflictDialog(conflicts, t),
    (t) => conflictMessage(conflicts, t),
  );
}

/**
 * The overwrite dialog in the pane: how many cells, the first few with what they hold and will
 * hold (numbers as the pane's language writes them, 0,8 in bokmål), and the question.
 */
export function conflictDialog(conflicts: readonly Conflict[], t: Strings): DialogContent {
  const { lines, more } = conflictSummary(conflicts, t);
  return {
    title: t.conflictTitle,
    intro: t.conflictIntro(conflicts.length, [...new Set(conflicts.map((conflict) => conflict.sheet))].join('», «')),
    lines: lines.map((line) => t.conflictLine(line.address, line.existing, line.planned)),
    more: more > 0 ? t.conflictMore(more) : undefined,
    question: t.conflictQuestion,
    confirmLabel: t.overwrite,
    cancelLabel: t.cancel,
  };
}
