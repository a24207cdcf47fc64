/**
 * The Excel add-in manifest, offline: schema validation with xmllint against the schemas vendored in
 * manifest/schemas/, then what a schema cannot check (resource references, the shared runtime's
 * one page, string lengths, https, permissions), on the source manifest and on the built one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADDIN_TEST_OUT, ensureAddinBuild, ROOT, TEST_BASE_URL } from '../excel/addin-build';

const SOURCE = path.join(ROOT, 'manifest/manifest.xml');
const SCHEMA = path.join(ROOT, 'manifest/schemas/OfficeAppManifestV1_1.xsd');
const BUILT = path.join(ADDIN_TEST_OUT, 'manifest.xml');
const DEV_BASE_URL = 'https://localhost:3000/';

// ---- a minimal XML reader (the manifest is plain XML: elements, attributes, text, comments) ----

interface XmlElement {
  name: string; // local name, prefix dropped
  qname: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  parent: XmlElement | null;
}

function unescape(value: string): string {
  return value.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, entity: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[entity]!,
  );
}

function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', qname: '#document', attrs: {}, children: [], parent: null };
  let current = root;
  const body = xml.replace(/<!--[\s\S]*?-->/g, '').replace(/<\?[\s\S]*?\?>/g, '');
  for (const match of body.matchAll(/<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>/g)) {
    const [, closing, qname, attrText, selfClosing] = match as unknown as [string, string, string, string, string];
    if (closing) {
      if (current.qname !== qname) throw new Error(`mismatched </${qname}>`);
      current = current.parent!;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const attr of attrText.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attrs[attr[1]!] = unescape(attr[2]!);
    const element: XmlElement = { name: qname.replace(/^.*:/, ''), qname, attrs, children: [], parent: current };
    current.children.push(element);
    if (!selfClosing) current = element;
  }
  if (current !== root) throw new Error('unclosed elements');
  return root.children[0]!;
}

function all(element: XmlElement, name?: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement) => {
    if (!name || node.name === name) found.push(node);
    node.children.forEach(visit);
  };
  element.children.forEach(visit);
  return found;
}

function one(element: XmlElement, name: string): XmlElement {
  const found = all(element, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0]!;
}

/** A direct child of the root (the top-level settings), e.g. <Description> as opposed to a Supertip's. */
function setting(manifest: XmlElement, name: string): XmlElement {
  const found = manifest.children.filter((child) => child.name === name);
  if (found.length !== 1) throw new Error(`expected one top-level <${name}>, found ${found.length}`);
  return found[0]!;
}

function text(xml: string, element: string): string {
  const match = new RegExp(`<${element}>([^<]*)</${element}>`).exec(xml);
  if (!match) throw new Error(`no <${element}>`);
  return match[1]!.trim();
}

// ---- checks ------------------------------------------------------------------------------------

