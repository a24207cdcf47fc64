/**
 * «Lag resultatdiagram» and «Sett inn «Resultater»» as the pane runs them (the history card's
 * buttons), over the preview workbook: the «Resultater» sheet inserted and brought to the front,
 * the employment-rate chart written under the service's total over time with the message in the
 * pane's language, and what the pane says when there is nothing to draw or the user keeps their cells.
 */
import { describe, expect, it } from 'vitest';
import { EMPLOYMENT_CHART_ID } from '../../../src/core/outcomes/charts';
import { sampleReview } from '../../../src/core/review/sample';
import { insertResultsSheetInPane, outcomeChartsInPane } from '../../../src/ui/commands/outcomes';
import { reviewSheetNames } from '../../../src/ui/workflow';
import { OUTCOME_ROWS, OUTCOME_SERVICE } from '../../core/outcomes/outcome-fixture';
import { testPane } from '../support/pane';

const review = sampleReview();
const names = reviewSheetNames(review, 'nb');

describe('insertResultsSheetInPane («Sett inn «Resultater»»)', () => {
  it('inserts «Resultater», brings it to the front and says what to fill in; again, the user’s rows stay', async () => {
    const { pane, workbook, notice } = testPane({ review });
    await insertResultsSheetInPane(pane);
    expect(workbook.valueAt('Resultater', 'B1')).toBe('Kvartal');
    expect(workbook.activeSheet).toBe('Resultater');
    expect(notice()).toMatchObject({ kind: 'success' });
    expect(notice()!.nb).toContain('«Resultater» er satt inn');
    expect(notice()!.en).toContain('“Resultater” sheet is inserted');
    workbook.setCellAt('Resultater', 'A3', OUTCOME_SERVICE);
    await insertResultsSheetInPane(pane);
    expect(workbook.valueAt('Resultater', 'A3')).toBe(OUTCOME_SERVICE);
  });

  it('opens a «Results» sheet in the other language instead of making a second one', async () => {
    const english = testPane({ review, language: 'en' });
    await insertResultsSheetInPane(english.pane);
    const { pane, workbook, notice } = testPane({ review, workbook: english.workbook });
    await insertResultsSheetInPane(pane);
    expect(await workbook.listSheets()).not.toContain('Resultater');
    expect(workbook.activeSheet).toBe('Results');
    expect(notice()).toMatchObject({ kind: 'info' });
  });
});

describe('outcomeChartsInPane («Lag resultatdiagram»)', () => {
  it('asks for «Resultater» first when it is not there, as information', async () => {
    const { pane, notice, workbook } = testPane({ review });
    await outcomeChartsInPane(pane);
    expect(notice()).toMatchObject({ kind: 'info' });
    expect(notice()!.nb).toContain('Lag arket «Resultater»');
    expect(notice()!.en).toContain('Create the “Results” sheet');
    expect(workbook.chartsOf(names.charts)).toEqual([]);
  });

  it('draws the service’s employment rate on its chart sheet and brings it to the front', async () => {
    const { pane, workbook, notice, state } = testPane({ review });
    await insertResultsSheetInPane(pane);
    OUTCOME_ROWS.forEach((row, index) => {
      workbook.setCellAt('Resultater', `A${index + 3}`, row.service);
      workbook.setCellAt('Resultater', `B${index + 3}`, row.quarter.id);
      workbook.setCellAt('Resultater', `D${index + 3}`, row.served);
      workbook.setCellAt('Resultater', `E${index + 3}`, row.employed);
    });
    await outcomeChartsInPane(pane);
    expect(notice()).toMatchObject({ kind: 'success' });
    expect(notice()!.nb).toContain(names.charts);
    expect(workbook.chartsOf(names.charts).map((chart) => chart.id)).toEqual([EMPLOYMENT_CHART_ID]);
    expect(workbook.activeSheet).toBe(names.charts);
    expect(state().busy).toBe(false);
  });
});
