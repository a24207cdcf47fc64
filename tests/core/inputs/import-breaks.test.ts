/**
 * Imports never drop, merge or garble a row silently (issue 9, part 3). One test per break found
 * on main, named after it: stray quotes merging contact lines, thousands read as 1, two-digit
 * years read as 2069, and a long cell near the top taking minutes.
 */
import { describe, expect, it } from 'vitest';
import { importDelimited, parseRecords, readCell } from '../../../src/core/inputs/import';
import { scanRows } from '../../../src/core/inputs/anonymity';
import type { ColumnDefinition, TypedValue } from '../../../src/core/inputs/tables';
import {
  CHART_REVIEW_TABLE,
  EMPLOYER_CONTACTS_TABLE,
  INPUT_TABLES,
  SPECIALIST_TIME_TABLE,
  STAFF_TABLE,
} from '../../../src/core/inputs/tables';

/** Four contact lines; a stray quote opens on line 2, and line 4 quotes the boss in the middle of a value. */
const STRAY_QUOTE_LOG = [
  'Dato for kontakt;Jobbspesialist;Deltaker (ID);Kontaktform;Resultat',
  '01.02.2025;AB;P1;ansikt til ansikt;"Tilbud om praksis',
  '02.02.2025;AB;P2;telefon;Ringt, ingen svar',
  '03.02.2025;CD;P3;ansikt til ansikt;Sjefen sa "kanskje"',
  '04.02.2025;CD;P4;ansikt til ansikt;ok',
].join('\n');

describe('stray quotes never merge rows silently', () => {
  it('stray quote: a quoted value that swallows whole records is reported with the lines it spans, and each line is read as its own row', () => {
    const result = importDelimited(EMPLOYER_CONTACTS_TABLE, STRAY_QUOTE_LOG, { language: 'en' });
    expect(result.merged).toEqual([{ line: 2, endLine: 4 }]);
    expect(result.rows.map((row) => row.line)).toEqual([2, 3, 4, 5]);
    expect(result.rows.map((row) => row.values['participant'])).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(result.errors).toEqual([]);
  });

  it('stray quote: the lines are read as one value only when the caller says so, and still reported', () => {
    const result = importDelimited(EMPLOYER_CONTACTS_TABLE, STRAY_QUOTE_LOG, { multilineQuotes: 'keep' });
    expect(result.merged).toEqual([{ line: 2, endLine: 4 }]);
    expect(result.rows.map((row) => row.line)).toEqual([2, 5]);
  });

  it('a quote in the middle of an unquoted value is text, and a stray opening quote is kept as text', () => {
    const result = importDelimited(EMPLOYER_CONTACTS_TABLE, STRAY_QUOTE_LOG);
    const byLine = new Map(result.rows.map((row) => [row.line, row.values['result']]));
    expect(byLine.get(4)).toBe('Sjefen sa "kanskje"');
    expect(byLine.get(2)).toBe('"Tilbud om praksis');
  });

  it('a genuine line break inside a quoted note is one value and not reported', () => {
    const csv =
      'Dato for kontakt;Jobbspesialist;Kontaktform;Resultat\n01.02.2025;AB;telefon;"Ringer igjen\nneste uke; sjefen er bortreist"\n02.02.2025;CD;telefon;ok\n';
    const result = importDelimited(EMPLOYER_CONTACTS_TABLE, csv);
    expect(result.merged).toEqual([]);
    expect(result.rows.map((row) => [row.line, row.values['result']])).toEqual([
      [2, 'Ringer igjen neste uke; sjefen er bortreist'],
      [4, 'ok'],
    ]);
  });

  it('in a two-column file, a quoted note whose second line holds a separator is one value (prose, not a record)', () => {
    const csv = 'Journal nr.;Andre notater\n1;"Ringer igjen\nneste uke; sjefen er bort"\n2;ok\n';
    const result = importDelimited(CHART_REVIEW_TABLE, csv);
    expect(result.merged).toEqual([]);
    expect(result.rows.map((row) => [row.line, row.values['notes']])).toEqual([
      [2, 'Ringer igjen neste uke; sjefen er bort'],
      [4, 'ok'],
    ]);
  });

  it('a stray quote in tab-separated text pasted from a sheet is reported the same way', () => {
    // Only the date at the start of line 3 shows that the quote swallowed a record.
    const tsv =
      'Dato for kontakt\tJobbspesialist\tKontaktform\tResultat\n01.02.2025\tAB\ttelefon\t"notat\n02.02.2025\tCD\ttelefon\nslutt"\n';
    const result = importDelimited(EMPLOYER_CONTACTS_TABLE, tsv);
    expect(result.delimiter).toBe('\t');
    expect(result.merged).toEqual([{ line: 2, endLine: 4 }]);
    expect(result.rows.map((row) => row.line)).toEqual([2, 3]);
    expect(new Set(result.errors.map((issue) => issue.line))).toEqual(new Set([4]));
  });

  it('a stray quote whose swallowed line starts with a date is reported even when the columns vary', () => {
    const csv =
      'Dato for kontakt;Jobbspesialist;Kontaktform;Resultat\n01.02.2025;AB;telefon;"notat\n02.02.2025;CD;telefon\n03.02.2025;CD;telefon;"ok"\n';
    const records = parseRecords(csv, ';');
    expect(records.map((record) => record.line)).toEqual([1, 2, 3, 4]);
    expect(importDelimited(EMPLOYER_CONTACTS_TABLE, csv).merged).toEqual([{ line: 2, endLine: 4 }]);
  });
});

