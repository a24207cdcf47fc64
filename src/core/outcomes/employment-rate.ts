/**
 * The employment rate of the people an IPS service serves, beside fidelity (issue 12), and its
 * benchmark band. The bands come from the IPS Employment Center's learning community of 13 US
 * states: eight years of quarterly employment rates, mean 47 %. A rate is placed in a band as it
 * is, never rounded up: 40.9 % is «Minimum», not «Gjennomsnittlig».
 */
import { IpsError, invalidNumber } from '../errors';
import { formatNumber, type Language, type Text } from '../text';

export type EmploymentBandId = 'excellent' | 'average' | 'minimal' | 'belowMinimal';

export interface EmploymentBand {
  readonly id: EmploymentBandId;
  /** The lowest rate in the band, in whole percent. */
  readonly minPercent: number;
  readonly label: Text;
}

/** The bands, highest first; the last one starts at 0 so every rate has a band. */
export const EMPLOYMENT_RATE_BANDS: readonly EmploymentBand[] = [
  { id: 'excellent', minPercent: 50, label: { nb: 'Utmerket', en: 'Excellent' } },
  { id: 'average', minPercent: 41, label: { nb: 'Gjennomsnittlig', en: 'Average' } },
  { id: 'minimal', minPercent: 31, label: { nb: 'Minimum', en: 'Minimal' } },
  { id: 'belowMinimal', minPercent: 0, label: { nb: 'Under minimum', en: 'Below minimal' } },
];

/** Where the bands come from, for the reason text. */
export const EMPLOYMENT_RATE_BENCHMARK: Text = {
  nb: 'IPS Employment Centers læringsfellesskap i 13 delstater (kvartalsdata over 8 år, gjennomsnitt 47 %)',
  en: "the IPS Employment Center's 13-state learning community (8 years of quarterly data, mean 47 %)",
};

export interface EmploymentRate {
  readonly employed: number;
  readonly served: number;
  /** employed ÷ served, 0–1. */
  readonly rate: number;
  readonly band: EmploymentBand;
}

function checkCount(value: number, argument: string, what: string): void {
  if (!Number.isInteger(value) || value < 0)
    throw invalidNumber(`argument '${argument}': expected a whole number of ${what} ≥ 0, got ${value}`);
}

/**
 * The band of employed ÷ served, compared in whole numbers (employed × 100 ≥ min × served) so no
 * floating-point rounding can lift a rate into the band above.
 */
export function employmentBand(employed: number, served: number): EmploymentBand {
  return (
    EMPLOYMENT_RATE_BANDS.find((band) => employed * 100 >= band.minPercent * served) ??
    EMPLOYMENT_RATE_BANDS[EMPLOYMENT_RATE_BANDS.length - 1]!
  );
}

/**
 * The rate of `employed` among `served` people. Counts must be whole numbers ≥ 0 (#NUM!), none
 * served is #DIV/0!, more employed than served is #NUM!.
 */
export function employmentRate(employed: number, served: number): EmploymentRate {
  checkCount(employed, 'employed', 'people employed');
  checkCount(served, 'served', 'people served');
  if (served === 0)
    throw new IpsError('divisionByZero', `argument 'served': no one is served (0), so there is no employment rate`);
  if (employed > served) {
    throw invalidNumber(
      `argument 'employed': ${employed} people employed is more than the ${served} served; expected at most ${served}`,
    );
  }
  return { employed, served, rate: employed / served, band: employmentBand(employed, served) };
}

/** The rate in percent with one decimal, cut (not rounded) so the text never shows a band it is not in. */
export function formatRatePercent(employed: number, served: number, language: Language): string {
  const tenths = Math.floor((employed * 1000) / served);
  return `${formatNumber(tenths / 10, language, { decimals: 1, fixed: true })} %`;
}

/** The band's range in words, from the band table: "41 % til under 50 %". */
export function bandRange(band: EmploymentBand, language: Language): string {
  const index = EMPLOYMENT_RATE_BANDS.indexOf(band);
  const above = index > 0 ? EMPLOYMENT_RATE_BANDS[index - 1]!.minPercent : undefined;
  if (above === undefined) return language === 'nb' ? `${band.minPercent} % eller mer` : `${band.minPercent} % or more`;
  if (band.minPercent === 0) return language === 'nb' ? `under ${above} %` : `below ${above} %`;
  return language === 'nb' ? `${band.minPercent} % til under ${above} %` : `${band.minPercent} % to below ${above} %`;
}

/** One sentence: the counts, the rate and its band with the benchmark it comes from. */
export function employmentRateReason(result: EmploymentRate, language: Language): string {
  const { employed, served, band } = result;
  const percent = formatRatePercent(employed, served, language);
  if (language === 'nb') {
    return `${employed} av ${served} deltakere er i arbeid: ${percent}, nivå «${band.label.nb}» (${bandRange(band, 'nb')}) etter ${EMPLOYMENT_RATE_BENCHMARK.nb}.`;
  }
  return `${employed} of ${served} participants are employed: ${percent}, band "${band.label.en}" (${bandRange(band, 'en')}) by ${EMPLOYMENT_RATE_BENCHMARK.en}.`;
}
