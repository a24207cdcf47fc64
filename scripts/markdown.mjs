// The user guide and the function reference as pages shipped with the add-in (guide.nb.html, …),
// so an evaluator reaches them from the add-in's help page. A small Markdown renderer for what
// docs/*.md use: headings, paragraphs, lists, tables, fenced code, images, links, bold, italic,
// code, and the reference's <a id> anchors. Links to documents that are not shipped become text.

/** The documents shipped with the add-in as pages (the deployment guides are for the IT contact only). */
export const SHIPPED_DOCS = ['guide.nb.md', 'guide.en.md', 'functions.nb.md', 'functions.en.md'];

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text) => text.replace(/[&<>"]/g, (ch) => ESCAPES[ch]);

/** A heading's id, as GitHub makes them: lower case, punctuation dropped, spaces to "-". */
export function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/**
 * Inline Markdown to HTML. `link(href)` gives the address to use, or null to show the text only.
 * @param {string} text
 * @param {(href: string) => string | null} link
 */
export function inline(text, link) {
  const codes = [];
  let html = escapeHtml(text).replace(/`([^`]+)`/g, (_, code) => `\uE000${codes.push(code) - 1}\uE000`);
  html = html
    .replace(
      /!\[([^\]]*)\]\(([^)\s]+)\)/g,
      (_, alt, src) => `<img src="${src}" alt="${alt}" width="360" loading="lazy">`,
    )
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, href) => {
      const target = link(href.replace(/&amp;/g, '&'));
      return target === null ? label : `<a href="${escapeHtml(target)}">${label}</a>`;
    })
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^\w*])\*([^*\s][^*]*?)\*(?!\w)/g, '$1<em>$2</em>');
  return html.replace(/\uE000(\d+)\uE000/g, (_, index) => `<code>${codes[Number(index)]}</code>`);
}

function tableRow(line) {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/**
 * Markdown to an HTML fragment.
 * @param {string} markdown
 * @param {{ link?: (href: string) => string | null }} [options]
 */
export function renderMarkdown(markdown, { link = (href) => href } = {}) {
  const lines = markdown.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n/);
  const out = [];
  let i = 0;
  const text = (value) => inline(value, link);
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
    } else if (line.startsWith('```')) {
      const code = [];
      for (i++; i < lines.length && !lines[i].startsWith('```'); i++) code.push(lines[i]);
      i++;
      out.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
    } else if (/^#{1,6} /.test(line)) {
      const [, hashes, title] = /^(#+) (.*)$/.exec(line);
      out.push(`<h${hashes.length} id="${slug(title)}">${text(title)}</h${hashes.length}>`);
      i++;
    } else if (/^<a id="[^"]+"><\/a>$/.test(line.trim())) {
      out.push(line.trim());
      i++;
    } else if (line.startsWith('|')) {
      const rows = [];
      for (; i < lines.length && lines[i].startsWith('|'); i++) rows.push(tableRow(lines[i]));
      const separator = rows.length > 1 && rows[1].every((cell) => /^:?-+:?$/.test(cell));
      const head = separator ? rows[0] : null;
      const body = separator ? rows.slice(2) : rows;
      out.push(
        '<div class="table"><table>',
        head ? `<thead><tr>${head.map((cell) => `<th>${text(cell)}</th>`).join('')}</tr></thead>` : '',
        `<tbody>${body.map((row) => `<tr>${row.map((cell) => `<td>${text(cell)}</td>`).join('')}</tr>`).join('')}</tbody>`,
        '</table></div>',
      );
    } else if (/^(- |\d+\. )/.test(line)) {
      const ordered = /^\d+\. /.test(line);
      const items = [];
      for (
        ;
        i < lines.length && (/^(- |\d+\. )/.test(lines[i]) || (/^ {2,}\S/.test(lines[i]) && items.length > 0));
        i++
      ) {
        if (/^(- |\d+\. )/.test(lines[i])) items.push(lines[i].replace(/^(- |\d+\. )/, ''));
        else items[items.length - 1] += ` ${lines[i].trim()}`;
      }
      const tag = ordered ? 'ol' : 'ul';
      out.push(`<${tag}>${items.map((item) => `<li>${text(item)}</li>`).join('')}</${tag}>`);
    } else {
      const paragraph = [];
      for (; i < lines.length && lines[i].trim() !== '' && !/^(#{1,6} |```|\||- |\d+\. |<a id=)/.test(lines[i]); i++)
        paragraph.push(lines[i].trim());
      out.push(`<p>${text(paragraph.join(' '))}</p>`);
    }
  }
  return out.filter(Boolean).join('\n');
}

const STYLE = `
body{max-width:46rem;margin:0 auto;padding:1rem 1.25rem 3rem;font:16px/1.5 "Segoe UI",-apple-system,Roboto,Arial,sans-serif;color:#242424}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}code{font-size:.9em;background:#f3f3f3;padding:0 .2em;border-radius:3px}
pre{background:#f3f3f3;padding:.75rem;overflow:auto}img{display:block;max-width:100%;height:auto;border:1px solid #d1d1d1;margin:.5rem 0}
.table{overflow-x:auto}table{border-collapse:collapse;font-size:.92rem}th,td{border:1px solid #d1d1d1;padding:.3rem .5rem;text-align:left;vertical-align:top}
nav{font-size:.9rem}`;

/**
 * A whole page for a document: title from its first heading, language from its name (guide.nb.md → nb).
 * @param {string} markdown
 * @param {{ file: string, shipped: readonly string[] }} options shipped: the .md files shipped as pages
 */
export function renderPage(markdown, { file, shipped }) {
  const language = /\.(nb|en)\.md$/.exec(file)?.[1] ?? 'nb';
  const title = /^# (.+)$/m.exec(markdown)?.[1] ?? file;
  const link = (href) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#')) return href;
    const [target, hash = ''] = href.split('#');
    if (target.endsWith('.md'))
      return shipped.includes(target) ? `${target.replace(/\.md$/, '.html')}${hash ? `#${hash}` : ''}` : null;
    return href;
  };
  const back = language === 'nb' ? 'Hjelp og personvern' : 'Help and privacy';
  return [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title.replace(/[*`]/g, ''))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<nav><a href="support.html">${back}</a> · <a href="privacy.html">${language === 'nb' ? 'Personvern' : 'Privacy'}</a></nav>`,
    renderMarkdown(markdown, { link }),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
