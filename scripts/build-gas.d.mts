// Types for the parts of scripts/build-gas.mjs the tests import.
export const OUT_DIR: string;
export const REQUIRED_SCOPES: readonly string[];
export function buildCode(): Promise<{ code: string; entries: string[]; functions: string[] }>;
export function checkManifest(text: string): Record<string, unknown>;
export const MAP_DIR: string;
export function build(options?: { outDir?: string }): Promise<{ entries: string[]; functions: string[] }>;
