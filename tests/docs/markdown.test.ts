/**
 * The guide and the function reference are shipped with the add-in as pages (scripts/markdown.mjs,
 * used by the webpack build): what the documents use renders, text is escaped, links to shipped
 * documents point at their pages and links to others become text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderPage, SHIPPED_DOCS, slug } from '../../scripts/markdown.mjs';

const DOCS = path.resolve(import.meta.dirname, '../../docs');

describe('renderMarkdown', () => {
  it('renders headings with ids, paragraphs, lists with continued lines, and inline marks', () => {
    const html = renderMarkdown(
      [
        '# Title',
        '',
        '## 2. Your first review',
        'One',
        'two **bold** *it* `a<b`.',
        '',
        '- first',
        '  continued',
        '- second',
        '',
        '1. one',
        '2. two',
      ].join('\n'),
    );
    expect(html).toContain('<h1 id="title">Title</h1>');
    expect(html).toContain('<h2 id="2-your-first-review">2. Your first review</h2>');
    expect(html).toContain('<p>One two <strong>bold</strong> <em>it</em> <code>a&lt;b</code>.</p>');
    expect(html).toContain('<ul><li>first continued</li><li>second</li></ul>');
    expect(html).toContain('<ol><li>one</li><li>two</li></ol>');
  });

  it("renders tables (escaped pipes kept), fenced code, images and the reference's anchors; drops comments", () => {
    const html = renderMarkdown(
      [
        '<!-- generated -->',
        '<a id="caseload"></a>',
        '',
        '| A | B |',
        '|---|---|',
        '| 1 \\| 2 | `x` |',
        '',
        '```sh',
        'npm run package -- --base-url <url>',
        '```',
        '',
        '![Alt text](images/a.png)',
      ].join('\n'),
    );
    expect(html).not.toContain('generated');
    expect(html).toContain('<a id="caseload"></a>');
    expect(html).toContain(
      '<thead><tr><th>A</th><th>B</th></tr></thead>\n<tbody><tr><td>1 | 2</td><td><code>x</code></td></tr></tbody>',
    );
    expect(html).toContain('<pre><code>npm run package -- --base-url &lt;url&gt;</code></pre>');
    expect(html).toContain('<img src="images/a.png" alt="Alt text"');
  });

  it('escapes HTML in the text', () => {
    expect(renderMarkdown('a <script>alert(1)</script> & b')).toBe(
      '<p>a &lt;script&gt;alert(1)&lt;/script&gt; &amp; b</p>',
    );
  });

  it('makes heading ids as GitHub does', () => {
    expect(slug('8. Nye evalueringer basert på forrige')).toBe('8-nye-evalueringer-basert-på-forrige');
    expect(slug('IPS.CASELOAD')).toBe('ipscaseload');
  });
});

describe('the shipped pages', () => {
  it.each(SHIPPED_DOCS)(
    '%s renders without Markdown left over, links shipped documents as pages and the others as text',
    (file) => {
      const page = renderPage(readFileSync(path.join(DOCS, file), 'utf8'), { file, shipped: SHIPPED_DOCS });
      expect(page).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${file.includes('.nb.') ? 'nb' : 'en'}">`));
      const body = page.slice(page.indexOf('<body>'));
      expect(body).not.toMatch(/\*\*|\]\(|^#+ /m);
      for (const href of [...body.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!)) {
        expect(href, href).not.toMatch(/\.md(#|$)/);
      }
      expect(body).not.toContain('href="deploy.');
      expect(page).not.toMatch(/<script|https?:\/\/[^"\s]*\.(js|css)/);
    },
  );
});
