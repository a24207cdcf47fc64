/**
 * Input validation of the checked calculators: zod schemas, their failures turned into the
 * add-in's typed errors naming the spreadsheet argument and row.
 */
import * as z from 'zod/mini';
import { notAvailable, invalidNumber, invalidValue } from '../../errors';

/**
 * Builds a module-level zod schema. Call sites are marked pure, so a bundle that never reads the
 * schema (the spreadsheet functions call the column cores) leaves it out; Organisasjon 3's is kept
 * there, as its spreadsheet function calls the checked navCollaboration.
 */
export function schema<T>(build: () => T): T {
  return build();
}

/** Optional 1-based row of the specialist in the source range, used only in error messages. */
export const row = /* @__PURE__ */ schema(() => z.optional(z.int().check(z.gte(1))));

export type Issue = { readonly code: string; readonly path: readonly PropertyKey[]; readonly [key: string]: unknown };

export function expectation(issue: Issue): string {
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

/**
 * Parses a calculator input; a failure becomes an IpsError naming the spreadsheet argument and
 * the specialist's row: out-of-range or non-whole numbers are invalidNumber, an empty list of
 * specialists is notAvailable, anything else invalidValue.
 */
export function parseWithIpsErrors<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  argumentOf: Readonly<Record<string, string>>,
): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0] as unknown as Issue;
  const path = issue.path;
  const field = [...path]
    .reverse()
    .find((key): key is string => typeof key === 'string' && Object.prototype.hasOwnProperty.call(argumentOf, key));
  const index = path.findIndex((key) => typeof key === 'number');
  const argument =
    field !== undefined ? argumentOf[field]! : String(path.find((key) => typeof key === 'string') ?? 'input');
  let where = `argument '${argument}'`;
  if (index >= 0) {
    const position = path[index] as number;
    const container = path
      .slice(0, index)
      .reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], input);
    const item = Array.isArray(container) ? (container[position] as { row?: unknown } | undefined) : undefined;
    const rowNumber = typeof item?.row === 'number' ? item.row : position + 1;
    where += ` row ${rowNumber}`;
  }
  if (issue.code === 'too_small' && issue['origin'] === 'array' && issue['minimum'] === 1) {
    throw notAvailable(`${where}: no employment specialists to score (the list is empty)`);
  }
  const outOfRange = (issue.code === 'too_small' || issue.code === 'too_big') && issue['origin'] !== 'array';
  const numeric = outOfRange || (issue.code === 'invalid_type' && typeof valueAt(input, path) === 'number');
  const message = `${where}: expected ${expectation(issue)}, got ${describeValue(valueAt(input, path))}`;
  throw numeric ? invalidNumber(message) : invalidValue(message);
}

export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], input);
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string')
    return `text ${JSON.stringify(value.length > 40 ? value.slice(0, 37) + '...' : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? `a list of ${value.length}` : typeof value;
}

/** "rad 3" / "row 3": where a specialist came from. */
export function rowOf(specialist: { readonly row?: number | undefined }, index: number): number {
  return specialist.row ?? index + 1;
}
