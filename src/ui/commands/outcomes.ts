/**
 * Pane commands for the outcomes beside fidelity (issue 12): create the «Resultater» input sheet,
 * and read it into the supervisor indicators per specialist and the employment-rate series the
 * outcome charts will draw.
 */
import { tableSheetPlan } from '../../core/inputs/tables';
import { employmentSeries, type EmploymentSeries } from '../../core/outcomes/employment-series';
import { RESULTS_TABLE, readResultsRows, type ResultsRow } from '../../core/outcomes/results-table';
import { specialistIndicators, type SpecialistIndicator } from '../../core/outcomes/specialist-indicators';
import type { Language } from '../../core/text';
import type { Conflict } from '../../core/workbook/plan';
import { writeWithConsent, type Workbook, type WriteOutcome } from '../../core/workbook/workbook';

/** «Resultater»: the input sheet with its headers, help row, formats and validations; a user's cells are asked about. */
export function createResultsSheet(
  workbook: Workbook,
  language: Language,
  confirm: (conflicts: readonly Conflict[]) => Promise<boolean>,
): Promise<WriteOutcome> {
  return writeWithConsent(workbook, [tableSheetPlan(RESULTS_TABLE, language)], confirm);
}

export interface OutcomesRead {
  /** False when the workbook has no «Resultater» sheet yet. */
  readonly present: boolean;
  readonly rows: readonly ResultsRow[];
  readonly indicators: readonly SpecialistIndicator[];
  readonly series: readonly EmploymentSeries[];
}

/** Reads «Resultater» (either language's sheet name); a row that cannot be read is #VALUE! naming it. */
export async function readOutcomes(workbook: Workbook, language: Language): Promise<OutcomesRead> {
  const names = [RESULTS_TABLE.sheet[language], RESULTS_TABLE.sheet[language === 'nb' ? 'en' : 'nb']];
  const [own, other] = await workbook.readSheets(names);
  const values = own ?? other ?? null;
  const rows = readResultsRows(values);
  return { present: values !== null, rows, indicators: specialistIndicators(rows), series: employmentSeries(rows) };
}
