/**
 * The preview computes with the add-in's formula engine (src/preview/engine/); the
 * preview's own evaluator is gone. These are its cases, kept: everything the score sheet's native
 * formulas need (SUM, COUNT, AVERAGE, ROUND, IF, IFERROR, ISNUMBER, LOOKUP with array constants,
 * &, comparisons, cross-sheet references) behaves as it did, i.e. as Excel does.
 */
import { describe, expect, it } from 'vitest';
import { FormulaBook } from '../../../src/preview/engine/book';
import { FormulaParseError, parseSheetFormula } from '../../../src/preview/engine/parse';
import { compareValues as compare, SheetError, type Scalar, type Value } from '../../../src/preview/engine/values';
import { parseAddress } from '../../../src/preview/memory-workbook';

/** Evaluates a formula in sheet "S" against a small A1-addressed table, also readable as sheet "Other". */
function run(formula: string, cells: Record<string, Scalar> = {}): Value {
  const at = new Map(
    Object.entries(cells).map(([address, value]) => {
      const { row, column } = parseAddress(address);
      return [`${row},${column}`, value];
    }),
  );
  const book = new FormulaBook({
    raw: (_sheet, row, column) => {
      const value = at.get(`${row},${column}`);
      return value === undefined || value instanceof SheetError
        ? value === undefined
          ? null
          : `=${value.code}`
        : value;
    },
    hasSheet: (sheet) => sheet === 'S' || sheet === 'Other',
  });
  return book.evaluate(formula, 'S');
}

const code = (value: Value) => (value instanceof SheetError ? value.code : value);

