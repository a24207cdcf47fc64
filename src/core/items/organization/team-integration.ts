/**
 * Organisasjon 1 — Integrering gjennom teamarbeid (org.team_integration).
 *
 * The calculator and the spreadsheet function that reads the cells and calls it. Rounding is the
 * manual's rule 11: metrics and averaged scores are rounded DOWN before they are placed in the
 * anchors' bands, and the arithmetic is exact (21 ÷ (0.1 + 0.2 + 0.7) = 21). The checked entry
 * parses typed input with its schema; the column/total cores are what the spreadsheet function
 * calls after reading every cell.
 */
import { checkInput, rowOf, type InputRules } from '../shared/rules';
import { COUNT_RULE, YES_NO_RULE } from '../shared/value-rules';
import { scoreTeamRows } from './team-rows';
import { floorMetric, asScore } from '../shared/reasons';
import { meanScore, perSpecialistReason, meanReason, nb, en } from '../shared/per-specialist';
import { Score } from '../../scale/types';
import { ItemResult } from '../../result';
import { itemFunction, recordsParameter } from '../shared/define';
import { invalidNumber, notAvailable, invalidValue, IpsError } from '../../errors';
import { parallelColumns } from '../../cells';
import { plural } from '../../text';

/** The item scored here (its id in the scale registry). */
const ITEM_ID = 'org.team_integration';

export interface TeamIntegrationSpecialist {
  /** Treatment teams the specialist is attached to (assigned to and attends); 0 = none. */
  readonly teams: number;
  /** Clients in the specialist's caseload who come from those teams. Needed for 1–2 teams. */
  readonly clientsFromTeams?: number;
  /** The specialist's whole caseload. Needed for 1–2 teams. */
  readonly caseload?: number;
  /**
   * With teams = 0: the specialist belongs to the treating agency, but its clinicians are not
   * organised in teams (score 2). Left out or false with teams = 0: the vocational service
   * operates independently of treatment (score 1).
   */
  readonly cliniciansNotInTeams?: boolean;
  /** The 1-based row in the source range, for messages. */
  readonly row?: number;
}
export interface TeamIntegrationInput {
  readonly specialists: readonly TeamIntegrationSpecialist[];
}

/** The rules of teamIntegration()'s typed input. */
export const TEAM_RULES: InputRules = {
  specialists: {
    argument: 'teams',
    nonEmpty: true,
    fields: {
      teams: { argument: 'teams', rule: COUNT_RULE },
      clientsFromTeams: { argument: 'clients_from_teams', rule: COUNT_RULE, optional: true },
      caseload: { argument: 'caseload', rule: COUNT_RULE, optional: true },
      cliniciansNotInTeams: { argument: 'clinicians_not_in_teams', rule: YES_NO_RULE, optional: true },
    },
  },
};

/**
 * Organisasjon 1 (3390–3396): rate each specialist (3254–3260: how many teams they are attached
 * to and what share of their caseload comes from those teams), add, divide, round down.
 * Per specialist: no team → 1 (independent service) or 2 (clinicians not in teams);
 * three or more teams → 2; one or two teams → share < 50 % → 2, 50–74 → 3, 75–89 → 4, ≥ 90 → 5.
 */
export function teamIntegration(input: TeamIntegrationInput): ItemResult {
  const { specialists } = checkInput(input, TEAM_RULES);
  const n = specialists.length;
  const columns = {
    teams: new Float64Array(n),
    clientsFromTeams: new Float64Array(n),
    caseload: new Float64Array(n),
    cliniciansNotInTeams: new Uint8Array(n),
    rows: new Float64Array(n),
  };
  specialists.forEach((specialist, index) => {
    columns.teams[index] = specialist.teams;
    columns.clientsFromTeams[index] = specialist.clientsFromTeams ?? NaN;
    columns.caseload[index] = specialist.caseload ?? NaN;
    columns.cliniciansNotInTeams[index] = specialist.cliniciansNotInTeams === true ? 1 : 0;
    columns.rows[index] = rowOf(specialist, index);
  });
  return teamIntegrationFromColumns(columns);
}

/** The specialists of Organisasjon 1 as columns (one entry per specialist). */
export interface TeamIntegrationColumns {
  /** Treatment teams each specialist is attached to: whole numbers ≥ 0. */
  readonly teams: ArrayLike<number>;
  /** Clients from those teams (whole, ≥ 0), NaN when not given. Needed for 1–2 teams. */
  readonly clientsFromTeams: ArrayLike<number>;
  /** The specialist's whole caseload (whole, ≥ 0), NaN when not given. Needed for 1–2 teams. */
  readonly caseload: ArrayLike<number>;
  /** 1 when, with teams = 0, the clinicians are not organised in teams; 0 otherwise. */
  readonly cliniciansNotInTeams: ArrayLike<number>;
  /** The 1-based row of each specialist, for messages and the explanation. */
  readonly rows: ArrayLike<number>;
}

