#!/usr/bin/env node
/**
 * Builds the Google Sheets add-on into dist/gas/ (what `clasp push` uploads):
 *
 *   Code.js          core + gas/server bundled and minified as ONE classic script, wrapped in
 *                    `function ipsBundle_() {...}` so that it runs on first use only, followed by
 *                    GENERATED top-level functions: the server entry points (every function exported
 *                    by gas/server/main.ts) and one custom function IPS_<NAME> with JSDoc
 *                    (@customfunction) per entry of the core's FUNCTION_LIST.
 *                    Why: every IPS_* call in Sheets is a fresh execution that evaluates all of Code.js;
 *                    V8 only pre-parses a function it does not call, so the cold evaluation is cheap and
 *                    the bundle's top-level work happens once per execution that needs it.
 *   dist/gas-map/Code.js.map   the source map of Code.js, kept locally (outside dist/gas: clasp does
 *                    not push it) to read the line:column of an Apps Script stack trace.
 *   Sidebar.html     the shared UI + gas/client/sidebar.ts, bundled for the browser and inlined.
 *   appsscript.json  the manifest, checked.
 *
 * The function list is read from the bundle itself (evaluated in a node:vm context, like Apps
 * Script's single global scope): there is no hand-written list.
 *
 *   node scripts/build-gas.mjs           build
 *   node scripts/build-gas.mjs --check   build, check the files as far as possible offline, and list
 *                                        what `clasp push` would push (names, types, sizes)
 */
import { readFileSync, writeFileSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import zlib from 'node:zlib';
import * as esbuild from 'esbuild';
import { versionDefine } from './app-version.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GAS = path.join(ROOT, 'gas');
export const OUT_DIR = path.join(ROOT, 'dist', 'gas');
export const MAP_DIR = path.join(ROOT, 'dist', 'gas-map');

/** The only scopes the add-on may ask for: the open spreadsheet, and its menus and sidebar. */
export const REQUIRED_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
];

/** Exported by main.ts but not a global of its own: the generated custom functions call it. */
const NOT_GLOBAL = new Set(['customFunction']);
const GLOBAL_NAME = 'IPS';
/** The top-level function that evaluates the bundle on first use (a trailing _ keeps it private in Apps Script). */
export const BUNDLE_FUNCTION = 'ipsBundle_';
const FIRST_ENTRIES = ['onOpen', 'onInstall', 'showSidebar'];

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval undefined NaN Infinity'
  ).split(' '),
);
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

// ---------------------------------------------------------------------------------------------
// Shared esbuild settings

/**
 * Apps Script has no chunks to load later: the full scale (src/core/scale/ips25.ts) is in both
 * files anyway, so the outline the registry imports is the full scale itself (a superset of it),
 * not a second copy of its ids, names and bands. (Holding the scale as one JSON string instead of
 * code was measured too: in V8 the evaluation of Code.js took about twice as long, so it stays code.)
 */
const outlineIsFullScale = {
  name: 'outline-is-full-scale',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]scale[\\/]ips25-outline\.ts$/ }, (args) => ({
      contents: "export { IPS_25 as IPS_25_OUTLINE } from './ips25';",
      loader: 'ts',
      resolveDir: path.dirname(args.path),
    }));
  },
};

const COMMON = {
  bundle: true,
  plugins: [outlineIsFullScale],
  // package.json's version as __IPS_VERSION__ (src/ui/app-version.ts): no bundle imports package.json.
  define: versionDefine(ROOT),
  write: false,
  charset: 'utf8',
  logLevel: 'silent',
};

// ---------------------------------------------------------------------------------------------
// Code.js

/**
 * The server bundle, `var IPS = (() => {...})();`. Minified for Code.js (with its source map); the
 * readable build is what the function list and the entry points' parameter names are read from.
 */
async function bundleServer({ minify }) {
  const result = await esbuild.build({
    ...COMMON,
    entryPoints: [path.join(GAS, 'server', 'main.ts')],
    outfile: path.join(OUT_DIR, 'bundle.js'),
    format: 'iife',
    globalName: GLOBAL_NAME,
    // Apps Script's V8 is neither a browser nor Node: no DOM, no require, no timers.
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2019',
    minify,
    sourcemap: minify ? 'external' : false,
    legalComments: minify ? 'none' : 'eof',
  });
  const text = (suffix) => result.outputFiles.find((file) => file.path.endsWith(suffix))?.text;
  return { code: text('.js'), map: minify ? text('.js.map') : undefined };
}

