/**
 * «Eksporter HTML» in Google Sheets (issue 11 point 11): the report is shown in a modal dialog
 * (HtmlService) with «Skriv ut» and «Kopier», through the sidebar's Workbook over
 * google.script.run; a person's hostile text stays text; the pane says only what happened.
 */
import { describe, expect, it, vi } from 'vitest';
import { scriptRunWorkbook } from '../../gas/client/script-run-workbook';
import { REPORT_DIALOG_HEIGHT, REPORT_DIALOG_WIDTH, reportDialogHtml } from '../../gas/server/report-dialog';
import { workbookServer } from '../../gas/server/workbook-server';
import { buildReport } from '../../src/core/report/build';
import { reportHtml } from '../../src/core/report/html';
import { sampleReview } from '../../src/core/review/sample';
import { MemoryWorkbook } from '../../src/preview/memory-workbook';
import type { Workbook } from '../../src/core/workbook/workbook';
import { exportMessage, exportReport } from '../../src/ui/commands/export-report';
import { fakeScriptRun } from './fake-script-run';
import { fakeServices, type FakeHtmlOutput } from './fake-spreadsheet-app';

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)></textarea><b>';

function hostileReport(language: 'nb' | 'en' = 'nb'): string {
  const review = sampleReview();
  const first = Object.keys(review.items)[0]!;
  review.items[first]!.evidence = HOSTILE;
  review.service = `Tjeneste ${HOSTILE}`;
  return reportHtml(buildReport(review, { language }));
}

function wired() {
  const services = fakeServices();
  const server = workbookServer(services);
  const { run, calls } = fakeScriptRun(server as unknown as Record<string, (...args: never[]) => unknown>);
  return { services, workbook: scriptRunWorkbook(run), calls };
}

/** Tags outside the textarea's text: what the browser would parse as markup. */
function markupTags(html: string, name: string): number {
  return (html.match(new RegExp(`<${name}[\\s>]`, 'gi')) ?? []).length;
}

describe('the report dialog in Google Sheets', () => {
  it('shows the report in a modal dialog with «Skriv ut» and «Kopier» through google.script.run', async () => {
    const { services, workbook, calls } = wired();
    const html = hostileReport();
    const outcome = await exportReport({
      workbook,
      language: 'nb',
      html,
      fileName: 'rapport.html',
      title: 'IPS-rapport',
      download: () => {
        throw new Error('no download in Sheets');
      },
    });
    expect(outcome).toEqual({ kind: 'dialog' });
    expect(calls.map((call) => call.name)).toEqual(['ipsShowReport']);
    const dialogs = services.spreadsheetApp.ui.dialogs;
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]!.title).toBe('IPS-rapport');
    const output = dialogs[0]!.output as FakeHtmlOutput;
    expect([output.width, output.height]).toEqual([REPORT_DIALOG_WIDTH, REPORT_DIALOG_HEIGHT]);
    const shown = output.content;
    expect(shown).toContain('>Skriv ut</button>');
    expect(shown).toContain('>Kopier</button>');
    // The report's body is there as the report builder made it.
    const body = /<body>([\s\S]*)<\/body>/.exec(html)![1]!;
    expect(shown).toContain(body);
    expect(exportMessage(outcome, 'nb')).toEqual({
      kind: 'success',
      text: 'Rapporten er åpnet i et eget vindu over regnearket. Skriv den ut (også til PDF) eller kopier HTML-koden der.',
      showCopyBox: false,
    });
  });

  it('keeps a hostile text as text: one script (the buttons), no image, the textarea not closed early', () => {
    const html = hostileReport('en');
    const shown = reportDialogHtml(html, 'en');
    expect(markupTags(shown, 'script')).toBe(1);
    expect(markupTags(shown, 'img')).toBe(0);
    expect((shown.match(/<\/textarea>/g) ?? []).length).toBe(1);
    expect(shown).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    // The copied source is the standalone file, escaped once more inside the textarea.
    const source = /<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(shown)![1]!;
    const decoded = source
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    expect(decoded).toBe(html);
    expect(shown).toContain('>Print</button>');
    expect(shown).toContain('>Copy</button>');
  });

  it('passes HtmlService: nothing fetched from outside, no CSP that would stop its scripts', () => {
    const shown = reportDialogHtml(reportHtml(buildReport(sampleReview(), { language: 'nb' })), 'nb');
    const outsideText = shown.replace(/<textarea[^>]*>[\s\S]*?<\/textarea>/, '');
    expect(outsideText).not.toMatch(
      /\b(?:src|href)\s*=\s*['"]?(?:https?:)?\/\/|@import|url\(\s*['"]?(?:https?:)?\/\//i,
    );
    expect(outsideText).not.toMatch(/https?:\/\//);
    expect(outsideText).not.toMatch(/Content-Security-Policy/);
  });

  it('says the dialog failed, and shows the copy box, when the server could not show it', async () => {
    const { services, workbook } = wired();
    services.spreadsheetApp.ui.showModalDialog = () => {
      throw new Error('Du har ikke tillatelse');
    };
    const outcome = await exportReport({
      workbook,
      language: 'en',
      html: hostileReport('en'),
      fileName: 'report.html',
      title: 'IPS report',
      download: () => true,
    });
    expect(outcome.kind).toBe('failed');
    const message = exportMessage(outcome, 'en');
    expect(message.kind).toBe('error');
    expect(message.showCopyBox).toBe(true);
    expect(message.text).toMatch(
      /^The report could not be shown: .*Du har ikke tillatelse.*Copy the HTML code below instead\.$/,
    );
  });
});

describe('exportReport in Excel and the preview', () => {
  it('downloads from the pane, and says «lastet ned» only when the browser took it', async () => {
    const workbook = new MemoryWorkbook();
    expect((workbook as Workbook).showReport).toBeUndefined();
    const download = vi.fn(() => true);
    const ok = await exportReport({
      workbook,
      language: 'nb',
      html: '<p>x</p>',
      fileName: 'r.html',
      title: 't',
      download,
    });
    expect(download).toHaveBeenCalledWith('r.html', '<p>x</p>');
    expect(exportMessage(ok, 'nb')).toEqual({
      kind: 'success',
      text: 'Rapporten er lastet ned som «r.html».',
      showCopyBox: false,
    });
    const blocked = await exportReport({
      workbook,
      language: 'nb',
      html: '<p>x</p>',
      fileName: 'r.html',
      title: 't',
      download: () => false,
    });
    expect(blocked).toEqual({ kind: 'blocked' });
    const message = exportMessage(blocked, 'nb');
    expect(message.kind).toBe('warning');
    expect(message.showCopyBox).toBe(true);
    expect(message.text).not.toMatch(/lastet ned som/);
  });
});
