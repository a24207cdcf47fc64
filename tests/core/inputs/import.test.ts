import { describe, expect, it } from 'vitest';
import {
  detectDelimiter,
  guessTable,
  importDelimited,
  importFromValues,
  mapHeaders,
  normalizeHeader,
  parseDateText,
  parseNumberText,
  parseRecords,
} from '../../../src/core/inputs/import';
import {
  INPUT_TABLES,
  JOBS_TABLE,
  SPECIALIST_TIME_TABLE,
  STAFF_TABLE,
  TABLES,
  tableSheetPlan,
} from '../../../src/core/inputs/tables';

/** A messy export: BOM, CRLF, ";" separator, decimal comma, dd.mm.yyyy and d.m.yy dates, blank lines, the header repeated mid-file, a quoted field holding ";" and a newline, and broken rows. */
const MESSY_STAFF =
  '\uFEFFInitialer;Rolle;Stillingsprosent;Ansatt fra;Fravær (uker);Kommentar\r\n' +
  'AB;jobbspesialist;1;01.03.2021;0;\r\n' +
  '\r\n' +
  'CD;Jobbspesialist;0,5;1.9.22;2;"Deltid; permisjon i mars"\r\n' +
  ';;;;;\r\n' +
  'Initialer;Rolle;Stillingsprosent;Ansatt fra;Fravær (uker);Kommentar\r\n' +
  'EF;erfaringskonsulent;0,75;2023-01-15;;"Sier ""ja"" til alt\r\nog litt til"\r\n' +
  'GH;metodeveileder;1;31.02.2024;0;\r\n' +
  'IJ;sjef;1,5;01.01.2024;x;\r\n' +
  'KL;jobbspesialist;1;01.01.2024;0;ekstra;felt\r\n' +
  'MN;jobbspesialist;"1;01.01.2024;0;\r\n' +
  'OP;JS;0.8;05.05.2024;1;\r\n';

describe('importDelimited: a messy CSV', () => {
  const result = importDelimited(STAFF_TABLE, MESSY_STAFF);

  it('detects the semicolon and maps the headers', () => {
    expect(result.delimiter).toBe(';');
    expect(result.headerLine).toBe(1);
    const byHeader = Object.fromEntries(result.mapping.map((m) => [m.header, m.column]));
    expect(byHeader).toEqual({
      Initialer: 'specialist',
      Rolle: 'role',
      Stillingsprosent: 'fte',
      'Ansatt fra': 'startDate',
      'Fravær (uker)': 'absentWeeks',
      Kommentar: null,
    });
    expect(result.warnings.some((w) => w.value === 'Kommentar')).toBe(true);
  });

  it('reads the good rows with decimal comma, Norwegian dates and list synonyms', () => {
    expect(result.rows.map((row) => row.line)).toEqual([2, 4, 7, 13]);
    expect(result.rows[0]!.values).toEqual({
      specialist: 'AB',
      role: 'specialist',
      fte: 1,
      startDate: '2021-03-01',
      absentWeeks: 0,
    });
    expect(result.rows[1]!.values).toMatchObject({
      specialist: 'CD',
      fte: 0.5,
      startDate: '2022-09-01',
      absentWeeks: 2,
    });
    // the quoted comment with a newline spans lines 7–8; the row is reported at its first line
    expect(result.rows[2]!.values).toMatchObject({
      specialist: 'EF',
      role: 'peerSpecialist',
      fte: 0.75,
      startDate: '2023-01-15',
      absentWeeks: null,
    });
    expect(result.rows[3]!.values).toMatchObject({
      specialist: 'OP',
      role: 'specialist',
      fte: 0.8,
      startDate: '2024-05-05',
    });
  });

  it('reports every unreadable row with line, column, value and reason', () => {
    const byLine = (line: number) => result.errors.filter((e) => e.line === line);
    expect(byLine(9)).toEqual([expect.objectContaining({ column: 'startDate', value: '31.02.2024' })]);
    expect(
      byLine(10)
        .map((e) => e.column)
        .sort(),
    ).toEqual(['absentWeeks', 'fte', 'role']);
    expect(byLine(10).find((e) => e.column === 'fte')!.message).toMatch(/≤ 1/);
    expect(byLine(10).find((e) => e.column === 'role')!.text.en).toMatch(/unknown value "sjef"/);
    expect(byLine(11)).toEqual([expect.objectContaining({ column: null })]);
    expect(byLine(11)[0]!.text.en).toMatch(/7 fields but the header has 6/);
    expect(byLine(12)).toEqual([expect.objectContaining({ column: null })]);
    expect(byLine(12)[0]!.text.en).toMatch(/quote is opened but never closed/);
    expect(new Set(result.errors.map((e) => e.line))).toEqual(new Set([9, 10, 11, 12]));
  });

  it('skips blank lines and the repeated header, and says so', () => {
    expect(result.skipped).toEqual([
      expect.objectContaining({ line: 3, reason: 'blank' }),
      expect.objectContaining({ line: 5, reason: 'blank' }),
      expect.objectContaining({ line: 6, reason: 'repeatedHeader' }),
    ]);
  });

  it('accounts for every record: read, reported or skipped', () => {
    const records = parseRecords(MESSY_STAFF, ';').length;
    const errorLines = new Set(result.errors.map((e) => e.line));
    expect(result.rows.length + errorLines.size + result.skipped.length + 1).toBe(records);
  });

  it('gives messages in the chosen language', () => {
    const en = importDelimited(STAFF_TABLE, MESSY_STAFF, { language: 'en' });
    expect(en.errors.find((e) => e.line === 9)!.message).toMatch(/expected a date/);
    expect(result.errors.find((e) => e.line === 9)!.message).toMatch(/ventet en dato/);
  });
});

