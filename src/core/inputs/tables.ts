/**
 * The input tables of a review, as data: one registry that the sheet layouts, the import, the
 * anonymity check and the wiring formulas all read. Each table is one sheet with a header row,
 * a short help row and data from row 3; the review-data table has a single data row.
 *
 * Column sets follow the manual's forms and data requests (spec workflow-and-forms §3): the
 * caseload lists [000:1042–1050, 9528–9530], the job lists [000:1052–1066, 16677–16697], the
 * «Logg for arbeidsgiverkontakt» [000:18176–18275] with the columns the Tjenester 6 rules need
 * [000:7335–7452], and the chart-review form «Eksempel nr. 1 på skjema for journalgjennomgang»
 * [000:11748–12076] with the record categories of [000:1117–1125, 1230–1250, 9677–9685].
 */
import type { Language, Text } from '../text';
import {
  cellAddress,
  formula,
  isoDateSerial,
  type PlanBlock,
  type PlanFormat,
  type PlanValidation,
  type PlanValue,
  type RangeRect,
  type SheetPlan,
} from '../workbook/plan';
import { RESULTS_TABLE } from '../outcomes/results-table';

export type ColumnType = 'text' | 'number' | 'date' | 'yesno' | 'list';

/** One allowed value of a list column: a stable id, its label in each language, and synonyms for import. */
export interface ListOption {
  readonly id: string;
  readonly label: Text;
  readonly synonyms?: readonly string[];
}

export interface NumberFormatRule {
  readonly min?: number;
  /** min is exclusive (e.g. FTE > 0). */
  readonly minExclusive?: boolean;
  readonly max?: number;
  readonly integer?: boolean;
  /** The value is a share 0–1 shown as a percent ("56 %" is stored as 0.56). */
  readonly percent?: boolean;
}

export interface ColumnDefinition {
  /** Stable id, unique in its table. Never changes once published. */
  readonly id: string;
  readonly header: Text;
  readonly type: ColumnType;
  readonly required: boolean;
  readonly help: Text;
  /** For list columns: the allowed values. */
  readonly options?: readonly ListOption[];
  readonly number?: NumberFormatRule;
  /** Extra header spellings recognised on import (any language; case and diacritics do not matter). */
  readonly synonyms?: readonly string[];
  /** Width in pixels. */
  readonly width?: number;
  /** Holds a participant's identity: the import's anonymity check looks hardest here. */
  readonly personal?: boolean;
  /** Written into the data row of a single-row table (e.g. 8 weeks). */
  readonly defaultValue?: PlanValue;
}

export interface TableDefinition {
  readonly id: TableId;
  readonly sheet: Text;
  readonly description: Text;
  readonly columns: readonly ColumnDefinition[];
  // The items a table feeds are not restated here: they follow from the wiring (tableFeeds in wiring.ts).
  /** Columns any of which, when filled, make a row exist (a row blank in all of them is no row). */
  readonly keyColumns: readonly string[];
  /** A settings table: one data row, not a list. */
  readonly singleRow?: boolean;
}

export type TableId =
  'staff' | 'caseload' | 'jobs' | 'employerContacts' | 'specialistTime' | 'chartReview' | 'review' | 'results';

/** Layout shared by every input sheet (0-based rows). */
export const TABLE_LAYOUT = {
  headerRow: 0,
  helpRow: 1,
  firstDataRow: 2,
  /** Row 2000 in A1 terms: bounded ranges, so formulas stay fast and never read a whole column. */
  lastDataRow: 1999,
} as const;

const t = (nb: string, en: string): Text => ({ nb, en });

export const YES_NO_OPTIONS: readonly ListOption[] = [
  { id: 'yes', label: t('ja', 'yes'), synonyms: ['j', 'y', 'x', 'true', 'sann', '1', '✓', '✔'] },
  { id: 'no', label: t('nei', 'no'), synonyms: ['n', 'false', 'usann', '0', '-'] },
];

export const ROLE_OPTIONS: readonly ListOption[] = [
  {
    id: 'specialist',
    label: t('jobbspesialist', 'employment specialist'),
    synonyms: ['js', 'jobbkonsulent', 'ips-konsulent', 'es', 'specialist'],
  },
  {
    id: 'peerSpecialist',
    label: t('erfaringskonsulent som jobbspesialist', 'peer specialist as employment specialist'),
    synonyms: ['erfaringskonsulent', 'peer specialist', 'peer'],
  },
  {
    id: 'supervisor',
    label: t('metodeveileder', 'IPS supervisor'),
    synonyms: [
      'mv',
      'supervisor',
      'teamleder',
      'koordinator',
      'tjenesteleder',
      'ips-koordinator',
      'leder for ips-tjenesten',
      'jobbspesialistteamleder',
    ],
  },
];

export const CASELOAD_STATUS_OPTIONS: readonly ListOption[] = [
  {
    id: 'jobSeeking',
    label: t('jobbsøker', 'job seeker'),
    synonyms: ['søker jobb', 'jobbsøk', 'seeking', 'looking for work'],
  },
  { id: 'employed', label: t('i arbeid', 'employed'), synonyms: ['i jobb', 'arbeid', 'working', 'in work'] },
  { id: 'education', label: t('i utdanning', 'in education'), synonyms: ['utdanning', 'student', 'education'] },
  {
    id: 'otherActive',
    label: t('annen aktiv oppfølging', 'other active services'),
    synonyms: ['aktiv', 'active', 'innledende samarbeid', 'engagement'],
  },
  {
    id: 'referred',
    label: t('henvist – ikke møtt', 'referred – not yet met'),
    synonyms: ['henvist', 'referred', 'ikke møtt', 'not yet met'],
  },
  { id: 'closed', label: t('avsluttet', 'closed'), synonyms: ['avslutta', 'closed', 'discharged', 'sluttet'] },
];

export const HIRING_AUTHORITY_OPTIONS: readonly ListOption[] = [
  { id: 'yes', label: t('ja', 'yes'), synonyms: ['j', 'y', 'x', 'true', '1'] },
  { id: 'no', label: t('nei', 'no'), synonyms: ['n', 'false', '0'] },
  { id: 'unsure', label: t('usikker', 'unsure'), synonyms: ['vet ikke', 'uklart', 'unknown', 'uncertain', '?'] },
];

export const CONTACT_MODE_OPTIONS: readonly ListOption[] = [
  {
    id: 'inPerson',
    label: t('ansikt til ansikt', 'in person'),
    synonyms: [
      'fysisk',
      'fysisk møte',
      'møte',
      'besøk',
      'face to face',
      'face-to-face',
      'in-person',
      'meeting',
      'visit',
    ],
  },
  { id: 'phone', label: t('telefon', 'phone'), synonyms: ['tlf', 'telephone', 'call', 'ringt'] },
  { id: 'email', label: t('e-post', 'e-mail'), synonyms: ['epost', 'mail', 'email', 'e post'] },
  { id: 'other', label: t('annet', 'other'), synonyms: ['sms', 'video', 'teams'] },
];

