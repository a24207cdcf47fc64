/**
 * Builders of the column definitions every table shares: text, number, date, yes/no and list columns,
 * and the specialist and participant columns.
 */
import type { ListOption, NumberFormatRule, ColumnDefinition } from './types';
import { YES_NO_OPTIONS } from './options';
import { type Text, text as t } from '../../text';
import type { PlanValue } from '../../workbook/plan';

export interface ColumnExtras {
  readonly synonyms?: readonly string[];
  readonly width?: number;
  readonly personal?: boolean;
  readonly defaultValue?: PlanValue;
}

export function text(
  id: string,
  header: Text,
  help: Text,
  required = false,
  extras: ColumnExtras = {},
): ColumnDefinition {
  return { id, header, type: 'text', required, help, ...extras };
}
export function num(
  id: string,
  header: Text,
  help: Text,
  rule: NumberFormatRule,
  required = false,
  extras: ColumnExtras = {},
): ColumnDefinition {
  return { id, header, type: 'number', required, help, number: rule, ...extras };
}
export function date(
  id: string,
  header: Text,
  help: Text,
  required = false,
  extras: ColumnExtras = {},
): ColumnDefinition {
  return { id, header, type: 'date', required, help, ...extras };
}
export function yesno(
  id: string,
  header: Text,
  help: Text,
  required = false,
  extras: ColumnExtras = {},
): ColumnDefinition {
  return { id, header, type: 'yesno', required, help, options: YES_NO_OPTIONS, ...extras };
}
export function choice(
  id: string,
  header: Text,
  help: Text,
  options: readonly ListOption[],
  required = false,
  extras: ColumnExtras = {},
): ColumnDefinition {
  return { id, header, type: 'list', required, help, options, ...extras };
}

export const SPECIALIST = (help: Text, required = true) =>
  text('specialist', t('Jobbspesialist', 'Employment specialist'), help, required, {
    synonyms: [
      'js',
      'initialer',
      'initials',
      'jobbspesialist id',
      'specialist',
      'ansatt',
      'staff',
      'konsulent',
      'ips-konsulent',
    ],
  });
export const PARTICIPANT = (required: boolean) =>
  text(
    'participant',
    t('Deltaker (ID)', 'Participant (ID)'),
    t(
      'Kode for deltakeren, aldri navn eller fødselsnummer.',
      "The participant's code, never a name or national ID number.",
    ),
    required,
    {
      synonyms: [
        'deltaker',
        'deltaker id',
        'deltakerid',
        'participant',
        'client',
        'klient',
        'bruker',
        'id',
        'jobbsøker',
        'arbeidstaker',
      ],
      personal: true,
    },
  );
