/**
 * The built functions bundle (production webpack) as Excel's custom-functions runtime sees it:
 * dist functions.js run in a bare node:vm context whose only global is a CustomFunctions stand-in,
 * checked against the generated functions.json and against the core's own answers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { parameterLabel } from '../../src/core/functions/parameter-labels';
import { FUNCTION_LIST, FUNCTIONS } from '../../src/core/functions/table';
import { documented } from '../../src/core/functions/help';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';
import { genericCases, HOST_CASES, toExcelArgs, toExcelDesktopArgs } from '../shared/host-cases';
import { ensureAddinBuild } from './addin-build';
import { emptyRowsAtEndTests } from './empty-rows-cases';
import { longestHelpTexts, telltale } from '../shared/help-texts';
import { callExcel, coreAnswer, standInHost } from './stand-in-host';

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    result: { type: string; dimensionality: string };
    parameters: { name: string; description: string; type: string; dimensionality: string; optional: boolean }[];
  }[];
}

let dir = '';
let associated: Map<string, (...args: unknown[]) => unknown>;
let metadata: { nb: Metadata; en: Metadata };

/**
 * dist functions.js in a bare node:vm context whose only globals are a CustomFunctions stand-in,
 * timers and a `document` that does what a page does with the script tags webpack adds for a chunk
 * (read the file next to functions.js, run it, then onload). No window, no fetch.
 */
function loadFunctionsBundle() {
  const stand = standInHost();
  const scriptsLoaded: string[] = [];
  interface ScriptTag {
    src: string;
    onload?: (event: unknown) => void;
    onerror?: (event: unknown) => void;
    setAttribute(): void;
    getAttribute(): null;
  }
  const context = vm.createContext({
    CustomFunctions: stand.host,
    setTimeout,
    clearTimeout,
    document: {
      getElementsByTagName: () => [],
      createElement: (): ScriptTag => ({ src: '', setAttribute() {}, getAttribute: () => null }),
      head: {
        appendChild(script: ScriptTag) {
          scriptsLoaded.push(script.src);
          setTimeout(() => {
            vm.runInContext(readFileSync(path.join(dir, script.src), 'utf8'), context, { filename: script.src });
            script.onload?.({ type: 'load', target: script });
          });
        },
      },
    },
  });
  // `self` exists in every browser runtime.
  vm.runInContext('var self = globalThis;', context);
  vm.runInContext(readFileSync(path.join(dir, 'functions.js'), 'utf8'), context, { filename: 'functions.js' });
  return { associated: stand.associated, scriptsLoaded };
}

beforeAll(async () => {
  dir = await ensureAddinBuild();
  const bundle = loadFunctionsBundle();
  associated = bundle.associated;
  // The scale's texts come on first use (see 'the scale's texts' below); here they are loaded
  // once, so that every later call answers at once, as in a workbook after its first recalculation.
  await associated.get('ANCHOR')!(1);
  metadata = {
    nb: JSON.parse(readFileSync(path.join(dir, 'functions.json'), 'utf8')) as Metadata,
    en: JSON.parse(readFileSync(path.join(dir, 'functions-en.json'), 'utf8')) as Metadata,
  };
}, 300_000);

