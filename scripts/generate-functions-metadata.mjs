// Excel custom-functions metadata (functions.json, functions-en.json), generated from the one
// function table in src/core/functions/table.ts, never written by hand.
//
// - As a module: `loadFunctionTable`, `functionsMetadata`, and `FunctionsMetadataPlugin` for webpack
//   (emits the files into every build and rebuilds them when a core source changes).
// - As a script: `node scripts/generate-functions-metadata.mjs [outDir]` writes both files (default dist/).
//
// The table is TypeScript; esbuild bundles it in memory and the bundle runs in a fresh node:vm
// context (the core is free of host APIs), so nothing is written to disk, no TypeScript loader is
// needed, and watch-mode rebuilds leave no modules behind in Node's module cache.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import vm from 'node:vm';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TABLE_ENTRY = 'src/core/functions/table.ts';
/** The help texts of the table's functions and parameters, out of the runtime bundles. */
export const HELP_ENTRY = 'src/core/functions/help/index.ts';

/** The metadata files: functions.json is the manifest's default (nb-NO); the en-US override points to functions-en.json. */
export const METADATA_FILES = { nb: 'functions.json', en: 'functions-en.json' };

/**
 * Bundles and imports the function table with its help (HELP_ENTRY). Returns the documented specs
 * and the source files they came from (for watch mode).
 * @param {{ root?: string, entry?: string }} [options]
 */
export async function loadFunctionTable({ root = ROOT, entry = TABLE_ENTRY } = {}) {
  // The specs come with their help joined (documented): the table itself carries only what a call
  // needs, so that the runtime bundles carry no help texts. The examples of ITEM, ANCHOR, CAPS and
  // COMPONENTS read the scale's texts, which the runtimes load on first use: give them up front
  // here, as the hosts' entries do.
  const contents = [
    `import { FUNCTION_LIST as RUNTIME_LIST } from ${JSON.stringify(`./${entry}`)};`,
    `import { documented } from ${JSON.stringify(`./${HELP_ENTRY}`)};`,
    'export const FUNCTION_LIST = RUNTIME_LIST.map(documented);',
    "import { provideScaleTexts } from './src/core/scale/registry';",
    "import { IPS_25 } from './src/core/scale/ips25';",
    'provideScaleTexts(IPS_25);',
  ].join('\n');
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: 'function-table-entry.ts', loader: 'ts' },
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__ipsFunctionTable',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const module = vm.runInNewContext(`${code}\n;__ipsFunctionTable`, {}, { filename: entry });
  if (!Array.isArray(module.FUNCTION_LIST)) throw new Error(`${entry} does not export FUNCTION_LIST`);
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => !input.includes('node_modules'))
    .map((input) => path.resolve(root, input));
  return { list: module.FUNCTION_LIST, inputs };
}

// Excel's rules: ids A–Z, 0–9, "_" and "."; names start with a letter and have at least 3 characters.
const ID_PATTERN = /^[A-Z][A-Z0-9_.]{2,}$/;
const TYPES = new Set(['number', 'string', 'boolean', 'any']);
const DIMENSIONALITIES = new Set(['scalar', 'matrix']);
// A name that is also a cell reference (A1 … XFD1048576, R1C1) cannot be called.
const CELL_REFERENCE = /^([A-Z]{1,3}[0-9]+|R[0-9]*C[0-9]*)$/;

