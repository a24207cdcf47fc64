/**
 * Tjenester 10 — Ordinært arbeid.
 *
 * The calculator (a pure function over typed input, returning the ItemResult with reasons in
 * nb + en) and the spreadsheet function that reads the cells and calls it. Line numbers point
 * into the Norwegian manual («Håndbok i kvalitetsevaluering IPS Supported Employment»).
 */
import { labelOfScore, sameInBoth, scoreFor, type BandTable } from '../shared/bands';
import { checkSpecialists, requireInteger, plural, minimumSample, sampleRuleText, fmt } from './shared';
import { SPECIALISTS_PARAMETER, BEFORE_IPS_PARAMETER, readSpecialists, readOptionalFlag, yesNoColumn } from './readers';
import { countYesNoRows } from '../shared/yes-no-rows';
import { reason } from '../shared/reasons';
import { Score } from '../../scale/types';
import { ItemResult, Reason } from '../../result';
import { itemFunction, recordsParameter, scalarParameter } from '../shared/define';
import { notAvailable, invalidNumber } from '../../errors';
import { parallelColumns } from '../../cells';

/** The item scored here (its id in the scale registry). */
const ITEM_ID = 'services.competitive_jobs';

export interface CompetitiveJobsInput {
  /** One entry per job of a participant in work (during the last six months, 8336–8342). */
  readonly jobs: readonly {
    /** Competitive: at least minimum wage, open to anyone, not reserved for disabled people (8133–8143). */
    readonly competitive: boolean;
    /** Obtained before entering IPS: not counted (8177–8179). */
    readonly beforeIps?: boolean;
  }[];
  /** Employment specialists on the team, a whole number ≥ 1 (sets the minimum sample). */
  readonly specialists?: number;
  /**
   * Only used when the sample is under the minimum: true when all evidence (team meeting, records)
   * shows the specialists help people find competitive work → 5 (8179–8188); false → 1 (anchor 1).
   */
  readonly smallSampleEvidence?: boolean;
}

/**
 * Anchors (11290–11327): under 64 % → 1, about 65–74 → 2, about 75–84 → 3, about 85–94 → 4,
 * 95 or more → 5. 64 % is not «mindre enn 64», so it is read as «omtrent 65» → 2.
 */
export const COMPETITIVE_BANDS: BandTable = {
  manualLines: '11290–11327',
  rows: [
    { score: 5, min: 95, label: sameInBoth('95–100 %') },
    { score: 4, min: 85, label: sameInBoth('85–94 %') },
    { score: 3, min: 75, label: sameInBoth('75–84 %') },
    { score: 2, min: 64, label: sameInBoth('64–74 %') },
    { score: 1, label: sameInBoth('< 64 %') },
  ],
};

export function competitiveJobsBand(percent: number): Score {
  return scoreFor(COMPETITIVE_BANDS, percent);
}

/** Tjenester 10 (box 8336–8342): competitive jobs ÷ all jobs of participants in work. */
export function competitiveJobs(input: CompetitiveJobsInput): ItemResult {
  const { jobs } = input;
  let total = 0;
  let competitive = 0;
  for (const job of jobs) {
    if (job.beforeIps === true) continue;
    total++;
    if (job.competitive) competitive++;
  }
  return competitiveJobsFromCounts({ ...input, jobs: jobs.length, counted: total, competitive });
}

/** Tjenester 10 from counts of the jobs (what the share and the explanation need). */
export interface CompetitiveJobsCounts extends Omit<CompetitiveJobsInput, 'jobs'> {
  /** Jobs listed. */
  readonly jobs: number;
  /** Of them, jobs counted (not obtained before IPS). */
  readonly counted: number;
  /** Of the counted jobs, the competitive ones. */
  readonly competitive: number;
}