export const CONTACT_PURPOSE_OPTIONS: readonly ListOption[] = [
  {
    id: 'jobDevelopment',
    label: t('jobbutvikling', 'job development'),
    synonyms: ['jobbsøk', 'job search', 'development'],
  },
  {
    id: 'jobSupport',
    label: t('jobbstøtte etter jobbstart', 'job support after job start'),
    synonyms: ['jobbstøtte', 'oppfølging', 'follow-along', 'job support', 'support'],
  },
  { id: 'other', label: t('annet', 'other'), synonyms: ['sponsing', 'sponsorship', 'gaver', 'annet formål'] },
];

export const VISIT_OPTIONS: readonly ListOption[] = [
  { id: 'first', label: t('første besøk', 'first visit'), synonyms: ['1', 'første', 'first'] },
  { id: 'second', label: t('andre besøk', 'second visit'), synonyms: ['2', 'andre', 'second'] },
  { id: 'third', label: t('tredje besøk', 'third visit'), synonyms: ['3', 'tredje', 'third'] },
  { id: 'fourth', label: t('fjerde besøk', 'fourth visit'), synonyms: ['4', 'fjerde', 'fourth'] },
  { id: 'ongoing', label: t('løpende relasjon', 'ongoing relationship'), synonyms: ['løpende', 'ongoing'] },
];

/** The supervisor's review of the contact logs (Tjenester 6 anchors 2–5, 7438–7452). Labels are words EMPLOYER_CONTACTS reads. */
export const LOG_REVIEW_OPTIONS: readonly ListOption[] = [
  { id: 'weekly', label: t('ukentlig', 'weekly'), synonyms: ['hver uke'] },
  { id: 'monthly', label: t('månedlig', 'monthly'), synonyms: ['hver måned', 'maanedlig'] },
  { id: 'not_reviewed', label: t('ikke gjennomgått', 'not reviewed'), synonyms: ['aldri', 'never'] },
  { id: 'no_log', label: t('ingen logg', 'no log'), synonyms: ['ingen registrering', 'none'] },
  { id: 'mixed', label: t('blandet', 'mixed'), synonyms: ['blandede logger'] },
  {
    id: 'unverifiable',
    label: t('uverifiserbar', 'unverifiable'),
    synonyms: ['kan ikke verifiseres', 'ikke verifiserbar'],
  },
];

// --- column builders --------------------------------------------------------------------------

interface ColumnExtras {
  readonly synonyms?: readonly string[];
  readonly width?: number;
  readonly personal?: boolean;
  readonly defaultValue?: PlanValue;
}

function text(id: string, header: Text, help: Text, required = false, extras: ColumnExtras = {}): ColumnDefinition {
  return { id, header, type: 'text', required, help, ...extras };
}
function num(
  id: string,
  header: Text,
  help: Text,
  rule: NumberFormatRule,
  required = false,
  extras: ColumnExtras = {},
): ColumnDefinition {
  return { id, header, type: 'number', required, help, number: rule, ...extras };
}
function date(id: string, header: Text, help: Text, required = false, extras: ColumnExtras = {}): ColumnDefinition {
  return { id, header, type: 'date', required, help, ...extras };
}
function yesno(id: string, header: Text, help: Text, required = false, extras: ColumnExtras = {}): ColumnDefinition {
  return { id, header, type: 'yesno', required, help, options: YES_NO_OPTIONS, ...extras };
}
function choice(
  id: string,
  header: Text,
  help: Text,
  options: readonly ListOption[],
  required = false,
  extras: ColumnExtras = {},
): ColumnDefinition {
  return { id, header, type: 'list', required, help, options, ...extras };
}

const SPECIALIST = (help: Text, required = true) =>
  text('specialist', t('Jobbspesialist', 'Employment specialist'), help, required, {
    synonyms: [
      'js',
      'initialer',
      'initials',
      'jobbspesialist id',
      'specialist',
      'ansatt',
      'staff',
      'konsulent',
      'ips-konsulent',
    ],
  });
const PARTICIPANT = (required: boolean) =>
  text(
    'participant',
    t('Deltaker (ID)', 'Participant (ID)'),
    t(
      'Kode for deltakeren, aldri navn eller fødselsnummer.',
      "The participant's code, never a name or national ID number.",
    ),
    required,
    {
      synonyms: [
        'deltaker',
        'deltaker id',
        'deltakerid',
        'participant',
        'client',
        'klient',
        'bruker',
        'id',
        'jobbsøker',
        'arbeidstaker',
      ],
      personal: true,
    },
  );

// --- the tables -------------------------------------------------------------------------------

export const STAFF_TABLE: TableDefinition = {
  id: 'staff',
  sheet: t('Ansatte', 'Staff'),
  description: t(
    'Én rad per jobbspesialist og metodeveileder i teamet. Metodeveilederens portefølje telles ikke (Bemanning 1); en erfaringskonsulent som yter alle arbeidsrettede tjenester til en portefølje, telles som jobbspesialist.',
    "One row per employment specialist and supervisor on the team. The supervisor's caseload is not counted (Staffing 1); a peer specialist who gives the full range of vocational services to a caseload counts as an employment specialist.",
  ),
  columns: [
    SPECIALIST(
      t(
        'Initialer eller kode, ikke fullt navn. Samme kode i alle ark.',
        'Initials or a code, not the full name. The same code in every sheet.',
      ),
    ),
    choice('role', t('Rolle', 'Role'), t('Velg fra listen.', 'Pick from the list.'), ROLE_OPTIONS, true, {
      synonyms: ['stilling', 'position', 'role'],
      width: 230,
    }),
    num(
      'fte',
      t('Stillingsandel', 'FTE'),
      t('Heltid = 1, halv stilling = 0,5.', 'Full time = 1, half time = 0.5.'),
      { min: 0, minExclusive: true, max: 1 },
      false,
      {
        synonyms: ['stillingsprosent', 'fte', 'andel', 'stilling'],
      },
    ),
    date(
      'startDate',
      t('I rollen fra', 'In role since'),
      t(
        'Dato ansatt i nåværende rolle (under én måned: utelates i Tjenester 6).',
        'Date started in the current role (under one month: left out of Services 6).',
      ),
      false,
      {
        synonyms: ['ansatt fra', 'ansatt dato', 'startdato', 'start date', 'hired', 'ansettelsesdato'],
      },
    ),
    num(
      'absentWeeks',
      t('Uker fravær i loggperioden', 'Weeks absent in log period'),
      t(
        'Sammenhengende fravær på én uke eller mer de siste åtte ukene.',
        'Absence of a week or more in the last eight weeks.',
      ),
      { min: 0, max: 52 },
      false,
      {
        synonyms: ['fravær', 'absence', 'uker borte', 'weeks absent', 'fraværsuker'],
      },
    ),
  ],
  keyColumns: ['specialist'],
};

