/**
 * Tjenester 13 — Tjenester som er basert i lokalsamfunnet.
 *
 * The calculator (a pure function over typed input, returning the ItemResult with reasons in
 * nb + en) and the spreadsheet function that reads the cells and calls it. Line numbers point
 * into the Norwegian manual («Håndbok i kvalitetsevaluering IPS Supported Employment»).
 */
import { labelOfScore, sameInBoth, scoreFor, type BandTable } from '../shared/bands';
import { stableSum, plural, fmt } from './shared';
import { floorMetric, reason } from '../shared/reasons';
import { readCommunityShares } from '../shared/percent-rows';
import { Score } from '../../scale/types';
import { ItemResult, Reason } from '../../result';
import { itemFunction, recordsParameter, PERCENT_UNIT_PARAMETER, fractionNote, withNote } from '../shared/define';
import { notAvailable, invalidNumber } from '../../errors';
import { PercentUnit, readPercentUnit, isOmitted, columnRows } from '../../cells';

/** The item scored here (its id in the scale registry). */
const ITEM_ID = 'services.community_based';

export interface CommunityTimeInput {
  /**
   * One entry per specialist: the share (0–1, e.g. 0.56 for 56 %) of the specialist's own
   * scheduled working time spent in the community (part-time specialists: the same share of
   * their hours, 8861–8869).
   */
  readonly communityShares: readonly number[];
}

/**
 * Anchors (11524–11562): 30 % or less → 1, 30–39 → 2, 40–49 → 3, 50–64 → 4, 65 or more → 5.
 * Exactly 30 % is in both 1 and 2; anchor 1 says «30 prosent eller mindre», so 30 → 1.
 */
export const COMMUNITY_BANDS: BandTable = {
  manualLines: '11524–11562',
  rows: [
    { score: 5, min: 65, label: sameInBoth('≥ 65 %') },
    { score: 4, min: 50, label: sameInBoth('50–64 %') },
    { score: 3, min: 40, label: sameInBoth('40–49 %') },
    { score: 2, above: 30, label: sameInBoth('31–39 %') },
    { score: 1, label: sameInBoth('≤ 30 %') },
  ],
};

export function communityTimeBand(percent: number): Score {
  return scoreFor(COMMUNITY_BANDS, percent);
}

/**
 * Tjenester 13 (box 8955–8961; 8845–8853): the share of scheduled time each specialist spends in
 * the community, added up and divided by the number of specialists; rounded down, banded.
 */
export function communityTime(input: CommunityTimeInput): ItemResult {
  return communityTimeFromColumn(input.communityShares, 'fraction');
}

/**
 * Tjenester 13 from one value per specialist, as shares 0–1 ('fraction') or percents 0–100
 * ('percent'); each value is range-checked in the pass that adds them up.
 */
export function communityTimeFromColumn(values: ArrayLike<number>, unit: PercentUnit): ItemResult {
  if (values.length === 0) throw notAvailable("argument 'percent_in_community': no specialists to score");
  const limit = unit === 'percent' ? 100 : 1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (!(value >= 0 && value <= limit)) {
      throw invalidNumber(
        `percent_in_community (entry ${i + 1}): expected ${unit === 'percent' ? 'a percent 0–100' : 'a share 0–100 % (0–1)'}, got ${value}`,
      );
    }
  }
  return communityTimeFromSum(stableSum(values), values.length, unit);
}

/**
 * Tjenester 13 from the compensated sum (see stableSum) of n values checked already, as shares
 * 0–1 ('fraction') or percents 0–100 ('percent'): for the spreadsheet function, which adds them
 * in its one pass over the cells.
 */
export function communityTimeFromSum(sum: number, n: number, unit: PercentUnit): ItemResult {
  if (n === 0) throw notAvailable("argument 'percent_in_community': no specialists to score");
  const exact = unit === 'percent' ? sum / n : (100 * sum) / n;
  const metric = floorMetric(exact);
  const score = communityTimeBand(metric);
  const reasons: Reason[] = [
    reason(
      'services.community_based.mean_share',
      `Gjennomsnittet av andelen skjemalagt arbeidstid ute i lokalsamfunnet for ${n} ${plural(n, 'jobbspesialist', 'jobbspesialister')}: ${fmt(exact, 'nb')} %, rundet ned til ${metric} % (${labelOfScore(COMMUNITY_BANDS, score).nb}) → ${score}.`,
      `Mean share of scheduled working time spent in the community over ${n} ${plural(n, 'specialist', 'specialists')}: ${fmt(exact, 'en')} %, rounded down to ${metric} % (${labelOfScore(COMMUNITY_BANDS, score).en}) → ${score}.`,
    ),
  ];
  return { itemId: ITEM_ID, score, metric, metricUnit: '%', exactMetric: exact, reasons };
}

export const COMMUNITY_TIME = itemFunction({
  name: 'COMMUNITY_TIME',
  itemId: ITEM_ID,
  parameters: [recordsParameter('percent_in_community'), PERCENT_UNIT_PARAMETER],
  compute: ([shares, unitArg]) => {
    const unit = readPercentUnit(unitArg ?? null);
    const cells = isOmitted(shares ?? null) ? [] : columnRows(shares ?? null, 'percent_in_community');
    const column = readCommunityShares(cells, unit);
    const note =
      column.unit === 'fraction'
        ? fractionNote('services.community_based.read_as_fraction', unit === undefined)
        : undefined;
    return withNote(communityTimeFromSum(column.sum, column.specialists, column.unit), note);
  },
});
