/**
 * Saving a review whose score sheet is wired to the input tables (state.ts: the `wired` sheet
 * remembered by openReview, and wiredScoreSheetPlan as the save asks it): the consensus cells that follow the computed score
 * stay formulas, so the save does not ask to overwrite them with the numbers they showed. The
 * sheet lives in the preview's MemoryWorkbook, which computes the wired cells.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { INPUT_TABLES, JOBS_TABLE, rowsBlock, tableSheetPlan, type TypedValue } from '../../../src/core/inputs/tables';
import { wiredItemIds } from '../../../src/core/inputs/wiring';
import { newReview, type Review } from '../../../src/core/review/model';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import type { Score } from '../../../src/core/scale/types';
import { findConflicts, planCellText, type SheetPlan } from '../../../src/core/workbook/plan';
import {
  COLUMNS,
  followComputedFormula,
  readScoreSheet,
  scoreSheetLayout,
  scoreSheetPlan,
} from '../../../src/core/sheets/score-sheet';
import { MemoryWorkbook } from '../../../src/preview/memory-workbook';
import { wiredScoreSheetPlan } from '../../../src/core/sheets/wired-score-sheet';
import { initialState, openedWired, reduce, totalsView, type AppState } from '../../../src/ui/state';
import { fullTables } from '../../core/inputs/full-tables';

const SHEET = 'IPS Team Nord 2025-03-01';
const ITEMS = DEFAULT_SCALE.items;
const WIRED = wiredItemIds();
const layout = scoreSheetLayout();
const JUDGEMENT: Score = 4;

/** The input tables filled (every wired item computes) and a review's score sheet wired to them. */
async function wiredWorkbook(withoutJobs = false): Promise<{ workbook: MemoryWorkbook; review: Review }> {
  const workbook = new MemoryWorkbook();
  const review = newReview({
    id: 'w1',
    service: 'Fiktiv Organisasjon',
    team: 'Team Nord',
    date: '2025-03-01',
    raters: [{ id: 'r1', name: 'Kari' }],
  });
  for (const item of ITEMS) if (!WIRED.includes(item.id)) review.items[item.id]!.consensus = JUDGEMENT;
  const data = fullTables();
  await workbook.write([
    ...INPUT_TABLES.map((table): SheetPlan => {
      const plan = tableSheetPlan(table, 'nb');
      const rows = (
        (withoutJobs && table.id === 'jobs' ? [] : (data[table.id] ?? [])) as Readonly<Record<string, TypedValue>>[]
      ).map((values) => ({ values }));
      return rows.length === 0
        ? plan
        : { ...plan, blocks: [...plan.blocks, rowsBlock(table, rows, 'nb', { dates: 'serial' })] };
    }),
    scoreSheetPlan(review, { sheet: SHEET, language: 'nb', wiring: { host: 'excel' } }),
  ]);
  return { workbook, review };
}

/** The pane opening the sheet: its values read, the review read from them. */
async function open(workbook: MemoryWorkbook): Promise<{ state: AppState; values: CellValue[][] }> {
  const values = (await workbook.readSheet(SHEET))!;
  const review = readScoreSheet(values)!;
  const state = reduce(initialState({ language: 'nb', today: '2025-03-01' }), {
    type: 'openReview',
    review,
    sheet: SHEET,
    isNew: false,
    values,
  });
  return { state, values };
}

/** What the pane's save does: one readTargets, the wiring from it, the plan, its conflicts. */
async function planSave(
  workbook: MemoryWorkbook,
  state: AppState,
  host: MemoryWorkbook['host'] | 'sheets' = workbook.host,
) {
  const review = state.review!;
  const options = { sheet: SHEET, language: 'nb' as const };
  const [formulas] = await workbook.readTargets([scoreSheetPlan(review, options)]);
  const opened = openedWired(state);
  const { plan, wiring } = wiredScoreSheetPlan({
    ...options,
    review,
    host,
    formulas: formulas ?? null,
    shown: opened?.values ?? [],
    wasWired: opened !== null,
    wire: 'ifWired',
  });
  return { wiring, plan, conflicts: findConflicts(plan, formulas ?? null) };
}

