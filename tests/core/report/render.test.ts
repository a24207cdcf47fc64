import { describe, expect, test } from 'vitest';
import { buildReport } from '../../../src/core/report/build';
import { escapeHtml, reportHtml } from '../../../src/core/report/html';
import { reportSheetPlan } from '../../../src/core/report/sheet';
import { sampleReview } from '../../../src/core/review/sample';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import { planBounds } from '../../../src/core/workbook/plan';

const ITEMS = DEFAULT_SCALE.items;

function hostileReview() {
  const review = sampleReview();
  review.items[ITEMS[0]!.id]!.evidence = 'Se <script>alert("x")</script> & <img src=x onerror=alert(1)>';
  review.items[ITEMS[3]!.id]!.recommendation = 'Første anbefaling.\nAndre anbefaling med "sitat" og \'apostrof\'.';
  review.service = 'Fiktiv <b>Organisasjon</b>';
  return review;
}

describe('reportHtml', () => {
  const report = buildReport(hostileReview(), {
    language: 'nb',
    trend: [
      { reviewId: 'a', date: '2024-11-07', total: 88 },
      { reviewId: 'b', date: '2025-06-07', total: 103 },
    ],
  });
  const html = reportHtml(report);

  test('a standalone document: doctype, charset, inline CSS with print rules, no scripts or external resources', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nb">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('Content-Security-Policy" content="default-src \'none\'');
    expect(html).toContain('@media print');
    expect(html).toMatch(/section\.ips-section \{ break-before: page;/);
    expect(html).toContain('@page { size: A4 portrait;');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/<[a-z][^>]*\s(src|href)\s*=/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  test('all text is escaped', () => {
    expect(html).toContain(
      'Se &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;',
    );
    expect(html).toContain('Fiktiv &lt;b&gt;Organisasjon&lt;/b&gt;');
    expect(html).not.toContain('<b>Organisasjon');
    expect(html).toContain('<li>Andre anbefaling med &quot;sitat&quot; og &#39;apostrof&#39;.</li>');
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });

  test('every item block, each with its rating, sources and comments; one page-break section per scale section', () => {
    for (const item of ITEMS) {
      const start = html.indexOf(`<article class="item" id="item-${item.id}"`);
      expect(start, item.id).toBeGreaterThan(0);
      const block = html.slice(start, html.indexOf('</article>', start));
      expect(block).toContain(`${item.number}. ${escapeHtml(item.name.nb)}`);
      expect(block).toContain('Gradering:');
      expect(block).toContain('Informasjonskilder:');
      expect(block).toContain('Kommentarer:');
    }
    expect(html.match(/<article class="item"/g)).toHaveLength(25);
    expect(html.match(/<section class="ips-section"/g)).toHaveLength(3);
  });

  test('header, total, summary, score sheet, trend chart', () => {
    expect(html).toContain('<h1>IPS-evalueringsrapport</h1>');
    expect(html).toContain('<dt>Dato:</dt><dd>7. juni 2025</dd>');
    expect(html).toContain('Totalt: 103 av 125 – God kvalitet');
    expect(html).toContain('<h2>Oppsummering</h2>');
    expect(html).toContain('<h3>Noen forbedringsområder</h3>');
    expect(html).toContain('<tr class="current"><td>100–114</td><td>God kvalitet</td></tr>');
    expect(html).toContain('<svg class="trend"');
    expect(html).toMatch(/<ul class="recommendations"><li>Første anbefaling\.<\/li><li>Andre/);
    // The author's checks are shown on screen and hidden in print.
    expect(html).toContain('<aside class="warnings">');
    expect(html).toMatch(/@media print \{\n[^@]*\.warnings \{ display: none; \}/);
    expect(reportHtml(report, { includeWarnings: false })).not.toContain('<aside class="warnings">');
  });

  test('component checklists render ☒ and ☐', () => {
    const review = sampleReview();
    review.items[ITEMS[4]!.id]!.components = [false, true, true, false, true];
    const out = reportHtml(buildReport(review, { language: 'en' }));
    expect(out.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    const block = out.slice(out.indexOf(`id="item-${ITEMS[4]!.id}"`));
    expect(block.indexOf('☐')).toBeGreaterThan(0);
    expect((block.slice(0, block.indexOf('</ul>')).match(/☒/g) ?? []).length).toBe(3);
  });
});

describe('reportSheetPlan', () => {
  const report = buildReport(sampleReview(), { language: 'nb' });
  const plan = reportSheetPlan(report, { sheet: 'Rapport' });
  const rows = plan.blocks[0]!.values;
  const columnA = rows.map((row) => row[0]);
  const columnB = rows.map((row) => row[1]);

  test('prints well: portrait, fit to width, widths, wrapped text, bold headings', () => {
    expect(plan.sheet).toBe('Rapport');
    expect(plan.print).toEqual({ orientation: 'portrait', fitToWidth: true });
    expect(plan.columnWidths).toEqual([150, 460, 70]);
    const bounds = planBounds(plan);
    expect(plan.formats![0]).toEqual({ range: { row: 0, column: 0, rows: bounds.rows, columns: 3 }, wrap: true });
    expect(plan.formats).toContainEqual({
      range: { row: 0, column: 0, rows: 1, columns: 3 },
      bold: true,
      fontSize: 16,
    });
    const boldRows = new Set(plan.formats!.filter((f) => f.bold).map((f) => f.range.row));
    const body = columnA.indexOf('IPS-EVALUERINGSRAPPORT');
    expect(boldRows.has(body)).toBe(true);
    for (const heading of ['Formål:', 'Oppsummering:'])
      expect(boldRows.has(columnA.indexOf(heading)), heading).toBe(true);
    for (const heading of ['Bemanning', 'Organisasjon', 'Tjenester']) {
      expect(boldRows.has(columnA.indexOf(heading, body)), heading).toBe(true);
    }
    expect(rows.every((row) => row.length === 3)).toBe(true);
  });

  test('content: header, total, every item with its rating, the score sheet with the total', () => {
    expect(rows[0]![0]).toBe('IPS-evalueringsrapport');
    expect(rows[1]).toEqual(['Dato:', '7. juni 2025', '']);
    const totalRow = rows.find((row) => row[0] === 'Totalt:')!;
    expect(totalRow).toEqual(['Totalt:', '103 av 125 – God kvalitet', 103]);
    for (const item of ITEMS) expect(columnB).toContain(`${item.number}. ${item.name.nb}`);
    expect(columnA.filter((value) => value === 'Gradering:')).toHaveLength(25);
    const last = rows.findIndex((row) => row[1] === 'Totalt:');
    expect(rows[last]![2]).toBe(103);
    expect(columnA).toContain('⚠');
    expect(
      reportSheetPlan(report, { sheet: 'R', includeWarnings: false }).blocks[0]!.values.some((row) => row[0] === '⚠'),
    ).toBe(false);
  });
});
