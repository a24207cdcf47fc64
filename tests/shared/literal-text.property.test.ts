/**
 * Property (issue 9, part 1): any text from a hostile alphabet — formula starters, quotes,
 * separators, tabs, line breaks, Norwegian letters — in every free-text field of a review and in
 * every imported text column survives save → reopen → save history → read history unchanged, on
 * the preview workbook and on both host stand-ins.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyRow, planHistoryAppend, readHistory } from '../../src/core/history/table';
import { importDelimited } from '../../src/core/inputs/import';
import { CHART_REVIEW_TABLE, JOBS_TABLE, TABLE_LAYOUT, type TableDefinition } from '../../src/core/inputs/tables';
import type { Review } from '../../src/core/review/model';
import { sampleReview } from '../../src/core/review/sample';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';
import { readScoreSheet, scoreSheetPlan } from '../../src/core/sheets/score-sheet';
import { importPlans, type ImportDraft } from '../../src/ui/inputs-state';
import { HOST_NAMES, hostUnderTest, type HostUnderTest } from './hosts';

const HOSTILE_ALPHABET = [
  '=',
  '+',
  '-',
  '@',
  "'",
  '"',
  ';',
  ',',
  '\t',
  '\r',
  '\n',
  'æ',
  'ø',
  'å',
  'Æ',
  'Ø',
  'Å',
  'a',
  '1',
  ' ',
];
const text = (maxLength = 10) => fc.string({ unit: fc.constantFrom(...HOSTILE_ALPHABET), maxLength });
const ITEMS = DEFAULT_SCALE.items;
const SHEET = 'IPS 2025-06-07';
const RUNS = 30;

interface FreeText {
  readonly service: string;
  readonly team: string;
  readonly evaluators: string;
  readonly raterNames: readonly string[];
  readonly notes: readonly (readonly [string, string, string])[];
  readonly reason: string;
}

const freeText: fc.Arbitrary<FreeText> = fc.record({
  service: text(),
  team: text(),
  evaluators: text(),
  raterNames: fc.array(text(), { minLength: 3, maxLength: 3 }),
  notes: fc.array(fc.tuple(text(), text(), text()), { minLength: ITEMS.length, maxLength: ITEMS.length }),
  reason: text().map((reason) => `${reason}x`), // a correction needs a reason
});

function reviewWith(fields: FreeText): Review {
  const review = sampleReview();
  review.service = fields.service;
  review.team = fields.team;
  review.evaluators = fields.evaluators;
  review.raters = review.raters.map((rater, index) => ({ ...rater, name: fields.raterNames[index]! }));
  ITEMS.forEach((item, index) => {
    const [evidence, recommendation, consensusNote] = fields.notes[index]!;
    Object.assign(review.items[item.id]!, { evidence, recommendation, consensusNote });
  });
  return review;
}

/** Saves the score sheet, opens it again, saves the history from the opened review and reads the history back. */
async function roundTrip(host: HostUnderTest, fields: FreeText): Promise<void> {
  const review = reviewWith(fields);
  await host.workbook.write([scoreSheetPlan(review, { sheet: SHEET, language: 'nb' })]);
  const opened = readScoreSheet((await host.workbook.readSheet(SHEET))!)!;
  expect([opened.service, opened.team, opened.evaluators]).toEqual([review.service, review.team, review.evaluators]);
  expect(opened.raters.map((rater) => rater.name)).toEqual(review.raters.map((rater) => rater.name));
  for (const item of ITEMS) {
    const [read, written] = [opened.items[item.id]!, review.items[item.id]!];
    expect([read.evidence, read.recommendation, read.consensusNote], item.id).toEqual([
      written.evidence,
      written.recommendation,
      written.consensusNote,
    ]);
  }

  // The pane keeps corrections in its state; the history gets them with the opened review.
  const first = ITEMS[0]!.id;
  const corrected: Review = {
    ...opened,
    id: review.id,
    corrections: [
      {
        itemId: first,
        previous: opened.items[first]!.consensus,
        corrected: 3,
        reason: fields.reason,
        date: '2025-06-10',
      },
    ],
    items: { ...opened.items, [first]: { ...opened.items[first]!, consensus: 3 } },
  };
  const { plan } = planHistoryAppend(null, corrected, { language: 'nb' });
  await host.workbook.write([plan]);
  const [row] = readHistory((await host.workbook.readSheet(plan.sheet))!);
  expect(row).toEqual({ ...historyRow(corrected), sheetRow: 1 });
}

const csvField = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** Imports text into one column of a table (the pane's import path), writes it and reads it back. */
async function importRoundTrip(
  host: HostUnderTest,
  table: TableDefinition,
  key: string,
  columnId: string,
  values: readonly string[],
): Promise<void> {
  const heading = (id: string) => table.columns.find((column) => column.id === id)!.header.nb;
  const csv = [
    `${heading(key)};${heading(columnId)}`,
    ...values.map((value, index) => `${index + 1};${csvField(value)}`),
  ].join('\n');
  const result = importDelimited(table, csv, { delimiter: ';' });
  expect(result.errors).toEqual([]);
  const draft = { tableId: table.id, rows: result.rows, mode: 'replace' } as unknown as ImportDraft;
  const { plans } = importPlans(draft, 'nb', '', null);
  await host.workbook.write(plans);
  const sheet = (await host.workbook.readSheet(plans[0]!.sheet))!;
  const column = table.columns.findIndex((candidate) => candidate.id === columnId);
  result.rows.forEach((row, index) => {
    expect(sheet[TABLE_LAYOUT.firstDataRow + index]?.[column] ?? '', `row ${row.line}`).toBe(
      row.values[columnId] ?? '',
    );
  });
}

describe.each(HOST_NAMES)('%s: hostile free text survives save → reopen → history', (name) => {
  it('keeps every free-text field of a review through the score sheet and the history', async () => {
    await fc.assert(
      fc.asyncProperty(freeText, async (fields) => roundTrip(hostUnderTest(name), fields)),
      { numRuns: RUNS },
    );
  });

  it('keeps every imported text column (employer, notes) as imported', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(text(14), { minLength: 1, maxLength: 6 }),
        fc.array(text(14), { minLength: 1, maxLength: 6 }),
        async (employers, notes) => {
          const host = hostUnderTest(name);
          await importRoundTrip(host, JOBS_TABLE, 'participant', 'employer', employers);
          await importRoundTrip(host, CHART_REVIEW_TABLE, 'record', 'notes', notes);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
