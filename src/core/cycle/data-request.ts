/**
 * What the evaluators ask the service for before the visit, as data: the list to request from the
 * site [000:1036–1125], the documentation the manual calls required and merely useful
 * [000:1778–1891], and the sample letter to the supervisor [000:9487–9530]. Each document names
 * the items it is evidence for and the manual lines that ask for it.
 */
import type { Text } from '../text';

/**
 * - required: «nødvendig dokumentasjon» [000:1778–1855]: without it the item cannot get its top
 *   score (or is capped, as `withoutIt` says);
 * - requested: on the list to request from the site [000:1036–1125] or in the letter [000:9487–9530];
 * - useful: «nyttig, men ikke påkrevd» [000:1857–1891]: scores do not depend on it.
 */
export type DataRequestNeed = 'required' | 'requested' | 'useful';

export const DATA_REQUEST_NEEDS: Readonly<Record<DataRequestNeed, Text>> = {
  required: { nb: 'Påkrevd', en: 'Required' },
  requested: { nb: 'Be om', en: 'Request' },
  useful: { nb: 'Nyttig, ikke påkrevd', en: 'Useful, not required' },
};

export interface DataRequestDocument {
  /** Stable id, kept in saved checklists. */
  readonly id: string;
  readonly document: Text;
  /** The items it is evidence for, in score-sheet order (empty: background for the whole review). */
  readonly itemIds: readonly string[];
  readonly need: DataRequestNeed;
  /** What the manual says happens to the item without it. */
  readonly withoutIt?: Text;
  /** Lines of the manual (file 000) that ask for it. */
  readonly lines: readonly (readonly [number, number])[];
}

