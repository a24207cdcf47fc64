import { describe, expect, it, vi } from 'vitest';
import { scriptRunWorkbook, toPlain } from '../../gas/client/script-run-workbook';
import { freeSheetName, insertScoreSheet } from '../../gas/server/insert-score-sheet';
import { openSidebar } from '../../gas/server/open-sidebar';
import { workbookServer } from '../../gas/server/workbook-server';
import { columnRuns, formatGroups, widthRuns, writePlans } from '../../gas/server/write-plan';
import { formula, isoDateSerial, writeRuns } from '../../src/core/workbook/plan';
import { SAMPLE_SCORES, sampleReview } from '../../src/core/review/sample';
import { cellAddress, planBounds, type SheetPlan } from '../../src/core/workbook/plan';
import { writeWithConsent } from '../../src/core/workbook/workbook';
import { COLUMNS, readScoreSheet, scoreSheetLayout, scoreSheetPlan } from '../../src/core/sheets/score-sheet';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';
import { callCounts, fakeServices } from './fake-spreadsheet-app';
import { fakeScriptRun } from './fake-script-run';

const SHEET = 'Skårskjema';

function samplePlan(sheet = SHEET): SheetPlan {
  return scoreSheetPlan(sampleReview(), { sheet, language: 'nb' });
}

/** The plan as it arrives over google.script.run. */
function sent<T>(value: T): T {
  return toPlain(value);
}

