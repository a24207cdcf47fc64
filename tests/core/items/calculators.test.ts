/**
 * The core calculators (src/core/items/calculators.ts) check the typed input they depend on.
 */
import { describe, expect, it } from 'vitest';
import {
  careerAssessment,
  communityTime,
  daysToEmployerContact,
  employerContactQuality,
  employerContacts,
  employerDiversity,
  individualizedJobSearch,
  jobDiversity,
  type LogReview,
} from '../../../src/core/items/calculators';
import { expectIpsError, participantsFromDays } from './helpers/services';

// ---------------------------------------------------------------------------------------------
// Metadata
// ---------------------------------------------------------------------------------------------

describe('the calculators check the typed input they depend on (no schema library)', () => {
  it('score well-formed typed inputs and reject malformed ones with typed errors', () => {
    expect(jobDiversity({ jobs: [{ type: 'Kokk' }], specialists: 2 }).score).toBe(1);
    expect(employerDiversity({ jobs: [{ employer: 'XYZ', worksite: null }] }).score).toBe(1);
    expect(employerContacts({ specialists: [{ contacts: 42, weeks: 8 }], logReview: 'weekly' }).metric).toBe(5);
    expectIpsError(() => employerContacts({ specialists: [{ contacts: 4.5, weeks: 8 }] }), 'invalidNumber', '4.5');
    expectIpsError(() => employerContacts({ specialists: [{ contacts: 4, weeks: 0 }] }), 'divisionByZero');
    expectIpsError(() => employerContacts({ specialists: [], logReview: 'sometimes' as LogReview }), 'notAvailable');
    expectIpsError(
      () => employerContacts({ specialists: [{ contacts: 4, weeks: 8 }], logReview: 'sometimes' as LogReview }),
      'invalidValue',
      'sometimes',
    );
    expect(
      daysToEmployerContact({ participants: participantsFromDays([3, 11]), supervisorRecords: false }).metric,
    ).toBe(7);
    expect(individualizedJobSearch({ contacts: [{ matchesPreferences: true, notAssessed: false }] }).score).toBe(5);
    expect(communityTime({ communityShares: [0.5, 0.56] }).metric).toBe(53);
    expectIpsError(() => communityTime({ communityShares: [56] }), 'invalidNumber', '56');
    expect(careerAssessment({ ratings: [5, 4, 5] }).score).toBe(4);
    expectIpsError(() => employerContactQuality({ ratings: [6] }), 'invalidNumber', '6');
  });
});
