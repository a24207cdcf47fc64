/** A host error as a readable line: Office.js and Apps Script errors carry their text in different places. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object') {
    const candidate =
      (error as { message?: unknown; debugInfo?: { message?: unknown } }).message ??
      (error as { debugInfo?: { message?: unknown } }).debugInfo?.message;
    if (typeof candidate === 'string' && candidate) return candidate;
    try {
      return JSON.stringify(error);
    } catch {
      return String(error);
    }
  }
  return String(error);
}