describe('writing a plan', () => {
  it('writes the full sample score sheet with a handful of range-level calls, not one per cell', () => {
    const services = fakeServices();
    const server = workbookServer(services);
    const plan = samplePlan();
    const bounds = planBounds(plan);
    const cells = bounds.rows * bounds.columns;

    server.ipsWrite(sent([plan]));

    const counts = callCounts(services.log);
    const total = services.log.length;
    const sheetCalls = services.log.filter(
      (call) => !call.startsWith('DataValidationBuilder.') && call !== 'SpreadsheetApp.newDataValidation',
    ).length;
    console.log(
      `[gas] writing the sample score sheet (${bounds.rows}×${bounds.columns} = ${cells} cells, ${plan.formats?.length} formats, ` +
        `${plan.validations?.length} validations, ${plan.columnWidths?.length} column widths): ${total} Apps Script service calls ` +
        `(${sheetCalls} on the spreadsheet, ${total - sheetCalls} building the validation rule)\n` +
        JSON.stringify(counts, null, 1),
    );
    // A fixed cost, then a few calls per rectangle of values, format group and run of widths.
    const runs = plan.blocks.reduce((sum, block) => sum + writeRuns(block).length, 0);
    expect(total).toBeLessThanOrEqual(
      30 + 2 * runs + 2 * formatGroups(plan.formats ?? []).length + widthRuns(plan.columnWidths ?? []).length,
    );
    expect(total).toBeLessThan(cells / 5);
    expect((counts['Range.setValues'] ?? 0) + (counts['Range.setFormulas'] ?? 0)).toBe(runs);
    expect(counts['Spreadsheet.insertSheet']).toBe(1);
    // One list per format group, and one for the cells receiving literal text (formatted as plain text).
    expect(counts['Sheet.getRangeList']).toBe(formatGroups(plan.formats ?? []).length + 1);
    expect(counts['SpreadsheetApp.newDataValidation']).toBe(1); // one rule, two ranges

    // Reads come before every write, so Apps Script can batch the writes.
    const firstWrite = services.log.findIndex(
      (call) => /\.(set|insert|hide)/.test(call) && call !== 'Spreadsheet.insertSheet',
    );
    const lastRead = services.log.map((call) => /\.get(Max|Values|Formulas)/.test(call)).lastIndexOf(true);
    expect(lastRead).toBeLessThan(firstWrite);
  });

  it('puts values, formulas, formats, validations, widths, frozen rows and hidden columns where the plan says', () => {
    const services = fakeServices();
    const plan = samplePlan();
    workbookServer(services).ipsWrite(sent([plan]));
    const sheet = services.book.sheet(SHEET)!;
    const layout = scoreSheetLayout();

    expect(sheet.at('A1')).toBe('Skårskjema for IPS-kvalitetsskalaen');
    expect(sheet.at(layout.totalCell)).toMatch(/^=IF\(COUNT\(D11:D/);
    // The date goes in as its serial day number in a date-formatted cell: Sheets reads it as a Date.
    expect(sheet.at('C5')).toBe(isoDateSerial(sampleReview().date));
    const date = sheet.getRange(5, 3, 1, 1).getValues()[0]![0];
    expect(Object.prototype.toString.call(date)).toBe('[object Date]');
    DEFAULT_SCALE.items.forEach((item, index) => {
      const row = layout.itemRows[item.id]!;
      expect(sheet.cell(row, COLUMNS.score).value).toBe(SAMPLE_SCORES[index]);
      expect(sheet.cell(row, COLUMNS.itemId).value).toBe(item.id);
    });

    expect(sheet.formats.get('0,0')).toMatchObject({ fontWeight: 'bold', fontSize: 14 });
    expect(sheet.formats.get(`${layout.firstScoreRow},${COLUMNS.score}`)).toMatchObject({
      horizontalAlignment: 'center',
      fontWeight: 'bold',
    });
    expect(sheet.formats.get('4,2')).toMatchObject({ numberFormat: 'yyyy-mm-dd', horizontalAlignment: 'left' });
    expect(sheet.validations.get(`${layout.firstScoreRow},${COLUMNS.score}`)).toEqual({
      criteria: 'NUMBER_BETWEEN',
      args: [1, 5],
      allowInvalid: false,
      helpText: 'Skriv en hel skår fra 1 til 5.',
    });
    expect(sheet.validations.get(`${layout.lastScoreRow},${COLUMNS.firstRater + 2}`)?.criteria).toBe('NUMBER_BETWEEN');
    expect(sheet.validations.has(`${layout.lastScoreRow + 1},${COLUMNS.score}`)).toBe(false);
    expect([...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]).map(([, w]) => w)).toEqual(plan.columnWidths);
    expect(sheet.frozenRows).toBe(plan.frozenRows);
    expect([...sheet.hiddenColumns]).toEqual([COLUMNS.itemId]);
  });

  it('leaves null cells alone, writing the rest as rectangles', () => {
    const block = {
      row: 2,
      column: 1,
      values: [
        ['a', 'b', null, 'c'],
        ['d', 'e', null, 'f'],
        [null, null, null, formula('=A1')],
        [1, 2, 3, 4],
      ],
    };
    expect(writeRuns(block)).toEqual([
      {
        row: 2,
        column: 1,
        values: [
          ['a', 'b'],
          ['d', 'e'],
        ],
      },
      { row: 2, column: 4, values: [['c'], ['f'], [formula('=A1')]] },
      { row: 5, column: 1, values: [[1, 2, 3, 4]] },
    ]);
    const services = fakeServices();
    const sheet = services.book.addSheet('Data');
    sheet.type('D3', 'keep me');
    sheet.type('B5', 'and me');
    writePlans(services.spreadsheetApp, services.book, [{ sheet: 'Data', blocks: [block] }]);
    expect(sheet.at('D3')).toBe('keep me');
    expect(sheet.at('B5')).toBe('and me');
    expect(sheet.at('E5')).toBe('=A1');
    expect(sheet.isFormula('E5')).toBe(true);
    expect(sheet.at('C6')).toBe(2);
    const counts = callCounts(services.log);
    expect(counts['Range.setValues']).toBe(3);
  });

  it('uses setFormulas for a rectangle of formulas only', () => {
    const services = fakeServices();
    writePlans(services.spreadsheetApp, services.book, [
      { sheet: 'F', blocks: [{ row: 0, column: 0, values: [[formula('=1+1'), formula('=2+2')]] }] },
    ]);
    expect(callCounts(services.log)['Range.setFormulas']).toBe(1);
    expect(services.book.sheet('F')!.at('B1')).toBe('=2+2');
  });

  it('grows the grid when a plan reaches beyond it', () => {
    const services = fakeServices();
    const wide = Array.from({ length: 30 }, (_, c) => c);
    writePlans(services.spreadsheetApp, services.book, [
      { sheet: 'Wide', blocks: [{ row: 1100, column: 0, values: [wide] }], hiddenColumns: [29] },
    ]);
    const sheet = services.book.sheet('Wide')!;
    expect(sheet.maxColumns).toBe(30);
    expect(sheet.maxRows).toBe(1101);
    expect(sheet.at('AD1101')).toBe(29);
  });

  it('groups formats by property and value, widths and hidden columns by runs', () => {
    expect(widthRuns([40, 110, 110, 60, 110])).toEqual([
      { start: 1, count: 1, width: 40 },
      { start: 2, count: 2, width: 110 },
      { start: 4, count: 1, width: 60 },
      { start: 5, count: 1, width: 110 },
    ]);
    expect(columnRuns([7, 3, 4, 5, 9])).toEqual([
      { start: 4, count: 3 },
      { start: 8, count: 1 },
      { start: 10, count: 1 },
    ]);
    const groups = formatGroups([
      { range: { row: 0, column: 0, rows: 1, columns: 1 }, bold: true, fill: '#FFF' },
      { range: { row: 2, column: 0, rows: 2, columns: 3 }, bold: true, fill: '#000' },
    ]);
    expect(groups.map((g) => [g.value, g.ranges])).toEqual([
      [true, ['A1', 'A3:C4']],
      ['#FFF', ['A1']],
      ['#000', ['A3:C4']],
    ]);
  });

  it('writes list validations with a dropdown', () => {
    const services = fakeServices();
    writePlans(services.spreadsheetApp, services.book, [
      {
        sheet: 'L',
        blocks: [{ row: 0, column: 0, values: [['x']] }],
        validations: [
          {
            range: { row: 0, column: 0, rows: 3, columns: 1 },
            rule: { type: 'list', values: ['ja', 'nei'], message: 'ja/nei' },
          },
        ],
      },
    ]);
    expect(services.book.sheet('L')!.validations.get('2,0')).toEqual({
      criteria: 'VALUE_IN_LIST',
      args: [['ja', 'nei'], true],
      allowInvalid: false,
      helpText: 'ja/nei',
    });
  });

  it('refuses malformed plans before touching the spreadsheet', () => {
    const services = fakeServices();
    const server = workbookServer(services);
    expect(() => server.ipsWrite({} as never)).toThrow(/list of sheet plans/);
    expect(() => server.ipsWrite([{ sheet: '', blocks: [] }] as never)).toThrow(/no sheet name/);
    expect(() => server.ipsWrite([{ sheet: 'A', blocks: [{ row: -1, column: 0, values: [] }] }] as never)).toThrow(
      /malformed block/,
    );
    expect(services.log.filter((call) => call.includes('.set') || call.includes('insert'))).toEqual([]);
  });
});

describe('reading', () => {
  it('lists sheets, reads values with dates as yyyy-mm-dd in the spreadsheet time zone, null for a missing sheet', () => {
    const services = fakeServices({ timeZone: 'Pacific/Auckland' });
    const sheet = services.book.addSheet('Data');
    // 2025-06-07 00:00 in Auckland is 2025-06-06 12:00 UTC: the local calendar of the runtime would say the 6th.
    sheet.put(0, 0, { value: new Date(Date.UTC(2025, 5, 6, 12, 0, 0)), formula: '' });
    sheet.type('B1', 'tekst');
    sheet.type('C2', 5);
    const server = workbookServer(services);
    expect(server.ipsListSheets()).toEqual(['Ark1', 'Data']);
    expect(server.ipsReadSheet('Data')).toEqual([
      ['2025-06-07', 'tekst', ''],
      ['', '', 5],
    ]);
    expect(server.ipsReadSheet('Nope')).toBeNull();
    expect(() => server.ipsReadSheet('' as string)).toThrow(/sheet name/);
  });

  it('reads targets: formula text where a cell has one, values elsewhere, clipped to the grid, null for a missing sheet', () => {
    const services = fakeServices();
    const sheet = services.book.addSheet('T');
    sheet.type('B2', '=SUM(A1:A3)');
    sheet.type('C3', 'x');
    sheet.maxColumns = 3;
    const plan: SheetPlan = {
      sheet: 'T',
      blocks: [
        {
          row: 1,
          column: 1,
          values: [
            ['a', 'b', 'c', 'd'],
            ['e', 'f', 'g', 'h'],
          ],
        },
      ],
    };
    const server = workbookServer(services);
    const [targets, missing] = server.ipsReadTargets(sent([plan, { ...plan, sheet: 'Missing' }]));
    expect(targets).toEqual([
      ['=SUM(A1:A3)', ''],
      ['', 'x'],
    ]);
    expect(missing).toBeNull();
  });

  it('activates a sheet, and says which one is missing', () => {
    const services = fakeServices();
    services.book.addSheet('B');
    const server = workbookServer(services);
    server.ipsActivate('B');
    expect(services.book.active.name).toBe('B');
    expect(() => server.ipsActivate('C')).toThrow('ipsActivate: there is no sheet named "C"');
  });
});

describe('the sidebar workbook over google.script.run', () => {
  function wired() {
    const services = fakeServices();
    const server = workbookServer(services);
    const { run, calls } = fakeScriptRun(server as unknown as Record<string, (...args: never[]) => unknown>);
    return { services, workbook: scriptRunWorkbook(run), calls };
  }

  it('writes, never overwrites unasked, and overwrites once the user agrees', async () => {
    const { services, workbook, calls } = wired();
    const plan = samplePlan();
    const confirm = vi.fn(async () => false);

    // A new sheet: nothing to overwrite, no question.
    const first = await writeWithConsent(workbook, [plan], confirm);
    expect(first).toEqual({ written: true, conflicts: [] });
    await workbook.activate(SHEET);
    console.log(
      `[gas] saving a full review to a new sheet from the sidebar: 3 google.script.run calls, ${services.log.length} Apps Script service calls`,
    );
    const runs = plan.blocks.reduce((sum, block) => sum + writeRuns(block).length, 0);
    expect(services.log.length).toBeLessThanOrEqual(
      40 + 2 * runs + 2 * formatGroups(plan.formats ?? []).length + widthRuns(plan.columnWidths ?? []).length,
    );
    expect(confirm).not.toHaveBeenCalled();
    expect(calls.map((c) => c.name)).toEqual(['ipsReadTargets', 'ipsWrite', 'ipsActivate']);

    // Writing the same again finds the same values and formulas: still no question.
    const again = await writeWithConsent(workbook, [plan], confirm);
    expect(again.conflicts).toEqual([]);
    expect(confirm).not.toHaveBeenCalled();

    // The user edits a score and a comment in the sheet.
    const sheet = services.book.sheet(SHEET)!;
    const layout = scoreSheetLayout();
    const row = layout.itemRows[DEFAULT_SCALE.items[0]!.id]! + 1;
    sheet.type(`D${row}`, 3);
    sheet.type(`E${row}`, 'Min egen kommentar');
    const writesBefore = calls.filter((c) => c.name === 'ipsWrite').length;

    const refused = await writeWithConsent(workbook, [plan], confirm);
    expect(refused.written).toBe(false);
    expect(refused.conflicts.map((c) => [c.address, c.existing, c.planned])).toEqual([
      [`D${row}`, 3, 5],
      [`E${row}`, 'Min egen kommentar', sampleReview().items[DEFAULT_SCALE.items[0]!.id]!.evidence],
    ]);
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(calls.filter((c) => c.name === 'ipsWrite').length).toBe(writesBefore);
    expect(sheet.at(`D${row}`)).toBe(3);

    confirm.mockResolvedValueOnce(true);
    const agreed = await writeWithConsent(workbook, [plan], confirm);
    expect(agreed.written).toBe(true);
    expect(agreed.conflicts).toHaveLength(2);
    expect(sheet.at(`D${row}`)).toBe(5);
  });

  it('reads the score sheet back as the review it was written from', async () => {
    const { workbook } = wired();
    await workbook.write([samplePlan()]);
    expect(await workbook.listSheets()).toEqual(['Ark1', SHEET]);
    const values = await workbook.readSheet(SHEET);
    const review = readScoreSheet(values!);
    expect(review).not.toBeNull();
    expect(review!.date).toBe('2025-06-07');
    expect(DEFAULT_SCALE.items.map((item) => review!.items[item.id]!.consensus)).toEqual(SAMPLE_SCORES);
    expect(review!.raters.map((r) => r.name)).toEqual(['Jan Jansen', 'Britt Larsen', 'Signe Olsen']);
    await workbook.activate(SHEET);
  });

  it('turns server failures into rejected promises with the server message', async () => {
    const { workbook } = wired();
    await expect(workbook.activate('Nope')).rejects.toThrow('ipsActivate: there is no sheet named "Nope"');
  });

  it('sends only plain data', async () => {
    const { workbook, calls } = wired();
    const plan = samplePlan() as SheetPlan & { extra?: unknown };
    await workbook.write([{ ...plan, print: undefined }]);
    expect(calls.at(-1)).toMatchObject({ name: 'ipsWrite', ok: true });
    expect(Object.keys((calls.at(-1)!.args[0] as SheetPlan[])[0]!)).not.toContain('print');
  });
});

describe('menu and sidebar', () => {
  // The menu itself (createAddonMenu, in every authorization mode): tests/gas/addon-lifecycle.test.ts.

  it('opens Sidebar.html as a 360 px sidebar titled IPS-kvalitet', () => {
    const services = fakeServices();
    openSidebar(services);
    expect(services.spreadsheetApp.ui.sidebars).toEqual([
      expect.objectContaining({ file: 'Sidebar', title: 'IPS-kvalitet', width: 360 }),
    ]);
  });

  it('inserts a blank score sheet under the name given, and never over an existing sheet', () => {
    const services = fakeServices();
    const ui = services.spreadsheetApp.ui;
    ui.promptAnswers.push({ button: 'OK', text: '  Team Nord  ' });
    insertScoreSheet(services);
    const sheet = services.book.sheet('Team Nord')!;
    expect(sheet).toBeDefined();
    expect(services.book.active).toBe(sheet);
    expect(sheet.at('A1')).toBe('Skårskjema for IPS-kvalitetsskalaen');
    expect(sheet.at(cellAddress(scoreSheetLayout().firstScoreRow, COLUMNS.itemId))).toBe(DEFAULT_SCALE.items[0]!.id);
    expect(sheet.at(`D${scoreSheetLayout().firstScoreRow + 1}`)).toBe('');

    ui.promptAnswers.push({ button: 'OK', text: 'Team Nord' });
    const before = services.log.length;
    insertScoreSheet(services);
    expect(ui.alerts.at(-1)?.prompt).toContain('finnes allerede');
    expect(services.log.slice(before).filter((c) => c.includes('.set') || c.includes('insertSheet'))).toEqual([]);

    ui.promptAnswers.push({ button: 'OK', text: '' });
    insertScoreSheet(services);
    expect(services.book.sheet('Skårskjema')).toBeDefined();
    ui.promptAnswers.push({ button: 'CANCEL', text: 'Ignored' });
    insertScoreSheet(services);
    expect(services.book.sheet('Ignored')).toBeUndefined();
    expect(freeSheetName(['Skårskjema', 'skårskjema 2'])).toBe('Skårskjema 3');
  });
});
