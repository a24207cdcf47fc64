/**
 * Tjenester 8 — Stor bredde i typer jobber.
 *
 * The calculator (a pure function over typed input, returning the ItemResult with reasons in
 * nb + en) and the spreadsheet function that reads the cells and calls it. Line numbers point
 * into the Norwegian manual («Håndbok i kvalitetsevaluering IPS Supported Employment»).
 */
import { checkSpecialists } from './shared';
import { SPECIALISTS_PARAMETER, BEFORE_IPS_PARAMETER, readSpecialists, yesNoColumn, readText } from './readers';
import { tallies, diversityResult } from './diversity';
import { ItemResult } from '../../result';
import { itemFunction, recordsParameter } from '../shared/define';
import { notAvailable } from '../../errors';
import { parallelColumns, isBlank } from '../../cells';

/** The item scored here (its id in the scale registry). */
const ITEM_ID = 'services.job_diversity';

export interface JobDiversityInput {
  /** One entry per job held now (or started in the last six months when fewer than 10). */
  readonly jobs: readonly {
    /** The job type (by duties, not only the title, 7750–7760). */
    readonly type: string;
    /** The job was obtained before the person entered IPS: not counted (7736–7738). */
    readonly beforeIps?: boolean;
  }[];
  /** Number of employment specialists on the team, a whole number ≥ 1 (sets the minimum sample). */
  readonly specialists?: number;
}

const NO_JOBS = "argument 'job_types': no jobs to score";

/**
 * Tjenester 8 one job at a time (see RapidJobSearchTally): the jobs are counted per job type as
 * they come, with one Map lookup per job.
 */
export class JobDiversityTally {
  private readonly types = tallies('job_types');
  private jobs = 0;
  private beforeIps = 0;

  /** One job: its type, and whether it was obtained before the person entered IPS (not counted). */
  add(type: string, beforeIps = false): void {
    if (beforeIps) this.beforeIps++;
    else this.types.of(type).count++;
    this.jobs++;
  }

  result(specialists?: number): ItemResult {
    checkSpecialists(specialists);
    if (this.jobs === 0) throw notAvailable(NO_JOBS);
    return diversityResult(ITEM_ID, this.types.byKey, this.jobs - this.beforeIps, this.beforeIps, specialists, {
      nb: 'jobbtype',
      nbPlural: 'jobbtyper',
      en: 'job type',
      enPlural: 'job types',
    });
  }
}

/**
 * Tjenester 8 (box 7915–7923): jobs that count for diversity ÷ all jobs, at most two of one job
 * type counted; under the minimum sample (10 jobs with two or more specialists, 5 with one) → 1.
 */
export function jobDiversity(input: JobDiversityInput): ItemResult {
  const { jobs, specialists } = input;
  checkSpecialists(specialists);
  if (jobs.length === 0) throw notAvailable(NO_JOBS);
  const tally = new JobDiversityTally();
  for (const job of jobs) tally.add(job.type, job.beforeIps === true);
  return tally.result(specialists);
}

export const JOB_DIVERSITY = itemFunction({
  name: 'JOB_DIVERSITY',
  itemId: ITEM_ID,
  parameters: [recordsParameter('job_types'), SPECIALISTS_PARAMETER, BEFORE_IPS_PARAMETER],
  compute: ([jobTypes, specialistsArg, beforeArg]) => {
    const specialists = readSpecialists(specialistsArg ?? null);
    const readBefore = yesNoColumn('before_ips', 'no');
    const tally = new JobDiversityTally();
    const { cells, count } = parallelColumns([
      { argument: 'job_types', arg: jobTypes ?? null },
      { argument: 'before_ips', arg: beforeArg ?? null },
    ]);
    const [typeCells, beforeCells] = cells;
    for (let r = 0; r < count; r++) {
      const typeCell = typeCells?.[r]![0];
      const beforeCell = beforeCells?.[r]![0];
      if (isBlank(typeCell) && isBlank(beforeCell)) continue;
      const row = r + 1;
      const type = readText(typeCell, 'job_types', row);
      tally.add(type, beforeCells === undefined ? false : readBefore(beforeCell, row));
    }
    return tally.result(specialists);
  },
});
