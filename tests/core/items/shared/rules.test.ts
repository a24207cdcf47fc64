/**
 * The declared input rules (items/shared/rules.ts) replaced zod schemas in the checked staffing and
 * organisation calculators. This test keeps the former schemas and their error translation as a
 * reference and checks, on random inputs, that every message and error code is unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { invalidNumber, invalidValue, isIpsError, notAvailable } from '../../../../src/core/errors';
import { checkInput, type InputRules } from '../../../../src/core/items/shared/rules';
import { CASELOAD_RULES } from '../../../../src/core/items/staffing/caseload-size';
import { VOCATIONAL_RULES } from '../../../../src/core/items/staffing/vocational-only';
import { PHASES_RULES } from '../../../../src/core/items/staffing/all-phases';
import { TEAM_RULES } from '../../../../src/core/items/organization/team-integration';
import { NAV_FREQUENCIES, NAV_RULES } from '../../../../src/core/items/organization/nav-collaboration';

// --- The former zod schemas and their translation into IpsErrors (reference only) -------------

const row = z.optional(z.int().check(z.gte(1)));
const CaseloadInput = z.object({
  specialists: z.array(
    z.object({
      clients: z.optional(z.int().check(z.gte(0))),
      fte: z.optional(z.number().check(z.gt(0), z.lte(1))),
      excluded: z.optional(z.boolean()),
      row,
    }),
  ),
  noIndividualCaseloads: z.optional(z.boolean()),
});
const VocationalInput = z.object({
  specialists: z.array(
    z.object({
      percentVocational: z.optional(z.number().check(z.gte(0), z.lte(100))),
      excluded: z.optional(z.boolean()),
      row,
    }),
  ),
  splitRole: z.optional(z.boolean()),
});
const PhasesInput = z.object({
  specialists: z
    .array(
      z.object({
        phases: z.tuple([z.boolean(), z.boolean(), z.boolean(), z.boolean(), z.boolean(), z.boolean()]),
        refersOut: z.optional(z.boolean()),
        row,
      }),
    )
    .check(z.minLength(1)),
});
const TeamInput = z.object({
  specialists: z
    .array(
      z.object({
        teams: z.int().check(z.gte(0)),
        clientsFromTeams: z.optional(z.int().check(z.gte(0))),
        caseload: z.optional(z.int().check(z.gte(0))),
        cliniciansNotInTeams: z.optional(z.boolean()),
        row,
      }),
    )
    .check(z.minLength(1)),
});
const NavInput = z.object({ meetings: z.enum(NAV_FREQUENCIES), contacts: z.enum(NAV_FREQUENCIES) });

type Issue = { readonly code: string; readonly path: readonly PropertyKey[]; readonly [key: string]: unknown };

function expectation(issue: Issue): string {
  switch (issue.code) {
    case 'too_small':
      return issue['origin'] === 'array'
        ? `at least ${String(issue['minimum'])} entries`
        : `a value ${issue['inclusive'] === false ? '>' : '≥'} ${String(issue['minimum'])}`;
    case 'too_big':
      return `a value ${issue['inclusive'] === false ? '<' : '≤'} ${String(issue['maximum'])}`;
    case 'invalid_type':
      return issue['expected'] === 'int' ? 'a whole number' : `${String(issue['expected'])}`;
    case 'invalid_value':
      return `one of ${(issue['values'] as unknown[] | undefined)?.map((v) => JSON.stringify(v)).join(', ') ?? 'the allowed values'}`;
    default:
      return 'a valid value';
  }
}

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], input);

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string')
    return `text ${JSON.stringify(value.length > 40 ? value.slice(0, 37) + '...' : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? `a list of ${value.length}` : typeof value;
}

function parseWithIpsErrors(schema: z.ZodMiniType, input: unknown, argumentOf: Readonly<Record<string, string>>): void {
  const parsed = schema.safeParse(input);
  if (parsed.success) return;
  const issue = parsed.error.issues[0] as unknown as Issue;
  const path = issue.path;
  const field = [...path]
    .reverse()
    .find((key): key is string => typeof key === 'string' && Object.hasOwn(argumentOf, key));
  const index = path.findIndex((key) => typeof key === 'number');
  const argument =
    field !== undefined ? argumentOf[field]! : String(path.find((key) => typeof key === 'string') ?? 'input');
  let where = `argument '${argument}'`;
  if (index >= 0) {
    const position = path[index] as number;
    const container = valueAt(input, path.slice(0, index));
    const item = Array.isArray(container) ? (container[position] as { row?: unknown } | undefined) : undefined;
    where += ` row ${typeof item?.row === 'number' ? item.row : position + 1}`;
  }
  if (issue.code === 'too_small' && issue['origin'] === 'array' && issue['minimum'] === 1) {
    throw notAvailable(`${where}: no employment specialists to score (the list is empty)`);
  }
  const outOfRange = (issue.code === 'too_small' || issue.code === 'too_big') && issue['origin'] !== 'array';
  const numeric = outOfRange || (issue.code === 'invalid_type' && typeof valueAt(input, path) === 'number');
  const message = `${where}: expected ${expectation(issue)}, got ${describeValue(valueAt(input, path))}`;
  throw numeric ? invalidNumber(message) : invalidValue(message);
}

// --- Random inputs ------------------------------------------------------------------------------

const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer({ min: -3, max: 120 }),
  fc.double({ min: -2, max: 120 }),
  fc.constantFrom(NaN, Infinity, -Infinity, 0.5, 1e300, -1e300, 0, 1, 100, 100.5),
  fc.boolean(),
  fc.constantFrom('', 'ja', 'monthly', 'weekly', 'none', 'constructor'),
  fc.array(fc.oneof(fc.boolean(), fc.integer({ min: 0, max: 2 })), { maxLength: 8 }),
);
const anyRecord = (keys: readonly string[]) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.record(Object.fromEntries(keys.map((key) => [key, anyValue])), { requiredKeys: [] }) },
    { weight: 1, arbitrary: anyValue },
  );
const anyList = (keys: readonly string[]) =>
  fc.oneof({ weight: 8, arbitrary: fc.array(anyRecord(keys), { maxLength: 4 }) }, { weight: 1, arbitrary: anyValue });

function outcome(check: () => void): string {
  try {
    check();
    return 'accepted';
  } catch (error) {
    if (isIpsError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
}

const CASES: readonly {
  name: string;
  schema: z.ZodMiniType;
  argumentOf: Readonly<Record<string, string>>;
  rules: InputRules;
  input: fc.Arbitrary<unknown>;
}[] = [
  {
    name: 'caseload',
    schema: CaseloadInput,
    argumentOf: {
      clients: 'caseloads',
      fte: 'fte',
      excluded: 'exclude',
      noIndividualCaseloads: 'no_individual_caseloads',
      specialists: 'caseloads',
    },
    rules: CASELOAD_RULES,
    input: fc.record(
      { specialists: anyList(['clients', 'fte', 'excluded', 'row']), noIndividualCaseloads: anyValue },
      { requiredKeys: [] },
    ),
  },
  {
    name: 'vocationalTime',
    schema: VocationalInput,
    argumentOf: {
      percentVocational: 'percent_vocational',
      excluded: 'exclude',
      splitRole: 'split_role',
      specialists: 'percent_vocational',
    },
    rules: VOCATIONAL_RULES,
    input: fc.record(
      { specialists: anyList(['percentVocational', 'excluded', 'row']), splitRole: anyValue },
      { requiredKeys: [] },
    ),
  },
  {
    name: 'allPhases',
    schema: PhasesInput,
    argumentOf: { phases: 'phases', refersOut: 'refers_out', specialists: 'phases' },
    rules: PHASES_RULES,
    input: fc.record({ specialists: anyList(['phases', 'refersOut', 'row']) }, { requiredKeys: [] }),
  },
  {
    name: 'teamIntegration',
    schema: TeamInput,
    argumentOf: {
      teams: 'teams',
      clientsFromTeams: 'clients_from_teams',
      caseload: 'caseload',
      cliniciansNotInTeams: 'clinicians_not_in_teams',
      specialists: 'teams',
    },
    rules: TEAM_RULES,
    input: fc.record(
      { specialists: anyList(['teams', 'clientsFromTeams', 'caseload', 'cliniciansNotInTeams', 'row']) },
      { requiredKeys: [] },
    ),
  },
  {
    name: 'navCollaboration',
    schema: NavInput,
    argumentOf: { meetings: 'meetings', contacts: 'contacts' },
    rules: NAV_RULES,
    input: fc.oneof(fc.record({ meetings: anyValue, contacts: anyValue }, { requiredKeys: [] }), anyValue),
  },
];

describe('declared input rules give the messages and codes the zod schemas gave', () => {
  for (const { name, schema, argumentOf, rules, input } of CASES) {
    it(`${name}: the same outcome as the former schema on random inputs`, () => {
      fc.assert(
        fc.property(input, (value) => {
          expect(outcome(() => checkInput(value, rules))).toBe(
            outcome(() => parseWithIpsErrors(schema, value, argumentOf)),
          );
        }),
        { numRuns: 1500 },
      );
    });
  }

  it('names the argument and the row given in the input', () => {
    expect(outcome(() => checkInput({ specialists: [{ clients: 3 }, { clients: -1, row: 7 }] }, CASELOAD_RULES))).toBe(
      "invalidNumber: argument 'caseloads' row 7: expected a value ≥ 0, got -1",
    );
    expect(outcome(() => checkInput({ specialists: [] }, TEAM_RULES))).toBe(
      "notAvailable: argument 'teams': no employment specialists to score (the list is empty)",
    );
  });
});
