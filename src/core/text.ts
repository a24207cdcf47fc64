/** The two languages the scale is published in here: the official Norwegian wording and English. */
export type Language = 'nb' | 'en';
export const LANGUAGES: readonly Language[] = ['nb', 'en'];

/** A piece of user-facing text in both languages. */
export type Text = Readonly<Record<Language, string>>;

export function text(nb: string, en: string): Text {
  return { nb, en };
}

/** How many decimals a number shows: at most `decimals` (3,5), or exactly that many when `fixed` (3,50). */
export interface NumberOptions {
  /** Decimals to round to (half away from zero, as reasons and spreadsheets round); 2 unless told. */
  readonly decimals?: number;
  /** Always show `decimals` decimals, trailing zeros included (3,50, not 3,5). */
  readonly fixed?: boolean;
  /** A space (nb) or comma (en) between thousands: 12 345 / 12,345; true unless told. */
  readonly grouping?: boolean;
}

const DECIMAL_MARK: Readonly<Record<Language, string>> = { nb: ',', en: '.' };
/** bokmål groups thousands with a no-break space (so a number never wraps), English with a comma. */
const GROUP_MARK: Readonly<Record<Language, string>> = { nb: '\u00A0', en: ',' };

/**
 * A number as the language writes it: the one number formatter of the pane, the report and the
 * functions' reasons. bokmål: decimal comma, thousands apart (0,8 · 3,50 · 12 345,5); English:
 * decimal point, thousands with commas (0.8 · 3.50 · 12,345.5). The digits and marks are those of
 * Intl.NumberFormat('nb-NO' / 'en-GB') (tests/core/text.test.ts compares them), written without
 * Intl so the core's texts are the same in every host, Apps Script and Excel's custom-function
 * runtime included; a negative number keeps the ASCII minus.
 */
export function formatNumber(value: number, language: Language, options: NumberOptions = {}): string {
  if (!Number.isFinite(value)) return String(value);
  const decimals = options.decimals ?? 2;
  const scale = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * scale) / scale;
  const digits = options.fixed ? rounded.toFixed(decimals) : String(rounded);
  const [whole = '0', fraction] = digits.split('.');
  const grouped = options.grouping === false ? whole : whole.replace(/\B(?=(\d{3})+$)/g, GROUP_MARK[language]);
  const sign = value < 0 && rounded > 0 ? '-' : '';
  return `${sign}${grouped}${fraction === undefined ? '' : DECIMAL_MARK[language] + fraction}`;
}

/** A share (0.45) as a percentage, «45 %», whole unless told (the pane and reports write « %» in both languages). */
export function formatPercent(share: number, language: Language, options: NumberOptions = {}): string {
  return `${formatNumber(share * 100, language, { decimals: 0, ...options })} %`;
}

/**
 * The form of a word for a count: `one` for exactly 1, `other` for every other count (0, 2, 1,5):
 * the rule of bokmål and English alike (Intl.PluralRules gives 'one' only for 1 in both).
 */
export function plural(count: number, one: string, other: string): string {
  return count === 1 ? one : other;
}

/** A count and its word, the count formatted: «1 fødselsnummer», «2 fødselsnumre», «12 345 rader». */
export function countOf(count: number, language: Language, one: string, other: string): string {
  return `${formatNumber(count, language)} ${plural(count, one, other)}`;
}
