/** The input table STAFF_TABLE as data: its sheet, columns (with help, synonyms and validation) and key columns. */
import type { TableDefinition } from './types';
import { ROLE_OPTIONS } from './options';
import { num, date, choice, SPECIALIST } from './columns';
import { text as t } from '../../text';

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
