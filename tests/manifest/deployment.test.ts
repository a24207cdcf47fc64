/**
 * The Excel add-in as an organisation deploys it: the manifest's version comes from package.json,
 * it links a support page and a privacy statement shipped with the add-in, it has icons at every
 * required size, and `npm run package` turns a build for a base URL into a zip whose manifest is
 * schema-valid, points only at that base URL and at files in the zip, and mentions no localhost.
 *
 * The package is made from the shared test build (tests/excel/addin-build.ts, base URL
 * https://ips-fidelity.example/addin/) with `packageFolder`, the step `npm run package` runs
 * after webpack; the localhost guard inside webpack is tested on a small real compilation.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import webpack from 'webpack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesMentioningLocalhost, LocalhostGuardPlugin, manifestVersion } from '../../scripts/addin-manifest.mjs';
import { listFiles, manifestUrls, packageFolder, parseOptions } from '../../scripts/package-addin.mjs';
import { ADDIN_TEST_OUT, ensureAddinBuild, ROOT, TEST_BASE_URL } from '../excel/addin-build';

const SOURCE = path.join(ROOT, 'manifest/manifest.xml');
const SCHEMA = path.join(ROOT, 'manifest/schemas/OfficeAppManifestV1_1.xsd');
const PACKAGE_VERSION = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;

const temporary: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ips-deploy-'));
  temporary.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function versionOf(xml: string): string {
  return /<Version>([^<]*)<\/Version>/.exec(xml)?.[1] ?? '';
}

/** The DefaultValue of a top-level setting, or of the resource a resid names. */
function setting(xml: string, element: string): string | undefined {
  return new RegExp(`<${element} DefaultValue="([^"]+)"`).exec(xml)?.[1];
}
function resource(xml: string, id: string): string | undefined {
  return new RegExp(`<bt:(?:Url|Image|String) id="${id.replace('.', '\\.')}" DefaultValue="([^"]+)"`).exec(xml)?.[1];
}

function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

function xmllint(file: string) {
  const result = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  if (result.error) throw new Error(`xmllint is needed (apt-get install libxml2-utils): ${result.error.message}`);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the manifest an organisation deploys', () => {
  const xml = readFileSync(SOURCE, 'utf8');

  it('has the version of package.json in the four-part form Office wants (0.1.0 → 0.1.0.0)', () => {
    expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(manifestVersion('2')).toBe('2.0.0.0');
    expect(manifestVersion('1.2.3.4')).toBe('1.2.3.4');
    expect(() => manifestVersion('0.2.0-beta.1')).toThrow(/pre-release/);
    expect(() => manifestVersion('1.2.3.4.5')).toThrow(/n\.n\.n\.n/);
    expect(versionOf(xml)).toBe(manifestVersion(PACKAGE_VERSION));
  });

  it('links a support page and, in the get-started callout, the privacy statement, both shipped with the add-in', () => {
    expect(setting(xml, 'SupportUrl')).toBe('https://localhost:3000/support.html');
    const getStarted = /<GetStarted>([\s\S]*?)<\/GetStarted>/.exec(xml)?.[1] ?? '';
    const learnMore = /<LearnMoreUrl resid="([^"]+)"/.exec(getStarted)?.[1];
    expect(learnMore && resource(xml, learnMore)).toBe('https://localhost:3000/privacy.html');
    for (const page of ['support.html', 'privacy.html'])
      expect(existsSync(path.join(ROOT, 'manifest/pages', page)), page).toBe(true);
  });

  it('says in the privacy statement, in bokmål and English, what is stored where and that nothing is sent', () => {
    const page = readFileSync(path.join(ROOT, 'manifest/pages/privacy.html'), 'utf8');
    const section = (language: string) =>
      new RegExp(`<section id="${language}" lang="${language}">([\\s\\S]*?)</section>`).exec(page)?.[1] ?? '';
    const nb = section('nb');
    const en = section('en');
    expect(nb).toMatch(/bare i arbeidsboken/);
    expect(nb).toMatch(/ingen nettverkskall/i);
    expect(nb).toMatch(/ingen telemetri/i);
    expect(en).toMatch(/only in the workbook/);
    expect(en).toMatch(/no network calls/i);
    expect(en).toMatch(/no telemetry/i);
    // Self-contained: no scripts, nothing loaded from elsewhere.
    expect(page).not.toMatch(/<script|<link|src="http|url\(/i);
  });

  it('has icons at every required size: 16, 32 and 80 for each ribbon icon, 32 and 64 for the add-in, each file that size', () => {
    for (const icon of xml.match(/<Icon>[\s\S]*?<\/Icon>/g) ?? []) {
      const sizes = [...icon.matchAll(/size="(\d+)"/g)].map((match) => Number(match[1]));
      expect(sizes).toEqual(expect.arrayContaining([16, 32, 80]));
    }
    const asset = (url: string) => path.join(ROOT, url.replace('https://localhost:3000/', ''));
    expect(pngSize(asset(setting(xml, 'IconUrl')!))).toEqual([32, 32]);
    expect(pngSize(asset(setting(xml, 'HighResolutionIconUrl')!))).toEqual([64, 64]);
    for (const size of [16, 32, 80])
      expect(pngSize(asset(resource(xml, `Icon.${size}x${size}`)!))).toEqual([size, size]);
  });
});

