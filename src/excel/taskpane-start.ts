import type { Language } from '../core/text';
import { paneLanguage } from './language';

/**
 * Starting the task pane page: the pane once Office says it runs in Excel, and otherwise a
 * message instead of «Laster IPS …» forever (issue 11 #12). The page is opened outside Office
 * when Office.js did not load (no network, blocked), when Office.onReady does not answer within
 * a few seconds (a plain browser tab), or when it answers without Excel or without a context.
 * A slow Excel that answers after the message still gets its pane.
 */

/** The part of Office.js the page uses. */
export interface OfficeLike {
  onReady(callback: (info: { host: unknown }) => void): unknown;
  readonly context?: { readonly displayLanguage?: string } | null;
  readonly HostType?: { readonly Excel: unknown };
}

/** How long Office.onReady may take before the page says it is not in Excel. */
export const OFFICE_WAIT_MS = 4000;

const MESSAGE = {
  nb: {
    title: 'IPS-kvalitetsskala virker inne i Excel',
    body: 'Denne siden er IPS-ruten i Excel og kan ikke brukes alene i en nettleser. Åpne den fra Excel: IPS-evaluering på Hjem-fanen.',
    preview: 'Prøv ruten i nettleseren uten Excel (forhåndsvisning)',
    failed: 'IPS-ruten kunne ikke starte: ',
  },
  en: {
    title: 'The IPS Fidelity Scale runs inside Excel',
    body: 'This page is the IPS pane in Excel and cannot be used on its own in a browser. Open it from Excel: IPS review on the Home tab.',
    preview: 'Try the pane in the browser without Excel (preview)',
    failed: 'The IPS pane could not start: ',
  },
} as const;

/** The message for a page opened outside Excel, in both languages (which one the reader needs is unknown). */
export function showOutsideOffice(root: HTMLElement, first: Language): void {
  const doc = root.ownerDocument;
  const section = (language: Language) => {
    const text = MESSAGE[language];
    const part = doc.createElement('section');
    part.lang = language === 'nb' ? 'nb-NO' : 'en';
    const heading = doc.createElement('h1');
    heading.textContent = text.title;
    const body = doc.createElement('p');
    body.textContent = text.body;
    const link = doc.createElement('a');
    link.href = 'preview.html';
    link.textContent = text.preview;
    link.dataset['role'] = 'preview-link';
    const line = doc.createElement('p');
    line.append(link);
    part.append(heading, body, line);
    return part;
  };
  const box = doc.createElement('div');
  box.className = 'ips-outside';
  box.setAttribute('role', 'alert');
  box.dataset['role'] = 'outside-office';
  box.append(section(first), section(first === 'nb' ? 'en' : 'nb'));
  root.replaceChildren(box);
}

export interface StartOptions {
  readonly waitMs?: number;
  /** The browser's language, for which message comes first outside Office. */
  readonly browserLanguage?: string;
}

/**
 * Mounts the pane through `mount` when Office reports Excel; otherwise shows the message. Returns
 * a promise that settles once one of the two happened (tests wait on it).
 */
export function startTaskpane(
  root: HTMLElement,
  office: OfficeLike | undefined,
  mount: (language: Language) => void,
  options: StartOptions = {},
): Promise<'pane' | 'outside'> {
  const fallback = paneLanguage(options.browserLanguage);
  if (!office || typeof office.onReady !== 'function') {
    showOutsideOffice(root, fallback);
    return Promise.resolve('outside');
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      showOutsideOffice(root, fallback);
      resolve('outside');
    }, options.waitMs ?? OFFICE_WAIT_MS);
    office.onReady((info) => {
      clearTimeout(timer);
      const language = paneLanguage(office.context?.displayLanguage ?? options.browserLanguage);
      if (!office.context || !office.HostType || info.host !== office.HostType.Excel) {
        showOutsideOffice(root, language);
        resolve('outside');
        return;
      }
      try {
        mount(language);
        resolve('pane');
      } catch (error) {
        root.textContent = MESSAGE[language].failed + (error instanceof Error ? error.message : String(error));
        resolve('outside');
        throw error;
      }
    });
  });
}
