/**
 * The one decision «write the score sheet wired, or plain» (core/sheets/wired-score-sheet.ts),
 * which the pane's save and the input tables' «wire the score sheet» both ask.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { wiredItemIds } from '../../../src/core/inputs/wiring';
import { newReview } from '../../../src/core/review/model';
import {
  COLUMNS,
  followComputedFormula,
  scoreSheetLayout,
  scoreSheetPlan,
  type ScoreSheetWiring,
} from '../../../src/core/sheets/score-sheet';
import {
  mergeCapacity,
  scoreSheetWiring,
  wiredScoreSheetPlan,
  type WiredScoreSheetRequest,
} from '../../../src/core/sheets/wired-score-sheet';
import { planCellText, type SheetPlan } from '../../../src/core/workbook/plan';

const SHEET = 'IPS Team Sør 2025-05-01';
const review = newReview({
  id: 'd1',
  service: 'Fiktiv',
  team: 'Team Sør',
  date: '2025-05-01',
  raters: [{ id: 'r1', name: 'Ola' }],
});
const layout = scoreSheetLayout();
const WIRED = wiredItemIds();

/** A plan's cells as a host reads its formula text back. */
function cellsOf(plan: SheetPlan): CellValue[][] {
  return plan.blocks[0]!.values.map((row) => row.map((value) => planCellText(value) as CellValue));
}

const plainCells = cellsOf(scoreSheetPlan(review, { sheet: SHEET, language: 'nb' }));
const wiredCells = (wiring: ScoreSheetWiring = { host: 'excel' }) =>
  cellsOf(scoreSheetPlan(review, { sheet: SHEET, language: 'nb', wiring }));

const request = (change: Partial<WiredScoreSheetRequest>): WiredScoreSheetRequest => ({
  review,
  sheet: SHEET,
  language: 'nb',
  host: 'excel',
  formulas: plainCells,
  shown: [],
  wire: 'ifWired',
  ...change,
});

describe('wiredScoreSheetPlan', () => {
  it('saves a plain sheet plain, and wires it only when asked to', () => {
    expect(scoreSheetWiring(request({}))).toBeUndefined();
    expect(scoreSheetWiring(request({ formulas: null }))).toBeUndefined();
    const { plan, wiring } = wiredScoreSheetPlan(request({ wire: 'always' }));
    expect(wiring).toEqual({ host: 'excel', follow: [] });
    // A wired item's consensus cell without a consensus follows the computed score.
    const row = layout.itemRows[WIRED[0]!]!;
    expect(planCellText(plan.blocks[0]!.values[row]![COLUMNS.score]!)).toBe(followComputedFormula(row));
  });

  it('keeps a wired sheet wired, and every consensus that still follows the computed score', () => {
    const { wiring } = wiredScoreSheetPlan(request({ formulas: wiredCells() }));
    expect(wiring).toEqual({ host: 'excel', follow: WIRED });
    // An evaluator's consensus (not the computed score shown) stops following.
    const changed = {
      ...review,
      items: { ...review.items, [WIRED[0]!]: { ...review.items[WIRED[0]!]!, consensus: 3 as const } },
    };
    expect(scoreSheetWiring(request({ review: changed, formulas: wiredCells() }))!.follow).toEqual(WIRED.slice(1));
  });

  it('keeps a sheet that was wired when opened wired, though the read misses the computed columns', () => {
    expect(scoreSheetWiring(request({ wasWired: true }))).toEqual({ host: 'excel', follow: [] });
  });

  it('writes Google Sheets syntax in Sheets and Excel syntax in every other host', () => {
    expect(scoreSheetWiring(request({ wire: 'always', host: 'sheets' }))!.host).toBe('sheets');
    expect(scoreSheetWiring(request({ wire: 'always', host: 'preview' }))!.host).toBe('excel');
  });

  it('reaches the rows learnt this session and those the formulas reach, per table the larger', () => {
    const formulas = wiredCells({ host: 'excel', capacity: { jobs: 11_000, staff: 3000 } });
    const wiring = scoreSheetWiring(request({ formulas, capacity: { jobs: 5000, caseload: 4000 } }));
    expect(wiring!.capacity).toEqual({ jobs: 11_000, staff: 3000, caseload: 4000 });
    expect(mergeCapacity({ jobs: 3000, staff: 5000 }, { jobs: 11_000, staff: 4000 })).toEqual({
      jobs: 11_000,
      staff: 5000,
    });
  });
});
