// The Excel add-in manifest for a deployment: base URL, version, and the guard that no built file
// still points at the developer's machine. Used by webpack.config.js and scripts/package-addin.mjs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where manifest/manifest.xml points: the dev server of `npm start`. */
export const DEV_BASE_URL = 'https://localhost:3000/';

/**
 * The manifest for a base URL: every https://localhost:3000/ becomes `baseUrl`.
 * @param {string} xml
 * @param {string} baseUrl
 */
export function rewriteManifest(xml, baseUrl) {
  return xml.split(DEV_BASE_URL).join(baseUrl);
}

/**
 * A base URL checked: https, no query or fragment, ending in "/". `source` names where it came
 * from in the messages (the option or the environment variable).
 * @param {string} value
 * @param {string} source
 */
export function checkBaseUrl(value, source) {
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`${source} is not a URL: ${JSON.stringify(value)} (expected e.g. https://addins.example.no/ips/)`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`${source} must be https (Office loads add-ins only over https): ${value}`);
  if (url.search || url.hash) throw new Error(`${source} must not have a query or fragment: ${value}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** IPS_ADDIN_BASE_URL, checked; undefined when not set. */
export function productionBaseUrl(value = process.env.IPS_ADDIN_BASE_URL) {
  if (value === undefined || value.trim() === '') return undefined;
  return checkBaseUrl(value, 'IPS_ADDIN_BASE_URL');
}

/** True when the URL is the developer's own machine, where localhost in the files is expected. */
export function isLocalBaseUrl(baseUrl) {
  const host = new URL(baseUrl).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

/** package.json's version. */
export function packageVersion(root = ROOT) {
  return JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
}

/**
 * The manifest's <Version> for a package version: Office wants one to four numbers of at most five
 * digits (0.1.0 → 0.1.0.0). A pre-release such as 0.2.0-beta.1 has no such form and is refused.
 * @param {string} version
 */
export function manifestVersion(version) {
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) {
    throw new Error(
      `package.json version ${JSON.stringify(version)} cannot be an Office add-in version (one to four numbers n.n.n.n, each at most 5 digits, no pre-release tag)`,
    );
  }
  const parts = version.split('.');
  while (parts.length < 4) parts.push('0');
  return parts.join('.');
}

/**
 * The manifest with its <Version> set.
 * @param {string} xml
 * @param {string} version the manifest form, n.n.n.n
 */
export function setManifestVersion(xml, version) {
  const pattern = /<Version>[^<]*<\/Version>/;
  if (!pattern.test(xml)) throw new Error('the manifest has no <Version> element');
  return xml.replace(pattern, `<Version>${version}</Version>`);
}

/** The manifest as a build writes it: URLs at `baseUrl` (when given) and package.json's version. */
export function buildManifest(xml, { baseUrl, version }) {
  return setManifestVersion(baseUrl ? rewriteManifest(xml, baseUrl) : xml, manifestVersion(version));
}

/**
 * The files (name → content) that mention localhost, with the first line doing so.
 * @param {Iterable<[string, Buffer | string]>} files
 */
export function filesMentioningLocalhost(files) {
  const found = [];
  for (const [name, content] of files) {
    const text = Buffer.isBuffer(content) ? content.toString('latin1') : content;
    const at = text.search(/localhost/i);
    if (at < 0) continue;
    const line = text.slice(0, at).split('\n').length;
    const start = text.lastIndexOf('\n', at) + 1;
    const end = text.indexOf('\n', at);
    found.push({
      file: name,
      line,
      excerpt: text.slice(Math.max(start, at - 60), end < 0 ? at + 60 : Math.min(end, at + 60)).trim(),
    });
  }
  return found;
}

/** The message for files that still mention localhost in a build for `baseUrl`. */
export function localhostMessage(found, baseUrl) {
  return [
    `the build for ${baseUrl} still mentions localhost in ${found.length} file(s); Excel would try to load them from the user's own machine:`,
    ...found.map((hit) => `  ${hit.file}:${hit.line}: …${hit.excerpt}…`),
    'Make the source use relative URLs or the base URL (manifest/manifest.xml uses https://localhost:3000/, which the build rewrites).',
  ].join('\n');
}

/**
 * webpack plugin: a build for a base URL that is not localhost fails when any emitted file (the
 * bundles, the manifest, the pages, the metadata) still mentions localhost.
 */
export class LocalhostGuardPlugin {
  /** @param {{ baseUrl: string }} options */
  constructor({ baseUrl }) {
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('LocalhostGuardPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'LocalhostGuardPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const files = Object.entries(assets).map(([name, source]) => [name, Buffer.from(source.buffer())]);
          const found = filesMentioningLocalhost(files);
          if (found.length > 0) compilation.errors.push(new WebpackError(localhostMessage(found, this.baseUrl)));
        },
      );
    });
  }
}
