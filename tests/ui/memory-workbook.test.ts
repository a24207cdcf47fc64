import { describe, expect, it, vi } from 'vitest';
import { SheetError } from '../../src/preview/engine/values';
import {
  INPUT_TABLES,
  rowsBlock,
  tableSheetPlan,
  type TableCapacity,
  type TypedValue,
} from '../../src/core/inputs/tables';
import { wiredItemIds, type TableData } from '../../src/core/inputs/wiring';
import { expectedItem } from '../shared/expected-items';
import { newReview } from '../../src/core/review/model';
import { formatValue, serialToDate } from '../../src/preview/number-format';
import { fullTables } from '../core/inputs/full-tables';
import { sampleReview, SAMPLE_SCORES } from '../../src/core/review/sample';
import {
  readScoreSheet,
  scoreSheetLayout,
  scoreSheetPlan,
  HEADER_ROWS,
  COLUMNS,
} from '../../src/core/sheets/score-sheet';
import { cellAddress, formula, type SheetPlan } from '../../src/core/workbook/plan';
import { writeWithConsent } from '../../src/core/workbook/workbook';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';
import { levelName } from '../../src/core/totals';
import { MemoryWorkbook, parseTyped, passesValidation } from '../../src/preview/memory-workbook';
import { DATA_SHEET, sampleServiceCharts } from '../excel/chart-fixture';

const SHEET = 'IPS IPS-teamet 2025-06-07';
const layout = scoreSheetLayout();
const ITEMS = DEFAULT_SCALE.items;
const totalAt = (workbook: MemoryWorkbook, sheet = SHEET) => workbook.valueAt(sheet, layout.totalCell);
const levelAt = (workbook: MemoryWorkbook, sheet = SHEET) => workbook.valueAt(sheet, layout.levelCell);

