/**
 * Spreadsheet functions for the computable Tjenester (services) items. Each reads its ranges
 * with the shared cell readers (errors name the argument and row), builds the typed input of a
 * calculator in ../calculators/services and renders the ItemResult as score, metric or reason.
 *
 * Conventions: one row per participant / contact / specialist / job; rows blank in every range
 * are skipped; row order never matters; text keys (specialists, job types, employers,
 * worksites) are compared without case and surrounding spaces.
 */
import {
  careerAssessment,
  communityTimeFromSum,
  competitiveJobsFromCounts,
  employerContactQuality,
  employerContactsFromCounts,
  EmployerDiversityTally,
  individualizedJobSearchFromCounts,
  JobDiversityTally,
  RapidJobSearchTally,
  SERVICES_ITEM_IDS,
  type LogReview,
} from '../calculators/services';
import { IpsError, invalidNumber, invalidValue, notAvailable } from '../errors';
import {
  columnRows,
  describe,
  parallelColumns,
  isBlank,
  isOmitted,
  forEachParallelRow,
  readDate,
  readKey,
  readNumber,
  readPercentUnit,
  readYesNo,
  scalar,
  toMatrix,
  type CellArg,
  type CellValue,
  type Where,
} from '../cells';
import {
  CAPS_PARAMETER,
  fractionNote,
  itemFunction,
  PERCENT_UNIT_PARAMETER,
  readCapFlags,
  recordsParameter,
  scalarParameter,
  withNote,
} from './define';
import { readEmployerContactRows } from './employer-contact-rows';
import { readCommunityShares } from './percent-rows';
import { countYesNoRows } from './yes-no-rows';
import type { FunctionSpec } from './types';

// ---------------------------------------------------------------------------------------------
// Readers
// ---------------------------------------------------------------------------------------------

/** A text label (job type, employer, specialist) as typed, trimmed; blank or non-text is #VALUE! naming the argument and row. */
function readText(value: CellValue, argument: string, row: number): string {
  if (typeof value === 'string') {
    // Fast path: no surrounding spaces (the usual case) needs no trimming.
    if (value.length > 0 && value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32) return value;
    const trimmed = value.trim();
    if (trimmed !== '') return trimmed;
  }
  // readKey accepts numbers (e.g. an employee number) and reports everything else precisely.
  return readKey(value, { argument, row });
}

/** A date cell as a day number (see readDate), an ordinary serial number answered at once. */
function readDay(value: CellValue, argument: string, row: number): number {
  return typeof value === 'number' && value >= 1 && value < 2_958_466
    ? Math.floor(value)
    : readDate(value, { argument, row });
}

/** Walks parallel ranges row by row (rows blank in every range skipped), with `undefined` for an omitted range. */
function eachRow(
  ranges: readonly { argument: string; arg: CellArg | undefined }[],
  visit: (row: number, values: readonly CellValue[]) => void,
): void {
  forEachParallelRow(
    ranges.map((range) => ({ argument: range.argument, arg: range.arg ?? null })),
    visit,
  );
}

/** An optional yes/no argument given as one cell: omitted or blank → undefined. */
function readOptionalFlag(arg: CellArg, argument: string): boolean | undefined {
  const value = scalar(arg, argument);
  if (isOmitted(value) || isBlank(value)) return undefined;
  return readYesNo(value, { argument });
}

const YES_NO_WORDS = 'TRUE/FALSE, 1/0, ja/nei, yes/no';

/**
 * A reader for one yes/no column, memoised per spelling (a long list repeats "ja"/"nei"), with
 * the error location built only when needed. `blank`: what a blank cell in a kept row means.
 * `kinds`: extra words accepted (e.g. kinds of job), checked before yes/no.
 */
function yesNoColumn(
  argument: string,
  blank: 'no' | 'error',
  kinds?: ReadonlyMap<string, boolean>,
  expected?: string,
): (value: CellValue, row: number) => boolean {
  const cache = new Map<string, boolean>();
  return (value, row) => {
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string') {
      const known = cache.get(value);
      if (known !== undefined) return known;
    }
    const where: Where = { argument, row };
    let result: boolean | undefined;
    if (isBlank(value)) {
      if (blank === 'error')
        throw invalidValue(`${describe(where)}: expected yes/no (${YES_NO_WORDS}), the cell is blank`);
      result = false;
    } else if (kinds !== undefined && typeof value === 'string') {
      result = kinds.get(value.trim().toLowerCase().replace(/\s+/g, ' '));
    }
    if (result === undefined) {
      try {
        result = readYesNo(value, where);
      } catch (error) {
        if (expected === undefined || !(error instanceof IpsError)) throw error;
        throw invalidValue(
          `${describe(where)}: expected ${expected}, got ${typeof value === 'string' ? `text "${value}"` : String(value)}`,
        );
      }
    }
    if (typeof value === 'string') cache.set(value, result);
    return result;
  };
}

