/**
 * Property tests of Bemanning 3 (ALL_PHASES) (fast-check): for any valid input the score is a whole number
 * 1–5 (never NaN); blank rows and row order never change the result; garbage input gives an IpsError and
 * never another exception. The shared generators and properties are in
 * ../helpers/staffing-organization-properties.ts.
 */
import { describeListFunctionProperties } from '../helpers/staffing-organization-properties';

describeListFunctionProperties('ALL_PHASES');
