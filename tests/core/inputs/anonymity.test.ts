import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findFodselsnummer,
  findNamesInText,
  isFodselsnummer,
  looksLikeName,
  pseudonymize,
  pseudonymizeImported,
  scanRows,
  scanValues,
} from '../../../src/core/inputs/anonymity';
import { importDelimited } from '../../../src/core/inputs/import';
import { CASELOAD_TABLE } from '../../../src/core/inputs/tables';

/** Synthetic numbers whose control digits were computed independently of the code under test. */
const VALID = ['01019012480', '15058543206', '24129987614', '31010155579', '02030405180', '09090712486'];
const D_NUMBER = '45059032163'; // day 45 = 5 + 40

describe('fødselsnummer', () => {
  it('accepts numbers with correct mod-11 control digits, also D-numbers and with a space after the date', () => {
    for (const number of VALID) expect(isFodselsnummer(number)).toBe(true);
    expect(isFodselsnummer(D_NUMBER)).toBe(true);
    expect(isFodselsnummer('010190 12480')).toBe(true);
  });

  it('rejects wrong control digits, impossible dates and other lengths', () => {
    for (const number of VALID) {
      const last = Number(number[10]);
      expect(isFodselsnummer(number.slice(0, 10) + String((last + 1) % 10))).toBe(false);
      const tenth = Number(number[9]);
      expect(isFodselsnummer(number.slice(0, 9) + String((tenth + 1) % 10) + number[10])).toBe(false);
    }
    expect(isFodselsnummer('32019012480')).toBe(false);
    expect(isFodselsnummer('0101901248')).toBe(false);
    expect(isFodselsnummer('010190124800')).toBe(false);
    expect(isFodselsnummer('12345678901')).toBe(false);
  });

  it('a change of any one digit is always caught (mod 11 detects single-digit errors)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VALID),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        (number, position, delta) => {
          const digits = [...number].map(Number);
          digits[position] = (digits[position]! + delta) % 10;
          return !isFodselsnummer(digits.join(''));
        },
      ),
    );
  });

  it('finds numbers inside free text but not inside longer digit runs', () => {
    expect(findFodselsnummer('Ring 01019012480 eller 15058543206.')).toEqual(['01019012480', '15058543206']);
    expect(findFodselsnummer('fnr 010190 12480')).toEqual(['01019012480']);
    expect(findFodselsnummer('konto 1501019012480')).toEqual([]);
    expect(findFodselsnummer('ugyldig 01019012481')).toEqual([]);
  });

  it('flags a column holding them, also as numbers that lost the leading zero', () => {
    const findings = scanValues([
      ['Deltaker', 'Notat', 'Telefon'],
      ['P001', 'fnr 01019012480', 48012345],
      ['P002', '', 1019012480],
      ['P003', 'ok', 99887766],
    ]);
    expect(findings.filter((f) => f.kind === 'nationalId').map((f) => [f.column, f.rows])).toEqual([
      [1, [2]],
      [2, [3]],
    ]);
    expect(findings[0]!.message.nb).toMatch(/fødselsnummer/);
    expect(findings[0]!.message.en).toMatch(/national identity number/);
  });
});

