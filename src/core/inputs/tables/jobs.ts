/** The input table JOBS_TABLE as data: its sheet, columns (with help, synonyms and validation) and key columns. */
import type { TableDefinition } from './types';
import { text, date, yesno, SPECIALIST, PARTICIPANT } from './columns';
import { text as t } from '../../text';

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
