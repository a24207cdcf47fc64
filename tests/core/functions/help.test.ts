/**
 * Issue 13: the functions' help texts live in one help table (src/core/functions/help), keyed by
 * function and parameter name, out of the runtime specs. Every function and parameter has help in
 * both languages, no entry names a function or parameter that does not exist, and the texts follow
 * the glossary and write counts without «(er)»/"(s)".
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/core/i18n/terms';
import {
  documented,
  FUNCTION_HELP,
  functionHelp,
  parameterHelp,
  SHARED_PARAMETER_HELP,
} from '../../../src/core/functions/help';
import { FUNCTION_LIST, FUNCTIONS } from '../../../src/core/functions/table';
import * as core from '../../../src/core';
import type { Text } from '../../../src/core/text';

const LANGUAGES = ['nb', 'en'] as const;

/** Every help text with where it is from. */
function allHelp(): [string, Text][] {
  return [
    ...Object.entries(FUNCTION_HELP).flatMap(([name, help]): [string, Text][] => [
      [name, help.description],
      ...Object.entries(help.parameters).map(([parameter, text]): [string, Text] => [`${name}.${parameter}`, text]),
    ]),
    ...Object.entries(SHARED_PARAMETER_HELP).map(([parameter, text]): [string, Text] => [`*.${parameter}`, text]),
  ];
}

describe('the help table', () => {
  it.each(FUNCTION_LIST.map((spec) => [spec.name, spec] as const))(
    '%s: the function and every parameter have help in nb and en',
    (name, spec) => {
      for (const language of LANGUAGES) {
        expect(functionHelp(name)?.[language].trim(), `${name} (${language})`).toBeTruthy();
        for (const parameter of spec.parameters) {
          expect(parameterHelp(name, parameter.name)?.[language].trim(), `${name}.${parameter.name}`).toBeTruthy();
        }
      }
    },
  );

  it('names no function that is not in the table, and no parameter a function does not have', () => {
    const unknownFunctions = Object.keys(FUNCTION_HELP).filter((name) => !(name in FUNCTIONS));
    expect(unknownFunctions).toEqual([]);
    const unknownParameters = Object.entries(FUNCTION_HELP).flatMap(([name, help]) =>
      Object.keys(help.parameters)
        .filter((parameter) => !FUNCTIONS[name]?.parameters.some((candidate) => candidate.name === parameter))
        .map((parameter) => `${name}.${parameter}`),
    );
    expect(unknownParameters).toEqual([]);
  });

  it('has shared help only for parameters that two or more functions take and use', () => {
    for (const parameter of Object.keys(SHARED_PARAMETER_HELP)) {
      const users = FUNCTION_LIST.filter(
        (spec) =>
          spec.parameters.some((candidate) => candidate.name === parameter) &&
          !Object.prototype.hasOwnProperty.call(FUNCTION_HELP[spec.name]?.parameters ?? {}, parameter),
      );
      expect(users.length, parameter).toBeGreaterThanOrEqual(2);
    }
  });

  it("gives a function's own text before the shared one (EMPLOYMENT_RATE's output is not an item's)", () => {
    const own = parameterHelp('EMPLOYMENT_RATE', 'output')!;
    expect(own).toBe(FUNCTION_HELP.EMPLOYMENT_RATE!.parameters.output);
    expect(own.en).toContain('"rate"');
    expect(parameterHelp('CASELOAD', 'output')).toBe(SHARED_PARAMETER_HELP.output);
    expect(parameterHelp('CASELOAD', 'no_such_parameter')).toBeUndefined();
    expect(functionHelp('constructor')).toBeUndefined();
    expect(parameterHelp('CASELOAD', 'constructor')).toBeUndefined();
  });

  it('documented() joins the help to a spec without changing what a call needs', () => {
    const spec = FUNCTIONS.VOCATIONAL_TIME!;
    const withHelp = documented(spec);
    expect(withHelp.description).toBe(functionHelp('VOCATIONAL_TIME'));
    expect(withHelp.parameters.map((parameter) => parameter.description)).toEqual(
      spec.parameters.map((parameter) => parameterHelp('VOCATIONAL_TIME', parameter.name)),
    );
    expect(withHelp.invoke).toBe(spec.invoke);
    expect(withHelp.parameters.map(({ description: _, ...rest }) => rest)).toEqual(spec.parameters);
  });

  it('the core library gives the help beside the specs (its specs carry none)', () => {
    expect(core.documented(core.FUNCTIONS.TOTAL!).description).toBe(FUNCTION_HELP.TOTAL!.description);
    expect(core.parameterHelp('TOTAL', 'scores')).toBe(FUNCTION_HELP.TOTAL!.parameters.scores);
  });

  it('the runtime specs carry no help: no description on a function or a parameter', () => {
    for (const spec of FUNCTION_LIST) {
      expect(Object.keys(spec), spec.name).not.toContain('description');
      for (const parameter of spec.parameters)
        expect(Object.keys(parameter), parameter.name).not.toContain('description');
    }
  });
});

describe('the help texts’ wording', () => {
  it.each(LANGUAGES)('(%s) no text writes a plural ending in brackets («punkt(er)», "item(s)")', (language) => {
    const offending = allHelp().filter(([, text]) => /\p{L}\((e|er|r|s|en|ene)\)/u.test(text[language]));
    expect(offending.map(([where, text]) => `${where}: ${text[language]}`)).toEqual([]);
  });

  it.each(LANGUAGES)('(%s) the manual and those who score are named with the glossary’s word', (language) => {
    const never = [...GLOSSARY.manual[language].never, ...GLOSSARY.rater[language].never];
    const offending = allHelp().filter(([, text]) =>
      (text[language].toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => never.some((bad) => word.startsWith(bad))),
    );
    expect(offending.map(([where, text]) => `${where}: ${text[language]}`)).toEqual([]);
  });
});
