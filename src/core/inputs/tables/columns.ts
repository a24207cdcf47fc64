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

/** A builder of columns of one type whose cells need no more than the extras (text, date, yes/no). */
function simpleColumn(type: 'text' | 'date' | 'yesno', fixed: Partial<ColumnDefinition> = {}) {
  return (id: string, header: Text, help: Text, required = false, extras: ColumnExtras = {}): ColumnDefinition => ({
    id,
    header,
    type,
    required,
    help,
    ...fixed,
    ...extras,
  });
}

export const text = simpleColumn('text');
export const date = simpleColumn('date');
export const yesno = simpleColumn('yesno', { options: YES_NO_OPTIONS });

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
