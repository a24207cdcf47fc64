/**
 * The evidence log: what was learnt for an item, from which kind of source (the scale's legend
 * MIS, DOC, INT, OBS, ISP [000:11645–11659]), from whom by role — never by name [000:1447–1455] —
 * and a note. Each observation goes under the one most suitable item [000:1626–1628]. Coverage
 * tells, per item, which of the data sources the scale lists for it have evidence yet.
 */
import { invalidValue } from '../errors';
import { checkFreeText, type FreeTextField, type FreeTextFinding, type FreeTextOptions } from '../inputs/free-text';
import { DEFAULT_SCALE, findItem, itemById } from '../scale/registry';
import type { DataSource, ScaleDefinition } from '../scale/types';
import type { Text } from '../text';
import { isoToSerial } from './dates';

/** The source codes in the legend's order. */
export const EVIDENCE_SOURCES: readonly DataSource[] = ['MIS', 'DOC', 'INT', 'OBS', 'ISP'];

/**
 * Informant roles to choose from (typing another role is allowed): the people the manual has the
 * evaluators interview [000:657–700, 1131–1196] and the legend's INT list [000:11645–11659].
 */
export const INFORMANT_ROLES: readonly Text[] = [
  { nb: 'Jobbspesialist', en: 'Employment specialist' },
  { nb: 'Metodeveileder', en: 'IPS supervisor' },
  { nb: 'Behandler', en: 'Clinician' },
  { nb: 'Pasientansvarlig', en: 'Case manager' },
  { nb: 'Psykiater eller medisinsk ansvarlig', en: 'Psychiatrist or medical lead' },
  { nb: 'Leder', en: 'Manager' },
  { nb: 'Erfaringskonsulent', en: 'Peer specialist' },
  { nb: 'Deltaker', en: 'Participant' },
  { nb: 'Familiemedlem', en: 'Family member' },
  { nb: 'NAV-veileder', en: 'NAV counsellor' },
  { nb: 'Stønadsveileder', en: 'Benefits counsellor' },
  { nb: 'Arbeidsgiver', en: 'Employer' },
];

export interface EvidenceEntry {
  readonly itemId: string;
  readonly source: DataSource;
  /** The informant's role, e.g. «Jobbspesialist»; never a name. Empty for MIS and DOC. */
  readonly role: string;
  readonly note: string;
  /** yyyy-mm-dd, when known. */
  readonly date?: string;
}

/** An entry as typed: the item by number (1–25) or id, the source code in any case. */
export interface EvidenceInput {
  readonly item: number | string;
  readonly source: string;
  readonly role?: string;
  readonly note: string;
  readonly date?: string;
}

function readItem(ref: number | string, where: string, scale: ScaleDefinition) {
  try {
    return findItem(ref, 'item', scale);
  } catch {
    throw invalidValue(
      `${where}, item: expected an item number 1–${scale.items.length} or an item id, got ${JSON.stringify(ref)}`,
    );
  }
}

/** An entry checked and tidied; #VALUE! naming the log row (1-based) and what was expected. */
export function readEvidenceEntry(
  input: EvidenceInput,
  row: number,
  scale: ScaleDefinition = DEFAULT_SCALE,
): EvidenceEntry {
  const where = `evidence log row ${row}`;
  const item = readItem(input.item, where, scale);
  const code = input.source.trim().toUpperCase();
  const source = EVIDENCE_SOURCES.find((candidate) => candidate === code);
  if (!source)
    throw invalidValue(
      `${where}, source: expected ${EVIDENCE_SOURCES.join(', ')}, got ${JSON.stringify(input.source)}`,
    );
  const note = input.note.trim();
  if (note === '') throw invalidValue(`${where}, note: expected what was learnt, the note is blank`);
  const date = input.date?.trim() ? input.date.trim() : undefined;
  if (date !== undefined) isoToSerial(date, `${where}, date`);
  return {
    itemId: item.id,
    source,
    role: (input.role ?? '').trim().replace(/\s+/g, ' '),
    note,
    ...(date ? { date } : {}),
  };
}

/**
 * The privacy check of the log before it is written: every role and note through checkFreeText.
 * A role is never a name, so a name found there is asked about like one in a note; a fødselsnummer
 * anywhere blocks the write.
 */
export function checkEvidencePrivacy(
  entries: readonly EvidenceEntry[],
  options: FreeTextOptions = {},
): FreeTextFinding[] {
  const fields: FreeTextField[] = entries.flatMap((entry, index) => {
    const row = index + 1;
    const fieldsOfEntry: FreeTextField[] = [
      {
        key: `evidence:${row}:note`,
        field: { nb: `Kildelogg rad ${row}: notat`, en: `Evidence log row ${row}: note` },
        value: entry.note,
      },
    ];
    if (entry.role !== '') {
      fieldsOfEntry.unshift({
        key: `evidence:${row}:role`,
        field: { nb: `Kildelogg rad ${row}: informantens rolle`, en: `Evidence log row ${row}: informant role` },
        value: entry.role,
      });
    }
    return fieldsOfEntry;
  });
  return checkFreeText(fields, options);
}

export interface EvidenceCoverage {
  readonly itemId: string;
  /** The data sources the scale lists for the item, in its order. */
  readonly listed: readonly DataSource[];
  /** Listed sources with at least one entry. */
  readonly covered: readonly DataSource[];
  /** Listed sources without any entry yet. */
  readonly missing: readonly DataSource[];
  /** Sources with entries that the scale does not list for the item. */
  readonly unlisted: readonly DataSource[];
  readonly entryCount: number;
}

/** Which of an item's listed data sources have evidence in the log yet. */
export function evidenceCoverage(
  itemId: string,
  entries: readonly EvidenceEntry[],
  scale: ScaleDefinition = DEFAULT_SCALE,
): EvidenceCoverage {
  const item = itemById(itemId, scale);
  const ofItem = entries.filter((entry) => entry.itemId === item.id);
  const used = new Set(ofItem.map((entry) => entry.source));
  return {
    itemId: item.id,
    listed: item.sources,
    covered: item.sources.filter((source) => used.has(source)),
    missing: item.sources.filter((source) => !used.has(source)),
    unlisted: EVIDENCE_SOURCES.filter((source) => used.has(source) && !item.sources.includes(source)),
    entryCount: ofItem.length,
  };
}

/** Coverage of every item, in score-sheet order. */
export function evidenceCoverageAll(
  entries: readonly EvidenceEntry[],
  scale: ScaleDefinition = DEFAULT_SCALE,
): EvidenceCoverage[] {
  return scale.items.map((item) => evidenceCoverage(item.id, entries, scale));
}
