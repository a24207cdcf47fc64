import type { Language } from '../../core/text';

/** What the pane says when the privacy check stops or questions a write (privacy-gate.ts), in bokmål and English. */
const NB = {
  line: (field: string, value: string) => `${field}: «${value}»`,
  more: (count: number) => `… og ${count} til.`,
  blockTitle: 'Fødselsnummer i teksten',
  blockIntro: (count: number) =>
    `Teksten som skulle skrives inneholder ${count === 1 ? 'et fødselsnummer' : `${count} fødselsnumre`}. Fødselsnumre skal aldri stå i arbeidsboken, så ingenting er skrevet:`,
  blockQuestion:
    'Fjern nummeret fra feltet og prøv igjen. Er verdien ikke et fødselsnummer (for eksempel et kontonummer), kan du merke den som ikke personopplysning. Merket vises i skårskjemaet og rapporten.',
  blockConfirm: 'Ikke personopplysning – merk og skriv',
  blockCancel: 'Tilbake til teksten',
  blocked: (lines: string) => `Ikke skrevet: fødselsnummer i ${lines}. Fjern det fra feltet og prøv igjen.`,
  askTitle: 'Mulige navn i teksten',
  askIntro:
    'Deltakere og ansatte skal ikke navngis i skårskjemaet eller rapporten; bruk deltaker-ID. Dette ser ut som navn:',
  askQuestion: 'Er dette ikke navn på personer, kan du skrive likevel.',
  askConfirm: 'Skriv likevel',
  askCancel: 'Tilbake til teksten',
  asked: (lines: string) => `Ikke skrevet: mulige navn i ${lines}. Bytt dem ut med deltaker-ID og prøv igjen.`,
};

export type PrivacyStrings = typeof NB;

const EN: PrivacyStrings = {
  line: (field, value) => `${field}: "${value}"`,
  more: (count) => `… and ${count} more.`,
  blockTitle: 'National identity number in the text',
  blockIntro: (count) =>
    `The text to be written holds ${count === 1 ? 'a Norwegian national identity number' : `${count} Norwegian national identity numbers`}. They must never be in the workbook, so nothing was written:`,
  blockQuestion:
    'Remove the number from the field and try again. If the value is not an identity number (a bank account number, say), you can mark it as not personal data. The mark is shown in the score sheet and the report.',
  blockConfirm: 'Not personal data – mark and write',
  blockCancel: 'Back to the text',
  blocked: (lines) => `Not written: a national identity number in ${lines}. Remove it from the field and try again.`,
  askTitle: 'Possible names in the text',
  askIntro:
    'Participants and staff must not be named in the score sheet or the report; use participant IDs. These look like names:',
  askQuestion: 'If these are not names of people, you can write anyway.',
  askConfirm: 'Write anyway',
  askCancel: 'Back to the text',
  asked: (lines) => `Not written: possible names in ${lines}. Replace them with participant IDs and try again.`,
};

export function privacyStrings(language: Language): PrivacyStrings {
  return language === 'en' ? EN : NB;
}
