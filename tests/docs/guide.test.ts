/**
 * The user guides and the deployment guides stay true to the add-in:
 * - every picture each guide links exists, and each guide links every picture the screenshot walk
 *   takes (tests/e2e/guide-screenshots.e2e.test.ts, from the preview);
 * - every label the guides write in bold (a button, tab, heading or menu item) is a text the pane,
 *   the Sheets menu or the Excel ribbon really shows, so renaming a button makes this test fail;
 * - every link to another document resolves;
 * - the deployment guides explain, one table line each, exactly the scopes gas/appsscript.json asks for.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_LANGUAGES, GUIDE_SHOTS, guideImageLink } from '../support/guide-shots';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DOCS = path.join(ROOT, 'docs');
const read = (relative: string) => readFileSync(path.join(ROOT, relative), 'utf8');

/** Every text the user sees in the add-in's own interface: the pane, the Sheets menu, the ribbon. */
function interfaceSources(): string {
  const files: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) visit(full);
      else if (full.endsWith('.ts')) files.push(full);
    }
  };
  visit(path.join(ROOT, 'src/ui'));
  // The pane's shared words (Punkt, Kommentarer, Totalskår …) are written once, in the terms module.
  files.push(
    path.join(ROOT, 'src/core/i18n/terms.ts'),
    path.join(ROOT, 'gas/server/menu.ts'),
    path.join(ROOT, 'manifest/manifest.xml'),
  );
  return files.map((file) => readFileSync(file, 'utf8')).join('\n');
}

/** Menus of Excel and Google Sheets themselves, which a path such as Extensions → IPS-kvalitet starts from. */
const HOST_LABELS = new Set(['Home', 'Hjem', 'Extensions', 'Utvidelser']);

function boldLabels(markdown: string): string[] {
  return [...markdown.matchAll(/\*\*([^*]+)\*\*/g)].map((match) => match[1]!.replace(/\s+/g, ' ').trim());
}

/** Whether a bold label is shown by the interface; "…" stands for a name the pane fills in. */
function shown(label: string, sources: string): boolean {
  return label
    .split(' → ')
    .every(
      (part) =>
        HOST_LABELS.has(part) ||
        sources.includes(part) ||
        (part.includes('…') && part.split('…').every((piece) => sources.includes(piece.trim()))),
    );
}

describe.each(GUIDE_LANGUAGES)('docs/guide.%s.md', (language) => {
  const guide = read(`docs/guide.${language}.md`);

  it('shows every screenshot the walk in the preview takes, and links only pictures that exist', () => {
    const linked = [...guide.matchAll(/!\[[^\]]+\]\(([^)]+)\)/g)].map((match) => match[1]!);
    expect(linked.sort()).toEqual(GUIDE_SHOTS.map((shot) => guideImageLink(language, shot)).sort());
    for (const image of linked) expect(existsSync(path.join(DOCS, image)), image).toBe(true);
  });

  it('names only buttons, tabs and headings the add-in really shows (in bold)', () => {
    const sources = interfaceSources();
    const labels = boldLabels(guide);
    expect(labels.length).toBeGreaterThan(60);
    expect(labels.filter((label) => !shown(label, sources))).toEqual([]);
  });

  it('walks through install, a first review, consensus, the report, history, input tables, privacy, repeat reviews and the functions', () => {
    const headings = [...guide.matchAll(/^## (.+)$/gm)].map((match) => match[1]!);
    expect(headings).toHaveLength(10);
  });
});

describe('the label check', () => {
  it('catches a label the interface does not show', () => {
    const sources = interfaceSources();
    expect(shown('Lagre i historikk', sources)).toBe(true);
    expect(shown('Lagre alt i skyen', sources)).toBe(false);
    expect(shown('Skår som …', sources)).toBe(true);
    expect(shown('Extensions → IPS-kvalitet → Åpne IPS-panelet', sources)).toBe(true);
    expect(shown('Extensions → IPS-kvalitet → Åpne alt', sources)).toBe(false);
  });
});

describe('links between the documents', () => {
  it.each(readdirSync(DOCS).filter((file) => file.endsWith('.md')))('docs/%s links only files that exist', (file) => {
    const text = readFileSync(path.join(DOCS, file), 'utf8');
    const relative = [...text.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)]
      .map((match) => match[1]!)
      .filter((target) => !/^[a-z]+:/.test(target));
    for (const target of relative) expect(existsSync(path.join(DOCS, target)), `${file} → ${target}`).toBe(true);
  });
});

describe('the scopes the deployment guides explain', () => {
  const scopes = (JSON.parse(read('gas/appsscript.json')) as { oauthScopes: string[] }).oauthScopes;

  it.each(['docs/deploy.en.md', 'docs/deploy.nb.md'])(
    '%s has one table line for each scope in gas/appsscript.json, and no other',
    (file) => {
      const rows = [...read(file).matchAll(/^\| `(https:\/\/www\.googleapis\.com\/auth\/[^`]+)` \|(.+)\|$/gm)];
      expect(rows.map((row) => row[1]).sort()).toEqual([...scopes].sort());
      for (const row of rows)
        expect(
          row[2]!.split('|').filter((cell) => cell.trim().length > 10),
          row[1],
        ).toHaveLength(2);
    },
  );
});
