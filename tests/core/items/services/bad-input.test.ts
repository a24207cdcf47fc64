/**
 * Bad input to the services functions: typed errors naming the argument and the row. The readers are shared by
 * all services items (src/core/items/services/readers.ts), so one test checks them across items.
 */
import { describe, it } from 'vitest';
import {
  careerAssessment,
  communityTime,
  daysToEmployerContact,
  employerContacts,
  jobDiversity,
} from '../../../../src/core/items/calculators';
import { call, col, expectIpsError, DAY0 } from '../helpers/services';

// ---------------------------------------------------------------------------------------------
// Bad input
// ---------------------------------------------------------------------------------------------

describe('bad input: typed errors naming the argument and row', () => {
  it('text in numeric cells → invalidValue', () => {
    expectIpsError(
      () => call('EMPLOYER_CONTACTS', [col([42, '24']), 8]),
      'invalidValue',
      "'contacts' row 2",
      'text "24"',
    );
    expectIpsError(() => call('COMMUNITY_TIME', [col([0.5, '55 %'])]), 'invalidValue', "'percent_in_community' row 2");
    expectIpsError(() => call('EMPLOYER_CONTACTS', [col([42]), col(['åtte'])]), 'invalidValue', "'weeks' row 1");
    expectIpsError(() => call('CAREER_ASSESSMENT', [col(['fire'])]), 'invalidValue', "'ratings' row 1");
    expectIpsError(() => call('JOB_DIVERSITY', [col(['Kokk']), 'two']), 'invalidValue', "'specialists'");
  });

  it('negative or fractional counts → invalidNumber', () => {
    expectIpsError(() => call('EMPLOYER_CONTACTS', [col([42, -1]), 8]), 'invalidNumber', "'contacts' row 2");
    expectIpsError(() => call('EMPLOYER_CONTACTS', [col([4.5]), 8]), 'invalidNumber', "'contacts' row 1");
    expectIpsError(
      () => call('EMPLOYER_CONTACTS', [col([42]), 8, null, col([-2])]),
      'invalidNumber',
      "'job_seekers' row 1",
    );
    expectIpsError(
      () => call('EMPLOYER_CONTACTS', [col([42]), 8, null, null, col([9])]),
      'invalidNumber',
      "'absent_weeks' row 1",
    );
    expectIpsError(() => call('EMPLOYER_CONTACTS', [col([0]), -8]), 'invalidNumber', "'weeks'");
    expectIpsError(() => call('JOB_DIVERSITY', [col(['Kokk']), 0]), 'invalidNumber', "'specialists'");
    expectIpsError(() => call('JOB_DIVERSITY', [col(['Kokk']), 1.5]), 'invalidNumber', "'specialists'");
    expectIpsError(() => call('CAREER_ASSESSMENT', [col([6])]), 'invalidNumber', "'ratings' row 1");
    expectIpsError(
      () => call('COMMUNITY_TIME', [col([56, 101])]),
      'invalidNumber',
      "'percent_in_community' row 2",
      'percent from 0 to 100',
    );
    expectIpsError(() => call('COMMUNITY_TIME', [col([-0.1])]), 'invalidNumber', "'percent_in_community' row 1");
  });

  it('weeks 0 → divisionByZero naming weeks', () => {
    expectIpsError(() => call('EMPLOYER_CONTACTS', [col([42]), 0]), 'divisionByZero', "'weeks'");
    expectIpsError(() => call('EMPLOYER_CONTACTS', [col([42, 30]), col([8, 0])]), 'divisionByZero', "'weeks' row 2");
    expectIpsError(() => employerContacts({ specialists: [{ contacts: 1, weeks: 0 }] }), 'divisionByZero', 'weeks');
  });

  it('mismatched sizes → invalidValue naming both arguments', () => {
    expectIpsError(
      () => call('EMPLOYER_CONTACTS', [col([42, 24]), col([8, 8, 8])]),
      'invalidValue',
      "'weeks'",
      "'contacts'",
    );
    expectIpsError(
      () => call('EMPLOYER_DIVERSITY', [col(['A', 'B']), col(['x'])]),
      'invalidValue',
      "'worksites'",
      "'employers'",
    );
    expectIpsError(
      () => call('DAYS_TO_EMPLOYER_CONTACT', [col(['A']), col([DAY0, DAY0]), col([DAY0, DAY0])]),
      'invalidValue',
      "'intake_date'",
    );
    expectIpsError(
      () =>
        call('JOB_DIVERSITY', [
          [
            ['A', 'B'],
            ['C', 'D'],
          ],
        ]),
      'invalidValue',
      "'job_types'",
      'single column or row',
    );
  });

  it('empty ranges → notAvailable naming the argument', () => {
    expectIpsError(() => call('JOB_DIVERSITY', [[]]), 'notAvailable', 'job_types');
    expectIpsError(() => call('JOB_DIVERSITY', [col([null, '', '  '])]), 'notAvailable', 'job_types');
    expectIpsError(() => call('EMPLOYER_DIVERSITY', [col([null])]), 'notAvailable', 'employers');
    expectIpsError(() => call('COMPETITIVE_JOBS', [[]]), 'notAvailable', 'competitive');
    expectIpsError(() => call('EMPLOYER_CONTACTS', [[], 8]), 'notAvailable', 'contacts');
    expectIpsError(() => call('COMMUNITY_TIME', [col([''])]), 'notAvailable', 'percent_in_community');
    expectIpsError(() => call('INDIVIDUALIZED_SEARCH', [[]]), 'notAvailable', 'matches_preferences');
    expectIpsError(() => call('DAYS_TO_EMPLOYER_CONTACT', [[], [], []]), 'notAvailable', 'specialist');
    expectIpsError(() => call('CAREER_ASSESSMENT', [[]]), 'notAvailable', 'ratings');
    expectIpsError(
      () => call('EMPLOYER_CONTACTS', [col([1]), 8, null, null, null, col([0.2])]),
      'notAvailable',
      'contacts',
    );
  });

  it('bad dates and impossible day counts', () => {
    expectIpsError(
      () => call('DAYS_TO_EMPLOYER_CONTACT', [col(['A']), col(['1. mars']), col([DAY0])]),
      'invalidValue',
      "'intake_date' row 1",
    );
    expectIpsError(
      () => call('DAYS_TO_EMPLOYER_CONTACT', [col(['A']), col([DAY0 + 5]), col([DAY0])]),
      'invalidNumber',
      "'first_contact_date' row 1",
      'before',
    );
    expectIpsError(
      () => call('DAYS_TO_EMPLOYER_CONTACT', [col(['A']), col([DAY0]), col([''])]),
      'invalidValue',
      "'first_contact_date' row 1",
      'review_date',
    );
    expectIpsError(
      () => call('DAYS_TO_EMPLOYER_CONTACT', [col(['']), col([DAY0]), col([DAY0])]),
      'invalidValue',
      "'specialist' row 1",
    );
    expectIpsError(
      () => call('DAYS_TO_EMPLOYER_CONTACT', [col(['A']), col([DAY0]), col([DAY0]), 'kanskje']),
      'invalidValue',
      "'supervisor_records'",
    );
  });

  it('unknown codes and yes/no values → invalidValue listing what is accepted', () => {
    expectIpsError(
      () => call('EMPLOYER_CONTACTS', [col([42]), 8, 'sometimes']),
      'invalidValue',
      "'log_review'",
      'weekly',
    );
    expectIpsError(
      () => call('COMPETITIVE_JOBS', [col(['maybe'])]),
      'invalidValue',
      "'competitive' row 1",
      'frivillig',
    );
    expectIpsError(
      () => call('INDIVIDUALIZED_SEARCH', [col(['ja', 'kanskje'])]),
      'invalidValue',
      "'matches_preferences' row 2",
    );
    expectIpsError(
      () => call('INDIVIDUALIZED_SEARCH', [col(['ja', '']), col(['', 'nei'])]),
      'invalidValue',
      "'matches_preferences' row 2",
      'blank',
    );
    expectIpsError(() => call('JOB_DIVERSITY', [col(['Kokk', true])]), 'invalidValue', "'job_types' row 2");
    expectIpsError(
      () => call('JOB_DIVERSITY', [col(['Kokk']), null, col(['kanskje'])]),
      'invalidValue',
      "'before_ips' row 1",
    );
  });

  it('the core functions check their input too', () => {
    expectIpsError(() => communityTime({ communityShares: [Number.NaN] }), 'invalidNumber');
    expectIpsError(() => employerContacts({ specialists: [{ contacts: -1, weeks: 8 }] }), 'invalidNumber', 'contacts');
    expectIpsError(() => jobDiversity({ jobs: [{ type: 'A' }], specialists: 0 }), 'invalidNumber', 'specialists');
    expectIpsError(() => careerAssessment({ ratings: [0] }), 'invalidNumber', 'ratings');
    expectIpsError(
      () => daysToEmployerContact({ participants: [{ specialist: 'A', intakeDate: 10, firstContactDate: 5 }] }),
      'invalidNumber',
    );
  });
});
