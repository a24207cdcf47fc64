/**
 * The «Vurderingsplan» sheet: live native formulas over the history, computed by the preview's
 * engine (as Excel and Sheets compute them) and checked against the core's review plan; service
 * names stay data, whatever they hold.
 */
import { describe, expect, it } from 'vitest';
import { isoToSerial } from '../../../src/core/cycle/dates';
import { reviewPlan } from '../../../src/core/cycle/review-plan';
import {
  REVIEW_PLAN_COLUMNS as C,
  reviewPlanSheetPlan,
  reviewPlanSheetRows,
} from '../../../src/core/cycle/review-plan-sheet';
import { historyRowValues, type HistoryRow } from '../../../src/core/history/table';
import { isPlanFormula } from '../../../src/core/workbook/plan';
import { MemoryWorkbook } from '../../../src/preview/memory-workbook';
import { historyPlan, row } from './history-rows';

const HISTORY_SHEET = 'IPS-historikk';
const TODAY = '2025-12-01';

const HISTORY: HistoryRow[] = [
  row('n1', 'Nordby', 'Team 1', '2024-03-01', 70, 'baseline'),
  row('n2', 'Nordby', 'Team 1', '2024-08-31', 95),
  row('n3', 'Nordby', 'Team 1', '2025-02-28', 103),
  row('s1', 'Sørby', '', '2025-01-10', 80, 'baseline'),
  row('s2', 'Sørby', '', '2025-05-31', 99),
  // A corrected review: the later revision counts.
  row('s2', 'Sørby', '', '2025-05-31', 101, 'followUp', 1),
  row('e1', '=1+1', 'T', '2025-11-20', 90, 'baseline'),
  row('d1', '"); DROP', 'T', '2025-06-02', 88, 'baseline'),
  row('w1', 'A*', '?', '2025-06-01', 80, 'baseline'),
  row('w2', 'A-team', 'x', '2024-01-01', 120, 'baseline'),
  // No row marked baseline: the earliest review is the baseline.
  row('f2', 'Fjellby', 'B', '2025-06-10', 76),
  row('f1', 'Fjellby', 'B', '2025-04-01', 74),
];

function computed(language: 'nb' | 'en' = 'nb') {
  const workbook = new MemoryWorkbook({ today: () => isoToSerial(TODAY, 'today') });
  const plan = reviewPlanSheetPlan(HISTORY, { language, historySheet: HISTORY_SHEET });
  workbook.seed([historyPlan(HISTORY_SHEET, HISTORY), plan]);
  return { workbook, plan };
}

