/**
 * Property tests of Bemanning 1 (CASELOAD) (fast-check): for any valid input the score is a whole number
 * 1–5 (never NaN); blank rows and row order never change the result; garbage input gives an IpsError and
 * never another exception. The shared generators and properties are in
 * ../helpers/staffing-organization-properties.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { caseload } from '../../../../src/core/items/calculators';
import {
  RUNS,
  call,
  col,
  outputs,
  caseloadRowsArb,
  caseloadArgs,
  itScoresWholeNumbers,
  itIgnoresTrailingBlankRows,
  itIgnoresRowOrder,
  itThrowsOnlyIpsErrors,
} from '../helpers/staffing-organization-properties';

describe('valid input always gives a whole score 1–5', () => {
  itScoresWholeNumbers('CASELOAD');
});

describe('appending blank rows never changes the result', () => {
  itIgnoresTrailingBlankRows('CASELOAD');

  it('CASELOAD: a blank row whose exclude cell says "nei" is still blank', () => {
    fc.assert(
      fc.property(caseloadRowsArb, (rows) => {
        const args = caseloadArgs(rows);
        const padded = {
          caseloads: [...args.caseloads, [null]],
          fte: [...args.fte, [null]],
          exclude: [...args.exclude, ['nei']],
        };
        expect(outputs('CASELOAD', padded)).toEqual(outputs('CASELOAD', args));
      }),
      RUNS,
    );
  });
});

describe('row order never changes the result', () => {
  itIgnoresRowOrder('CASELOAD');
});

describe('garbage input gives an IpsError, never another exception', () => {
  itThrowsOnlyIpsErrors('CASELOAD');
});

describe('float-trap FTEs give the mathematically right band', () => {
  const band = (metric: number) => (metric <= 20 ? 5 : metric <= 25 ? 4 : metric <= 30 ? 3 : metric <= 40 ? 2 : 1);

  it('FTEs in tenths or hundredths: the metric is floor(100 × clients ÷ Σ hundredths), computed in integers', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ clients: fc.integer({ min: 0, max: 60 }), hundredths: fc.integer({ min: 1, max: 100 }) }),
          { minLength: 1, maxLength: 10 },
        ),
        (rows) => {
          const totalClients = rows.reduce((sum, r) => sum + r.clients, 0);
          const totalHundredths = rows.reduce((sum, r) => sum + r.hundredths, 0);
          const expected = Math.floor((100 * totalClients) / totalHundredths); // exact: integers well below 2^53
          const result = caseload({ specialists: rows.map((r) => ({ clients: r.clients, fte: r.hundredths / 100 })) });
          expect(result.metric).toBe(expected);
          expect(result.score).toBe(band(expected));
          const args = { caseloads: col(rows.map((r) => r.clients)), fte: col(rows.map((r) => r.hundredths / 100)) };
          expect(call('CASELOAD', { ...args, output: 'metric' })).toBe(expected);
          expect(call('CASELOAD', args)).toBe(band(expected));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('exact band boundaries (ratio exactly 21, 26, 31, 41 per FTE) land in the lower-caseload band', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(20, 21, 25, 26, 30, 31, 40, 41),
        (tenths, ratio) => {
          const totalTenths = tenths.reduce((a, b) => a + b, 0);
          // clients = ratio × Σ FTE must be whole: scale every FTE so Σ tenths is a multiple of 10
          const factor = 10 / gcd(totalTenths, 10);
          const scaled = tenths.flatMap((t) => Array.from({ length: factor }, () => t));
          const totalClients = (ratio * totalTenths * factor) / 10;
          const clients = scaled.map(
            (_, i) => Math.floor(totalClients / scaled.length) + (i < totalClients % scaled.length ? 1 : 0),
          );
          const result = caseload({ specialists: scaled.map((t, i) => ({ clients: clients[i]!, fte: t / 10 })) });
          expect(result.metric).toBe(ratio);
          expect(result.score).toBe(band(ratio));
        },
      ),
      { numRuns: 500 },
    );
  });
});

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
