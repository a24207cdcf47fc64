/**
 * SERVICES_FUNCTIONS (src/core/items/index.ts): names, parameters, item ids and help texts of the services
 * items' spreadsheet functions.
 */
import { describe, expect, it } from 'vitest';
import { daysToEmployerContact, employerContacts, individualizedJobSearch } from '../../../src/core/items/calculators';
import { documented } from '../../../src/core/functions/help';
import { SERVICES_FUNCTIONS } from '../../../src/core/items';
import { itemById } from '../../../src/core/scale/registry';
import { fn, col, rules, participantsFromDays } from './helpers/services';

describe('SERVICES_FUNCTIONS metadata', () => {
  it('has the required functions, leading parameters and item ids', () => {
    const leading = (name: string) => fn(name).parameters.map((p) => p.name);
    expect(leading('DAYS_TO_EMPLOYER_CONTACT').slice(0, 3)).toEqual([
      'specialist',
      'intake_date',
      'first_contact_date',
    ]);
    expect(leading('INDIVIDUALIZED_SEARCH')[0]).toBe('matches_preferences');
    expect(leading('EMPLOYER_CONTACTS').slice(0, 3)).toEqual(['contacts', 'weeks', 'log_review']);
    expect(leading('JOB_DIVERSITY').slice(0, 2)).toEqual(['job_types', 'specialists']);
    expect(leading('EMPLOYER_DIVERSITY').slice(0, 3)).toEqual(['employers', 'worksites', 'specialists']);
    expect(leading('COMPETITIVE_JOBS').slice(0, 2)).toEqual(['competitive', 'specialists']);
    expect(leading('COMMUNITY_TIME')[0]).toBe('percent_in_community');
    for (const spec of SERVICES_FUNCTIONS) {
      expect(spec.parameters.slice(-2).map((p) => p.name)).toEqual(['output', 'language']);
      expect(itemById(spec.itemId!).sectionId).toBe('services');
    }
  });

  it("scores items of the registry, and every cap a calculator applies is one of the item's registry caps", () => {
    for (const spec of SERVICES_FUNCTIONS)
      expect(itemById(spec.itemId!).sectionId).toBe(itemById('services.disclosure').sectionId);
    const capped = [
      daysToEmployerContact({ participants: participantsFromDays([10]), supervisorRecords: false }),
      individualizedJobSearch({
        contacts: [{ matchesPreferences: true }],
        plansDocumented: false,
        preferencesExplored: false,
        anyJobEncouraged: true,
      }),
      ...(['monthly', 'not_reviewed', 'no_log', 'mixed', 'unverifiable'] as const).map((logReview) =>
        employerContacts({ specialists: [{ contacts: 60, weeks: 8 }], logReview }),
      ),
    ];
    for (const result of capped) {
      const capIds = new Set((itemById(result.itemId).caps ?? []).map((cap) => cap.id));
      const applied = result.reasons.map((r) => r.rule).filter((rule) => capIds.has(rule));
      expect(applied.length, `${result.itemId}: ${rules(result).join(', ')}`).toBeGreaterThan(0);
    }
    expect(rules(capped[1]!)).toEqual(
      expect.arrayContaining([
        'services.individualized_job_search.no_documented_plans',
        'services.individualized_job_search.stated_goals_only',
        'services.individualized_job_search.justice_any_job',
      ]),
    );
  });

  it('describes every function and parameter in nb and en; only trailing parameters are optional', () => {
    for (const spec of SERVICES_FUNCTIONS.map(documented)) {
      expect(spec.description.nb.length).toBeGreaterThan(20);
      expect(spec.description.en.length).toBeGreaterThan(20);
      let optionalSeen = false;
      for (const parameter of spec.parameters) {
        expect(parameter.description.nb.length, `${spec.name}.${parameter.name}`).toBeGreaterThan(5);
        expect(parameter.description.en.length, `${spec.name}.${parameter.name}`).toBeGreaterThan(5);
        if (parameter.optional) optionalSeen = true;
        else expect(optionalSeen, `${spec.name}.${parameter.name} follows an optional parameter`).toBe(false);
      }
    }
  });

  it('renders score, metric and reason in both languages', () => {
    const types = col(['Kokk', 'Kokk', 'Kokk', 'A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(fn('JOB_DIVERSITY').invoke(types, 2, null, null, null)).toBe(5);
    expect(fn('JOB_DIVERSITY').invoke(types, 2, null, 'metric', null)).toBe(90);
    expect(fn('JOB_DIVERSITY').invoke(types, 2, null, 'begrunnelse', 'nb')).toContain('«Kokk» er oppført 3 ganger');
    expect(fn('JOB_DIVERSITY').invoke(types, 2, null, 'reason', 'en')).toContain("3rd and later 'Kokk' not counted");
  });
});