/** A count column without a maximum, so 1000 is a valid reading. */
const COUNT: ColumnDefinition = {
  id: 'count',
  header: { nb: 'Antall', en: 'Count' },
  type: 'number',
  required: false,
  help: { nb: '', en: '' },
  number: { min: 0, integer: true },
};

describe('numbers are never silently read as 1', () => {
  it('a thousands point in a count column is read as thousands: 1.000 → 1000, 1 000 → 1000', () => {
    expect(readCell('1.000', COUNT)).toMatchObject({ ok: true, value: 1000 });
    expect(readCell('12.500', COUNT)).toMatchObject({ ok: true, value: 12500 });
    expect(readCell('1 000', COUNT)).toMatchObject({ ok: true, value: 1000 });
    expect(readCell('2.000.000', COUNT)).toMatchObject({ ok: true, value: 2_000_000 });
  });

  it('1,000 in a count column is ambiguous (1 or 1000) and reported', () => {
    const read = readCell('1,000', COUNT);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.why.en).toMatch(/ambiguous: 1 or 1000/);
  });

  it('a thousands point in a count column with a small maximum is reported as too large, not read as 1', () => {
    const csv = 'Journal nr.;Støtte første tre måneder\n1;1.000\n2;12\n';
    const result = importDelimited(CHART_REVIEW_TABLE, csv, { language: 'en' });
    expect(result.rows.map((row) => row.values['supportMonths1to3'])).toEqual([12]);
    expect(result.errors).toEqual([expect.objectContaining({ line: 2, column: 'supportMonths1to3', value: '1.000' })]);
    expect(result.errors[0]!.message).toMatch(/got 1000/);
  });

  it('decimal columns keep 0,5 and 0.5 as decimals; 1.000 in an hours column is ambiguous and reported', () => {
    const csv = 'Jobbspesialist;Timer i lokalsamfunnet;Skjemalagte timer\nAB;0,5;37.5\nCD;1.000;37,5\nEF;12,500;40\n';
    const result = importDelimited(SPECIALIST_TIME_TABLE, csv, { language: 'en' });
    expect(result.rows.map((row) => [row.values['communityHours'], row.values['scheduledHours']])).toEqual([
      [0.5, 37.5],
    ]);
    expect(result.errors.map((issue) => [issue.line, issue.column])).toEqual([
      [3, 'communityHours'],
      [4, 'communityHours'],
    ]);
    expect(result.errors[0]!.message).toMatch(/"1\.000" is ambiguous: 1 or 1000/);
  });

  it('1.000 in a decimal column is read only when one reading fits the column, and noted', () => {
    const csv = 'Jobbspesialist;Rolle;Stillingsandel\nAB;jobbspesialist;1.000\n';
    const result = importDelimited(STAFF_TABLE, csv, { language: 'en' });
    expect(result.rows[0]!.values['fte']).toBe(1);
    expect(result.warnings).toEqual([expect.objectContaining({ line: 2, column: 'fte', value: '1.000' })]);
    expect(result.warnings[0]!.message).toMatch(/read as 1; 1000 does not fit/);
  });
});

