import { invalidValue, notAvailable } from '../errors';
import { DEFAULT_SCALE } from '../scale/registry';
import type { FidelityLevel, ScaleDefinition, Score } from '../scale/types';
import { currentHistory, type HistoryRow, type ReviewType } from './table';

/**
 * Trends over the history table: one service over time (totals, section means, an item-by-review
 * matrix for a heat map, change since the previous review) and all services at a glance (latest
 * review per service and team, counts per fidelity level). Superseded revisions are ignored.
 */

export interface TrendPoint {
  readonly reviewId: string;
  readonly date: string;
  readonly type: ReviewType;
  readonly total: number | null;
  readonly level: FidelityLevel | null;
  readonly sectionMeans: readonly (number | null)[];
  /** Total minus the previous review's total; null for the first review or an incomplete one. */
  readonly change: number | null;
}

export interface ItemChange {
  readonly itemId: string;
  readonly previous: Score | null;
  readonly latest: Score | null;
  readonly change: number | null;
}

export interface ServiceTrend {
  readonly service: string;
  readonly team: string;
  /** Oldest first. */
  readonly points: readonly TrendPoint[];
  /** Item ids in score-sheet order (the matrix rows). */
  readonly itemIds: readonly string[];
  /** matrix[item][review]: the score of each item at each review (points order), for a heat map. */
  readonly matrix: readonly (readonly (Score | null)[])[];
  readonly latest: TrendPoint;
  readonly previous: TrendPoint | null;
  /** Latest total minus the previous total. */
  readonly changeSincePrevious: number | null;
  /** Per item, latest score against the previous review's. */
  readonly itemChanges: readonly ItemChange[];
}

const norm = (value: string) => value.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');

function byDate(a: HistoryRow, b: HistoryRow): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : (a.sheetRow ?? 0) - (b.sheetRow ?? 0);
}

/**
 * The trend of one service (and team; names compared without case and extra spaces). When the
 * team is left out and the service has reviews of several teams, that is #VALUE! listing them:
 * each team is reviewed on its own and their totals must not be mixed in one line.
 */
export function serviceTrend(
  rows: readonly HistoryRow[],
  service: string,
  team?: string,
  scale: ScaleDefinition = DEFAULT_SCALE,
): ServiceTrend {
  const ofService = currentHistory(rows).filter((row) => norm(row.service) === norm(service));
  if (ofService.length === 0) throw notAvailable(`no reviews of "${service}" in the history`);
  let selected = ofService;
  if (team !== undefined) {
    selected = ofService.filter((row) => norm(row.team) === norm(team));
    if (selected.length === 0) throw notAvailable(`no reviews of "${service}", team "${team}" in the history`);
  } else {
    const teams = [...new Set(ofService.map((row) => row.team))];
    if (new Set(teams.map(norm)).size > 1) {
      throw invalidValue(`"${service}" has reviews of several teams (${teams.join(', ')}): name the team`);
    }
  }
  selected = [...selected].sort(byDate);
  const points: TrendPoint[] = selected.map((row, index) => {
    const before = index > 0 ? selected[index - 1]! : null;
    return {
      reviewId: row.reviewId,
      date: row.date,
      type: row.type,
      total: row.total,
      level: row.level,
      sectionMeans: row.sectionMeans,
      change: before && before.total !== null && row.total !== null ? row.total - before.total : null,
    };
  });
  const itemIds = scale.items.map((item) => item.id);
  const matrix = itemIds.map((_, itemIndex) => selected.map((row) => row.scores[itemIndex] ?? null));
  const latestRow = selected[selected.length - 1]!;
  const previousRow = selected.length > 1 ? selected[selected.length - 2]! : null;
  const itemChanges = itemIds.map((itemId, index) => {
    const latest = latestRow.scores[index] ?? null;
    const previous = previousRow ? (previousRow.scores[index] ?? null) : null;
    return { itemId, previous, latest, change: latest !== null && previous !== null ? latest - previous : null };
  });
  const latest = points[points.length - 1]!;
  return {
    service: latestRow.service,
    team: latestRow.team,
    points,
    itemIds,
    matrix,
    latest,
    previous: points.length > 1 ? points[points.length - 2]! : null,
    changeSincePrevious: latest.change,
    itemChanges,
  };
}

export interface ServiceSummary {
  readonly service: string;
  readonly team: string;
  readonly reviewCount: number;
  readonly firstDate: string;
  readonly latest: TrendPoint;
  readonly previousTotal: number | null;
  readonly change: number | null;
}

export interface LevelCount {
  readonly level: FidelityLevel;
  readonly count: number;
}

export interface MultiServiceSummary {
  /** One entry per service and team, by service then team name. */
  readonly services: readonly ServiceSummary[];
  /** Latest reviews per fidelity level, in the scale's order (highest first). */
  readonly levelCounts: readonly LevelCount[];
  /** Latest reviews that are incomplete (no total, no level). */
  readonly incomplete: number;
  readonly reviewCount: number;
}

/** The latest review of every service and team, and how many are at each fidelity level. */
export function multiServiceSummary(
  rows: readonly HistoryRow[],
  scale: ScaleDefinition = DEFAULT_SCALE,
): MultiServiceSummary {
  const current = currentHistory(rows);
  const groups = new Map<string, HistoryRow[]>();
  for (const row of current) {
    const key = `${norm(row.service)}\u0000${norm(row.team)}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const services: ServiceSummary[] = [];
  for (const group of groups.values()) {
    group.sort(byDate);
    const latestRow = group[group.length - 1]!;
    const previousRow = group.length > 1 ? group[group.length - 2]! : null;
    const change =
      previousRow && previousRow.total !== null && latestRow.total !== null
        ? latestRow.total - previousRow.total
        : null;
    services.push({
      service: latestRow.service,
      team: latestRow.team,
      reviewCount: group.length,
      firstDate: group[0]!.date,
      latest: {
        reviewId: latestRow.reviewId,
        date: latestRow.date,
        type: latestRow.type,
        total: latestRow.total,
        level: latestRow.level,
        sectionMeans: latestRow.sectionMeans,
        change,
      },
      previousTotal: previousRow?.total ?? null,
      change,
    });
  }
  services.sort((a, b) => a.service.localeCompare(b.service, 'nb') || a.team.localeCompare(b.team, 'nb'));
  const levelCounts = scale.levels.map((level) => ({
    level,
    count: services.filter(
      (entry) => entry.latest.total !== null && entry.latest.total >= level.min && entry.latest.total <= level.max,
    ).length,
  }));
  return {
    services,
    levelCounts,
    incomplete: services.filter((entry) => entry.latest.total === null).length,
    reviewCount: current.length,
  };
}
