/**
 * The input table EMPLOYER_CONTACTS_TABLE as data: its sheet, columns (with help, synonyms and
 * validation) and key columns.
 */
import type { TableDefinition } from './types';
import { HIRING_AUTHORITY_OPTIONS, CONTACT_MODE_OPTIONS, CONTACT_PURPOSE_OPTIONS, VISIT_OPTIONS } from './options';
import { text, date, yesno, choice, SPECIALIST, PARTICIPANT } from './columns';
import { text as t } from '../../text';

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
