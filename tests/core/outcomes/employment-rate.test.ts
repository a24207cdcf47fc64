/**
 * EMPLOYMENT_RATE: the share of participants employed, as a count or a yes/no list, and its band
 * from the IPS Employment Center's learning community (≥ 50 % Excellent, ≥ 41 % Average,
 * ≥ 31 % Minimal, below that Below minimal), never rounded up into a higher band.
 */
import { describe, expect, it } from 'vitest';
import { IpsError, type IpsErrorCode } from '../../../src/core/errors';
import type { CellArg } from '../../../src/core/cells';
import { FUNCTIONS } from '../../../src/core/functions/table';
import {
  EMPLOYMENT_RATE_BANDS,
  bandRange,
  employmentBand,
  employmentRate,
  formatRatePercent,
} from '../../../src/core/outcomes/employment-rate';

const RATE = FUNCTIONS.EMPLOYMENT_RATE!;
const col = (...cells: CellArg[]) => cells.map((cell) => [cell]) as CellArg;

function errorOf(call: () => unknown): { code: IpsErrorCode; message: string } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(IpsError);
    return { code: (error as IpsError).code, message: (error as IpsError).message };
  }
  throw new Error('expected an error');
}

describe('the band table', () => {
  it('is declared highest first and ends at 0 so every rate has a band', () => {
    const mins = EMPLOYMENT_RATE_BANDS.map((band) => band.minPercent);
    expect(mins).toEqual([...mins].sort((a, b) => b - a));
    expect(mins[mins.length - 1]).toBe(0);
    for (const band of EMPLOYMENT_RATE_BANDS) expect(band.label.nb && band.label.en).toBeTruthy();
  });

  it.each([
    [500, 1000, 'excellent'],
    [499, 1000, 'average'],
    [410, 1000, 'average'],
    [409, 1000, 'minimal'],
    [310, 1000, 'minimal'],
    [309, 1000, 'belowMinimal'],
    [0, 10, 'belowMinimal'],
    [10, 10, 'excellent'],
    // 29/100 is 28.999999999999996 % in binary floating point; 41/100 × 100 is 41.00000000000001
    [41, 100, 'average'],
    [31, 100, 'minimal'],
    [29, 100, 'belowMinimal'],
  ])('%i of %i employed is %s', (employed, served, id) => {
    expect(employmentBand(employed, served).id).toBe(id);
  });

  it("says each band's range from the table", () => {
    const [excellent, average, minimal, below] = EMPLOYMENT_RATE_BANDS;
    expect(bandRange(excellent!, 'en')).toBe('50 % or more');
    expect(bandRange(average!, 'nb')).toBe('41 % til under 50 %');
    expect(bandRange(minimal!, 'en')).toBe('31 % to below 41 %');
    expect(bandRange(below!, 'nb')).toBe('under 31 %');
  });

  it('shows the percent cut, not rounded, to one decimal', () => {
    expect(formatRatePercent(409, 1000, 'en')).toBe('40.9 %');
    expect(formatRatePercent(4099, 10000, 'nb')).toBe('40,9 %');
    expect(formatRatePercent(2, 3, 'en')).toBe('66.6 %');
  });
});

