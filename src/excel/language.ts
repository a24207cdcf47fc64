import type { Language } from '../core/text';

/**
 * The pane's language from Office's display language (e.g. "nb-NO", "nn-NO", "no", "en-US"):
 * Norwegian (Bokmål, Nynorsk or plain "no") gives the scale's official Norwegian wording, anything
 * else English. Unknown or missing gives Norwegian, the manifest's default locale.
 */
export function paneLanguage(displayLanguage: string | undefined | null): Language {
  if (!displayLanguage) return 'nb';
  const primary = displayLanguage.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'nb' || primary === 'nn' || primary === 'no') return 'nb';
  return primary ? 'en' : 'nb';
}
