/**
 * The evidence log («Kildelogg») as the pane reads it: with a review when it is opened (in the
 * same round trip as its score sheet), and again when a view that shows it opens. Kept apart from
 * the preparation commands (cycle-sheets.ts), which the Excel pane loads on first use.
 */
import type { CellValue } from '../../core/cells';
import { EVIDENCE_SHEET, readEvidenceSheet } from '../../core/cycle/evidence-sheet';
import type { ScaleDefinition } from '../../core/scale/types';
import type { Language, Text } from '../../core/text';
import { errorText, type EvidenceSnapshot } from '../state';
import { readMany, type PaneCommandContext } from './pane';

/** The sheet's two names, the pane's language first. */
export function namesOf(name: Text, language: Language): [string, string] {
  return [name[language], name[language === 'nb' ? 'en' : 'nb']];
}

/** The evidence log for the pane's state, from the values of its sheet names (null: no log there). */
export function evidenceSnapshot(
  names: readonly string[],
  values: readonly (CellValue[][] | null | undefined)[],
  scale: ScaleDefinition,
): EvidenceSnapshot | null {
  const at = values.findIndex((sheet) => !!sheet);
  if (at < 0) return null;
  const sheet = names[at]!;
  try {
    const log = readEvidenceSheet(values[at]!, scale);
    return { sheet, reviewId: log.reviewId, entries: log.entries };
  } catch (error) {
    return { sheet, reviewId: '', entries: [], error: errorText(error) };
  }
}

/** The evidence log's sheet names to read with a review, the pane's language first. */
export function evidenceSheetNames(language: Language): [string, string] {
  return namesOf(EVIDENCE_SHEET, language);
}

/** Reads the evidence log again (one read) into the pane's state, e.g. before the report is shown. */
export async function rereadEvidence(pane: PaneCommandContext): Promise<void> {
  const { language, scale } = pane.state();
  const names = evidenceSheetNames(language);
  const values = await readMany(pane.workbook, names);
  if (!pane.destroyed()) pane.dispatch({ type: 'evidenceLoaded', evidence: evidenceSnapshot(names, values, scale) });
}
