import { serialFromCalendar, utcFromSerial } from '../../src/core/cells';
import type { PlainCell, PlainMatrix } from '../shared/protocol';
import type { GasServices, SpreadsheetLike } from './services';

/** True for a Date from any realm (Apps Script, or a test's vm context). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Calendar fields of an instant as the spreadsheet shows it. */
export interface CalendarFields {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number;
  /** Milliseconds since midnight. */
  readonly timeOfDay: number;
}

/** Reads calendar fields of a Date; the real one uses the spreadsheet's time zone. */
export type CalendarReader = (date: Date) => CalendarFields;

/** The calendar fields in the runtime's own time zone (Apps Script: the script's time zone). */
export const localCalendar: CalendarReader = (date) => ({
  year: date.getFullYear(),
  month: date.getMonth() + 1,
  day: date.getDate(),
  timeOfDay: ((date.getHours() * 60 + date.getMinutes()) * 60 + date.getSeconds()) * 1000 + date.getMilliseconds(),
});

const FIELDS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})$/;

/**
 * Calendar fields in a given time zone through Utilities.formatDate. Sheets hands scripts dates as
 * instants at midnight in the spreadsheet's time zone, which need not be the script's time zone:
 * reading the local fields could then be a day off.
 */
export function zonedCalendar(
  utilities: { formatDate(date: Date, timeZone: string, format: string): string },
  timeZone: string,
): CalendarReader {
  return (date) => {
    const match = FIELDS.exec(utilities.formatDate(date, timeZone, "yyyy-MM-dd'T'HH:mm:ss.SSS"));
    if (!match) return localCalendar(date);
    const [, y, mo, d, h, mi, s, ms] = match.map(Number) as number[];
    return { year: y!, month: mo!, day: d!, timeOfDay: ((h! * 60 + mi!) * 60 + s!) * 1000 + ms! };
  };
}

const MS_PER_DAY = 86_400_000;

/** A date as Excel delivers it: serial day number, with the time of day as a fraction. */
export function excelSerial(fields: CalendarFields): number {
  const days = serialFromCalendar(fields.year, fields.month, fields.day);
  return fields.timeOfDay === 0 ? days : days + fields.timeOfDay / MS_PER_DAY;
}

/**
 * The Date Sheets shows as the serial day at midnight in the spreadsheet's time zone (read by
 * `calendar`): the inverse of excelSerial for a whole day. Starts from midnight UTC and moves by
 * the zone's offset until the calendar shows midnight of that day. Where that midnight does not
 * exist (daylight saving starting at 00:00), the first instant tried that shows the day is used.
 */
export function dateAtMidnight(serial: number, calendar: CalendarReader): Date {
  const wanted = utcFromSerial(Math.floor(serial));
  let instant = wanted;
  let sameDay: number | undefined;
  for (let step = 0; step < 4; step++) {
    const fields = calendar(new Date(instant));
    const day = Date.UTC(fields.year, fields.month - 1, fields.day);
    const shownOffset = day + fields.timeOfDay - wanted;
    if (shownOffset === 0) return new Date(instant);
    if (day === wanted && sameDay === undefined) sameDay = instant;
    instant -= shownOffset;
  }
  return new Date(sameDay ?? instant);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** yyyy-mm-dd of the calendar day. */
export function isoDay(fields: CalendarFields): string {
  return `${pad(fields.year, 4)}-${pad(fields.month, 2)}-${pad(fields.day, 2)}`;
}

/** A cell value as it may cross google.script.run: dates become yyyy-mm-dd, anything odd becomes text. */
export function plainCell(value: unknown, calendar: CalendarReader): PlainCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (isDate(value)) return Number.isNaN(value.getTime()) ? '' : isoDay(calendar(value));
  return String(value);
}

/** Reads dates in the spreadsheet's time zone, looked up only when a date is actually met. */
export function calendarOf(services: GasServices, spreadsheet: SpreadsheetLike): CalendarReader {
  let reader: CalendarReader | undefined;
  // The time zone is only looked up when a date is actually met.
  return (date) => {
    reader ??= zonedCalendar(services.utilities, spreadsheet.getSpreadsheetTimeZone());
    return reader(date);
  };
}

/** A matrix of cell values as plain cells (dates as yyyy-mm-dd). */
export function plainMatrix(values: readonly (readonly unknown[])[], calendar: CalendarReader): PlainMatrix {
  return values.map((row) => row.map((value) => plainCell(value, calendar)));
}
