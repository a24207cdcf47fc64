/**
 * Date results in Sheets: a serial day from the core becomes the Date Sheets shows as that day at
 * midnight in the spreadsheet's time zone, the inverse of how date arguments are read.
 */
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../src/core/functions/table';
import { runCustomFunction } from '../../gas/server/custom-functions';
import { dateAtMidnight, excelSerial, localCalendar, zonedCalendar } from '../../gas/server/values';
import { FakeUtilities } from './fake-spreadsheet-app';
import { excelSerial as serialOf } from '../shared/host-cases';

const zone = (timeZone: string) => zonedCalendar(new FakeUtilities([]), timeZone);

describe('dateAtMidnight', () => {
  it.each([
    ['UTC', '2026-02-28', '2026-02-28T00:00:00.000Z'],
    ['Europe/Oslo', '2026-02-28', '2026-02-27T23:00:00.000Z'],
    ['Europe/Oslo', '2026-06-07', '2026-06-06T22:00:00.000Z'],
    // The day daylight saving starts in Oslo (02:00 → 03:00): midnight is still +01:00.
    ['Europe/Oslo', '2026-03-29', '2026-03-28T23:00:00.000Z'],
    ['Pacific/Auckland', '2026-02-28', '2026-02-27T11:00:00.000Z'],
    ['America/New_York', '2025-11-02', '2025-11-02T04:00:00.000Z'],
    // Chile starts daylight saving at 24:00 on 6 September 2025: 7 September has no 00:00, its day begins at 01:00.
    ['America/Santiago', '2025-09-07', '2025-09-07T04:00:00.000Z'],
  ])('in %s, %s is %s', (timeZone, day, instant) => {
    const calendar = zone(timeZone);
    const date = dateAtMidnight(serialOf(day), calendar);
    expect(date.toISOString()).toBe(instant);
    // Read back as a date argument (the core drops the time of day), it is the same serial day.
    expect(Math.floor(excelSerial(calendar(date)))).toBe(serialOf(day));
  });
});

describe('runCustomFunction with a date result', () => {
  it('returns NEXT_REVIEW as a Date and other results unchanged', () => {
    const result = runCustomFunction(FUNCTIONS, 'NEXT_REVIEW', [new Date(2025, 7, 31), 99], localCalendar);
    expect(result).toBeInstanceOf(Date);
    expect(result).toEqual(new Date(2026, 1, 28));
    expect(runCustomFunction(FUNCTIONS, 'LEVEL', [103], localCalendar)).toBe('God kvalitet');
  });

  it("still throws the core's message for a bad call", () => {
    expect(() => runCustomFunction(FUNCTIONS, 'NEXT_REVIEW', [new Date(2025, 7, 31), ''], localCalendar)).toThrow(
      /argument 'total': the cell is blank/,
    );
  });
});
