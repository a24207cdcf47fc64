import { meanText, totalLine, type Report, type ReportItem, type ReportTrendPoint } from './build';
import { formatDate, label } from './labels';

import { escapeHtml } from './escape-html';

export { escapeHtml };

const e = escapeHtml;

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: Calibri, "Segoe UI", Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #201f1e; margin: 0 auto; max-width: 820px; padding: 24px; }
h1 { font-size: 20pt; margin: 0 0 12px; }
h2 { font-size: 15pt; margin: 24px 0 8px; border-bottom: 2px solid #2b579a; padding-bottom: 2px; }
h3 { font-size: 12pt; margin: 16px 0 4px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; }
.total { font-size: 13pt; font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { border: 1px solid #c8c6c4; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #deecf9; }
td.num, th.num { text-align: center; width: 4.5em; }
tr.section-row td { background: #f3f2f1; font-weight: bold; }
tr.current td { background: #deecf9; font-weight: bold; }
.item { margin: 12px 0 18px; }
.criterion { font-style: italic; margin: 2px 0 6px; }
.field { margin: 4px 0; }
.field > .name { font-weight: bold; }
.anchor { color: #3b3a39; }
ul.components { list-style: none; padding-left: 0; margin: 4px 0; }
ul.components li { margin: 2px 0; }
ul.recommendations { margin: 4px 0; }
.warnings { border: 1px solid #c19c00; background: #fff4ce; padding: 8px 12px; margin: 12px 0; }
.warnings h2 { border: none; margin-top: 0; font-size: 12pt; }
.note { color: #605e5c; font-size: 10pt; }
svg.trend { width: 100%; height: auto; }
@page { size: A4 portrait; margin: 18mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .warnings { display: none; }
  section.ips-section { break-before: page; page-break-before: always; }
  section.score-sheet { break-before: page; page-break-before: always; }
  .item, tr, .summary li { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
}
`;

function field(name: string, content: string): string {
  return `<div class="field"><span class="name">${e(name)}:</span> ${content}</div>`;
}

function itemBlock(item: ReportItem, report: Report): string {
  const lang = report.language;
  const L = (key: Parameters<typeof label>[0]) => label(key, lang);
  const parts: string[] = [];
  parts.push(`<article class="item" id="item-${e(item.itemId)}" data-item-id="${e(item.itemId)}">`);
  parts.push(`<h3>${e(item.number)}. ${e(item.name)} <span class="note">(${e(item.label)})</span></h3>`);
  parts.push(`<p class="criterion">${e(item.criterion)}</p>`);
  const rating =
    item.score === null
      ? e(L('noScore'))
      : `<strong>${e(item.score)}</strong>${item.anchor ? ` <span class="anchor">– ${e(item.anchor)}</span>` : ''}`;
  parts.push(field(L('rating'), rating));
  if (item.previousScore !== null) parts.push(field(L('previousScore'), e(item.previousScore)));
  if (item.heldConstant) parts.push(`<p class="note">${e(L('heldConstant'))}</p>`);
  for (const correction of item.corrections)
    parts.push(`<p class="note">${e(L('correctedOn'))}: ${e(correction.text)}</p>`);
  parts.push(field(L('sources'), e(item.sources)));
  if (item.components) {
    const rows = item.components
      .map(
        (component) =>
          `<li><span aria-label="${e(component.present ? L('present') : L('absent'))}">${component.present ? '☒' : '☐'}</span> ${e(component.text)}</li>`,
      )
      .join('');
    parts.push(`<ul class="components">${rows}</ul>`);
  }
  parts.push(field(L('comments'), item.comments === '' ? '' : e(item.comments).replace(/\r?\n/g, '<br>')));
  if (item.recommendations.length > 0) {
    parts.push(
      `<div class="field"><span class="name">${e(L('recommendations'))}:</span><ul class="recommendations">${item.recommendations.map((r) => `<li>${e(r)}</li>`).join('')}</ul></div>`,
    );
  }
  parts.push('</article>');
  return parts.join('\n');
}

/** An inline SVG line chart of the totals over time with the level boundaries (no scripts, no links). */
function trendSvg(points: readonly ReportTrendPoint[], report: Report): string {
  const scored = points.filter((point): point is ReportTrendPoint & { total: number } => point.total !== null);
  if (scored.length === 0) return '';
  const width = 640,
    height = 260,
    left = 44,
    right = 44,
    top = 12,
    bottom = 40;
  const min = 25,
    max = report.total.maximum;
  const x = (index: number) =>
    left + (scored.length === 1 ? (width - left - right) / 2 : (index * (width - left - right)) / (scored.length - 1));
  const y = (value: number) => top + ((max - value) * (height - top - bottom)) / (max - min);
  const bands = report.scoreSheet.levels
    .filter((band) => band.min > min)
    .map(
      (band) =>
        `<line x1="${left}" x2="${width - right}" y1="${y(band.min).toFixed(1)}" y2="${y(band.min).toFixed(1)}" stroke="#a19f9d" stroke-dasharray="4 3"/><text x="${left + 4}" y="${(y(band.min) - 3).toFixed(1)}" font-size="10" text-anchor="start" fill="#605e5c">${e(band.min)} ${e(band.name)}</text>`,
    )
    .join('');
  const path = scored
    .map((point, index) => `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)},${y(point.total).toFixed(1)}`)
    .join(' ');
  const dots = scored
    .map(
      (point, index) =>
        `<circle cx="${x(index).toFixed(1)}" cy="${y(point.total).toFixed(1)}" r="3.5" fill="#2b579a"/><text x="${x(index).toFixed(1)}" y="${(y(point.total) - 7).toFixed(1)}" font-size="10" text-anchor="middle">${e(point.total)}</text><text x="${x(index).toFixed(1)}" y="${height - bottom + 16}" font-size="9" text-anchor="middle" fill="#605e5c">${e(point.date)}</text>`,
    )
    .join('');
  const axis = [min, 50, 75, 100, max]
    .map(
      (value) =>
        `<text x="${left - 6}" y="${(y(value) + 3).toFixed(1)}" font-size="9" text-anchor="end" fill="#605e5c">${value}</text>`,
    )
    .join('');
  const title = label('trend', report.language);
  return `<svg class="trend" viewBox="0 0 ${width} ${height}" role="img" aria-label="${e(title)}"><title>${e(title)}</title><line x1="${left}" x2="${left}" y1="${top}" y2="${height - bottom}" stroke="#605e5c"/><line x1="${left}" x2="${width - right}" y1="${height - bottom}" y2="${height - bottom}" stroke="#605e5c"/>${axis}${bands}<path d="${path}" fill="none" stroke="#2b579a" stroke-width="2"/>${dots}</svg>`;
}

export interface ReportHtmlOptions {
  /** Show the author's validation warnings on screen (never printed). Default true. */
  readonly includeWarnings?: boolean;
}

/**
 * The report as one standalone HTML document: inline CSS (with print rules: A4, each section on
 * a new page, items never split), no scripts, no external resources (a Content-Security-Policy
 * forbids them), every text escaped. Open it in a browser to send or print to PDF.
 */
export function reportHtml(report: Report, options: ReportHtmlOptions = {}): string {
  const lang = report.language;
  const L = (key: Parameters<typeof label>[0]) => label(key, lang);
  const h = report.header;
  const out: string[] = [];
  out.push('<!DOCTYPE html>');
  out.push(`<html lang="${lang === 'nb' ? 'nb' : 'en'}">`);
  out.push('<head>');
  out.push('<meta charset="utf-8">');
  out.push(
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
  );
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<title>${e(report.title)} – ${e(h.service)} ${e(h.team)} ${e(h.date)}</title>`);
  out.push(`<style>${CSS}</style>`);
  out.push('</head>');
  out.push('<body>');
  out.push('<header>');
  out.push(`<h1>${e(report.title)}</h1>`);
  out.push('<dl class="meta">');
  const meta: [string, string][] = [
    [L('date'), h.dateText],
    [L('service'), h.service],
    [L('team'), h.team],
    [L('evaluators'), h.evaluators],
    [L('reviewId'), h.reviewId],
  ];
  for (const [name, value] of meta) out.push(`<dt>${e(name)}:</dt><dd>${e(value)}</dd>`);
  out.push('</dl>');
  out.push('</header>');

  if ((options.includeWarnings ?? true) && report.warnings.length > 0) {
    out.push('<aside class="warnings">');
    out.push(`<h2>${e(L('warnings'))}</h2><ul>`);
    for (const warning of report.warnings) out.push(`<li data-code="${e(warning.code)}">${e(warning.message)}</li>`);
    out.push('</ul></aside>');
  }

  // The report itself is the page's main landmark (the warnings beside it are an aside).
  out.push('<main>');
  out.push(`<section class="purpose"><h2>${e(L('purpose'))}</h2><p>${e(report.purpose.text)}</p></section>`);

  out.push(`<section class="result"><h2>${e(L('result'))}</h2>`);
  out.push(`<p class="total">${e(L('total'))}: ${e(totalLine(report))}</p>`);
  if (report.total.previousTotal !== null) {
    const change = report.total.change;
    out.push(
      `<p>${e(L('previousTotal'))} (${e(report.purpose.previousDate ? formatDate(report.purpose.previousDate, lang) : '')}): ${e(report.total.previousTotal)}${report.total.previousLevel ? ` – ${e(report.total.previousLevel.name)}` : ''}${change !== null ? `; ${e(L('change')).toLowerCase()} ${e(change > 0 ? `+${change}` : change)}` : ''}</p>`,
    );
  }
  out.push(
    `<table><thead><tr><th>${e(L('section'))}</th><th class="num">${e(L('sum'))}</th><th class="num">${e(L('mean'))}</th></tr></thead><tbody>`,
  );
  for (const section of report.total.sections) {
    out.push(
      `<tr><td>${e(section.name)}</td><td class="num">${e(section.total ?? '–')} / ${e(section.itemCount * 5)}</td><td class="num">${e(meanText(section.mean, lang))}</td></tr>`,
    );
  }
  out.push('</tbody></table>');
  if (report.trend.length > 0) out.push(`<h3>${e(L('trend'))}</h3>${trendSvg(report.trend, report)}`);
  out.push('</section>');

  out.push(`<section class="summary"><h2>${e(L('summary'))}</h2>`);
  out.push(`<h3>${e(report.purpose.kind === 'followUp' ? L('strengths') : L('strengthsBaseline'))}</h3>`);
  if (report.summary.strengths.length === 0) out.push(`<p>${e(L('noStrengths'))}</p>`);
  else
    out.push(
      `<ul>${report.summary.strengths.map((s) => `<li data-item-id="${e(s.itemId)}"><strong>${e(s.name)}</strong> (${e(s.label)}). ${e(s.text)}</li>`).join('')}</ul>`,
    );
  out.push(`<h3>${e(L('priorities'))}</h3>`);
  if (report.summary.priorities.length === 0) out.push(`<p>${e(L('noPriorities'))}</p>`);
  else {
    out.push(
      `<ol>${report.summary.priorities
        .map(
          (p) =>
            `<li data-item-id="${e(p.itemId)}"><strong>${e(p.name)}</strong> (${e(p.label)}). ${e(p.gapText)}${p.recommendations.length > 0 ? ` <em>${e(p.recommendations[0]!)}</em>` : ''}</li>`,
        )
        .join('')}</ol>`,
    );
  }
  out.push('</section>');

  if (report.corrections.length > 0) {
    out.push(
      `<section class="corrections"><h2>${e(L('corrections'))}</h2><ul>${report.corrections.map((c) => `<li>${e(c.text)}</li>`).join('')}</ul></section>`,
    );
  }

  for (const section of report.sections) {
    out.push(`<section class="ips-section" id="section-${e(section.sectionId)}">`);
    out.push(`<h2>${e(L('reportBody'))}: ${e(section.name)}</h2>`);
    for (const item of section.items) out.push(itemBlock(item, report));
    out.push('</section>');
  }

  out.push(`<section class="score-sheet"><h2>${e(L('scoreSheet'))}</h2>`);
  out.push(
    `<table><thead><tr><th>${e(L('item'))}</th><th>${e(L('criterionName'))}</th><th class="num">${e(L('score'))}</th></tr></thead><tbody>`,
  );
  let current = '';
  for (const row of report.scoreSheet.rows) {
    if (row.sectionId !== current) {
      current = row.sectionId;
      const name = report.sections.find((s) => s.sectionId === current)?.name ?? current;
      out.push(`<tr class="section-row"><td colspan="3">${e(name)}</td></tr>`);
    }
    out.push(`<tr><td>${e(row.label)}</td><td>${e(row.name)}</td><td class="num">${e(row.score ?? '')}</td></tr>`);
  }
  out.push(
    `<tr class="current"><td></td><td>${e(L('total'))}:</td><td class="num">${e(report.total.total ?? '–')}</td></tr>`,
  );
  out.push('</tbody></table>');
  out.push(`<h3>${e(L('levels'))}</h3><table><tbody>`);
  for (const band of report.scoreSheet.levels) {
    out.push(`<tr${band.current ? ' class="current"' : ''}><td>${e(band.range)}</td><td>${e(band.name)}</td></tr>`);
  }
  out.push('</tbody></table></section>');
  out.push('</main>');
  out.push('</body>');
  out.push('</html>');
  return out.join('\n');
}
