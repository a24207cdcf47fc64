// Types for scripts/generate-function-docs.mjs (imported by the tests).
export const REFERENCE_FILES: Readonly<Record<'nb' | 'en', string>>;
export const REGENERATE_COMMAND: string;
export function generateReferences(root?: string): Promise<Record<string, string>>;
export function functionReference(
  list: readonly unknown[],
  examples: Record<string, unknown>,
  language: 'nb' | 'en',
): string;
export function staleReferenceFiles(files: Record<string, string>, root?: string): string[];
export function staleMessage(stale: readonly string[]): string;