describe('npm run package: the zip for a base URL', () => {
  let zipFile = '';
  let files: string[] = [];
  let packagedManifest = '';

  beforeAll(async () => {
    await ensureAddinBuild();
    const result = packageFolder({
      outDir: ADDIN_TEST_OUT,
      baseUrl: TEST_BASE_URL,
      zipFile: path.join(tempDir(), 'addin.zip'),
    });
    ({ zipFile, files } = result);
    const manifest = spawnSync('unzip', ['-p', zipFile, 'manifest.xml'], { encoding: 'utf8' });
    if (manifest.status !== 0) throw new Error(`unzip -p failed: ${manifest.stderr}`);
    packagedManifest = manifest.stdout;
    writeFileSync(path.join(tempDir(), 'manifest.xml'), packagedManifest);
  }, 300_000);

  it('is a sound zip of every built file (unzip -t checks each CRC)', () => {
    const test = spawnSync('unzip', ['-t', zipFile], { encoding: 'utf8' });
    expect(test.status, test.stdout + test.stderr).toBe(0);
    expect(test.stdout).toContain('No errors detected');
    const listed = spawnSync('unzip', ['-Z1', zipFile], { encoding: 'utf8' }).stdout.trim().split('\n').sort();
    expect(listed).toEqual(listFiles(ADDIN_TEST_OUT));
    expect(listed).toEqual(files);
    expect(listed).toEqual(
      expect.arrayContaining([
        'manifest.xml',
        'taskpane.html',
        'functions.js',
        'functions.json',
        'privacy.html',
        'support.html',
        'assets/icon-80.png',
      ]),
    );
  });

  it("holds a manifest valid against the Office schemas, at the base URL, with package.json's version and no localhost", () => {
    const file = path.join(temporary.at(-1)!, 'manifest.xml');
    const result = xmllint(file);
    expect(result.status, result.output).toBe(0);
    expect(packagedManifest).not.toMatch(/localhost/i);
    expect(versionOf(packagedManifest)).toBe(manifestVersion(PACKAGE_VERSION));
    const urls = manifestUrls(packagedManifest);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) {
      expect(url.startsWith(TEST_BASE_URL), url).toBe(true);
      expect(files, url).toContain(url.slice(TEST_BASE_URL.length));
    }
    expect(setting(packagedManifest, 'SupportUrl')).toBe(`${TEST_BASE_URL}support.html`);
  });

  it('ships the help page, the privacy statement, the user guide and the function reference, every link and picture in them built', () => {
    const pages = files.filter((file) => file.endsWith('.html') && !['taskpane.html', 'preview.html'].includes(file));
    expect(pages.sort()).toEqual([
      'functions.en.html',
      'functions.nb.html',
      'guide.en.html',
      'guide.nb.html',
      'privacy.html',
      'support.html',
    ]);
    const broken: string[] = [];
    for (const page of pages) {
      const html = readFileSync(path.join(ADDIN_TEST_OUT, page), 'utf8');
      // The production build minifies HTML, so attribute values may be unquoted.
      for (const [, quoted, bare] of html.matchAll(/\b(?:href|src)=(?:"([^"]*)"|([^\s>"]+))/g)) {
        const target = (quoted ?? bare ?? '').replace(/#.*$/, '');
        if (target && !/^[a-z][a-z0-9+.-]*:/i.test(target) && !files.includes(target))
          broken.push(`${page} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
    const support = readFileSync(path.join(ADDIN_TEST_OUT, 'support.html'), 'utf8');
    for (const page of ['guide.nb.html', 'guide.en.html', 'functions.nb.html', 'functions.en.html', 'privacy.html'])
      expect(support).toMatch(new RegExp(`href="?${page.replace('.', '\\.')}`));
  });

  it('mentions localhost in no file at all', () => {
    expect(
      filesMentioningLocalhost(files.map((file) => [file, readFileSync(path.join(ADDIN_TEST_OUT, file))])),
    ).toEqual([]);
  });

  it('is refused, naming the file and line, when a built file still mentions localhost', () => {
    const copy = tempDir();
    cpSync(ADDIN_TEST_OUT, copy, { recursive: true });
    writeFileSync(
      path.join(copy, 'report.js'),
      `${readFileSync(path.join(copy, 'report.js'), 'utf8')}\nfetch("https://localhost:3000/x");\n`,
    );
    expect(() => packageFolder({ outDir: copy, baseUrl: TEST_BASE_URL, zipFile: path.join(copy, 'x.zip') })).toThrow(
      /still mentions localhost in 1 file\(s\)[\s\S]*report\.js:\d+:/,
    );
    expect(existsSync(path.join(copy, 'x.zip'))).toBe(false);
  });

  it('is refused when the folder was built for another base URL', () => {
    expect(() =>
      packageFolder({
        outDir: ADDIN_TEST_OUT,
        baseUrl: 'https://other.example/ips/',
        zipFile: path.join(tempDir(), 'y.zip'),
      }),
    ).toThrow(/outside https:\/\/other\.example\/ips\//);
  });
});

