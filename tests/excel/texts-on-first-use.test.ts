import { describe, expect, it } from 'vitest';
import { textsOnFirstUse, type ScaleTextSource } from '../../src/excel/texts-on-first-use';

/** A text source whose texts come when load() is called; `read()` is what a function reading one does. */
function source() {
  let loaded = false;
  let misses = 0;
  let loads = 0;
  const texts: ScaleTextSource = {
    loaded: () => loaded,
    readsBeforeLoad: () => misses,
    load: async () => {
      loads++;
      loaded = true;
    },
  };
  const read = (text: string) => {
    if (!loaded) {
      misses++;
      throw new Error('not loaded');
    }
    return text;
  };
  return { texts, read, loads: () => loads };
}

describe('textsOnFirstUse (Excel functions)', () => {
  it('answers at once, loading nothing, when the call reads no text', () => {
    const { texts, loads } = source();
    const fn = textsOnFirstUse((a: number, b: number) => a + b, texts);
    expect(fn(2, 3)).toBe(5);
    expect(loads()).toBe(0);
  });

  it('runs a call that read a text before loading again once loaded, as a Promise', async () => {
    const { texts, read, loads } = source();
    const fn = textsOnFirstUse((label: string) => read(`anchor ${label}`), texts);
    const first = fn('1');
    expect(first).toBeInstanceOf(Promise);
    await expect(first).resolves.toBe('anchor 1');
    expect(loads()).toBe(1);
    expect(fn('2')).toBe('anchor 2');
  });

  it('also when the function caught the failed read itself and answered with an error value', async () => {
    const { texts, read } = source();
    const fn = textsOnFirstUse(() => {
      try {
        return read('criterion');
      } catch {
        return '#VALUE!';
      }
    }, texts);
    await expect(fn()).resolves.toBe('criterion');
  });

  it("throws a call's own error at once when it read no text", () => {
    const { texts, loads } = source();
    const fn = textsOnFirstUse(() => {
      throw new Error('argument item: unknown');
    }, texts);
    expect(() => fn()).toThrow('argument item: unknown');
    expect(loads()).toBe(0);
  });
});
