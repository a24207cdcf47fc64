/**
 * The value rules the items' parameters declare (ParameterSpec.rule), shared by the checked
 * calculators' input rules (InputRules), so a rule is written once.
 */
import type { ValueRule } from './rules';

/** A whole number of people or teams ≥ 0. */
export const COUNT_RULE: ValueRule = { kind: 'int', min: 0 };
/** A whole number of clients ≥ 0. */
export const CLIENTS_RULE: ValueRule = COUNT_RULE;
/** A fraction of full time: > 0 and ≤ 1. */
export const FTE_RULE: ValueRule = { kind: 'number', above: 0, max: 1 };
/** A percent 0–100. */
export const PERCENT_RULE: ValueRule = { kind: 'number', min: 0, max: 100 };
/** Yes or no. */
export const YES_NO_RULE: ValueRule = { kind: 'boolean' };
