/**
 * Every item's spreadsheet function(s), in the order of the function table (Excel's functions.json,
 * the docs and the Apps Script globals follow it): Bemanning 1–3 and Organisasjon 1 and 3, the
 * generic COMPONENTS and JUDGEMENT functions, then the Tjenester items in scale order.
 */
import type { FunctionSpec } from '../functions/types';
import { COMPONENTS, JUDGEMENT } from './generic/components-judgement';
import { NAV_COLLABORATION } from './organization/nav-collaboration';
import { TEAM_INTEGRATION } from './organization/team-integration';
import { CAREER_ASSESSMENT } from './services/career-assessment';
import { COMMUNITY_TIME } from './services/community-based';
import { COMPETITIVE_JOBS } from './services/competitive-jobs';
import { EMPLOYER_CONTACT_QUALITY } from './services/employer-contact-quality';
import { EMPLOYER_CONTACTS } from './services/employer-contacts';
import { EMPLOYER_DIVERSITY } from './services/employer-diversity';
import { INDIVIDUALIZED_SEARCH } from './services/individualized-job-search';
import { JOB_DIVERSITY } from './services/job-diversity';
import { DAYS_TO_EMPLOYER_CONTACT } from './services/rapid-job-search';
import { ALL_PHASES } from './staffing/all-phases';
import { CASELOAD } from './staffing/caseload-size';
import { VOCATIONAL_TIME } from './staffing/vocational-only';

/** Bemanning 1–3 and Organisasjon 1 and 3, and the generic COMPONENTS and JUDGEMENT functions. */
export const STAFFING_ORGANIZATION_FUNCTIONS: readonly FunctionSpec[] = [
  CASELOAD,
  VOCATIONAL_TIME,
  ALL_PHASES,
  TEAM_INTEGRATION,
  NAV_COLLABORATION,
  COMPONENTS,
  JUDGEMENT,
];

/** The services item functions, in scale order. */
export const SERVICES_FUNCTIONS: readonly FunctionSpec[] = [
  CAREER_ASSESSMENT,
  DAYS_TO_EMPLOYER_CONTACT,
  INDIVIDUALIZED_SEARCH,
  EMPLOYER_CONTACTS,
  EMPLOYER_CONTACT_QUALITY,
  JOB_DIVERSITY,
  EMPLOYER_DIVERSITY,
  COMPETITIVE_JOBS,
  COMMUNITY_TIME,
];

/** Every item function, in table order. */
export const ITEM_FUNCTIONS: readonly FunctionSpec[] = [...STAFFING_ORGANIZATION_FUNCTIONS, ...SERVICES_FUNCTIONS];
