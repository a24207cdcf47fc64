/**
 * One production build of the add-in for the tests, into test-artifacts/addin-dist/ (not dist/,
 * which may hold a real deployment build), with a test base URL so the manifest rewrite is tested.
 *
 * `tests/excel/global-setup.ts` builds before the test files run; test files call
 * `ensureAddinBuild()` too, which reuses a build newer than every input and otherwise builds
 * under a lock, so parallel test files never build twice or read a half-written directory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ADDIN_TEST_OUT = path.join(ROOT, 'test-artifacts/addin-dist');
export const TEST_BASE_URL = 'https://ips-fidelity.example/addin/';
const STAMP = path.join(ADDIN_TEST_OUT, '.build-stamp.json');
const LOCK = path.join(ROOT, 'test-artifacts/.addin-build.lock');
const INPUTS = [
  'src',
  'manifest',
  'assets',
  'scripts/generate-functions-metadata.mjs',
  'scripts/addin-manifest.mjs',
  'scripts/app-version.mjs',
  'scripts/markdown.mjs',
  'docs',
  'webpack.config.js',
  'tsconfig.json',
  'package.json',
];

function newestInput(): number {
  let newest = 0;
  const visit = (file: string) => {
    if (!existsSync(file)) return;
    const stat = statSync(file);
    if (stat.isDirectory()) for (const entry of readdirSync(file)) visit(path.join(file, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const input of INPUTS) visit(path.join(ROOT, input));
  return newest;
}

function isFresh(): boolean {
  if (!existsSync(STAMP)) return false;
  try {
    const stamp = JSON.parse(readFileSync(STAMP, 'utf8')) as { inputs: number; baseUrl: string };
    return stamp.baseUrl === TEST_BASE_URL && stamp.inputs >= newestInput();
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function withLock<T>(work: () => T): Promise<T> {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + 240_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock older than 5 minutes is left over from a killed run.
      if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })!.mtimeMs > 300_000)
        rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`waited 4 minutes for ${LOCK}`, { cause: error });
      await sleep(250);
    }
  }
  try {
    return work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** The warnings webpack printed for the build in ADDIN_TEST_OUT (call ensureAddinBuild first). */
export function addinBuildWarnings(): string[] {
  const stamp = JSON.parse(readFileSync(STAMP, 'utf8')) as { warnings?: string[] };
  return stamp.warnings ?? ['the build stamp does not list the warnings: build again'];
}

/** Builds (if needed) and returns the output directory. */
export async function ensureAddinBuild(): Promise<string> {
  if (isFresh()) return ADDIN_TEST_OUT;
  await withLock(() => {
    if (isFresh()) return;
    const inputs = newestInput();
    rmSync(ADDIN_TEST_OUT, { recursive: true, force: true });
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'],
      {
        cwd: ROOT,
        env: { ...process.env, IPS_ADDIN_BASE_URL: TEST_BASE_URL, IPS_ADDIN_OUT_DIR: ADDIN_TEST_OUT },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (result.status !== 0) {
      throw new Error(`webpack --mode production failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
    }
    // webpack's own warnings ("WARNING in …"), kept for tests/build/version.test.ts: the build prints none.
    const warnings = result.stdout.match(/^WARNING\b.*$/gm) ?? [];
    writeFileSync(
      STAMP,
      JSON.stringify({ inputs, baseUrl: TEST_BASE_URL, builtAt: new Date().toISOString(), warnings }),
    );
  });
  return ADDIN_TEST_OUT;
}
