import type { Language } from '../../core/text';
import type { Workbook } from '../../core/workbook/workbook';

/**
 * «Eksporter HTML» (issue 11 point 11): the report leaves the pane the way the host can do for
 * sure, and the pane says only what happened. Google Sheets (Workbook.showReport): a modal dialog
 * with «Skriv ut» and «Kopier», never a download link clicked in the sidebar's sandboxed iframe,
 * which a browser may block without a word. Excel and the preview: a download from the pane.
 * When neither works the pane shows the HTML code to copy.
 */
export interface ExportReportDeps {
  readonly workbook: Workbook;
  readonly language: Language;
  /** The standalone report file (report builder's HTML, every typed text escaped). */
  readonly html: string;
  readonly fileName: string;
  /** The dialog's title. */
  readonly title: string;
  /** The pane's download (downloadFile): false when the browser refused at once. */
  download(fileName: string, html: string): boolean;
}

export type ExportOutcome =
  | { readonly kind: 'downloaded'; readonly fileName: string }
  | { readonly kind: 'dialog' }
  /** Nothing left the pane: show the HTML code to copy. */
  | { readonly kind: 'blocked' }
  | { readonly kind: 'failed'; readonly message: string };

export async function exportReport(deps: ExportReportDeps): Promise<ExportOutcome> {
  try {
    if (deps.workbook.showReport) {
      await deps.workbook.showReport(deps.html, deps.title, deps.language);
      return { kind: 'dialog' };
    }
    return deps.download(deps.fileName, deps.html)
      ? { kind: 'downloaded', fileName: deps.fileName }
      : { kind: 'blocked' };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

export interface ExportMessage {
  readonly kind: 'success' | 'warning' | 'error';
  readonly text: string;
  /** Show the HTML code to copy, as nothing else got the report out. */
  readonly showCopyBox: boolean;
}

const TEXT = {
  nb: {
    downloaded: (file: string) => `Rapporten er lastet ned som «${file}».`,
    dialog:
      'Rapporten er åpnet i et eget vindu over regnearket. Skriv den ut (også til PDF) eller kopier HTML-koden der.',
    blocked:
      'Nettleseren lot ikke rapporten lastes ned. Kopier HTML-koden under og lagre den i en fil som slutter på .html.',
    failed: (message: string) => `Rapporten kunne ikke vises: ${message}. Kopier HTML-koden under i stedet.`,
  },
  en: {
    downloaded: (file: string) => `The report was downloaded as “${file}”.`,
    dialog: 'The report is open in a window over the spreadsheet. Print it (also to PDF) or copy its HTML code there.',
    blocked:
      'The browser did not let the report download. Copy the HTML code below and save it in a file ending in .html.',
    failed: (message: string) => `The report could not be shown: ${message}. Copy the HTML code below instead.`,
  },
} as const;

/** What the pane says after an export: only what happened, and whether to show the copy box. */
export function exportMessage(outcome: ExportOutcome, language: Language): ExportMessage {
  const t = TEXT[language];
  switch (outcome.kind) {
    case 'downloaded':
      return { kind: 'success', text: t.downloaded(outcome.fileName), showCopyBox: false };
    case 'dialog':
      return { kind: 'success', text: t.dialog, showCopyBox: false };
    case 'blocked':
      return { kind: 'warning', text: t.blocked, showCopyBox: true };
    case 'failed':
      return { kind: 'error', text: t.failed(outcome.message), showCopyBox: true };
  }
}
