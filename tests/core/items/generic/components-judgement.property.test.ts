/**
 * Property tests of The generic COMPONENTS and JUDGEMENT functions (fast-check): for any valid input the
 * score is a whole number 1–5 (never NaN); blank rows and row order never change the result; garbage input
 * gives an IpsError and never another exception. The shared generators and properties are in
 * ../helpers/staffing-organization-properties.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  RUNS,
  call,
  col,
  isScore,
  componentsCaseArb,
  judgementCaseArb,
  itThrowsOnlyIpsErrors,
} from '../helpers/staffing-organization-properties';

describe('valid input always gives a whole score 1–5', () => {
  it('COMPONENTS: any components item with valid yes/no cells gives its own anchor score, capped by the caps that apply', () => {
    fc.assert(
      fc.property(componentsCaseArb, ({ item, present, caps }) => {
        const score = call('COMPONENTS', { item, present: col(present), caps: caps.length ? col(caps) : null });
        expect(isScore(score)).toBe(true);
        const uncapped = call('COMPONENTS', { item, present: col(present) });
        expect(score).toBeLessThanOrEqual(uncapped as number);
        // adding a present component never lowers the uncapped score
        const firstMissing = present.findIndex(
          (cell) => cell === false || cell === 'nei' || cell === 0 || cell === null || cell === '',
        );
        if (firstMissing >= 0) {
          const more = present.map((cell, i) => (i === firstMissing ? true : cell));
          expect(call('COMPONENTS', { item, present: col(more) })).toBeGreaterThanOrEqual(uncapped as number);
        }
      }),
      RUNS,
    );
  });

  it('JUDGEMENT: min(chosen score, max score of every cap that applies)', () => {
    fc.assert(
      fc.property(judgementCaseArb, ({ item, score, caps, maxCap }) => {
        const expected = Math.min(score, ...maxCap.filter((_, i) => caps[i]).map((cap) => cap.maxScore));
        expect(call('JUDGEMENT', { item, score, caps: caps.length ? col(caps) : null })).toBe(expected);
      }),
      RUNS,
    );
  });
});

describe('garbage input gives an IpsError, never another exception', () => {
  itThrowsOnlyIpsErrors('COMPONENTS');
  itThrowsOnlyIpsErrors('JUDGEMENT');
});