export const CASELOAD_TABLE: TableDefinition = {
  id: 'caseload',
  sheet: t('Porteføljer', 'Caseloads'),
  description: t(
    'Porteføljeoversikter for alle jobbspesialister: én rad per deltaker. Telles med: personer som får tjenester eller forsøkes oppsøkt minst månedlig. Telles ikke: henviste som ikke er møtt, avsluttede, og personer i arbeid med sjeldnere kontakt enn månedlig.',
    'Caseload lists of all specialists: one row per participant. Counted: people served or reached out to at least monthly. Not counted: referrals not yet met, closed cases, and employed people in contact less than monthly.',
  ),
  columns: [
    SPECIALIST(
      t(
        'Jobbspesialisten deltakeren er tildelt (koden fra Ansatte).',
        'The specialist the participant is assigned to (code from Staff).',
      ),
    ),
    PARTICIPANT(true),
    choice(
      'status',
      t('Status', 'Status'),
      t('Velg fra listen.', 'Pick from the list.'),
      CASELOAD_STATUS_OPTIONS,
      true,
      { width: 170 },
    ),
    yesno(
      'monthlyContact',
      t('Kontakt minst månedlig', 'Contact at least monthly'),
      t(
        'Tjenester eller oppsøkende forsøk minst én gang i måneden? nei = telles ikke.',
        'Services or outreach at least monthly? no = not counted.',
      ),
      false,
      {
        synonyms: ['månedlig kontakt', 'monthly contact', 'kontakt siste måned'],
      },
    ),
    text(
      'team',
      t('Behandlingsteam', 'Treatment team'),
      t('Teamet som behandler deltakeren.', 'The team treating the participant.'),
      false,
      { synonyms: ['team', 'behandlingsinstitusjon', 'treatment team'] },
    ),
    yesno(
      'fromAttachedTeam',
      t('Fra jobbspesialistens team', "From the specialist's team"),
      t(
        'ja hvis behandlingsteamet er ett av teamene jobbspesialisten er tilknyttet (Organisasjon 1).',
        'yes if the treatment team is one of the teams the specialist is attached to (Organisation 1).',
      ),
      false,
      {
        synonyms: ['fra tilknyttet team', 'tilknyttet team', 'attached team'],
      },
    ),
    date(
      'lastContact',
      t('Siste tjeneste eller oppsøking', 'Last service or outreach'),
      t(
        'Dato. Saken avsluttes etter tre måneder uten tjenester eller oppsøking.',
        'Date. The case is closed after three months without services or outreach.',
      ),
      false,
      {
        synonyms: ['siste kontakt', 'last contact', 'sist kontakt'],
      },
    ),
  ],
  keyColumns: ['specialist', 'participant'],
};

export const JOBS_TABLE: TableDefinition = {
  id: 'jobs',
  sheet: t('Jobber', 'Jobs'),
  description: t(
    'Jobbene deltakerne har nå, og jobbstarter de siste seks månedene: én rad per jobb. Jobber skaffet før IPS regnes ikke med. Har færre enn 10 jobb nå, brukes også jobbstartene de siste seks månedene.',
    'The jobs participants hold now, and job starts in the last six months: one row per job. Jobs obtained before IPS are not counted. With fewer than 10 current jobs, the job starts of the last six months are used as well.',
  ),
  columns: [
    PARTICIPANT(false),
    SPECIALIST(t('Jobbspesialisten (koden fra Ansatte).', 'The specialist (code from Staff).'), false),
    date('startDate', t('Startdato', 'Start date'), t('Dato for jobbstart.', 'Date the job started.'), false, {
      synonyms: ['dato for jobbstart', 'jobbstart', 'start', 'startet'],
    }),
    date('endDate', t('Sluttdato', 'End date'), t('Tom = i jobben nå.', 'Blank = still in the job.'), false, {
      synonyms: ['slutt', 'end', 'sluttet', 'avsluttet'],
    }),
    text(
      'jobTitle',
      t('Stillingsbetegnelse', 'Job title'),
      t('Som arbeidsgiveren kaller den.', 'As the employer calls it.'),
      false,
      { synonyms: ['stilling', 'tittel', 'title', 'job', 'jobb'], width: 170 },
    ),
    text(
      'jobType',
      t('Jobbtype', 'Job type'),
      t(
        'Samme arbeidsoppgaver = samme type, selv med ulik tittel. Tom = stillingsbetegnelsen.',
        'Same duties = same type, even with different titles. Blank = the job title.',
      ),
      false,
      {
        synonyms: ['jobbtype gruppe', 'type jobb', 'type', 'job type', 'yrke'],
        width: 170,
      },
    ),
    text('employer', t('Arbeidsgiver', 'Employer'), t('Navnet på bedriften.', 'Name of the business.'), false, {
      synonyms: ['bedrift', 'firma', 'company', 'business', 'virksomhet', 'arbeidsgiver navn'],
      width: 190,
    }),
    text(
      'worksite',
      t('Arbeidssted', 'Worksite'),
      t('For kjeder: hvilken butikk eller avdeling.', 'For chains: which store or branch.'),
      false,
      { synonyms: ['sted', 'avdeling', 'site', 'branch', 'lokasjon'] },
    ),
    yesno(
      'beforeIps',
      t('Skaffet før IPS', 'Obtained before IPS'),
      t(
        'ja = jobben ble skaffet før personen kom inn i IPS (regnes ikke med).',
        'yes = obtained before the person entered IPS (not counted).',
      ),
      false,
      {
        synonyms: ['før ips', 'fått før ips', 'before ips'],
      },
    ),
    yesno(
      'competitive',
      t('Ordinært arbeid', 'Competitive job'),
      t(
        'ja = minst minstelønn, alle kan søke, ikke reservert for personer med funksjonsnedsettelser.',
        'yes = at least minimum wage, open to anyone, not reserved for people with disabilities.',
      ),
      false,
      {
        synonyms: ['ordinær', 'ordinær jobb', 'competitive', 'konkurranseutsatt'],
      },
    ),
  ],
  keyColumns: ['participant', 'jobTitle', 'jobType', 'employer'],
};