/** A consensus cell as the host reads it back: a formula as its text. */
const scoreCell = (plan: SheetPlan, itemId: string) =>
  planCellText(plan.blocks[0]!.values[layout.itemRows[itemId]!]![COLUMNS.score]!);

describe('saving a wired score sheet', () => {
  it('remembers a wired sheet when it is opened, and forgets it on the start screen', async () => {
    const { workbook } = await wiredWorkbook();
    const { state, values } = await open(workbook);
    expect(state.wired).toEqual({ sheet: SHEET, values });
    expect(reduce(state, { type: 'backToStart' }).wired).toBeNull();
    // A plain score sheet, or a new review, is not wired.
    const plain = new MemoryWorkbook();
    await plain.write([scoreSheetPlan(state.review!, { sheet: SHEET, language: 'nb' })]);
    const plainValues = (await plain.readSheet(SHEET))!;
    expect(
      reduce(state, {
        type: 'openReview',
        review: readScoreSheet(plainValues)!,
        sheet: SHEET,
        isNew: false,
        values: plainValues,
      }).wired,
    ).toBeNull();
    expect(reduce(state, { type: 'openReview', review: state.review!, sheet: 'Ny', isNew: true }).wired).toBeNull();
  });

  it('keeps every following consensus a formula: nothing to ask, and the sheet still computes', async () => {
    const { workbook } = await wiredWorkbook();
    const { state } = await open(workbook);
    // Read back, the following cells are the computed scores (numbers, as any other consensus).
    for (const itemId of WIRED) expect(typeof state.review!.items[itemId]!.consensus, itemId).toBe('number');
    const { wiring, plan, conflicts } = await planSave(workbook, state);
    expect(wiring).toEqual({ host: 'excel', follow: WIRED.filter((id) => ITEMS.some((item) => item.id === id)) });
    expect(conflicts).toEqual([]);
    for (const itemId of WIRED)
      expect(scoreCell(plan, itemId), itemId).toBe(followComputedFormula(layout.itemRows[itemId]!));
    const total = workbook.valueAt(SHEET, layout.totalCell);
    await workbook.write([plan]);
    expect(workbook.valueAt(SHEET, layout.totalCell)).toBe(total);

    // Without the wiring the save would ask to overwrite every following formula with its number.
    const plain = findConflicts(
      scoreSheetPlan(state.review!, { sheet: SHEET, language: 'nb' }),
      (await workbook.readTargets([plan]))[0]!,
    );
    expect(plain.map((conflict) => conflict.address).sort()).toEqual(
      WIRED.map((id) => `D${layout.itemRows[id]! + 1}`).sort(),
    );
  });

  it('writes the consensus an evaluator changed, and only that cell is a conflict', async () => {
    const { workbook } = await wiredWorkbook();
    const opened = (await open(workbook)).state;
    const itemId = WIRED[0]!;
    const shown = opened.review!.items[itemId]!.consensus!;
    const changed = (shown === 5 ? 4 : 5) as Score;
    const state = reduce(opened, { type: 'setConsensus', itemId, score: changed });
    const { wiring, plan, conflicts } = await planSave(workbook, state);
    expect(wiring!.follow).not.toContain(itemId);
    expect(wiring!.follow).toHaveLength(WIRED.length - 1);
    expect(scoreCell(plan, itemId)).toBe(changed);
    expect(conflicts.map((conflict) => [conflict.address, conflict.planned])).toEqual([
      [`D${layout.itemRows[itemId]! + 1}`, changed],
    ]);
  });

  it('keeps following when the tables changed after the sheet was opened', async () => {
    const { workbook } = await wiredWorkbook();
    const { state } = await open(workbook);
    // Other jobs: none competitive now. The computed score changes; the review holds the one shown when opened.
    const competitive = JOBS_TABLE.columns.findIndex((column) => column.id === 'competitive');
    for (let row = 2; row < workbook.usedSize('Jobber').rows; row++)
      workbook.setCell('Jobber', row, competitive, 'nei');
    const now = readScoreSheet((await workbook.readSheet(SHEET))!)!;
    expect(WIRED.some((id) => now.items[id]!.consensus !== state.review!.items[id]!.consensus)).toBe(true);
    const { wiring, conflicts } = await planSave(workbook, state);
    expect(wiring!.follow).toHaveLength(WIRED.length);
    expect(conflicts).toEqual([]);
  });

  it('sees a sheet wired after it was opened, and uses the host syntax of the workbook', async () => {
    const { workbook, review } = await wiredWorkbook();
    // Opened before the wiring: not remembered; the review's wired items have no consensus.
    const state = reduce(initialState({ language: 'nb' }), { type: 'openReview', review, sheet: SHEET, isNew: false });
    expect(state.wired).toBeNull();
    const { wiring, conflicts } = await planSave(workbook, state);
    expect(wiring).toEqual({ host: 'excel', follow: WIRED });
    expect(conflicts).toEqual([]);
    expect((await planSave(workbook, state, 'sheets')).wiring!.host).toBe('sheets');
    // A plain sheet is saved plain.
    const plain = new MemoryWorkbook();
    await plain.write([scoreSheetPlan(review, { sheet: SHEET, language: 'nb' })]);
    expect((await planSave(plain, state)).wiring).toBeUndefined();
  });

  it('takes over the following consensus scores when the sheet is read again after an import, never a typed one', async () => {
    const { workbook } = await wiredWorkbook(true);
    let { state } = await open(workbook);
    const jobItems = ['services.job_diversity', 'services.employer_diversity', 'services.competitive_jobs'];
    // No job rows yet: the job items compute nothing, and the pane and sheet say 3 are missing.
    expect(totalsView(state.review!, 'nb')).toMatchObject({ complete: false, scored: ITEMS.length - 3 });
    expect((await workbook.readSheet(SHEET))![5]![2]).toBe('Mangler 3 av 25');
    // An evaluator sets one wired item's consensus in the pane (not saved): it must stay.
    const typed = WIRED.find((id) => !jobItems.includes(id))!;
    const shown = state.review!.items[typed]!.consensus!;
    const mine: Score = shown === 1 ? 2 : 1;
    state = reduce(state, { type: 'setConsensus', itemId: typed, score: mine });
    // The input-tables view imports the job rows.
    const data = fullTables();
    const rows = ((data.jobs ?? []) as Readonly<Record<string, TypedValue>>[]).map((values) => ({ values }));
    await workbook.write([{ sheet: 'Jobber', blocks: [rowsBlock(JOBS_TABLE, rows, 'nb', { dates: 'serial' })] }]);
    const values = (await workbook.readSheet(SHEET))!;
    const sheetTotal = values[5]![2];
    expect(typeof sheetTotal).toBe('number');
    const dirty = state.dirty;
    state = reduce(state, { type: 'scoreSheetRead', sheet: SHEET, values });
    expect(state.wired).toEqual({ sheet: SHEET, values });
    expect(state.dirty).toBe(dirty);
    expect(state.review!.items[typed]!.consensus).toBe(mine);
    const read = readScoreSheet(values)!;
    for (const id of jobItems) expect(state.review!.items[id]!.consensus, id).toBe(read.items[id]!.consensus);
    // Without the typed change the pane's total is the sheet's.
    const view = totalsView(reduce(state, { type: 'setConsensus', itemId: typed, score: shown }).review!, 'nb');
    expect(view).toMatchObject({ complete: true, total: sheetTotal });
    // Saving afterwards keeps the job items following (no question about their cells).
    const { wiring } = await planSave(workbook, state);
    for (const id of jobItems) expect(wiring!.follow, id).toContain(id);
    expect(wiring!.follow).not.toContain(typed);
    // Another sheet, or a plain one, changes nothing.
    expect(reduce(state, { type: 'scoreSheetRead', sheet: 'Annet', values })).toBe(state);
    expect(reduce(state, { type: 'scoreSheetRead', sheet: SHEET, values: null })).toBe(state);
  });

  it("keeps an extended table's ranges when the wired sheet is saved", async () => {
    const { workbook, review } = await wiredWorkbook();
    await workbook.write([
      scoreSheetPlan(review, { sheet: SHEET, language: 'nb', wiring: { host: 'excel', capacity: { jobs: 11_000 } } }),
    ]);
    const { state } = await open(workbook);
    const { wiring, conflicts } = await planSave(workbook, state);
    expect(wiring!.capacity).toEqual({ jobs: 11_000 });
    expect(conflicts).toEqual([]);
  });
});
