/**
 * The engine's functions: the spreadsheet built-ins the add-in's formulas use, declared by concern in
 * ./builtins (name → implementation, as a spreadsheet engine's plugins declare theirs), and IPS.* from
 * the core's function table.
 */
import type { EngineOptions } from './evaluate';
import type { FormulaNode } from './parse';
import { type Builtin, type BuiltinTable } from './builtins/context';
import { CONDITIONAL_FUNCTIONS } from './builtins/conditional';
import { DATE_FUNCTIONS } from './builtins/date';
import { ipsCall } from './builtins/ips';
import { LOGIC_FUNCTIONS } from './builtins/logic';
import { LOOKUP_FUNCTIONS } from './builtins/lookup';
import { MATH_FUNCTIONS } from './builtins/math';
import { TEXT_FUNCTIONS } from './builtins/text';
import { SheetError, type Value } from './values';

export { todaySerial } from './builtins/date';

/** The groups merged into one table; a name declared twice is a mistake, caught when the module loads. */
export function mergeBuiltins(groups: readonly BuiltinTable[]): ReadonlyMap<string, Builtin> {
  const table = new Map<string, Builtin>();
  for (const group of groups) {
    for (const [name, builtin] of Object.entries(group)) {
      if (table.has(name)) throw new Error(`The built-in ${name} is declared twice`);
      table.set(name, builtin);
    }
  }
  return table;
}

/** Every spreadsheet built-in the engine knows, by upper-case name. */
export const BUILTINS = mergeBuiltins([
  MATH_FUNCTIONS,
  LOGIC_FUNCTIONS,
  TEXT_FUNCTIONS,
  LOOKUP_FUNCTIONS,
  DATE_FUNCTIONS,
  CONDITIONAL_FUNCTIONS,
]);

/** A call of a built-in or IPS.* function; `ev` evaluates an argument node in the caller's cells. */
export function call(
  name: string,
  argNodes: readonly FormulaNode[],
  ev: (node: FormulaNode) => Value,
  options: EngineOptions,
): Value {
  if (name.startsWith('IPS.') || name.startsWith('IPS_')) return ipsCall(name.slice(4), argNodes.map(ev));
  const builtin = BUILTINS.get(name);
  return builtin ? builtin({ name, argNodes, ev, options }) : new SheetError('#NAME?', `unknown function ${name}`);
}