/** In the order a request letter lists them: the site list first, then the documentation lists. */
export const DATA_REQUEST: readonly DataRequestDocument[] = [
  {
    id: 'staff_roster',
    document: {
      nb: 'Oversikt over jobbspesialistteamet: heltid eller deltid, når hver begynte i nåværende rolle, og porteføljestørrelse',
      en: 'The employment specialist team: full- or part-time, when each started in the current role, and caseload size',
    },
    itemIds: ['staffing.caseload_size', 'staffing.vocational_only'],
    need: 'requested',
    lines: [[1042, 1046]],
  },
  {
    id: 'caseload_lists',
    document: {
      nb: 'Porteføljeoversikter for alle jobbspesialister, med behandlingsteam eller behandlingssted for hver deltaker',
      en: 'Caseload lists for every employment specialist, with the treatment team or agency of each participant',
    },
    itemIds: ['staffing.caseload_size', 'org.team_integration'],
    need: 'requested',
    lines: [
      [1046, 1050],
      [9528, 9530],
    ],
  },
  {
    id: 'job_list',
    document: {
      nb: 'Liste over jobber: stillingsbetegnelse, jobbstart, eventuell sluttdato, jobbtype og bedrift (færre enn 10 i jobb, eller 5 med én jobbspesialist: jobbstartene siste 6 måneder)',
      en: 'List of jobs: title, start date, any end date, job type and employer (fewer than 10 employed, or 5 with one specialist: the job starts of the last 6 months)',
    },
    itemIds: ['services.job_diversity', 'services.employer_diversity', 'services.competitive_jobs'],
    need: 'required',
    withoutIt: {
      nb: 'Under 10 jobber (5 med én jobbspesialist) gir skår 1 på Stor bredde i typer jobber og arbeidsgivere.',
      en: 'Fewer than 10 jobs (5 with one specialist) scores 1 on job and employer diversity.',
    },
    lines: [
      [1052, 1066],
      [1826, 1833],
      [9500, 9506],
    ],
  },
  {
    id: 'education_list',
    document: {
      nb: 'Utdanningssteder deltakerne har gått på siste 6 måneder, med start- og sluttdato og fagområde',
      en: 'Schools and training places participants attended in the last 6 months, with start and end dates and field',
    },
    itemIds: [],
    need: 'requested',
    lines: [[1068, 1072]],
  },
  {
    id: 'situational_assessments',
    document: {
      nb: 'Antall deltakere i praksisbasert vurdering/avklaring siste 6 måneder (ikke i samsvar med IPS)',
      en: 'Number of participants in situational assessments in the last 6 months (not consistent with IPS)',
    },
    itemIds: ['services.career_assessment'],
    need: 'requested',
    lines: [[1074, 1086]],
  },
  {
    id: 'vocational_evaluations',
    document: {
      nb: 'Antall deltakere i kartlegging av arbeidsevne siste 6 måneder (ikke i samsvar med IPS)',
      en: 'Number of participants in vocational evaluations (work-capacity testing) in the last 6 months (not consistent with IPS)',
    },
    itemIds: ['services.career_assessment'],
    need: 'requested',
    lines: [[1088, 1096]],
  },
  {
    id: 'vacancies',
    document: {
      nb: 'Ubesatte stillinger for jobbspesialister og metodeveileder siste 6 måneder',
      en: 'Employment specialist and supervisor vacancies in the last 6 months',
    },
    itemIds: [],
    need: 'requested',
    lines: [
      [1098, 1098],
      [9508, 9510],
    ],
  },
  {
    id: 'service_locations',
    document: {
      nb: 'Dokumentasjon på hvor jobbspesialistene gir tjenester (på kontoret, ute i lokalsamfunnet)',
      en: 'Documentation of where the specialists provide services (in the office, in the community)',
    },
    itemIds: ['services.community_based'],
    need: 'requested',
    lines: [[1100, 1102]],
  },
  {
    id: 'agency_brochure',
    document: { nb: 'Organisasjonens informasjonsbrosjyre', en: "The agency's information brochure" },
    itemIds: ['org.competitive_focus'],
    need: 'requested',
    lines: [[1104, 1104]],
  },
  {
    id: 'vocational_brochures',
    document: {
      nb: 'Brosjyrer eller beskrivelser av alle arbeidsrettede tjenester organisasjonen tilbyr',
      en: 'Brochures or descriptions of every vocational service the agency offers',
    },
    itemIds: ['org.competitive_focus'],
    need: 'requested',
    lines: [
      [1106, 1106],
      [9512, 9512],
    ],
  },
  {
    id: 'action_plan',
    document: {
      nb: 'IPS-handlingsplan eller plan for implementering av IPS',
      en: 'The IPS action plan or implementation plan',
    },
    itemIds: ['org.executive_support'],
    need: 'requested',
    lines: [
      [1107, 1107],
      [9516, 9516],
    ],
  },
  {
    id: 'employer_contact_logs',
    document: {
      nb: 'Logger for arbeidsgiverkontakt for hver jobbspesialist, de to siste månedene før besøket',
      en: 'Employer contact logs of every specialist for the two months before the visit',
    },
    itemIds: ['services.employer_contacts'],
    need: 'required',
    lines: [
      [1109, 1111],
      [1843, 1845],
      [9514, 9514],
    ],
  },
  {
    id: 'field_mentoring_logs',
    document: {
      nb: 'Feltveiledningslogger (metodeveileder sammen med jobbspesialist hos arbeidsgivere), to måneder',
      en: 'Field mentoring logs (supervisor with specialists at employers), two months',
    },
    itemIds: ['org.supervisor_role'],
    need: 'useful',
    lines: [
      [1113, 1115],
      [1863, 1865],
      [9518, 9520],
    ],
  },
  {
    id: 'records',
    document: {
      nb: 'Tilgang til minst 10 deltakerjournaler, valgt tilfeldig (se journalutvalget)',
      en: 'Access to at least 10 participant records, chosen at random (see the record sample)',
    },
    itemIds: [
      'services.rapid_job_search',
      'services.individualized_support',
      'services.time_unlimited_support',
      'services.engagement_outreach',
    ],
    need: 'required',
    lines: [[1117, 1125]],
  },
  {
    id: 'qa_reports',
    document: {
      nb: 'Kvalitetssikringsrapporter eller møtereferater med gjennomgang etter IPS-kvalitetsskalaen (den nyeste)',
      en: 'Quality assurance reports or minutes reviewing the service against the IPS fidelity scale (the latest)',
    },
    itemIds: ['org.executive_support'],
    need: 'required',
    withoutIt: {
      nb: 'Uten rapporter eller referater kan Støtte til Supported Employment fra ledergruppen ikke få skår 5.',
      en: 'Without reports or minutes, executive team support cannot score 5.',
    },
    lines: [
      [1778, 1798],
      [9522, 9524],
    ],
  },
  {
    id: 'quarterly_employment_data',
    document: {
      nb: 'Kvartalsvise data om andelen i ordinært arbeid blant voksne med alvorlige psykiske lidelser organisasjonen gir tjenester til',
      en: 'Quarterly data on the share in competitive work of all adults with serious mental illness the agency serves',
    },
    itemIds: ['org.competitive_focus'],
    need: 'required',
    lines: [[1800, 1804]],
  },
  {
    id: 'intake_forms',
    document: {
      nb: 'Inntaksskjemaer med spørsmål om interesse for arbeid',
      en: 'Intake forms asking about interest in work',
    },
    itemIds: ['org.competitive_focus'],
    need: 'required',
    lines: [[1806, 1808]],
  },
  {
    id: 'annual_plans',
    document: {
      nb: 'Årlige behandlingsplaner eller andre årlige oppfølgingsskjemaer med spørsmål om interesse for arbeid',
      en: 'Annual treatment plans or other annual follow-up forms asking about interest in work',
    },
    itemIds: ['org.competitive_focus'],
    need: 'required',
    lines: [[1810, 1814]],
  },
  {
    id: 'days_to_first_contact',
    document: {
      nb: 'Antall dager fra første avtale med jobbspesialist til første fysiske kontakt med en arbeidsgiver, per deltaker',
      en: 'Days from the first meeting with a specialist to the first face-to-face employer contact, per participant',
    },
    itemIds: ['services.rapid_job_search'],
    need: 'required',
    withoutIt: {
      nb: 'Registrerer ikke metodeveilederen dette, gis ikke høyere skår enn 4 på Rask oppstart av jobbsøk.',
      en: 'If the supervisor does not record this, rapid job search scores at most 4.',
    },
    lines: [[1818, 1824]],
  },
  {
    id: 'career_profiles',
    document: {
      nb: 'Komplette karriereprofiler med informasjon fra flere kilder, oppdatert med ny arbeidserfaring og utdanning',
      en: 'Complete career profiles with information from several sources, updated with new work experience and education',
    },
    itemIds: ['services.career_assessment'],
    need: 'required',
    lines: [[1835, 1841]],
  },
  {
    id: 'job_development_plans',
    document: { nb: 'Jobbutviklingsplaner i deltakerjournaler', en: 'Job development plans in participant records' },
    itemIds: ['services.individualized_job_search'],
    need: 'required',
    lines: [[1847, 1847]],
  },
  {
    id: 'job_support_plans',
    document: { nb: 'Jobbstøtteplaner i deltakerjournaler', en: 'Job support plans in participant records' },
    itemIds: ['services.individualized_support'],
    need: 'required',
    lines: [[1849, 1849]],
  },
  {
    id: 'outreach_documentation',
    document: {
      nb: 'Dokumentasjon i journalene av forsøk på å oppsøke personer som ikke lenger deltar',
      en: 'Documentation in records of attempts to reach people who no longer take part',
    },
    itemIds: ['services.engagement_outreach'],
    need: 'required',
    lines: [[1851, 1855]],
  },
  {
    id: 'nav_minutes',
    document: {
      nb: 'Møtereferater fra møter mellom NAV og jobbspesialistteamet',
      en: 'Minutes of meetings between NAV and the specialist team',
    },
    itemIds: ['org.nav_collaboration'],
    need: 'useful',
    lines: [[1859, 1861]],
  },
  {
    id: 'steering_group_minutes',
    document: { nb: 'Møtereferater fra IPS-styringsgruppen', en: 'Minutes of the IPS steering group' },
    itemIds: ['org.executive_support'],
    need: 'useful',
    lines: [
      [1867, 1869],
      [9526, 9526],
    ],
  },
  {
    id: 'clinician_communication_notes',
    document: {
      nb: 'Journalnotater som viser kommunikasjon mellom behandlere og jobbspesialister',
      en: 'Record notes showing communication between clinicians and specialists',
    },
    itemIds: ['org.team_contact'],
    need: 'useful',
    lines: [[1871, 1877]],
  },
  {
    id: 'benefits_reports',
    document: {
      nb: 'Stønadsveiledningsrapporter i deltakerjournaler',
      en: 'Benefits counselling reports in participant records',
    },
    itemIds: ['services.benefits_planning'],
    need: 'useful',
    lines: [[1879, 1881]],
  },
  {
    id: 'disclosure_documentation',
    document: {
      nb: 'Dokumentasjon av samtaler om åpenhet overfor arbeidsgivere (journalnotater, skjema om åpenhet)',
      en: 'Documentation of conversations about disclosure to employers (record notes, disclosure forms)',
    },
    itemIds: ['services.disclosure'],
    need: 'useful',
    lines: [[1883, 1887]],
  },
  {
    id: 'community_time_data',
    document: {
      nb: 'Data om hvor mye tid jobbspesialistene bruker i lokalsamfunnet',
      en: 'Data on how much time the specialists spend in the community',
    },
    itemIds: ['services.community_based'],
    need: 'useful',
    lines: [[1889, 1891]],
  },
];

/** The document with this id; undefined when unknown. */
export function dataRequestDocument(
  id: string,
  documents: readonly DataRequestDocument[] = DATA_REQUEST,
): DataRequestDocument | undefined {
  return documents.find((document) => document.id === id);
}

/** The documents that are evidence for an item, in list order. */
export function documentsForItem(
  itemId: string,
  documents: readonly DataRequestDocument[] = DATA_REQUEST,
): DataRequestDocument[] {
  return documents.filter((document) => document.itemIds.includes(itemId));
}
