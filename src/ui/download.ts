/**
 * Getting the report out of the pane without any network: a download through a Blob and an
 * <a download> (the preview, browsers, Excel on the web), or the HTML written into a new window
 * (for hosts that block downloads). Both return false when the host refuses, so the pane can offer
 * the next way (the HTML code to copy).
 */

export function downloadFile(
  doc: Document,
  fileName: string,
  content: string,
  type = 'text/html;charset=utf-8',
): boolean {
  const view = doc.defaultView;
  if (!view || typeof Blob !== 'function' || typeof URL?.createObjectURL !== 'function') return false;
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  (doc.body ?? doc.documentElement).appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked later: some browsers read the blob after click() returns.
    view.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return true;
}

/** Opens a new window showing the HTML (written into about:blank, so nothing is fetched). */
export function openHtmlWindow(view: Window, html: string): boolean {
  let opened: Window | null;
  try {
    opened = view.open('', '_blank');
  } catch {
    opened = null;
  }
  if (!opened) return false;
  try {
    opened.document.open();
    opened.document.write(html);
    opened.document.close();
    return true;
  } catch {
    try {
      opened.location.href = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
      return true;
    } catch {
      opened.close();
      return false;
    }
  }
}
