/**
 * Decoding an imported file: a UTF-8 file with one stray Windows-1252 byte stays UTF-8 (its line
 * reported) instead of being read as Windows-1252 throughout («BÃ¦rum»); a Windows-1252 file is
 * detected; the user can choose the encoding; valid UTF-8 decodes exactly as the platform does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, firstLines } from '../../../src/core/inputs/decode';
import { importDelimited } from '../../../src/core/inputs/import';
import { STAFF_TABLE } from '../../../src/core/inputs/tables';

const utf8 = (text: string) => new TextEncoder().encode(text);
const cp1252 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

describe('mixed encoding', () => {
  const mixed = join(
    utf8('Jobbspesialist;Rolle;Team\nÅS;jobbspesialist;Bærum\nØL;jobbspesialist;'),
    cp1252('Tønsberg'), // one line pasted from a Windows-1252 file
    utf8('\nÆB;metodeveileder;Bærum\n'),
  );

  it('one Windows-1252 byte in a UTF-8 file: read as UTF-8, æøå intact, the line with the byte reported', () => {
    const decoded = decodeBytes(mixed);
    expect(decoded).toMatchObject({ encoding: 'utf-8', detected: true, badLines: [3], badBytes: 1 });
    expect(decoded.text).toContain('ÅS;jobbspesialist;Bærum');
    expect(decoded.text).toContain('ÆB;metodeveileder;Bærum');
    expect(decoded.text).not.toContain('Ã');
  });

  it('the value with the unreadable byte is reported, not imported garbled', () => {
    const result = importDelimited(
      {
        ...STAFF_TABLE,
        columns: [
          ...STAFF_TABLE.columns,
          { ...STAFF_TABLE.columns[0]!, id: 'team', header: { nb: 'Team', en: 'Team' }, required: false },
        ],
      },
      decodeBytes(mixed).text,
      { language: 'en' },
    );
    expect(result.rows.map((row) => row.line)).toEqual([2, 4]);
    expect(result.errors).toEqual([expect.objectContaining({ line: 3, column: 'team' })]);
    expect(result.errors[0]!.message).toMatch(/could not be read .*choose another encoding/);
  });

  it("a Windows-1252 file (Norwegian Excel's CSV) is detected as Windows-1252", () => {
    const decoded = decodeBytes(cp1252('Jobbspesialist;Team\nÅS;Bærum\nØL;Tønsberg – øst\n'.replace('–', '\u0096')));
    expect(decoded).toMatchObject({ encoding: 'windows-1252', detected: true, badLines: [], badBytes: 0 });
    expect(decoded.text).toBe('Jobbspesialist;Team\nÅS;Bærum\nØL;Tønsberg – øst\n');
  });

  it('the user can switch the encoding either way', () => {
    expect(decodeBytes(mixed, 'windows-1252')).toMatchObject({ encoding: 'windows-1252', detected: false });
    expect(decodeBytes(mixed, 'windows-1252').text).toContain('BÃ¦rum');
    const forced = decodeBytes(cp1252('Team\nBærum\n'), 'utf-8');
    expect(forced).toMatchObject({ encoding: 'utf-8', detected: false, badLines: [2] });
    expect(forced.text).toBe('Team\nB\uFFFDrum\n');
  });

  it("a UTF-8 byte-order mark decides UTF-8, a UTF-16 one UTF-16 (Excel's «Unicode text»)", () => {
    expect(decodeBytes(join(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('Team\nBærum\n'))).text).toBe('\uFEFFTeam\nBærum\n');
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from('Team\tØ\n', 'utf16le')]);
    expect(decodeBytes(utf16)).toMatchObject({ encoding: 'utf-16le', text: '\uFEFFTeam\tØ\n' });
  });

  it('valid UTF-8 decodes as the platform decodes it, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const decoded = decodeBytes(utf8(text), 'utf-8');
        expect(decoded.text).toBe(text);
        expect(decoded.badBytes).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('any bytes decode as the platform decodes them (invalid ones as U+FFFD), lines with invalid bytes listed', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const platform = new TextDecoder('utf-8').decode(bytes);
        const decoded = decodeBytes(bytes, 'utf-8');
        // The platform may join a truncated sequence into one U+FFFD; the characters read are the same.
        expect(decoded.text.replace(/\uFFFD+/g, '\uFFFD')).toBe(platform.replace(/\uFFFD+/g, '\uFFFD'));
        expect(decoded.badBytes > 0).toBe(platform.includes('\uFFFD'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the header and a sample as read', () => {
  it('gives the first lines, each cut to a length', () => {
    expect(firstLines('\uFEFFa;b\r\n1;2\n\n3;4', 3)).toEqual(['a;b', '1;2', '']);
    expect(firstLines(`${'x'.repeat(500)}\ny`, 2, 10)).toEqual(['xxxxxxxxxx…', 'y']);
  });
});