export const EMPLOYER_CONTACTS_TABLE: TableDefinition = {
  id: 'employerContacts',
  sheet: t('Arbeidsgiverkontakter', 'Employer contacts'),
  description: t(
    '«Logg for arbeidsgiverkontakt», én rad per kontakt, for de siste åtte ukene før besøket. Tjenester 6 teller fysiske møter med en som har ansettelsesmyndighet, med jobbspesialisten til stede, for jobbutvikling – ikke telefon eller e-post, ikke deltakerens kontakter alene, ikke oppfølging etter jobbstart.',
    '«Employer contact log», one row per contact, for the last eight weeks before the visit. Services 6 counts in-person meetings with someone with hiring authority, with the specialist present, for job development – not phone or e-mail, not the participant alone, not support after a job start.',
  ),
  columns: [
    date('date', t('Dato for kontakt', 'Date of contact'), t('Dato for møtet.', 'Date of the meeting.'), true, {
      synonyms: ['dato', 'date', 'kontaktdato'],
    }),
    SPECIALIST(t('Jobbspesialisten (koden fra Ansatte).', 'The specialist (code from Staff).')),
    PARTICIPANT(false),
    text('employer', t('Bedrift/sted', 'Company/location'), t('Arbeidsgiveren.', 'The employer.'), false, {
      synonyms: ['bedrift', 'arbeidsgiver', 'employer', 'company', 'firma'],
      width: 190,
    }),
    text(
      'contactRole',
      t('Kontaktperson (rolle)', 'Contact person (role)'),
      t('Rollen, f.eks. butikksjef – ikke navn.', 'The role, e.g. store manager – not a name.'),
      false,
      {
        synonyms: ['kontaktperson', 'kontaktpersonens navn', 'contact person', 'contact'],
      },
    ),
    choice(
      'hiringAuthority',
      t('Ansettelsesmyndighet', 'Hiring authority'),
      t('Har vedkommende ansettelsesmyndighet?', 'Does the person have hiring authority?'),
      HIRING_AUTHORITY_OPTIONS,
      false,
      {
        synonyms: ['har vedkommende ansettelsesmyndighet', 'hiring authority', 'ansettelsesansvarlig'],
      },
    ),
    choice(
      'mode',
      t('Kontaktform', 'Contact mode'),
      t('Bare ansikt til ansikt telles.', 'Only in-person contacts count.'),
      CONTACT_MODE_OPTIONS,
      true,
      {
        synonyms: ['fysisk', 'type kontakt', 'mode', 'contact type', 'form'],
      },
    ),
    yesno(
      'specialistPresent',
      t('Jobbspesialist til stede', 'Specialist present'),
      t('nei = deltakeren var alene (telles ikke).', 'no = the participant was alone (not counted).'),
      false,
      {
        synonyms: ['js til stede', 'specialist present', 'til stede'],
      },
    ),
    choice(
      'purpose',
      t('Formål', 'Purpose'),
      t('Bare jobbutvikling telles.', 'Only job development counts.'),
      CONTACT_PURPOSE_OPTIONS,
      false,
      { synonyms: ['purpose', 'hensikt'], width: 190 },
    ),
    choice(
      'visit',
      t('Besøk nr.', 'Visit no.'),
      t(
        'Første, andre, tredje, fjerde besøk eller løpende relasjon.',
        'First, second, third, fourth visit or ongoing relationship.',
      ),
      VISIT_OPTIONS,
      false,
      {
        synonyms: ['besøk', 'visit'],
      },
    ),
    yesno(
      'matchesPreferences',
      t('I tråd med preferanser', 'Matches preferences'),
      t(
        'Bygger kontakten på deltakerens preferanser og jobbutviklingsplan (Tjenester 5)?',
        "Does the contact rest on the participant's preferences and job development plan (Services 5)?",
      ),
      false,
      {
        synonyms: ['preferanser', 'i tråd med jobbutviklingsplan', 'preferences'],
      },
    ),
    yesno(
      'participantInitiated',
      t('Deltakerens initiativ', "Participant's initiative"),
      t(
        'ja = deltakeren tok selv initiativet (vurderes ikke i Tjenester 5).',
        'yes = the participant took the initiative (not assessed in Services 5).',
      ),
      false,
      {
        synonyms: ['deltakerinitiert', 'initiert av deltaker', 'participant initiated'],
      },
    ),
    text(
      'result',
      t('Resultat / plan for oppfølging', 'Result / follow-up plan'),
      t('Kort, uten helseopplysninger.', 'Brief, without health information.'),
      false,
      { synonyms: ['resultat', 'plan', 'notater', 'notes', 'result'], width: 260 },
    ),
    date(
      'reviewedBySupervisor',
      t('Gjennomgått av metodeveileder', 'Reviewed by supervisor'),
      t('Dato metodeveilederen gikk igjennom loggen.', 'Date the supervisor reviewed the log.'),
      false,
      {
        synonyms: ['signatur metodeveileder', 'mv dato', 'reviewed'],
      },
    ),
  ],
  keyColumns: ['date', 'specialist'],
};

/** The six phases of the vocational service, in the scale's order [000:9812–9818]. */
export const PHASE_COLUMNS: readonly { readonly id: string; readonly header: Text }[] = [
  { id: 'phaseIntake', header: t('Inntak', 'Intake') },
  { id: 'phaseEngagement', header: t('Innledende og forpliktende samarbeid', 'Engagement') },
  { id: 'phaseAssessment', header: t('Karriereveiledning', 'Career guidance') },
  { id: 'phaseJobDevelopment', header: t('Jobbutvikling', 'Job development') },
  { id: 'phaseCoaching', header: t('Veiledning på arbeidsplassen', 'On-the-job coaching') },
  { id: 'phaseFollowAlong', header: t('Oppfølging', 'Follow-along support') },
];

export const SPECIALIST_TIME_TABLE: TableDefinition = {
  id: 'specialistTime',
  sheet: t('Tid og faser', 'Time and phases'),
  description: t(
    'Én rad per jobbspesialist: andel tid på arbeidsrettede tjenester (Bemanning 2), hvilke faser jobbspesialisten selv utfører (Bemanning 3), tilknytning til behandlingsteam (Organisasjon 1) og andel skjemalagt tid i lokalsamfunnet (Tjenester 13). Rader for metodeveilederen telles ikke.',
    'One row per specialist: share of time on vocational services (Staffing 2), the phases the specialist does personally (Staffing 3), treatment-team attachment (Organisation 1) and share of scheduled time in the community (Services 13). Rows for the supervisor are not counted.',
  ),
  columns: [
    SPECIALIST(t('Koden fra Ansatte.', 'The code from Staff.')),
    num(
      'vocationalShare',
      t('Andel arbeidsrettet tid', 'Share of vocational time'),
      t(
        'Prosent av arbeidstiden på arbeidsrettede tjenester (f.eks. 95 %).',
        'Percent of working time on vocational services (e.g. 95 %).',
      ),
      { min: 0, max: 1, percent: true },
      false,
      {
        synonyms: [
          'arbeidsrettet',
          'prosent arbeidsrettet',
          'vocational',
          'percent vocational',
          'arbeidsrettede tjenester',
        ],
      },
    ),
    num(
      'communityShare',
      t('Andel tid i lokalsamfunnet', 'Share of time in community'),
      t(
        'Prosent av skjemalagt arbeidstid ute (f.eks. 65 %). Tom = regnes ut fra timene.',
        'Percent of scheduled time out in the community (e.g. 65 %). Blank = computed from the hours.',
      ),
      { min: 0, max: 1, percent: true },
      false,
      {
        synonyms: ['lokalsamfunnet', 'i lokalsamfunnet', 'community', 'percent community', 'ute'],
      },
    ),
    num(
      'communityHours',
      t('Timer i lokalsamfunnet', 'Hours in community'),
      t('Timer ute i en vanlig uke eller måned.', 'Hours out in a typical week or month.'),
      { min: 0 },
      false,
      { synonyms: ['timer ute', 'community hours'] },
    ),
    num(
      'scheduledHours',
      t('Skjemalagte timer', 'Scheduled hours'),
      t('All skjemalagt arbeidstid i samme periode.', 'All scheduled working hours in the same period.'),
      { min: 0 },
      false,
      {
        synonyms: ['arbeidstid', 'timer totalt', 'scheduled hours', 'total hours'],
      },
    ),
    ...PHASE_COLUMNS.map((phase) =>
      yesno(
        phase.id,
        phase.header,
        t('ja = jobbspesialisten utfører fasen selv.', 'yes = the specialist does this phase personally.'),
        false,
        { width: 110 },
      ),
    ),
    yesno(
      'refersOut',
      t('Henviser videre', 'Refers out'),
      t(
        'ja = har portefølje, men henviser deltakere til andre arbeidsrettede tjenester.',
        'yes = has a caseload but refers clients to other vocational services.',
      ),
      false,
      {
        synonyms: ['henviser', 'refers out'],
      },
    ),
    num(
      'teams',
      t('Antall behandlingsteam', 'Treatment teams'),
      t(
        'Team jobbspesialisten er tilknyttet og deltar i. 0 = ingen.',
        'Teams the specialist is attached to and takes part in. 0 = none.',
      ),
      { min: 0, integer: true, max: 50 },
      false,
      {
        synonyms: ['team', 'teams', 'antall team', 'tilknyttede team'],
      },
    ),
    yesno(
      'cliniciansNotInTeams',
      t('Behandlere ikke i team', 'Clinicians not in teams'),
      t(
        'Ved 0 team: ja = behandlerne i institusjonen er ikke organisert i team (skår 2); nei = tjenesten er uavhengig av behandlingen (skår 1).',
        'With 0 teams: yes = the clinicians are not organised in teams (score 2); no = the service is independent of treatment (score 1).',
      ),
      false,
    ),
  ],
  keyColumns: ['specialist'],
};

