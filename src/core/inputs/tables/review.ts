/** The input table REVIEW_TABLE as data: its sheet, columns (with help, synonyms and validation) and key columns. */
import type { TableDefinition } from './types';
import { LOG_REVIEW_OPTIONS } from './options';
import { num, date, yesno, choice } from './columns';
import { text as t } from '../../text';

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
