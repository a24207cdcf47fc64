/**
 * The list of chapter 9's worked examples (manual-examples.ts) against the item test files: every
 * block of examples is run by a test of its item's file, named by the manual's lines, or by a
 * COMPONENT_VERDICTS or CAP_EXAMPLES case; a block marked untested has no such test yet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemById } from '../../../src/core/scale/registry';
import { CAP_EXAMPLES, CHAPTER_9_EXAMPLES, COMPONENT_VERDICTS } from './manual-examples';

/** The manual lines and ranges cited in the names of a test file's tests (`it('manual 2699–2705: …'`). */
function citedLines(file: string): [number, number][] {
  const source = readFileSync(join(__dirname, file), 'utf8');
  const names = [...source.matchAll(/\bit\((['"`])(.*?)\1,/g)].map((match) => match[2]!);
  return names.flatMap((name) =>
    [...name.matchAll(/(\d{3,5})(?:[–-](\d{3,5}))?/g)].map((match): [number, number] => [
      Number(match[1]),
      Number(match[2] ?? match[1]),
    ]),
  );
}

const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] <= b[1] && b[0] <= a[1];

function isRun(block: (typeof CHAPTER_9_EXAMPLES)[number]): boolean {
  const byName = citedLines(block.file).some((cited) => overlaps(cited, block.lines));
  const byVerdict = [...COMPONENT_VERDICTS, ...CAP_EXAMPLES].some(
    (example) => example.itemId === block.itemId && overlaps(example.lines, block.lines),
  );
  return byName || byVerdict;
}

describe("chapter 9's worked examples", () => {
  it('the list covers chapter 9 in order, each block under a scale item', () => {
    expect(CHAPTER_9_EXAMPLES.length).toBe(42);
    for (const [index, block] of CHAPTER_9_EXAMPLES.entries()) {
      expect(() => itemById(block.itemId)).not.toThrow();
      expect(block.lines[0]).toBeLessThanOrEqual(block.lines[1]);
      if (index > 0) expect(block.lines[0]).toBeGreaterThan(CHAPTER_9_EXAMPLES[index - 1]!.lines[1]);
    }
  });

  it("every block is run by its item's test file, and only the blocks marked untested are not", () => {
    const notRun = CHAPTER_9_EXAMPLES.filter((block) => !isRun(block)).map((block) => `${block.itemId} ${block.lines}`);
    const marked = CHAPTER_9_EXAMPLES.filter((block) => block.untested).map(
      (block) => `${block.itemId} ${block.lines}`,
    );
    expect(notRun).toEqual(marked);
  });

  it('every component verdict and cap example lies in a block of its item', () => {
    for (const verdict of [...COMPONENT_VERDICTS, ...CAP_EXAMPLES]) {
      const block = CHAPTER_9_EXAMPLES.find(
        (candidate) => candidate.itemId === verdict.itemId && overlaps(candidate.lines, verdict.lines),
      );
      expect(block, `${verdict.itemId} ${verdict.lines}`).toBeDefined();
    }
  });
});