/** Record categories the chart review must cover, with the manual's minimums [000:1117–1125, 1230–1250, 9677–9685]. */
export const CHART_REVIEW_CATEGORIES: readonly {
  readonly column: string;
  readonly minimum: number;
  readonly label: Text;
}[] = [
  { column: 'interviewed', minimum: 3, label: t('Deltakere som intervjues', 'Participants to be interviewed') },
  { column: 'closed', minimum: 2, label: t('Avsluttet / sluttet å møte', 'Closed / stopped attending') },
  {
    column: 'recentlyEmployed',
    minimum: 5,
    label: t('Begynt i arbeid siste seks måneder', 'Started work in the last six months'),
  },
  { column: 'seekingOrEducation', minimum: 3, label: t('Søker jobb eller i utdanning', 'Job seeking or in education') },
];
/** At least 10 records; 13–15 recommended [000:1117, 1182, 1238–1250, 9677]. */
export const CHART_REVIEW_RECORDS = { minimum: 10, recommended: 13, maximum: 15 } as const;

export interface ChartReviewCoverage {
  readonly records: number;
  readonly categories: readonly {
    readonly column: string;
    readonly label: Text;
    readonly count: number;
    readonly minimum: number;
    readonly met: boolean;
  }[];
  /** At least 10 records and every category at its minimum. */
  readonly complete: boolean;
  /** What is missing, one sentence each. */
  readonly missing: readonly Text[];
}

/**
 * The manual's category check of the chart-review sample, from typed rows (yes/no as booleans):
 * records in all (≥ 10, 13–15 recommended) and each category at its minimum. A record may count
 * in several categories.
 */
export function chartReviewCoverage(
  rows:
    | readonly { readonly values: Readonly<Record<string, TypedValue>> }[]
    | readonly Readonly<Record<string, TypedValue>>[],
): ChartReviewCoverage {
  const records = (rows as readonly unknown[])
    .map(
      (row) =>
        (row as { values?: Readonly<Record<string, TypedValue>> }).values ??
        (row as Readonly<Record<string, TypedValue>>),
    )
    .filter(
      (values) => values['record'] !== null && values['record'] !== undefined && String(values['record']).trim() !== '',
    );
  const categories = CHART_REVIEW_CATEGORIES.map((category) => {
    const count = records.filter((values) => values[category.column] === true).length;
    return {
      column: category.column,
      label: category.label,
      count,
      minimum: category.minimum,
      met: count >= category.minimum,
    };
  });
  const missing: Text[] = [];
  if (records.length < CHART_REVIEW_RECORDS.minimum) {
    const short = CHART_REVIEW_RECORDS.minimum - records.length;
    missing.push(
      t(
        `${short} journal${short === 1 ? '' : 'er'} til (minst ${CHART_REVIEW_RECORDS.minimum}, helst 13–15).`,
        `${short} more record${short === 1 ? '' : 's'} (at least ${CHART_REVIEW_RECORDS.minimum}, preferably 13–15).`,
      ),
    );
  }
  for (const category of categories) {
    if (!category.met) {
      const short = category.minimum - category.count;
      missing.push(
        t(
          `${category.label.nb}: ${short} til (minst ${category.minimum}).`,
          `${category.label.en}: ${short} more (at least ${category.minimum}).`,
        ),
      );
    }
  }
  return { records: records.length, categories, complete: missing.length === 0, missing };
}

