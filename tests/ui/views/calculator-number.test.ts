/**
 * Issue 11 #10: the calculator shows its result's metric with the language's number formatter
 * (5,6 in bokmål, 5.6 in English), as the report and the score sheet do.
 */
import { describe, expect, it } from 'vitest';
import { FUNCTION_LIST } from '../../../src/core/functions/table';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import { calculatorFor, emptyCalculatorInput } from '../../../src/ui/calculator';
import type { ViewContext } from '../../../src/ui/context';
import { STRINGS } from '../../../src/ui/strings';
import { calculatorView } from '../../../src/ui/views/calculator';
import { type FakeNode, useFakeDocument } from './fake-dom';

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

describe('the calculator’s result', () => {
  const item = DEFAULT_SCALE.items.find((candidate) => calculatorFor(candidate.id, FUNCTION_LIST))!;
  const spec = calculatorFor(item.id, FUNCTION_LIST)!;
  const shown = (language: 'nb' | 'en', metric: number) => {
    const calc = emptyCalculatorInput(spec);
    const calcResult = { ok: true, score: 4, metric, reason: '' };
    const view = calculatorView(contextFor(language, { [item.id]: { calc, calcResult } }), item) as unknown as FakeNode;
    return view.textOfRole('calc-metric');
  };

  it.each([
    ['nb', 5.6, '5,6'],
    ['en', 5.6, '5.6'],
    ['nb', 12345.5, '12\u00A0345,5'],
    ['en', 0.8163, '0.82'],
  ] as const)('(%s) shows the metric %s as %s', (language, metric, text) => {
    expect(shown(language, metric)).toBe(text);
  });
});
