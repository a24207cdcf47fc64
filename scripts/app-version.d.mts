// Types for scripts/app-version.mjs (imported by vitest.config.ts and the tests).
export const VERSION_CONSTANT: '__IPS_VERSION__';
export function versionDefine(root?: string): Record<string, string>;