export const CHART_REVIEW_TABLE: TableDefinition = {
  id: 'chartReview',
  sheet: t('Journalgjennomgang', 'Chart review'),
  description: t(
    'Skjema for journalgjennomgang: én rad per journal, 10–15 journaler valgt tilfeldig, med minst to avsluttede (sluttet å møte), fem som har begynt i arbeid de siste seks månedene og tre som søker jobb eller er under utdanning.',
    'Chart review form: one row per record, 10–15 records chosen at random, with at least two closed (stopped attending), five who started work in the last six months and three job seeking or in education.',
  ),
  columns: [
    text('record', t('Journal nr.', 'Record no.'), t('1, 2, 3 …', '1, 2, 3 …'), true, {
      synonyms: ['journal', 'nr', 'record', 'journal nr'],
      width: 80,
    }),
    SPECIALIST(t('Jobbspesialisten (koden fra Ansatte).', 'The specialist (code from Staff).'), false),
    PARTICIPANT(false),
    yesno(
      'interviewed',
      t('Intervjues', 'Interviewed'),
      t('ja = deltakeren skal intervjues.', 'yes = the participant is interviewed.'),
      false,
      { width: 100 },
    ),
    yesno(
      'closed',
      t('Avsluttet / sluttet å møte', 'Closed / stopped attending'),
      t('ja = får ikke lenger IPS-tjenester.', 'yes = no longer receives IPS services.'),
      false,
    ),
    yesno(
      'recentlyEmployed',
      t('Begynt i arbeid siste 6 mnd.', 'Started work last 6 months'),
      t('ja = har begynt i arbeid de siste seks månedene.', 'yes = started work in the last six months.'),
      false,
    ),
    yesno(
      'seekingOrEducation',
      t('Søker jobb / i utdanning', 'Job seeking / in education'),
      t('ja = søker jobb eller er under utdanning.', 'yes = seeking work or in education.'),
      false,
    ),
    date(
      'intakeDate',
      t('Første møte med jobbspesialist', 'First meeting with specialist'),
      t('Ikke henvisningsdatoen (Tjenester 4).', 'Not the referral date (Services 4).'),
      false,
      {
        synonyms: ['inntak', 'inntaksdato', 'intake', 'intake date', 'første møte'],
      },
    ),
    date(
      'firstEmployerContact',
      t('Første fysiske arbeidsgiverkontakt', 'First in-person employer contact'),
      t(
        'Telefon og e-post teller ikke. Tom = ingen ennå (teller dager til besøket).',
        'Phone and e-mail do not count. Blank = none yet (days counted to the visit).',
      ),
      false,
      {
        synonyms: ['første arbeidsgiverkontakt', 'arbeidsgiverkontakt', 'first employer contact', 'first contact'],
      },
    ),
    yesno(
      'notYetSearching',
      t('Venter selv med jobbsøk', 'Chose to wait with job search'),
      t(
        'ja = personen har valgt å vente med arbeidsgiverkontakt (tas ikke med i Tjenester 4).',
        'yes = the person chose not to start employer contact yet (left out of Services 4).',
      ),
      false,
    ),
    yesno(
      'jobPlan',
      t('Skriftlig jobbutviklingsplan', 'Written job development plan'),
      t('Individuell og konkret?', 'Individual and concrete?'),
      false,
    ),
    yesno(
      'careerProfile',
      t('Karriereprofil oppdatert', 'Career profile up to date'),
      t('Komplett og oppdatert ved hver ny jobb?', 'Complete and updated at each new job?'),
      false,
    ),
    yesno(
      'disclosureDiscussed',
      t('Åpenhet drøftet', 'Disclosure discussed'),
      t('Mer enn én gang?', 'More than once?'),
      false,
    ),
    yesno(
      'benefitsCounselling',
      t('Tilbudt økonomisk veiledning', 'Offered benefits counselling'),
      t(
        'Tegn på at deltakeren ble tilbudt stønadsveiledning?',
        'Evidence the participant was offered benefits counselling?',
      ),
      false,
    ),
    num(
      'supportWeek1',
      t('Støtte ansikt til ansikt første uke', 'In-person support first week'),
      t('Antall ganger.', 'Number of times.'),
      { min: 0, integer: true, max: 100 },
      false,
    ),
    num(
      'supportMonth1',
      t('Støtte første måned', 'Support first month'),
      t('Antall ganger.', 'Number of times.'),
      { min: 0, integer: true, max: 200 },
      false,
    ),
    num(
      'supportMonths1to3',
      t('Støtte første tre måneder', 'Support first three months'),
      t('Antall ganger.', 'Number of times.'),
      { min: 0, integer: true, max: 500 },
      false,
    ),
    num(
      'communityHours',
      t('Timer i lokalsamfunnet (en måned)', 'Hours in community (one month)'),
      t('En nylig måned.', 'A recent month.'),
      { min: 0 },
      false,
    ),
    num(
      'officeHours',
      t('Timer på kontoret (samme måned)', 'Hours in the office (same month)'),
      t('Samme måned.', 'Same month.'),
      { min: 0 },
      false,
    ),
    text(
      'outreach',
      t('Oppsøkende arbeid', 'Outreach'),
      t(
        'Hva gjorde jobbspesialisten og behandlingsteamet da personen sluttet å møte?',
        'What did the specialist and the treatment team do when the person stopped attending?',
      ),
      false,
      { width: 220 },
    ),
    text(
      'notes',
      t('Andre notater', 'Other notes'),
      t('Uten navn og helseopplysninger.', 'No names or health details.'),
      false,
      { synonyms: ['notater', 'notes', 'kommentar'], width: 260 },
    ),
  ],
  keyColumns: ['record'],
};

export const REVIEW_TABLE: TableDefinition = {
  id: 'review',
  sheet: t('Evalueringsdata', 'Review data'),
  description: t(
    'Opplysninger for hele evalueringen (én rad): besøksdatoen og evaluatorenes funn som begrenser skårene. Tomme felt gir ingen begrensning.',
    "Facts for the whole review (one row): the visit date and the evaluators' findings that cap scores. Blank fields cap nothing.",
  ),
  columns: [
    date(
      'reviewDate',
      t('Dato for evalueringsbesøket', 'Date of the review visit'),
      t(
        'Brukes til loggperioden, seksmånedersvinduet og ansiennitet.',
        'Used for the log period, the six-month window and tenure.',
      ),
      false,
      {
        synonyms: ['besøksdato', 'evalueringsdato', 'review date', 'visit date', 'dato'],
      },
    ),
    num(
      'contactWeeks',
      t('Uker i kontaktloggen', 'Weeks in contact log'),
      t('Vanligvis 8 (to måneder).', 'Normally 8 (two months).'),
      { min: 1, max: 52, integer: true },
      false,
      { defaultValue: 8 },
    ),
    choice(
      'logReview',
      t('Metodeveileders gjennomgang av logger', "Supervisor's review of logs"),
      t(
        'Hvor ofte metodeveilederen går igjennom kontaktloggene (Tjenester 6).',
        'How often the supervisor reviews the contact logs (Services 6).',
      ),
      LOG_REVIEW_OPTIONS,
      false,
      { width: 190 },
    ),
    yesno(
      'supervisorRecordsDays',
      t(
        'Metodeveileder registrerer dager til første arbeidsgiverkontakt',
        'Supervisor records days to first employer contact',
      ),
      t('nei → Tjenester 4 høyst 4.', 'no → Services 4 at most 4.'),
      false,
      { width: 200 },
    ),
    yesno(
      'noIndividualCaseloads',
      t('Ingen individuelle porteføljer', 'No individual caseloads'),
      t('ja → Bemanning 1 høyst 3.', 'yes → Staffing 1 at most 3.'),
      false,
    ),
    yesno(
      'splitRole',
      t('Liten tjeneste, delt rolle', 'Small agency, split role'),
      t(
        'ja = jobbspesialisten deler tiden mellom koordinering og arbeidsrettede tjenester (Bemanning 2 → 1).',
        'yes = the specialist splits time between coordination and vocational services (Staffing 2 → 1).',
      ),
      false,
    ),
    yesno(
      'plansDocumented',
      t('Dokumenterte jobbutviklingsplaner', 'Documented job development plans'),
      t('nei → Tjenester 5 høyst 3.', 'no → Services 5 at most 3.'),
      false,
    ),
    yesno(
      'preferencesExplored',
      t('Preferanser utforsket', 'Preferences explored'),
      t('nei → Tjenester 5 høyst 2.', 'no → Services 5 at most 2.'),
      false,
    ),
    yesno(
      'anyJobEncouraged',
      t('Oppfordres til hvilken som helst jobb', 'Any job encouraged'),
      t('ja → Tjenester 5 høyst 3.', 'yes → Services 5 at most 3.'),
      false,
    ),
    yesno(
      'smallSampleEvidence',
      t('Lite utvalg: alt tyder på ordinært arbeid', 'Small sample: all evidence shows competitive work'),
      t('Brukes bare ved for få jobber (Tjenester 10).', 'Used only with too few jobs (Services 10).'),
      false,
      { width: 200 },
    ),
  ],
  keyColumns: ['reviewDate'],
  singleRow: true,
};

/** The one registry of input tables, in the order the sheets are created. */
export const INPUT_TABLES: readonly TableDefinition[] = [
  REVIEW_TABLE,
  STAFF_TABLE,
  CASELOAD_TABLE,
  SPECIALIST_TIME_TABLE,
  JOBS_TABLE,
  EMPLOYER_CONTACTS_TABLE,
  CHART_REVIEW_TABLE,
  RESULTS_TABLE,
];

