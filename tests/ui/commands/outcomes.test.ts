/**
 * «Lag resultatdiagram» and «Sett inn «Resultater»» as the pane runs them (the history card's
 * buttons), over the preview workbook: the «Resultater» sheet inserted and brought to the front,
 * the employment-rate chart written under the service's total over time with the message in the
 * pane's language, and what the pane says when there is nothing to draw or the user keeps their cells.
 */
import { describe, expect, it } from 'vitest';
import { EMPLOYMENT_CHART_ID } from '../../../src/core/outcomes/charts';
import { sampleReview } from '../../../src/core/review/sample';
import {
  insertResultsSheetInPane,
  outcomeChartsInPane,
  specialistIndicatorsInPane,
} from '../../../src/ui/commands/outcomes';
import { groupsToShow } from '../../../src/ui/views/outcome-indicators';
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

describe('specialistIndicatorsInPane («Vis indikatorer per jobbspesialist»)', () => {
  /** service, quarter, specialist, served, employed, job starts: two quarters, the last one per specialist. */
  const SPECIALIST_ROWS = [
    [review.service, '2025-Q1', 'AB', 20, 5, 1],
    [review.service, '2025-Q2', 'AB', 20, 9, 3],
    [review.service, '2025-Q2', 'CD', 20, 8, 4],
    [review.service, '2025-Q2', 'EF', 20, 7, 5],
    [review.service, '2025-Q2', '', 60, 24, 12],
    ['Annen tjeneste', '2025-Q3', 'GH', 10, 2, 2],
  ] as const;

  async function paneWithResults(language: 'nb' | 'en' = 'nb') {
    const test = testPane({ review, language });
    await insertResultsSheetInPane(test.pane);
    const sheet = language === 'nb' ? 'Resultater' : 'Results';
    SPECIALIST_ROWS.forEach((values, index) =>
      values.forEach((value, column) =>
        test.workbook.setCellAt(sheet, `${'ABCDEF'[column]}${index + 3}`, value === '' ? null : value),
      ),
    );
    return test;
  }

  it("shows each specialist's last quarter with the manual's action, per service, in nb and en", async () => {
    const { pane, state, workbook } = await paneWithResults();
    const before = await workbook.listSheets();
    await specialistIndicatorsInPane(pane);
    const outcomes = state().outcomes!;
    expect(outcomes.present).toBe(true);
    expect(outcomes.groups.map((group) => [group.service, group.quarter])).toEqual([
      ['Annen tjeneste', '2025-Q3'],
      [review.service, '2025-Q2'],
    ]);
    const own = groupsToShow(outcomes, review.service);
    expect(own).toHaveLength(1);
    expect(own[0]!.indicators.map((indicator) => [indicator.specialist, indicator.status])).toEqual([
      ['AB', 'met'],
      ['CD', 'watch'],
      ['EF', 'monthlyMentoring'],
    ]);
    expect(own[0]!.indicators[0]!.text).toEqual({
      nb: '3 jobbstarter, 9 av 20 i arbeid (45,0 %): Mål nådd: feltveiledning hvert kvartal',
      en: '3 job starts, 9 of 20 employed (45.0 %): Goals met: field mentoring each quarter',
    });
    expect(own[0]!.indicators[2]!.text.en).toBe('5 job starts, 7 of 20 employed (35.0 %): Monthly field mentoring');
    expect(own[0]!.indicators[1]!.text.nb).toBe(
      '4 jobbstarter, 8 av 20 i arbeid (40,0 %): Under 45 % i arbeid: følg med',
    );
    // A service «Resultater» does not have: every service is shown.
    expect(groupsToShow(outcomes, 'Ukjent tjeneste')).toHaveLength(2);
    expect(await workbook.listSheets()).toEqual(before);
    expect(state().busy).toBe(false);
  });

  it('reads an English «Results» sheet too', async () => {
    const { pane, state } = await paneWithResults('en');
    await specialistIndicatorsInPane(pane);
    expect(state().outcomes!.groups).toHaveLength(2);
  });

  it('says when «Resultater» is missing, and shows a row it cannot read', async () => {
    const missing = testPane({ review });
    await specialistIndicatorsInPane(missing.pane);
    expect(missing.state().outcomes).toEqual({ present: false, groups: [] });
    const { pane, state, workbook } = await paneWithResults();
    workbook.setCellAt('Resultater', 'E4', 30);
    await specialistIndicatorsInPane(pane);
    expect(state().outcomes!.error).toContain('results row 4: 30 employed is more than the 20 served');
    expect(state().busy).toBe(false);
  });
});
