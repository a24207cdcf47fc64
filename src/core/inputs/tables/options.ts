/**
 * Allowed values of the list columns (yes/no, roles, statuses, contact modes…), each with labels in
 * both languages and synonyms for import.
 */
import type { ListOption } from './types';
import { text as t } from '../../text';

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
