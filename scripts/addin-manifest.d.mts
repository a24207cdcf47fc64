// Types for scripts/addin-manifest.mjs (imported by the tests).
export const DEV_BASE_URL: string;
export function rewriteManifest(xml: string, baseUrl: string): string;
export function checkBaseUrl(value: string, source: string): string;
export function productionBaseUrl(value?: string): string | undefined;
export function isLocalBaseUrl(baseUrl: string): boolean;
export function packageVersion(root?: string): string;
export function manifestVersion(version: string): string;
export function setManifestVersion(xml: string, version: string): string;
export function buildManifest(xml: string, options: { baseUrl?: string; version: string }): string;
export interface LocalhostHit {
  readonly file: string;
  readonly line: number;
  readonly excerpt: string;
}
export function filesMentioningLocalhost(files: Iterable<[string, Buffer | string]>): LocalhostHit[];
export function localhostMessage(found: readonly LocalhostHit[], baseUrl: string): string;
export class LocalhostGuardPlugin {
  constructor(options: { baseUrl: string });
  apply(compiler: unknown): void;
}
