/**
 * Tjenester 9 — Stor bredde i typer arbeidsgivere.
 *
 * The calculator (a pure function over typed input, returning the ItemResult with reasons in
 * nb + en) and the spreadsheet function that reads the cells and calls it. Line numbers point
 * into the Norwegian manual («Håndbok i kvalitetsevaluering IPS Supported Employment»).
 */
import { Grouping, isBlankText, checkSpecialists } from './shared';
import { SPECIALISTS_PARAMETER, BEFORE_IPS_PARAMETER, readSpecialists, yesNoColumn, readText } from './readers';
import { tallies, Tally, diversityResult } from './diversity';
import { ItemResult } from '../../result';
import { itemFunction, recordsParameter } from '../shared/define';
import { notAvailable } from '../../errors';
import { parallelColumns, isBlank } from '../../cells';

/** The item scored here (its id in the scale registry). */
const ITEM_ID = 'services.employer_diversity';

export interface EmployerDiversityInput {
  readonly jobs: readonly {
    /** The employer (business) of the job. */
    readonly employer: string;
    /** The worksite; entries at different worksites are different for the count (7974–7984). */
    readonly worksite?: string | null;
    /** Obtained before entering IPS: not counted (7966–7968). */
    readonly beforeIps?: boolean;
  }[];
  /** Employment specialists on the team, a whole number ≥ 1 (sets the minimum sample). */
  readonly specialists?: number;
}

const NO_EMPLOYER_JOBS = "argument 'employers': no jobs to score";

/**
 * Tjenester 9 one job at a time (see JobDiversityTally). Entries without a worksite: one key per
 * employer; entries with one: one key per (employer, worksite).
 */
export class EmployerDiversityTally {
  private readonly withoutSite = tallies('employers');
  private readonly withSite = new Grouping<{ label: string; readonly sites: Grouping<Tally> }>(
    'employers',
    (label) => ({ label, sites: tallies('worksites') }),
    (group, label) => {
      if (label < group.label) group.label = label;
    },
  );
  private jobs = 0;
  private beforeIps = 0;

  /** One job: its employer, its worksite (blank, null or left out: not specified), and whether it was obtained before IPS. */
  add(employer: string, worksite?: string | null, beforeIps = false): void {
    this.jobs++;
    if (beforeIps) {
      this.beforeIps++;
    } else if (worksite === undefined || worksite === null || isBlankText(worksite)) {
      this.withoutSite.of(employer).count++;
    } else {
      this.withSite.of(employer).sites.of(worksite).count++;
    }
  }

  result(specialists?: number): ItemResult {
    checkSpecialists(specialists);
    if (this.jobs === 0) throw notAvailable(NO_EMPLOYER_JOBS);
    let tallied = this.withoutSite.byKey;
    if (this.withSite.byKey.size > 0) {
      tallied = new Map(tallied);
      for (const [employerKey, group] of this.withSite.byKey) {
        for (const [siteKey, tally] of group.sites.byKey) {
          tallied.set(`${employerKey}\u0000${siteKey}`, {
            count: tally.count,
            label: `${group.label} (${tally.label})`,
          });
        }
      }
    }
    return diversityResult(ITEM_ID, tallied, this.jobs - this.beforeIps, this.beforeIps, specialists, {
      nb: 'arbeidsgiver',
      nbPlural: 'arbeidsgivere',
      en: 'employer',
      enPlural: 'employers',
    });
  }
}

/**
 * Tjenester 9 (box 8117–8125): countable employers ÷ all employer entries (one per job), the same
 * employer counted at most twice — per worksite: when three or more people with one employer do
 * not all work at the same worksite the score is not affected (7974–7984). A blank worksite is
 * one "worksite not specified" for that employer.
 */
export function employerDiversity(input: EmployerDiversityInput): ItemResult {
  const { jobs, specialists } = input;
  checkSpecialists(specialists);
  if (jobs.length === 0) throw notAvailable(NO_EMPLOYER_JOBS);
  const tally = new EmployerDiversityTally();
  for (const job of jobs) tally.add(job.employer, job.worksite, job.beforeIps === true);
  return tally.result(specialists);
}

export const EMPLOYER_DIVERSITY = itemFunction({
  name: 'EMPLOYER_DIVERSITY',
  itemId: ITEM_ID,
  parameters: [
    recordsParameter('employers'),
    recordsParameter('worksites', true),
    SPECIALISTS_PARAMETER,
    BEFORE_IPS_PARAMETER,
  ],
  compute: ([employersArg, worksitesArg, specialistsArg, beforeArg]) => {
    const specialists = readSpecialists(specialistsArg ?? null);
    const readBefore = yesNoColumn('before_ips', 'no');
    const tally = new EmployerDiversityTally();
    const { cells, count } = parallelColumns([
      { argument: 'employers', arg: employersArg ?? null },
      { argument: 'worksites', arg: worksitesArg ?? null },
      { argument: 'before_ips', arg: beforeArg ?? null },
    ]);
    const [employerCells, siteCells, beforeCells] = cells;
    for (let r = 0; r < count; r++) {
      const employerCell = employerCells?.[r]![0];
      const site = siteCells?.[r]![0];
      const beforeCell = beforeCells?.[r]![0];
      if (isBlank(employerCell) && isBlank(site) && isBlank(beforeCell)) continue;
      const row = r + 1;
      const employer = readText(employerCell, 'employers', row);
      const worksite = isBlank(site) ? null : readText(site, 'worksites', row);
      tally.add(employer, worksite, beforeCells === undefined ? false : readBefore(beforeCell, row));
    }
    return tally.result(specialists);
  },
});
