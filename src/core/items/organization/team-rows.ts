/**
 * The rows of TEAM_INTEGRATION (Organisasjon 1), one per specialist, read, checked and rated in
 * one pass over 100 000 rows without an allocation per row (see long-lists.ts). The usual row
 * (whole numbers, nothing in `clinicians_not_in_teams`) is read at once; any other goes through
 * the cell readers, whose errors name the argument and row. Errors come in the order of the
 * two passes this replaces: every cell read first, then the first row that cannot be rated.
 * The explanation listing every specialist reads their cells again when it is asked for.
 */

import {
  NumberRule,
  CellMatrix,
  CellValue,
  yesNoReader,
  requireRows,
  isBlank,
  readCount,
  CLIENTS_RULE,
} from '../../cells';
import { ItemResult } from '../../result';
import { KeptRows, readInTwoCalls } from '../shared/long-lists';
import { teamRating, teamIntegrationFromRatings, describeTeamRating, teamRatingOrZero } from './team-integration';

const TEAMS_RULE: NumberRule = { min: 0, integer: true, expected: 'a whole number of treatment teams ≥ 0' };

/** TEAM_INTEGRATION's record ranges as rows of one cell (undefined when omitted). */
export interface TeamRanges {
  readonly teams: CellMatrix | undefined;
  readonly fromTeams: CellMatrix | undefined;
  readonly caseloads: CellMatrix | undefined;
  readonly notInTeams: CellMatrix | undefined;
}

type ReadYesNo = (value: CellValue, row?: number) => boolean;

/** Where readTeamRange keeps its running totals, and readTeamRow the row it read. */
const KEPT = 0;
const SUM = 1;
const FIRST_UNRATED = 2; // 1 + the index of the first kept row teamRatingOrZero could not rate; 0: none
const ROW_TEAMS = 3;
const ROW_FROM = 4;
const ROW_CASELOAD = 5;
const ROW_NOT_IN_TEAMS = 6;
const SLOTS = 7;

/** TEAM_INTEGRATION's result from its rows. */
export function scoreTeamRows(ranges: TeamRanges, count: number): ItemResult {
  const readNotInTeams = yesNoReader('clinicians_not_in_teams');
  const totals = new Float64Array(SLOTS);
  const kept = new KeptRows(count);
  readInTwoCalls(count, (from, to) => readTeamRange(ranges, from, to, totals, kept, readNotInTeams));
  const n = totals[KEPT]!;
  requireRows({ length: n }, 'employment specialists', 'teams');
  const specialist = (i: number) => {
    const index = kept.at(i);
    readTeamRow(ranges, index, readNotInTeams, totals); // read before: cannot fail
    return {
      row: index + 1,
      teams: totals[ROW_TEAMS]!,
      from: totals[ROW_FROM]!,
      caseload: totals[ROW_CASELOAD]!,
      notInTeams: totals[ROW_NOT_IN_TEAMS] === 1,
    };
  };
  const ratingAt = (i: number) => {
    const { row, teams, from, caseload, notInTeams } = specialist(i);
    return teamRating(teams, from, caseload, notInTeams, row);
  };
  const firstUnrated = totals[FIRST_UNRATED]!;
  if (firstUnrated > 0) ratingAt(firstUnrated - 1); // throws why that row cannot be rated
  return teamIntegrationFromRatings({
    specialists: n,
    sum: totals[SUM]!,
    ratingAt,
    describe: (i, language) => {
      const { row, teams, from, caseload, notInTeams } = specialist(i);
      const rating = teamRating(teams, from, caseload, notInTeams, row);
      return `${language === 'nb' ? 'Rad' : 'Row'} ${row}: ${describeTeamRating(teams, from, caseload, notInTeams, rating, language)}`;
    },
  });
}

/** True for a `clinicians_not_in_teams` cell that says no without a word: blank, 0 or FALSE. */
function unmarked(cell: CellValue): boolean {
  return cell === undefined || cell === null || cell === false || cell === '' || cell === 0;
}

