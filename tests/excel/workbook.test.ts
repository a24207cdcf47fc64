import { describe, expect, it, vi } from 'vitest';
import { sampleReview } from '../../src/core/review/sample';
import { isPlanFormula, planBounds, planCellText, type SheetPlan } from '../../src/core/workbook/plan';
import { COLUMNS, HEADER_ROWS, scoreSheetLayout, scoreSheetPlan } from '../../src/core/sheets/score-sheet';
import { writeWithConsent } from '../../src/core/workbook/workbook';
import { ExcelWorkbook, POINTS_PER_PIXEL } from '../../src/excel/workbook';
import { writeRuns } from '../../src/core/workbook/plan';
import { a1, FakeExcel, type FakeExcelOptions } from './fake-excel';

function setup(options: FakeExcelOptions = {}, supports: (version: string) => boolean = () => true) {
  const excel = new FakeExcel(options);
  const workbook = new ExcelWorkbook({ excel, supports });
  return { excel, workbook };
}

const SHEET = 'IPS 2025-06-07';
const scorePlan = () => scoreSheetPlan(sampleReview(), { sheet: SHEET, language: 'nb' });

describe('writeRuns', () => {
  it('writes a full block as one rectangle', () => {
    expect(
      writeRuns({
        row: 2,
        column: 1,
        values: [
          [1, 2],
          [3, 4],
        ],
      }),
    ).toEqual([
      {
        row: 2,
        column: 1,
        values: [
          [1, 2],
          [3, 4],
        ],
      },
    ]);
  });

  it('never includes null cells, splitting the block into rectangles', () => {
    const runs = writeRuns({
      row: 0,
      column: 0,
      values: [
        ['a', null, 'b'],
        ['c', null, 'd'],
        [null, null, null],
        ['e', 'f', null],
      ],
    });
    expect(runs).toEqual([
      { row: 0, column: 0, values: [['a'], ['c']] },
      { row: 0, column: 2, values: [['b'], ['d']] },
      { row: 3, column: 0, values: [['e', 'f']] },
    ]);
    const written = runs.flatMap((run) => run.values.flat());
    expect(written).not.toContain(null);
    expect(written).toHaveLength(6);
  });

  it('gives a ragged block one rectangle per distinct row shape', () => {
    expect(writeRuns({ row: 0, column: 0, values: [['a', 'b'], ['c'], ['d']] })).toEqual([
      { row: 0, column: 0, values: [['a', 'b']] },
      { row: 1, column: 0, values: [['c'], ['d']] },
    ]);
  });
});

