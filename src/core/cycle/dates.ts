/**
 * Calendar arithmetic on whole days for the review cycle, in Excel serial day numbers (the core's
 * one date representation, see readDate in cells.ts) and yyyy-mm-dd text.
 */
import { invalidNumber, invalidValue } from '../errors';
import { serialFromUtc, serialToIso, utcFromSerial } from '../cells';

/** 9999-12-31, the last date a spreadsheet shows. */
export const LAST_SERIAL = 2_958_465;

/**
 * The date `months` calendar months after (or before, when negative) a date, as the spreadsheet
 * function EDATE: the same day of the month, or the last day of the target month when it is
 * shorter (31 August + 6 months = 28 February; 29 February 2024 + 12 months = 28 February 2025).
 * #NUM! when the result falls outside the dates a spreadsheet shows.
 */
export function addMonths(serial: number, months: number): number {
  const date = new Date(utcFromSerial(Math.floor(serial)));
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const target = Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay));
  const result = Math.round(serialFromUtc(target));
  if (result < 1 || result > LAST_SERIAL) {
    throw invalidNumber(
      `the date ${months} months after ${serialToIso(serial)} is outside the dates a spreadsheet can show`,
    );
  }
  return result;
}

/** A yyyy-mm-dd date as a serial day number; #VALUE! naming `what` when it is not a valid date. */
export function isoToSerial(iso: string, what: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year, month - 1, day));
  const serial = Math.round(serialFromUtc(date.getTime()));
  // Date.UTC reads years 0–99 as 1900–1999 and rolls 30 February over: check the fields came back.
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!valid || serial < 1 || serial > LAST_SERIAL) {
    throw invalidValue(`${what}: expected a date written yyyy-mm-dd, got ${JSON.stringify(iso)}`);
  }
  return serial;
}

/** yyyy-mm-dd `months` calendar months after a yyyy-mm-dd date (EDATE). */
export function addMonthsIso(iso: string, months: number, what = 'date'): string {
  return serialToIso(addMonths(isoToSerial(iso, what), months));
}

/** Whole days from one yyyy-mm-dd date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return isoToSerial(to, 'date') - isoToSerial(from, 'date');
}
