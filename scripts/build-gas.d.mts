// Types for the parts of scripts/build-gas.mjs the tests import.
export const OUT_DIR: string;
export const REQUIRED_SCOPES: readonly string[];
export interface PartFunctions {
  /** The function of Code.js that makes the part ready. */
  readonly ready: string;
  /** The function of Code.js that holds it. */
  readonly source: string;
  /** Its name in stack traces and in dist/gas-map/. */
  readonly name: string;
}
export const FUNCTIONS_PART: PartFunctions;
export const PACKED_PARTS: readonly (PartFunctions & { readonly entry: string; readonly what: string })[];
export const PACKED_SCALE_TEXTS: string;
export function buildCode(): Promise<{
  code: string;
  parts: { name: string; text: string; map: string }[];
  entries: string[];
  readyOf: Record<string, string>;
  functions: string[];
  shared: string[];
}>;
export function checkManifest(text: string): Record<string, unknown>;
export const MAP_DIR: string;
export function build(options?: { outDir?: string }): Promise<{ entries: string[]; functions: string[] }>;
export function packText(text: string): string;
export function asciiJson(value: unknown): string;
export function escapeNonAscii(code: string, mapText: string): { code: string; map: string };
export const SCALE_TEXTS_GROUP: number;
export function packScaleData(
  scale: unknown,
  groupSize?: number,
): { head: string; groups: string[]; groupSize: number };
