// The add-in's version is written in one place, package.json's "version". The bundles get it at
// build time as the constant __IPS_VERSION__ (declared in src/ui/app-version.ts), never by
// importing package.json: webpack's DefinePlugin (webpack.config.js), esbuild's `define`
// (scripts/build-gas.mjs, scripts/build-core.mjs, the tests' own bundles) and vitest's `define`
// (vitest.config.ts) all take it from here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageVersion } from './addin-manifest.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The name the sources read the version by. */
export const VERSION_CONSTANT = '__IPS_VERSION__';

/** `define` for webpack, esbuild and vitest: the constant as a JavaScript string literal of package.json's version. */
export function versionDefine(root = ROOT) {
  return { [VERSION_CONSTANT]: JSON.stringify(packageVersion(root)) };
}