describe('the «Vurderingsplan» sheet', () => {
  it('computes, per service and team, the same plan as the core: baseline, last review, total, level, due date, days and status', () => {
    const { workbook, plan } = computed();
    const expected = reviewPlan(HISTORY, TODAY);
    const names = plan.blocks[0]!.values.slice(1);
    expect(names).toHaveLength(expected.length);
    names.forEach((cells, index) => {
      const sheetRow = index + 1;
      const entry = expected.find(
        (candidate) => candidate.service === cells[C.service] && candidate.team === cells[C.team],
      )!;
      expect(entry, String(cells[C.service])).toBeDefined();
      const shown = (column: number) => workbook.text('Vurderingsplan', sheetRow, column);
      expect(shown(C.baseline)).toBe(entry.baseline.date);
      expect(shown(C.last)).toBe(entry.last.date);
      expect(workbook.value('Vurderingsplan', sheetRow, C.total)).toBe(entry.lastTotal);
      expect(shown(C.level)).toBe(entry.lastLevel!.name.nb);
      expect(shown(C.nextDue)).toBe(entry.nextDue);
      expect(workbook.value('Vurderingsplan', sheetRow, C.daysLeft)).toBe(entry.daysUntilDue);
      expect(shown(C.status)).toBe(entry.statusText.nb);
    });
  });

  it('follows 6 months below 100 and 12 from 100, with EDATE month ends (31 August → 28 February)', () => {
    const { workbook, plan } = computed();
    const rowOf = (service: string) => plan.blocks[0]!.values.findIndex((cells) => cells[C.service] === service);
    expect(workbook.text('Vurderingsplan', rowOf('Nordby'), C.nextDue)).toBe('2026-02-28');
    expect(workbook.text('Vurderingsplan', rowOf('Sørby'), C.total)).toBe('101');
    expect(workbook.text('Vurderingsplan', rowOf('Sørby'), C.nextDue)).toBe('2026-05-31');
    expect(workbook.text('Vurderingsplan', rowOf('Fjellby'), C.baseline)).toBe('2025-04-01');
    expect(workbook.text('Vurderingsplan', rowOf('A-team'), C.status)).toBe('Forfalt for 334 dager siden');
  });

  it('keeps service names as literal text and never puts them in formula text', () => {
    const { workbook, plan } = computed();
    const values = plan.blocks[0]!.values;
    const formulas = values.flat().filter(isPlanFormula);
    expect(formulas.length).toBeGreaterThan(0);
    for (const name of ['=1+1', '"); DROP', 'A*']) {
      const index = values.findIndex((cells) => cells[C.service] === name);
      expect(index, name).toBeGreaterThan(0);
      expect(typeof values[index]![C.service]).toBe('string');
      expect(workbook.valueAt('Vurderingsplan', `A${index + 1}`)).toBe(name);
      expect(formulas.some((cell) => cell.formula.includes(name))).toBe(false);
    }
    // "A*" with team "?" matches only itself, not "A-team"/"x".
    const star = values.findIndex((cells) => cells[C.service] === 'A*');
    expect(workbook.text('Vurderingsplan', star, C.last)).toBe('2025-06-01');
    expect(workbook.value('Vurderingsplan', star, C.total)).toBe(80);
    const formulaText = values.findIndex((cells) => cells[C.service] === '=1+1');
    expect(workbook.text('Vurderingsplan', formulaText, C.status)).toBe('Forfaller om 170 dager');
    const drop = values.findIndex((cells) => cells[C.service] === '"); DROP');
    expect(workbook.text('Vurderingsplan', drop, C.nextDue)).toBe('2025-12-02');
    expect(workbook.text('Vurderingsplan', drop, C.status)).toBe('Forfaller om 1 dag');
  });

  it('stays live: a review appended to the history moves the last review, the total and the due date', async () => {
    const { workbook, plan } = computed('en');
    const at = plan.blocks[0]!.values.findIndex((cells) => cells[C.service] === 'Fjellby');
    expect(workbook.text('Review plan', at, C.status)).toBe('Due in 9 days');
    expect(workbook.text('Review plan', at, C.level)).toBe('Acceptable fidelity');
    const added = row('f3', 'Fjellby', 'B', '2025-11-30', 100);
    await workbook.write([
      {
        sheet: HISTORY_SHEET,
        blocks: [{ row: HISTORY.length + 1, column: 0, values: [historyRowValues(added, 'nb')] }],
      },
    ]);
    expect(workbook.text('Review plan', at, C.last)).toBe('2025-11-30');
    expect(workbook.text('Review plan', at, C.level)).toBe('Good fidelity');
    expect(workbook.text('Review plan', at, C.nextDue)).toBe('2026-11-30');
    expect(workbook.text('Review plan', at, C.status)).toBe('Due in 364 days');
  });

  it('keeps the rows already on the sheet in their place and adds new services below', () => {
    const existing = [['Tjeneste'], ['Sørby', ''], ['Gone', 'x'], ['Nordby', 'Team 1']];
    const rows = reviewPlanSheetRows(HISTORY, existing);
    expect(rows.slice(0, 3).map((entry) => entry.service)).toEqual(['Sørby', 'Gone', 'Nordby']);
    expect(rows).toHaveLength(reviewPlan(HISTORY, TODAY).length + 1);
  });
});