describe('delimiters, quotes and line endings', () => {
  it('detects tab, comma and semicolon', () => {
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a;b;c\n1,5;2;3\n')).toBe(';');
    // decimal commas in a semicolon file do not fool it
    expect(detectDelimiter('Initialer;Stilling\nAB;0,5\nCD;1,0\n')).toBe(';');
  });

  it('handles quoted separators, newlines, doubled quotes, CR-only line ends and a missing final newline', () => {
    const records = parseRecords('x,"a,b","say ""hi""\nthere"\r1,2,3', ',');
    expect(records).toEqual([
      { line: 1, endLine: 2, fields: ['x', 'a,b', 'say "hi"\nthere'] },
      { line: 3, endLine: 3, fields: ['1', '2', '3'] },
    ]);
  });

  it('reads a comma file with quoted decimal commas', () => {
    const csv = 'Jobbspesialist,Stillingsandel\nAB,"0,5"\nCD,1\n';
    const result = importDelimited(STAFF_TABLE, csv);
    expect(result.delimiter).toBe(',');
    expect(result.rows.map((row) => row.values.fte)).toEqual([0.5, 1]);
    // role is required but missing from the header: reported once at the header line
    expect(result.errors).toEqual([expect.objectContaining({ line: 1, column: 'role' })]);
  });

  it('reads TSV pasted from a spreadsheet', () => {
    const tsv =
      'Deltaker (ID)\tStillingsbetegnelse\tArbeidsgiver\tSkaffet før IPS\tOrdinært arbeid\tStartdato\n' +
      'P001\tKassemedarbeider\tRema 1000\tnei\tja\t3.2.24\n' +
      'P002\tRengjører\tISS\tx\tJA\t2024-02-30\n';
    const result = importDelimited(JOBS_TABLE, tsv);
    expect(result.delimiter).toBe('\t');
    expect(result.rows).toEqual([
      expect.objectContaining({
        line: 2,
        values: expect.objectContaining({
          participant: 'P001',
          beforeIps: false,
          competitive: true,
          startDate: '2024-02-03',
        }),
      }),
    ]);
    expect(result.errors).toEqual([expect.objectContaining({ line: 3, column: 'startDate', value: '2024-02-30' })]);
  });
});