describe('functions.json and functions-en.json', () => {
  it('list exactly the table, in its order, id = name', () => {
    for (const file of [metadata.nb, metadata.en]) {
      expect(file.functions.map((fn) => fn.id)).toEqual(FUNCTION_LIST.map((spec) => spec.name));
      for (const fn of file.functions) expect(fn.name).toBe(fn.id);
    }
  });

  it('describe every parameter and result as the table does, in Norwegian and English', () => {
    for (const [language, file] of Object.entries(metadata) as ['nb' | 'en', Metadata][]) {
      file.functions.forEach((fn, index) => {
        const spec = documented(FUNCTION_LIST[index]!);
        expect(fn.result).toEqual({ type: spec.result.type, dimensionality: spec.result.dimensionality });
        expect(fn.parameters.map(({ description: _, ...rest }) => rest)).toEqual(
          spec.parameters.map((p) => ({
            name: p.name,
            type: p.type,
            dimensionality: p.dimensionality,
            optional: p.optional === true,
          })),
        );
        const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
        const same = (generated: string, source: string) =>
          generated === clean(source) || (generated.endsWith('…') && clean(source).startsWith(generated.slice(0, -1)));
        expect(same(fn.description, spec.description[language]), `${fn.id} ${language}`).toBe(true);
        fn.parameters.forEach((p, i) =>
          expect(same(p.description, spec.parameters[i]!.description[language]), `${fn.id}.${p.name}`).toBe(true),
        );
      });
    }
    expect(metadata.nb.functions[0]!.description).not.toBe(metadata.en.functions[0]!.description);
  });

  it('keep every description within 255 characters (Excel on Windows)', () => {
    for (const file of [metadata.nb, metadata.en]) {
      for (const fn of file.functions) {
        expect(fn.description.length).toBeLessThanOrEqual(255);
        for (const p of fn.parameters) expect(p.description.length).toBeLessThanOrEqual(255);
      }
    }
  });
});

describe('dist functions.js in a custom-functions runtime', () => {
  it('associates every id in functions.json, and nothing else', () => {
    expect([...associated.keys()].sort()).toEqual(metadata.nb.functions.map((fn) => fn.id).sort());
  });

  const cases = [...HOST_CASES, ...genericCases(FUNCTION_LIST)];
  it.each(cases.map((hostCase) => [hostCase.name, hostCase] as const))('answers as the core: %s', (_name, hostCase) => {
    const spec = FUNCTIONS[hostCase.fn]!;
    const args = toExcelArgs(spec.parameters, hostCase.args);
    expect(callExcel(associated.get(hostCase.fn)!, args)).toEqual(coreAnswer(spec, args));
    if (hostCase.emptyRowsAtEnd) {
      // Desktop builds that send blanks as 0 get the answer Excel on the web gets.
      expect(callExcel(associated.get(hostCase.fn)!, toExcelDesktopArgs(spec.parameters, hostCase.args))).toEqual(
        coreAnswer(spec, args),
      );
    }
  });
});

describe("dist functions.js: the scale's texts are loaded on first use", () => {
  // A criterion and an anchor, verbatim from the scale: in the texts chunk, not in functions.js.
  const criterion = DEFAULT_SCALE.items[0]!.criterion.nb;
  const anchor = DEFAULT_SCALE.items[0]!.anchors[4].en;

  it('functions.js holds no long text of the scale; scale-texts.js holds them', () => {
    const functionsJs = readFileSync(path.join(dir, 'functions.js'), 'utf8');
    const textsJs = readFileSync(path.join(dir, 'scale-texts.js'), 'utf8');
    for (const text of [criterion, anchor]) {
      expect(functionsJs).not.toContain(text);
      expect(textsJs).toContain(text);
    }
  });

  it('a call that reads no text answers at once and loads nothing', () => {
    const fresh = loadFunctionsBundle();
    const args = toExcelArgs(FUNCTIONS['CASELOAD']!.parameters, [[[12], [20], [25]]]);
    expect(callExcel(fresh.associated.get('CASELOAD')!, args)).toEqual(coreAnswer(FUNCTIONS['CASELOAD']!, args));
    expect(fresh.scriptsLoaded).toEqual([]);
  });

  it('the first call that reads a text loads scale-texts.js once and answers with a Promise of the core answer', async () => {
    const fresh = loadFunctionsBundle();
    const anchorFunction = fresh.associated.get('ANCHOR')!;
    const first = anchorFunction(1, 5, 'en');
    expect(Object.prototype.toString.call(first)).toBe('[object Promise]');
    expect(JSON.parse(JSON.stringify(await first))).toEqual([[anchor]]);
    expect(fresh.scriptsLoaded).toEqual(['scale-texts.js']);
    // Loaded: the next calls answer at once, with nothing more to load.
    expect(callExcel(fresh.associated.get('ITEM')!, [1, null, null])).toEqual(
      coreAnswer(FUNCTIONS['ITEM']!, [1, null, null]),
    );
    expect(callExcel(anchorFunction, [1, 5, 'en'])).toEqual({ value: [[anchor]] });
    expect(fresh.scriptsLoaded).toEqual(['scale-texts.js']);
  });
});

