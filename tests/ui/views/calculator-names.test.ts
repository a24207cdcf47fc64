/**
 * Issue 11 #4: no identifier in the pane. Every parameter of every function has a display name
 * and help in both languages, and the calculator view of every item, in both languages and with
 * an error result, shows display names only: no snake_case or camelCase token (or quoted name)
 * equal to one of its function's parameter names.
 */
import { describe, expect, it } from 'vitest';
import { parameterHelp } from '../../../src/core/functions/help';
import { parameterLabel } from '../../../src/core/functions/parameter-labels';
import { FUNCTION_LIST } from '../../../src/core/functions/table';
import type { FunctionSpec } from '../../../src/core/functions/types';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import { calculatorFor, emptyCalculatorInput, runCalculator } from '../../../src/ui/calculator';
import { STRINGS } from '../../../src/ui/strings';
import { calculatorView } from '../../../src/ui/views/calculator';
import type { ViewContext } from '../../../src/ui/context';
import { useFakeDocument, type FakeNode } from './fake-dom';

const LANGUAGES = ['nb', 'en'] as const;

/** Identifier-looking tokens of a text that are parameter names of the function (quoted ones always). */
function identifiersIn(text: string, spec: FunctionSpec): string[] {
  const names = new Set(spec.parameters.map((parameter) => parameter.name));
  const found: string[] = [];
  for (const token of text.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []) {
    const looksLikeIdentifier = token.includes('_') || /[a-z][A-Z]/.test(token);
    if (looksLikeIdentifier && names.has(token)) found.push(token);
  }
  for (const name of names) if (text.includes(`'${name}'`)) found.push(`'${name}'`);
  return found;
}

useFakeDocument();

function contextFor(language: 'nb' | 'en', itemUi: Record<string, unknown>): ViewContext {
  const state = { language, itemUi, review: null };
  return {
    state,
    stateNow: () => state,
    s: STRINGS[language],
    prefix: 'test',
    host: 'excel',
    dispatch: () => undefined,
    commands: {},
  } as unknown as ViewContext;
}

describe('parameter display names', () => {
  it('every parameter of every function has a display name and help in Norwegian and English, free of identifiers', () => {
    for (const spec of FUNCTION_LIST) {
      for (const parameter of spec.parameters) {
        for (const language of LANGUAGES) {
          const where = `${spec.name}(${parameter.name}) ${language}`;
          const label = parameter.label ?? parameterLabel(spec.name, parameter.name);
          expect(label?.[language]?.trim(), where).toBeTruthy();
          expect(parameterHelp(spec.name, parameter.name)?.[language].trim(), where).toBeTruthy();
          expect(identifiersIn(label![language], spec), where).toEqual([]);
          expect(identifiersIn(parameterHelp(spec.name, parameter.name)![language], spec), where).toEqual([]);
        }
      }
    }
  });

  it('the calculator view of every item shows no parameter identifier, in either language, also with an error', () => {
    let checked = 0;
    for (const item of DEFAULT_SCALE.items) {
      const spec = calculatorFor(item.id, FUNCTION_LIST);
      if (!spec) continue;
      for (const language of LANGUAGES) {
        const input = emptyCalculatorInput(spec);
        // A text in every cell, so the error names an argument (e.g. "argument 'caseloads' row 1").
        const filled = {
          scalars: Object.fromEntries(Object.keys(input.scalars).map((name) => [name, 'x'])),
          rows: input.rows.map((row) => row.map(() => 'x')),
        };
        for (const calc of [input, filled]) {
          const calcResult = runCalculator(spec, calc, language);
          expect(calcResult.ok).toBe(false);
          const view = calculatorView(
            contextFor(language, { [item.id]: { calc, calcResult } }),
            item,
          ) as unknown as FakeNode;
          const text = view.visibleText();
          expect(identifiersIn(text, spec.fn), `${item.id} ${language}: ${text}`).toEqual([]);
          checked++;
        }
      }
    }
    expect(checked).toBe(14 * 2 * 2);
  });
});
