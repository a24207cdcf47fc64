/**
 * Property tests of Bemanning 3 (ALL_PHASES) (fast-check): for any valid input the score is a whole number
 * 1–5 (never NaN); blank rows and row order never change the result; garbage input gives an IpsError and
 * never another exception. The shared generators and properties are in
 * ../helpers/staffing-organization-properties.ts.
 */
import { describe } from 'vitest';
import {
  itScoresWholeNumbers,
  itIgnoresTrailingBlankRows,
  itIgnoresRowOrder,
  itThrowsOnlyIpsErrors,
} from '../helpers/staffing-organization-properties';

describe('valid input always gives a whole score 1–5', () => {
  itScoresWholeNumbers('ALL_PHASES');
});

describe('appending blank rows never changes the result', () => {
  itIgnoresTrailingBlankRows('ALL_PHASES');
});

describe('row order never changes the result', () => {
  itIgnoresRowOrder('ALL_PHASES');
});

describe('garbage input gives an IpsError, never another exception', () => {
  itThrowsOnlyIpsErrors('ALL_PHASES');
});
