/**
 * Declared input rules of the checked calculators (caseload, vocationalTime, allPhases,
 * teamIntegration, navCollaboration): each field of the typed input names its spreadsheet
 * argument and its rule, and one checker walks the input in declaration order. The first value
 * that breaks a rule becomes an IpsError naming the argument and the specialist's row:
 * out-of-range or non-whole numbers are invalidNumber, an empty list of specialists is
 * notAvailable, anything else invalidValue.
 */
import { invalidNumber, invalidValue, notAvailable } from '../../errors';

/** What one value must be. */
export type ValueRule =
  /** A whole number ≥ min (and a safe integer). */
  | { readonly kind: 'int'; readonly min?: number }
  /** A finite number; `above` is exclusive, `min` and `max` inclusive, checked in that order. */
  | { readonly kind: 'number'; readonly above?: number; readonly min?: number; readonly max?: number }
  | { readonly kind: 'boolean' }
  /** One of the words (as stored, no normalising: the spreadsheet readers normalise). */
  | { readonly kind: 'choice'; readonly values: readonly string[] }
  /** Exactly `count` yes/no flags. */
  | { readonly kind: 'flags'; readonly count: number };

/** One field of the input: its spreadsheet argument and rule. */
export interface FieldRule {
  readonly argument: string;
  readonly rule: ValueRule;
  readonly optional?: boolean;
}

/** A list of records (one per specialist), each checked field by field; `row` is the optional 1-based source row. */
export interface ListRule {
  readonly argument: string;
  readonly fields: Readonly<Record<string, FieldRule>>;
  /** An empty list is notAvailable ("no employment specialists to score"). */
  readonly nonEmpty?: boolean;
}

/** The input's fields in the order they are checked: plain fields and lists. */
export type InputRules = Readonly<Record<string, FieldRule | ListRule>>;

/** The optional 1-based row of a specialist in the source range, used only in messages. */
const ROW_RULE: FieldRule = { argument: '', rule: { kind: 'int', min: 1 }, optional: true };

function isList(rule: FieldRule | ListRule): rule is ListRule {
  return 'fields' in rule;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string')
    return `text ${JSON.stringify(value.length > 40 ? value.slice(0, 37) + '...' : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? `a list of ${value.length}` : typeof value;
}

/** A broken rule: what was expected, and whether the value was a number out of range (#NUM!). */
interface Breach {
  readonly expected: string;
  readonly numeric: boolean;
  /** The value that broke the rule (an element of a list of flags, or the value itself). */
  readonly value: unknown;
}

function numberBreach(value: number, rule: ValueRule & { kind: 'int' | 'number' }): Breach | undefined {
  if (rule.kind === 'int') {
    if (!Number.isInteger(value)) return { expected: 'a whole number', numeric: true, value };
    if (value > Number.MAX_SAFE_INTEGER)
      return { expected: `a value ≤ ${Number.MAX_SAFE_INTEGER}`, numeric: true, value };
    if (value < Number.MIN_SAFE_INTEGER)
      return { expected: `a value ≥ ${Number.MIN_SAFE_INTEGER}`, numeric: true, value };
    if (rule.min !== undefined && value < rule.min) return { expected: `a value ≥ ${rule.min}`, numeric: true, value };
    return undefined;
  }
  if (rule.above !== undefined && !(value > rule.above))
    return { expected: `a value > ${rule.above}`, numeric: true, value };
  if (rule.min !== undefined && value < rule.min) return { expected: `a value ≥ ${rule.min}`, numeric: true, value };
  if (rule.max !== undefined && value > rule.max) return { expected: `a value ≤ ${rule.max}`, numeric: true, value };
  return undefined;
}

function breachOf(value: unknown, rule: ValueRule): Breach | undefined {
  switch (rule.kind) {
    case 'int':
    case 'number':
      // Not a finite number is "number" for both kinds; a fraction is "a whole number" for an int.
      if (typeof value !== 'number' || !Number.isFinite(value))
        return { expected: 'number', numeric: typeof value === 'number', value };
      return numberBreach(value, rule);
    case 'boolean':
      return typeof value === 'boolean'
        ? undefined
        : { expected: 'boolean', numeric: typeof value === 'number', value };
    case 'choice':
      return typeof value === 'string' && rule.values.includes(value)
        ? undefined
        : { expected: `one of ${rule.values.map((v) => JSON.stringify(v)).join(', ')}`, numeric: false, value };
    case 'flags': {
      if (!Array.isArray(value)) return { expected: 'tuple', numeric: typeof value === 'number', value };
      if (value.length < rule.count) return { expected: `at least ${rule.count} entries`, numeric: false, value };
      if (value.length > rule.count) return { expected: `a value ≤ ${rule.count}`, numeric: false, value };
      const flags: readonly unknown[] = value;
      const index = flags.findIndex((flag) => typeof flag !== 'boolean');
      return index < 0
        ? undefined
        : { expected: 'boolean', numeric: typeof flags[index] === 'number', value: flags[index] };
    }
  }
}

function fail(where: string, breach: Breach): never {
  const message = `${where}: expected ${breach.expected}, got ${describeValue(breach.value)}`;
  throw breach.numeric ? invalidNumber(message) : invalidValue(message);
}

function checkField(where: string, value: unknown, field: FieldRule): void {
  if (value === undefined && field.optional === true) return;
  const breach = breachOf(value, field.rule);
  if (breach) fail(where, breach);
}

function checkList(list: unknown, rule: ListRule): void {
  const where = `argument '${rule.argument}'`;
  if (!Array.isArray(list)) fail(where, { expected: 'array', numeric: typeof list === 'number', value: list });
  const items: readonly unknown[] = list;
  items.forEach((item, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      fail(`${where} row ${index + 1}`, { expected: 'object', numeric: typeof item === 'number', value: item });
    }
    const record = item as Record<string, unknown>;
    const row = typeof record['row'] === 'number' ? record['row'] : index + 1;
    for (const [key, field] of Object.entries(rule.fields)) {
      checkField(`argument '${field.argument}' row ${row}`, record[key], field);
    }
    checkField(`${where} row ${row}`, record['row'], ROW_RULE);
  });
  if (rule.nonEmpty === true && items.length === 0) {
    throw notAvailable(`${where}: no employment specialists to score (the list is empty)`);
  }
}

/**
 * Checks a calculator's typed input against its declared rules and returns it typed; the first
 * breach (in declaration order, list by list, row by row) is thrown as an IpsError.
 */
export function checkInput<T>(input: T, rules: InputRules): T {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    fail(`argument 'input'`, { expected: 'object', numeric: typeof input === 'number', value: input });
  }
  const record = input as Record<string, unknown>;
  for (const [key, rule] of Object.entries(rules)) {
    if (isList(rule)) checkList(record[key], rule);
    else checkField(`argument '${rule.argument}'`, record[key], rule);
  }
  return input;
}

/** Where a specialist came from: its `row`, or its place in the list. */
export function rowOf(specialist: { readonly row?: number | undefined }, index: number): number {
  return specialist.row ?? index + 1;
}
