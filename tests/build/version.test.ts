/**
 * The add-in's version comes from package.json as a build-time constant (scripts/app-version.mjs,
 * src/ui/app-version.ts): the built bundles carry the version itself and nothing else of
 * package.json, and webpack has no named JSON import to warn about.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageVersion } from '../../scripts/addin-manifest.mjs';
import { build } from '../../scripts/build-gas.mjs';
import { APP_VERSION } from '../../src/ui/commands/version';
import { addinBuildWarnings, ensureAddinBuild, ROOT } from '../excel/addin-build';

const GAS_OUT = path.join(ROOT, 'test-artifacts/version/gas');
const VERSION = packageVersion(ROOT);
const PACKAGE = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

let addinDir = '';

beforeAll(async () => {
  addinDir = await ensureAddinBuild();
  await build({ outDir: GAS_OUT });
}, 300_000);

const read = (file: string) => readFileSync(file, 'utf8');
const quoted = (text: string) => [`"${text}"`, `'${text}'`, `\`${text}\``];

/** What a bundle must not carry of package.json: its dependency lists (or any entry of them). */
function packageJsonIn(code: string): string[] {
  const found: string[] = [];
  if (/\b(dev)?[dD]ependencies\b/.test(code)) found.push('a dependencies key');
  for (const [name, range] of Object.entries({ ...PACKAGE.dependencies, ...PACKAGE.devDependencies })) {
    if (code.includes(range) && code.includes(name)) found.push(`${name} ${range}`);
  }
  if (code.includes('__IPS_VERSION__')) found.push('the undefined constant __IPS_VERSION__');
  return found;
}

describe("the add-in's version", () => {
  it("is package.json's, in the tests too (vitest's define)", () => {
    expect(APP_VERSION).toBe(VERSION);
  });

  it('the pane bundles carry the version as a string, and nothing of package.json', () => {
    for (const file of ['taskpane.js', 'preview.js']) {
      const code = read(path.join(addinDir, file));
      expect(
        quoted(VERSION).some((literal) => code.includes(literal)),
        file,
      ).toBe(true);
    }
    for (const file of readdirSync(addinDir).filter((name) => name.endsWith('.js'))) {
      expect(packageJsonIn(read(path.join(addinDir, file))), file).toEqual([]);
    }
  });

  it("Apps Script's sidebar carries the version, and neither file anything of package.json", () => {
    const sidebar = read(path.join(GAS_OUT, 'Sidebar.html'));
    expect(quoted(VERSION).some((literal) => sidebar.includes(literal))).toBe(true);
    for (const file of ['Sidebar.html', 'Code.js']) {
      expect(packageJsonIn(read(path.join(GAS_OUT, file))), file).toEqual([]);
    }
  });

  it('webpack --mode production prints no warnings', () => {
    expect(addinBuildWarnings()).toEqual([]);
  });
});
