#!/usr/bin/env node
/**
 * Builds the Google Sheets add-on into dist/gas/ (what `clasp push` uploads):
 *
 *   Code.js          core + gas/server bundled and minified in PARTS held in string literals, each
 *                    made ready (indirect eval) by the first call that needs it: the custom
 *                    functions and the menu (gas/server/functions-main.ts), and, packed (raw
 *                    DEFLATE, base64: gas/server/packed.ts), the sidebar's endpoints, the
 *                    score-sheet menu item and the scale's texts; followed by GENERATED top-level
 *                    functions: the entry points (every function exported by gas/server/main.ts)
 *                    and one custom function IPS_<NAME> with JSDoc (@customfunction) per entry of
 *                    the core's FUNCTION_LIST. See "Code.js" below for why.
 *   dist/gas-map/<part>.js.map   the source map of each part as it is evaluated, kept locally
 *                    (outside dist/gas: clasp does not push it) to read the line:column of an Apps
 *                    Script stack trace, which names the part by its //# sourceURL.
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
import { loadFunctionTable } from './generate-functions-metadata.mjs';

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
 * The sidebar has no chunks to load later: the full scale (src/core/scale/ips25.ts) is in it
 * anyway (loadScaleTexts imports it), so the outline the registry imports is the full scale itself
 * (a superset of it), not a second copy of its ids, names and bands. Not for Code.js, which holds
 * the full scale packed, apart from its code (see below).
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

/**
 * Code.js gives the registry the scale's texts with provideScaleTextsOnDemand, packed as JSON; the
 * registry's loadScaleTexts (the pane's way, a dynamic import of the full scale) is never called
 * there, and would otherwise bring the scale in as code.
 */
const textsOnlyOnDemand = {
  name: 'scale-texts-only-on-demand',
  setup(build) {
    build.onResolve({ filter: /[\\/]ips25$/ }, (args) =>
      args.kind === 'dynamic-import' && /[\\/]src[\\/]core[\\/]scale[\\/]registry\.ts$/.test(args.importer)
        ? { path: 'ips25', namespace: 'scale-texts-only-on-demand' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'scale-texts-only-on-demand' }, () => ({
      contents: "throw new Error('Code.js: the scale texts come with provideScaleTextsOnDemand, not loadScaleTexts');",
      loader: 'js',
    }));
  },
};

const COMMON = {
  bundle: true,
  absWorkingDir: ROOT,
  // package.json's version as __IPS_VERSION__ (src/ui/app-version.ts): no bundle imports package.json.
  define: versionDefine(ROOT),
  write: false,
  charset: 'utf8',
  logLevel: 'silent',
};

/** Apps Script's V8 is neither a browser nor Node: no DOM, no require, no timers. */
const APPS_SCRIPT = {
  ...COMMON,
  format: 'iife',
  globalName: GLOBAL_NAME,
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2019',
};

// ---------------------------------------------------------------------------------------------
// Code.js
//
// Every execution in Sheets (each IPS_* call, each opening of the file, each menu item, each call
// from the sidebar) evaluates all of Code.js. V8 parses what it runs; a function it does not call it
// still pre-parses, but past a string literal it only reads. So Code.js holds its code in string
// literals, in parts, and an execution makes ready (indirect eval) only the parts it calls:
//   functions part    gas/server/functions-main.ts and the core it needs, minified: the custom
//                     functions and the menu (onOpen). Every other part builds on it.
//   packed parts      gas/server/sidebar-main.ts (the sidebar and its google.script.run endpoints)
//                     and gas/server/score-sheet-main.ts (the menu item that inserts a score sheet),
//                     each with what it needs beyond the functions part, minified and packed
//                     (gas/server/packed.ts). A packed part takes the modules it shares with the
//                     functions part from there (`shared`): one copy of each, one state.
//   the scale's texts src/core/scale/ips25.ts as JSON, five items to a packed group, a group
//                     unpacked the first time a function reads a long text of one of its items
//                     (gas/server/scale-texts.ts; provideScaleTextsOnDemand in the registry).
// Then the generated globals: the entry points and the IPS_* custom functions.

const SERVER_DIR = path.join(GAS, 'server');
const MAIN = path.join(SERVER_DIR, 'main.ts');
const FUNCTIONS_MAIN = path.join(SERVER_DIR, 'functions-main.ts');
const SCALE_FULL = path.join(ROOT, 'src', 'core', 'scale', 'ips25.ts');