describe('fødselsnummer as evaluators paste them', () => {
  it('finds a fødselsnummer written with a hyphen: 010190-12480', () => {
    expect(findFodselsnummer('fnr 010190-12480')).toEqual(['01019012480']);
    expect(isFodselsnummer('010190-12480')).toBe(true);
    expect(findFodselsnummer('010190 – 12480')).toEqual(['01019012480']);
  });

  it('finds a fødselsnummer with a dotted date: 01.01.90 12480', () => {
    expect(findFodselsnummer('født 01.01.90 12480')).toEqual(['01019012480']);
    expect(isFodselsnummer('01.01.90 12480')).toBe(true);
    expect(findFodselsnummer('01.01.90-12480')).toEqual(['01019012480']);
  });

  it('finds a fødselsnummer grouped 3-3-5: 010 190 12480', () => {
    expect(findFodselsnummer('nr. 010 190 12480.')).toEqual(['01019012480']);
    expect(isFodselsnummer('010 190 12480')).toBe(true);
  });

  it('finds a fødselsnummer with two spaces after the date: 010190  12480', () => {
    expect(findFodselsnummer('010190  12480')).toEqual(['01019012480']);
    expect(isFodselsnummer('010190  12480')).toBe(true);
  });

  it('finds the 10-digit text a CSV export leaves when the leading zero is lost: 1019012480', () => {
    expect(findFodselsnummer('1019012480')).toEqual(['01019012480']);
    expect(findFodselsnummer('Deltaker 1019012480 fikk jobb')).toEqual(['01019012480']);
    const findings = scanValues([
      ['Deltaker', 'Id'],
      ['P001', '1019012480'],
      ['P002', ''],
    ]);
    expect(findings.map((f) => [f.column, f.kind, f.rows])).toEqual([[1, 'nationalId', [2]]]);
  });

  it('finds D-numbers (day + 40) in every written form, with both control digits checked', () => {
    for (const written of ['45059032163', '450590 32163', '450590-32163', '45.05.90 32163', '450 590 32163']) {
      expect(findFodselsnummer(`x ${written} y`), written).toEqual([D_NUMBER]);
    }
    // A wrong control digit in any form is not a number.
    for (const written of [
      '450590-32164',
      '45.05.90 32173',
      '450 590 32263',
      '010190-12481',
      '01.01.90 12490',
      '1019012481',
    ]) {
      expect(findFodselsnummer(written), written).toEqual([]);
    }
  });

  it('leaves dates, phone numbers, organisation numbers and amounts alone', () => {
    const harmless = [
      '01.01.1990',
      '01.01.90',
      '1990-01-01',
      '01/01/90',
      '48012345',
      '480 12 345',
      '+47 480 12 345',
      '+4748012345',
      '0047 48012345',
      '22 33 44 55',
      '923609016',
      '923 609 016',
      'NO 923 609 016 MVA',
      '1 019 012,48 kr',
      '10190124.80',
      'Møte 01.01.90 kl. 12.30, tlf 480 12 345',
    ];
    for (const value of harmless) {
      expect(findFodselsnummer(value), value).toEqual([]);
      expect(scanValues([['Notat'], [value]]), value).toEqual([]);
    }
  });
});

describe('names as evaluators write them', () => {
  it('recognises a name in lower case: kari nordmann', () => {
    expect(looksLikeName('kari nordmann')).toBe('name');
    expect(findNamesInText('kari nordmann').map((m) => m.text)).toEqual(['kari nordmann']);
  });

  it('recognises a name in upper case: KARI NORDMANN', () => {
    expect(looksLikeName('KARI NORDMANN')).toBe('name');
    expect(findNamesInText('Møte med KARI NORDMANN i dag').map((m) => m.text)).toEqual(['KARI NORDMANN']);
  });

  it('finds a name inside free text: Møte med Kari Nordmann', () => {
    expect(findNamesInText('Møte med Kari Nordmann').map((m) => m.text)).toEqual(['Kari Nordmann']);
    expect(findNamesInText('Deltaker Kari Nordmann 01019012480 fikk jobb').map((m) => m.text)).toEqual([
      'Kari Nordmann',
    ]);
    expect(findNamesInText('Jobbspesialisten møtte Anne-Lise M. Berg og per olsen.').map((m) => m.text)).toEqual([
      'Anne-Lise M. Berg',
      'per olsen',
    ]);
    expect(findNamesInText('Deltaker Zyxa Quorvik startet i jobb.')).toEqual([
      expect.objectContaining({ text: 'Zyxa Quorvik', kind: 'possibleName' }),
    ]);
    expect(findNamesInText('Hjalp Zara Olsen med CV.')).toEqual([
      expect.objectContaining({ text: 'Zara Olsen', kind: 'possibleName' }),
    ]);
  });

  it('flags an import column whose free text mentions a name', () => {
    const findings = scanValues([
      ['Notat'],
      ['Møte med Kari Nordmann'],
      ['Jobbstart hos Rema 1000'],
      ['Ingen endring'],
      ['Oppfølging per telefon'],
    ]);
    expect(findings.map((f) => [f.column, f.kind, f.rows])).toEqual([[0, 'names', [2]]]);
  });

  it('does not take words that are also first names, job titles or places for names', () => {
    const harmless = [
      'To team per jobbspesialist.',
      'Per uke: 6 kontakter.',
      'PER UKE',
      'Liv og helse',
      'Even though the team met weekly.',
      'Kvartalsvise gruppemøter med NAV.',
      'Metodeveileder: Delta på behandlingsteammøter.',
      'Åsen Sykehus og Lilleby Sparebank',
      'Jobbspesialisten har 19 deltakere.',
      'Tone i møtet var god.',
      'line manager',
      'Enige om 4 etter gjennomgang.',
    ];
    for (const value of harmless) expect(findNamesInText(value), value).toEqual([]);
    expect(looksLikeName('per uke')).toBeNull();
    expect(looksLikeName('i arbeid')).toBeNull();
    expect(looksLikeName('kassemedarbeider')).toBeNull();
  });
});

