/**
 * The one number formatter and the plural helper (issue 11 #10): bokmål writes 0,8 and 3,50 with a
 * decimal comma and thousands apart, English 0.8 and 3.50; the digits and marks are those of
 * Intl.NumberFormat('nb-NO' / 'en-GB'), which the formatter does not need (the core runs in hosts
 * whose Intl may be partial); a count takes the singular only when it is 1.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countOf, formatNumber, formatPercent, plural, type Language } from '../../src/core/text';

const LOCALE: Readonly<Record<Language, string>> = { nb: 'nb-NO', en: 'en-GB' };

/** What Intl writes, with the ASCII minus the formatter keeps (Intl's nb-NO writes U+2212). */
function intl(value: number, language: Language, decimals: number, fixed: boolean): string {
  return new Intl.NumberFormat(LOCALE[language], {
    minimumFractionDigits: fixed ? decimals : 0,
    maximumFractionDigits: decimals,
  })
    .format(value)
    .replace('\u2212', '-');
}

describe('formatNumber', () => {
  it('writes bokmål with a decimal comma: 0,8 and 3,50', () => {
    expect(formatNumber(0.8, 'nb')).toBe('0,8');
    expect(formatNumber(3.5, 'nb', { decimals: 2, fixed: true })).toBe('3,50');
    expect(formatNumber(3.5, 'nb')).toBe('3,5');
    expect(formatNumber(18, 'nb')).toBe('18');
    expect(formatNumber(2 / 3, 'nb')).toBe('0,67');
    expect(formatNumber(5.55, 'nb', { decimals: 1 })).toBe('5,6');
  });

  it('writes English with a decimal point: 0.8 and 3.50', () => {
    expect(formatNumber(0.8, 'en')).toBe('0.8');
    expect(formatNumber(3.5, 'en', { decimals: 2, fixed: true })).toBe('3.50');
    expect(formatNumber(2 / 3, 'en')).toBe('0.67');
  });

  it('puts a no-break space (nb) or a comma (en) between thousands, unless told not to', () => {
    expect(formatNumber(32767, 'nb')).toBe('32\u00A0767');
    expect(formatNumber(1234567.891, 'nb')).toBe('1\u00A0234\u00A0567,89');
    expect(formatNumber(32767, 'en')).toBe('32,767');
    expect(formatNumber(32767, 'nb', { grouping: false })).toBe('32767');
  });

  it('keeps the sign of negative numbers and never writes -0', () => {
    expect(formatNumber(-2.5, 'nb')).toBe('-2,5');
    expect(formatNumber(-0.001, 'nb')).toBe('0');
    expect(formatNumber(-0, 'en', { decimals: 1, fixed: true })).toBe('0.0');
  });

  it('writes what Intl.NumberFormat writes for the numbers the pane shows', () => {
    const values = [0, 0.8, 3.5, 18, 18.25, 0.05, 2.675, 45.6, 99.99, 100, 1000, 12345.678, 1e6, -3.5, -1234.5];
    for (const language of ['nb', 'en'] as const)
      for (const value of values)
        for (const [decimals, fixed] of [
          [2, false],
          [2, true],
          [1, true],
          [0, false],
        ] as const)
          expect(formatNumber(value, language, { decimals, fixed }), `${value} ${language} ${decimals}`).toBe(
            intl(value, language, decimals, fixed),
          );
  });

  it('agrees with Intl on any number of hundredths', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.constantFrom('nb', 'en'),
        (hundredths, language) => {
          const value = hundredths / 100;
          expect(formatNumber(value, language as Language, { decimals: 2, fixed: true })).toBe(
            intl(value, language as Language, 2, true),
          );
        },
      ),
    );
  });
});

describe('formatPercent', () => {
  it('writes a share as whole percent unless told, with the language’s decimal mark', () => {
    expect(formatPercent(0.45, 'nb')).toBe('45 %');
    expect(formatPercent(0.409, 'nb', { decimals: 1 })).toBe('40,9 %');
    expect(formatPercent(0.409, 'en', { decimals: 1 })).toBe('40.9 %');
  });
});

describe('plural and countOf', () => {
  it('take the singular for exactly one, the plural for 0, 2 and fractions', () => {
    expect(plural(1, 'celle', 'celler')).toBe('celle');
    for (const count of [0, 2, 5, 1.5]) expect(plural(count, 'celle', 'celler')).toBe('celler');
  });

  it('«1 gyldig fødselsnummer», «2 gyldige fødselsnumre», the count formatted', () => {
    expect(countOf(1, 'nb', 'gyldig fødselsnummer', 'gyldige fødselsnumre')).toBe('1 gyldig fødselsnummer');
    expect(countOf(2, 'nb', 'gyldig fødselsnummer', 'gyldige fødselsnumre')).toBe('2 gyldige fødselsnumre');
    expect(countOf(12345, 'nb', 'rad', 'rader')).toBe('12\u00A0345 rader');
    expect(countOf(1, 'en', 'cell', 'cells')).toBe('1 cell');
  });
});