/** The functions part: the function of Code.js that makes it ready (a trailing _ keeps a function private in Apps Script), the one that holds it, and its name in stack traces (//# sourceURL) and in dist/gas-map/. */
export const FUNCTIONS_PART = { ready: 'ipsFunctions_', source: 'ipsFunctionsSource_', name: 'ips-functions.js' };

/** The packed parts, likewise. */
export const PACKED_PARTS = [
  {
    entry: path.join(SERVER_DIR, 'sidebar-main.ts'),
    ready: 'ipsSidebar_',
    source: 'ipsPackedSidebar_',
    name: 'ips-sidebar.js',
    what: 'the sidebar and its google.script.run endpoints (gas/server/sidebar-main.ts)',
  },
  {
    entry: path.join(SERVER_DIR, 'score-sheet-main.ts'),
    ready: 'ipsScoreSheet_',
    source: 'ipsPackedScoreSheet_',
    name: 'ips-score-sheet.js',
    what: 'the menu item that inserts a score sheet (gas/server/score-sheet-main.ts)',
  },
];

/** The function of Code.js that holds the scale's texts, packed. */
export const PACKED_SCALE_TEXTS = 'ipsPackedScaleTexts_';
/** The parameter a packed part reads the functions part's modules from. */
const SHARED = 'ipsShared';

const slashes = (file) => file.split(path.sep).join('/');
/** A module's key in `shared`: its path from the repository root. */
const moduleKey = (file) => slashes(path.relative(ROOT, file));

/**
 * Text as Code.js holds it packed: raw DEFLATE, base64 (gas/server/packed.ts unpacks it). ASCII
 * only, so that unpacking has no UTF-8 to decode: JavaScript built with charset 'ascii' (and
 * escapeNonAscii), JSON through asciiJson.
 */
export function packText(text) {
  const at = text.search(/[\u0080-\uffff]/);
  if (at >= 0) throw new Error(`packText: not ASCII at ${at} (${JSON.stringify(text.slice(at, at + 20))})`);
  return zlib.deflateRawSync(Buffer.from(text, 'latin1'), { level: 9 }).toString('base64');
}

