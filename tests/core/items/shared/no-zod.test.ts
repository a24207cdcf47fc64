/**
 * Issue 13: the Excel functions bundle (src/excel/functions.ts) and the function table carry no
 * zod. Walks the relative imports (including type-only ones, which cost nothing but are listed
 * anyway) from both entries and checks that no module on the way imports zod.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../../..');

function resolveModule(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, `${base}/index.ts`, base]) {
    if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate;
  }
  return undefined;
}

/** Every module reachable from `entry` by relative imports, with the bare packages each imports. */
function importGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (graph.has(file)) continue;
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const packages: string[] = [];
    for (const { fileName } of info.importedFiles) {
      if (fileName.startsWith('.')) {
        const target = resolveModule(file, fileName);
        if (target) pending.push(target);
      } else {
        packages.push(fileName);
      }
    }
    graph.set(file, packages);
  }
  return graph;
}

describe('no zod on the functions path', () => {
  for (const entry of ['src/excel/functions.ts', 'src/core/functions/table.ts']) {
    it(`${entry}: no module it reaches imports zod`, () => {
      const graph = importGraph(resolve(ROOT, entry));
      expect(graph.size).toBeGreaterThan(20); // the walk did reach the items
      expect([...graph.keys()].some((file) => file.includes('/items/services/'))).toBe(true);
      const withZod = [...graph].filter(([, packages]) =>
        packages.some((name) => name === 'zod' || name.startsWith('zod/')),
      );
      expect(withZod.map(([file]) => file.slice(ROOT.length + 1))).toEqual([]);
    });
  }
});
