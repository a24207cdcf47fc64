import { describe, expect, it } from 'vitest';
import type { CellArg } from '../../src/core/cells';
import { FUNCTIONS } from '../../src/core/functions/table';
import type { ParameterSpec } from '../../src/core/functions/types';
import { emptyRowsNote, leaveOutEmptyRowsAtEnd } from '../../src/excel/empty-rows';

const records = (name: string): ParameterSpec => ({
  name,
  type: 'any',
  dimensionality: 'matrix',
  rows: 'records',
});
const fixedList: ParameterSpec = {
  name: 'caps',
  type: 'any',
  dimensionality: 'matrix',
  optional: true,
};
const single: ParameterSpec = {
  name: 'output',
  type: 'any',
  dimensionality: 'scalar',
  optional: true,
};
const column = (...cells: (number | string | null)[]) => cells.map((cell) => [cell]);

describe('leaveOutEmptyRowsAtEnd', () => {
  it('blanks the rows at the end where every record range is blank or 0, and counts them', () => {
    const read = leaveOutEmptyRowsAtEnd(
      [records('a'), records('b')],
      [column(30, 0, 30, 0, null, ''), column(1, 1, 1, 0, 0, null)],
    );
    expect(read.args).toEqual([column(30, 0, 30, null, null, null), column(1, 1, 1, null, null, null)]);
    expect(read.leftOut).toBe(3);
  });

  it('keeps a row at the end that is 0 in one range but not in another', () => {
    const read = leaveOutEmptyRowsAtEnd([records('caseloads'), records('fte')], [column(30, 0, 0), column(1, 0.5, 0)]);
    expect(read.args).toEqual([column(30, 0, null), column(1, 0.5, null)]);
    expect(read.leftOut).toBe(1);
  });

  it('blanks rather than removes, so ranges of different sizes still differ', () => {
    const read = leaveOutEmptyRowsAtEnd([records('a'), records('b')], [column(30, 30, 0, 0), column(1, 1, 0)]);
    expect(read.args).toEqual([column(30, 30, null, null), column(1, 1, null)]);
    expect(read.leftOut).toBe(2);
  });

  it('reads a row of several cells as empty only when all of them are', () => {
    const phases = [
      [1, 1, 1, 1, 1, 1],
      [0, 0, 0, 0, 0, 'x'],
      [0, 0, 0, 0, 0, 0],
    ];
    const read = leaveOutEmptyRowsAtEnd([records('phases')], [phases]);
    expect(read.args[0]).toEqual([
      [1, 1, 1, 1, 1, 1],
      [0, 0, 0, 0, 0, 'x'],
      [null, null, null, null, null, null],
    ]);
    expect(read.leftOut).toBe(1);
  });

  it('leaves single cells, one-row ranges, fixed lists and omitted arguments alone', () => {
    const args: CellArg[] = [[[0]], [[0, 0, 0]], column(0, 0), 0, null];
    const read = leaveOutEmptyRowsAtEnd([records('a'), records('b'), fixedList, single, records('d')], args);
    expect(read.args).toEqual(args);
    expect(read.leftOut).toBe(0);
  });

  it('ignores a one-row record range when it finds the empty rows of the longer ones', () => {
    const weeks = FUNCTIONS['EMPLOYER_CONTACTS']!.parameters;
    const read = leaveOutEmptyRowsAtEnd(weeks, [column(50, 48, 0), [[8]], null, null, null, null]);
    expect(read.args.slice(0, 2)).toEqual([column(50, 48, null), [[8]]]);
    expect(read.leftOut).toBe(1);
  });

  it('reads every row as empty when nothing but blanks and 0 is given (the core then says there is nothing to score)', () => {
    const read = leaveOutEmptyRowsAtEnd([records('a')], [column(0, null, 0)]);
    expect(read.args).toEqual([column(null, null, null)]);
    expect(read.leftOut).toBe(3);
  });

  it('does not copy a long range whose empty rows are blank already (Excel on the web)', () => {
    const range = [[20], [25], ...Array.from({ length: 100_000 }, () => [null])];
    const read = leaveOutEmptyRowsAtEnd([records('a')], [range]);
    expect(read.args[0]).toBe(range);
    expect(read.leftOut).toBe(100_000);
  });
});

describe('emptyRowsNote', () => {
  it('says how many rows were left out and why, in Norwegian and English', () => {
    expect(emptyRowsNote(2).text).toEqual({
      nb: '2 tomme rader nederst ble utelatt (rader der alle cellene er tomme eller 0).',
      en: '2 empty rows at the end were left out (rows whose cells are all blank or 0).',
    });
    expect(emptyRowsNote(1).text.nb).toMatch(/^1 tom rad nederst ble utelatt/);
    expect(emptyRowsNote(1).text.en).toMatch(/^1 empty row at the end was left out/);
  });
});
