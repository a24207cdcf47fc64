/**
 * «Eksporter HTML» as the pane runs it (exportReportHtml over exportReport, issue 11 #11): a
 * download says «lastet ned» only when the browser took it; Sheets (Workbook.showReport) shows the
 * report in a modal dialog and never claims a download; when nothing got the report out, the HTML
 * code to copy opens in the pane.
 */
import { describe, expect, it } from 'vitest';
import { sampleReview } from '../../../src/core/review/sample';
import type { Language } from '../../../src/core/text';
import { MemoryWorkbook } from '../../../src/preview/memory-workbook';
import { exportReportHtml } from '../../../src/ui/commands/report';
import { reportFileName } from '../../../src/ui/workflow';
import { testPane } from '../support/pane';

const review = sampleReview();
const HTML = '<!DOCTYPE html><title>r</title><p>rapport</p>';

/** A document whose <a download> is clicked (the browser took the download), or without a window (refused). */
function fakeDocument(accepts: boolean) {
  const clicked: string[] = [];
  const doc = {
    defaultView: accepts ? { setTimeout: () => 0 } : null,
    createElement: () => {
      const link = {
        href: '',
        download: '',
        rel: '',
        style: {},
        click: () => clicked.push(link.download),
        remove() {},
      };
      return link;
    },
    body: { appendChild() {} },
  };
  return { doc: doc as unknown as Document, clicked };
}

class SheetsLikeWorkbook extends MemoryWorkbook {
  readonly shown: { html: string; title: string; language: Language }[] = [];
  constructor(private readonly fails = false) {
    super();
  }
  async showReport(html: string, title: string, language: Language): Promise<'dialog'> {
    if (this.fails) throw new Error('Dialogen kunne ikke åpnes');
    this.shown.push({ html, title, language });
    return 'dialog';
  }
}

describe('exportReportHtml («Eksporter HTML»)', () => {
  it('Excel and the preview: a download, and «lastet ned» with the file name', async () => {
    const { pane, notice, state } = testPane({ review });
    const { doc, clicked } = fakeDocument(true);
    await exportReportHtml(pane, doc, HTML);
    const file = reportFileName(review, 'nb');
    expect(clicked).toEqual([file]);
    expect(notice()).toMatchObject({ kind: 'success' });
    expect(notice()!.nb).toBe(`Rapporten er lastet ned som «${file}».`);
    expect(state().reportOptions.showHtml).toBe(false);
  });

  it('Sheets: the report in a modal dialog, no download, and never «lastet ned»', async () => {
    const workbook = new SheetsLikeWorkbook();
    const { pane, notice, state } = testPane({ review, workbook, language: 'en' });
    const { doc, clicked } = fakeDocument(true);
    await exportReportHtml(pane, doc, HTML);
    expect(clicked).toEqual([]);
    expect(workbook.shown).toEqual([
      { html: HTML, title: reportFileName(review, 'en').replace(/\.html$/, ''), language: 'en' },
    ]);
    expect(notice()).toMatchObject({ kind: 'success' });
    expect(notice()!.nb).toContain('åpnet i et eget vindu');
    expect(notice()!.nb).not.toContain('lastet ned');
    expect(notice()!.en).toContain('open in a window over the spreadsheet');
    expect(state().reportOptions.showHtml).toBe(false);
  });

  it('a refused download: a warning, and the HTML code to copy opens', async () => {
    const { pane, notice, state } = testPane({ review });
    await exportReportHtml(pane, fakeDocument(false).doc, HTML);
    expect(notice()).toMatchObject({ kind: 'warning' });
    expect(notice()!.nb).toContain('Kopier HTML-koden');
    expect(state().reportOptions.showHtml).toBe(true);
  });

  it('a dialog that fails: the error, and the HTML code to copy opens', async () => {
    const { pane, notice, state } = testPane({ review, workbook: new SheetsLikeWorkbook(true) });
    await exportReportHtml(pane, fakeDocument(true).doc, HTML);
    expect(notice()).toMatchObject({ kind: 'error' });
    expect(notice()!.nb).toContain('Dialogen kunne ikke åpnes');
    expect(state().reportOptions.showHtml).toBe(true);
  });
});
