/**
 * The preview workbook tells literal text from formulas (issue 9): text from a plan is text even
 * when it starts with "=", and a user typing into the grid gets Excel's rule ("=…" a formula,
 * "'=…" text, the formula bar showing the prefix again).
 */
import { describe, expect, it } from 'vitest';
import { formula } from '../../src/core/workbook/plan';
import { editText, MemoryWorkbook, parseTyped } from '../../src/preview/memory-workbook';

const plan = (values: unknown[][]) => ({ sheet: 'A', blocks: [{ row: 0, column: 0, values: values as never }] });

describe('MemoryWorkbook: text and formulas', () => {
  it('shows text from a plan that starts with "=" as that text, and computes only marked formulas', async () => {
    const workbook = new MemoryWorkbook();
    await workbook.write([plan([['=1+1', formula('=1+1'), formula('=A1&"!"'), "'sitat", '+cmd|x']])]);
    expect(workbook.valueAt('A', 'A1')).toBe('=1+1');
    expect(workbook.valueAt('A', 'B1')).toBe(2);
    expect(workbook.valueAt('A', 'C1')).toBe('=1+1!'); // a formula reads the text as text
    expect(workbook.valueAt('A', 'D1')).toBe("'sitat");
    expect(workbook.valueAt('A', 'E1')).toBe('+cmd|x');
    expect(await workbook.readSheet('A')).toEqual([['=1+1', 2, '=1+1!', "'sitat", '+cmd|x']]);
    // readTargets: formula text where a cell has one, else the text without its quote prefix.
    expect(await workbook.readTargets([plan([[null, null, null, null, null]])])).toEqual([
      [['=1+1', '=1+1', '=A1&"!"', "'sitat", '+cmd|x']],
    ]);
  });

  it('keeps typing as before: "=…" makes a formula, "\'=…" text, and the formula bar shows the prefix back', () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheet('A');
    workbook.setCellAt('A', 'A1', parseTyped('=2+3'));
    workbook.setCellAt('A', 'A2', parseTyped("'=2+3"));
    workbook.setCellAt('A', 'A3', parseTyped("'007"));
    workbook.setCellAt('A', 'A4', parseTyped('007'));
    expect(['A1', 'A2', 'A3', 'A4'].map((address) => workbook.valueAt('A', address))).toEqual([5, '=2+3', '007', 7]);
    expect(['A1', 'A2', 'A3', 'A4'].map((address) => editText(workbook.rawAt('A', address)))).toEqual([
      '=2+3',
      "'=2+3",
      "'007",
      '7',
    ]);
    // Committing the formula bar unchanged keeps every cell as it is.
    for (const address of ['A1', 'A2', 'A3', 'A4'])
      expect(parseTyped(editText(workbook.rawAt('A', address))), address).toEqual(workbook.rawAt('A', address));
  });

  it('shows text that typing would read as a number, a boolean or a formula with the prefix in the formula bar', async () => {
    const workbook = new MemoryWorkbook();
    await workbook.write([plan([['007', 'TRUE', '=x', "'x", 'tekst']])]);
    expect(['A1', 'B1', 'C1', 'D1', 'E1'].map((address) => editText(workbook.rawAt('A', address)))).toEqual([
      "'007",
      "'TRUE",
      "'=x",
      "''x",
      'tekst',
    ]);
  });
});