describe('values', () => {
  it('parses numbers with decimal comma, thousands spaces and percent', () => {
    expect(parseNumberText('0,5')).toEqual({ value: 0.5, percent: false });
    expect(parseNumberText('1 234,5')).toEqual({ value: 1234.5, percent: false });
    expect(parseNumberText('1\u00a0234')).toEqual({ value: 1234, percent: false });
    expect(parseNumberText('1.234,5')).toEqual({ value: 1234.5, percent: false });
    expect(parseNumberText('1,234.5')).toEqual({ value: 1234.5, percent: false });
    expect(parseNumberText('56 %')).toEqual({ value: 56, percent: true });
    expect(parseNumberText('−3')).toEqual({ value: -3, percent: false });
    for (const bad of ['abc', '1,2,3', '1-2', '', '12 3', '1..2', '0,5x']) expect(parseNumberText(bad)).toBeNull();
  });

  it('parses Norwegian and ISO dates', () => {
    expect(parseDateText('31.12.2024')).toBe('2024-12-31');
    expect(parseDateText('1.2.24')).toBe('2024-02-01');
    expect(parseDateText('01/02/2024')).toBe('2024-02-01');
    expect(parseDateText('2024-02-29')).toBe('2024-02-29');
    expect(parseDateText('2024-02-29T00:00:00')).toBe('2024-02-29');
    expect(parseDateText('9. mai 2027')).toBe('2027-05-09');
    expect(parseDateText('29.02.2023')).toBeNull();
    expect(parseDateText('2024-13-01')).toBeNull();
    expect(parseDateText('45123')).toBeNull();
  });

  it('reads percent columns as shares', () => {
    const csv = 'Jobbspesialist;Andel arbeidsrettet tid;Andel tid i lokalsamfunnet\nAB;95 %;0,65\nCD;80;120 %\n';
    const result = importDelimited(SPECIALIST_TIME_TABLE, csv);
    expect(result.rows[0]!.values).toMatchObject({ vocationalShare: 0.95, communityShare: 0.65 });
    expect(result.errors).toEqual([expect.objectContaining({ line: 3, column: 'communityShare', value: '120 %' })]);
    // 80 in a percent column is read as 80 % and the reading is noted
    const readAs = importDelimited(SPECIALIST_TIME_TABLE, 'Jobbspesialist;Andel arbeidsrettet tid\nCD;80\n');
    expect(readAs.rows[0]!.values.vocationalShare).toBe(0.8);
    expect(readAs.warnings).toEqual([expect.objectContaining({ line: 2, column: 'vocationalShare' })]);
  });
});

describe('header mapping', () => {
  it('is case-, diacritics- and punctuation-insensitive, nb and en', () => {
    expect(normalizeHeader('  Fått FØR IPS? ')).toBe('fatt for ips');
    const mapping = mapHeaders(
      ['JOBBSPESIALIST', 'role', 'Stillingsandel (heltid = 1)', 'In role since', 'uker fravaer i loggperioden'],
      STAFF_TABLE,
    );
    expect(mapping.map((m) => m.column)).toEqual(['specialist', 'role', 'fte', 'startDate', 'absentWeeks']);
    expect(mapping.map((m) => m.how)).toEqual(['exact', 'exact', 'fuzzy', 'exact', 'exact']);
  });

  it('matches misspellings and synonyms, and leaves unknown headers unmapped', () => {
    const mapping = mapHeaders(['Arbiedsgiver', 'Stilingsbetegnelse', 'Lønn'], JOBS_TABLE);
    expect(mapping.map((m) => [m.column, m.how])).toEqual([
      ['employer', 'fuzzy'],
      ['jobTitle', 'fuzzy'],
      [null, 'unmapped'],
    ]);
    // an exact synonym beats a misspelling of the header
    expect(mapHeaders(['Arbiedsgiver', 'Bedrift'], JOBS_TABLE).map((m) => m.column)).toEqual([null, 'employer']);
  });

  it('uses each column once, the best match first', () => {
    const mapping = mapHeaders(['Arbeidsgiver', 'Bedrift'], JOBS_TABLE);
    expect(mapping.map((m) => m.column)).toEqual(['employer', null]);
  });

  it('applies the override map, including ignoring a column', () => {
    const mapping = mapHeaders(['Kolonne X', 'Rolle', 'Stillingsandel'], STAFF_TABLE, {
      'kolonne x': 'specialist',
      Stillingsandel: null,
    });
    expect(mapping.map((m) => [m.column, m.how])).toEqual([
      ['specialist', 'override'],
      ['role', 'exact'],
      [null, 'ignored'],
    ]);
    expect(() => mapHeaders(['a'], STAFF_TABLE, { a: 'nope' })).toThrow(/no column nope/);
  });

  it('guesses the table from the headers', () => {
    expect(
      guessTable(['Dato for kontakt', 'Jobbspesialist', 'Kontaktform', 'Ansettelsesmyndighet'], INPUT_TABLES)?.id,
    ).toBe('employerContacts');
    expect(guessTable(['Stillingsbetegnelse', 'Arbeidsgiver', 'Arbeidssted'], INPUT_TABLES)?.id).toBe('jobs');
    expect(guessTable(['foo', 'bar'], INPUT_TABLES)).toBeNull();
  });
});