/** The optional number of employment specialists on the team (a whole number ≥ 1). */
function readSpecialists(arg: CellArg, argument = 'specialists'): number | undefined {
  const value = scalar(arg, argument);
  if (isOmitted(value) || isBlank(value)) return undefined;
  return readNumber(
    value,
    { argument },
    { min: 1, integer: true, expected: 'a whole number of employment specialists ≥ 1' },
  );
}

/**
 * Reads parallel ranges row by row (rows blank in every range skipped) into one value per row.
 * Linear and without intermediate row objects, so 100 000 rows stay cheap.
 */
function collect<T>(
  ranges: readonly { argument: string; arg: CellArg | undefined }[],
  read: (row: number, values: readonly CellValue[]) => T,
): T[] {
  const out: T[] = [];
  forEachParallelRow(
    ranges.map((range) => ({ argument: range.argument, arg: range.arg ?? null })),
    (row, values) => {
      out.push(read(row, values));
    },
  );
  return out;
}

const LOG_REVIEW_WORDS: ReadonlyMap<string, LogReview> = new Map(
  Object.entries({
    weekly: 'weekly',
    ukentlig: 'weekly',
    'hver uke': 'weekly',
    week: 'weekly',
    uke: 'weekly',
    monthly: 'monthly',
    månedlig: 'monthly',
    maanedlig: 'monthly',
    'hver måned': 'monthly',
    month: 'monthly',
    måned: 'monthly',
    not_reviewed: 'not_reviewed',
    'not reviewed': 'not_reviewed',
    never: 'not_reviewed',
    'ikke gjennomgått': 'not_reviewed',
    aldri: 'not_reviewed',
    no_log: 'no_log',
    'no log': 'no_log',
    none: 'no_log',
    'ingen logg': 'no_log',
    ingen: 'no_log',
    'ingen registrering': 'no_log',
    mixed: 'mixed',
    blandet: 'mixed',
    'blandede logger': 'mixed',
    unverifiable: 'unverifiable',
    uverifiserbar: 'unverifiable',
    'ikke verifiserbar': 'unverifiable',
    'kan ikke verifiseres': 'unverifiable',
  }) as [string, LogReview][],
);

