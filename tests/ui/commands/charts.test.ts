/**
 * «Vis diagrammer» as the pane runs it (showChartsInPane, the history card's button), over the
 * preview workbook: the service's chart brought into view with a success notice, or an info
 * notice in the pane's language when there are no charts yet; never while the pane is busy.
 */
import { describe, expect, it } from 'vitest';
import { sampleReview } from '../../../src/core/review/sample';
import { showChartsInPane } from '../../../src/ui/commands/charts';
import { reviewSheetNames } from '../../../src/ui/workflow';
import { sampleServiceCharts } from '../../excel/chart-fixture';
import { testPane } from '../support/pane';

const review = sampleReview();

describe('showChartsInPane («Vis diagrammer»)', () => {
  it('brings this service’s total over time into view and says where, as a success', async () => {
    const { pane, workbook, notice, state } = testPane({ review });
    const names = reviewSheetNames(review, 'nb');
    const { data, charts } = sampleServiceCharts('nb', 3, names.charts);
    await workbook.write([data]);
    await workbook.writeCharts(charts, 'nb');
    await showChartsInPane(pane);
    expect(workbook.selectedChart).toEqual({ sheet: names.charts, chartId: 'total-over-time' });
    expect(notice()).toMatchObject({ kind: 'success' });
    expect(notice()!.nb).toContain(names.charts);
    expect(notice()!.en).toContain(names.charts);
    expect(state().busy).toBe(false);
  });

  it('says there are no charts yet as information, in bokmål and English', async () => {
    const { pane, notice, workbook } = testPane({ review, language: 'en' });
    await showChartsInPane(pane);
    expect(notice()).toMatchObject({ kind: 'info' });
    expect(notice()!.nb).toMatch(/^Ingen diagrammer ennå/);
    expect(notice()!.en).toMatch(/^No charts yet/);
    expect(workbook.selectedChart).toBeNull();
  });

  it('does nothing without a review or while the pane is busy', async () => {
    const none = testPane();
    await showChartsInPane(none.pane);
    expect(none.notices).toEqual([]);
    const busy = testPane({ review });
    busy.pane.dispatch({ type: 'busy', busy: true, operation: 'save' });
    busy.workbook.resetCalls();
    await showChartsInPane(busy.pane);
    expect(busy.workbook.calls.showChart).toBe(0);
  });
});