describe('npm run package: options', () => {
  it('takes --base-url (both forms) over IPS_ADDIN_BASE_URL, and adds the final slash', () => {
    expect(parseOptions(['--base-url', 'https://a.example/ips'], {}).baseUrl).toBe('https://a.example/ips/');
    expect(parseOptions(['--base-url=https://a.example/'], { IPS_ADDIN_BASE_URL: 'https://b.example/' }).baseUrl).toBe(
      'https://a.example/',
    );
    expect(parseOptions([], { IPS_ADDIN_BASE_URL: 'https://b.example/x/' }).baseUrl).toBe('https://b.example/x/');
    expect(parseOptions(['--base-url', 'https://a.example/', '--no-build']).build).toBe(false);
  });

  it('explains what is missing or wrong', () => {
    expect(() => parseOptions([], {})).toThrow(
      /no base URL: give the https address .* --base-url or IPS_ADDIN_BASE_URL/,
    );
    expect(() => parseOptions(['--base-url', 'http://a.example/'], {})).toThrow(/--base-url must be https/);
    expect(() => parseOptions([], { IPS_ADDIN_BASE_URL: 'not a url' })).toThrow(/IPS_ADDIN_BASE_URL is not a URL/);
    expect(() => parseOptions(['--base-url'], {})).toThrow(/--base-url needs a value/);
    expect(() => parseOptions(['--base-url', 'https://a.example/', '--bogus'], {})).toThrow(/unknown option --bogus/);
    for (const out of [ROOT, path.join(ROOT, 'dist'), path.dirname(ROOT)]) {
      expect(() => parseOptions(['--base-url', 'https://a.example/', '--out', out], {})).toThrow(
        /would be emptied by the build/,
      );
    }
    expect(parseOptions(['--base-url', 'https://a.example/', '--out', path.join(ROOT, 'dist/other')], {}).outDir).toBe(
      path.join(ROOT, 'dist/other'),
    );
  });

  it('fails on the command line with the message and exit status 1', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/package-addin.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, IPS_ADDIN_BASE_URL: '' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^package: no base URL/);
  });
});

describe('the localhost guard in the webpack build', () => {
  it('fails a production build for a non-local base URL when an emitted file mentions localhost', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'entry.js'), 'document.title = "https://localhost:3000/taskpane.html";\n');
    const compile = (plugins: webpack.WebpackPluginInstance[]) =>
      new Promise<webpack.Stats>((resolve, reject) => {
        webpack(
          { mode: 'production', context: dir, entry: './entry.js', output: { path: path.join(dir, 'out') }, plugins },
          (error, stats) => (error || !stats ? reject(error) : resolve(stats)),
        );
      });
    const guarded = await compile([
      new LocalhostGuardPlugin({ baseUrl: 'https://addins.example/ips/' }) as unknown as webpack.WebpackPluginInstance,
    ]);
    expect(guarded.hasErrors()).toBe(true);
    expect(guarded.toString({ all: false, errors: true })).toMatch(
      /build for https:\/\/addins\.example\/ips\/ still mentions localhost[\s\S]*main\.js:1:/,
    );
    const unguarded = await compile([]);
    expect(unguarded.hasErrors()).toBe(false);
  }, 60_000);
});
