/** The item calculators and their helpers the rest of the add-in (and its tests) may use. */
export * from './shared/judgement';
export { checkInput } from './shared/rules';
export * from './staffing/caseload-size';
export * from './staffing/vocational-only';
export * from './staffing/all-phases';
export * from './organization/team-integration';
export * from './organization/nav-collaboration';
export * from './services/career-assessment';
export * from './services/rapid-job-search';
export * from './services/individualized-job-search';
export * from './services/employer-contacts';
export * from './services/employer-contact-quality';
export * from './services/job-diversity';
export * from './services/employer-diversity';
export * from './services/competitive-jobs';
export * from './services/community-based';
export { diversityBand } from './services/diversity';
export { specialistsToObserve } from './services/employer-contact-quality';