/**
 * The minified bundle inside a function that evaluates it once and returns its exports. The
 * bundle's first statement, "use strict", stays the first of that function (so the bundle keeps
 * strict mode), and its lines are kept as they are: its source map only moves down.
 */
export function lazyBundleSource(bundle) {
  // Both end with "_": Apps Script keeps such functions private (not in the Run menu, nor google.script.run).
  const evaluate = 'ipsEvaluateBundle_';
  const cache = 'ipsBundleExports_';
  const before = [
    `var ${cache};`,
    `/** The bundle (gas/server/main.ts + src/core), evaluated on the first call that needs it. */`,
    `function ${BUNDLE_FUNCTION}() {`,
    `  return ${cache} || (${cache} = ${evaluate}());`,
    '}',
    `function ${evaluate}() {`,
  ];
  const after = [`  return ${GLOBAL_NAME};`, '}'];
  return { text: [...before, bundle.trimEnd(), ...after].join('\n'), linesBefore: before.length };
}

/** The bundle's source map for its place in Code.js: `lines` more lines above it. */
export function shiftSourceMap(mapText, lines) {
  const map = JSON.parse(mapText);
  map.file = 'Code.js';
  map.mappings = ';'.repeat(lines) + map.mappings;
  return `${JSON.stringify(map)}\n`;
}

/** Evaluates the bundle in a fresh context with only ECMAScript built-ins (and console). */
export function evaluateBundle(code, filename = 'Code.js') {
  const context = vm.createContext({ console });
  new vm.Script(code, { filename }).runInContext(context);
  return context;
}

function paramNames(fn) {
  const source = Function.prototype.toString.call(fn);
  const match = /^(?:async\s+)?(?:function\b[^(]*\(([^)]*)\)|\(([^)]*)\)\s*=>|([A-Za-z_$][\w$]*)\s*=>)/.exec(source);
  const list = match ? (match[1] ?? match[2] ?? match[3] ?? '') : '';
  const names = list
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return names.every((name) => IDENTIFIER.test(name) && !RESERVED.has(name))
    ? names.map((n) => n.replace(/^_+/, '') || n)
    : [];
}

function entryPointSource(name, fn) {
  const params = paramNames(fn).filter((p, i, all) => IDENTIFIER.test(p) && !RESERVED.has(p) && all.indexOf(p) === i);
  return `function ${name}(${params.join(', ')}) {\n  return ${BUNDLE_FUNCTION}().${name}.apply(this, arguments);\n}`;
}

