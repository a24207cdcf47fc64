import { escapeHtml } from '../../src/core/report/escape-html';
import type { Language } from '../../src/core/text';
import type { GasServices } from './services';

/**
 * The report in a modal dialog (issue 11 point 11): a download link clicked inside the sidebar's
 * sandboxed iframe may be blocked without a word, so in Google Sheets the report is shown in a
 * dialog of its own, with «Skriv ut» (the browser's print, also to PDF) and «Kopier» (the HTML
 * code of the standalone file, to paste into a file).
 *
 * The report's HTML comes from the report builder, which escapes every text a person typed. The
 * dialog adds only constant markup and one constant script; the report's source for «Kopier»
 * sits escaped in a read-only textarea, so nothing in it can become markup or script. The
 * report's own Content-Security-Policy meta tag is left out of the dialog (it forbids every
 * script, also the buttons' and the ones HtmlService adds to its frame) and kept in the copied
 * file. Nothing is fetched: no external script, style, font or image.
 */

export const REPORT_DIALOG_WIDTH = 900;
export const REPORT_DIALOG_HEIGHT = 700;

const TEXT = {
  nb: {
    print: 'Skriv ut',
    copy: 'Kopier',
    copied: 'HTML-koden er kopiert. Lim den inn i en tom fil som slutter på .html.',
    copyFailed: 'Kunne ikke kopiere. Marker teksten i feltet under og kopier den (Ctrl+C / Cmd+C).',
    source: 'HTML-koden til rapporten',
  },
  en: {
    print: 'Print',
    copy: 'Copy',
    copied: 'The HTML code is copied. Paste it into an empty file ending in .html.',
    copyFailed: 'Could not copy. Select the text in the box below and copy it (Ctrl+C / Cmd+C).',
    source: 'The HTML code of the report',
  },
} as const;

const TOOLBAR_STYLE = [
  '.ipsf-report-toolbar{position:sticky;top:0;z-index:1;display:flex;flex-wrap:wrap;gap:8px;align-items:center;',
  'padding:8px;background:#f3f2f1;border-bottom:1px solid #c8c6c4;font-family:Arial,sans-serif;font-size:14px}',
  '.ipsf-report-toolbar button{font:inherit;padding:4px 12px}',
  '.ipsf-report-source{width:100%;height:6em;box-sizing:border-box;font-family:monospace;font-size:11px}',
  '@media print{.ipsf-report-toolbar,.ipsf-report-source-block{display:none}}',
].join('');

// Constant script: the buttons' behaviour. It reads the report's source from the textarea's value
// (text, never parsed as markup) and says only what happened.
const TOOLBAR_SCRIPT = [
  '(function(){',
  "var source=document.getElementById('ipsf-report-source');",
  "var status=document.getElementById('ipsf-report-status');",
  'function say(text){status.textContent=text;}',
  "document.getElementById('ipsf-report-print').addEventListener('click',function(){window.print();});",
  "document.getElementById('ipsf-report-copy').addEventListener('click',function(){",
  'var copied=false;',
  "try{source.focus();source.select();copied=document.execCommand('copy');}catch(e){copied=false;}",
  'if(copied){say(status.getAttribute("data-copied"));return;}',
  'if(navigator.clipboard&&navigator.clipboard.writeText){',
  'navigator.clipboard.writeText(source.value).then(function(){say(status.getAttribute("data-copied"));},',
  'function(){say(status.getAttribute("data-failed"));});',
  '}else{say(status.getAttribute("data-failed"));}',
  '});',
  '})();',
].join('');

/** The report's markup between <body> and </body>, and its <style> rules. */
function reportParts(reportHtml: string): { style: string; body: string; lang: string } {
  const style = /<style>([\s\S]*?)<\/style>/i.exec(reportHtml)?.[1] ?? '';
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(reportHtml)?.[1] ?? escapeHtml(reportHtml);
  const lang = /<html[^>]*\blang="(nb|en)"/i.exec(reportHtml)?.[1] ?? 'nb';
  return { style, body, lang };
}

/** The page shown in the modal dialog: a toolbar with «Skriv ut» and «Kopier», then the report. */
export function reportDialogHtml(reportHtml: string, language: Language): string {
  const t = TEXT[language];
  const { style, body, lang } = reportParts(reportHtml);
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<style>${style}${TOOLBAR_STYLE}</style>`,
    '</head>',
    '<body>',
    '<div class="ipsf-report-toolbar" role="toolbar">',
    `<button type="button" id="ipsf-report-print">${escapeHtml(t.print)}</button>`,
    `<button type="button" id="ipsf-report-copy">${escapeHtml(t.copy)}</button>`,
    `<span id="ipsf-report-status" role="status" data-copied="${escapeHtml(t.copied)}" data-failed="${escapeHtml(t.copyFailed)}"></span>`,
    '</div>',
    body,
    '<div class="ipsf-report-source-block">',
    `<label for="ipsf-report-source">${escapeHtml(t.source)}</label>`,
    `<textarea id="ipsf-report-source" class="ipsf-report-source" readonly>${escapeHtml(reportHtml)}</textarea>`,
    '</div>',
    `<script>${TOOLBAR_SCRIPT}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

/** Workbook.showReport on the server: the report in a modal dialog over the spreadsheet. */
export function showReportDialog(services: GasServices, reportHtml: string, title: string, language: Language): void {
  if (typeof reportHtml !== 'string' || reportHtml === '') throw new Error('ipsShowReport: expected the report HTML');
  const output = services.htmlService
    .createHtmlOutput(reportDialogHtml(reportHtml, language))
    .setWidth(REPORT_DIALOG_WIDTH)
    .setHeight(REPORT_DIALOG_HEIGHT);
  services.spreadsheetApp.getUi().showModalDialog(output, String(title));
}
