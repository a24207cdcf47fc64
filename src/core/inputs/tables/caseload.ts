/** The input table CASELOAD_TABLE as data: its sheet, columns (with help, synonyms and validation) and key columns. */
import type { TableDefinition } from './types';
import { CASELOAD_STATUS_OPTIONS } from './options';
import { text, date, yesno, choice, SPECIALIST, PARTICIPANT } from './columns';
import { text as t } from '../../text';

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