/** A count cell of the usual row: a whole number ≥ 0, NaN when blank, -1 for anything else. */
function usualCount(cells: CellMatrix | undefined, index: number): number {
  if (cells === undefined) return NaN;
  const cell = cells[index]![0];
  if (typeof cell === 'number') return cell >= 0 && Number.isInteger(cell) ? cell : -1;
  return cell === null || cell === undefined || cell === '' ? NaN : -1;
}

/** Rows [from, to): rated, added to `totals`, their indices to `kept`. */
function readTeamRange(
  ranges: TeamRanges,
  from: number,
  to: number,
  totals: Float64Array,
  kept: KeptRows,
  readNotInTeams: ReadYesNo,
): void {
  const { teams: teamCells, fromTeams, caseloads, notInTeams } = ranges;
  let n = totals[KEPT]!;
  let sum = totals[SUM]!;
  let firstUnrated = totals[FIRST_UNRATED]!;
  let indices = kept.indices;
  for (let r = from; r < to; r++) {
    let teams = -1;
    let clients = NaN;
    let caseload = NaN;
    let notIn = false;
    if (teamCells !== undefined && (notInTeams === undefined || unmarked(notInTeams[r]![0]))) {
      const cell = teamCells[r]![0];
      if (typeof cell === 'number' && cell >= 0 && Number.isInteger(cell)) teams = cell;
      clients = usualCount(fromTeams, r);
      caseload = usualCount(caseloads, r);
    }
    if (teams < 0 || clients < 0 || caseload < 0) {
      if (!readTeamRow(ranges, r, readNotInTeams, totals)) continue;
      teams = totals[ROW_TEAMS]!;
      clients = totals[ROW_FROM]!;
      caseload = totals[ROW_CASELOAD]!;
      notIn = totals[ROW_NOT_IN_TEAMS] === 1;
    }
    const rating = teamRatingOrZero(teams, clients, caseload, notIn);
    if (rating === 0 && firstUnrated === 0) firstUnrated = n + 1;
    sum += rating;
    if (indices === undefined && r !== n) indices = kept.start(n); // the first row skipped
    if (indices !== undefined) indices[n] = r;
    n++;
  }
  totals[KEPT] = n;
  totals[SUM] = sum;
  totals[FIRST_UNRATED] = firstUnrated;
}

/** A count that may be left blank (clients from teams, caseload): blank → NaN. */
function optionalCount(value: CellValue, argument: string, row: number): number {
  return isBlank(value) ? NaN : readCount(value, argument, row, CLIENTS_RULE);
}

/**
 * One row read with the cell readers: false when it is blank (and not marked in
 * `clinicians_not_in_teams`); otherwise its values go to totals[ROW_TEAMS], [ROW_FROM],
 * [ROW_CASELOAD] (NaN when blank) and [ROW_NOT_IN_TEAMS] (1 or 0).
 */
function readTeamRow(ranges: TeamRanges, index: number, readNotInTeams: ReadYesNo, totals: Float64Array): boolean {
  const row = index + 1;
  const teams = ranges.teams?.[index]![0];
  const from = ranges.fromTeams?.[index]![0];
  const caseload = ranges.caseloads?.[index]![0];
  const notInTeams = readNotInTeams(ranges.notInTeams?.[index]![0], row);
  if (!notInTeams && isBlank(teams) && isBlank(from) && isBlank(caseload)) return false;
  totals[ROW_TEAMS] = readCount(teams, 'teams', row, TEAMS_RULE);
  totals[ROW_FROM] = optionalCount(from, 'clients_from_teams', row);
  totals[ROW_CASELOAD] = optionalCount(caseload, 'caseload', row);
  totals[ROW_NOT_IN_TEAMS] = notInTeams ? 1 : 0;
  return true;
}