const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlqDecode(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = VLQ.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function vlqEncode(values) {
  let out = '';
  for (const signed of values) {
    let value = signed < 0 ? (-signed << 1) | 1 : signed << 1;
    do {
      let digit = value & 31;
      value >>>= 5;
      if (value) digit |= 32;
      out += VLQ[digit];
    } while (value);
  }
  return out;
}

const unicodeEscape = (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Code with every character outside ASCII written as a \u escape (what esbuild's charset 'ascii'
 * leaves: regular expressions), and its source map with the columns moved to match.
 */
export function escapeNonAscii(code, mapText) {
  if (!/[\u0080-\uffff]/.test(code)) return { code, map: mapText };
  const lines = code.split('\n');
  const map = JSON.parse(mapText);
  const mappingLines = map.mappings.split(';');
  for (let line = 0; line < lines.length; line++) {
    const text = lines[line];
    const escaped = [];
    for (let column = 0; column < text.length; column++) if (text.charCodeAt(column) > 0x7f) escaped.push(column);
    if (escaped.length === 0) continue;
    lines[line] = text.replace(/[\u0080-\uffff]/g, unicodeEscape);
    if (!mappingLines[line]) continue;
    // An escape is 5 characters longer than the character: a segment moves by 5 for each one before it.
    let column = 0;
    let moved = 0;
    mappingLines[line] = mappingLines[line]
      .split(',')
      .map((segment) => {
        const values = vlqDecode(segment);
        column += values[0];
        const at = column + 5 * escaped.filter((position) => position < column).length;
        values[0] = at - moved;
        moved = at;
        return vlqEncode(values);
      })
      .join(',');
  }
  map.mappings = mappingLines.join(';');
  return { code: lines.join('\n'), map: JSON.stringify(map) };
}

/** JSON.stringify, with every character outside ASCII written as a \u escape (JSON.parse reads it back). */
export function asciiJson(value) {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, unicodeEscape);
}

/**
 * The functions part's entry: everything functions-main.ts exports; the scale's texts on demand;
 * `unpack`, for the packed parts; and `shared`, the namespaces of the modules they use.
 */
function functionsEntry(sharedFiles) {
  const from = (file) => JSON.stringify(slashes(file));
  return [
    // Strict, as the TypeScript modules are (esbuild keeps the directive at the top of the bundle).
    '"use strict";',
    `export * from ${from(FUNCTIONS_MAIN)};`,
    `import { provideScaleTextsOnDemand } from ${from(path.join(ROOT, 'src', 'core', 'scale', 'registry.ts'))};`,
    `import { unpackText } from ${from(path.join(SERVER_DIR, 'packed.ts'))};`,
    `import { unpackScale } from ${from(path.join(SERVER_DIR, 'scale-texts.ts'))};`,
    ...sharedFiles.map((file, index) => `import * as shared${index} from ${from(file)};`),
    `provideScaleTextsOnDemand(() => unpackScale(${PACKED_SCALE_TEXTS}()));`,
    'export { unpackText as unpack };',
    `export const shared = {${sharedFiles.map((file, index) => `${JSON.stringify(moduleKey(file))}: shared${index}`).join(', ')}};`,
    '',
  ].join('\n');
}

/** The files an esbuild metafile lists as bundled, as absolute paths (virtual modules left out). */
function bundledFiles(metafile) {
  return new Set(
    Object.keys(metafile.inputs)
      .filter((key) => !key.startsWith('<') && !/^[\w-]+:/.test(key))
      .map((key) => path.resolve(ROOT, key)),
  );
}

function outputText(result, suffix) {
  return result.outputFiles.find((file) => file.path.endsWith(suffix))?.text;
}

/** The functions part, `var IPS = (() => {...})();`, minified, with its source map and the files in it. */
async function bundleFunctionsPart(sharedFiles) {
  const result = await esbuild.build({
    ...APPS_SCRIPT,
    stdin: {
      contents: functionsEntry(sharedFiles),
      resolveDir: ROOT,
      sourcefile: 'gas/server/(functions part).js',
      loader: 'js',
    },
    outfile: path.join(OUT_DIR, FUNCTIONS_PART.name),
    plugins: [textsOnlyOnDemand],
    minify: true,
    sourcemap: 'external',
    legalComments: 'none',
    metafile: true,
  });
  return { code: outputText(result, '.js'), map: outputText(result, '.js.map'), files: bundledFiles(result.metafile) };
}

/** Resolves a packed part's imports of a module the functions part has to `ipsShared["<path>"]`. */
function sharedModules(functionsFiles, used) {
  return {
    name: 'modules-of-the-functions-part',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === 'resolving' || args.kind === 'entry-point') return undefined;
        const resolved = await build.resolve(args.path, {
          importer: args.importer,
          resolveDir: args.resolveDir,
          kind: args.kind,
          pluginData: 'resolving',
        });
        if (resolved.errors.length > 0 || !functionsFiles.has(resolved.path)) return undefined;
        used.add(resolved.path);
        return { path: moduleKey(resolved.path), namespace: 'functions-part' };
      });
      build.onLoad({ filter: /.*/, namespace: 'functions-part' }, (args) => ({
        contents: `module.exports = ${SHARED}[${JSON.stringify(args.path)}];`,
        loader: 'js',
      }));
    },
  };
}

/** A packed part, minified and ASCII, with its source map; `used`: the functions part's modules it takes. */
async function bundlePackedPart(part, functionsFiles) {
  const used = new Set();
  const result = await esbuild.build({
    ...APPS_SCRIPT,
    entryPoints: [part.entry],
    plugins: [textsOnlyOnDemand, sharedModules(functionsFiles, used)],
    outfile: path.join(OUT_DIR, part.name),
    // ASCII, for packText: any other character is written as an escape.
    charset: 'ascii',
    minify: true,
    sourcemap: 'external',
    legalComments: 'none',
  });
  // esbuild's charset 'ascii' leaves regular expressions as they are.
  const { code, map } = escapeNonAscii(outputText(result, '.js'), outputText(result, '.js.map'));
  return { code, map, used };
}

/**
 * All parts. The functions part hands over the modules the packed parts use, and handing them
 * over keeps all of their exports, which may bring in more modules: repeated until that settles.
 */
async function bundleParts() {
  let shared = [];
  for (let round = 0; round < 5; round++) {
    const functionsPart = await bundleFunctionsPart(shared);
    const packedParts = await Promise.all(PACKED_PARTS.map((part) => bundlePackedPart(part, functionsPart.files)));
    const used = [...new Set(packedParts.flatMap((part) => [...part.used]))].sort();
    if (used.join('\n') === shared.join('\n')) return { functionsPart, packedParts, shared };
    shared = used;
  }
  throw new Error('the modules the packed parts take from the functions part did not settle');
}

