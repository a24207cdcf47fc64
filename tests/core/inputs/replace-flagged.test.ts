/**
 * Issue 11 #10: «Erstatt med ID-er» replaces only the values the privacy check flagged (names,
 * fødselsnummer). The service's own codes in the same column stay as they are, and no code handed
 * out for a name is one the service already uses in that column.
 */
import { describe, expect, it } from 'vitest';
import { analyseImport } from '../../../src/core/inputs/analyse';
import { isFlaggedValue, pseudonymizeImported } from '../../../src/core/inputs/anonymity';
import { importDelimited } from '../../../src/core/inputs/import';
import { JOBS_TABLE } from '../../../src/core/inputs/tables';

/** A job list whose participant column holds the service's own codes and two names. */
const JOBS = [
  'Deltaker;Jobbspesialist;Startdato;Stilling;Arbeidsgiver;Ordinær jobb',
  'Kari Nordmann;AB;01.02.2025;Kokk;Kafé Sentrum;ja',
  'P001;AB;15.01.2025;Butikkmedarbeider;Rema 1000;ja',
  'P102;CD;10.01.2025;Sjåfør;Posten;ja',
  'kari nordmann;CD;12.01.2025;Lagerarbeider;Posten;ja',
  '01019012480;EF;05.12.2024;Renholder;Renhold AS;ja',
  'P102;EF;20.11.2024;Barnehageassistent;Kommunen;ja',
].join('\n');

describe('«Erstatt med ID-er» replaces only the flagged values', () => {
  it('keeps the service’s own codes and replaces the names and the fødselsnummer by codes it does not use', () => {
    const flagged = analyseImport(JOBS_TABLE, JOBS, { language: 'nb' });
    expect(flagged.findings.map((finding) => [finding.column, finding.kind])).toEqual(
      expect.arrayContaining([['participant', 'nationalId']]),
    );
    const replaced = analyseImport(JOBS_TABLE, JOBS, { language: 'nb', pseudonymize: ['participant'] });
    const participants = replaced.rows.map((row) => row.values['participant']);
    // Lines 3, 4 and 7 are the service's own codes: unchanged.
    expect(participants[1]).toBe('P001');
    expect(participants[2]).toBe('P102');
    expect(participants[5]).toBe('P102');
    // The two spellings of one name get one code; the fødselsnummer another; neither is a code in use.
    expect(participants[0]).toBe(participants[3]);
    expect(participants[0]).toMatch(/^P\d{3}$/);
    expect(participants[4]).toMatch(/^P\d{3}$/);
    expect(participants[4]).not.toBe(participants[0]);
    for (const code of [participants[0], participants[4]]) expect(['P001', 'P102']).not.toContain(code);
    expect(participants).toEqual(['P002', 'P001', 'P102', 'P002', 'P003', 'P102']);
    // Nothing is flagged any more, and the mapping holds only the replaced values.
    expect(replaced.findings.filter((finding) => finding.column === 'participant')).toEqual([]);
    expect([...replaced.pseudonyms['P']!.keys()]).toEqual(['kari nordmann', '01019012480']);
  });

  it('tells flagged values from codes', () => {
    for (const value of ['Kari Nordmann', 'NORDMANN, Kari'.replace('NORDMANN', 'Nordmann'), '010190 12480'])
      expect(isFlaggedValue(value), value).toBe(true);
    for (const value of ['P102', 'AB', 'JS9', '', null, 42]) expect(isFlaggedValue(value), String(value)).toBe(false);
  });

  it('pseudonymizeImported with `only` leaves other values and skips codes already in the column', () => {
    const rows = importDelimited(JOBS_TABLE, JOBS, { language: 'nb' }).rows;
    const { rows: out } = pseudonymizeImported(rows, 'participant', { only: isFlaggedValue });
    expect(out.map((row) => row.values['participant'])).toEqual(['P002', 'P001', 'P102', 'P002', 'P003', 'P102']);
  });
});