describe("the preview's formulas, computed by the formula engine", () => {
  it('does arithmetic with Excel precedence', () => {
    expect(run('=1+2*3')).toBe(7);
    expect(run('=(1+2)*3')).toBe(9);
    expect(run('=-2^2')).toBe(4);
    expect(run('=2^3^2')).toBe(64);
    expect(run('=10/4')).toBe(2.5);
    expect(run('=50%')).toBe(0.5);
    expect(code(run('=1/0'))).toBe('#DIV/0!');
  });

  it('reads cells and ranges; blanks are 0 in arithmetic and "" in text', () => {
    const cells = { A1: 2, A2: 3, A3: 'x', B1: null };
    expect(run('=A1+A2', cells)).toBe(5);
    expect(run('=B1+1', cells)).toBe(1);
    expect(run('=$A$1*A2', cells)).toBe(6);
    expect(run('="<"&B1&">"', cells)).toBe('<>');
    expect(code(run('=A3+1', cells))).toBe('#VALUE!');
    expect(run('=Other!A1', cells)).toBe(2);
    expect(run("='Other'!A2", cells)).toBe(3);
  });

  it('reads ranges on other sheets, and numbers with exponents', () => {
    const cells = { A1: 2, A2: 3, B1: 'x' };
    expect(run("=SUM('Other'!A1:A2)*1E1", cells)).toBe(50);
    expect(run('=COUNTA(Other!A1:B2)', cells)).toBe(3);
    expect(code(run('=Missing!A1'))).toBe('#REF!');
  });

  it('SUM, AVERAGE, MIN, MAX and AND ignore text and logicals in a single reference too, as Excel does', () => {
    const cells = { A1: '4', A2: true, A3: 2 };
    expect(run('=SUM(A1)', cells)).toBe(0);
    expect(run('=SUM(A1,A2,A3)', cells)).toBe(2);
    expect(run('=MAX(A1,A3)', cells)).toBe(2);
    expect(run('=AVERAGE(A1,A3)', cells)).toBe(2);
    expect(run('=AND(A1,A2)', cells)).toBe(true);
    // Typed arguments still convert.
    expect(run('=SUM("4",TRUE)')).toBe(5);
  });

  it('SUM, COUNT and AVERAGE ignore text and blanks in ranges', () => {
    const cells = { A1: 5, A2: '4', A3: null, A4: 3, A5: true };
    expect(run('=SUM(A1:A5)', cells)).toBe(8);
    expect(run('=COUNT(A1:A5)', cells)).toBe(2);
    expect(run('=COUNTA(A1:A5)', cells)).toBe(4);
    expect(run('=AVERAGE(A1:A5)', cells)).toBe(4);
    expect(run('=SUM(1,"2",TRUE)', cells)).toBe(4);
    expect(code(run('=AVERAGE(A3)', cells))).toBe('#DIV/0!');
    expect(run('=MIN(A1:A4)', cells)).toBe(3);
    expect(run('=MAX(A1:A4)', cells)).toBe(5);
  });

  it('ROUND rounds half away from zero without binary noise', () => {
    expect(run('=ROUND(2.675,2)')).toBe(2.68);
    expect(run('=ROUND(-2.5,0)')).toBe(-3);
    expect(run('=ROUND(4.12345,2)')).toBe(4.12);
    expect(run('=ROUND(AVERAGE(4,4,5),2)')).toBe(4.33);
    expect(run('=ROUNDDOWN(4.99,0)')).toBe(4);
    expect(run('=ROUNDUP(4.01,0)')).toBe(5);
  });

  it('IF is lazy, ISNUMBER and comparisons follow Excel', () => {
    expect(run('=IF(1<2,"yes",1/0)')).toBe('yes');
    expect(run('=IF(FALSE,1)')).toBe(false);
    expect(run('=IF(A1="",0,1)', {})).toBe(0);
    expect(run('=ISNUMBER(A1)', { A1: 3 })).toBe(true);
    expect(run('=ISNUMBER(A1)', { A1: '3' })).toBe(false);
    expect(run('="abc"="ABC"')).toBe(true);
    expect(run('=1<"a"')).toBe(true);
    expect(run('="a"<TRUE')).toBe(true);
    expect(run('=3<>3')).toBe(false);
    expect(run('=IFERROR(1/0,"none")')).toBe('none');
    expect(run('=AND(TRUE,1)')).toBe(true);
    expect(run('=OR(FALSE,0)')).toBe(false);
    expect(run('=NOT(0)')).toBe(true);
  });

  it('LOOKUP with array constants finds the largest key at or below the value', () => {
    const levels = '{25,74,100,115},{"Ikke IPS","Godkjent kvalitet","God kvalitet","Meget god kvalitet"}';
    expect(run(`=LOOKUP(103,${levels})`)).toBe('God kvalitet');
    expect(run(`=LOOKUP(115,${levels})`)).toBe('Meget god kvalitet');
    expect(run(`=LOOKUP(125,${levels})`)).toBe('Meget god kvalitet');
    expect(run(`=LOOKUP(73,${levels})`)).toBe('Ikke IPS');
    expect(code(run(`=LOOKUP(10,${levels})`))).toBe('#N/A');
    expect(run('=LOOKUP(2,{1,2,3;"a","b","c"})')).toBe('b');
    expect(run('=LOOKUP(-1,{-5,0},{"neg","zero"})')).toBe('neg');
  });

  it('concatenates numbers as a cell shows them', () => {
    expect(run('="Mangler "&(25-COUNT(A1:A3))&" av 25"', { A1: 1 })).toBe('Mangler 24 av 25');
    expect(run('=0.1+0.2&""')).toBe('0.3');
    expect(run('="x"&TRUE')).toBe('xTRUE');
    expect(run('="say ""hi"""')).toBe('say "hi"');
  });

  it('propagates errors and reports unknown names', () => {
    expect(code(run('=SUM(A1:A2)', { A1: new SheetError('#N/A') }))).toBe('#N/A');
    expect(code(run('=NOPE(1)'))).toBe('#NAME?');
    expect(code(run('=#N/A'))).toBe('#N/A');
    expect(code(run('=1+#DIV/0!'))).toBe('#DIV/0!');
  });

  it('rejects malformed formulas with a syntax error', () => {
    expect(() => parseSheetFormula('=1+')).toThrow(FormulaParseError);
    expect(() => parseSheetFormula('=SUM(1')).toThrow(FormulaParseError);
    expect(() => parseSheetFormula('="open')).toThrow(FormulaParseError);
    expect(() => parseSheetFormula('={1,2;3}')).toThrow(FormulaParseError);
  });

  it("compares blanks as the other side's type", () => {
    expect(compare(null, 0)).toBe(0);
    expect(compare(null, '')).toBe(0);
    expect(compare(null, false)).toBe(0);
    expect(compare(1, 2)).toBeLessThan(0);
  });

  it('parses A1 addresses', () => {
    expect(parseAddress('A1')).toEqual({ row: 0, column: 0 });
    expect(parseAddress('$AB$12')).toEqual({ row: 11, column: 27 });
  });
});
