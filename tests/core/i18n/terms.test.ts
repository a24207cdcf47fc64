import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TERMS } from '../../../src/core/i18n/terms';

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// Terms whose Norwegian word is also an ordinary word elsewhere (e.g. «Team» in English strings).
const SHARED_WITH_ENGLISH = new Set(['Team']);

describe('shared terms', () => {
  it('each Norwegian term is written as a whole string literal only in the terms module', () => {
    const files = [...sources('src'), ...sources('gas')].filter((file) => !file.endsWith('i18n/terms.ts'));
    const restated: string[] = [];
    for (const term of Object.values(TERMS)) {
      if (SHARED_WITH_ENGLISH.has(term.nb)) continue;
      const literal = new RegExp(`['"\`]${term.nb.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}['"\`]`);
      for (const file of files) if (literal.test(readFileSync(file, 'utf8'))) restated.push(`${term.nb} in ${file}`);
    }
    expect(restated).toEqual([]);
  });

  it('has a Norwegian and an English wording for every term', () => {
    for (const term of Object.values(TERMS)) {
      expect(term.nb.trim()).not.toBe('');
      expect(term.en.trim()).not.toBe('');
    }
  });
});
