/**
 * The privacy check of free text before it is written anywhere: the same detectors as the import
 * (anonymity.ts, names.ts) run over named fields. A fødselsnummer blocks the write; a possible
 * name asks (the user may go on). Values marked as not personal data are never reported again.
 */
import type { Text } from '../text';
import { findFodselsnummerMatches } from './anonymity';
import { findNamesInText } from './names';

export type FreeTextKind = 'nationalId' | 'name';
/** block: the write must not happen; ask: the user decides. */
export type FreeTextSeverity = 'block' | 'ask';

export interface FreeTextField {
  /** Stable key of the field, recorded with a «not personal data» mark (e.g. "item:<id>:evidence"). */
  readonly key: string;
  /** The field as the user knows it. */
  readonly field: Text;
  readonly value: string;
  /** Also look for names (participant-facing text). Default true; false: fødselsnummer only. */
  readonly names?: boolean;
}

export interface FreeTextFinding {
  readonly key: string;
  readonly field: Text;
  /** What was found, as written in the field. */
  readonly value: string;
  readonly kind: FreeTextKind;
  readonly severity: FreeTextSeverity;
}

export interface FreeTextOptions {
  /** Values marked as not personal data (compared by exemptionKey, in any field). */
  readonly exempt?: readonly { readonly value: string }[];
  /** Names of people who are not participants (the evaluators): never asked about. */
  readonly knownNames?: readonly string[];
}

const normal = (value: string) => value.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');

/**
 * How a value is compared with the marked ones: a number written with spaces, dots or hyphens
 * by its digits (a lost leading zero restored: 10 digits → 11), anything else by its words in
 * lower case. So "150300 00037" and "15030000037" are one value.
 */
export function exemptionKey(value: string): string {
  const digits = value.replace(/[\s.\-–/]/g, '');
  if (/^\d{10,11}$/.test(digits)) return digits.padStart(11, '0');
  return normal(value);
}

/** A found name that is one of the known names, or a single word of one ("Kari" of "Kari Nordmann"). */
function isKnownName(found: string, known: readonly string[]): boolean {
  const name = normal(found);
  return known.some((entry) => {
    const full = normal(entry);
    return full !== '' && (full === name || (!name.includes(' ') && full.split(' ').includes(name)));
  });
}

/**
 * Every fødselsnummer (block) and possible name (ask) in the fields, field by field, each value
 * once per field; marked values and known names left out.
 */
export function checkFreeText(fields: readonly FreeTextField[], options: FreeTextOptions = {}): FreeTextFinding[] {
  const exempt = new Set((options.exempt ?? []).map((mark) => exemptionKey(mark.value)).filter((key) => key !== ''));
  const known = options.knownNames ?? [];
  const findings: FreeTextFinding[] = [];
  for (const field of fields) {
    const seen = new Set<string>();
    const add = (value: string, kind: FreeTextKind) => {
      const key = exemptionKey(value);
      if (exempt.has(key) || seen.has(key)) return;
      seen.add(key);
      findings.push({
        key: field.key,
        field: field.field,
        value,
        kind,
        severity: kind === 'nationalId' ? 'block' : 'ask',
      });
    };
    for (const match of findFodselsnummerMatches(field.value)) add(match.text, 'nationalId');
    if (field.names === false) continue;
    for (const match of findNamesInText(field.value)) if (!isKnownName(match.text, known)) add(match.text, 'name');
  }
  return findings;
}
