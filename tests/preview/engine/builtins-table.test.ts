/**
 * The engine's built-ins are a table of named implementations grouped by concern (src/preview/engine/builtins).
 * The table refuses a name declared twice, and a name it lacks is #NAME? — also one an object inherits.
 */
import { describe, expect, it } from 'vitest';
import { BUILTINS, call, mergeBuiltins } from '../../../src/preview/engine/functions';
import { SheetError, grid } from '../../../src/preview/engine/values';

describe('the built-in table', () => {
  it('refuses a name declared in two groups', () => {
    const one = () => 1;
    const two = () => 2;
    expect(() => mergeBuiltins([{ SUM: one }, { SUM: two }])).toThrow(/SUM.*twice/);
    expect(mergeBuiltins([{ SUM: one }, { LEN: two }]).size).toBe(2);
  });

  it('answers #NAME? for a name it lacks, including names every object inherits', () => {
    for (const name of ['NOSUCH', 'constructor', 'toString', '__proto__']) {
      const value = call(name, [], () => null, {});
      expect(value).toBeInstanceOf(SheetError);
      expect((value as SheetError).code).toBe('#NAME?');
    }
  });

  it('dispatches one implementation under each of its names (MIN and MAX share one)', () => {
    const ev = () => grid(1, 3, [3, 1, 2]);
    const node = { type: 'number', value: 0 } as never;
    expect(BUILTINS.get('MIN')).toBe(BUILTINS.get('MAX'));
    expect(call('MIN', [node], ev, {})).toBe(1);
    expect(call('MAX', [node], ev, {})).toBe(3);
  });
});
