import type { Language } from '../../core/text';
import { EN } from './en';
import { NB, type Strings } from './nb';

export type { Strings } from './nb';
export { privacyStrings, type PrivacyStrings } from './privacy';

export const STRINGS: Readonly<Record<Language, Strings>> = { nb: NB, en: EN };

export function strings(language: Language): Strings {
  return STRINGS[language];
}

/** Spreadsheet error codes for the core's error codes, as the hosts show them. */
export const ERROR_CODES: Readonly<Record<string, string>> = {
  invalidValue: '#VALUE!',
  invalidNumber: '#NUM!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
};
