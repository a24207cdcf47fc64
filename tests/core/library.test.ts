import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

/** The published core: one ES module that `main` points at, free of DOM, Node and host APIs. */
describe('core library build', () => {
  let outfile = '';
  beforeAll(async () => {
    outfile = path.join(mkdtempSync(path.join(tmpdir(), 'ips-core-')), 'ips-core.mjs');
    await build({
      entryPoints: ['src/core/index.ts'],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      logLevel: 'silent',
    });
  });

  it('package.json main and exports point at the built module', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.main).toBe('dist/core/ips-core.js');
    expect(pkg.exports['.'].import).toBe('./dist/core/ips-core.js');
    const script = readFileSync('scripts/build-core.mjs', 'utf8');
    expect(script).toContain("outfile: 'dist/core/ips-core.js'");
    expect(script).toContain("platform: 'neutral'");
  });

  it('exports the review cycle and the employment rate (issue 12)', async () => {
    const core = await import(pathToFileURL(outfile).href);
    const names = [
      'addMonths',
      'nextReviewSerial',
      'REVIEW_INTERVALS',
      'reviewPlan',
      'reviewsDueSoon',
      'DATA_REQUEST',
      'newDataRequestChecklist',
      'updateChecklistEntry',
      'checklistStatus',
      'pickRecordSample',
      'RECORD_SAMPLE_CATEGORIES',
      'readEvidenceEntry',
      'checkEvidencePrivacy',
      'evidenceCoverage',
      'EMPLOYMENT_RATE_BANDS',
      'employmentRate',
    ];
    for (const name of names) expect(core[name], name).toBeDefined();
    // 2025-08-31 (serial 45900) + 6 months = 2026-02-28 (46081)
    expect(core.FUNCTIONS.NEXT_REVIEW.invoke(45900, 99)).toBe(46081);
    expect(core.FUNCTIONS.EMPLOYMENT_RATE.invoke(409, 1000, 'band', 'en')).toBe('Minimal');
  });

  it('exports ITEMS, FUNCTIONS and the core API, callable from Node as the README shows', async () => {
    const core = await import(pathToFileURL(outfile).href);
    expect(core.ITEMS).toHaveLength(25);
    expect(core.FUNCTIONS.CASELOAD.invoke([[19], [18], [19]])).toBe(5);
    expect(core.FUNCTIONS.CASELOAD.invoke([[19], [18], [19]], null, null, null, 'metric')).toBe(18);
    expect(core.FUNCTIONS.TOTAL.invoke(core.SAMPLE_SCORES.map((score: number) => [score]))).toBe(103);
    expect(core.FUNCTIONS.LEVEL.invoke(103, 'en')).toBe(core.DEFAULT_SCALE.levels[1].name.en);
    expect(typeof core.totalScore).toBe('function');
  });

  it('runs in a bare V8 context with no DOM, Node or host globals (as in Apps Script)', () => {
    // Turn the ES module into a script by dropping its export list, then run it with nothing but JS built-ins.
    const source = readFileSync(outfile, 'utf8').replace(/^export \{[\s\S]*?\};\s*$/m, '');
    const context = vm.createContext({});
    vm.runInContext(
      `${source}\n;globalThis.result = FUNCTIONS.JOB_DIVERSITY.invoke([["Kokk"],[" kokk"],["Renholder"]], 1, null, "metric");`,
      context,
    );
    expect(typeof context.result).toBe('number');
  });

  it('the declaration build of the core compiles without DOM or Node types', () => {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.core.json', '--noEmit'], {
      stdio: 'pipe',
    });
  });
});