/**
 * A part as it is evaluated (indirect eval): a function expression of `parameter` returning the
 * part's exports, called at once when `call` is set (the functions part) or with the functions
 * part's modules (a packed part). Its source map moves down the one line above the bundle, and
 * names the part as stack traces do (//# sourceURL).
 */
export function partSource(bundle, mapText, { name, parameter = '', call = false }) {
  const text = [
    `(function (${parameter}) {`,
    bundle.trimEnd(),
    `return ${GLOBAL_NAME};`,
    call ? '})()' : '})',
    `//# sourceURL=${name}`,
    '',
  ].join('\n');
  return { text, map: shiftSourceMap(mapText, 1, name) };
}

/** Throws unless `value` is plain JSON data all the way down (it is sent through JSON.stringify). */
function assertPlainData(value, where) {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number' && Number.isFinite(value)) return;
  if (Array.isArray(value)) return value.forEach((entry, index) => assertPlainData(entry, `${where}[${index}]`));
  if (typeof value === 'object' && Object.prototype.toString.call(value) === '[object Object]') {
    for (const [key, entry] of Object.entries(value)) assertPlainData(entry, `${where}.${key}`);
    return;
  }
  throw new Error(`${where} is not plain JSON data (${typeof value}): the scale cannot be held as JSON`);
}

/** Items per packed group of the scale's texts: a function reading one item's text unpacks its group. */
export const SCALE_TEXTS_GROUP = 5;

/**
 * src/core/scale/ips25.ts's IPS_25 (checked to be plain data, so that JSON.parse gives it back)
 * packed as gas/server/scale-texts.ts reads it: the scale with each item only `{ id, keys }`, and
 * the items in groups of SCALE_TEXTS_GROUP, each ASCII JSON packed on its own.
 */
async function packScale() {
  const result = await esbuild.build({ ...APPS_SCRIPT, entryPoints: [SCALE_FULL], outfile: 'scale.js' });
  const context = vm.createContext({});
  new vm.Script(outputText(result, '.js'), { filename: 'ips25.js' }).runInContext(context);
  const scale = context[GLOBAL_NAME].IPS_25;
  assertPlainData(scale, 'IPS_25');
  return { bytes: asciiJson(scale).length, packed: packScaleData(scale) };
}

/** A scale (plain data) packed as gas/server/scale-texts.ts's unpackScale reads it. */
export function packScaleData(scale, groupSize = SCALE_TEXTS_GROUP) {
  const head = asciiJson({ ...scale, items: scale.items.map((item) => ({ id: item.id, keys: Object.keys(item) })) });
  const groups = [];
  for (let at = 0; at < scale.items.length; at += groupSize)
    groups.push(asciiJson(scale.items.slice(at, at + groupSize)));
  return { head: packText(head), groups: groups.map(packText), groupSize };
}

/** main.ts bundled whole and readable: what the function list and the entry points' parameter names are read from. */
async function bundleMainReadable() {
  const result = await esbuild.build({
    ...APPS_SCRIPT,
    entryPoints: [MAIN],
    outfile: path.join(OUT_DIR, 'main.js'),
    legalComments: 'eof',
  });
  return outputText(result, '.js');
}

/**
 * The parts as Code.js holds them, in string literals that an execution only reads past: the
 * functions part as it is, the packed parts and the scale's texts packed. Each part is made ready
 * by the first call that needs it, once per execution.
 */