/** Every problem with the table that would make Excel reject or misread the metadata. */
export function checkFunctionTable(list) {
  const problems = [];
  const seen = new Set();
  for (const spec of list) {
    const where = `function ${JSON.stringify(spec?.name)}`;
    if (typeof spec?.name !== 'string' || !ID_PATTERN.test(spec.name))
      problems.push(`${where}: the name must match ${ID_PATTERN}`);
    else if (CELL_REFERENCE.test(spec.name)) problems.push(`${where}: the name is also a cell reference`);
    if (seen.has(spec?.name)) problems.push(`${where}: defined twice`);
    seen.add(spec?.name);
    if (typeof spec?.invoke !== 'function') problems.push(`${where}: invoke is not a function`);
    for (const language of ['nb', 'en']) {
      if (typeof spec?.description?.[language] !== 'string' || spec.description[language].trim() === '') {
        problems.push(`${where}: description.${language} is missing`);
      }
    }
    if (!TYPES.has(spec?.result?.type) || !DIMENSIONALITIES.has(spec?.result?.dimensionality))
      problems.push(`${where}: bad result`);
    const names = new Set();
    let optionalSeen = false;
    for (const parameter of spec?.parameters ?? []) {
      const at = `${where} parameter ${JSON.stringify(parameter?.name)}`;
      if (typeof parameter?.name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(parameter.name))
        problems.push(`${at}: bad name`);
      if (names.has(parameter?.name)) problems.push(`${at}: defined twice`);
      names.add(parameter?.name);
      if (!TYPES.has(parameter?.type) || !DIMENSIONALITIES.has(parameter?.dimensionality))
        problems.push(`${at}: bad type or dimensionality`);
      if (parameter?.optional) optionalSeen = true;
      else if (optionalSeen) problems.push(`${at}: a required parameter follows an optional one`);
      for (const language of ['nb', 'en']) {
        if (typeof parameter?.description?.[language] !== 'string')
          problems.push(`${at}: description.${language} is missing`);
      }
    }
  }
  return problems;
}

/**
 * Excel on Windows registers custom functions like XLL functions, whose help texts are limited to
 * 255 characters (longer ones can make registration fail). Longer descriptions are cut at a word
 * boundary with "…" and reported, so the table's authors can shorten them.
 */
export const MAX_DESCRIPTION = 255;

function fit(text, where, warnings) {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= MAX_DESCRIPTION) return clean;
  warnings.push(`${where}: description has ${clean.length} characters, cut to ${MAX_DESCRIPTION}`);
  const cut = clean.slice(0, MAX_DESCRIPTION - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_DESCRIPTION / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/**
 * The functions.json object for one language. id = name = the table name (IPS.<NAME> in Excel);
 * descriptions in that language. `warnings` collects descriptions that had to be shortened.
 * @param {readonly any[]} list
 * @param {'nb' | 'en'} language
 * @param {string[]} [warnings]
 */
export function functionsMetadata(list, language, warnings = []) {
  const problems = checkFunctionTable(list);
  if (problems.length > 0) throw new Error(`the function table is not valid for Excel:\n- ${problems.join('\n- ')}`);
  return {
    functions: list.map((spec) => ({
      id: spec.name,
      name: spec.name,
      description: fit(spec.description[language], `${spec.name} (${language})`, warnings),
      result: { type: spec.result.type, dimensionality: spec.result.dimensionality },
      parameters: spec.parameters.map((parameter) => ({
        name: parameter.name,
        description: fit(parameter.description[language], `${spec.name}.${parameter.name} (${language})`, warnings),
        type: parameter.type,
        dimensionality: parameter.dimensionality,
        optional: parameter.optional === true,
      })),
    })),
  };
}

/** Both metadata files as { files: { fileName: jsonText }, warnings }. */
export function metadataFiles(list) {
  const warnings = [];
  const files = Object.fromEntries(
    Object.entries(METADATA_FILES).map(([language, file]) => [
      file,
      `${JSON.stringify(functionsMetadata(list, language, warnings), null, 2)}\n`,
    ]),
  );
  return { files, warnings };
}

/** Webpack plugin: emits functions.json and functions-en.json, and watches the table's sources. */
export class FunctionsMetadataPlugin {
  constructor(options = {}) {
    this.options = options;
  }

  apply(compiler) {
    const { webpack } = compiler;
    const name = 'FunctionsMetadataPlugin';
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          try {
            const { list, inputs } = await loadFunctionTable({ root: this.options.root ?? compiler.context });
            for (const input of inputs) compilation.fileDependencies.add(input);
            const { files, warnings } = metadataFiles(list);
            for (const [file, text] of Object.entries(files)) {
              compilation.emitAsset(file, new webpack.sources.RawSource(text));
            }
            for (const warning of warnings) compilation.warnings.push(new webpack.WebpackError(`${name}: ${warning}`));
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            compilation.errors.push(
              new webpack.WebpackError(`${name}: cannot generate the custom-functions metadata: ${message}`),
            );
          }
        },
      );
    });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'));
  const { list } = await loadFunctionTable();
  mkdirSync(outDir, { recursive: true });
  const { files, warnings } = metadataFiles(list);
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(path.join(outDir, file), text);
    console.log(`wrote ${path.relative(process.cwd(), path.join(outDir, file))} (${list.length} functions)`);
  }
}
