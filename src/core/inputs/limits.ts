/**
 * What an import takes at most, and what it says when something is larger. The limits are
 * documented in README.md («Importing CSV»); every message is given at once, before any long
 * work starts (files) or with the row that holds the value (cells).
 */
import { formatNumber, type Text } from '../text';

export const IMPORT_LIMITS = {
  /** Characters in one cell: Excel's limit (Google Sheets allows 50 000). */
  cellCharacters: 32_767,
  /** Bytes in one file: far above a year of contact logs, low enough to read in a pane. */
  fileBytes: 50 * 1024 * 1024,
  /** Characters of pasted text (about the size of the largest file). */
  textCharacters: 50_000_000,
} as const;

const megabytes = (bytes: number, language: 'nb' | 'en') =>
  formatNumber(bytes / (1024 * 1024), language, { decimals: 1, fixed: true });
/** 32767 → "32 767" (nb) or "32,767" (en). */
const grouped = (value: number, language: 'nb' | 'en') => formatNumber(value, language);

/** Why a file cannot be read at all, or null when its size is fine. */
export function fileSizeProblem(bytes: number): Text | null {
  if (bytes <= IMPORT_LIMITS.fileBytes) return null;
  const limit = IMPORT_LIMITS.fileBytes / (1024 * 1024);
  return {
    nb: `Filen er ${megabytes(bytes, 'nb')} MB; importen tar filer på høyst ${limit} MB. Del filen opp (f.eks. per år) og importer delene etter hverandre med «Legg til».`,
    en: `The file is ${megabytes(bytes, 'en')} MB; the import takes files of at most ${limit} MB. Split the file (e.g. by year) and import the parts one after the other with "Add".`,
  };
}

/** Why pasted text cannot be read at all, or null when its length is fine. */
export function textSizeProblem(characters: number): Text | null {
  if (characters <= IMPORT_LIMITS.textCharacters) return null;
  return {
    nb: `Teksten har ${grouped(characters, 'nb')} tegn; importen tar høyst ${grouped(IMPORT_LIMITS.textCharacters, 'nb')}. Lagre den som en fil og del den opp.`,
    en: `The text has ${grouped(characters, 'en')} characters; the import takes at most ${grouped(IMPORT_LIMITS.textCharacters, 'en')}. Save it as a file and split it.`,
  };
}

/** Why one cell is too long for a sheet, or null. */
export function cellLengthProblem(characters: number): Text | null {
  if (characters <= IMPORT_LIMITS.cellCharacters) return null;
  return {
    nb: `verdien har ${grouped(characters, 'nb')} tegn; en celle kan ha høyst ${grouped(IMPORT_LIMITS.cellCharacters, 'nb')} (grensen i Excel)`,
    en: `the value has ${grouped(characters, 'en')} characters; a cell holds at most ${grouped(IMPORT_LIMITS.cellCharacters, 'en')} (Excel's limit)`,
  };
}
