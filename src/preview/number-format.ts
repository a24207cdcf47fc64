import { utcFromSerial } from '../core/cells';
import { formatNumber, type Language } from '../core/text';
import { SheetError, type Scalar } from './engine/values';

/**
 * How the preview grid shows a computed value under a plan's number format, as Excel and Sheets
 * do for the formats the add-in writes: dates (`yyyy-mm-dd`, also `dd.mm.yyyy` and the like) from
 * serial numbers, percentages (`0%`, `0.0%`), fixed decimals (`0.00`, `#,##0`), text (`@`).
 * Anything else shows as General: up to 10 significant digits.
 */

/** 9999-12-31: the last date Excel shows. */
const LAST_SERIAL = 2_958_465;

/** A serial day number as its calendar date, or null outside Excel's dates. */
export function serialToDate(serial: number): { year: number; month: number; day: number } | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > LAST_SERIAL) return null;
  const date = new Date(utcFromSerial(Math.floor(serial)));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function isDateFormat(format: string): boolean {
  // Without quoted text and escapes: y or d tokens make a date (m alone may be minutes or months).
  const bare = format.replace(/"[^"]*"|\\./g, '');
  return /y|d/i.test(bare);
}

function dateText(serial: number, format: string): string | null {
  const date = serialToDate(serial);
  if (!date) return null;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return format.replace(
    /yyyy|yy|mm|m|dd|d|"([^"]*)"|\\(.)/gi,
    (token, quoted: string | undefined, escaped: string | undefined) => {
      if (quoted !== undefined) return quoted;
      if (escaped !== undefined) return escaped;
      switch (token.toLowerCase()) {
        case 'yyyy':
          return pad(date.year, 4);
        case 'yy':
          return pad(date.year % 100, 2);
        case 'mm':
          return pad(date.month, 2);
        case 'm':
          return String(date.month);
        case 'dd':
          return pad(date.day, 2);
        default:
          return String(date.day);
      }
    },
  );
}

/** General: integers as they are, other numbers to 10 significant digits. */
export function generalNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

function decimalsOf(format: string): number {
  const match = /\.(0+)/.exec(format);
  return match ? match[1]!.length : 0;
}

function fixed(value: number, decimals: number, grouping: boolean, language: Language): string {
  return formatNumber(value, language, { decimals, fixed: true, grouping });
}

/** General in the workbook's locale: a decimal comma in Norwegian, no thousands separator. */
function general(value: number, language: Language): string {
  const text = generalNumber(value);
  return language === 'nb' ? text.replace('.', ',') : text;
}

/**
 * TRUE and FALSE as the host shows them in the workbook's locale: Excel in Norwegian writes SANN
 * and USANN (its names of the functions SANN() and USANN()); English TRUE and FALSE.
 */
const BOOLEAN_TEXT: Readonly<Record<Language, readonly [string, string]>> = {
  nb: ['SANN', 'USANN'],
  en: ['TRUE', 'FALSE'],
};

/**
 * The text a cell shows for a value under a number format (none: General), in the workbook's
 * locale as a spreadsheet shows it: English (3.50, 12,345.00; the default) or Norwegian (3,50,
 * 12 345,00), the preview's language.
 */
export function formatValue(value: Scalar, numberFormat?: string, language: Language = 'en'): string {
  if (value === null) return '';
  if (value instanceof SheetError) return value.code;
  if (typeof value === 'boolean') return BOOLEAN_TEXT[language][value ? 0 : 1];
  if (typeof value === 'string') return value;
  const format = numberFormat?.trim() ?? '';
  if (format === '' || format === '@' || /^general$/i.test(format)) return general(value, language);
  if (isDateFormat(format)) return dateText(value, format) ?? general(value, language);
  if (/%$/.test(format)) return `${fixed(value * 100, decimalsOf(format), false, language)}%`;
  if (/^[#,0]*0(\.0+)?$/.test(format)) return fixed(value, decimalsOf(format), format.includes(','), language);
  return general(value, language);
}
