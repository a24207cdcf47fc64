// Types for scripts/function-examples.mjs (imported by the tests).
export const FUNCTION_EXAMPLES: Record<
  string,
  { args: Record<string, unknown>; error?: { args: Record<string, unknown> } }
>;
