/**
 * The built-ins the «Vurderingsplan» sheet needs (issue 12): MAXIFS, MINIFS, TODAY and
 * SUBSTITUTE, plus the tilde escapes its criteria rely on, computed as Excel and Sheets do.
 */
import { describe, expect, it } from 'vitest';
import { FormulaBook } from '../../../src/preview/engine/book';
import type { EngineOptions } from '../../../src/preview/engine/evaluate';
import type { RawCell } from '../../../src/preview/engine/raw-cell';
import { SheetError, type Value } from '../../../src/preview/engine/values';
import { parseAddress } from '../../../src/preview/memory-workbook';

function run(formula: string, cells: Record<string, RawCell> = {}, options: EngineOptions = {}): Value {
  const at = new Map(
    Object.entries(cells).map(([address, value]) => {
      const { row, column } = parseAddress(address);
      return [`${row},${column}`, value];
    }),
  );
  const book = new FormulaBook(
    { raw: (_sheet, row, column) => at.get(`${row},${column}`) ?? null, hasSheet: (sheet) => sheet === 'S' },
    options,
  );
  return book.evaluate(formula, 'S');
}

const code = (value: Value) => (value instanceof SheetError ? value.code : value);

const TABLE = {
  A1: 'Nord',
  B1: 10,
  C1: 'x',
  A2: 'Sør',
  B2: 40,
  C2: 'y',
  A3: 'nord',
  B3: 25,
  C3: 'y',
  A4: 'Nord',
  B4: 'tekst',
  C4: 'y',
  A5: 'N*rd',
  B5: 7,
  C5: 'x',
};

describe('MAXIFS and MINIFS', () => {
  it('take the largest and smallest number among the rows every criterion holds for, ignoring text', () => {
    expect(run('=MAXIFS(B1:B5,A1:A5,"Nord")', TABLE)).toBe(25);
    expect(run('=MINIFS(B1:B5,A1:A5,"Nord")', TABLE)).toBe(10);
    expect(run('=MAXIFS(B1:B5,A1:A5,"Nord",C1:C5,"x")', TABLE)).toBe(10);
    expect(run('=MINIFS(B1:B5,C1:C5,"y",B1:B5,">20")', TABLE)).toBe(25);
  });

  it('give 0 when no row matches, #VALUE! for ranges of different sizes or a missing criterion', () => {
    expect(run('=MAXIFS(B1:B5,A1:A5,"Vest")', TABLE)).toBe(0);
    expect(code(run('=MAXIFS(B1:B5,A1:A4,"Nord")', TABLE))).toBe('#VALUE!');
    expect(code(run('=MINIFS(B1:B5,A1:A5)', TABLE))).toBe('#VALUE!');
  });

  it('match a wildcard escaped with a tilde literally, and "==" as text starting with "="', () => {
    expect(run('=MAXIFS(B1:B5,A1:A5,"N*rd")', TABLE)).toBe(25);
    expect(run('=MAXIFS(B1:B5,A1:A5,"N~*rd")', TABLE)).toBe(7);
    expect(run('=MAXIFS(B1:B2,A1:A2,"==1+1")', { A1: "'=1+1", B1: 3, A2: '1+1', B2: 9 })).toBe(3);
    expect(run('=MAXIFS(B1:B2,A1:A2,"=a~~b")', { A1: 'a~b', B1: 4, A2: 'a~~b', B2: 9 })).toBe(4);
  });
});

describe('TODAY and SUBSTITUTE', () => {
  it('TODAY is the serial date the engine is given, and the computer date otherwise', () => {
    expect(run('=TODAY()', {}, { today: () => 45_900 })).toBe(45_900);
    expect(run('=TODAY()+10', {}, { today: () => 45_900 })).toBe(45_910);
    const now = new Date();
    const expected = Math.round(
      (Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000,
    );
    expect(run('=TODAY()')).toBe(expected);
    expect(code(run('=TODAY(1)'))).toBe('#VALUE!');
  });

  it('SUBSTITUTE replaces every occurrence, or only the given instance', () => {
    expect(run('=SUBSTITUTE("a*b*c","*","~*")')).toBe('a~*b~*c');
    expect(run('=SUBSTITUTE("a*b*c","*","-",2)')).toBe('a*b-c');
    expect(run('=SUBSTITUTE("abc","","x")')).toBe('abc');
    expect(run('=SUBSTITUTE(A1,"1","2")', { A1: 121 })).toBe('222');
    expect(code(run('=SUBSTITUTE("a","a","b",0)'))).toBe('#VALUE!');
  });
});
