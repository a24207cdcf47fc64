/**
 * «Vis diagrammer» (issue 11, point 2): the pane command brings the service's total-over-time
 * chart into view through Workbook.showChart, falls back to the overview of all services, and
 * says so in the pane's language when there are no charts yet.
 */
import { describe, expect, it } from 'vitest';
import { multiServiceLatestChart, multiServiceTablePlan } from '../../src/core/history/charts';
import { historyRow } from '../../src/core/history/table';
import { multiServiceSummary } from '../../src/core/history/trends';
import { sampleReview } from '../../src/core/review/sample';
import { MemoryWorkbook } from '../../src/preview/memory-workbook';
import { SHOW_CHARTS_LABEL, showCharts } from '../../src/ui/commands/charts';
import { reviewSheetNames } from '../../src/ui/workflow';
import { sampleServiceCharts } from '../excel/chart-fixture';

const names = reviewSheetNames({ service: 'Tjeneste A', team: 'Team 1', date: '2024-12-01' }, 'nb');

async function withOverview(workbook: MemoryWorkbook) {
  const rows = ['A', 'B'].map((service) => historyRow({ ...sampleReview(), id: service, service }));
  const { plan, layout } = multiServiceTablePlan(multiServiceSummary(rows), { sheet: names.overview, language: 'nb' });
  await workbook.write([plan]);
  await workbook.writeCharts([multiServiceLatestChart(layout)], 'nb');
}

describe('showCharts («Vis diagrammer»)', () => {
  it('brings the service’s total-over-time chart into view on its sheet, in one host call', async () => {
    const workbook = new MemoryWorkbook();
    const { data, charts } = sampleServiceCharts('nb', 3, names.charts);
    await workbook.write([{ sheet: 'Ark1', blocks: [{ row: 0, column: 0, values: [['x']] }] }, data]);
    await workbook.writeCharts(charts, 'nb');
    await workbook.activate('Ark1');
    workbook.resetCalls();
    const outcome = await showCharts(workbook, names);
    expect(outcome.shown).toBe('service');
    expect(outcome.sheet).toBe(names.charts);
    expect(workbook.calls.showChart).toBe(1);
    expect(workbook.activeSheet).toBe(names.charts);
    expect(workbook.selectedChart).toEqual({ sheet: names.charts, chartId: 'total-over-time' });
    expect(outcome.message.nb).toContain(names.charts);
    expect(outcome.message.en).toContain(names.charts);
  });

  it('shows the overview of all services when this service has no charts yet', async () => {
    const workbook = new MemoryWorkbook();
    await withOverview(workbook);
    workbook.resetCalls();
    const outcome = await showCharts(workbook, names);
    expect(outcome.shown).toBe('overview');
    expect(workbook.activeSheet).toBe(names.overview);
    expect(workbook.selectedChart).toEqual({ sheet: names.overview, chartId: 'multi-service-latest-totals' });
    expect(workbook.calls.showChart).toBe(2);
  });

  it('says there are no charts yet, in bokmål and English, and leaves the sheet in front alone', async () => {
    const workbook = new MemoryWorkbook();
    await workbook.write([{ sheet: 'Ark1', blocks: [{ row: 0, column: 0, values: [['x']] }] }]);
    const outcome = await showCharts(workbook, names);
    expect(outcome).toMatchObject({ shown: null, sheet: null });
    expect(outcome.message.nb).toMatch(/^Ingen diagrammer ennå/);
    expect(outcome.message.en).toMatch(/^No charts yet/);
    expect(workbook.activeSheet).toBe('Ark1');
    expect(workbook.selectedChart).toBeNull();
    expect(SHOW_CHARTS_LABEL).toEqual({ nb: 'Vis diagrammer', en: 'Show charts' });
  });
});
