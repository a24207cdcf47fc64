/**
 * The add-in's version: package.json's "version", put in by the build as the constant
 * __IPS_VERSION__ (scripts/app-version.mjs, for webpack, esbuild and vitest). No bundle imports
 * package.json, so none carries anything else of it (its dependency list, its scripts).
 */
declare const __IPS_VERSION__: string;

export const version: string = __IPS_VERSION__;