function checkCount(value: number, argument: string, row: number, expected: string): void {
  if (!(value >= 0 && Number.isInteger(value)))
    throw invalidNumber(`argument '${argument}' row ${row}: expected ${expected}, got ${value}`);
}

/**
 * Organisasjon 1 from columns, without the schema parse (see caseloadFromColumns): every value is
 * checked and every specialist rated in one linear pass; the per-specialist explanation is built
 * only when read.
 */
export function teamIntegrationFromColumns(columns: TeamIntegrationColumns): ItemResult {
  const { teams, clientsFromTeams, caseload: totals, cliniciansNotInTeams, rows } = columns;
  const n = teams.length;
  if (n === 0) throw notAvailable("argument 'teams': no employment specialists to score (the list is empty)");
  if (clientsFromTeams.length !== n || totals.length !== n || cliniciansNotInTeams.length !== n || rows.length !== n) {
    throw invalidValue(`argument 'teams': the columns of the ${n} specialists differ in length`);
  }
  const ratingAt = (i: number): Score =>
    teamRating(teams[i]!, clientsFromTeams[i]!, totals[i]!, cliniciansNotInTeams[i] === 1, rows[i]!);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const at = rows[i]!;
    checkCount(teams[i]!, 'teams', at, 'a whole number of treatment teams ≥ 0');
    const from = clientsFromTeams[i]!;
    if (from === from) checkCount(from, 'clients_from_teams', at, 'a whole number of clients ≥ 0');
    const total = totals[i]!;
    if (total === total) checkCount(total, 'caseload', at, 'a whole number of clients ≥ 0');
    sum += ratingAt(i);
  }
  // The explanation rates each row again when it is read (rating an accepted row cannot fail).
  return teamIntegrationFromRatings({
    specialists: n,
    sum,
    ratingAt,
    describe: (index, language) =>
      `${language === 'nb' ? 'Rad' : 'Row'} ${rows[index]}: ${describeTeamRating(teams[index]!, clientsFromTeams[index]!, totals[index]!, cliniciansNotInTeams[index] === 1, ratingAt(index), language)}`,
  });
}

/** Organisasjon 1's specialists as their ratings: all the score and its explanation need. */
export interface TeamIntegrationRatings {
  /** Specialists rated, ≥ 1. */
  readonly specialists: number;
  /** Σ of their ratings (teamRating). */
  readonly sum: number;
  /** The rating of specialist `index` (0-based), for the explanation. */
  readonly ratingAt: (index: number) => number;
  /** «Row 3: attached to one treatment team; …» for specialist `index` (see describeTeamRating). */
  readonly describe: (index: number, language: 'nb' | 'en') => string;
}

/**
 * Organisasjon 1 from ratings, for callers that read and rated every specialist already (the
 * spreadsheet function, in its one pass over the cells; teamIntegrationFromColumns). The mean is
 * rounded down; the explanations listing every specialist are built only when read.
 */
export function teamIntegrationFromRatings(ratings: TeamIntegrationRatings): ItemResult {
  const { specialists: n, sum, ratingAt, describe } = ratings;
  if (n === 0) throw notAvailable("argument 'teams': no employment specialists to score (the list is empty)");
  const { score, exact } = meanScore(sum, n);
  return {
    itemId: ITEM_ID,
    score,
    metric: score,
    metricUnit: 'mean score',
    exactMetric: exact,
    reasons: [
      perSpecialistReason('org.team_integration.per_specialist', n, describe),
      meanReason('org.team_integration.mean_rounded_down', n, ratingAt, sum, exact, score),
    ],
  };
}

/** floor(100 × from ÷ total) exactly for whole numbers (as floorOfQuotient does), tolerant beyond safe integers. */
function teamPercent(from: number, total: number): number {
  const top = 100 * from;
  return Number.isSafeInteger(top) && Number.isSafeInteger(total) ? Math.floor(top / total) : floorMetric(top / total);
}

/**
 * One specialist of Organisasjon 1 (3254–3260), from the teams, the clients from them and the
 * caseload (NaN when not given): the rating 1–5, or 0 when the row is contradictory or
 * incomplete (teamRating says why). No allocation, no exception: for loops over 100 000 rows.
 */
