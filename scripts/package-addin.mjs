#!/usr/bin/env node
/**
 * The Excel add-in, ready for any static HTTPS host:
 *
 *   npm run package -- --base-url https://addins.example.no/ips/
 *   IPS_ADDIN_BASE_URL=https://addins.example.no/ips/ npm run package
 *
 * 1. builds the add-in (webpack, production) into dist/addin/ with every URL of the manifest at
 *    the base URL and <Version> from package.json (0.1.0 → 0.1.0.0);
 * 2. checks the result: no file mentions localhost (unless the base URL is localhost), the manifest
 *    points only at files that are there, and it is valid against the Office schemas (xmllint, when
 *    installed);
 * 3. writes dist/ips-fidelity-excel-<version>.zip: the folder's files, to upload to the base URL,
 *    and manifest.xml, for sideloading or the Microsoft 365 admin center (docs/deploy.en.md).
 *
 * Options: --out <dir> (default dist/addin), --zip <file>, --no-build (package a folder already
 * built for that base URL).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkBaseUrl,
  filesMentioningLocalhost,
  isLocalBaseUrl,
  localhostMessage,
  manifestVersion,
  packageVersion,
} from './addin-manifest.mjs';
import { zipBytes } from './zip.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA = path.join(ROOT, 'manifest/schemas/OfficeAppManifestV1_1.xsd');

const USAGE =
  'usage: npm run package -- --base-url https://your.host/path/ [--out dist/addin] [--zip file.zip] [--no-build]';

/**
 * The options from the command line and the environment; --base-url wins over IPS_ADDIN_BASE_URL.
 * @param {readonly string[]} argv the arguments after the script
 * @param {Record<string, string | undefined>} env
 */
export function parseOptions(argv, env = process.env) {
  const options = { build: true, outDir: path.join(ROOT, 'dist/addin'), zipFile: undefined, baseUrl: undefined };
  let given;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] =
      argv[i].startsWith('--') && argv[i].includes('=')
        ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)]
        : [argv[i], undefined];
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
      return next;
    };
    if (flag === '--base-url') given = { value: value(), source: '--base-url' };
    else if (flag === '--out') options.outDir = path.resolve(value());
    else if (flag === '--zip') options.zipFile = path.resolve(value());
    else if (flag === '--no-build') options.build = false;
    else throw new Error(`unknown option ${argv[i]}\n${USAGE}`);
  }
  if (!given && env.IPS_ADDIN_BASE_URL?.trim()) given = { value: env.IPS_ADDIN_BASE_URL, source: 'IPS_ADDIN_BASE_URL' };
  if (!given) {
    throw new Error(
      `no base URL: give the https address the add-in's files will be served from, with --base-url or IPS_ADDIN_BASE_URL\n${USAGE}`,
    );
  }
  options.baseUrl = checkBaseUrl(given.value, given.source);
  // The build empties the folder first: never the project, dist/ itself (it also holds the Apps
  // Script and core builds) or a folder that contains the project.
  const dist = path.join(ROOT, 'dist');
  if (options.outDir === dist || options.outDir === ROOT || ROOT.startsWith(options.outDir + path.sep)) {
    throw new Error(
      `--out ${options.outDir} would be emptied by the build; choose a folder of its own, such as dist/addin`,
    );
  }
  return options;
}

/** Every file under `dir`, as paths relative to it with "/" separators, sorted. */
export function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), relative));
    else if (entry.isFile() && !entry.name.startsWith('.')) out.push(relative);
  }
  return out.sort();
}

