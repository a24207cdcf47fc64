import { describe, expect, it } from 'vitest';
import { IpsError } from '../../src/core/errors';
import type { CellArg } from '../../src/core/cells';
import { FUNCTION_LIST, FUNCTIONS } from '../../src/core/functions/table';
import type { FunctionSpec } from '../../src/core/functions/types';
import { associateAll, excelFunction, toCellArg } from '../../src/excel/custom-functions';
import { paneLanguage } from '../../src/excel/language';
import {
  excelSerial,
  genericCases,
  HOST_CASES,
  toExcelArgs,
  toExcelDesktopArgs,
  type HostCase,
} from '../shared/host-cases';
import { emptyRowsAtEndTests } from './empty-rows-cases';
import { callExcel, coreAnswer, EXCEL_ERROR_CODES, standInHost } from './stand-in-host';

const ALL_CASES: HostCase[] = [...HOST_CASES, ...genericCases(FUNCTION_LIST)];

describe('associateAll', () => {
  it('associates every function of the table once, by its name', () => {
    const { host, associated } = standInHost();
    expect(associateAll(FUNCTION_LIST, host)).toEqual(FUNCTION_LIST.map((spec) => spec.name));
    expect([...associated.keys()].sort()).toEqual(FUNCTION_LIST.map((spec) => spec.name).sort());
  });
});

describe('excelFunction: every shared host case answers as the core does', () => {
  const { host, associated } = standInHost();
  associateAll(FUNCTION_LIST, host);

  it.each(ALL_CASES.map((hostCase) => [hostCase.name, hostCase] as const))('%s', (_name, hostCase) => {
    const spec = FUNCTIONS[hostCase.fn];
    expect(spec, `unknown function ${hostCase.fn}`).toBeDefined();
    const args = toExcelArgs(spec!.parameters, hostCase.args);
    const answer = callExcel(associated.get(hostCase.fn)!, args);
    expect(answer).toEqual(coreAnswer(spec!, args as CellArg[]));
    const expected = hostCase.expect;
    if (expected && 'value' in expected) expect(answer).toEqual({ value: expected.value });
    if (expected && 'date' in expected) expect(answer).toEqual({ value: excelSerial(expected.date) });
    if (expected && 'error' in expected) {
      expect(answer).toMatchObject({ error: EXCEL_ERROR_CODES[expected.error] });
      if (expected.includes) expect((answer as { message: string }).message).toContain(expected.includes);
    }
  });

  const desktopCases = ALL_CASES.filter((hostCase) => hostCase.emptyRowsAtEnd);
  it.each(desktopCases.map((hostCase) => [hostCase.name, hostCase] as const))(
    '%s, blanks sent as 0 (Excel desktop)',
    (_name, hostCase) => {
      const spec = FUNCTIONS[hostCase.fn]!;
      const web = callExcel(associated.get(hostCase.fn)!, toExcelArgs(spec.parameters, hostCase.args));
      expect(callExcel(associated.get(hostCase.fn)!, toExcelDesktopArgs(spec.parameters, hostCase.args))).toEqual(web);
    },
  );
});

describe('excelFunction: empty rows at the end of the ranges are left out, however Excel sends the blanks', () => {
  const { host, associated } = standInHost();
  associateAll(FUNCTION_LIST, host);
  emptyRowsAtEndTests(() => associated);
});

