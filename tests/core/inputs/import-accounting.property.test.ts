/**
 * Every row read is accounted for, over random CSVs with quotes, separators in quoted values,
 * doubled quotes, line breaks inside quoted values, stray quotes, CRLF/LF/CR, a BOM and blank
 * lines: the records cover every physical line once; every record is the header, imported,
 * reported or skipped, exactly once (rows in = imported + reported + skipped + header); and no
 * record the file meant is swallowed by another without being reported.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountImport, importDelimited, parseCsv, type QuoteReading } from '../../../src/core/inputs/import';
import { EMPLOYER_CONTACTS_TABLE } from '../../../src/core/inputs/tables';

const HEADER = ['Dato for kontakt', 'Jobbspesialist', 'Deltaker (ID)', 'Kontaktform', 'Resultat'];

const word = fc.string({ unit: fc.constantFrom(...'abcæøå ABC019.:-'.split('')), minLength: 1, maxLength: 8 });
/** A value as written in the file, and how many line breaks it holds. */
type Written = { readonly text: string; readonly breaks: number };

const plain: fc.Arbitrary<Written> = fc
  .tuple(word, fc.option(word, { nil: undefined }))
  .map(([a, b]) => ({ text: b === undefined ? a : `${a} "${b}"`, breaks: 0 })); // a quote inside an unquoted value
const quoted: fc.Arbitrary<Written> = fc
  .tuple(word, fc.constantFrom('', ';', '""', ', '), fc.option(word, { nil: undefined }))
  .map(([a, middle, tail]) => ({
    text: `"${a}${middle}${tail === undefined ? '' : `\n${tail}`}"`,
    breaks: tail === undefined ? 0 : 1,
  }));
const stray: fc.Arbitrary<Written> = word.map((a) => ({ text: `"${a}`, breaks: 0 }));
const date = fc
  .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }))
  .map(([d, m]) => ({ text: `${d}.${m}.2025`, breaks: 0 }));
const field = fc.oneof(
  { weight: 6, arbitrary: plain },
  { weight: 2, arbitrary: quoted },
  { weight: 1, arbitrary: stray },
  { weight: 1, arbitrary: fc.constant({ text: '', breaks: 0 }) },
);
const record = fc.tuple(
  fc.oneof(date, field),
  field,
  field,
  fc.constantFrom<Written>({ text: 'telefon', breaks: 0 }, { text: 'ansikt til ansikt', breaks: 0 }),
  field,
);
const line = fc.oneof(
  { weight: 8, arbitrary: record.map((fields) => ({ fields })) },
  { weight: 1, arbitrary: fc.constant({ fields: null }) },
);

const csvFile = fc.record({
  lines: fc.array(line, { maxLength: 25 }),
  endings: fc.constantFrom(['\n'], ['\r\n'], ['\r'], ['\n', '\r\n']),
  bom: fc.boolean(),
  finalBreak: fc.boolean(),
});

/** The CSV text and the lines where the records it means start. */
type CsvFile = typeof csvFile extends fc.Arbitrary<infer T> ? T : never;

function write(file: CsvFile): { text: string; starts: number[]; physical: number } {
  const parts: string[] = [HEADER.join(';')];
  const starts = [1];
  let next = 2;
  file.lines.forEach((entry) => {
    starts.push(next);
    if (entry.fields === null) {
      parts.push('');
      next += 1;
      return;
    }
    parts.push(entry.fields.map((value) => value.text).join(';'));
    next += 1 + entry.fields.reduce((sum, value) => sum + value.breaks, 0);
  });
  let text = file.bom ? '\uFEFF' : '';
  parts.forEach((part, index) => {
    text += part;
    if (index < parts.length - 1 || file.finalBreak) text += file.endings[index % file.endings.length]!;
  });
  // A blank last line without a line break after it is no line at all.
  const physical = (text.match(/\r\n|\r|\n/g) ?? []).length + (/[\r\n]$/.test(text) ? 0 : 1);
  return { text, starts: starts.filter((start) => start <= physical), physical };
}

function check(text: string, starts: readonly number[], physical: number, reading: QuoteReading): void {
  const csv = parseCsv(text, { multilineQuotes: reading });
  // The records cover every physical line exactly once.
  let expected = 1;
  for (const record of csv.records) {
    expect(record.line).toBe(expected);
    expect(record.endLine).toBeGreaterThanOrEqual(record.line);
    expected = record.endLine + 1;
  }
  expect(expected - 1).toBe(physical);
  // Rows in = header + imported + reported + skipped, each record once.
  const result = importDelimited(EMPLOYER_CONTACTS_TABLE, text, { multilineQuotes: reading, referenceYear: 2025 });
  const account = accountImport(
    result,
    csv.records.map((record) => record.line),
  );
  expect(account.unaccounted).toEqual([]);
  expect(account.header + account.imported + account.reported + account.skipped).toBe(csv.records.length);
  // No record the file meant is swallowed silently: it starts a record, or lies in a reported span.
  const recordStarts = new Set(csv.records.map((record) => record.line));
  for (const start of starts) {
    if (recordStarts.has(start)) continue;
    expect(reading, `line ${start} swallowed in ${JSON.stringify(text)}`).toBe('keep');
    expect(
      result.merged.some((span) => span.line < start && start <= span.endLine),
      `line ${start} swallowed without a report`,
    ).toBe(true);
  }
}

describe('every row read is accounted for', () => {
  it('rows in = imported + reported + skipped (+ header), and no meant record is swallowed silently (stray quotes read line by line)', () => {
    fc.assert(
      fc.property(csvFile, (file) => {
        const { text, starts, physical } = write(file);
        check(text, starts, physical, 'split');
      }),
      { numRuns: 200 },
    );
  });

  it('the same when the user keeps stray quotes as one value: every swallowed record lies in a reported span', () => {
    fc.assert(
      fc.property(csvFile, (file) => {
        const { text, starts, physical } = write(file);
        check(text, starts, physical, 'keep');
      }),
      { numRuns: 200 },
    );
  });
});
