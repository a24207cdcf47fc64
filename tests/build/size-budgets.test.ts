/**
 * What users download stays within the budgets of issue 13 (bench/budgets.mjs, where the aims
 * are too). Sizes only: no timing is asserted (bench/gas-cold.mjs and bench/start.mjs print those).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  APPS_SCRIPT_CODE_BUDGET_KB,
  APPS_SCRIPT_SIDEBAR_BUDGET_KB,
  FUNCTIONS_JS_GZIP_BUDGET_KB,
} from '../../bench/budgets.mjs';
import { build } from '../../scripts/build-gas.mjs';
import { ensureAddinBuild, ROOT } from '../excel/addin-build';

const GAS_OUT = path.join(ROOT, 'test-artifacts/size-budgets/gas');
const kb = (bytes: number) => bytes / 1024;

let addinDir = '';

beforeAll(async () => {
  addinDir = await ensureAddinBuild();
  await build({ outDir: GAS_OUT });
}, 300_000);

describe('size budgets', () => {
  it(`Excel's functions.js is at most ${FUNCTIONS_JS_GZIP_BUDGET_KB} KB gzip`, () => {
    const gzip = gzipSync(readFileSync(path.join(addinDir, 'functions.js')), { level: 9 }).length;
    expect(kb(gzip)).toBeLessThanOrEqual(FUNCTIONS_JS_GZIP_BUDGET_KB);
  });

  it(`Apps Script's Code.js is at most ${APPS_SCRIPT_CODE_BUDGET_KB} KB`, () => {
    expect(kb(readFileSync(path.join(GAS_OUT, 'Code.js')).length)).toBeLessThanOrEqual(APPS_SCRIPT_CODE_BUDGET_KB);
  });

  it(`Apps Script's Sidebar.html is at most ${APPS_SCRIPT_SIDEBAR_BUDGET_KB} KB`, () => {
    expect(kb(readFileSync(path.join(GAS_OUT, 'Sidebar.html')).length)).toBeLessThanOrEqual(
      APPS_SCRIPT_SIDEBAR_BUDGET_KB,
    );
  });
});