export const TABLES: Readonly<Record<TableId, TableDefinition>> = {
  staff: STAFF_TABLE,
  caseload: CASELOAD_TABLE,
  jobs: JOBS_TABLE,
  employerContacts: EMPLOYER_CONTACTS_TABLE,
  specialistTime: SPECIALIST_TIME_TABLE,
  chartReview: CHART_REVIEW_TABLE,
  review: REVIEW_TABLE,
  results: RESULTS_TABLE,
};

export function tableById(id: string): TableDefinition {
  const table = (TABLES as Readonly<Record<string, TableDefinition>>)[id];
  if (!table) throw new Error(`unknown input table: ${id}`);
  return table;
}

export function columnIndex(table: TableDefinition, columnId: string): number {
  const index = table.columns.findIndex((column) => column.id === columnId);
  if (index < 0) throw new Error(`table ${table.id} has no column ${columnId}`);
  return index;
}

export function columnById(table: TableDefinition, columnId: string): ColumnDefinition {
  return table.columns[columnIndex(table, columnId)]!;
}

/** The label of a list option in a language (throws for an unknown option: a programming error). */
export function optionLabel(column: ColumnDefinition, optionId: string, language: Language): string {
  const option = column.options?.find((candidate) => candidate.id === optionId);
  if (!option) throw new Error(`column ${column.id} has no option ${optionId}`);
  return option.label[language];
}

/**
 * Data rows a list table's formulas, validations and imports reach, per table. The default
 * (rows 3–2000, 1998 rows) suits a team's own lists; a service importing long exports (e.g. a
 * year of contact logs) gives a larger number, and every formula range grows with it.
 */
export type TableCapacity = Partial<Readonly<Record<TableId, number>>>;

/** Data rows of a list table by default: rows 3–2000. */
export const DEFAULT_CAPACITY = TABLE_LAYOUT.lastDataRow - TABLE_LAYOUT.firstDataRow + 1;

/** Data rows of a table: 1 for a settings table, else its capacity (default 1998). */
export function tableRows(table: TableDefinition, capacity?: TableCapacity): number {
  if (table.singleRow) return 1;
  const rows = capacity?.[table.id] ?? DEFAULT_CAPACITY;
  if (!Number.isInteger(rows) || rows < 1 || rows > 1_000_000)
    throw new Error(`capacity of table ${table.id} must be a whole number of rows from 1 to 1000000, got ${rows}`);
  return rows;
}

/** Last data row (0-based) of a table: the single data row of a settings table, else row 2000 (or the capacity's). */
export function lastDataRow(table: TableDefinition, capacity?: TableCapacity): number {
  return TABLE_LAYOUT.firstDataRow + tableRows(table, capacity) - 1;
}

/** Quotes a sheet name for a formula: 'Tid og faser'. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function absolute(row: number, column: number): string {
  const address = cellAddress(row, column);
  return `$${address.replace(/(\d+)$/, '$$$1')}`;
}

/** Absolute A1 range of one column's data rows, with the sheet: 'Ansatte'!$C$3:$C$2000. */
export function columnRange(
  table: TableDefinition,
  columnId: string,
  language: Language,
  through?: string,
  capacity?: TableCapacity,
): string {
  const first = columnIndex(table, columnId);
  const last = through === undefined ? first : columnIndex(table, through);
  const start = absolute(TABLE_LAYOUT.firstDataRow, first);
  const end = absolute(lastDataRow(table, capacity), last);
  return `${quoteSheet(table.sheet[language])}!${start === end ? start : `${start}:${end}`}`;
}

// --- values to and from sheets ---------------------------------------------------------------

/** A typed value of a table cell: text, number, ISO date text, boolean (yes/no) or list option id. */
export type TypedValue = string | number | boolean | null;

/** The value to write into a sheet for a typed value: list ids and yes/no become the language's labels. */
export function toSheetValue(
  column: ColumnDefinition,
  value: TypedValue,
  language: Language,
): string | number | boolean {
  if (value === null) return '';
  if (column.type === 'yesno' && typeof value === 'boolean') return YES_NO_OPTIONS[value ? 0 : 1]!.label[language];
  if (column.type === 'list' && typeof value === 'string') {
    const option = column.options?.find((candidate) => candidate.id === value);
    return option ? option.label[language] : value;
  }
  return value;
}

export interface RowsBlockOptions {
  /** First data row to write, 0-based (default the table's first data row). */
  readonly row?: number;
  /**
   * Dates are always written as serial numbers, which every host stores as a date whatever its
   * locale (the columns carry a date format); ISO text would be written as literal text. Kept so
   * callers that ask for "serial" explicitly still compile.
   */
  readonly dates?: 'serial';
}

/** A block writing typed rows into a table sheet from its first data row. */
export function rowsBlock(
  table: TableDefinition,
  rows: readonly { readonly values: Readonly<Record<string, TypedValue>> }[],
  language: Language,
  options: RowsBlockOptions = {},
): PlanBlock {
  return {
    row: options.row ?? TABLE_LAYOUT.firstDataRow,
    column: 0,
    values: rows.map((row) =>
      table.columns.map((column) => {
        const value = row.values[column.id] ?? null;
        if (column.type === 'date' && typeof value === 'string') {
          const serial = isoDateSerial(value);
          if (serial !== null) return serial;
        }
        return toSheetValue(column, value, language);
      }),
    ),
  };
}

/** A sheet date serial (days since 1899-12-30) for ISO yyyy-mm-dd text, or null. */
export { isoDateSerial };

// --- sheet plans ----------------------------------------------------------------------------

/** Validations the current plan rules cannot express yet (decimal numbers and dates). */
export type InputValidationRule =
  | {
      readonly type: 'decimal';
      readonly min?: number;
      readonly max?: number;
      readonly minExclusive?: boolean;
      readonly message: string;
    }
  | { readonly type: 'date'; readonly message: string };

export interface InputValidation {
  readonly range: RangeRect;
  readonly rule: InputValidationRule;
}

/** A sheet plan plus the validations a host applies once it supports decimal and date rules. */
export interface InputSheetPlan extends SheetPlan {
  readonly table: TableId;
  readonly extraValidations: readonly InputValidation[];
}

const DEFAULT_WIDTH: Readonly<Record<ColumnType, number>> = { text: 150, number: 110, date: 110, yesno: 90, list: 150 };

