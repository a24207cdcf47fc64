/**
 * Property tests of Organisasjon 3 (NAV_COLLABORATION) (fast-check): for any valid input the score is a
 * whole number 1–5 (never NaN); blank rows and row order never change the result; garbage input gives an
 * IpsError and never another exception. The shared generators and properties are in ../helpers/staffing-
 * organization-properties.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  RUNS,
  call,
  isScore,
  frequencyWordArb,
  itThrowsOnlyIpsErrors,
} from '../helpers/staffing-organization-properties';

describe('valid input always gives a whole score 1–5', () => {
  it('NAV_COLLABORATION: any pair of frequency words gives a score 1–5, monotone in both', () => {
    const order = ['none', 'lessThanQuarterly', 'quarterly', 'monthly', 'weekly'];
    fc.assert(
      fc.property(frequencyWordArb, frequencyWordArb, (meetings, contacts) => {
        expect(isScore(call('NAV_COLLABORATION', { meetings, contacts }))).toBe(true);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.constantFrom(...order), fc.constantFrom(...order), fc.constantFrom(...order), (m, c, higher) => {
        const base = call('NAV_COLLABORATION', { meetings: m, contacts: c }) as number;
        if (order.indexOf(higher) >= order.indexOf(m))
          expect(call('NAV_COLLABORATION', { meetings: higher, contacts: c })).toBeGreaterThanOrEqual(base);
        if (order.indexOf(higher) >= order.indexOf(c))
          expect(call('NAV_COLLABORATION', { meetings: m, contacts: higher })).toBeGreaterThanOrEqual(base);
      }),
      RUNS,
    );
  });
});

describe('garbage input gives an IpsError, never another exception', () => {
  itThrowsOnlyIpsErrors('NAV_COLLABORATION');
});