describe('two-digit years', () => {
  it('01.03.69 is flagged, not turned into 2069', () => {
    const csv =
      'Jobbspesialist;Rolle;I rollen fra\nAB;jobbspesialist;01.03.69\nCD;jobbspesialist;1.9.22\nEF;jobbspesialist;01.03.1969\n';
    const result = importDelimited(STAFF_TABLE, csv, { language: 'en', referenceYear: 2025 });
    expect(result.rows.map((row) => [row.line, row.values['startDate']])).toEqual([
      [3, '2022-09-01'],
      [4, '1969-03-01'],
    ]);
    expect(result.errors).toEqual([expect.objectContaining({ line: 2, column: 'startDate', value: '01.03.69' })]);
    expect(result.errors[0]!.message).toMatch(/two-digit year .* 1969 or 2069/);
  });

  it('a two-digit year after next year is flagged too', () => {
    expect(
      importDelimited(STAFF_TABLE, 'Jobbspesialist;Rolle;I rollen fra\nAB;jobbspesialist;01.03.27\n', {
        referenceYear: 2025,
      }).errors,
    ).toHaveLength(1);
    expect(
      importDelimited(STAFF_TABLE, 'Jobbspesialist;Rolle;I rollen fra\nAB;jobbspesialist;01.03.26\n', {
        referenceYear: 2025,
      }).rows,
    ).toHaveLength(1);
  });
});

describe('long cells', () => {
  const withCell = (characters: number) =>
    `Dato for kontakt;Jobbspesialist;Kontaktform;Resultat\n01.02.2025;AB;telefon;"${'lang tekst '.repeat(Math.ceil(characters / 11)).slice(0, characters)}"\n02.02.2025;CD;telefon;ok\n`;

  it(
    'a 100 KB cell near the top is read at once, and its row reported as over the cell limit',
    { timeout: 15_000 },
    () => {
      const result = importDelimited(EMPLOYER_CONTACTS_TABLE, withCell(100_000), { language: 'en' });
      expect(result.rows.map((row) => row.line)).toEqual([3]);
      expect(result.errors).toEqual([expect.objectContaining({ line: 2, column: 'result' })]);
      expect(result.errors[0]!.message).toBe(
        "the value has 100,000 characters; a cell holds at most 32,767 (Excel's limit)",
      );
    },
  );

  it('a 1 MB cell near the top is read at once, and its row reported', { timeout: 15_000 }, () => {
    const result = importDelimited(EMPLOYER_CONTACTS_TABLE, withCell(1_000_000));
    expect(result.errors).toEqual([expect.objectContaining({ line: 2, column: 'result' })]);
    expect(result.errors[0]!.message).toMatch(
      /^verdien har 1\u00A0000\u00A0000 tegn; en celle kan ha høyst 32\u00A0767/,
    );
  });

  it('a 1 MB first line (a note above the header) does not stall the header guess', { timeout: 15_000 }, () => {
    const csv = `${'notat '.repeat(200_000)}\nDato for kontakt;Jobbspesialist;Kontaktform\n01.02.2025;AB;telefon\n`;
    const result = importDelimited(EMPLOYER_CONTACTS_TABLE, csv);
    expect(result.headerLine).toBe(2);
    expect(result.rows.map((row) => row.line)).toEqual([3]);
  });

  it('a first line with 100 000 fields does not stall the header guess', { timeout: 10_000 }, () => {
    const wide = Array.from({ length: 100_000 }, (_, i) => `felt ${i}`).join(';');
    const result = importDelimited(
      EMPLOYER_CONTACTS_TABLE,
      `${wide}\nDato for kontakt;Jobbspesialist;Kontaktform\n01.02.2025;AB;telefon\n`,
    );
    expect(result.headerLine).toBe(2);
    expect(result.skipped).toEqual([expect.objectContaining({ line: 1, reason: 'beforeHeader' })]);
    expect(result.rows.map((row) => row.line)).toEqual([3]);
  });

  it('a cell of exactly 32 767 characters is still read', () => {
    const result = importDelimited(EMPLOYER_CONTACTS_TABLE, withCell(32_767));
    expect(result.errors).toEqual([]);
    expect(String(result.rows[0]!.values['result']).length).toBe(32_767);
  });
});

describe('the analysis scans only what can hold personal data', () => {
  it('list, yes/no and date columns, once read, can hold neither a name nor a fødselsnummer (so the scan skips them)', () => {
    for (const table of INPUT_TABLES) {
      for (const column of table.columns.filter(
        (candidate) => candidate.type !== 'text' && candidate.type !== 'number',
      )) {
        const values: TypedValue[] =
          column.type === 'date'
            ? ['2025-02-01', '1999-12-31', '2031-06-15']
            : column.type === 'yesno'
              ? [true, false]
              : (column.options ?? []).map((option) => option.id);
        const rows = values.flatMap((value, index) =>
          Array.from({ length: 4 }, (_, copy) => ({ line: index * 4 + copy + 2, values: { [column.id]: value } })),
        );
        expect(scanRows(rows, [{ ...column, personal: true }]), `${table.id}.${column.id}`).toEqual([]);
      }
    }
  });
});
