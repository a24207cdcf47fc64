/**
 * The function-definition helpers (define.ts) and the word lookups of the functions: a word is
 * looked up among the words a function knows, never among the properties every object inherits
 * ("constructor", "toString", "__proto__" …).
 */
import { describe, expect, it } from 'vitest';
import { employerContacts, jobDiversity, type LogReview } from '../../../../src/core/items/calculators';
import { IpsError, type IpsErrorCode } from '../../../../src/core/errors';
import { fractionNote, readOutput, renderResult, withNote } from '../../../../src/core/items/shared/define';
import { readPercentUnit, type CellArg } from '../../../../src/core/cells';
import { invokeSafely } from '../../../../src/core/functions/invoke';
import { FUNCTIONS } from '../../../../src/core/functions/table';

const PROTOTYPE_WORDS = [
  'constructor',
  'toString',
  'tostring',
  '__proto__',
  'hasOwnProperty',
  'hasownproperty',
  'valueOf',
  'isPrototypeOf',
  'toLocaleString',
  'prototype',
  '__defineGetter__',
];

function expectIpsError(run: () => unknown, code: IpsErrorCode, ...fragments: string[]): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected an IpsError').toBeInstanceOf(IpsError);
  expect((caught as IpsError).code).toBe(code);
  for (const fragment of fragments) expect((caught as IpsError).message).toContain(fragment);
}

const col = (...values: CellArg[]) => values.map((value) => [value]) as CellArg;

describe('readOutput', () => {
  it('knows its words in nb and en, in any case and with spaces; blank or omitted is the score', () => {
    expect(readOutput('score')).toBe('score');
    expect(readOutput(' Skår ')).toBe('score');
    expect(readOutput('skaar')).toBe('score');
    expect(readOutput('METRIC')).toBe('metric');
    expect(readOutput('verdi')).toBe('metric');
    expect(readOutput('mål')).toBe('metric');
    expect(readOutput('reason')).toBe('reason');
    expect(readOutput('begrunnelse')).toBe('reason');
    expect(readOutput('explain')).toBe('reason');
    expect(readOutput([['metric']])).toBe('metric');
    expect(readOutput(null)).toBe('score');
    expect(readOutput(undefined)).toBe('score');
    expect(readOutput('')).toBe('score');
    expect(readOutput('  ')).toBe('score');
  });

  it('a property name of every object ("constructor", "__proto__", …) is not a word: #VALUE! naming output', () => {
    for (const word of PROTOTYPE_WORDS) {
      expectIpsError(() => readOutput(word), 'invalidValue', "argument 'output'", JSON.stringify(word));
      expectIpsError(() => readOutput(word.toUpperCase()), 'invalidValue', "argument 'output'");
    }
  });

  it('other values are #VALUE! too', () => {
    for (const value of [1, true, 'average', new Date(2024, 0, 1)] as CellArg[]) {
      expectIpsError(() => readOutput(value), 'invalidValue', "argument 'output'");
    }
    expectIpsError(() => readOutput([['score'], ['metric']]), 'invalidValue', "argument 'output'");
  });

  it('every item function: output "constructor" or "__proto__" is #VALUE!, never an undefined cell', () => {
    const caseloads = col(20, 25);
    for (const word of ['constructor', '__proto__']) {
      expectIpsError(
        () => FUNCTIONS['CASELOAD']!.invoke(caseloads, null, null, null, word, null),
        'invalidValue',
        "argument 'output'",
      );
      expectIpsError(
        () => FUNCTIONS['JOB_DIVERSITY']!.invoke(col('Kokk'), null, null, word, null),
        'invalidValue',
        "argument 'output'",
      );
      expectIpsError(
        () => FUNCTIONS['NAV_COLLABORATION']!.invoke('monthly', 'weekly', word, null),
        'invalidValue',
        "argument 'output'",
      );
    }
  });
});

