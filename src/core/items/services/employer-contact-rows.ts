/**
 * The rows of EMPLOYER_CONTACTS (Tjenester 6), one per specialist, read, checked and counted in
 * one pass over 100 000 rows without an allocation per row (see long-lists.ts). The usual row
 * (a count of contacts, a number of weeks, nothing in the optional columns) is counted at once;
 * any other goes through the cell readers, whose errors name the argument and row, and the
 * calculator's rules for who is left out (weeksThatCount). Included specialists are added up in
 * row order, as EmployerContactsTally adds them.
 */

import { CellMatrix, CellValue, isBlank, Where, readNumber, describe } from '../../cells';
import { IpsError, invalidNumber } from '../../errors';
import { readInTwoCalls } from '../shared/long-lists';
import {
  EmployerContactsCounts,
  noEmployerContacts,
  weeksThatCount,
  specialistRating,
  reachesSmallCaseloadFive,
} from './employer-contacts';

/** EMPLOYER_CONTACTS' record ranges as rows of one cell (undefined when omitted). */
export interface EmployerContactRanges {
  readonly contacts: CellMatrix | undefined;
  /** One cell per specialist; undefined when one cell gives the weeks for all (`weeksForAll`). */
  readonly weeks: CellMatrix | undefined;
  readonly weeksForAll: CellValue;
  readonly jobSeekers: CellMatrix | undefined;
  readonly absentWeeks: CellMatrix | undefined;
  readonly monthsInPost: CellMatrix | undefined;
}

/** Where readContactRange keeps its running totals, and readContactRow the row it read. */
const ENTRIES = 0;
const TOTAL_CONTACTS = 1;
const TOTAL_WEEKS = 2;
const INCLUDED = 3;
const RATING_SUM = 4;
const REACHED = 5;
const ROW_CONTACTS = 6;
const ROW_WEEKS = 7;
const ROW_RATING = 8;
const ROW_REACHED = 9;
const SLOTS = 10;

/** What readContactRow found in a row. */
const ROW_SKIPPED = 0;
const ROW_LEFT_OUT = 1;
const ROW_INCLUDED = 2;

/** The specialists' counts (see EmployerContactsCounts), to be scored by employerContactsFromCounts. */
export function readEmployerContactRows(ranges: EmployerContactRanges, count: number): EmployerContactsCounts {
  const counts = noEmployerContacts();
  const totals = new Float64Array(SLOTS);
  readInTwoCalls(count, (from, to) => readContactRange(ranges, from, to, totals, counts));
  counts.entries = totals[ENTRIES]!;
  counts.totalContacts = totals[TOTAL_CONTACTS]!;
  counts.totalWeeks = totals[TOTAL_WEEKS]!;
  counts.included = totals[INCLUDED]!;
  counts.smallCaseloadSum = totals[RATING_SUM]!;
  counts.smallCaseloadReached = totals[REACHED]!;
  return counts;
}

/**
 * Rows [from, to), counted into `totals` (and the calculator's `counts`). The usual rows are
 * counted by a loop without calls (see long-lists.ts) that stops at any other row; that one goes
 * through readContactRow, and the loop goes on after it.
 */
function readContactRange(
  ranges: EmployerContactRanges,
  from: number,
  to: number,
  totals: Float64Array,
  counts: EmployerContactsCounts,
): void {
  for (let r = readUsualRows(ranges, from, to, totals); r < to; r = readUsualRows(ranges, r + 1, to, totals)) {
    const found = readContactRow(ranges, r, totals[ENTRIES]!, totals, counts);
    if (found === ROW_SKIPPED) continue;
    totals[ENTRIES]!++;
    if (found === ROW_LEFT_OUT) continue;
    totals[TOTAL_CONTACTS]! += totals[ROW_CONTACTS]!;
    totals[TOTAL_WEEKS]! += totals[ROW_WEEKS]!;
    totals[INCLUDED]!++;
    totals[RATING_SUM]! += totals[ROW_RATING]!;
    totals[REACHED]! += totals[ROW_REACHED]!;
  }
}

/**
 * Rows from `from` while each is the usual row (a count of contacts and a number of weeks, when no
 * optional column is given), counted into `totals`: the index of the first other row (or `to`).
 * With an optional column, every row goes through readContactRow.
 */