function validationMessage(column: ColumnDefinition, language: Language): string {
  const nb = language === 'nb';
  switch (column.type) {
    case 'list':
    case 'yesno':
      return `${nb ? 'Velg' : 'Choose'}: ${column.options!.map((option) => option.label[language]).join(' / ')}`;
    case 'date':
      return nb ? 'Skriv en dato, f.eks. 2025-03-31 eller 31.03.2025.' : 'Enter a date, e.g. 2025-03-31.';
    case 'number': {
      const rule = column.number ?? {};
      if (rule.percent) return nb ? 'Skriv en prosent fra 0 til 100 %.' : 'Enter a percent from 0 to 100 %.';
      const shown = (value: number) => (nb ? String(value).replace('.', ',') : String(value));
      const low = shown(rule.min ?? 0);
      const range =
        rule.max === undefined
          ? `≥ ${low}`
          : `${rule.minExclusive ? `over ${low} ${nb ? 'og høyst' : 'and at most'}` : `${low} –`} ${shown(rule.max)}`;
      return nb
        ? `Skriv ${rule.integer ? 'et helt tall' : 'et tall'} ${range}.`
        : `Enter ${rule.integer ? 'a whole number' : 'a number'} ${range}.`;
    }
    default:
      return '';
  }
}

/**
 * The sheet of an input table: header row, a short help row, data rows with list, number and
 * date validations, widths, frozen header and help rows. The chart-review sheet also gets the
 * manual's category counter to the right of the table.
 */
export interface TableSheetOptions {
  /** Data rows the validations and formats cover (and the chart-review counter counts). */
  readonly capacity?: TableCapacity;
}

export function tableSheetPlan(
  table: TableDefinition,
  language: Language,
  options: TableSheetOptions = {},
): InputSheetPlan {
  const width = table.columns.length;
  const first = TABLE_LAYOUT.firstDataRow;
  const last = lastDataRow(table, options.capacity);
  const dataRows = last - first + 1;
  const headers: PlanValue[] = table.columns.map((column) => column.header[language]);
  const help: PlanValue[] = table.columns.map((column) => column.help[language]);
  const blocks: PlanBlock[] = [{ row: TABLE_LAYOUT.headerRow, column: 0, values: [headers, help] }];
  if (table.singleRow) {
    const defaults = table.columns.map((column) => column.defaultValue ?? null);
    if (defaults.some((value) => value !== null)) blocks.push({ row: first, column: 0, values: [defaults] });
  }

  const rect = (column: number, columns = 1): RangeRect => ({ row: first, column, rows: dataRows, columns });
  const formats: PlanFormat[] = [
    {
      range: { row: TABLE_LAYOUT.headerRow, column: 0, rows: 1, columns: width },
      bold: true,
      fill: '#DEECF9',
      wrap: true,
    },
    {
      range: { row: TABLE_LAYOUT.helpRow, column: 0, rows: 1, columns: width },
      italic: true,
      fontColor: '#605E5C',
      fontSize: 9,
      wrap: true,
    },
  ];
  const validations: PlanValidation[] = [];
  const extraValidations: InputValidation[] = [];
  table.columns.forEach((column, index) => {
    const message = validationMessage(column, language);
    switch (column.type) {
      case 'list':
      case 'yesno':
        validations.push({
          range: rect(index),
          rule: { type: 'list', values: column.options!.map((option) => option.label[language]), message },
        });
        break;
      case 'date':
        formats.push({ range: rect(index), numberFormat: 'yyyy-mm-dd', horizontalAlignment: 'left' });
        extraValidations.push({ range: rect(index), rule: { type: 'date', message } });
        break;
      case 'number': {
        const rule = column.number ?? {};
        if (rule.percent) formats.push({ range: rect(index), numberFormat: '0%' });
        if (rule.integer && !rule.minExclusive) {
          validations.push({
            range: rect(index),
            rule: { type: 'wholeNumber', min: rule.min ?? 0, max: rule.max ?? 1_000_000, message },
          });
        } else {
          extraValidations.push({
            range: rect(index),
            rule: {
              type: 'decimal',
              ...(rule.min !== undefined ? { min: rule.min } : {}),
              ...(rule.max !== undefined ? { max: rule.max } : {}),
              ...(rule.minExclusive ? { minExclusive: true } : {}),
              message,
            },
          });
        }
        break;
      }
      case 'text':
        break;
    }
  });

  const columnWidths = table.columns.map((column) => column.width ?? DEFAULT_WIDTH[column.type]);
  if (table.id === 'chartReview') {
    const counter = chartReviewCounterBlock(table, language, width + 1, last);
    blocks.push(counter.block);
    formats.push(...counter.formats);
    columnWidths.push(30, 260, 80, 80, 160);
  }
  return {
    sheet: table.sheet[language],
    table: table.id,
    blocks,
    formats,
    validations,
    extraValidations,
    columnWidths,
    frozenRows: TABLE_LAYOUT.firstDataRow,
  };
}

const COUNTER_TEXT = {
  title: t('Utvalg av journaler', 'Records sampled'),
  category: t('Kategori', 'Category'),
  count: t('Antall', 'Count'),
  minimum: t('Minst', 'Minimum'),
  status: t('Status', 'Status'),
  records: t('Journaler i alt (10–15)', 'Records in all (10–15)'),
  ok: t('OK', 'OK'),
  missing: t('Mangler', 'Missing'),
} as const;

function chartReviewCounterBlock(
  table: TableDefinition,
  language: Language,
  column: number,
  last: number,
): { block: PlanBlock; formats: PlanFormat[] } {
  const first = TABLE_LAYOUT.firstDataRow;
  const yes = YES_NO_OPTIONS[0]!.label[language];
  const rangeOf = (columnId: string) => {
    const index = columnIndex(table, columnId);
    return `${absolute(first, index)}:${absolute(last, index)}`;
  };
  const q = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const rows: PlanValue[][] = [
    [COUNTER_TEXT.title[language], '', '', ''],
    [
      COUNTER_TEXT.category[language],
      COUNTER_TEXT.count[language],
      COUNTER_TEXT.minimum[language],
      COUNTER_TEXT.status[language],
    ],
  ];
  const statusFormula = (countCell: string, minimumCell: string) =>
    formula(
      `=IF(${countCell}>=${minimumCell},${q(COUNTER_TEXT.ok[language])},${q(COUNTER_TEXT.missing[language] + ' ')}&(${minimumCell}-${countCell}))`,
    );
  for (const category of CHART_REVIEW_CATEGORIES) {
    const r = rows.length;
    const countCell = cellAddress(r, column + 1);
    const minimumCell = cellAddress(r, column + 2);
    rows.push([
      category.label[language],
      formula(`=COUNTIF(${rangeOf(category.column)},${q(yes)})`),
      category.minimum,
      statusFormula(countCell, minimumCell),
    ]);
  }
  const r = rows.length;
  const countCell = cellAddress(r, column + 1);
  const minimumCell = cellAddress(r, column + 2);
  rows.push([
    COUNTER_TEXT.records[language],
    formula(`=COUNTA(${rangeOf('record')})`),
    CHART_REVIEW_RECORDS.minimum,
    statusFormula(countCell, minimumCell),
  ]);
  return {
    block: { row: 0, column, values: rows },
    formats: [
      { range: { row: 0, column, rows: 1, columns: 4 }, bold: true },
      { range: { row: 1, column, rows: 1, columns: 4 }, bold: true, fill: '#F3F2F1' },
    ],
  };
}

/** Plans for every input table, in sheet order. */
export function inputSheetPlans(language: Language, options: TableSheetOptions = {}): InputSheetPlan[] {
  return INPUT_TABLES.map((table) => tableSheetPlan(table, language, options));
}