export function partsSource({ functionsText, packedParts, packedScaleTexts, scaleTextsBytes }) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  const exportsOf = (ready) => `${ready.replace(/_$/, '')}Exports_`;
  return [
    ...[FUNCTIONS_PART, ...PACKED_PARTS].map((part) => `var ${exportsOf(part.ready)};`),
    '/** The custom functions and the menu (gas/server/functions-main.ts and src/core), made ready by the first call that needs them. */',
    `function ${FUNCTIONS_PART.ready}() {`,
    `  return ${exportsOf(FUNCTIONS_PART.ready)} || (${exportsOf(FUNCTIONS_PART.ready)} = (0, eval)(${FUNCTIONS_PART.source}()));`,
    '}',
    ...PACKED_PARTS.flatMap((part) => [
      `/** ${part.what[0].toUpperCase()}${part.what.slice(1)}, made ready by the first call that needs it. */`,
      `function ${part.ready}() {`,
      `  return ${exportsOf(part.ready)} || (${exportsOf(part.ready)} = ipsUnpackPart_(${part.source}()));`,
      '}',
    ]),
    '/** A packed part unpacked and evaluated, with the modules it takes from the functions part. */',
    'function ipsUnpackPart_(packed) {',
    `  var functions = ${FUNCTIONS_PART.ready}();`,
    '  return (0, eval)(functions.unpack(packed))(functions.shared);',
    '}',
    `/** The functions part (${FUNCTIONS_PART.name}), minified (${kb(Buffer.byteLength(functionsText))}). */`,
    `function ${FUNCTIONS_PART.source}() {`,
    `  return ${JSON.stringify(functionsText)};`,
    '}',
    ...PACKED_PARTS.flatMap((part, index) => [
      `/** ${part.name}: ${part.what}, minified (${kb(packedParts[index].bytes)}) and packed (gas/server/packed.ts). */`,
      `function ${part.source}() {`,
      `  return ${JSON.stringify(packedParts[index].packed)};`,
      '}',
    ]),
    `/** The scale's long texts (src/core/scale/ips25.ts as JSON, ${kb(scaleTextsBytes)}), packed (gas/server/scale-texts.ts): an item's group is unpacked when a function first reads one of its texts. */`,
    `function ${PACKED_SCALE_TEXTS}() {`,
    '  return {',
    `    head: ${JSON.stringify(packedScaleTexts.head)},`,
    '    groups: [',
    ...packedScaleTexts.groups.map((group) => `      ${JSON.stringify(group)},`),
    '    ],',
    `    groupSize: ${packedScaleTexts.groupSize},`,
    '  };',
    '}',
  ].join('\n');
}

/** A source map for its place in a file: `lines` more lines above what it maps. */
export function shiftSourceMap(mapText, lines, file) {
  const map = JSON.parse(mapText);
  map.file = file;
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

function entryPointSource(name, fn, part) {
  const params = paramNames(fn).filter((p, i, all) => IDENTIFIER.test(p) && !RESERVED.has(p) && all.indexOf(p) === i);
  return `function ${name}(${params.join(', ')}) {\n  return ${part}().${name}.apply(this, arguments);\n}`;
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

/**
 * One Sheets custom function, with the JSDoc Sheets reads for autocomplete and the formula help.
 * `spec` is documented: its help (src/core/functions/help) joined to it, as loadFunctionTable gives it.
 */
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
    `  return ${FUNCTIONS_PART.ready}().customFunction(${JSON.stringify(spec.name)}, arguments);`,
    '}',
  ];
  return lines.join('\n');
}

/** The names a module exports (its own export statements; esbuild lists them for an ES module). */
async function exportNames(entry) {
  const result = await esbuild.build({
    ...COMMON,
    bundle: false,
    entryPoints: [entry],
    format: 'esm',
    outfile: 'exports.js',
    metafile: true,
  });
  return Object.values(result.metafile.outputs)[0].exports;
}