describe('EMPLOYMENT_RATE as a count', () => {
  it('returns the rate 0–1 (7 of 15)', () => {
    expect(RATE.invoke(7, 15)).toBeCloseTo(7 / 15, 12);
    expect(RATE.invoke([[7]], 15)).toBeCloseTo(7 / 15, 12);
  });

  it('returns the band in Norwegian (default) and English', () => {
    expect(RATE.invoke(7, 15, 'band')).toBe('Gjennomsnittlig');
    expect(RATE.invoke(7, 15, 'band', 'en')).toBe('Average');
    expect(RATE.invoke(15, 30, 'nivå', 'en')).toBe('Excellent');
    expect(RATE.invoke(0, 30, 'band', 'en')).toBe('Below minimal');
  });

  it('puts 40.9 % in Minimal, not Average (no rounding up)', () => {
    expect(RATE.invoke(409, 1000)).toBe(0.409);
    expect(RATE.invoke(409, 1000, 'band', 'en')).toBe('Minimal');
    expect(RATE.invoke(4099, 10000, 'band', 'en')).toBe('Minimal');
    expect(RATE.invoke(41, 100, 'band', 'en')).toBe('Average');
    expect(RATE.invoke(309, 1000, 'band', 'en')).toBe('Below minimal');
    expect(RATE.invoke(31, 100, 'band', 'en')).toBe('Minimal');
    expect(RATE.invoke(499, 1000, 'band', 'en')).toBe('Average');
    expect(RATE.invoke(1, 2, 'band', 'en')).toBe('Excellent');
  });

  it('explains the rate and band in a sentence with the benchmark', () => {
    expect(RATE.invoke(409, 1000, 'reason', 'en')).toBe(
      '409 of 1000 participants are employed: 40.9 %, band "Minimal" (31 % to below 41 %) by the IPS Employment Center\'s 13-state learning community (8 years of quarterly data, mean 47 %).',
    );
    expect(RATE.invoke(7, 15, 'begrunnelse')).toBe(
      '7 av 15 deltakere er i arbeid: 46,6 %, nivå «Gjennomsnittlig» (41 % til under 50 %) etter IPS Employment Centers læringsfellesskap i 13 delstater (kvartalsdata over 8 år, gjennomsnitt 47 %).',
    );
  });

  it('is #DIV/0! when no one is served', () => {
    const error = errorOf(() => RATE.invoke(0, 0));
    expect(error.code).toBe('divisionByZero');
    expect(error.message).toContain("argument 'served'");
  });

  it.each([
    ['more employed than served', 16, 15, "argument 'employed': 16 people employed is more than the 15 served"],
    ['a negative count employed', -1, 15, "argument 'employed': expected a whole number of people employed ≥ 0"],
    ['a fractional count employed', 2.5, 15, "argument 'employed': expected a whole number of people employed ≥ 0"],
    ['a negative number served', 3, -15, "argument 'served': expected a whole number of people served ≥ 0"],
    ['a fractional number served', 3, 15.5, "argument 'served': expected a whole number of people served ≥ 0"],
  ])('is #NUM! for %s', (_, employed, served, message) => {
    const error = errorOf(() => RATE.invoke(employed, served));
    expect(error.code).toBe('invalidNumber');
    expect(error.message).toContain(message);
  });

  it('is #VALUE! when a count has no served, or served is text', () => {
    expect(errorOf(() => RATE.invoke(7))).toMatchObject({
      code: 'invalidValue',
      message: expect.stringContaining("argument 'served': required when 'employed' is a count"),
    });
    expect(errorOf(() => RATE.invoke(7, ''))).toMatchObject({ code: 'invalidValue' });
    expect(errorOf(() => RATE.invoke(7, 'femten'))).toMatchObject({
      code: 'invalidValue',
      message: expect.stringContaining("argument 'served'"),
    });
    expect(errorOf(() => RATE.invoke(null, 15))).toMatchObject({
      code: 'invalidValue',
      message: expect.stringContaining("argument 'employed'"),
    });
  });

  it('is #VALUE! for an unknown output or language', () => {
    expect(errorOf(() => RATE.invoke(7, 15, 'score'))).toMatchObject({
      code: 'invalidValue',
      message: expect.stringContaining("argument 'output'"),
    });
    expect(errorOf(() => RATE.invoke(7, 15, 'constructor'))).toMatchObject({ code: 'invalidValue' });
    expect(errorOf(() => RATE.invoke(7, 15, 'band', 'sv'))).toMatchObject({
      code: 'invalidValue',
      message: expect.stringContaining("argument 'language'"),
    });
  });
});

describe('EMPLOYMENT_RATE as a list of yes/no per participant', () => {
  it('counts every spelling of yes and no, skipping blank rows', () => {
    const list = col('ja', 'nei', 'yes', 'no', true, false, 1, 0, 'JA ', null, '', 'Nei');
    expect(RATE.invoke(list)).toBe(5 / 10);
    expect(RATE.invoke(list, null, 'reason', 'en')).toContain(
      '5 of 10 participants are employed: 50.0 %, band "Excellent"',
    );
  });

  it('reads a single row and a single yes/no cell', () => {
    expect(RATE.invoke([['ja', 'nei', 'nei', 'nei']])).toBe(0.25);
    expect(RATE.invoke('ja')).toBe(1);
    expect(RATE.invoke([[false]])).toBe(0);
  });

  it('accepts served equal to the participants listed, and refuses another number', () => {
    expect(RATE.invoke(col('ja', 'nei', 'nei'), 3)).toBeCloseTo(1 / 3, 12);
    const error = errorOf(() => RATE.invoke(col('ja', 'nei', 'nei'), 5));
    expect(error.code).toBe('invalidValue');
    expect(error.message).toContain("argument 'served': 5, but 'employed' lists 3 participants");
  });

  it('is #DIV/0! when every row is blank', () => {
    const error = errorOf(() => RATE.invoke(col(null, '', null)));
    expect(error.code).toBe('divisionByZero');
    expect(error.message).toContain("argument 'employed': no participant is listed");
  });

  it('is #VALUE! naming the row for an answer that is not yes/no', () => {
    const error = errorOf(() => RATE.invoke(col('ja', 'kanskje')));
    expect(error).toEqual({
      code: 'invalidValue',
      message: `argument 'employed' row 2: expected yes/no (TRUE/FALSE, 1/0, ja/nei, yes/no, x/blank), got text "kanskje"`,
    });
    expect(errorOf(() => RATE.invoke(col('ja', 7))).message).toContain("argument 'employed' row 2");
  });

  it('is #VALUE! for a 2-D range', () => {
    expect(
      errorOf(() =>
        RATE.invoke([
          ['ja', 'nei'],
          ['ja', 'ja'],
        ]),
      ).message,
    ).toContain('expected a single column or row');
  });

  it('ends the reason with notes from the host', () => {
    const note = { rule: 'host.note', text: { nb: 'Merknad.', en: 'A note.' } };
    expect(RATE.invokeWithNotes!([note], col('ja', 'nei'), null, 'reason', 'en')).toMatch(/ A note\.$/);
    expect(RATE.invokeWithNotes!([note], col('ja', 'nei'), null, 'rate')).toBe(0.5);
  });
});

describe('employmentRate', () => {
  it('gives the counts, the rate and the band', () => {
    expect(employmentRate(7, 15)).toMatchObject({ employed: 7, served: 15, band: { id: 'average' } });
  });
});