describe('names', () => {
  it('recognises names by common first names and by capitalised words', () => {
    expect(looksLikeName('Kari Nordmann')).toBe('name');
    expect(looksLikeName('Anne-Lise Berg')).toBe('name');
    expect(looksLikeName('Anne M.')).toBe('name');
    expect(looksLikeName('Ola')).toBe('name');
    expect(looksLikeName('Nordmann, Kari')).toBe('name');
    expect(looksLikeName('Zyxa Quorvik')).toBe('possibleName');
    expect(looksLikeName('P001')).toBeNull();
    expect(looksLikeName('Åsen Sykehus')).toBeNull();
    expect(looksLikeName('Sentrum Stormagasin AS')).toBeNull();
    expect(looksLikeName('Kassemedarbeider')).toBeNull();
    expect(looksLikeName(42)).toBeNull();
  });

  it('flags a column of names and leaves codes, job types and employers alone', () => {
    const findings = scanValues([
      ['Deltaker', 'Jobbtype', 'Arbeidsgiver', 'Kode'],
      ['Kari Nordmann', 'Kassemedarbeider', 'Rema 1000 Sentrum', 'P001'],
      ['Ola Hansen', 'Rengjører', 'Åsen sykehus', 'P002'],
      ['Fatima Zahra Ali', 'Sjåfør', 'Burgerhjørnet', 'P003'],
      ['P004', 'Oppvasker', 'Lilleby Sparebank', 'P004'],
    ]);
    expect(findings.map((f) => [f.column, f.kind])).toEqual([[0, 'names']]);
    expect(findings[0]!.rows).toEqual([2, 3, 4]);
    expect(findings[0]!.message.nb).toMatch(/navn/);
  });

  it('uses the table to look harder at participant columns', () => {
    const result = importDelimited(
      CASELOAD_TABLE,
      'Jobbspesialist;Deltaker;Status\nAB;Per Olsen;jobbsøker\nAB;P002;i arbeid\nCD;P003;i arbeid\nCD;P004;i arbeid\n',
    );
    const findings = scanRows(result.rows, CASELOAD_TABLE.columns);
    expect(findings).toEqual([
      expect.objectContaining({ column: 'participant', kind: 'names', rows: [2], count: 1, of: 4 }),
    ]);
  });
});

describe('pseudonymize', () => {
  const rows = [
    ['AB', 'Kari Nordmann', 'ja'],
    ['AB', 'Ola Hansen', 'nei'],
    ['CD', ' kari  nordmann ', 'ja'],
    ['CD', '', 'nei'],
    ['EF', 'Per Olsen', 'ja'],
  ];

  it('replaces values by stable codes in order of first appearance, the same person getting the same code', () => {
    const { rows: out, mapping } = pseudonymize(rows, 1);
    expect(out.map((row) => row[1])).toEqual(['P001', 'P002', 'P001', '', 'P003']);
    expect([...mapping.entries()]).toEqual([
      ['kari nordmann', 'P001'],
      ['ola hansen', 'P002'],
      ['per olsen', 'P003'],
    ]);
    expect(rows[0]![1]).toBe('Kari Nordmann'); // input untouched
    expect(out[0]![0]).toBe('AB');
  });

  it('gives the same result every time and continues an earlier mapping', () => {
    expect(pseudonymize(rows, 1).rows).toEqual(pseudonymize(rows, 1).rows);
    const first = pseudonymize(rows, 1);
    const second = pseudonymize([{ name: 'Per Olsen' }, { name: 'Nina Berg' }], 'name', { existing: first.mapping });
    expect(second.rows).toEqual([{ name: 'P003' }, { name: 'P004' }]);
    expect(first.mapping.size).toBe(3);
  });

  it('is a bijection on distinct values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 40 }), (values) => {
        const { rows: out, mapping } = pseudonymize(
          values.map((value) => ({ value })),
          'value',
          { prefix: 'X', digits: 2 },
        );
        const keys = values.map((value) => value.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb'));
        out.forEach((row, i) => {
          if (keys[i] === '') expect(row.value).toBe(values[i]);
          else expect(row.value).toBe(mapping.get(keys[i]!));
        });
        return new Set(mapping.values()).size === mapping.size;
      }),
    );
  });

  it('works on imported rows', () => {
    const result = importDelimited(
      CASELOAD_TABLE,
      'Jobbspesialist;Deltaker;Status\nAB;Per Olsen;jobbsøker\nCD;Per Olsen;i arbeid\n',
    );
    const { rows: out } = pseudonymizeImported(result.rows, 'participant', { prefix: 'D' });
    expect(out.map((row) => [row.line, row.values.participant, row.values.specialist])).toEqual([
      [2, 'D001', 'AB'],
      [3, 'D001', 'CD'],
    ]);
  });
});