export async function buildCode() {
  const [readable, parts, scaleTexts, partExports, documentedTable] = await Promise.all([
    bundleMainReadable(),
    bundleParts(),
    packScale(),
    Promise.all([FUNCTIONS_MAIN, ...PACKED_PARTS.map((part) => part.entry)].map(exportNames)),
    // The help texts for the JSDoc: the runtime bundle does not carry them (src/core/functions/help).
    loadFunctionTable({ root: ROOT }),
  ]);
  const ips = evaluateBundle(readable, 'main.js')[GLOBAL_NAME];
  if (!ips || typeof ips.customFunction !== 'function')
    throw new Error('gas/server/main.ts does not export customFunction');
  const list = ips.FUNCTION_LIST;
  if (!Array.isArray(list) || list.length === 0) throw new Error('gas/server/main.ts exports no FUNCTION_LIST');

  const exported = Object.keys(ips).filter((name) => typeof ips[name] === 'function' && !NOT_GLOBAL.has(name));
  const entries = [
    ...FIRST_ENTRIES.filter((name) => exported.includes(name)),
    ...exported.filter((name) => !FIRST_ENTRIES.includes(name)).sort(),
  ];
  /** The function of Code.js that makes ready the part an entry point is in. */
  const readyOf = Object.fromEntries(
    entries.map((name) => {
      const owners = [FUNCTIONS_PART, ...PACKED_PARTS].filter((_, index) => partExports[index].includes(name));
      if (owners.length !== 1)
        throw new Error(`${name} is exported by ${owners.length} parts of gas/server (expected one)`);
      return [name, owners[0].ready];
    }),
  );
  for (const name of entries) {
    if (!IDENTIFIER.test(name) || name.endsWith('_') || name.startsWith('IPS_'))
      throw new Error(`cannot make a global of export ${name}`);
  }
  const documentedByName = new Map(documentedTable.list.map((spec) => [spec.name, spec]));
  const documentedSpec = (name) => {
    const spec = documentedByName.get(name);
    if (!spec) throw new Error(`IPS_${name} is not in the documented function table (src/core/functions/table.ts)`);
    return spec;
  };
  const names = new Set();
  for (const spec of list) {
    if (names.has(spec.name)) throw new Error(`FUNCTION_LIST has ${spec.name} twice`);
    names.add(spec.name);
  }

  const functionsPart = partSource(parts.functionsPart.code, parts.functionsPart.map, {
    name: FUNCTIONS_PART.name,
    call: true,
  });
  const packedParts = PACKED_PARTS.map((part, index) => {
    const { text, map } = partSource(parts.packedParts[index].code, parts.packedParts[index].map, {
      name: part.name,
      parameter: SHARED,
    });
    return { name: part.name, text, map, bytes: Buffer.byteLength(text), packed: packText(text) };
  });
  const header = [
    '/**',
    ' * IPS Fidelity for Google Sheets.',
    ' * GENERATED by scripts/build-gas.mjs from gas/server and src/core: do not edit; edit the sources.',
    ' *',
    ' * @OnlyCurrentDoc',
    ' */',
    '',
  ].join('\n');
  const held = partsSource({
    functionsText: functionsPart.text,
    packedParts,
    packedScaleTexts: scaleTexts.packed,
    scaleTextsBytes: scaleTexts.bytes,
  });
  const code = [
    header,
    held,
    '',
    '// ---- Entry points: menus, triggers and the google.script.run endpoints (gas/server/main.ts) ----',
    '',
    entries.map((name) => entryPointSource(name, ips[name], readyOf[name])).join('\n\n'),
    '',
    `// ---- Custom functions: one per entry of FUNCTION_LIST (src/core/functions/table.ts), ${list.length} in all ----`,
    '',
    list.map((spec) => customFunctionSource(documentedSpec(spec.name))).join('\n\n'),
    '',
  ].join('\n');
  return {
    code,
    /** The parts as they are evaluated, with their source maps. */
    parts: [
      { name: FUNCTIONS_PART.name, text: functionsPart.text, map: functionsPart.map },
      ...packedParts.map(({ name, text, map }) => ({ name, text, map })),
    ],
    entries,
    readyOf,
    functions: list.map((spec) => spec.name),
    sizes: {
      functionsPart: Buffer.byteLength(functionsPart.text),
      packedParts: packedParts.map(({ name, bytes, packed }) => ({ name, bytes, packed: packed.length })),
      scaleTexts: scaleTexts.bytes,
      scaleTextsPacked: [scaleTexts.packed.head, ...scaleTexts.packed.groups].join('').length,
    },
    shared: parts.shared.map(moduleKey),
  };
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
    plugins: [outlineIsFullScale],
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

/** What Code.js and its server part may not have: Apps Script runs one classic script, with no modules. */
function moduleProblems(code) {
  const problems = [];
  if (/^\s*(import|export)\b(?!\s*\()/m.test(code)) problems.push('has an import/export statement');
  if (/(^|[^.\w$])require\s*\(/.test(code)) problems.push('calls require()');
  if (/(^|[^.\w$])import\s*\(/.test(code)) problems.push('has a dynamic import()');
  return problems;
}

/**
 * Offline checks of Code.js: what Apps Script needs to accept and run it. `readyOf` gives, for each
 * entry point, the function of Code.js that makes its part ready: every part is made ready and must
 * have its entry points, and the scale's texts must unpack.
 */
export function checkCode(code, expectedGlobals, readyOf = {}) {
  const problems = [];
  try {
    new vm.Script(code, { filename: 'Code.js' });
  } catch (error) {
    problems.push(`does not parse as a classic script: ${error.message}`);
  }
  problems.push(...moduleProblems(code));
  for (const name of expectedGlobals) {
    if (!new RegExp(`^function ${name.replace(/\$/g, '\\$')}\\(`, 'm').test(code))
      problems.push(`has no top-level function ${name}`);
  }
  if (problems.length === 0) {
    const context = evaluateBundle(code);
    for (const name of expectedGlobals)
      if (typeof context[name] !== 'function') problems.push(`global ${name} is not a function after evaluation`);
    try {
      problems.push(...moduleProblems(context[FUNCTIONS_PART.source]()).map((p) => `its functions part ${p}`));
      const functions = context[FUNCTIONS_PART.ready]();
      for (const part of PACKED_PARTS)
        problems.push(...moduleProblems(functions.unpack(context[part.source]())).map((p) => `${part.name} ${p}`));
      for (const [name, ready] of Object.entries(readyOf))
        if (typeof context[ready]()?.[name] !== 'function') problems.push(`${ready}() has no function ${name}`);
      const texts = context[PACKED_SCALE_TEXTS]();
      const head = JSON.parse(functions.unpack(texts.head));
      const items = texts.groups.flatMap((group) => JSON.parse(functions.unpack(group)));
      if (head.id !== 'ips25' || items.map((item) => item.id).join() !== head.items.map((item) => item.id).join())
        problems.push("the scale's texts do not unpack to the scale ips25");
    } catch (error) {
      problems.push(`its parts cannot be made ready: ${error.message}`);
    }
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
  const [{ code, parts, entries, readyOf, functions, sizes }, sidebar] = await Promise.all([
    buildCode(),
    buildSidebar(),
  ]);
  const globals = [...entries, ...functions.map((name) => `IPS_${name}`)];
  const problems = [
    ...checkCode(code, globals, readyOf).map((p) => `Code.js ${p}`),
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
  // The source maps of the parts as they are evaluated (named in stack traces by their //# sourceURL).
  for (const entry of readdirSync(mapDir))
    if (!parts.some((part) => entry === `${part.name}.map`) && !/^\..*\.\d+\.tmp$/.test(entry))
      rmSync(path.join(mapDir, entry), { force: true });
  for (const { name, map } of parts) {
    const temporaryMap = path.join(mapDir, `.${name}.map.${process.pid}.tmp`);
    writeFileSync(temporaryMap, map);
    renameSync(temporaryMap, path.join(mapDir, `${name}.map`));
  }
  return { entries, functions, sizes };
}

function checkClaspExample() {
  const example = JSON.parse(readFileSync(path.join(GAS, '.clasp.json.example'), 'utf8'));
  if (example.rootDir !== 'dist/gas') throw new Error('gas/.clasp.json.example: rootDir must be "dist/gas"');
  if (typeof example.scriptId !== 'string') throw new Error('gas/.clasp.json.example: scriptId missing');
}

async function main() {
  const check = process.argv.includes('--check');
  const started = Date.now();
  const { entries, functions, sizes } = await build();
  const files = pushList();
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(
    `dist/gas built in ${Date.now() - started} ms: ${entries.length} entry points, ${functions.length} custom functions`,
  );
  for (const f of files)
    console.log(
      `  ${f.file.padEnd(16)} ${String(f.bytes).padStart(9)} B (${kb(f.bytes)}), gzip ${String(f.gzip).padStart(8)} B (${kb(f.gzip)})`,
    );
  console.log(
    `  Code.js holds: ${FUNCTIONS_PART.name} ${kb(sizes.functionsPart)}; ` +
      sizes.packedParts.map((part) => `${part.name} ${kb(part.bytes)} packed in ${kb(part.packed)}; `).join('') +
      `the scale's texts ${kb(sizes.scaleTexts)} packed in ${kb(sizes.scaleTextsPacked)}`,
  );
  if (!check) return;

  checkClaspExample();
  const pushed = files.map((f) => f.file).sort();
  const expected = ['Code.js', 'Sidebar.html', 'appsscript.json'];
  if (JSON.stringify(pushed) !== JSON.stringify(expected))
    throw new Error(`clasp push would push ${pushed.join(', ')}; expected ${expected.join(', ')}`);
  console.log('\n--check: Code.js parses as a classic script (no import/export/require), evaluates with only');
  console.log('ECMAScript built-ins, declares every entry point and custom function at the top level, and');
  console.log("makes every part ready (each has its entry points; the scale's texts unpack);");
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
