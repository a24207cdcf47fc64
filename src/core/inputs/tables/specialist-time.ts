/**
 * The input table SPECIALIST_TIME_TABLE as data: its sheet, columns (with help, synonyms and
 * validation) and key columns.
 */
import type { TableDefinition } from './types';
import { num, yesno, SPECIALIST } from './columns';
import { type Text, text as t } from '../../text';

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