describe('other word lookups', () => {
  it('the unit of a percent column: percent/fraction words, and no inherited property names', () => {
    expect(readPercentUnit('percent')).toBe('percent');
    expect(readPercentUnit(' Prosent ')).toBe('percent');
    expect(readPercentUnit('%')).toBe('percent');
    expect(readPercentUnit('andel')).toBe('fraction');
    expect(readPercentUnit('Brøk')).toBe('fraction');
    expect(readPercentUnit(null)).toBeUndefined();
    expect(readPercentUnit('')).toBeUndefined();
    for (const word of PROTOTYPE_WORDS) expectIpsError(() => readPercentUnit(word), 'invalidValue', "argument 'unit'");
    expectIpsError(
      () => FUNCTIONS['VOCATIONAL_TIME']!.invoke(col(0.8, 90), 'constructor'),
      'invalidValue',
      "argument 'unit'",
    );
    expectIpsError(
      () => FUNCTIONS['COMMUNITY_TIME']!.invoke(col(0.5, 60), '__proto__'),
      'invalidValue',
      "argument 'unit'",
    );
  });

  it('log review, language and frequency words: no inherited property names', () => {
    for (const word of ['constructor', '__proto__', 'tostring']) {
      expectIpsError(
        () => FUNCTIONS['EMPLOYER_CONTACTS']!.invoke(col(40), 8, word),
        'invalidValue',
        "argument 'log_review'",
      );
      expectIpsError(
        () => FUNCTIONS['CASELOAD']!.invoke(col(20), null, null, null, null, word),
        'invalidValue',
        "argument 'language'",
      );
      expectIpsError(
        () => FUNCTIONS['NAV_COLLABORATION']!.invoke(word, 'weekly'),
        'invalidValue',
        "argument 'meetings'",
      );
    }
    // the calculator does not run its schema, so it checks the word itself
    expectIpsError(
      () => employerContacts({ specialists: [{ contacts: 40, weeks: 8 }], logReview: 'constructor' as LogReview }),
      'invalidValue',
      "argument 'log_review'",
    );
  });

  it('labels that are property names are ordinary labels (job types, employers)', () => {
    const types = [
      '__proto__',
      '__proto__',
      '__PROTO__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'valueOf',
      'a',
      'b',
      'c',
    ];
    const result = jobDiversity({ jobs: types.map((type) => ({ type })), specialists: 2 });
    expect(result.metric).toBe(90); // the third __proto__ (any case) is struck
    expect(result.reasons.map((r) => r.text.en).join(' ')).toContain("'__PROTO__' is listed 3 times");
    expect(FUNCTIONS['JOB_DIVERSITY']!.invoke(col(...types), 2, null, 'metric', null)).toBe(90);
    expect(FUNCTIONS['EMPLOYER_DIVERSITY']!.invoke(col(...types), null, 2, null, 'metric', null)).toBe(90);
  });
});

describe('notes and rendering', () => {
  it('fractionNote says whether the fractions were inferred; withNote puts the note first', () => {
    expect(fractionNote('x.read_as_fraction', true).text.en).toContain('All values are between 0 and 1');
    expect(fractionNote('x.read_as_fraction', false).text.en).toBe('The values are read as fractions (0.93 = 93 %).');
    const result = { itemId: 'x', score: 3 as const, reasons: [{ rule: 'x.band', text: { nb: 'b', en: 'b' } }] };
    expect(withNote(result, undefined)).toBe(result);
    expect(withNote(result, fractionNote('x.note', true)).reasons.map((r) => r.rule)).toEqual(['x.note', 'x.band']);
  });

  it('renderResult: score, metric (#N/A without one) and the reasons joined in the language asked for', () => {
    const result = {
      itemId: 'x',
      score: 4 as const,
      metric: 21,
      reasons: [
        { rule: 'a', text: { nb: 'En.', en: 'One.' } },
        { rule: 'b', text: { nb: 'To.', en: 'Two.' } },
      ],
    };
    expect(renderResult(result, 'score', 'nb')).toBe(4);
    expect(renderResult(result, 'metric', 'nb')).toBe(21);
    expect(renderResult(result, 'reason', 'nb')).toBe('En. To.');
    expect(renderResult(result, 'reason', 'en')).toBe('One. Two.');
    expectIpsError(() => renderResult({ ...result, metric: undefined }, 'metric', 'en'), 'notAvailable', 'no metric');
  });

  it('a host note ends the reason of an item function; score, metric and functions without a reason are unchanged', () => {
    const note = { rule: 'host.note', text: { nb: 'Notat.', en: 'Note.' } };
    const caseload = FUNCTIONS['CASELOAD']!;
    const call = (output: string, notes: readonly (typeof note)[]) =>
      invokeSafely(caseload, [col(19, 18, 19), null, null, null, output, 'en'], notes);
    expect(call('reason', [note])).toEqual({
      ok: true,
      value: `${(call('reason', []) as { value: string }).value} Note.`,
    });
    expect(call('score', [note])).toEqual(call('score', []));
    expect(call('metric', [note])).toEqual({ ok: true, value: 18 });
    const agreement = FUNCTIONS['AGREEMENT']!;
    expect(invokeSafely(agreement, [col(5, 4), col(5, 3)], [note])).toEqual({ ok: true, value: 0.5 });
  });
});