function readUsualRows(ranges: EmployerContactRanges, from: number, to: number, totals: Float64Array): number {
  const { contacts: contactCells, weeks: weekCells, weeksForAll, jobSeekers, absentWeeks, monthsInPost } = ranges;
  if (contactCells === undefined || jobSeekers !== undefined || absentWeeks !== undefined || monthsInPost !== undefined)
    return from;
  let totalContacts = totals[TOTAL_CONTACTS]!;
  let totalWeeks = totals[TOTAL_WEEKS]!;
  let r = from;
  for (; r < to; r++) {
    const contacts = contactCells[r]![0];
    const weeks = weekCells === undefined ? weeksForAll : weekCells[r]![0];
    if (!(typeof contacts === 'number' && contacts >= 0 && Number.isInteger(contacts))) break;
    if (!(typeof weeks === 'number' && weeks > 0 && weeks !== Infinity)) break;
    totalContacts += contacts;
    totalWeeks += weeks;
  }
  totals[ENTRIES]! += r - from;
  totals[INCLUDED]! += r - from;
  totals[TOTAL_CONTACTS] = totalContacts;
  totals[TOTAL_WEEKS] = totalWeeks;
  return r;
}

/** A number in an optional column: blank → undefined. */
function optional(
  cells: CellMatrix | undefined,
  index: number,
  read: (value: CellValue) => number,
): number | undefined {
  const value = cells?.[index]![0];
  return value === undefined || isBlank(value) ? undefined : read(value);
}

/**
 * One row that is not the usual one: skipped when blank in every range given; otherwise each
 * cell read with the cell readers (#VALUE!, #NUM!, #DIV/0! naming the argument and row) and the
 * specialist counted by weeksThatCount (entry `entry`). An included specialist's contacts, weeks
 * that count, rating and whether the rating is the small-caseload rule's 5 go to
 * totals[ROW_CONTACTS], [ROW_WEEKS], [ROW_RATING] and [ROW_REACHED].
 */
function readContactRow(
  ranges: EmployerContactRanges,
  index: number,
  entry: number,
  totals: Float64Array,
  counts: EmployerContactsCounts,
): number {
  const row = index + 1;
  const contactsCell = ranges.contacts?.[index]![0];
  const weeksCell = ranges.weeks === undefined ? ranges.weeksForAll : ranges.weeks[index]![0];
  const given = [
    contactsCell,
    ranges.weeks?.[index]![0],
    ranges.jobSeekers?.[index]![0],
    ranges.absentWeeks?.[index]![0],
    ranges.monthsInPost?.[index]![0],
  ];
  if (given.every((cell) => cell === undefined || isBlank(cell))) return ROW_SKIPPED;
  const weeksWhere: Where = ranges.weeksForAll === undefined ? { argument: 'weeks', row } : { argument: 'weeks' };
  if (weeksCell === 0)
    throw new IpsError(
      'divisionByZero',
      `${describe(weeksWhere)}: expected a number of weeks > 0, got 0 (division by zero)`,
    );
  const weeks =
    typeof weeksCell === 'number' && weeksCell > 0 && Number.isFinite(weeksCell)
      ? weeksCell
      : readNumber(weeksCell, weeksWhere, { min: 0, minExclusive: true, expected: 'a number of weeks > 0' });
  const contacts =
    typeof contactsCell === 'number' && Number.isInteger(contactsCell) && contactsCell >= 0
      ? contactsCell
      : readNumber(
          contactsCell,
          { argument: 'contacts', row },
          { min: 0, integer: true, expected: 'a whole number of contacts ≥ 0' },
        );
  const jobSeekers = optional(ranges.jobSeekers, index, (value) =>
    readNumber(
      value,
      { argument: 'job_seekers', row },
      { min: 0, integer: true, expected: 'a whole number of job seekers ≥ 0' },
    ),
  );
  const absent = optional(ranges.absentWeeks, index, (value) =>
    readNumber(
      value,
      { argument: 'absent_weeks', row },
      { min: 0, max: weeks, expected: `weeks absent, 0 to ${weeks}` },
    ),
  );
  const months = optional(ranges.monthsInPost, index, (value) =>
    readNumber(value, { argument: 'months_in_post', row }, { min: 0, expected: 'months in post ≥ 0' }),
  );
  if (absent !== undefined && absent >= 1 && absent >= weeks && contacts > 0) {
    throw invalidNumber(
      `argument 'absent_weeks' row ${row}: absent for all ${weeks} weeks, but ${contacts} contacts are given`,
    );
  }
  const counted = weeksThatCount(counts, entry, contacts, weeks, absent, months, jobSeekers);
  if (counted === 0) return ROW_LEFT_OUT;
  totals[ROW_CONTACTS] = contacts;
  totals[ROW_WEEKS] = counted;
  totals[ROW_RATING] = specialistRating(contacts, counted, jobSeekers);
  totals[ROW_REACHED] = reachesSmallCaseloadFive(contacts, counted, jobSeekers) ? 1 : 0;
  return ROW_INCLUDED;
}