function readLogReview(arg: CellArg): LogReview | undefined {
  const value = scalar(arg, 'log_review');
  if (isOmitted(value) || isBlank(value)) return undefined;
  const word =
    typeof value === 'string'
      ? value
          .trim()
          .toLowerCase()
          .replace(/[\s_-]+/g, ' ')
      : undefined;
  const code =
    word === undefined ? undefined : (LOG_REVIEW_WORDS.get(word) ?? LOG_REVIEW_WORDS.get(word.replace(/ /g, '_')));
  if (code === undefined) {
    throw invalidValue(
      `argument 'log_review': expected "weekly" (ukentlig), "monthly" (månedlig), "not_reviewed" (ikke gjennomgått), "no_log" (ingen logg), "mixed" (blandet) or "unverifiable" (uverifiserbar), got ${typeof value === 'string' ? `text "${value}"` : String(value)}`,
    );
  }
  return code;
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

// ---------------------------------------------------------------------------------------------
// Shared parameter texts
// ---------------------------------------------------------------------------------------------

const SPECIALISTS_PARAMETER = scalarParameter(
  'specialists',
  'Valgfritt: antall jobbspesialister i teamet. Med én jobbspesialist kreves minst 5 jobber, ellers minst 10 (standard: minst to jobbspesialister).',
  'Optional: the number of employment specialists on the team. One specialist needs at least 5 jobs, otherwise 10 (default: two or more specialists).',
  true,
);

const BEFORE_IPS_PARAMETER = recordsParameter(
  'before_ips',
  'Valgfritt, én celle per jobb: ja = jobben ble skaffet før personen kom inn i IPS og regnes ikke med. Tom = nei.',
  'Optional, one cell per job: yes = the job was obtained before the person entered IPS and is not counted. Blank = no.',
  true,
);

// ---------------------------------------------------------------------------------------------
// Functions
// ---------------------------------------------------------------------------------------------

const DAYS_TO_EMPLOYER_CONTACT = itemFunction({
  name: 'DAYS_TO_EMPLOYER_CONTACT',
  itemId: SERVICES_ITEM_IDS.rapidJobSearch,
  description: {
    nb: 'Tjenester 4, Rask oppstart av jobbsøk: dager fra første møte med jobbspesialisten til første fysiske arbeidsgiverkontakt, snitt per jobbspesialist og så over jobbspesialistene, rundet ned. Høyst 4 hvis dagene ikke registreres.',
    en: 'Services 4, Rapid job search: mean days from the first meeting with the specialist to the first in-person employer contact, per specialist and then averaged over the specialists, rounded down. At most 4 if the supervisor does not record the days.',
  },
  parameters: [
    recordsParameter(
      'specialist',
      'Jobbspesialisten til hver deltaker (én rad per deltaker som nylig er tatt inn; en deltaker som er tatt med i en tidligere evaluering, tas ikke med igjen).',
      "Each participant's employment specialist (one row per recently admitted participant; one counted in an earlier review is not counted again).",
    ),
    recordsParameter(
      'intake_date',
      'Dato for deltakerens første møte med jobbspesialisten (ikke henvisningsdatoen): datoverdi eller tekst åååå-mm-dd.',
      "Date of the participant's first meeting with the specialist (not the referral date): a date value or yyyy-mm-dd text.",
    ),
    recordsParameter(
      'first_contact_date',
      'Dato for første fysiske kontakt med en arbeidsgiver (jobbspesialisten og/eller deltakeren; telefon og e-post teller ikke, besøk for å lære om jobbtyper teller). Tom hvis personen vil ha kontakt, men ingen har skjedd ennå.',
      'Date of the first in-person contact with an employer (by the specialist and/or the participant; phone and e-mail do not count, visits to learn about kinds of work do). Blank if the person wants contact but none has happened yet.',
    ),
    scalarParameter(
      'supervisor_records',
      'Valgfritt: registrerer metodeveilederen antall dager til første arbeidsgiverkontakt? nei → høyst 4. Utelatt → ingen begrensning.',
      'Optional: does the supervisor record the days to first employer contact? no → at most 4. Omitted → no cap.',
      true,
    ),
    scalarParameter(
      'review_date',
      'Valgfritt: dato for evalueringsbesøket. For deltakere uten arbeidsgiverkontakt ennå telles dagene fram til denne datoen.',
      'Optional: date of the review visit. For participants without an employer contact yet the days are counted up to this date.',
      true,
    ),
  ],
  compute: ([specialist, intake, firstContact, supervisorRecords, reviewDateArg]) => {
    const recorded = readOptionalFlag(supervisorRecords ?? null, 'supervisor_records');
    const reviewCell = scalar(reviewDateArg ?? null, 'review_date');
    const reviewDate =
      isOmitted(reviewCell) || isBlank(reviewCell) ? undefined : readDate(reviewCell, { argument: 'review_date' });
    const tally = new RapidJobSearchTally();
    let participants = 0;
    eachRow(
      [
        { argument: 'specialist', arg: specialist },
        { argument: 'intake_date', arg: intake },
        { argument: 'first_contact_date', arg: firstContact },
      ],
      (row, values) => {
        const intakeDate = readDay(values[1], 'intake_date', row);
        const contactCell = values[2];
        let end: number;
        const waiting = isBlank(contactCell);
        if (waiting) {
          if (reviewDate === undefined) {
            throw invalidValue(
              `argument 'first_contact_date' row ${row}: the cell is blank; give review_date to count the days up to the review visit for a participant who wants employer contact but has had none`,
            );
          }
          if (reviewDate < intakeDate) {
            throw invalidNumber(`argument 'review_date': the review date is before intake_date row ${row}`);
          }
          end = reviewDate;
        } else {
          end = readDay(contactCell, 'first_contact_date', row);
          if (end < intakeDate) {
            throw invalidNumber(
              `argument 'first_contact_date' row ${row}: expected a date on or after intake_date, got one ${intakeDate - end} days before it`,
            );
          }
        }
        tally.add(readText(values[0], 'specialist', row), end - intakeDate, waiting);
        participants++;
      },
    );
    if (participants === 0) {
      throw notAvailable(`argument 'specialist': no participants to score (the ranges are empty)`);
    }
    return tally.result(recorded);
  },
});

const INDIVIDUALIZED_SEARCH = itemFunction({
  name: 'INDIVIDUALIZED_SEARCH',
  itemId: SERVICES_ITEM_IDS.individualizedJobSearch,
  description: {
    nb: 'Tjenester 5, Individuelt tilpasset jobbsøk: andelen av jobbspesialistenes arbeidsgiverkontakter som er basert på yrkesvalg som gjenspeiler deltakerens preferanser, rundet ned (under 25 % → 1 … 90 % eller mer → 5), med manualens begrensninger.',
    en: "Services 5, Individualized job search: the share of the specialists' employer contacts based on job choices reflecting the participant's preferences, rounded down (under 25 % → 1 … 90 % or more → 5), with the manual's caps.",
  },
  parameters: [
    recordsParameter(
      'matches_preferences',
      'Én celle per arbeidsgiverkontakt: ja hvis kontakten bygger på deltakerens preferanser, sterke sider, erfaringer og behov; nei hvis den bygger på stillingsmarkedet («fordi de ser etter folk»).',
      'One cell per employer contact: yes if the contact rests on the participant\'s preferences, strengths, experience and needs; no if it rests on the job market ("because they are hiring").',
    ),
    recordsParameter(
      'participant_initiated',
      'Valgfritt, én celle per kontakt: ja = deltakeren tok selv initiativet, og kontakten vurderes ikke. En kontakt jobbspesialisten oppfordret til, er ikke deltakerens initiativ. Tom = nei.',
      "Optional, one cell per contact: yes = the participant took the initiative and the contact is not assessed. A contact the specialist prompted is not the participant's initiative. Blank = no.",
      true,
    ),
    scalarParameter(
      'plans_documented',
      'Valgfritt: finnes det dokumenterte, individuelle jobbutviklingsplaner som kontaktene er i samsvar med? nei → høyst 3.',
      'Optional: are there documented, individual job development plans the contacts agree with? no → at most 3.',
      true,
    ),
    scalarParameter(
      'preferences_explored',
      'Valgfritt: hjelper jobbspesialistene personene med å finne egnede jobber ut fra sterke sider, tidligere jobber, hva de liker osv., og ikke bare ut fra oppgitt mål? nei → høyst 2.',
      'Optional: do the specialists help people find suitable jobs from strengths, past jobs, likes etc., not only from the stated goal? no → at most 2.',
      true,
    ),
    scalarParameter(
      'any_job_encouraged',
      'Valgfritt: oppfordres personer med befatning med rettsapparatet til å ta hvilken som helst jobb? ja → høyst 3.',
      'Optional: are people with criminal-justice involvement urged to take any job? yes → at most 3.',
      true,
    ),
  ],
  compute: ([matches, initiated, plans, explored, anyJob]) => {
    const { cells, count } = parallelColumns([
      { argument: 'matches_preferences', arg: matches ?? null },
      { argument: 'participant_initiated', arg: initiated ?? null },
    ]);
    const counts = countYesNoRows(
      {
        answers: cells[0],
        readAnswer: yesNoColumn('matches_preferences', 'error'),
        outOfCount: cells[1],
        readOutOfCount: yesNoColumn('participant_initiated', 'no'),
      },
      count,
    );
    return individualizedJobSearchFromCounts({
      contacts: counts.rows,
      assessed: counts.counted,
      matching: counts.yes,
      plansDocumented: readOptionalFlag(plans ?? null, 'plans_documented'),
      preferencesExplored: readOptionalFlag(explored ?? null, 'preferences_explored'),
      anyJobEncouraged: readOptionalFlag(anyJob ?? null, 'any_job_encouraged'),
    });
  },
});

const EMPLOYER_CONTACTS = itemFunction({
  name: 'EMPLOYER_CONTACTS',
  itemId: SERVICES_ITEM_IDS.employerContacts,
  description: {
    nb: 'Tjenester 6, Jobbutvikling – hyppig arbeidsgiverkontakt: fysiske arbeidsgiverkontakter per jobbspesialist per uke (kontakter delt på uker), rundet ned (5,6 → 5), med manualens regler for fravær, nyansatte, små porteføljer og logggjennomgang.',
    en: "Services 6, Job development – frequent employer contact: in-person employer contacts per specialist per week (contacts over weeks), rounded down (5.6 → 5), with the manual's rules on absence, new staff, small caseloads and log review.",
  },
  parameters: [
    recordsParameter(
      'contacts',
      'Én celle per jobbspesialist: tellbare arbeidsgiverkontakter siste to måneder – fysiske møter med en med ansettelsesmyndighet, jobbspesialisten til stede, for jobbutvikling (ikke telefon/e-post, oppfølging etter jobbstart eller sponsing).',
      'One cell per specialist: countable employer contacts in the last two months – in-person meetings with someone with hiring authority, with the specialist present, for job development (not phone/e-mail, not follow-along after a job start, not sponsorship).',
    ),
    recordsParameter(
      'weeks',
      'Antall uker i perioden for hver jobbspesialist (vanligvis 8), eller én celle for alle.',
      'Weeks in the period for each specialist (normally 8), or one cell for all.',
    ),
    scalarParameter(
      'log_review',
      'Valgfritt: metodeveilederens gjennomgang av loggene: "ukentlig"; "månedlig" → høyst 3; "ikke gjennomgått", "ingen logg" eller "blandet" (telefon ikke skilt ut) → høyst 2; "uverifiserbar" → 2. Utelatt → ingen begrensning.',
      'Optional: how the supervisor reviews the logs: "weekly"; "monthly" → at most 3; "not_reviewed", "no_log" or "mixed" (phone contacts not told apart) → at most 2; "unverifiable" → 2. Omitted → no cap.',
      true,
    ),
    recordsParameter(
      'job_seekers',
      'Valgfritt, én celle per jobbspesialist: antall personer i porteføljen som leter etter arbeid. Med færre enn tre gir to kontakter per uke per jobbsøker skår 5 for den jobbspesialisten; med ingen er jobbspesialisten utelatt.',
      'Optional, one cell per specialist: people in the caseload looking for work. With fewer than three, two contacts a week per job seeker gives that specialist 5; with none the specialist is left out.',
      true,
    ),
    recordsParameter(
      'absent_weeks',
      'Valgfritt, én celle per jobbspesialist: uker borte i perioden. Under én uke endrer ingenting; én uke eller mer trekkes fra ukene. Tom = 0.',
      'Optional, one cell per specialist: weeks absent in the period. Under one week changes nothing; one week or more is taken off the weeks. Blank = 0.',
      true,
    ),
    recordsParameter(
      'months_in_post',
      'Valgfritt, én celle per jobbspesialist: måneder i stillingen. Under én måned → jobbspesialisten utelates. Tom = ikke oppgitt.',
      'Optional, one cell per specialist: months in post. Under one month → the specialist is left out. Blank = not stated.',
      true,
    ),
  ],
  compute: ([contactsArg, weeksArg, logReviewArg, seekersArg, absentArg, tenureArg]) => {
    const logReview = readLogReview(logReviewArg ?? null);
    const contactCount = isOmitted(contactsArg ?? null) ? 0 : columnRows(contactsArg ?? null, 'contacts').length;
    const weeksMatrix = toMatrix(weeksArg ?? null);
    const weeksForAll =
      weeksMatrix.length === 1 && weeksMatrix[0]!.length === 1 && contactCount !== 1 ? weeksMatrix[0]![0] : undefined;
    const { cells, count } = parallelColumns([
      { argument: 'contacts', arg: contactsArg ?? null },
      { argument: 'weeks', arg: weeksForAll === undefined ? (weeksArg ?? null) : null },
      { argument: 'job_seekers', arg: seekersArg ?? null },
      { argument: 'absent_weeks', arg: absentArg ?? null },
      { argument: 'months_in_post', arg: tenureArg ?? null },
    ]);
    const counts = readEmployerContactRows(
      {
        contacts: cells[0],
        weeks: cells[1],
        weeksForAll,
        jobSeekers: cells[2],
        absentWeeks: cells[3],
        monthsInPost: cells[4],
      },
      count,
    );
    if (counts.entries === 0) throw notAvailable(`argument 'contacts': no specialists to score (the range is empty)`);
    return employerContactsFromCounts(counts, logReview);
  },
});

const JOB_DIVERSITY = itemFunction({
  name: 'JOB_DIVERSITY',
  itemId: SERVICES_ITEM_IDS.jobDiversity,
  description: {
    nb: 'Tjenester 8, Stor bredde i typer jobber: jobber som kan regnes med (høyst to av samme jobbtype) delt på alle jobber, rundet ned. For lite utvalg (under 10 jobber, eller under 5 med én jobbspesialist) → 1.',
    en: 'Services 8, Diversity of job types: jobs that count (at most two of one job type) over all jobs, rounded down. Too small a sample (under 10 jobs, or under 5 with one specialist) → 1.',
  },
  parameters: [
    recordsParameter(
      'job_types',
      'Én celle per jobb deltakerne har nå (eller jobbstarter de siste seks månedene hvis færre enn 10): jobbtypen. Jobber med de samme arbeidsoppgavene er samme type, selv med ulik tittel. Store/små bokstaver og mellomrom skiller ikke.',
      'One cell per job participants hold now (or job starts in the last six months if fewer than 10): the job type. Jobs with the same duties are one type even with different titles. Case and spaces do not matter.',
    ),
    SPECIALISTS_PARAMETER,
    BEFORE_IPS_PARAMETER,
  ],
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

const EMPLOYER_DIVERSITY = itemFunction({
  name: 'EMPLOYER_DIVERSITY',
  itemId: SERVICES_ITEM_IDS.employerDiversity,
  description: {
    nb: 'Tjenester 9, Stor bredde i typer arbeidsgivere: arbeidsgivere som kan regnes med (høyst to ganger samme arbeidsgiver på samme arbeidssted) delt på alle, rundet ned. For lite utvalg (under 10 jobber, eller under 5 med én jobbspesialist) → 1.',
    en: 'Services 9, Diversity of employers: employers that count (the same employer at the same worksite at most twice) over all, rounded down. Too small a sample (under 10 jobs, or under 5 with one specialist) → 1.',
  },
  parameters: [
    recordsParameter(
      'employers',
      'Én celle per jobb: arbeidsgiveren (bedriften). Store/små bokstaver og mellomrom skiller ikke.',
      'One cell per job: the employer (business). Case and spaces do not matter.',
    ),
    recordsParameter(
      'worksites',
      'Valgfritt, én celle per jobb: arbeidsstedet (f.eks. hvilken butikk i kjeden). Samme arbeidsgiver på ulike arbeidssteder telles hver for seg. Tom = ikke oppgitt.',
      'Optional, one cell per job: the worksite (e.g. which store of the chain). The same employer at different worksites is counted separately. Blank = not given.',
      true,
    ),
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

const COMPETITIVE_JOBS = itemFunction({
  name: 'COMPETITIVE_JOBS',
  itemId: SERVICES_ITEM_IDS.competitiveJobs,
  description: {
    nb: 'Tjenester 10, Ordinært arbeid: ordinære jobber delt på alle jobber for deltakere i arbeid, rundet ned (under 64 % → 1 … 95 % eller mer → 5). For lite utvalg krever vurderingen small_sample_evidence.',
    en: 'Services 10, Competitive jobs: competitive jobs over all jobs of participants in work, rounded down (under 64 % → 1 … 95 % or more → 5). Too small a sample needs small_sample_evidence.',
  },
  parameters: [
    recordsParameter(
      'competitive',
      'Én celle per jobb: ja hvis ordinært arbeid (minst minstelønn, åpen for alle, ikke reservert for personer med funksjonsnedsettelser; sesong, bemanningsbyrå, selvstendig og erfaringskonsulent teller), eller "ordinær", "frivillig", "vernet", "praksis".',
      'One cell per job: yes if competitive (at least minimum wage, open to anyone, not reserved for disabled people; seasonal, temp agency, self-employed and peer jobs count), or "competitive", "volunteer", "sheltered", "placement".',
    ),
    SPECIALISTS_PARAMETER,
    BEFORE_IPS_PARAMETER,
    scalarParameter(
      'small_sample_evidence',
      'Valgfritt, brukes bare når utvalget er for lite: ja hvis alt (teammøtet, journaler) tyder på at jobbspesialistene hjelper personer med å finne ordinært arbeid → 5; nei → 1.',
      'Optional, used only when the sample is too small: yes if all evidence (team meeting, records) shows the specialists help people find competitive work → 5; no → 1.',
      true,
    ),
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

const COMMUNITY_TIME = itemFunction({
  name: 'COMMUNITY_TIME',
  itemId: SERVICES_ITEM_IDS.communityBased,
  description: {
    nb: 'Tjenester 13, Tjenester som er basert i lokalsamfunnet: gjennomsnittet av andelen skjemalagt arbeidstid hver jobbspesialist tilbringer ute i lokalsamfunnet, rundet ned (30 % eller mindre → 1 … 65 % eller mer → 5).',
    en: 'Services 13, Community-based services: the mean of the share of scheduled working time each specialist spends in the community, rounded down (30 % or less → 1 … 65 % or more → 5).',
  },
  parameters: [
    recordsParameter(
      'percent_in_community',
      'Én celle per jobbspesialist: prosent av egen skjemalagt arbeidstid ute i lokalsamfunnet (56 eller 0,56 i en prosentcelle). Teller: bedrifter, bibliotek, skoler, kafeer, hjem, reisetid, områdemøter. Ikke: IPS-kontorene, journalføring, teammøter flyttet ut.',
      'One cell per specialist: percent of own scheduled time spent in the community (56, or 0.56 in a percent cell). Counts: businesses, libraries, schools, cafés, homes, travel, area meetings. Not: agency offices, record keeping, team meetings moved outside.',
    ),
    PERCENT_UNIT_PARAMETER,
  ],
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

function readRatings(arg: CellArg): number[] {
  return collect([{ argument: 'ratings', arg }], (row, values) => {
    const value = values[0];
    if (value === 1 || value === 2 || value === 3 || value === 4 || value === 5) return value;
    return readNumber(
      value,
      { argument: 'ratings', row },
      { min: 1, max: 5, integer: true, expected: 'a whole score 1–5' },
    );
  });
}

const CAREER_ASSESSMENT = itemFunction({
  name: 'CAREER_ASSESSMENT',
  itemId: SERVICES_ITEM_IDS.careerAssessment,
  description: {
    nb: 'Tjenester 3, Fortløpende karriereveiledning: hver jobbspesialist vurderes 1–5, snittet rundes ned, og punktets begrensninger gjelder.',
    en: "Services 3, Ongoing career assessment: each specialist is rated 1–5, the mean is rounded down, and the item's caps apply.",
  },
  parameters: [
    recordsParameter(
      'ratings',
      'Én celle per jobbspesialist: skåren 1–5 for den jobbspesialisten.',
      "One cell per specialist: that specialist's 1–5 rating.",
    ),
    CAPS_PARAMETER,
  ],
  compute: ([ratings, capsArg]) =>
    careerAssessment({ ratings: readRatings(ratings ?? null), capsThatApply: readCapFlags(capsArg ?? null) }),
});

const EMPLOYER_CONTACT_QUALITY = itemFunction({
  name: 'EMPLOYER_CONTACT_QUALITY',
  itemId: SERVICES_ITEM_IDS.employerContactQuality,
  description: {
    nb: 'Tjenester 7, Jobbutvikling – kvalitet i kontakt med arbeidsgivere: skårene for de observerte jobbspesialistene summeres, deles på antallet og rundes ned (4,6 → 4), og punktets begrensninger gjelder.',
    en: "Services 7, Job development – quality of employer contact: the ratings of the observed specialists are added, divided by their number and rounded down (4.6 → 4), and the item's caps apply.",
  },
  parameters: [
    recordsParameter(
      'ratings',
      'Én celle per observert jobbspesialist: skåren 1–5.',
      'One cell per observed specialist: the 1–5 rating.',
    ),
    scalarParameter(
      'specialists',
      'Valgfritt: antall jobbspesialister i teamet. Er det flere enn én, må minst to observeres (minst tre av fem).',
      'Optional: the number of specialists on the team. With more than one, at least two must be observed (at least three of five).',
      true,
    ),
    CAPS_PARAMETER,
  ],
  compute: ([ratings, specialistsArg, capsArg]) =>
    employerContactQuality({
      ratings: readRatings(ratings ?? null),
      specialists: readSpecialists(specialistsArg ?? null),
      capsThatApply: readCapFlags(capsArg ?? null),
    }),
});

/** The services item functions, in scale order. */
export const SERVICES_FUNCTIONS: FunctionSpec[] = [
  CAREER_ASSESSMENT,
  DAYS_TO_EMPLOYER_CONTACT,
  INDIVIDUALIZED_SEARCH,
  EMPLOYER_CONTACTS,
  EMPLOYER_CONTACT_QUALITY,
  JOB_DIVERSITY,
  EMPLOYER_DIVERSITY,
  COMPETITIVE_JOBS,
  COMMUNITY_TIME,
];