function xmllint(file: string): { status: number | null; output: string } {
  const result = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  if (result.error) throw new Error(`xmllint is needed (apt-get install libxml2-utils): ${result.error.message}`);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

type Kind = 'url' | 'image' | 'short' | 'long';
/** Which resource kind a resid on each element must name. */
const REFERENCE_KIND: Record<string, Kind> = {
  Runtime: 'url',
  SourceLocation: 'url',
  FunctionFile: 'url',
  LearnMoreUrl: 'url',
  Image: 'image',
  Label: 'short',
  Title: 'short',
  Namespace: 'short',
  Description: 'long',
};
const RESOURCE_GROUPS: Record<string, Kind> = {
  Urls: 'url',
  Images: 'image',
  ShortStrings: 'short',
  LongStrings: 'long',
};

function resources(manifest: XmlElement) {
  const byId = new Map<string, { kind: Kind; element: XmlElement }>();
  const duplicates: string[] = [];
  for (const [group, kind] of Object.entries(RESOURCE_GROUPS)) {
    for (const container of all(one(manifest, 'Resources'), group)) {
      for (const element of container.children) {
        const id = element.attrs.id!;
        if (byId.has(id)) duplicates.push(id);
        byId.set(id, { kind, element });
      }
    }
  }
  return { byId, duplicates };
}

function references(manifest: XmlElement) {
  return all(manifest).filter((element) => element.attrs.resid !== undefined);
}

/** Every value of a resource or setting: DefaultValue and the Override values. */
function values(element: XmlElement): string[] {
  return [
    element.attrs.DefaultValue!,
    ...element.children.filter((child) => child.name === 'Override').map((child) => child.attrs.Value!),
  ];
}

function checkManifest(xml: string, baseUrl: string) {
  const manifest = parseXml(xml);
  const { byId, duplicates } = resources(manifest);

  it('has unique resource ids, and every resid names a resource of the right kind', () => {
    expect(duplicates).toEqual([]);
    const problems: string[] = [];
    for (const reference of references(manifest)) {
      const kind = REFERENCE_KIND[reference.name];
      const target = byId.get(reference.attrs.resid!);
      if (!kind) problems.push(`<${reference.qname}> has a resid but its kind is unknown to this test`);
      else if (!target) problems.push(`<${reference.qname} resid="${reference.attrs.resid}"> names no resource`);
      else if (target.kind !== kind)
        problems.push(`<${reference.qname} resid="${reference.attrs.resid}"> needs a ${kind}, names a ${target.kind}`);
    }
    expect(problems).toEqual([]);
  });

  it('uses every resource it defines', () => {
    const used = new Set(references(manifest).map((reference) => reference.attrs.resid));
    expect([...byId.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it('runs the task pane, the function file and the custom functions in ONE shared runtime page', () => {
    const runtimes = all(manifest, 'Runtime');
    expect(runtimes).toHaveLength(1);
    const runtime = runtimes[0]!;
    expect(runtime.attrs.lifetime).toBe('long');
    const page = runtime.attrs.resid!;
    const customFunctions = all(manifest, 'ExtensionPoint').find(
      (point) => point.attrs['xsi:type'] === 'CustomFunctions',
    )!;
    expect(one(one(customFunctions, 'Page'), 'SourceLocation').attrs.resid).toBe(page);
    expect(one(manifest, 'FunctionFile').attrs.resid).toBe(page);
    const showTaskpane = all(manifest, 'Action').filter((action) => action.attrs['xsi:type'] === 'ShowTaskpane');
    expect(showTaskpane.length).toBeGreaterThan(0);
    for (const action of showTaskpane) expect(one(action, 'SourceLocation').attrs.resid).toBe(page);
    const pageUrl = byId.get(page)!.element.attrs.DefaultValue;
    expect(pageUrl).toBe(`${baseUrl}taskpane.html`);
    expect(one(setting(manifest, 'DefaultSettings'), 'SourceLocation').attrs.DefaultValue).toBe(pageUrl);
    const sets = all(one(manifest, 'Requirements'), 'Set').map((set) => `${set.attrs.Name} ${set.attrs.MinVersion}`);
    expect(sets).toEqual(expect.arrayContaining(['SharedRuntime 1.1', 'CustomFunctionsRuntime 1.1']));
  });

  it('declares the custom functions: functions.js, functions.json (en-US: functions-en.json), namespace IPS', () => {
    const customFunctions = all(manifest, 'ExtensionPoint').find(
      (point) => point.attrs['xsi:type'] === 'CustomFunctions',
    )!;
    const url = (element: XmlElement) => byId.get(one(element, 'SourceLocation').attrs.resid!)!.element;
    expect(url(one(customFunctions, 'Script')).attrs.DefaultValue).toBe(`${baseUrl}functions.js`);
    const metadata = url(one(customFunctions, 'Metadata'));
    expect(metadata.attrs.DefaultValue).toBe(`${baseUrl}functions.json`);
    expect(metadata.children.map((child) => [child.attrs.Locale, child.attrs.Value])).toEqual([
      ['en-US', `${baseUrl}functions-en.json`],
    ]);
    expect(values(byId.get(one(customFunctions, 'Namespace').attrs.resid!)!.element)).toEqual(['IPS']);
  });

  it('opens the pane from a ribbon button', () => {
    const surface = all(manifest, 'ExtensionPoint').find(
      (point) => point.attrs['xsi:type'] === 'PrimaryCommandSurface',
    )!;
    const buttons = all(surface, 'Control').filter((control) => control.attrs['xsi:type'] === 'Button');
    expect(buttons).toHaveLength(1);
    expect(one(buttons[0]!, 'Action').attrs['xsi:type']).toBe('ShowTaskpane');
  });

  it('keeps short strings within 125 characters and long strings within 250', () => {
    const tooLong: string[] = [];
    for (const { kind, element } of byId.values()) {
      const max = kind === 'short' ? 125 : kind === 'long' ? 250 : Infinity;
      for (const value of values(element))
        if (value.length > max) tooLong.push(`${element.attrs.id}: ${value.length} > ${max}`);
    }
    for (const name of ['DisplayName', 'Description']) {
      const max = name === 'DisplayName' ? 125 : 250;
      for (const value of values(setting(manifest, name)))
        if (value.length > max) tooLong.push(`${name}: ${value.length} > ${max}`);
    }
    expect(tooLong).toEqual([]);
  });

  it('is Norwegian by default with English (en-US) overrides for every text', () => {
    expect(text(xml, 'DefaultLocale')).toBe('nb-NO');
    const locales = new Set(all(manifest, 'Override').map((override) => override.attrs.Locale));
    expect([...locales]).toEqual(['en-US']);
    const texts = [
      setting(manifest, 'DisplayName'),
      setting(manifest, 'Description'),
      ...[...byId.values()].filter((r) => r.kind === 'short' || r.kind === 'long').map((r) => r.element),
    ];
    const untranslated = texts.filter(
      (element) => element.attrs.id !== 'Functions.Namespace' && values(element).length < 2,
    );
    expect(untranslated.map((element) => element.attrs.id ?? element.name)).toEqual([]);
  });

  it('uses only https URLs under the base URL, asks for ReadWriteDocument only, and no app domains', () => {
    const urls = all(manifest)
      .flatMap((element) => Object.values(element.attrs))
      .filter((value) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value));
    const namespaces = new Set(Object.values(manifest.attrs));
    const addressed = urls.filter((url) => !namespaces.has(url) && !/^http:\/\/schemas\.microsoft\.com\//.test(url));
    expect(addressed.length).toBeGreaterThan(8);
    for (const url of addressed) expect(url.startsWith(baseUrl), url).toBe(true);
    expect(text(xml, 'Permissions')).toBe('ReadWriteDocument');
    expect(all(manifest, 'Permissions')).toHaveLength(1);
    expect(all(manifest, 'AppDomains')).toEqual([]);
    expect(all(manifest, 'WebApplicationInfo')).toEqual([]);
  });
}

// ---- the source manifest -------------------------------------------------------------------------

describe('manifest/manifest.xml', () => {
  it('is well-formed and valid against the vendored Office schemas (xmllint)', () => {
    const result = xmllint(SOURCE);
    expect(result.output).toContain('validates');
    expect(result.status).toBe(0);
  });

  it('has all six schema files vendored with their source notes', () => {
    for (const file of [
      'OfficeAppManifestV1_1.xsd',
      'OfficeAppBasicTypesV1_0.xsd',
      'TaskPaneAppVersionOverridesV1_0.xsd',
      'ContentAppVersionOverridesV1_0.xsd',
      'MailAppVersionOverridesV1_0.xsd',
      'MailAppVersionOverridesV1_1.xsd',
    ]) {
      expect(readFileSync(path.join(ROOT, 'manifest/schemas', file), 'utf8').slice(0, 800), file).toMatch(
        /<!--[\s\S]*(Microsoft|MS-OWEMXML)/,
      );
    }
    expect(readFileSync(path.join(ROOT, 'manifest/schemas/README.md'), 'utf8')).toContain(
      'shared/schemas/office-manifest',
    );
  });

  it('rejects a broken manifest (the validation really runs)', () => {
    const broken = readFileSync(SOURCE, 'utf8').replace(
      '<Permissions>ReadWriteDocument</Permissions>',
      '<Permissions>Everything</Permissions>',
    );
    const result = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, '-'], { input: broken, encoding: 'utf8' });
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('Permissions');
  });

  describe('checks a schema cannot make', () => checkManifest(readFileSync(SOURCE, 'utf8'), DEV_BASE_URL));
});

// ---- the built manifest ------------------------------------------------------------------------

describe('the production build of the manifest', () => {
  let built = '';
  beforeAll(async () => {
    await ensureAddinBuild();
    built = readFileSync(BUILT, 'utf8');
  }, 300_000);

  it('is schema-valid', () => {
    const result = xmllint(BUILT);
    expect(result.status, result.output).toBe(0);
  });

  it('has every https://localhost:3000/ URL rewritten to IPS_ADDIN_BASE_URL, and nothing else changed', () => {
    const source = readFileSync(SOURCE, 'utf8');
    expect(built).not.toContain('localhost');
    expect(built.split(TEST_BASE_URL).length).toBe(source.split(DEV_BASE_URL).length);
    expect(built.split(TEST_BASE_URL).join(DEV_BASE_URL)).toBe(source);
  });

  it('points only at files the build produced, icons of the stated sizes', () => {
    const manifest = parseXml(built);
    const urls = new Set(
      all(manifest)
        .flatMap((element) => Object.values(element.attrs))
        .filter((value) => value.startsWith(TEST_BASE_URL)),
    );
    for (const url of urls)
      expect(existsSync(path.join(ADDIN_TEST_OUT, url.slice(TEST_BASE_URL.length))), url).toBe(true);
    const pngSize = (url: string) => {
      const png = readFileSync(path.join(ADDIN_TEST_OUT, url.slice(TEST_BASE_URL.length)));
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    for (const image of all(manifest, 'Image').filter((element) => element.attrs.size)) {
      const { byId } = resources(manifest);
      expect(pngSize(byId.get(image.attrs.resid!)!.element.attrs.DefaultValue!)).toEqual([
        Number(image.attrs.size),
        Number(image.attrs.size),
      ]);
    }
    expect(pngSize(setting(manifest, 'IconUrl').attrs.DefaultValue!)).toEqual([32, 32]);
    expect(pngSize(setting(manifest, 'HighResolutionIconUrl').attrs.DefaultValue!)).toEqual([64, 64]);
  });

  describe('checks a schema cannot make', () => {
    // The same checks, on the rewritten URLs (built before collection, as describe bodies run then).
    checkManifest(readFileSync(SOURCE, 'utf8').split(DEV_BASE_URL).join(TEST_BASE_URL), TEST_BASE_URL);
  });

  it('dist/manifest.xml, when a build left one there, is schema-valid too', () => {
    const dist = path.join(ROOT, 'dist/manifest.xml');
    if (!existsSync(dist)) return;
    const result = xmllint(dist);
    expect(result.status, result.output).toBe(0);
  });
});