describe('importFromValues: a pasted or read sheet range', () => {
  it('takes numbers, booleans, Dates and serials as they are, and skips the help row of our own sheet', () => {
    const plan = tableSheetPlan(STAFF_TABLE, 'nb');
    const headerAndHelp = plan.blocks[0]!.values as string[][];
    const values = [
      headerAndHelp[0]!,
      headerAndHelp[1]!,
      ['AB', 'jobbspesialist', 1, 45352, 0],
      ['CD', 'metodeveileder', 0.5, new Date(2023, 0, 15), null],
      ['EF', 'IPS supervisor', '0,5', '15.01.2023', ''],
      [null, '', null, null, null],
      ['GH', 'jobbspesialist', true, 45352, 0],
    ];
    const result = importFromValues(STAFF_TABLE, values);
    expect(result.skipped).toEqual([
      expect.objectContaining({ line: 2, reason: 'helpRow' }),
      expect.objectContaining({ line: 6, reason: 'blank' }),
    ]);
    expect(result.rows.map((row) => row.values)).toEqual([
      { specialist: 'AB', role: 'specialist', fte: 1, startDate: '2024-03-01', absentWeeks: 0 },
      { specialist: 'CD', role: 'supervisor', fte: 0.5, startDate: '2023-01-15', absentWeeks: null },
      { specialist: 'EF', role: 'supervisor', fte: 0.5, startDate: '2023-01-15', absentWeeks: null },
    ]);
    expect(result.errors).toEqual([expect.objectContaining({ line: 7, column: 'fte', value: 'true' })]);
  });

  it('reports a missing required value', () => {
    const result = importFromValues(STAFF_TABLE, [
      ['Jobbspesialist', 'Rolle'],
      ['AB', ''],
    ]);
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([expect.objectContaining({ line: 2, column: 'role' })]);
    expect(result.errors[0]!.text.en).toMatch(/required/);
  });

  it('finds the header below a title line', () => {
    const csv = 'Porteføljeoversikt per 1. mars 2025;;\n\nJobbspesialist;Deltaker (ID);Status\nAB;P001;jobbsøker\n';
    const result = importDelimited(TABLES.caseload, csv);
    expect(result.headerLine).toBe(3);
    expect(result.skipped).toEqual([
      expect.objectContaining({ line: 1, reason: 'beforeHeader' }),
      expect.objectContaining({ line: 2, reason: 'blank' }),
    ]);
    expect(result.rows).toEqual([
      { line: 4, values: expect.objectContaining({ specialist: 'AB', participant: 'P001', status: 'jobSeeking' }) },
    ]);
  });

  it('handles an empty range', () => {
    expect(importFromValues(STAFF_TABLE, []).rows).toEqual([]);
    expect(importDelimited(STAFF_TABLE, '\n\n').skipped).toHaveLength(2);
  });
});
