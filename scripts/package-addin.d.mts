// Types for scripts/package-addin.mjs (imported by the tests).
export interface PackageOptions {
  build: boolean;
  outDir: string;
  zipFile: string | undefined;
  baseUrl: string;
}
export function parseOptions(argv: readonly string[], env?: Record<string, string | undefined>): PackageOptions;
export function listFiles(dir: string): string[];
export function manifestUrls(xml: string): string[];
export function validateManifest(file: string): { valid: boolean; output: string } | null;
export function packageFolder(options: { outDir: string; baseUrl: string; zipFile?: string; version?: string }): {
  zipFile: string;
  files: string[];
  bytes: number;
  version: string;
  schema: 'valid' | 'not checked';
};
