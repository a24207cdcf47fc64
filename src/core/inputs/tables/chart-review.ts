/**
 * The input table CHART_REVIEW_TABLE as data: its sheet, columns (with help, synonyms and validation)
 * and key columns.
 */
import type { TableDefinition, TypedValue } from './types';
import { text, num, date, yesno, SPECIALIST, PARTICIPANT } from './columns';
import { type Text, text as t } from '../../text';

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