describe('dist functions.js carries what the custom functions need at call time', () => {
  it("no parameter display names: only the pane shows them (taskpane.js), Excel's metadata has its own", () => {
    const functionsJs = readFileSync(path.join(dir, 'functions.js'), 'utf8');
    const paneJs = readFileSync(path.join(dir, 'taskpane.js'), 'utf8');
    for (const [fn, parameter] of [
      ['CASELOAD', 'no_individual_caseloads'],
      ['EMPLOYER_CONTACTS', 'log_review'],
      ['VOCATIONAL_TIME', 'percent_vocational'],
    ] as const) {
      expect(
        FUNCTIONS[fn]!.parameters.some((p) => p.name === parameter),
        `${fn}(${parameter})`,
      ).toBe(true);
      for (const language of ['nb', 'en'] as const) {
        const label = parameterLabel(fn, parameter)![language];
        expect(functionsJs, label).not.toContain(label);
        expect(paneJs, label).toContain(label);
      }
    }
  });
});

describe('dist functions.js carries no help texts (issue 13)', () => {
  it('the longest function and parameter help is in functions.json and the pane, not in functions.js', () => {
    const built = readdirSync(dir).filter((file) => file.endsWith('.js'));
    const functionsJs = readFileSync(path.join(dir, 'functions.js'), 'utf8');
    // The chunks functions.js loads on first use (the scale's texts) are custom-function code too.
    const functionChunks = ['scale-texts.js'].map((file) => readFileSync(path.join(dir, file), 'utf8'));
    const paneFiles = built.filter((file) => file !== 'functions.js' && file !== 'scale-texts.js');
    const pane = paneFiles.map((file) => readFileSync(path.join(dir, file), 'utf8')).join('\n');
    const json = { nb: JSON.stringify(metadata.nb), en: JSON.stringify(metadata.en) };
    const { functions, parameters } = longestHelpTexts(3);
    for (const help of [...functions, ...parameters]) {
      for (const language of ['nb', 'en'] as const) {
        const mark = telltale(help[language]);
        expect(mark.length, help[language]).toBeGreaterThanOrEqual(20);
        expect(json[language], help[language]).toContain(JSON.stringify(help[language]).slice(1, -1));
        expect(pane, `the pane's calculator: ${mark}`).toContain(mark);
        expect(functionsJs, mark).not.toContain(mark);
        for (const chunk of functionChunks) expect(chunk, mark).not.toContain(mark);
      }
    }
  });
});

describe('dist functions.js: empty rows at the end of the ranges are left out, however Excel sends the blanks', () => {
  emptyRowsAtEndTests(() => associated);
});

describe('production bundles', () => {
  const NETWORK_APIS = /\b(fetch\s*\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|importScripts)/;

  it.each(['functions.js', 'taskpane.js'])('%s makes no network calls', (file) => {
    const code = readFileSync(path.join(dir, file), 'utf8');
    expect(code.match(NETWORK_APIS)?.[0]).toBeUndefined();
  });

  it('the pane page loads Office.js, then functions.js and taskpane.js; the preview has no Office.js', () => {
    const pane = readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
    const scripts = [...pane.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((match) => match[1]);
    expect(scripts).toEqual([
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
      'functions.js',
      'taskpane.js',
    ]);
    expect(pane).toMatch(/id="?app"?/);
    const preview = readFileSync(path.join(dir, 'preview.html'), 'utf8');
    expect(preview).not.toContain('office.js');
    expect(preview).toMatch(/src="?preview\.js/);
  });
});