function jsdocText(text) {
  return String(text)
    .replace(/\*\//g, '*\\/')
    .replace(/\s*\r?\n\s*/g, ' ')
    .trim();
}

function jsdocType(type, dimensionality) {
  const scalar = type === 'any' ? '*' : type;
  if (dimensionality !== 'matrix') return scalar;
  return scalar === '*' ? 'Array<Array<*>>' : `${scalar}[][]`;
}

export function parameterIdentifier(name) {
  const cleaned = String(name).replace(/[^A-Za-z0-9_$]/g, '_');
  const start = /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
  return RESERVED.has(start) ? `${start}_` : start;
}

function returnDescription(spec) {
  if (spec.itemId) return 'Skåren 1–5; med output "metric" verdien skåren er lest av, med "reason" begrunnelsen.';
  if (spec.result.kind === 'date') return 'En dato.';
  return spec.result.dimensionality === 'matrix' ? 'En rad eller et område med verdier.' : 'Resultatet.';
}

/** One Sheets custom function, with the JSDoc Sheets reads for autocomplete and the formula help. */
export function customFunctionSource(spec) {
  if (!/^[A-Z][A-Z0-9_]*$/.test(spec.name))
    throw new Error(`function name ${JSON.stringify(spec.name)} is not NAME_LIKE_THIS`);
  const params = spec.parameters.map((parameter) => parameterIdentifier(parameter.name));
  if (new Set(params).size !== params.length) throw new Error(`IPS_${spec.name}: two parameters have the same name`);
  const lines = [
    '/**',
    ` * ${jsdocText(spec.description.nb)}`,
    ' *',
    ...spec.parameters.map(
      (parameter, i) =>
        ` * @param {${jsdocType(parameter.type, parameter.dimensionality)}} ${params[i]} ${jsdocText(parameter.description.nb)}`,
    ),
    ` * @return {${spec.result.kind === 'date' ? 'Date' : jsdocType(spec.result.type, spec.result.dimensionality)}} ${returnDescription(spec)}`,
    ' * @customfunction',
    ' */',
    `function IPS_${spec.name}(${params.join(', ')}) {`,
    `  return ${BUNDLE_FUNCTION}().customFunction(${JSON.stringify(spec.name)}, arguments);`,
    '}',
  ];
  return lines.join('\n');
}

export async function buildCode() {
  const [readable, minified] = await Promise.all([bundleServer({ minify: false }), bundleServer({ minify: true })]);
  const context = evaluateBundle(readable.code, 'bundle.js');
  const ips = context[GLOBAL_NAME];
  if (!ips || typeof ips.customFunction !== 'function')
    throw new Error('the server bundle does not export customFunction');
  const list = ips.FUNCTION_LIST;
  if (!Array.isArray(list) || list.length === 0) throw new Error('the server bundle exports no FUNCTION_LIST');

  const exported = Object.keys(ips).filter((name) => typeof ips[name] === 'function' && !NOT_GLOBAL.has(name));
  const entries = [
    ...FIRST_ENTRIES.filter((name) => exported.includes(name)),
    ...exported.filter((name) => !FIRST_ENTRIES.includes(name)).sort(),
  ];
  for (const name of entries) {
    if (!IDENTIFIER.test(name) || name.endsWith('_') || name.startsWith('IPS_'))
      throw new Error(`cannot make a global of export ${name}`);
  }
  const names = new Set();
  for (const spec of list) {
    if (names.has(spec.name)) throw new Error(`FUNCTION_LIST has ${spec.name} twice`);
    names.add(spec.name);
  }

  const header = [
    '/**',
    ' * IPS Fidelity for Google Sheets.',
    ' * GENERATED by scripts/build-gas.mjs from gas/server and src/core: do not edit; edit the sources.',
    ' *',
    ' * @OnlyCurrentDoc',
    ' */',
    '',
  ].join('\n');
  const lazy = lazyBundleSource(minified.code);
  const code = [
    header,
    lazy.text,
    '',
    '// ---- Entry points: menus, triggers and the google.script.run endpoints (gas/server/main.ts) ----',
    '',
    entries.map((name) => entryPointSource(name, ips[name])).join('\n\n'),
    '',
    `// ---- Custom functions: one per entry of FUNCTION_LIST (src/core/functions/table.ts), ${list.length} in all ----`,
    '',
    list.map((spec) => customFunctionSource(spec)).join('\n\n'),
    '',
  ].join('\n');
  const linesBefore = code.slice(0, code.indexOf(lazy.text)).split('\n').length - 1 + lazy.linesBefore;
  return { code, map: shiftSourceMap(minified.map, linesBefore), entries, functions: list.map((spec) => spec.name) };
}

// ---------------------------------------------------------------------------------------------
// Sidebar.html

/** Makes JS or CSS safe inside an inline <script>/<style>: no closing tag, no comment opener. */
export function escapeInline(text, tag) {
  const closing = new RegExp(`</(${tag})`, 'gi');
  return text.replace(closing, '<\\/$1').replace(/<!--/g, '<\\!--');
}

async function bundleSidebar() {
  const result = await esbuild.build({
    ...COMMON,
    entryPoints: [path.join(GAS, 'client', 'sidebar.ts')],
    outdir: path.join(OUT_DIR, '.sidebar'),
    format: 'iife',
    platform: 'browser',
    target: ['chrome100', 'firefox100', 'safari15', 'edge100'],
    minify: true,
    legalComments: 'none',
  });
  const js = result.outputFiles
    .filter((file) => file.path.endsWith('.js'))
    .map((file) => file.text)
    .join('\n');
  const css = result.outputFiles
    .filter((file) => file.path.endsWith('.css'))
    .map((file) => file.text)
    .join('\n');
  return { js, css };
}

export async function buildSidebar() {
  const { js, css } = await bundleSidebar();
  return [
    '<!DOCTYPE html>',
    '<html lang="nb">',
    '<head>',
    '<base target="_top">',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>IPS-kvalitet</title>',
    css ? `<style>\n${escapeInline(css, 'style')}\n</style>` : '',
    '</head>',
    '<body>',
    '<div id="app"></div>',
    '<script>',
    escapeInline(js, 'script').trimEnd(),
    '</script>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// appsscript.json

export function checkManifest(text) {
  const manifest = JSON.parse(text);
  const problems = [];
  if (manifest.runtimeVersion !== 'V8') problems.push('runtimeVersion must be "V8"');
  if (manifest.timeZone !== 'Europe/Oslo') problems.push('timeZone must be "Europe/Oslo"');
  if (manifest.exceptionLogging !== 'STACKDRIVER') problems.push('exceptionLogging must be "STACKDRIVER"');
  const scopes = manifest.oauthScopes;
  if (
    !Array.isArray(scopes) ||
    scopes.length !== REQUIRED_SCOPES.length ||
    !REQUIRED_SCOPES.every((s) => scopes.includes(s))
  ) {
    problems.push(`oauthScopes must be exactly ${REQUIRED_SCOPES.join(', ')}`);
  }
  if (manifest.urlFetchWhitelist || manifest.webapp || manifest.executionApi)
    problems.push('no web app, execution API or URL fetch allowed');
  if (problems.length) throw new Error(`gas/appsscript.json: ${problems.join('; ')}`);
  return manifest;
}

// ---------------------------------------------------------------------------------------------
// Checks and the push listing

/** Offline checks of Code.js: what Apps Script needs to accept and run it. */
export function checkCode(code, expectedGlobals) {
  const problems = [];
  try {
    new vm.Script(code, { filename: 'Code.js' });
  } catch (error) {
    problems.push(`does not parse as a classic script: ${error.message}`);
  }
  if (/^\s*(import|export)\b(?!\s*\()/m.test(code)) problems.push('has an import/export statement');
  if (/(^|[^.\w$])require\s*\(/.test(code)) problems.push('calls require()');
  if (/(^|[^.\w$])import\s*\(/.test(code)) problems.push('has a dynamic import()');
  for (const name of expectedGlobals) {
    if (!new RegExp(`^function ${name.replace(/\$/g, '\\$')}\\(`, 'm').test(code))
      problems.push(`has no top-level function ${name}`);
  }
  if (problems.length === 0) {
    const context = evaluateBundle(code);
    for (const name of expectedGlobals)
      if (typeof context[name] !== 'function') problems.push(`global ${name} is not a function after evaluation`);
  }
  if (!/@OnlyCurrentDoc/.test(code.slice(0, 2000))) problems.push('has no @OnlyCurrentDoc annotation in its header');
  return problems;
}

export function checkSidebar(html) {
  const problems = [];
  const closings = html.match(/<\/script/gi) ?? [];
  if (closings.length !== 1)
    problems.push(`has ${closings.length} "</script" sequences (expected the one closing tag)`);
  if (!/<script>[\s\S]+<\/script>\s*<\/body>/.test(html)) problems.push('has no inline script at the end of the body');
  if (/<script[^>]+src=/i.test(html)) problems.push('loads an external script');
  if (/<link[^>]+href=/i.test(html)) problems.push('loads an external stylesheet');
  return problems;
}

/** A .claspignore glob as a regular expression (clasp 3 uses micromatch with dot: true). */
function globToRegExp(glob) {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** Like micromatch.not(files, patterns): a file is ignored when a positive pattern matches and no negated one does. */
export function notIgnored(files, patterns) {
  const positive = patterns.filter((p) => !p.startsWith('!')).map(globToRegExp);
  const negative = patterns.filter((p) => p.startsWith('!')).map((p) => globToRegExp(p.slice(1)));
  if (positive.length === 0) positive.push(/^.*$/);
  return files.filter((file) => !(positive.some((re) => re.test(file)) && !negative.some((re) => re.test(file))));
}

function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), relative));
    else out.push(relative);
  }
  return out.sort();
}

function fileType(file) {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.js' || ext === '.gs') return 'SERVER_JS';
  if (ext === '.html') return 'HTML';
  if (path.basename(file) === 'appsscript.json') return 'JSON';
  return undefined;
}

/** What `clasp push` would upload from dist/gas with gas/.claspignore: name, type, bytes, gzip. */
export function pushList(dir = OUT_DIR) {
  const patterns = readFileSync(path.join(GAS, '.claspignore'), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  return notIgnored(listFiles(dir), patterns)
    .map((file) => ({ file, type: fileType(file) }))
    .filter((entry) => entry.type)
    .map(({ file, type }) => {
      const bytes = readFileSync(path.join(dir, file));
      const remote = type === 'JSON' ? 'appsscript' : file.replace(/\.[^.]+$/, '');
      return { file, remote, type, bytes: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
    });
}

// ---------------------------------------------------------------------------------------------

export async function build({ outDir = OUT_DIR } = {}) {
  const manifestText = readFileSync(path.join(GAS, 'appsscript.json'), 'utf8');
  const manifest = checkManifest(manifestText);
  const [{ code, map, entries, functions }, sidebar] = await Promise.all([buildCode(), buildSidebar()]);
  const globals = [...entries, ...functions.map((name) => `IPS_${name}`)];
  const problems = [
    ...checkCode(code, globals).map((p) => `Code.js ${p}`),
    ...checkSidebar(sidebar).map((p) => `Sidebar.html ${p}`),
  ];
  if (problems.length) throw new Error(`dist/gas would not work in Apps Script:\n  ${problems.join('\n  ')}`);
  const files = {
    'Code.js': code,
    'Sidebar.html': sidebar,
    'appsscript.json': `${JSON.stringify(manifest, null, 2)}\n`,
  };
  mkdirSync(outDir, { recursive: true });
  // Each file is replaced atomically (another build or a test may be reading it), and nothing else
  // is left in the folder: clasp pushes every script/HTML file it finds there.
  for (const [name, text] of Object.entries(files)) {
    const temporary = path.join(outDir, `.${name}.${process.pid}.tmp`);
    writeFileSync(temporary, text);
    renameSync(temporary, path.join(outDir, name));
  }
  for (const entry of readdirSync(outDir)) {
    if (!(entry in files) && !/^\..*\.\d+\.tmp$/.test(entry))
      rmSync(path.join(outDir, entry), { recursive: true, force: true });
  }
  const mapDir = path.join(path.dirname(outDir), `${path.basename(outDir)}-map`);
  mkdirSync(mapDir, { recursive: true });
  const temporaryMap = path.join(mapDir, `.Code.js.map.${process.pid}.tmp`);
  writeFileSync(temporaryMap, map);
  renameSync(temporaryMap, path.join(mapDir, 'Code.js.map'));
  return { entries, functions };
}

function checkClaspExample() {
  const example = JSON.parse(readFileSync(path.join(GAS, '.clasp.json.example'), 'utf8'));
  if (example.rootDir !== 'dist/gas') throw new Error('gas/.clasp.json.example: rootDir must be "dist/gas"');
  if (typeof example.scriptId !== 'string') throw new Error('gas/.clasp.json.example: scriptId missing');
}

async function main() {
  const check = process.argv.includes('--check');
  const started = Date.now();
  const { entries, functions } = await build();
  const files = pushList();
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(
    `dist/gas built in ${Date.now() - started} ms: ${entries.length} entry points, ${functions.length} custom functions`,
  );
  for (const f of files)
    console.log(
      `  ${f.file.padEnd(16)} ${String(f.bytes).padStart(9)} B (${kb(f.bytes)}), gzip ${String(f.gzip).padStart(8)} B (${kb(f.gzip)})`,
    );
  if (!check) return;

  checkClaspExample();
  const pushed = files.map((f) => f.file).sort();
  const expected = ['Code.js', 'Sidebar.html', 'appsscript.json'];
  if (JSON.stringify(pushed) !== JSON.stringify(expected))
    throw new Error(`clasp push would push ${pushed.join(', ')}; expected ${expected.join(', ')}`);
  console.log('\n--check: Code.js parses as a classic script (no import/export/require), evaluates with only');
  console.log('ECMAScript built-ins, and declares every entry point and custom function at the top level;');
  console.log('Sidebar.html is one self-contained file; appsscript.json has V8 and exactly the two scopes.');
  console.log('\nclasp push (rootDir dist/gas, ignore file gas/.claspignore) would push:');
  console.log(
    JSON.stringify(
      {
        files: files.map(({ file, remote, type, bytes, gzip }) => ({ file, remote, type, bytes, gzip })),
        entryPoints: entries,
        customFunctions: functions.map((n) => `IPS_${n}`),
      },
      null,
      2,
    ),
  );
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