export function teamRatingOrZero(
  teams: number,
  clientsFromTeams: number,
  caseload: number,
  cliniciansNotInTeams: boolean,
): number {
  if (teams === 0) return cliniciansNotInTeams ? 2 : 1;
  if (cliniciansNotInTeams) return 0;
  if (teams >= 3) return 2;
  if (!(caseload > 0 && clientsFromTeams <= caseload)) return 0; // also NaN: not given
  const percent = teamPercent(clientsFromTeams, caseload);
  return percent >= 90 ? 5 : percent >= 75 ? 4 : percent >= 50 ? 3 : 2;
}

/** teamRatingOrZero, throwing the typed error of a contradictory or incomplete row (`row`: 1-based, for the message). */
export function teamRating(
  teams: number,
  clientsFromTeams: number,
  caseload: number,
  cliniciansNotInTeams: boolean,
  row: number,
): Score {
  const rating = teamRatingOrZero(teams, clientsFromTeams, caseload, cliniciansNotInTeams);
  if (rating !== 0) return asScore(rating);
  if (cliniciansNotInTeams) {
    throw invalidValue(
      `argument 'clinicians_not_in_teams' row ${row}: says the clinicians are not organised in teams, but 'teams' is ${teams}; use teams = 0 for clinicians without teams (or count a small group of clinicians as one team)`,
    );
  }
  if (clientsFromTeams !== clientsFromTeams) {
    throw invalidValue(
      `argument 'clients_from_teams' row ${row}: expected the number of clients from the ${teams} ${plural(teams, 'team', 'teams')}, got nothing`,
    );
  }
  if (caseload !== caseload)
    throw invalidValue(
      `argument 'caseload' row ${row}: expected the specialist's caseload (a whole number), got nothing`,
    );
  if (caseload === 0) {
    throw new IpsError(
      'divisionByZero',
      `argument 'caseload' row ${row}: the caseload is 0, so the share from the teams cannot be computed; leave this specialist out or rate them directly`,
    );
  }
  throw invalidNumber(
    `argument 'clients_from_teams' row ${row}: ${clientsFromTeams} clients from the teams is more than the caseload of ${caseload}`,
  );
}

/** The explanation of one specialist's rating (after teamRating accepted the row). */
export function describeTeamRating(
  teams: number,
  clientsFromTeams: number,
  caseload: number,
  cliniciansNotInTeams: boolean,
  score: number,
  language: 'nb' | 'en',
): string {
  if (teams === 0) {
    if (cliniciansNotInTeams) {
      return language === 'nb'
        ? 'behandlerne er ikke organisert i team → 2'
        : 'the clinicians are not organised in teams → 2';
    }
    return language === 'nb'
      ? 'ikke tilknyttet noe behandlingsteam; tjenesten fungerer uavhengig av behandlingen → 1'
      : 'attached to no treatment team; the service operates independently of treatment → 1';
  }
  if (teams >= 3)
    return language === 'nb'
      ? `tilknyttet ${teams} behandlingsteam (tre eller flere) → 2`
      : `attached to ${teams} treatment teams (three or more) → 2`;
  const percent = teamPercent(clientsFromTeams, caseload);
  const exact = (100 * clientsFromTeams) / caseload;
  return language === 'nb'
    ? `tilknyttet ${teams === 1 ? 'ett behandlingsteam' : 'to behandlingsteam'}; ${clientsFromTeams} av ${caseload} deltakere kommer derfra = ${nb(exact)} %, rundet ned til ${percent} % → ${score}`
    : `attached to ${teams === 1 ? 'one treatment team' : 'two treatment teams'}; ${clientsFromTeams} of ${caseload} clients come from them = ${en(exact)} %, rounded down to ${percent} % → ${score}`;
}

// --- Organisasjon 1 ------------------------------------------------------------------------

export const TEAM_INTEGRATION = itemFunction({
  name: 'TEAM_INTEGRATION',
  itemId: ITEM_ID,
  parameters: [
    recordsParameter('teams'),
    recordsParameter('clients_from_teams'),
    recordsParameter('caseload'),
    recordsParameter('clinicians_not_in_teams', true),
  ],
  compute: ([teams, fromTeams, caseloads, notInTeams]) => {
    const { cells, count } = parallelColumns([
      { argument: 'teams', arg: teams ?? null },
      { argument: 'clients_from_teams', arg: fromTeams ?? null },
      { argument: 'caseload', arg: caseloads ?? null },
      { argument: 'clinicians_not_in_teams', arg: notInTeams ?? null },
    ]);
    return scoreTeamRows({ teams: cells[0], fromTeams: cells[1], caseloads: cells[2], notInTeams: cells[3] }, count);
  },
});
