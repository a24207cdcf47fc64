/**
 * The report's «Informasjonskilder» built from the evidence log (issue 12): per item, the sources
 * that actually gave evidence — the legend's codes [000:11645–11659] with a short name, and for
 * each the informants' roles (never names) — instead of the sources the scale lists.
 */
import { EVIDENCE_SOURCES, type EvidenceEntry } from '../cycle/evidence';
import type { DataSource } from '../scale/types';
import type { Language, Text } from '../text';

/** Short names of the legend's sources, for a line in the report. */
export const SOURCE_SHORT_NAMES: Readonly<Record<DataSource, Text>> = {
  MIS: { nb: 'Ledelsesinformasjonssystem', en: 'Management information system' },
  DOC: { nb: 'Dokumentgjennomgang', en: 'Document review' },
  INT: { nb: 'Intervju', en: 'Interview' },
  OBS: { nb: 'Observasjon', en: 'Observation' },
  ISP: { nb: 'Individuell plan', en: 'Individualized service plan' },
};

export const NO_EVIDENCE: Text = {
  nb: 'Ingen kilder registrert i kildeloggen',
  en: 'No sources recorded in the evidence log',
};

export interface ItemEvidenceSources {
  /** Sources with at least one entry for the item, in the legend's order. */
  readonly codes: readonly DataSource[];
  /** «Intervju (INT): Jobbspesialist, Metodeveileder; Dokumentgjennomgang (DOC)». */
  readonly text: string;
}

/** The sources with evidence for one item, in words. */
export function itemEvidenceSources(
  itemId: string,
  entries: readonly EvidenceEntry[],
  language: Language,
): ItemEvidenceSources {
  const ofItem = entries.filter((entry) => entry.itemId === itemId);
  const codes = EVIDENCE_SOURCES.filter((code) => ofItem.some((entry) => entry.source === code));
  if (codes.length === 0) return { codes, text: NO_EVIDENCE[language] };
  const parts = codes.map((code) => {
    const roles: string[] = [];
    for (const entry of ofItem) {
      if (entry.source !== code || entry.role === '') continue;
      if (!roles.some((role) => role.toLocaleLowerCase('nb') === entry.role.toLocaleLowerCase('nb')))
        roles.push(entry.role);
    }
    const name = `${SOURCE_SHORT_NAMES[code][language]} (${code})`;
    return roles.length > 0 ? `${name}: ${roles.join(', ')}` : name;
  });
  return { codes, text: parts.join('; ') };
}