describe('excelFunction: error and result mapping', () => {
  const spec = (invoke: FunctionSpec['invoke'], dimensionality: 'scalar' | 'matrix' = 'scalar'): FunctionSpec => ({
    name: 'PROBE',
    parameters: [
      { name: 'a', type: 'any', dimensionality: 'matrix' },
      { name: 'b', type: 'any', dimensionality: 'scalar', optional: true },
    ],
    result: { type: 'any', dimensionality },
    invoke,
  });
  const call = (probe: FunctionSpec, ...args: unknown[]) => callExcel(excelFunction(probe, standInHost().host), args);

  it.each([
    ['invalidValue', '#VALUE!'],
    ['invalidNumber', '#NUM!'],
    ['notAvailable', '#N/A'],
    ['divisionByZero', '#DIV/0!'],
  ] as const)('maps %s to %s with the message', (code, excel) => {
    expect(
      call(
        spec(() => {
          throw new IpsError(code, `argument 'a': ${code}`);
        }),
        [[1]],
      ),
    ).toEqual({ error: excel, message: `argument 'a': ${code}` });
  });

  it('reports an unexpected exception as #VALUE! naming the function', () => {
    expect(
      call(
        spec(() => {
          throw new TypeError('boom');
        }),
        [[1]],
      ),
    ).toEqual({ error: '#VALUE!', message: 'PROBE: unexpected error (boom)' });
  });

  it('passes omitted optional arguments (null or undefined) and ranges through, one per parameter', () => {
    const seen: unknown[][] = [];
    const probe = spec((...args) => {
      seen.push(args);
      return 1;
    });
    call(
      probe,
      [
        [1, null],
        [2, ''],
      ],
      null,
    );
    call(probe, [[3]]);
    call(probe, [[4]], 5, 'extra');
    expect(seen).toEqual([
      [
        [
          [1, null],
          [2, ''],
        ],
        null,
      ],
      [[[3]], undefined],
      [[[4]], 5],
    ]);
  });

  it('returns matrix results as 2-D arrays and unwraps 1×1 results of scalar functions', () => {
    expect(
      call(
        spec(() => [['a', 'b']], 'matrix'),
        [[1]],
      ),
    ).toEqual({ value: [['a', 'b']] });
    expect(
      call(
        spec(() => 'a', 'matrix'),
        [[1]],
      ),
    ).toEqual({ value: [['a']] });
    expect(
      call(
        spec(() => [[7]]),
        [[1]],
      ),
    ).toEqual({ value: 7 });
    expect(
      call(
        spec(() => [[1, 2]]),
        [[1]],
      ),
    ).toMatchObject({ error: '#VALUE!' });
    expect(
      call(
        spec(() => [[1, 2], [3]], 'matrix'),
        [[1]],
      ),
    ).toMatchObject({ error: '#VALUE!' });
  });

  it('returns a date result as the serial day number, and #NUM! for a number that is not a whole day', () => {
    const dateSpec = (value: number): FunctionSpec => ({
      ...spec(() => value),
      result: { type: 'number', dimensionality: 'scalar', kind: 'date' },
    });
    expect(call(dateSpec(46180), [[1]])).toEqual({ value: 46180 });
    for (const notADay of [0, 46180.5, 2_958_466, -1]) {
      expect(call(dateSpec(notADay), [[1]])).toEqual({ error: '#NUM!', message: 'PROBE: the result is not a date' });
    }
    expect(
      call(
        spec(() => 46180.5),
        [[1]],
      ),
    ).toEqual({ value: 46180.5 });
  });

  it('never hands Excel NaN or Infinity', () => {
    expect(
      call(
        spec(() => Number.NaN),
        [[1]],
      ),
    ).toEqual({ error: '#NUM!', message: 'PROBE: the result is not a finite number' });
    expect(
      call(
        spec(() => [[1, Number.POSITIVE_INFINITY]], 'matrix'),
        [[1]],
      ),
    ).toMatchObject({ error: '#NUM!' });
  });

  it('keeps ranges as ranges and omitted arguments as omitted', () => {
    expect(toCellArg(null)).toBeNull();
    expect(toCellArg(undefined)).toBeUndefined();
    expect(toCellArg([[1, 'x']])).toEqual([[1, 'x']]);
    expect(toCellArg(0)).toBe(0);
  });

  it('passes a range of rows on as it is, without copying its 100 000 rows; a row that is not an array becomes a row of one cell', () => {
    const range = Array.from({ length: 100_000 }, (_, index) => [index % 40]);
    expect(toCellArg(range)).toBe(range);
    expect(toCellArg([[1], 2, [3]])).toEqual([[1], [2], [3]]);
    expect(toCellArg([])).toEqual([]);
  });
});

describe('paneLanguage', () => {
  it.each([
    ['nb-NO', 'nb'],
    ['nn-NO', 'nb'],
    ['no', 'nb'],
    ['NB_no', 'nb'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['sv-SE', 'en'],
    ['', 'nb'],
    [undefined, 'nb'],
  ] as const)('%s → %s', (display, language) => {
    expect(paneLanguage(display)).toBe(language);
  });
});