function runWebpack(baseUrl, outDir) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'],
    {
      cwd: ROOT,
      env: { ...process.env, IPS_ADDIN_BASE_URL: baseUrl, IPS_ADDIN_OUT_DIR: outDir },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.status !== 0)
    throw new Error(`the add-in build failed (webpack exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
}

/** The https addresses the manifest names (attributes only; namespaces left out). */
export function manifestUrls(xml) {
  const urls = new Set();
  for (const match of xml.replace(/<!--[\s\S]*?-->/g, '').matchAll(/\b(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g))
    urls.add(match[1]);
  return [...urls];
}

/** Schema validation with xmllint; null when xmllint is not installed. */
export function validateManifest(file) {
  const result = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  if (result.error) return null;
  return { valid: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

/**
 * Checks a built folder for `baseUrl` and zips it. Throws with every problem found.
 * @returns {{ zipFile: string, files: string[], bytes: number, version: string, schema: 'valid' | 'not checked' }}
 */
export function packageFolder({ outDir, baseUrl, zipFile, version = packageVersion(ROOT) }) {
  const manifestFile = path.join(outDir, 'manifest.xml');
  if (!existsSync(manifestFile))
    throw new Error(`${outDir} has no manifest.xml: build it first (leave out --no-build)`);
  const files = listFiles(outDir);
  const problems = [];

  const xml = readFileSync(manifestFile, 'utf8');
  const expectedVersion = manifestVersion(version);
  const declared = /<Version>([^<]*)<\/Version>/.exec(xml)?.[1];
  if (declared !== expectedVersion)
    problems.push(`manifest.xml has <Version>${declared}</Version>; package.json ${version} needs ${expectedVersion}`);
  for (const url of manifestUrls(xml)) {
    if (!url.startsWith(baseUrl))
      problems.push(`manifest.xml points at ${url}, outside ${baseUrl} (built for another base URL?)`);
    else if (!files.includes(url.slice(baseUrl.length)))
      problems.push(`manifest.xml points at ${url}, but ${url.slice(baseUrl.length)} was not built`);
  }
  if (!isLocalBaseUrl(baseUrl)) {
    const found = filesMentioningLocalhost(files.map((file) => [file, readFileSync(path.join(outDir, file))]));
    if (found.length > 0) problems.push(localhostMessage(found, baseUrl));
  }
  const schema = validateManifest(manifestFile);
  if (schema && !schema.valid) problems.push(`manifest.xml is not valid against the Office schemas:\n${schema.output}`);
  if (problems.length > 0)
    throw new Error(`the add-in package for ${baseUrl} is not ready:\n- ${problems.join('\n- ')}`);

  const target = zipFile ?? path.join(path.dirname(outDir), `ips-fidelity-excel-${version}.zip`);
  const bytes = zipBytes(files.map((file) => ({ name: file, data: readFileSync(path.join(outDir, file)) })));
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, bytes);
  return { zipFile: target, files, bytes: bytes.length, version, schema: schema ? 'valid' : 'not checked' };
}

function main() {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  if (options.build) runWebpack(options.baseUrl, options.outDir);
  const result = packageFolder(options);
  const relative = (file) => path.relative(process.cwd(), file) || '.';
  const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
  const total = result.files.reduce((sum, file) => sum + statSync(path.join(options.outDir, file)).size, 0);
  console.log(
    [
      `Excel add-in ${result.version} for ${options.baseUrl} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      `  Files to host:  ${relative(options.outDir)}/ (${result.files.length} files, ${kib(total)})`,
      `  Package:        ${relative(result.zipFile)} (${kib(result.bytes)})`,
      `  Manifest:       ${relative(path.join(options.outDir, 'manifest.xml'))} (schema ${result.schema}${result.schema === 'valid' ? '' : ': install libxml2-utils to check'})`,
      '',
      'Next:',
      `  1. Upload the contents of ${relative(options.outDir)}/ (or of the zip) so that ${options.baseUrl}taskpane.html loads over https.`,
      `  2. Check ${options.baseUrl}privacy.html and ${options.baseUrl}preview.html in a browser.`,
      '  3. Sideload manifest.xml to try it, or deploy it to your organisation in the Microsoft 365 admin center',
      '     (Settings > Integrated apps > Upload custom apps). Step by step: docs/deploy.en.md (norsk: docs/deploy.nb.md).',
    ].join('\n'),
  );
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  try {
    main();
  } catch (error) {
    console.error(`package: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