describe('MemoryWorkbook', () => {
  it('computes the sample score sheet like a spreadsheet: 103, «God kvalitet»', async () => {
    const workbook = new MemoryWorkbook();
    await workbook.write([scoreSheetPlan(sampleReview(), { sheet: SHEET, language: 'nb' })]);
    expect(totalAt(workbook)).toBe(103);
    expect(levelAt(workbook)).toBe('God kvalitet');
    expect(levelAt(workbook)).toBe(levelName(103, 'nb'));
    // The total row below the items refers to the header total.
    expect(workbook.value(SHEET, layout.totalRow, COLUMNS.score)).toBe(103);
  });

  it('computes section subtotals and means', async () => {
    const workbook = new MemoryWorkbook();
    await workbook.write([scoreSheetPlan(sampleReview(), { sheet: SHEET, language: 'en' })]);
    const values = (await workbook.readSheet(SHEET))!;
    const rows = values.filter(
      (row) =>
        DEFAULT_SCALE.sections.some((section) => row[COLUMNS.name] === section.name.en) &&
        typeof row[COLUMNS.score] === 'number',
    );
    const sums = rows.map((row) => row[COLUMNS.score]);
    const scores = [...SAMPLE_SCORES];
    const sizes = DEFAULT_SCALE.sections.map(
      (section) => DEFAULT_SCALE.items.filter((item) => item.sectionId === section.id).length,
    );
    let start = 0;
    const expected = sizes.map((size) => {
      const part = scores.slice(start, start + size);
      start += size;
      return part.reduce((a, b) => a + b, 0);
    });
    expect(sums).toEqual(expected);
    expect(rows.map((row) => row[COLUMNS.comments])).toEqual(
      expected.map((sum, i) => Math.round((sum / sizes[i]!) * 100) / 100),
    );
    expect(levelAt(workbook)).toBe('Good fidelity');
  });

  it('shows what is missing instead of a total when items are unscored', async () => {
    const review = sampleReview();
    const [first, second] = DEFAULT_SCALE.items;
    review.items[first!.id]!.consensus = null;
    review.items[second!.id]!.consensus = null;
    const workbook = new MemoryWorkbook();
    await workbook.write([scoreSheetPlan(review, { sheet: SHEET, language: 'nb' })]);
    expect(totalAt(workbook)).toBe('Mangler 2 av 25');
    expect(levelAt(workbook)).toBe('');
  });

  it('recomputes after an edit, and a bad edit shows an error value, not a crash', async () => {
    const workbook = new MemoryWorkbook();
    workbook.seed([scoreSheetPlan(sampleReview(), { sheet: SHEET, language: 'nb' })]);
    const firstScore = cellAddress(layout.firstScoreRow, COLUMNS.score);
    workbook.setCellAt(SHEET, firstScore, 1); // 5 → 1
    expect(totalAt(workbook)).toBe(99);
    expect(levelAt(workbook)).toBe('Godkjent kvalitet');
    workbook.setCellAt(SHEET, 'Z1', '=1/0');
    expect(workbook.valueAt(SHEET, 'Z1')).toBe('#DIV/0!');
    workbook.setCellAt(SHEET, 'Z2', '=Z2+1');
    expect(workbook.valueAt(SHEET, 'Z2')).toBe('#REF!');
    workbook.setCellAt(SHEET, 'Z3', '=SUM(');
    expect(workbook.valueAt(SHEET, 'Z3')).toBe('#NAME?');
  });

  it('readSheet gives values, readTargets gives formulas, over the plan bounds', async () => {
    const workbook = new MemoryWorkbook();
    const plan = scoreSheetPlan(sampleReview(), { sheet: SHEET, language: 'nb' });
    expect(await workbook.readTargets([plan])).toEqual([null]);
    expect(await workbook.readSheet(SHEET)).toBeNull();
    await workbook.write([plan]);
    const [targets] = await workbook.readTargets([plan]);
    const values = (await workbook.readSheet(SHEET))!;
    const totalFormula = targets![HEADER_ROWS.total]![2];
    expect(typeof totalFormula === 'string' && totalFormula.startsWith('=IF(COUNT(')).toBe(true);
    expect(values[HEADER_ROWS.total]![2]).toBe(103);
    expect(values[HEADER_ROWS.site]![2]).toBe('Fiktiv Organisasjon');
    expect(values.every((row) => row.length === values[0]!.length)).toBe(true);
  });

  it('round-trips a review through the sheet', async () => {
    const workbook = new MemoryWorkbook();
    const review = sampleReview();
    review.items[DEFAULT_SCALE.items[0]!.id]!.raterScores = { r1: 4, r2: 5, r3: 5 };
    await workbook.write([scoreSheetPlan(review, { sheet: SHEET, language: 'nb' })]);
    const back = readScoreSheet((await workbook.readSheet(SHEET))!)!;
    expect(back.service).toBe(review.service);
    expect(back.date).toBe(review.date);
    expect(back.raters.map((rater) => rater.name)).toEqual(review.raters.map((rater) => rater.name));
    expect(DEFAULT_SCALE.items.map((item) => back.items[item.id]!.consensus)).toEqual([...SAMPLE_SCORES]);
    expect(back.items[DEFAULT_SCALE.items[0]!.id]!.raterScores).toEqual({ r1: 4, r2: 5, r3: 5 });
  });

  it('records formats, validations, widths, frozen rows and hidden columns', async () => {
    const workbook = new MemoryWorkbook();
    const plan = scoreSheetPlan(sampleReview(), { sheet: SHEET, language: 'nb' });
    await workbook.write([plan]);
    const sheet = workbook.sheet(SHEET)!;
    expect(sheet.formats).toEqual(plan.formats);
    expect(sheet.validations).toEqual(plan.validations);
    expect(sheet.columnWidths).toEqual(plan.columnWidths);
    expect(sheet.frozenRows).toBe(plan.frozenRows);
    expect(sheet.hiddenColumns).toEqual([COLUMNS.itemId]);
    expect(workbook.formatAt(SHEET, HEADER_ROWS.title, 0)).toMatchObject({ bold: true, fontSize: 14 });
    expect(workbook.validationAt(SHEET, layout.firstScoreRow, COLUMNS.score)?.rule).toMatchObject({
      type: 'wholeNumber',
      min: 1,
      max: 5,
    });
    // Writing again replaces the validation on the same range instead of stacking it.
    await workbook.write([plan]);
    expect(workbook.sheet(SHEET)!.validations).toHaveLength(plan.validations!.length);
  });

  it('null in a plan leaves a cell; "" clears it', async () => {
    const workbook = new MemoryWorkbook();
    const plan = (values: (string | number | null)[][]): SheetPlan => ({
      sheet: 'S',
      blocks: [{ row: 0, column: 0, values }],
    });
    await workbook.write([plan([[1, 2, 3]])]);
    await workbook.write([plan([[null, '', 9]])]);
    expect((await workbook.readSheet('S'))![0]).toEqual([1, '', 9]);
  });

  it('counts one round trip per call, and writeWithConsent takes one read and one write', async () => {
    const workbook = new MemoryWorkbook();
    const plan = scoreSheetPlan(sampleReview(), { sheet: SHEET, language: 'nb' });
    const first = await writeWithConsent(workbook, [plan], async () => {
      throw new Error('no conflicts expected');
    });
    expect(first).toEqual({ written: true, conflicts: [] });
    expect(workbook.calls).toMatchObject({ readTargets: 1, write: 1, readSheet: 0 });

    // Unchanged: nothing to ask. Changed by a user: asked, and declining writes nothing.
    workbook.resetCalls();
    await writeWithConsent(workbook, [plan], async () => false);
    expect(workbook.calls).toMatchObject({ readTargets: 1, write: 1 });
    workbook.setCellAt(SHEET, 'E11', 'typed in the sheet');
    workbook.resetCalls();
    const asked: string[] = [];
    const declined = await writeWithConsent(workbook, [plan], async (conflicts) => {
      asked.push(...conflicts.map((conflict) => `${conflict.address}=${String(conflict.existing)}`));
      return false;
    });
    expect(declined.written).toBe(false);
    expect(asked).toEqual(['E11=typed in the sheet']);
    expect(workbook.calls).toMatchObject({ readTargets: 1, write: 0 });
    expect(workbook.rawAt(SHEET, 'E11')).toBe('typed in the sheet');
  });

  it('lists and activates sheets, and reports host failures as rejections', async () => {
    const workbook = new MemoryWorkbook();
    const events: string[] = [];
    workbook.subscribe((event) => events.push(event.type));
    await workbook.write([
      { sheet: 'A', blocks: [{ row: 0, column: 0, values: [[1]] }] },
      { sheet: 'B', blocks: [] },
    ]);
    expect(await workbook.listSheets()).toEqual(['A', 'B']);
    await workbook.activate('B');
    expect(workbook.activeSheet).toBe('B');
    await expect(workbook.activate('C')).rejects.toThrow('does not exist');
    workbook.failNext('write', new Error('The workbook is protected.'));
    await expect(workbook.write([])).rejects.toThrow('protected');
    await expect(workbook.write([])).resolves.toBeUndefined();
    expect(events).toEqual(['write', 'activate', 'write']);
    expect(workbook.calls).toMatchObject({ listSheets: 1, activate: 2, write: 3 });
  });

  it('simulates host latency', async () => {
    const workbook = new MemoryWorkbook({ latencyMs: 20 });
    const started = performance.now();
    await workbook.listSheets();
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
  });

  it('parses typed cell input', () => {
    expect(parseTyped('=A1+1')).toBe('=A1+1');
    expect(parseTyped('4')).toBe(4);
    expect(parseTyped('0,5')).toBe(0.5);
    expect(parseTyped('true')).toBe(true);
    expect(parseTyped('hello')).toBe('hello');
    expect(parseTyped('')).toBeNull();
  });

  it('reads several sheets in one call, null for a missing one', async () => {
    const workbook = new MemoryWorkbook();
    workbook.seed([
      { sheet: 'A', blocks: [{ row: 0, column: 0, values: [[1, formula('=A1+1')]] }] },
      { sheet: 'B', blocks: [] },
    ]);
    expect(await workbook.readSheets(['A', 'Nope', 'B'])).toEqual([[[1, 2]], null, []]);
    expect(workbook.calls).toMatchObject({ readSheets: 1, readSheet: 0 });
  });

  it('keeps charts per sheet, replacing by id, in one call; heat maps replace the heat map they meet', async () => {
    const workbook = new MemoryWorkbook();
    const events: string[] = [];
    workbook.subscribe((event) => events.push(event.type));
    const two = sampleServiceCharts('nb', 2);
    await workbook.write([two.data]);
    await workbook.writeCharts(two.charts);
    expect(workbook.calls).toMatchObject({ write: 1, writeCharts: 1 });
    expect(workbook.chartsOf(DATA_SHEET).map((plan) => plan.id)).toEqual([
      'total-over-time',
      'section-means-over-time',
      'service-item-heatmap',
    ]);
    expect(workbook.sheet(DATA_SHEET)!.charts.every((chart) => chart.language === 'nb')).toBe(true);

    const three = sampleServiceCharts('nb', 3);
    await workbook.write([three.data]);
    // A heat map under another id over the same cells replaces it too.
    await workbook.writeCharts([...three.charts.slice(0, 2), { ...three.charts[2]!, id: 'renamed-heatmap' }], 'en');
    expect(workbook.chartsOf(DATA_SHEET).map((plan) => plan.id)).toEqual([
      'total-over-time',
      'section-means-over-time',
      'renamed-heatmap',
    ]);
    expect(workbook.chartsOf(DATA_SHEET)[0]).toBe(three.charts[0]);
    expect(workbook.sheet(DATA_SHEET)!.charts[0]!.language).toBe('en');
    expect(events).toEqual(['write', 'charts', 'write', 'charts']);

    // On a placement sheet that does not exist yet: it is added.
    await workbook.writeCharts([
      { ...three.charts[0]!, placement: { sheet: 'Diagrammer', row: 0, column: 0, width: 400, height: 200 } },
    ]);
    expect(workbook.chartsOf('Diagrammer').map((plan) => plan.id)).toEqual(['total-over-time']);
    expect(workbook.chartsOf(DATA_SHEET)).toHaveLength(3);

    await expect(workbook.writeCharts([{ ...three.charts[0]!, sourceSheet: 'Nope' }])).rejects.toThrow(
      'there is no sheet named "Nope"',
    );
    expect(workbook.calls.writeCharts).toBe(4);
  });

  it('replaces only the heat maps it made: a colour scale of the user’s own on the same cells stays', async () => {
    const workbook = new MemoryWorkbook();
    const two = sampleServiceCharts('nb', 2);
    await workbook.write([two.data]);
    await workbook.writeCharts(two.charts);
    const heat = two.charts[2]!;
    const own = {
      ...heat,
      id: 'my-own-scale',
      heatmap: {
        range: heat.heatmap!.range,
        colorScale: { min: { value: 0, color: '#FFFFFF' }, max: { value: 5, color: '#57BB8A' } },
      },
    };
    workbook.sheet(DATA_SHEET)!.charts.push({ plan: own, language: 'nb' });

    const three = sampleServiceCharts('nb', 3);
    await workbook.write([three.data]);
    await workbook.writeCharts(three.charts);
    expect(workbook.chartsOf(DATA_SHEET).map((plan) => plan.id)).toEqual([
      'my-own-scale',
      'total-over-time',
      'section-means-over-time',
      'service-item-heatmap',
    ]);
    expect(workbook.chartsOf(DATA_SHEET).at(-1)!.heatmap!.range).toEqual(three.charts[2]!.heatmap!.range);
  });

  it('judges the validation rules, decimal and date included', async () => {
    const decimal = { type: 'decimal', min: 0, max: 1, message: 'm' } as const;
    expect([0, 0.5, 1, 1.5, -1, 'x', null, '=A1'].map((value) => passesValidation(decimal, value))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      true,
      true,
    ]);
    expect(passesValidation({ type: 'decimal', min: 2, message: 'm' }, 100)).toBe(true);
    expect(passesValidation({ type: 'decimal', message: 'm' }, 'abc')).toBe(false);
    const date = { type: 'date', message: 'd' } as const;
    expect(
      ['2025-06-07', '7.6.2025', '2025-02-30', 'i går', 45000, 0, true].map((value) => passesValidation(date, value)),
    ).toEqual([true, true, false, false, true, false, false]);
    expect(passesValidation({ type: 'wholeNumber', min: 1, max: 5, message: 'w' }, 4.5)).toBe(false);
    expect(passesValidation({ type: 'list', values: ['Ja', 'Nei'], message: 'l' }, 'ja')).toBe(true);

    const workbook = new MemoryWorkbook();
    workbook.seed([
      { sheet: 'V', blocks: [], validations: [{ range: { row: 0, column: 0, rows: 2, columns: 1 }, rule: date }] },
    ]);
    expect(workbook.validate('V', 0, 0, 'snart')).toBe('d');
    expect(workbook.validate('V', 1, 0, '2025-01-01')).toBeNull();
    expect(workbook.validate('V', 5, 0, 'snart')).toBeNull();
  });

  it('computes the wired score cells (IPS.* over the input tables) with the formula engine: no #NAME?', async () => {
    const workbook = new MemoryWorkbook();
    const data = fullTables();
    await workbook.write([
      ...tablePlans(data),
      scoreSheetPlan(judgedReview(), { sheet: SHEET, language: 'nb', wiring: { host: 'excel' } }),
    ]);
    for (const itemId of wiredItemIds()) {
      const { outcome } = expectedItem(itemId, data, 'nb');
      expect(workbook.value(SHEET, layout.itemRows[itemId]!, COLUMNS.computed), itemId).toBe(
        outcome.ok ? outcome.value : null,
      );
      // The consensus follows it.
      expect(workbook.value(SHEET, layout.itemRows[itemId]!, COLUMNS.score), itemId).toBe(
        outcome.ok ? outcome.value : null,
      );
    }
    expect(typeof totalAt(workbook)).toBe('number');
  });

  it('caches computed values: an edited cell recomputes the formulas that read it, a written plan its sheet and the sheets reading it', async () => {
    const workbook = new MemoryWorkbook();
    await workbook.write([
      ...tablePlans(fullTables()),
      scoreSheetPlan(judgedReview(), { sheet: SHEET, language: 'nb', wiring: { host: 'excel' } }),
    ]);
    await workbook.readSheet(SHEET);
    const total = totalAt(workbook);
    // Read again: nothing is evaluated.
    const evaluated = workbook.engine.evaluations;
    await workbook.readSheet(SHEET);
    expect(workbook.engine.evaluations).toBe(evaluated);
    const version = workbook.version(SHEET);

    // A consensus typed into the score sheet: the total, level and section sums compute again, the
    // wired cells (and the tables they read) do not.
    const raw = vi.spyOn(workbook, 'raw');
    const judged = ITEMS.find((item) => !wiredItemIds().includes(item.id))!;
    workbook.setCell(SHEET, layout.itemRows[judged.id]!, COLUMNS.score, 1);
    expect(workbook.version(SHEET)).toBe(version + 1);
    expect(totalAt(workbook)).toBe((total as number) - 3);
    await workbook.readSheet(SHEET);
    expect(raw.mock.calls.filter(([sheet]) => sheet !== SHEET)).toEqual([]);
    expect(workbook.engine.evaluations - evaluated).toBeGreaterThan(0);
    expect(workbook.engine.evaluations - evaluated).toBeLessThan(20);

    // A plan written to the score sheet: the whole sheet computes again (the table ranges stay cached).
    raw.mockClear();
    await workbook.write([
      { sheet: SHEET, blocks: [{ row: layout.itemRows[judged.id]!, column: COLUMNS.score, values: [[4]] }] },
    ]);
    expect(totalAt(workbook)).toBe(total);
    await workbook.readSheet(SHEET);
    expect(raw.mock.calls.some(([sheet]) => sheet === 'Jobber')).toBe(false);

    // An edit in a table: the score sheet reading it computes again.
    raw.mockClear();
    const jobs = INPUT_TABLES.find((table) => table.id === 'jobs')!;
    const competitive = jobs.columns.findIndex((column) => column.id === 'competitive');
    const row = layout.itemRows['services.competitive_jobs']!;
    const before = workbook.value(SHEET, row, COLUMNS.computed);
    for (let r = 2; r < workbook.usedSize('Jobber').rows; r++) workbook.setCell('Jobber', r, competitive, 'nei');
    expect(workbook.value(SHEET, row, COLUMNS.computed)).not.toBe(before);
    expect(raw.mock.calls.some(([sheet]) => sheet === 'Jobber')).toBe(true);
    raw.mockRestore();
  });

  it('computes again when a sheet a formula refers to is added', async () => {
    const workbook = new MemoryWorkbook();
    workbook.seed([
      { sheet: 'A', blocks: [{ row: 0, column: 0, values: [[formula("=SUM('B'!A1:A2)"), formula('=\'B\'!A1&""')]] }] },
    ]);
    expect(workbook.valueAt('A', 'A1')).toBe('#REF!');
    await workbook.write([{ sheet: 'B', blocks: [{ row: 0, column: 0, values: [[2], [3]] }] }]);
    expect(workbook.valueAt('A', 'A1')).toBe(5);
    expect(workbook.valueAt('A', 'B1')).toBe('2');
    expect(workbook.value('A', 5, 5)).toBeNull();
    expect(workbook.value('A', 0, 0)).not.toBeInstanceOf(SheetError);
  });

  it('shows values with their number formats: dates from serials, percentages, decimals', () => {
    expect(serialToDate(45717)).toEqual({ year: 2025, month: 3, day: 1 });
    expect(formatValue(45717, 'yyyy-mm-dd')).toBe('2025-03-01');
    expect(formatValue(45688.75, 'yyyy-mm-dd')).toBe('2025-01-31');
    expect(formatValue(45717, 'dd.mm.yyyy')).toBe('01.03.2025');
    expect(formatValue('2025-06-07', 'yyyy-mm-dd')).toBe('2025-06-07');
    expect(formatValue(0, 'yyyy-mm-dd')).toBe('0'); // not a date: shown as it is
    expect(formatValue(0.256, '0%')).toBe('26%');
    expect(formatValue(0.2567, '0.0%')).toBe('25.7%');
    expect(formatValue(4.333333, '0.00')).toBe('4.33');
    expect(formatValue(1234567.891, '#,##0')).toBe('1,234,568');
    expect(formatValue(4.5, '@')).toBe('4.5');
    expect(formatValue(1 / 3)).toBe('0.3333333333');
    expect(formatValue(true)).toBe('TRUE');
    expect(formatValue(null, '0.00')).toBe('');
    expect(formatValue(new SheetError('#N/A'), 'yyyy-mm-dd')).toBe('#N/A');
  });

  it('recalculates a wired score sheet over 10 000 job starts and 50 000 contact-log rows quickly, and not on every read', async () => {
    const JOBS = 10_000,
      CONTACTS = 50_000;
    const capacity: TableCapacity = { jobs: JOBS, employerContacts: CONTACTS };
    const data = fullTables({ specialists: 50, caseload: 20, jobs: JOBS, contacts: CONTACTS, records: 15 });
    const workbook = new MemoryWorkbook();
    await workbook.write([
      ...tablePlans(data, capacity),
      scoreSheetPlan(judgedReview(), { sheet: SHEET, language: 'nb', wiring: { host: 'excel', capacity } }),
    ]);
    const time = async (run: () => unknown | Promise<unknown>) => {
      const started = performance.now();
      await run();
      return performance.now() - started;
    };
    const cold = await time(() => workbook.readSheet(SHEET));
    const cached = await time(() => workbook.readSheet(SHEET));
    const judged = ITEMS.find((item) => !wiredItemIds().includes(item.id))!;
    const scoreEdit = await time(() => {
      workbook.setCell(SHEET, layout.itemRows[judged.id]!, COLUMNS.score, 3);
      return workbook.readSheet(SHEET);
    });
    const tableEdit = await time(() => {
      workbook.setCellAt('Jobber', 'A3', 'P-endret');
      return workbook.readSheet(SHEET);
    });
    console.log(
      `[memory-workbook] wired score sheet over ${JOBS} job starts + ${CONTACTS} contact-log rows, readSheet: ` +
        `cold ${cold.toFixed(0)} ms; again, unchanged ${cached.toFixed(1)} ms; after an edit in the score sheet ${scoreEdit.toFixed(0)} ms; ` +
        `after an edit in the job table ${tableEdit.toFixed(0)} ms`,
    );
    // Correct on the big tables, and the cache answers unchanged reads (no timing bounds: machines differ).
    const { outcome } = expectedItem('services.employer_contacts', data, 'nb', { capacity });
    expect(workbook.value(SHEET, layout.itemRows['services.employer_contacts']!, COLUMNS.computed)).toBe(
      outcome.ok ? outcome.value : null,
    );
    expect(typeof totalAt(workbook)).toBe('number');
    const evaluated = workbook.engine.evaluations;
    await workbook.readSheet(SHEET);
    expect(workbook.engine.evaluations).toBe(evaluated);
  });
});

/** A review with every judgement item scored 4 and the computable items left to the tables. */
function judgedReview() {
  const review = newReview({
    id: 'w',
    service: 'Fiktiv Organisasjon',
    team: 'Team Nord',
    date: '2025-03-01',
    raters: [{ id: 'r1', name: 'Kari' }],
  });
  const wired = wiredItemIds();
  for (const item of ITEMS) if (!wired.includes(item.id)) review.items[item.id]!.consensus = 4;
  return review;
}

/** Every input table as a sheet with the rows (dates as serial numbers, as the pane writes them). */
function tablePlans(data: TableData, capacity?: TableCapacity): SheetPlan[] {
  return INPUT_TABLES.map((table) => {
    const plan = tableSheetPlan(table, 'nb', capacity ? { capacity } : {});
    const rows = ((data[table.id] ?? []) as Readonly<Record<string, TypedValue>>[]).map((values) => ({ values }));
    return rows.length === 0
      ? plan
      : { ...plan, blocks: [...plan.blocks, rowsBlock(table, rows, 'nb', { dates: 'serial' })] };
  });
}
