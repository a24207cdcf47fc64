import type { Text } from '../../text';

/** A function's help: what it gives, and what each parameter takes that SHARED_PARAMETER_HELP does not say. */
export interface FunctionHelp {
  readonly description: Text;
  /** By parameter name, as the function's spec names it. */
  readonly parameters: Readonly<Record<string, Text>>;
}
