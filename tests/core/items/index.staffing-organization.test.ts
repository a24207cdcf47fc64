/**
 * STAFFING_ORGANIZATION_FUNCTIONS (src/core/items/index.ts): names, parameters, item ids and help texts of the
 * staffing and organization spreadsheet functions.
 */
import { describe, expect, it } from 'vitest';
import { findItem, itemById } from '../../../src/core/scale/registry';
import { documented } from '../../../src/core/functions/help';
import { STAFFING_ORGANIZATION_FUNCTIONS } from '../../../src/core/items';
import { spec } from './helpers/staffing-organization';

// ---------------------------------------------------------------------------------------------
// Function metadata
// ---------------------------------------------------------------------------------------------

describe('function table', () => {
  it('has the binding names and leading parameters', () => {
    const signature = (name: string) => spec(name).parameters.map((p) => p.name);
    expect(signature('CASELOAD').slice(0, 3)).toEqual(['caseloads', 'fte', 'exclude']);
    expect(signature('VOCATIONAL_TIME')[0]).toBe('percent_vocational');
    expect(signature('ALL_PHASES')[0]).toBe('phases');
    expect(signature('TEAM_INTEGRATION').slice(0, 3)).toEqual(['teams', 'clients_from_teams', 'caseload']);
    expect(signature('COMPONENTS').slice(0, 2)).toEqual(['item', 'present']);
    expect(signature('JUDGEMENT').slice(0, 3)).toEqual(['item', 'score', 'caps']);
    expect(signature('NAV_COLLABORATION').slice(0, 2)).toEqual(['meetings', 'contacts']);
    for (const fn of STAFFING_ORGANIZATION_FUNCTIONS) {
      const names = fn.parameters.map((p) => p.name);
      expect(names.slice(-2), fn.name).toEqual(['output', 'language']);
      expect(new Set(names).size, fn.name).toBe(names.length);
    }
  });

  it('describes every function and parameter in nb and en; optional parameters come last', () => {
    for (const fn of STAFFING_ORGANIZATION_FUNCTIONS.map(documented)) {
      expect(fn.description.nb.length, fn.name).toBeGreaterThan(20);
      expect(fn.description.en.length, fn.name).toBeGreaterThan(20);
      // Excel on Windows limits help texts to 255 characters
      for (const text of [
        fn.description.nb,
        fn.description.en,
        ...fn.parameters.flatMap((p) => [p.description.nb, p.description.en]),
      ]) {
        expect(text.length, `${fn.name}: ${text}`).toBeLessThanOrEqual(255);
      }
      let seenOptional = false;
      for (const parameter of fn.parameters) {
        expect(parameter.description.nb.length, `${fn.name}.${parameter.name}`).toBeGreaterThan(10);
        expect(parameter.description.en.length, `${fn.name}.${parameter.name}`).toBeGreaterThan(10);
        if (parameter.optional) seenOptional = true;
        else expect(seenOptional, `${fn.name}.${parameter.name} is required after an optional one`).toBe(false);
      }
    }
  });

  it('item functions carry their item id; COMPONENTS and JUDGEMENT are generic', () => {
    expect(spec('CASELOAD').itemId).toBe('staffing.caseload_size');
    expect(spec('VOCATIONAL_TIME').itemId).toBe('staffing.vocational_only');
    expect(spec('ALL_PHASES').itemId).toBe('staffing.all_phases');
    expect(spec('TEAM_INTEGRATION').itemId).toBe('org.team_integration');
    expect(spec('NAV_COLLABORATION').itemId).toBe('org.nav_collaboration');
    expect(spec('COMPONENTS').itemId).toBeUndefined();
    expect(spec('JUDGEMENT').itemId).toBeUndefined();
    for (const fn of STAFFING_ORGANIZATION_FUNCTIONS) if (fn.itemId) expect(() => itemById(fn.itemId!)).not.toThrow();
    expect(findItem(1).id).toBe('staffing.caseload_size');
  });
});
