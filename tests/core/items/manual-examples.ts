/**
 * The manual's worked examples as data, one list used both by the calculator tests
 * (tests/core/items/services/<item>.test.ts) and by the input-table tests (tests/core/inputs/worked-examples.test.ts),
 * so an example is typed in once. Line numbers refer to the manual (seed 000).
 */

/** Tjenester 4: days from the first meeting to the first employer contact, one specialist. */
export const RAPID_JOB_SEARCH_DAYS = {
  /** 6900–6904: median 33, mean 33.7 → 4. */
  example2: [2, 6, 7, 8, 21, 22, 33, 39, 44, 50, 55, 57, 94],
  /** 6906–6920: median 26.5, mean 24.6 → 5 when the supervisor records the days. */
  example3: [3, 7, 9, 11, 15, 17, 19, 25, 28, 29, 31, 31, 32, 36, 48, 52],
} as const;

/** Tjenester 8: job types of the worked examples. */
export const JOB_TYPES = {
  /** 7771–7828: two specialists, ten jobs, Butikkmedarbeider three times → 9 / 10 → 5. */
  example1: [
    'Svømmeinstruktør',
    'Fakturamedarbeider',
    'Kassemedarbeider',
    'Oppvasker',
    'Oppvasker',
    'Regnskapsfører',
    'Hundelufter',
    'Butikkmedarbeider',
    'Butikkmedarbeider',
    'Butikkmedarbeider',
  ],
  /** 7830–7891: two specialists, eleven jobs, Barnehageassistent four times → 9 / 11 → 4. */
  example2: [
    'Husholder',
    'Sjåfør',
    'Sjåfør',
    'Barnehageassistent',
    'Barnehageassistent',
    'Barnehageassistent',
    'Barnehageassistent',
    'Gatekjøkkenmedarbeider',
    'Truckfører',
    'Montør',
    'Havnearbeider',
  ],
  /** 7893–7911: one specialist, four job starts → too small a sample → 1. */
  example3: ['Kontormedarbeider', 'Kundeservicemedarbeider', 'Lærerassistent', 'Bibliotekar'],
} as const;

/** Tjenester 13, 8849–8853: 50 %, 55 %, 65 % → 170 / 3 = 56.6 → 4. */
export const COMMUNITY_SHARES = [0.5, 0.55, 0.65] as const;