/** Tjenester 10 from counts (see competitiveJobs); the counts are checked for consistency. */
export function competitiveJobsFromCounts(input: CompetitiveJobsCounts): ItemResult {
  const { jobs, counted: total, competitive, specialists, smallSampleEvidence } = input;
  checkSpecialists(specialists);
  if (jobs === 0) throw notAvailable("argument 'competitive': no jobs to score");
  requireInteger(jobs, 0, 'jobs');
  requireInteger(total, 0, 'counted');
  requireInteger(competitive, 0, 'competitive');
  if (total > jobs || competitive > total)
    throw invalidNumber(`jobs: ${competitive} competitive of ${total} counted of ${jobs} jobs is not possible`);
  const beforeIps = jobs - total;
  const reasons: Reason[] = [];
  if (beforeIps > 0) {
    reasons.push(
      reason(
        'services.competitive_jobs.before_ips',
        `${beforeIps} ${plural(beforeIps, 'jobb', 'jobber')} som personene fikk før de kom inn i IPS, er ikke tatt med.`,
        `${beforeIps} ${plural(beforeIps, 'job', 'jobs')} obtained before entering IPS not counted.`,
      ),
    );
  }
  const exact = total === 0 ? undefined : (100 * competitive) / total;
  const metric = exact === undefined ? undefined : Math.floor(exact);
  const minimum = minimumSample(specialists);
  const sample = sampleRuleText(specialists);
  let score: Score;
  if (total < minimum) {
    const counted =
      exact === undefined
        ? { nb: 'ingen jobber', en: 'no jobs' }
        : {
            nb: `${competitive} av ${total} jobber er ordinære (${fmt(exact, 'nb')} %)`,
            en: `${competitive} of ${total} jobs are competitive (${fmt(exact, 'en')} %)`,
          };
    if (smallSampleEvidence === undefined) {
      throw notAvailable(
        `argument 'competitive': ${counted.en}: ${sample.en}, so the sample is too small to compute: give small_sample_evidence (yes when all evidence from the team meeting and records shows help to find competitive work → 5, 8179–8188; no → 1)`,
      );
    }
    score = smallSampleEvidence ? 5 : 1;
    reasons.push(
      smallSampleEvidence
        ? reason(
            'services.competitive_jobs.small_sample_evidence',
            `${counted.nb}: for lite utvalg (${sample.nb}), men alt tyder på at jobbspesialistene hjelper personer med å finne ordinært arbeid → 5.`,
            `${counted.en}: too small a sample (${sample.en}), but all evidence shows the specialists help people find competitive work → 5.`,
          )
        : reason(
            'services.competitive_jobs.small_sample',
            `${counted.nb}: for lite utvalg (${sample.nb}), og det er ikke belegg for at alle får hjelp til ordinært arbeid → 1.`,
            `${counted.en}: too small a sample (${sample.en}), and the evidence does not show help to find competitive work for all → 1.`,
          ),
    );
  } else {
    score = competitiveJobsBand(metric!);
    reasons.push(
      reason(
        'services.competitive_jobs.share',
        `${competitive} av ${total} jobber er ordinært arbeid: ${fmt(exact!, 'nb')} %, rundet ned til ${metric} % (${labelOfScore(COMPETITIVE_BANDS, score).nb}) → ${score}.`,
        `${competitive} of ${total} jobs are competitive: ${fmt(exact!, 'en')} %, rounded down to ${metric} % (${labelOfScore(COMPETITIVE_BANDS, score).en}) → ${score}.`,
      ),
    );
  }
  const result: ItemResult = { itemId: ITEM_ID, score, metricUnit: '%', reasons };
  return exact === undefined ? result : { ...result, metric, exactMetric: exact };
}

/**
 * Kinds of job from the manual's rules on what is competitive work (8190–8271, 11264–11280),
 * accepted in the `competitive` column besides yes/no.
 */
const JOB_KINDS: ReadonlyMap<string, boolean> = new Map(
  Object.entries({
    ordinær: true,
    ordinært: true,
    'ordinært arbeid': true,
    competitive: true,
    sesong: true,
    sesongarbeid: true,
    seasonal: true,
    bemanningsbyrå: true,
    'temp agency': true,
    temp: true,
    selvstendig: true,
    'selvstendig næringsdrivende': true,
    'self-employed': true,
    'self employed': true,
    erfaringskonsulent: true,
    'peer specialist': true,
    kvote: true,
    quota: true,
    frivillig: false,
    'frivillig arbeid': false,
    volunteer: false,
    vernet: false,
    'vernet bedrift': false,
    sheltered: false,
    arbeidslag: false,
    'work crew': false,
    reservert: false,
    reserved: false,
    'tidsbegrenset attføring': false,
    'time-limited rehabilitation': false,
    lønnstilskudd: false,
    'tidsbegrenset lønnstilskudd': false,
    subsidised: false,
    subsidized: false,
    tilfeldig: false,
    'tilfeldig arbeid': false,
    casual: false,
    praksis: false,
    praksisplass: false,
    placement: false,
  }),
);

const COMPETITIVE_EXPECTED =
  'yes/no or a kind of job (ordinær, sesong, bemanningsbyrå, selvstendig, erfaringskonsulent, kvote; frivillig, vernet, arbeidslag, reservert, lønnstilskudd, tilfeldig, praksis)';

export const COMPETITIVE_JOBS = itemFunction({
  name: 'COMPETITIVE_JOBS',
  itemId: ITEM_ID,
  parameters: [
    recordsParameter('competitive'),
    SPECIALISTS_PARAMETER,
    BEFORE_IPS_PARAMETER,
    scalarParameter('small_sample_evidence', true),
  ],
  compute: ([competitiveArg, specialistsArg, beforeArg, evidenceArg]) => {
    const specialists = readSpecialists(specialistsArg ?? null);
    const smallSampleEvidence = readOptionalFlag(evidenceArg ?? null, 'small_sample_evidence');
    const { cells, count } = parallelColumns([
      { argument: 'competitive', arg: competitiveArg ?? null },
      { argument: 'before_ips', arg: beforeArg ?? null },
    ]);
    const counts = countYesNoRows(
      {
        answers: cells[0],
        readAnswer: yesNoColumn('competitive', 'error', JOB_KINDS, COMPETITIVE_EXPECTED),
        outOfCount: cells[1],
        readOutOfCount: yesNoColumn('before_ips', 'no'),
      },
      count,
    );
    return competitiveJobsFromCounts({
      jobs: counts.rows,
      counted: counts.counted,
      competitive: counts.yes,
      specialists,
      smallSampleEvidence,
    });
  },
});
