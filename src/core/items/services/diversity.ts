/**
 * What Tjenester 8 and 9 share: at most two entries of one job type or employer count, the
 * minimum sample, and the bands (anchors 11166–11260).
 */

import { labelOfScore, sameInBoth, scoreFor, type BandTable } from '../shared/bands';
import { notAvailable } from '../../errors';
import { ItemResult, Reason } from '../../result';
import { Score } from '../../scale/types';
import { reason } from '../shared/reasons';
import { plural, minimumSample, sampleRuleText, fmt, Grouping } from './shared';

/** Anchors for Tjenester 8 and 9 (11166–11260): < 50 % → 1, 50–59 → 2, 60–69 → 3, 70–84 → 4, 85–100 → 5. */
export const DIVERSITY_BANDS: BandTable = {
  manualLines: '11166–11260',
  rows: [
    { score: 5, min: 85, label: sameInBoth('85–100 %') },
    { score: 4, min: 70, label: sameInBoth('70–84 %') },
    { score: 3, min: 60, label: sameInBoth('60–69 %') },
    { score: 2, min: 50, label: sameInBoth('50–59 %') },
    { score: 1, label: sameInBoth('< 50 %') },
  ],
};

export function diversityBand(percent: number): Score {
  return scoreFor(DIVERSITY_BANDS, percent);
}

export interface Tally {
  count: number;
  /** Display label: the smallest spelling seen, so the text never depends on row order. */
  label: string;
}

export const MAX_LISTED = 5;

/** The listing order of struck entries: most entries first, then by label. */
export function listedBefore(a: Tally, b: Tally): boolean {
  return a.count !== b.count ? a.count > b.count : a.label < b.label;
}

/**
 * Keeps `first` as the first MAX_LISTED entries of the listing order among those offered so far;
 * an entry tied with one offered earlier comes after it (as a stable sort of all would give).
 */
export function listAmongFirst(first: Tally[], tally: Tally): void {
  let at = first.length;
  while (at > 0 && listedBefore(tally, first[at - 1]!)) at--;
  if (at >= MAX_LISTED) return;
  first.splice(at, 0, tally);
  if (first.length > MAX_LISTED) first.pop();
}

/** At most two entries of one key are counted; the 3rd and later are struck (7762–7767, 8117–8125). */
export function diversityResult(
  itemId: string,
  tallies: Map<string, Tally>,
  total: number,
  beforeIps: number,
  specialists: number | undefined,
  words: { nb: string; en: string; nbPlural: string; enPlural: string },
): ItemResult {
  let countable = 0;
  let struckCount = 0;
  /** The first MAX_LISTED struck entries in the order they are listed, kept as they come (no sort of every entry). */
  const struck: Tally[] = [];
  for (const tally of tallies.values()) {
    if (tally.count > 2) {
      countable += 2;
      struckCount++;
      listAmongFirst(struck, tally);
    } else {
      countable += tally.count;
    }
  }
  const reasons: Reason[] = [];
  if (beforeIps > 0) {
    reasons.push(
      reason(
        `${itemId}.before_ips`,
        `${beforeIps} ${plural(beforeIps, 'jobb', 'jobber')} som personene fikk før de kom inn i IPS, er ikke tatt med.`,
        `${beforeIps} ${plural(beforeIps, 'job', 'jobs')} obtained before entering IPS not counted.`,
      ),
    );
  }
  if (total === 0)
    throw notAvailable(
      `argument 'before_ips': every job was obtained before entering IPS, so there are no jobs to score`,
    );
  const rule = `${itemId}.max_two_same`;
  for (const tally of struck) {
    reasons.push(
      reason(
        rule,
        `«${tally.label}» er oppført ${tally.count} ganger: 3. og senere forekomst er ikke regnet med.`,
        `'${tally.label}' is listed ${tally.count} times: 3rd and later '${tally.label}' not counted.`,
      ),
    );
  }
  if (struckCount > MAX_LISTED) {
    const more = struckCount - MAX_LISTED;
    reasons.push(
      reason(
        rule,
        `… og ${more} ${plural(more, words.nb, words.nbPlural)} til er oppført mer enn to ganger.`,
        `… and ${more} more ${plural(more, words.en, words.enPlural)} listed more than twice.`,
      ),
    );
  }
  const exact = (100 * countable) / total;
  const metric = Math.floor(exact);
  const minimum = minimumSample(specialists);
  const sample = sampleRuleText(specialists);
  let score: Score;
  if (total < minimum) {
    score = 1;
    reasons.push(
      reason(
        `${itemId}.sample_too_small`,
        `${countable} av ${total} jobber kan regnes med (${fmt(exact, 'nb')} %), men utvalget er for lite: ${sample.nb} → 1.`,
        `${countable} of ${total} jobs count (${fmt(exact, 'en')} %), but the sample is too small: ${sample.en} → 1.`,
      ),
    );
  } else {
    score = diversityBand(metric);
    reasons.push(
      reason(
        `${itemId}.share`,
        `${countable} av ${total} jobber kan regnes med: ${fmt(exact, 'nb')} %, rundet ned til ${metric} % (${labelOfScore(DIVERSITY_BANDS, score).nb}) → ${score}.`,
        `${countable} of ${total} jobs count: ${fmt(exact, 'en')} %, rounded down to ${metric} % (${labelOfScore(DIVERSITY_BANDS, score).en}) → ${score}.`,
      ),
    );
  }
  return { itemId, score, metric, metricUnit: '%', exactMetric: exact, reasons };
}

/** Entries counted per text key; the label shown is the smallest spelling seen, so it never depends on row order. */
export function tallies(what: string): Grouping<Tally> {
  return new Grouping<Tally>(
    what,
    (label) => ({ count: 0, label }),
    (tally, label) => {
      if (label < tally.label) tally.label = label;
    },
  );
}
