/**
 * The Excel host's rule for empty rows at the end of record ranges (src/excel/empty-rows.ts), as
 * tests to run against any set of Excel implementations: the adapter (custom-functions.test.ts)
 * and the built bundle dist functions.js (functions-bundle.test.ts).
 */
import { expect, it } from 'vitest';
import { FUNCTION_LIST, FUNCTIONS } from '../../src/core/functions/table';
import { blank, listSamples, padRanges, toExcelArgs } from '../shared/host-cases';
import { callExcel } from './stand-in-host';

/** Registers the tests; `associated` gives the implementations by function name once they are loaded. */
export function emptyRowsAtEndTests(associated: () => ReadonlyMap<string, (...args: unknown[]) => unknown>): void {
  const samples = listSamples();
  const call = (fn: string, args: readonly unknown[]) => callExcel(associated().get(fn)!, [...args]);
  const excelArgs = (fn: string, args: Parameters<typeof padRanges>[0]) => toExcelArgs(FUNCTIONS[fn]!.parameters, args);
  /** The call with `output` (and `language`) set, for item functions. */
  const withOutput = (fn: string, args: readonly unknown[], output: string, language?: string) => {
    const parameters = FUNCTIONS[fn]!.parameters;
    const out = parameters.map((_, index) => args[index] ?? null);
    out[parameters.findIndex((p) => p.name === 'output')] = output;
    if (language) out[parameters.findIndex((p) => p.name === 'language')] = language;
    return out;
  };
  const PADS = [
    ['0 (desktop builds)', 0],
    ['null (Excel on the web)', null],
    ['"" (text-blank)', ''],
  ] as const;

  it('has a sample for every function with a range of one row per specialist, job, contact or item', () => {
    const listFunctions = FUNCTION_LIST.filter((spec) => spec.parameters.some((p) => p.rows === 'records')).map(
      (spec) => spec.name,
    );
    expect(Object.keys(samples).sort()).toEqual(listFunctions.sort());
  });

  it('says for every range parameter whether it is one row per record; the others are the fixed lists', () => {
    const fixed = FUNCTION_LIST.flatMap((spec) =>
      spec.parameters
        .filter((p) => p.dimensionality === 'matrix' && p.rows !== 'records')
        .map((p) => `${spec.name}.${p.name}`),
    );
    expect(fixed.filter((name) => !name.endsWith('.caps')).sort()).toEqual(['COMPONENTS.present', 'TOTAL.scores']);
  });

  const cases = Object.keys(samples).flatMap((fn) => PADS.map(([pad, cell]) => [fn, pad, cell] as const));
  it.each(cases)('%s with two rows of %s at the end scores as without them', (fn, _pad, cell) => {
    const plain = excelArgs(fn, samples[fn]!);
    // The samples hold no blank cell, so every null in a padded range is one of the added cells.
    const padded = excelArgs(fn, padRanges(samples[fn]!, blank, 2)).map((arg) =>
      Array.isArray(arg) ? arg.map((row) => row.map((value) => (value === null ? cell : value))) : arg,
    );
    const unpadded = call(fn, plain);
    expect(unpadded).toHaveProperty('value');
    expect(call(fn, padded)).toEqual(unpadded);
    if (!FUNCTIONS[fn]!.parameters.some((p) => p.name === 'output')) return;
    expect(call(fn, withOutput(fn, padded, 'metric'))).toEqual(call(fn, withOutput(fn, plain, 'metric')));
    for (const [language, words] of [
      ['en', '2 empty rows at the end were left out'],
      ['nb', '2 tomme rader nederst ble utelatt'],
    ] as const) {
      const reason = (call(fn, withOutput(fn, plain, 'reason', language)) as { value: string }).value;
      const paddedReason = (call(fn, withOutput(fn, padded, 'reason', language)) as { value: string }).value;
      expect(paddedReason.startsWith(`${reason} `), paddedReason).toBe(true);
      expect(paddedReason.slice(reason.length)).toContain(words);
    }
  });

  it('CASELOAD over 30, 30, 30 and two empty rows sent as 0 is 3, not 5', () => {
    expect(call('CASELOAD', [[[30], [30], [30], [0], [0]]])).toEqual({ value: 3 });
  });

  it('an FTE column with an empty tail sent as 0 is not #NUM!', () => {
    expect(
      call('CASELOAD', [
        [[30], [30], [30], [0], [0]],
        [[1], [1], [0.5], [0], [0]],
      ]),
    ).toEqual({ value: 2 });
  });

  it('date columns with an empty tail sent as 0 are not #NUM!', () => {
    const [specialists, intake, contact] = excelArgs(
      'DAYS_TO_EMPLOYER_CONTACT',
      samples['DAYS_TO_EMPLOYER_CONTACT']!,
    ) as unknown[][][];
    const tail = (range: unknown[][]) => [...range, [0], [0]];
    expect(call('DAYS_TO_EMPLOYER_CONTACT', [tail(specialists!), tail(intake!), tail(contact!)])).toEqual(
      call('DAYS_TO_EMPLOYER_CONTACT', [specialists, intake, contact]),
    );
  });

  it('a row with caseload 0 but FTE 0.5 is a specialist, not an empty row', () => {
    expect(
      call(
        'CASELOAD',
        withOutput(
          'CASELOAD',
          [
            [[30], [30], [0], [0]],
            [[1], [1], [0.5], [0]],
          ],
          'metric',
        ),
      ),
    ).toEqual({ value: 24 });
    const reason = call(
      'CASELOAD',
      withOutput(
        'CASELOAD',
        [
          [[30], [30], [0], [0]],
          [[1], [1], [0.5], [0]],
        ],
        'reason',
        'en',
      ),
    );
    expect((reason as { value: string }).value).toContain('1 empty row at the end was left out');
  });

  it('a 0 inside the data stays a 0: a real FTE 0 followed by real rows is #NUM!, a caseload 0 counts', () => {
    expect(
      call('CASELOAD', [
        [[30], [30], [30], [0]],
        [[1], [0], [1], [0]],
      ]),
    ).toMatchObject({ error: '#NUM!', message: expect.stringContaining("'fte' row 2") });
    expect(call('CASELOAD', withOutput('CASELOAD', [[[30], [0], [30], [0], [0]]], 'metric'))).toEqual({ value: 20 });
  });

  it('leaves single cells alone: one caseload of 0 is still read as 0', () => {
    expect(call('CASELOAD', [[[0]]])).toEqual({ value: 5 });
    expect(call('CASELOAD', withOutput('CASELOAD', [[[0]]], 'reason', 'en'))).not.toMatchObject({
      value: expect.stringContaining('left out'),
    });
  });

  it('leaves the fixed lists alone: TOTAL and COMPONENTS keep their cells', () => {
    const scores = [5, 5, 5, 2, 3, 4, 5, 3, 4, 3, 4, 4, 4, 4, 4, 4, 5, 4, 4, 5, 5, 5, 3, 5, 4].map((score) => [score]);
    expect(call('TOTAL', [[...scores, [0], [0]]])).toMatchObject({
      error: '#VALUE!',
      message: expect.stringContaining('got 27'),
    });
    expect(call('COMPONENTS', [5, [['ja'], ['ja'], ['nei'], ['ja'], [0]]])).toEqual(
      call('COMPONENTS', [5, [['ja'], ['ja'], ['nei'], ['ja'], [null]]]),
    );
  });

  it('no note when nothing was left out', () => {
    const reason = call('CASELOAD', withOutput('CASELOAD', [[[30], [30], [30]]], 'reason', 'en')) as { value: string };
    expect(reason.value).not.toContain('left out');
  });
}
