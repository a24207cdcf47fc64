import { DEFAULT_SCALE } from '../scale/registry';
import type { Score } from '../scale/types';
import { newReview, type Review } from './model';

/**
 * The manual's sample fidelity report («Eksempel på IPS-evalueringsrapport», lines 12077–13647):
 * consensus scores in score-sheet order (total 103, «God kvalitet»), with short excerpts of its
 * comments and recommendations. Used by the preview host and as a test fixture.
 */
export const SAMPLE_SCORES: readonly Score[] = [
  5,
  5,
  5, // Bemanning 1–3 (12224, 12244, 12284)
  2,
  3,
  4,
  5,
  3,
  4,
  3,
  4, // Organisasjon 1–8 (12309 … 12764)
  4,
  4,
  4,
  4,
  4,
  5,
  4,
  4,
  5,
  5,
  5,
  3,
  5,
  4, // Tjenester 1–14 (12894 … 13547)
];

/** Comments and recommendations from the sample report, keyed by score-sheet number. */
const SAMPLE_NOTES: Readonly<Record<number, { evidence: string; recommendation?: string }>> = {
  1: { evidence: 'Jobbspesialistene har 19, 18 og 19 deltakere; gjennomsnittlig portefølje er 18.' },
  4: {
    evidence:
      'Én jobbspesialist er tilknyttet to team og får alle sine henvisninger fra disse teamene. To jobbspesialister er tilknyttet tre team hver.',
    recommendation:
      'Hver jobbspesialist bør bare være tilknyttet ett behandlingsteam. Opprett en ny jobbspesialiststilling.',
  },
  5: {
    evidence: 'Tre av fem komponenter er på plass.',
    recommendation: 'Metodeveileder: Delta på behandlingsteammøter minst hvert kvartal.',
  },
  6: { evidence: 'Kvartalsvise gruppemøter med NAV.' },
  9: { evidence: 'Venteliste for IPS.', recommendation: 'Avvikle ventelisten.' },
  15: {
    evidence:
      'Dager til første arbeidsgiverkontakt: 7, 9, 13, 14, 18, 25, 19, 31, 37 og 72. Metodeveileder registrerer ikke antall dager.',
    recommendation: 'Registrer antall dager fra første samtale til første arbeidsgiverkontakt.',
  },
  17: { evidence: '146 logger over to måneder; i gjennomsnitt 6 kontakter per uke.' },
  19: {
    evidence: '11 jobber; kassemedarbeider ×3, rengjører ×3. Ni jobbtyper delt på 11 jobber er 0,81 (81 %).',
    recommendation: 'Hjelp deltakerne å finne jobber i flere bransjer.',
  },
  20: { evidence: '3 av 11 jobber i samme rengjøringsfirma; ti delt på 11 jobber = 0,9.' },
  21: { evidence: 'Alle jobbene var ordinære.' },
  23: {
    evidence: 'Saker avsluttes etter seks måneder på grunn av ventelisten.',
    recommendation: 'Tilby tidsubegrenset oppfølging.',
  },
  24: { evidence: '70 % av tiden brukes i lokalsamfunnet.' },
};

export const SAMPLE_RATERS = [
  { id: 'r1', name: 'Jan Jansen' },
  { id: 'r2', name: 'Britt Larsen' },
  { id: 'r3', name: 'Signe Olsen' },
] as const;

export function sampleReview(): Review {
  const review = newReview({
    id: 'sample-2025-06-07',
    service: 'Fiktiv Organisasjon',
    team: 'IPS-teamet',
    date: '2025-06-07',
    raters: SAMPLE_RATERS.map((rater) => ({ ...rater })),
  });
  DEFAULT_SCALE.items.forEach((item, index) => {
    const record = review.items[item.id]!;
    record.consensus = SAMPLE_SCORES[index] ?? null;
    const notes = SAMPLE_NOTES[item.sheetNumber];
    if (notes) {
      record.evidence = notes.evidence;
      record.recommendation = notes.recommendation ?? '';
    }
  });
  return review;
}