describe('ExcelWorkbook: a review score sheet through writeWithConsent', () => {
  it('writes the whole sheet in 2 round trips (the protecting read and one write)', async () => {
    const { excel, workbook } = setup({ sheets: { Ark1: [['notes']] } });
    const plan = scorePlan();
    const confirm = vi.fn(async () => true);

    const outcome = await writeWithConsent(workbook, [plan], confirm);

    expect(outcome).toEqual({ written: true, conflicts: [] });
    expect(confirm).not.toHaveBeenCalled();
    expect(excel.roundTrips).toBe(2);
    expect(excel.runs).toBe(2);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(['Ark1', SHEET]);

    // Every planned cell is in the sheet: formulas as formulas, text as (quote-prefixed) text.
    const layout = scoreSheetLayout();
    const values = plan.blocks[0]!.values;
    values.forEach((row, r) =>
      row.forEach((planned, c) => {
        if (planned === null) return;
        expect(excel.cell(SHEET, a1(r, c)), a1(r, c)).toBe(planCellText(planned));
        expect(excel.isFormula(SHEET, a1(r, c)), a1(r, c)).toBe(isPlanFormula(planned));
      }),
    );
    expect(excel.cell(SHEET, 'A1')).toBe('Skårskjema for IPS-kvalitetsskalaen');
    expect(String(excel.cell(SHEET, layout.totalCell))).toMatch(/^=IF\(COUNT\(D\d+:D\d+\)<25,/);
    expect(String(excel.cell(SHEET, layout.levelCell))).toMatch(/^=IF\(ISNUMBER\(C6\),LOOKUP\(C6,/);
    const firstItemRow = layout.itemRows[Object.keys(layout.itemRows)[0]!]!;
    expect(excel.cell(SHEET, a1(firstItemRow, COLUMNS.score))).toBe(5);
    expect(excel.cell(SHEET, a1(firstItemRow, COLUMNS.itemId))).toBe(Object.keys(layout.itemRows)[0]);
    // One write per rectangle of non-null cells (a block without nulls is one write).
    const runs = plan.blocks.flatMap((block) => writeRuns(block));
    expect(excel.setsOf(SHEET, 'formulas')).toHaveLength(runs.length);
    expect(excel.setsOf(SHEET, 'formulas')[0]!.address.startsWith('A1')).toBe(true);
  });

  it('sets formats, score validation, widths, hidden ID column, frozen header and print setup', async () => {
    const { excel, workbook } = setup();
    const plan = scorePlan();
    await writeWithConsent(workbook, [plan], async () => true);
    const sheet = excel.sheet(SHEET);
    const layout = scoreSheetLayout();
    const scores = `${a1(layout.firstScoreRow, COLUMNS.score)}:${a1(layout.lastScoreRow, COLUMNS.score)}`;

    expect(excel.setsOf(SHEET, 'format.font.bold')).toContainEqual({ address: 'A1', value: true });
    expect(excel.setsOf(SHEET, 'format.font.size')).toContainEqual({ address: 'A1', value: 14 });
    expect(excel.setsOf(SHEET, 'format.fill.color')).toContainEqual({
      address: `A9:${a1(HEADER_ROWS.columnHeads, planBounds(plan).columns - 1)}`,
      value: '#DEECF9',
    });
    expect(excel.setsOf(SHEET, 'format.horizontalAlignment')).toContainEqual({ address: scores, value: 'Center' });
    expect(excel.setsOf(SHEET, 'format.wrapText')).toContainEqual({
      address: `C${layout.firstScoreRow + 1}:C${layout.lastScoreRow + 1}`,
      value: true,
    });
    expect(excel.setsOf(SHEET, 'numberFormat')).toContainEqual({ address: 'C5', value: [['yyyy-mm-dd']] });

    const scoreValidation = sheet.validations.get(scores);
    expect(scoreValidation?.rule).toEqual({ wholeNumber: { formula1: 1, formula2: 5, operator: 'Between' } });
    expect(scoreValidation?.errorAlert).toMatchObject({
      showAlert: true,
      style: 'Stop',
      message: 'Skriv en hel skår fra 1 til 5.',
    });
    expect(scoreValidation?.prompt).toMatchObject({ showPrompt: true, message: 'Skriv en hel skår fra 1 til 5.' });
    const raterScores = `${a1(layout.firstScoreRow, COLUMNS.firstRater)}:${a1(layout.lastScoreRow, COLUMNS.firstRater + 2)}`;
    expect(sheet.validations.get(raterScores)?.rule).toEqual({
      wholeNumber: { formula1: 1, formula2: 5, operator: 'Between' },
    });

    plan.columnWidths!.forEach((pixels, column) =>
      expect(sheet.columnWidths.get(column)).toBe(pixels * POINTS_PER_PIXEL),
    );
    expect([...sheet.hiddenColumns]).toEqual([COLUMNS.itemId]);
    expect(sheet.frozenRows).toBe(HEADER_ROWS.columnHeads + 1);
    expect(sheet.pageLayout).toEqual({
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0, scale: null },
    });
  });

  it('writes the score sheet again over itself without asking (nothing would change)', async () => {
    const { excel, workbook } = setup();
    await writeWithConsent(workbook, [scorePlan()], async () => true);
    const confirm = vi.fn(async () => true);
    const outcome = await writeWithConsent(workbook, [scorePlan()], confirm);
    expect(outcome).toEqual({ written: true, conflicts: [] });
    expect(confirm).not.toHaveBeenCalled();
    expect(excel.roundTrips).toBe(4);
    // Replacing an existing validation clears it first (Excel refuses a second rule otherwise).
    expect(excel.sheet(SHEET).validations.size).toBe(2);
  });

  it('reports conflicts and writes nothing when the user declines', async () => {
    const { excel, workbook } = setup({
      sheets: {
        [SHEET]: [
          ['Mine notater', null, 'x'],
          [null, null, 'Kari'],
        ],
      },
    });
    const before = new Map(excel.sheet(SHEET).cells);
    const confirm = vi.fn(async () => false);

    const outcome = await writeWithConsent(workbook, [scorePlan()], confirm);

    expect(outcome.written).toBe(false);
    expect(outcome.conflicts).toEqual([
      { sheet: SHEET, address: 'A1', existing: 'Mine notater', planned: 'Skårskjema for IPS-kvalitetsskalaen' },
      { sheet: SHEET, address: 'C1', existing: 'x', planned: '' },
      { sheet: SHEET, address: 'C2', existing: 'Kari', planned: 'Jan Jansen, Britt Larsen, Signe Olsen' },
    ]);
    expect(confirm).toHaveBeenCalledWith(outcome.conflicts);
    expect(excel.sheet(SHEET).cells).toEqual(before);
    expect(excel.sheet(SHEET).sets).toEqual([]);
    expect(excel.roundTrips).toBe(1);
  });

  it('overwrites when the user agrees: 3 round trips (the read after consent checks nothing changed meanwhile)', async () => {
    const { excel, workbook } = setup({ sheets: { [SHEET]: [['Mine notater']] } });
    const outcome = await writeWithConsent(workbook, [scorePlan()], async () => true);
    expect(outcome.written).toBe(true);
    expect(outcome.conflicts).toHaveLength(1);
    expect(excel.cell(SHEET, 'A1')).toBe('Skårskjema for IPS-kvalitetsskalaen');
    expect(excel.sheets).toHaveLength(1);
    expect(excel.roundTrips).toBe(3);
  });
});

describe('ExcelWorkbook: writing', () => {
  it('never writes over cells the plan leaves as null', async () => {
    const { excel, workbook } = setup({
      sheets: {
        Data: [
          ['keep', 'old', 'keep too'],
          ['old', 'keep 2', 'old'],
        ],
      },
    });
    const plan: SheetPlan = {
      sheet: 'Data',
      blocks: [
        {
          row: 0,
          column: 0,
          values: [
            [null, 'new', null],
            ['new', null, '=B1'],
          ],
        },
      ],
    };
    await workbook.write([plan]);
    expect(excel.cell('Data', 'A1')).toBe('keep');
    expect(excel.cell('Data', 'C1')).toBe('keep too');
    expect(excel.cell('Data', 'B2')).toBe('keep 2');
    expect(excel.cell('Data', 'B1')).toBe('new');
    expect(excel.cell('Data', 'A2')).toBe('new');
    expect(excel.cell('Data', 'C2')).toBe('=B1');
    // Every array written was free of nulls.
    for (const set of excel.setsOf('Data', 'formulas')) expect((set.value as unknown[][]).flat()).not.toContain(null);
  });

  it('writes several plans, adding missing sheets, in one batch after a read', async () => {
    const { excel, workbook } = setup({ sheets: { A: [] } });
    const plans: SheetPlan[] = [
      { sheet: 'A', blocks: [{ row: 0, column: 0, values: [['a']] }] },
      { sheet: 'B', blocks: [{ row: 1, column: 1, values: [['b']] }] },
      { sheet: 'b', blocks: [{ row: 0, column: 0, values: [['b too']] }] }, // same sheet: names are case-insensitive
    ];
    expect(await workbook.readTargets(plans)).toEqual([[['']], null, null]);
    await workbook.write(plans);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(['A', 'B']);
    expect(excel.cell('B', 'B2')).toBe('b');
    expect(excel.cell('B', 'A1')).toBe('b too');
    expect(excel.roundTrips).toBe(2);
  });

  it('looks at the sheets first when nothing is known yet (2 round trips for a bare write)', async () => {
    const { excel, workbook } = setup({ sheets: { A: [] } });
    await workbook.write([{ sheet: 'A', blocks: [{ row: 0, column: 0, values: [[1]] }] }]);
    expect(excel.cell('A', 'A1')).toBe(1);
    expect(excel.roundTrips).toBe(2);
    await workbook.write([{ sheet: 'A', blocks: [{ row: 0, column: 0, values: [[2]] }] }]);
    expect(excel.roundTrips).toBe(3);
  });

  it('recovers when a sheet appeared or vanished since the last look', async () => {
    const { excel, workbook } = setup({ sheets: { Gone: [] } });
    const plans: SheetPlan[] = [
      { sheet: 'New', blocks: [{ row: 0, column: 0, values: [['n']] }] },
      { sheet: 'Gone', blocks: [{ row: 0, column: 0, values: [['g']] }] },
    ];
    await workbook.readTargets(plans);
    // Meanwhile the user adds "New" and deletes "Gone".
    excel.sheets.splice(0, excel.sheets.length);
    const other = new FakeExcel({ sheets: { New: [['user']] } });
    excel.sheets.push(...other.sheets);

    await workbook.write(plans);
    expect(excel.sheets.map((sheet) => sheet.name).sort()).toEqual(['Gone', 'New']);
    expect(excel.cell('New', 'A1')).toBe('n');
    expect(excel.cell('Gone', 'A1')).toBe('g');
  });

  it('does not retry a write that failed for another reason', async () => {
    const { excel, workbook } = setup({ sheets: { A: [] } });
    await workbook.listSheets();
    excel.failNext = { match: /^set formulas/, code: 'AccessDenied' };
    await expect(
      workbook.write([{ sheet: 'A', blocks: [{ row: 0, column: 0, values: [[1]] }] }]),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(excel.roundTrips).toBe(2);
    // After a failed batch the sheets are looked at again before the next write.
    await workbook.write([{ sheet: 'A', blocks: [{ row: 0, column: 0, values: [[1]] }] }]);
    expect(excel.roundTrips).toBe(4);
    expect(excel.cell('A', 'A1')).toBe(1);
  });

  it('skips validation (ExcelApi 1.8) and page layout (1.9) where Excel lacks them', async () => {
    const { excel, workbook } = setup({}, (version) => version < '1.8');
    await workbook.write([scorePlan()]);
    const sheet = excel.sheet(SHEET);
    expect(sheet.validations.size).toBe(0);
    expect(sheet.pageLayout).toEqual({});
    expect(sheet.frozenRows).toBe(HEADER_ROWS.columnHeads + 1);
  });

  it('unfreezes when a plan asks for 0 frozen rows', async () => {
    const { excel, workbook } = setup({ sheets: { A: [] } });
    await workbook.write([{ sheet: 'A', blocks: [], frozenRows: 3 }]);
    expect(excel.sheet('A').frozenRows).toBe(3);
    await workbook.write([{ sheet: 'A', blocks: [], frozenRows: 0 }]);
    expect(excel.sheet('A').frozenRows).toBe(0);
  });

  it('writes list validations', async () => {
    const { excel, workbook } = setup({ sheets: { A: [] } });
    await workbook.write([
      {
        sheet: 'A',
        blocks: [],
        validations: [
          {
            range: { row: 1, column: 1, rows: 3, columns: 1 },
            rule: { type: 'list', values: ['ja', 'nei'], message: 'Ja eller nei.' },
          },
        ],
      },
    ]);
    expect(excel.sheet('A').validations.get('B2:B4')?.rule).toEqual({
      list: { inCellDropDown: true, source: 'ja,nei' },
    });
  });
});

describe('ExcelWorkbook: reading', () => {
  it('reads every plan target in one round trip: formulas where there are some, null for missing sheets', async () => {
    const { excel, workbook } = setup({
      sheets: {
        A: [
          [1, '=SUM(1,2)'],
          ['x', null],
        ],
        B: [],
      },
    });
    const plans: SheetPlan[] = [
      {
        sheet: 'a',
        blocks: [
          { row: 0, column: 0, values: [[null, null, null]] },
          { row: 1, column: 1, values: [[null]] },
        ],
      },
      { sheet: 'Missing', blocks: [{ row: 0, column: 0, values: [['x']] }] },
      { sheet: 'B', blocks: [] },
    ];
    expect(await workbook.readTargets(plans)).toEqual([
      [
        [1, '=SUM(1,2)', ''],
        ['x', '', ''],
      ],
      null,
      [],
    ]);
    expect(excel.roundTrips).toBe(1);
  });

  it('falls back to listing the sheets first when Excel refuses ranges of a missing sheet', async () => {
    const { excel, workbook } = setup({ sheets: { A: [['a']] }, nullObjects: 'reject' });
    const plans: SheetPlan[] = [
      { sheet: 'A', blocks: [{ row: 0, column: 0, values: [['x']] }] },
      { sheet: 'Missing', blocks: [{ row: 0, column: 0, values: [['x']] }] },
    ];
    expect(await workbook.readTargets(plans)).toEqual([[['a']], null]);
    expect(await workbook.readSheet('Missing')).toBeNull();
    // With every sheet present the single batch works.
    const before = excel.roundTrips;
    expect(await workbook.readTargets([plans[0]!])).toEqual([[['a']]]);
    expect(excel.roundTrips - before).toBe(1);
  });

  it('reads a sheet from A1 (used range padded), [] when empty, null when missing', async () => {
    const { excel, workbook } = setup({
      sheets: {
        Data: [
          [null, null, null],
          [null, null, 'x', 2],
          [null, true],
        ],
        Empty: [],
      },
    });
    expect(await workbook.readSheet('data')).toEqual([
      ['', '', '', ''],
      ['', '', 'x', 2],
      ['', true, '', ''],
    ]);
    expect(await workbook.readSheet('Empty')).toEqual([]);
    expect(await workbook.readSheet('Nope')).toBeNull();
    expect(excel.roundTrips).toBe(3);
  });

  it('reads back the score sheet it wrote', async () => {
    const { readScoreSheet } = await import('../../src/core/sheets/score-sheet');
    const { workbook } = setup();
    await writeWithConsent(workbook, [scorePlan()], async () => true);
    const review = readScoreSheet((await workbook.readSheet(SHEET))!);
    const sample = sampleReview();
    expect(review?.raters.map((rater) => rater.name)).toEqual(sample.raters.map((rater) => rater.name));
    expect(Object.values(review!.items).map((item) => item.consensus)).toEqual(
      Object.values(sample.items).map((item) => item.consensus),
    );
  });

  it('lists sheets and activates one, one round trip each', async () => {
    const { excel, workbook } = setup({ sheets: { Ark1: [], 'IPS 2024': [] } });
    expect(await workbook.listSheets()).toEqual(['Ark1', 'IPS 2024']);
    await workbook.activate('IPS 2024');
    expect(excel.activeSheet).toBe('IPS 2024');
    expect(excel.roundTrips).toBe(2);
    await expect(workbook.activate('Nope')).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('makes no round trip for nothing', async () => {
    const { excel, workbook } = setup();
    expect(await workbook.readTargets([])).toEqual([]);
    await workbook.write([]);
    expect(excel.roundTrips).toBe(0);
  });
});

describe('ExcelWorkbook: several sheets at once, new validations, text formats', () => {
  it('reads several sheets in one round trip, null for a missing one, [] for an empty one', async () => {
    const { excel, workbook } = setup({ sheets: { A: [[1, 'x']], B: [[null], [null, null, 'b']], Empty: [] } });
    expect(await workbook.readSheets(['B', 'Missing', 'a', 'Empty'])).toEqual([
      [
        ['', '', ''],
        ['', '', 'b'],
      ],
      null,
      [[1, 'x']],
      [],
    ]);
    expect(excel.roundTrips).toBe(1);
    expect(await workbook.readSheets([])).toEqual([]);
    expect(excel.roundTrips).toBe(1);
  });

  it('reads several sheets also when Excel refuses null objects (list first)', async () => {
    const { workbook } = setup({ sheets: { A: [['a']] }, nullObjects: 'reject' });
    expect(await workbook.readSheets(['A', 'Missing'])).toEqual([[['a']], null]);
  });

  it('writes decimal and date validations', async () => {
    const { excel, workbook } = setup({ sheets: { A: [] } });
    const at = (column: number) => ({ row: 1, column, rows: 5, columns: 1 });
    await workbook.write([
      {
        sheet: 'A',
        blocks: [],
        validations: [
          { range: at(0), rule: { type: 'decimal', min: 0, max: 1, message: 'Mellom 0 og 1.' } },
          { range: at(1), rule: { type: 'decimal', min: 0, message: 'Ikke negativ.' } },
          { range: at(2), rule: { type: 'decimal', max: 40, message: 'Høyst 40.' } },
          { range: at(3), rule: { type: 'decimal', message: 'Et tall.' } },
          { range: at(4), rule: { type: 'date', message: 'En dato.' } },
        ],
      },
    ]);
    const rules = excel.sheet('A').validations;
    expect(rules.get('A2:A6')?.rule).toEqual({ decimal: { formula1: 0, formula2: 1, operator: 'Between' } });
    expect(rules.get('B2:B6')?.rule).toEqual({ decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' } });
    expect(rules.get('C2:C6')?.rule).toEqual({ decimal: { formula1: 40, operator: 'LessThanOrEqualTo' } });
    expect(rules.get('D2:D6')?.rule).toEqual({ decimal: { formula1: -1e300, formula2: 1e300, operator: 'Between' } });
    expect(rules.get('E2:E6')?.rule).toEqual({ date: { formula1: '1900-01-01', operator: 'GreaterThanOrEqualTo' } });
    expect(rules.get('E2:E6')?.errorAlert).toMatchObject({ message: 'En dato.' });
  });

  it('formats before it writes values; text stays text with or without a text format', async () => {
    const { excel, workbook } = setup({ sheets: { A: [] } });
    await workbook.write([
      {
        sheet: 'A',
        blocks: [{ row: 0, column: 0, values: [['1/2', '1/2']] }],
        formats: [{ range: { row: 0, column: 0, rows: 1, columns: 1 }, numberFormat: '@' }],
      },
    ]);
    expect(excel.cell('A', 'A1')).toBe('1/2');
    // Without the text format Excel would make a date of it: the quote prefix keeps it text.
    expect(excel.cell('A', 'B1')).toBe('1/2');
    expect(excel.isQuotePrefixed('A', 'B1')).toBe(true);
    const paths = excel.sheet('A').sets.map((set) => set.path);
    expect(paths.indexOf('numberFormat')).toBeLessThan(paths.indexOf('formulas'));
  });

  it('keeps the score sheet’s free-text columns as text', async () => {
    const { excel, workbook } = setup();
    const plan = scorePlan();
    const textFormat = plan.formats!.find((format) => format.numberFormat === '@')!;
    expect(textFormat).toBeDefined();
    await workbook.write([plan]);
    const paths = excel.sheet(SHEET).sets.map((set) => set.path);
    expect(paths.lastIndexOf('numberFormat')).toBeLessThan(paths.indexOf('formulas'));
  });
});
