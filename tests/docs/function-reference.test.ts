/**
 * docs/functions.nb.md and docs/functions.en.md are generated from the function table by
 * `npm run docs:functions`; this test regenerates them in memory and fails, naming the command,
 * when the committed files differ (a function, parameter, help text or example changed).
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUNCTION_EXAMPLES } from '../../scripts/function-examples.mjs';
import {
  functionReference,
  generateReferences,
  REFERENCE_FILES,
  staleMessage,
  staleReferenceFiles,
} from '../../scripts/generate-function-docs.mjs';
import { FUNCTION_LIST, FUNCTIONS } from '../../src/core/functions/table';
import { documented, type DocumentedFunctionSpec } from '../../src/core/functions/help';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The table with its help, as the reference generator reads it (loadFunctionTable). */
const DOCUMENTED = FUNCTION_LIST.map(documented);

describe('the function reference', () => {
  it('matches the function table (otherwise run npm run docs:functions)', async () => {
    const files = await generateReferences(ROOT);
    expect(Object.keys(files).sort()).toEqual(Object.values(REFERENCE_FILES).sort());
    const stale = staleReferenceFiles(files, ROOT);
    if (stale.length > 0) expect.fail(staleMessage(stale));
  }, 60_000);

  it.each(['nb', 'en'] as const)(
    '(%s) names every function in both hosts, with every parameter and its help',
    (language) => {
      const text = readFileSync(path.join(ROOT, REFERENCE_FILES[language]), 'utf8');
      for (const spec of DOCUMENTED) {
        expect(text, spec.name).toContain(`## IPS.${spec.name}\n`);
        expect(text, spec.name).toContain(`\`IPS_${spec.name}\``);
        expect(text, spec.name).toContain(spec.description[language]);
        for (const parameter of spec.parameters)
          expect(text, `${spec.name} ${parameter.name}`).toContain(`| \`${parameter.name}\` |`);
      }
    },
  );

  it('shows the result the function really gives for its example (CASELOAD: 19, 18, 19 at FTE 1, 1, 0.5)', () => {
    const expected = FUNCTIONS['CASELOAD']!.invoke([[19], [18], [19]], [[1], [1], [0.5]]);
    const nb = readFileSync(path.join(ROOT, REFERENCE_FILES.nb), 'utf8');
    const section = nb.slice(nb.indexOf('## IPS.CASELOAD'), nb.indexOf('## IPS.VOCATIONAL_TIME'));
    expect(section).toContain('`=IPS.CASELOAD(A2:A4;B2:B4)` · `=IPS_CASELOAD(A2:A4;B2:B4)`');
    expect(section).toContain(`Resultat: **${expected}**`);
    expect(section).toMatch(
      /Feil: `=IPS\.CASELOAD\(A2:A3\)` der A2:A3 = 19; nitten, gir `#VALUE!`: argument 'caseloads' row 2/,
    );
  });

  it('changes when the table changes: a new help text shows, and the committed file is then stale', async () => {
    const changed: DocumentedFunctionSpec[] = DOCUMENTED.map((spec) =>
      spec.name === 'LEVEL'
        ? { ...spec, description: { ...spec.description, en: 'A new help text for LEVEL.' } }
        : spec,
    );
    const text = functionReference(changed, FUNCTION_EXAMPLES, 'en');
    expect(text).toContain('A new help text for LEVEL.');
    const root = mkdtempSync(path.join(tmpdir(), 'ips-docs-'));
    try {
      mkdirSync(path.join(root, 'docs'));
      writeFileSync(path.join(root, REFERENCE_FILES.en), readFileSync(path.join(ROOT, REFERENCE_FILES.en), 'utf8'));
      const stale = staleReferenceFiles({ [REFERENCE_FILES.en]: text, [REFERENCE_FILES.nb]: 'x' }, root);
      expect(stale).toEqual([REFERENCE_FILES.en, REFERENCE_FILES.nb]);
      expect(staleMessage(stale)).toMatch(/out of date with the function table: run `npm run docs:functions`/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses a function without an example, an example for no function, and an example that does not work', () => {
    const extra: DocumentedFunctionSpec = { ...documented(FUNCTIONS['LEVEL']!), name: 'NEW_THING' };
    expect(() => functionReference([...DOCUMENTED, extra], FUNCTION_EXAMPLES, 'nb')).toThrow(
      /no example for NEW_THING/,
    );
    expect(() => functionReference(DOCUMENTED, { ...FUNCTION_EXAMPLES, GONE: { args: {} } }, 'nb')).toThrow(
      /functions that do not exist: GONE/,
    );
    const broken = { ...FUNCTION_EXAMPLES, LEVEL: { args: { total: 'high' } } };
    expect(() => functionReference(DOCUMENTED, broken, 'nb')).toThrow(/LEVEL: the example fails .*#VALUE!/);
    const notFailing = { ...FUNCTION_EXAMPLES, LEVEL: { args: { total: 103 }, error: { args: { total: 90 } } } };
    expect(() => functionReference(DOCUMENTED, notFailing, 'nb')).toThrow(/LEVEL: the error example does not fail/);
  });
});
